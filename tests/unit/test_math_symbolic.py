"""Questions written in symbols are read by the calculator's grammar, exactly, whatever their
length; everything with words in it still goes to the model."""

from __future__ import annotations

import pytest

from specialists.base import Context, Output
from specialists.math.normalize import mask
from specialists.math.specialist import MathSpecialist
from specialists.math.symbolic import list_tokens, program_tokens


def _tokens(question: str) -> list[str] | None:
    return program_tokens(mask(question).text)


def test_a_long_expression_becomes_the_calculators_program() -> None:
    assert _tokens("2 + 3 + 4 + 5 + 6 + 7") == [
        "N0", "+", "N1", "+", "N2", "+", "N3", "+", "N4", "+", "N5",
    ]  # fmt: skip
    assert _tokens("Compute (17 + 8) × 4 − 6² = ?") == [
        "(", "N0", "+", "N1", ")", "*", "N2", "-", "N3", "^", "2",
    ]  # fmt: skip
    assert _tokens("what is 3 x 4?") == ["N0", "*", "N1"]


@pytest.mark.parametrize(
    "question",
    [
        "17% of 2340",  # a percentage is language: the model reads it
        "what is 5",  # a number alone is no calculation
        "3 + + 4",  # does not parse: left to the model, which may read the slip
        "(3 + 4",
        "add 3 and 4",
        "5!",
    ],
)
def test_anything_but_a_whole_formal_expression_goes_to_the_model(question: str) -> None:
    assert _tokens(question) is None


@pytest.fixture(scope="module")
def specialist() -> MathSpecialist:
    math = MathSpecialist()
    math.load(Context())
    return math


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("2 + 3 + 4 + 5 + 6 + 7", 27),  # the model alone read "... + 6 / 4 * 7" = 24.5
        ("(1 + 2) * (3 + 4) * (5 + 6)", 231),  # and 630
        ("2^10 - 3^5 + 4^3", 845),  # and 800
        ("Compute 1 - 1/2 + 1/3 - 1/4 + 1/5", 47 / 60),  # and refused it
        ("10 - (-3) * 2", 16),
    ],
)
def test_long_expressions_are_computed_exactly(
    specialist: MathSpecialist, question: str, value: float
) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output
    assert output.value == pytest.approx(value, rel=1e-12)
    assert output.model_dump()["score"] == 1.0


def test_words_still_go_through_the_model(specialist: MathSpecialist) -> None:
    outputs = specialist.run_batch(["what is 17% of 2340?", "2 + 3 + 4 + 5 + 6 + 7"])
    assert [o.value for o in outputs] == [pytest.approx(397.8), 27]  # type: ignore[union-attr]
    assert outputs[0].model_dump()["score"] < 1.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "tokens"),
    [
        ("add 1, 2, 3, 4, 5 and 6", "N0 + N1 + N2 + N3 + N4 + N5"),
        ("what is the sum of 3, 4 and 5?", "N0 + N1 + N2"),
        ("the average of 4, 8, 15, 16, 23 and 42", "( N0 + N1 + N2 + N3 + N4 + N5 ) / N6"),
        ("multiply 2, 3, 4 and 5", "N0 * N1 * N2 * N3"),
    ],
)
def test_a_list_is_summed_multiplied_or_averaged(question: str, tokens: str) -> None:
    read = list_tokens(mask(question))
    assert read is not None and " ".join(read[1]) == tokens


@pytest.mark.parametrize(
    "question",
    ["sum of 1, 2 and 3 plus 4", "average of 3, 5 and 7 times 2", "add 3 to 4", "the sum is 5"],
)
def test_a_list_with_anything_more_goes_to_the_model(question: str) -> None:
    assert list_tokens(mask(question)) is None


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("add 1, 2, 3, 4, 5 and 6", 21),  # the model alone said 26
        ("the average of 4, 8, 15, 16, 23 and 42", 18),  # and 45.3
        ("find the mean of 2, 4, 6, 8, 10, 12, 14", 8),
    ],
)
def test_lists_are_computed_exactly(specialist: MathSpecialist, question: str, value: int) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output
    assert output.value == value
