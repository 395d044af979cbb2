"""Model cards: one markdown file per specialist, written by its training recipe."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def write_card(path: Path, name: str, sections: dict[str, Any]) -> Path:
    """Write ``card.md``: a title, then one section per key (dicts become tables)."""
    lines = [f"# Model card: `{name}`", ""]
    for title, body in sections.items():
        lines += [f"## {title}", ""]
        if isinstance(body, dict):
            lines += ["| field | value |", "|---|---|"]
            lines += [f"| {k} | {v} |" for k, v in body.items()]
        else:
            lines.append(str(body))
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
