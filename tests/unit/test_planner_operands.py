"""Counting a request's operands: what it lacks, and what kind of value it returns."""

from __future__ import annotations

import pytest

from orchestrator.planner.operands import (
    DATE,
    NUMBER,
    WEEKDAY,
    count_dates,
    count_numbers,
    moved_date,
    needs_operand,
    nested_steps,
    returns,
    wants,
)


@pytest.mark.parametrize(
    ("specialist", "text", "needed"),
    [
        ("math", "subtract 44", True),
        ("math", "then divided by 40", True),
        ("math", "halve", True),
        ("math", "minus 10%", True),
        ("math", "twenty five times four", False),
        ("math", "1,000 minus 250", False),
        ("math", "7 factorial", False),
        ("math", "sqrt(225) + sqrt(144)", False),
        ("math", "what is 42", None),  # no operation named: the words do not say
        ("units", "in weeks", True),
        ("units", "convert the km/h result to mph", True),
        ("units", "12 inches to cm", False),
        ("units", "how many cups in a litre", False),
        ("dates", "what weekday", True),
        ("dates", "days between that date and 2026-12-01", True),
        ("dates", "how many days from 2026-12-31 to", True),
        ("dates", "how many days until 25 December", False),  # from today
        ("dates", "2026-07-01 plus 9 weeks", False),
        ("dates", "that many days after 2026-02-01", False),
        ("sentiment", "is it positive", None),
    ],
)
def test_needs_operand(specialist: str, text: str, needed: bool | None) -> None:
    assert needs_operand(specialist, text) is needed


def test_counts() -> None:
    assert count_numbers("two hundred and fifty plus 1,000.5") == 2
    assert count_dates("from March 14, 2026 to 4 July 2026, not 2026-01-01") == 3


@pytest.mark.parametrize(
    ("specialist", "text", "kind"),
    [
        ("dates", "what weekday is 2026-01-01", WEEKDAY),
        ("dates", "what date is 10 days after 2026-01-01", DATE),
        ("dates", "how many days between 2026-01-01 and 2026-02-01", NUMBER),
        ("math", "3 + 4", NUMBER),
    ],
)
def test_returns(specialist: str, text: str, kind: str) -> None:
    assert returns(specialist, text) == kind


def test_wants_a_date_unless_it_counts_that_many() -> None:
    assert wants("dates", "what weekday is it") == DATE
    assert wants("dates", "that many days after 2026-01-01") == NUMBER
    assert wants("units", "convert it to miles") == NUMBER


def test_moved_date_only_in_a_weekday_question() -> None:
    assert moved_date("what weekday is 2 weeks after 2026-09-09") == "2 weeks after 2026-09-09"
    moved = moved_date("what day of the week is 2026-07-01 plus 9 weeks")
    assert moved == "2026-07-01 plus 9 weeks"
    assert moved_date("what date is 2 weeks after 2026-09-09") is None
    assert moved_date("what weekday is 2026-09-09") is None


def test_nested_steps_inner_first() -> None:
    assert nested_steps("dates", "what is 10% of the days between 2027-01-01 and 2027-02-01") == [
        ("dates", "how many days between 2027-01-01 and 2027-02-01"),
        ("math", "10% of {prev}"),
    ]
    assert nested_steps("dates", "how many days between 2027-01-01 and 2027-02-01") is None
    assert nested_steps("units", "convert 5 ft 11 in to cm") is None  # one quantity
    assert nested_steps("units", "1/2 cup to ml") is None  # a fraction, not a sum


def test_arithmetic_on_a_day_count_is_nested() -> None:
    steps = nested_steps("dates", "double the number of days between 2027-01-01 and 2027-03-01")
    assert steps == [
        ("dates", "how many days between 2027-01-01 and 2027-03-01"),
        ("math", "double {prev}"),
    ]
    steps = nested_steps("dates", "days from 2027-01-01 to 2027-03-01 divided by 7")
    assert steps is not None and steps[1] == ("math", "{prev} divided by 7")
