"""Rounding is read by a pattern: the calculator's grammar has no rounding operator."""

from __future__ import annotations

import pytest

from specialists.base import Output
from specialists.math.normalize import mask
from specialists.math.rounding import read


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("round 62.5", 63),  # halves away from zero, not to even (Python's round gives 62)
        ("round it off: 62.5", 63),
        ("round -2.5", -3),
        ("round 3.14159 to two decimal places", 3.14),
        ("round 2.675 to 2 dp", 2.68),  # exact decimal: 2.675 is not 2.67499... here
        ("round 1234 to the nearest hundred", 1200),
        ("round 1250 to the nearest hundred", 1300),
        ("round 62.5 to the nearest whole number", 63),
        ("round 17.3 up", 18),
        ("round 17.7 down", 17),
        ("Round 14.2857142857 to 2 decimal places", 14.29),
    ],
)
def test_rounding(question: str, value: float) -> None:
    output = read(mask(question))
    assert isinstance(output, Output), output
    assert output.value == value and type(output.value) is type(value)


@pytest.mark.parametrize("question", ["round 10 plus 3", "what is 62.5 divided by 2", "round"])
def test_other_questions_are_left_to_the_model(question: str) -> None:
    try:
        masked = mask(question)
    except ValueError:
        return
    assert read(masked) is None


def test_impossible_rounding_says_why() -> None:
    output = read(mask("round 3 to 40 decimal places"))
    assert isinstance(output, ValueError) and "40 decimal places" in str(output)


@pytest.fixture(scope="module")
def specialist():  # type: ignore[no-untyped-def]
    from specialists.base import Context
    from specialists.math import MathSpecialist

    loaded = MathSpecialist()
    loaded.load(Context())
    return loaded


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # The rounding had been ignored: 142.857142857...
        ("whats 1000 divided by 7 rounded to 2 decimal places", 142.86),
        ("1000/7 to 3 dp", 142.857),
        ("what is 22 divided by 7, rounded to the nearest whole number", 3),
        ("17% of 2340 to the nearest 10", 400),
    ],
)
def test_a_rounding_asked_after_the_calculation(specialist, question: str, value: float) -> None:  # type: ignore[no-untyped-def]
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output
    assert output.value == value and "rounded" in output.text
