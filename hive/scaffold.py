"""`hive new-specialist NAME`: a pip-installable specialist package that trains and serves."""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

from hive.errors import ConfigError

TEMPLATES = Path(__file__).parent / "templates" / "specialist"
# template file -> path in the new project ({pkg} is the import package name)
LAYOUT = {
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "__init__.py.tmpl": "{pkg}/__init__.py",
    "specialist.py.tmpl": "{pkg}/specialist.py",
    "train.py.tmpl": "{pkg}/train.py",
    "train.jsonl.tmpl": "{pkg}/data/train.jsonl",
}


def scaffold(name: str, parent: Path) -> Path:
    """Write ``parent/hive-<name>/`` and return it; refuses to overwrite."""
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", name):
        raise ConfigError(
            f"specialist name {name!r} must be lowercase letters, digits or _, "
            "starting with a letter"
        )
    root = parent / f"hive-{name}"
    if root.exists():
        raise ConfigError(f"{root} already exists; choose another name or remove it")
    package = f"hive_{name}"
    for template, target in LAYOUT.items():
        path = root / target.format(pkg=package)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = Template((TEMPLATES / template).read_text(encoding="utf-8")).substitute(name=name)
        path.write_text(text, encoding="utf-8")
    return root
