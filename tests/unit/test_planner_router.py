"""The router's pure text handling: what counts as a text handed over after an instruction."""

from __future__ import annotations

import pytest

from orchestrator.planner.router import payload


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (
            "NER -> Tim Cook visited Apple's office in Shanghai",
            ("NER", "Tim Cook visited Apple's office in Shanghai"),
        ),
        ("sentiment: I loved every minute of it", ("sentiment", "I loved every minute of it")),
        ("Quick one: how many days between 2026-01-01 and 2026-02-01", None),  # a question
        ("convert: 10 m2 to ft2 and 3 acres", None),  # a request with numbers, not a text
        ("language: 'Hoje está muito calor'", None),  # quoted already
    ],
)
def test_payload_is_a_short_instruction_then_an_unquoted_text(
    segment: str, expected: tuple[str, str] | None
) -> None:
    assert payload(segment) == expected
