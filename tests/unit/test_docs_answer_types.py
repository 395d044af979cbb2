"""Which kind of answer a question asks for, and which sentences hold it."""

from __future__ import annotations

import numpy as np
import pytest

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
