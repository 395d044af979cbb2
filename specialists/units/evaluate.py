"""Answer accuracy of the units specialist on its held-out set (relative tolerance 1e-6).

The peer is pint on its own: a regular expression splits ``<number> <unit> to|in <unit>`` and
pint parses both units, with no model and no catalog. It shows what the parser adds.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from specialists.evaluation import Score, score_answers

EVAL_DIR = Path(__file__).parent / "eval"
TARGET = 0.97
REL_TOL = 1e-6
_PEER = re.compile(
    r"(-?\d[\d,]*(?:\.\d+)?)\s*(.+?)\s+(?:to|in|into|as)\s+(.+?)[?.!]*$", re.IGNORECASE
)


def is_correct(output: Any, expected: float | None) -> bool:
    """A refusal where none is expected is wrong, and so is an answer where one is."""
    if expected is None:
        return isinstance(output, Exception)
    if isinstance(output, Exception):
        return False
    return math.isclose(float(output.value), expected, rel_tol=REL_TOL, abs_tol=1e-9)


def pint_peer(text: str) -> float | Exception:
    """pint alone on ``<number> <unit> to <unit>``; an exception when it cannot."""
    from specialists.units.convert import registry

    match = _PEER.search(text.strip())
    if match is None:
        return ValueError("no '<number> <unit> to <unit>' in the text")
    ureg = registry()
    try:
        quantity = ureg.Quantity(float(match.group(1).replace(",", "")), match.group(2))
        return float(quantity.to(match.group(3)).magnitude)
    except Exception as error:  # pint raises many kinds; any of them is a refusal here
        return error


def _peer_correct(answer: float | Exception, expected: float) -> bool:
    return not isinstance(answer, Exception) and math.isclose(answer, expected, rel_tol=REL_TOL)


def evaluate(specialist: Any) -> Score:
    """Score every held-out item, the pint-only peer on the same items, and the bad inputs."""
    return score_answers(
        specialist,
        EVAL_DIR,
        lambda out, value: is_correct(out, float(value)),
        lambda item: _peer_correct(pint_peer(item["text"]), float(item["value"])),
        metric="answer accuracy (rel. tol. 1e-6)",
        peer="pint alone (regex split, no model)",
        target=TARGET,
    )
