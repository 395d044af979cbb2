"""Which kind of answer a question asks for, and which sentences hold it."""

from __future__ import annotations

import numpy as np
import pytest

from specialists.docs import answer_types
from specialists.docs.answer_types import KINDS, asked, held


def kinds(flags: np.ndarray) -> set[str]:
    return {kind for kind, flag in zip(KINDS, flags.tolist(), strict=True) if flag}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many people does the curry serve?", {"amount"}),
        ("how many days a week can I work from home?", {"amount", "duration"}),
        ("what does the espresso machine cost?", {"amount"}),
        ("when is the office party?", {"time"}),
        ("what time do we check out of the hotel", {"time"}),
        ("how long is the train ride to Sintra?", {"amount", "duration"}),
        ("who chairs the meeting?", set()),
        ("can I bring my dog?", set()),
    ],
)
def test_the_kind_a_question_asks_for(question: str, expected: set[str]) -> None:
    assert kinds(asked(question)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The train takes about 40 minutes.", {"amount", "duration"}),
        ("Check out by 11:00 on Sunday.", {"amount", "time"}),
        ("The launch moved to 25 March.", {"amount", "time"}),
        ("Allow two weeks for delivery.", {"amount", "duration"}),
        ("Pets are welcome in the garden.", set()),
    ],
)
def test_the_kinds_a_sentence_holds(sentence: str, expected: set[str]) -> None:
    assert kinds(held(sentence)) == expected


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        (
            "how many vacation days do I get",
            "Full-time employees receive 26 days of paid vacation per calendar year.",
            26,
        ),
        (
            "how long is probation",
            "New employees start with a probation period of 6 months. During probation the "
            "notice period is 2 weeks.",
            6,
        ),
        ("what's the daily meal allowance", "You receive a meal allowance of 45 euros a day.", 45),
        ("what's the mileage rate", "You are reimbursed 0.30 euros per kilometre.", 0.3),
        ("when must I call in sick", "Tell your manager by 9:30 on the first day.", None),
        ("when was the policy updated", "This policy was last updated in 2026.", None),
        ("how many days", "Claims of 1,200 euros or 3 days need approval.", 3),
    ],
)
def test_the_amount_a_quote_answers_with(question: str, quote: str, expected: float | None) -> None:
    assert answer_types.amount(question, quote) == expected


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        ("how much notice do they want", "Please give us at least 48 hours of notice.", "48 hours"),
        ("how long can the lead be", "Dogs must be kept on a lead no longer than 2 metres.",
         "2 metres"),
        ("windows installer size", "Download size: 182 MB for the Windows installer, 164 MB "
         "for the macOS disk image", "182 MB"),  # each size read with its own clause's words
        ("what's the joining fee", "The joining fee is 25 and is paid once.", None),  # no unit
    ],
)  # fmt: skip
def test_the_quantity_a_quote_answers_with(question: str, quote: str, expected: str | None) -> None:
    assert answer_types.quantity(question, quote) == expected


def test_the_date_a_quote_holds() -> None:
    assert answer_types.date("Next release: 5.1, expected on 2027-06-08.") == "2027-06-08"
    assert answer_types.date("Support for 4.x ends on 30 September 2027.") == "30 September 2027"
    assert answer_types.date("Version 5.0 is out now.") is None
