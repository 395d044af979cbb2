"""The dates specialist on inputs the planner writes by substituting earlier results."""

from __future__ import annotations

import pytest

from specialists.base import Context, Output
from specialists.dates import DatesSpecialist


@pytest.fixture(scope="module")
def specialist() -> DatesSpecialist:
    loaded = DatesSpecialist()
    loaded.load(Context(intra_op_threads=1))
    return loaded


def _answer(specialist: DatesSpecialist, query: str) -> Output:
    (out,) = specialist.run_batch([query])
    assert isinstance(out, Output), out
    return out


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("what date is 1024 days before 2030-01-01", "2027-03-14"),
        ("what date is 2500 days after 2026-03-01", "2033-01-03"),
        ("what's the date 1500 weeks after 2000-01-01", "2028-09-30"),
        ("add 2026 days to 2020-05-05", "2025-11-21"),
        ("subtract 1,200 days from 2030-06-15", "2027-03-03"),
        ("what date is 365 days after 2026-01-01", "2027-01-01"),
    ],
)
def test_counts_of_any_size_are_counts(specialist: DatesSpecialist, query: str, value: str) -> None:
    out = _answer(specialist, query)
    assert out.value == value
    assert out.kind == "shift"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("Which day of the week does Christmas 2027 (December 25, 2027) fall on?", "Saturday"),
        ("What day of the week is Halloween 2026 (October 31, 2026)?", "Saturday"),
        ("which weekday is Independence Day 2030 - July 4, 2030", "Thursday"),
        ("what weekday is New Year 2028, i.e. January 1, 2028?", "Saturday"),
        ("what's 30 days after Easter 2026 (April 5, 2026)", "2026-05-05"),
    ],
)
def test_a_mention_that_does_not_read_gives_way_to_one_that_does(
    specialist: DatesSpecialist, query: str, value: str
) -> None:
    assert _answer(specialist, query).value == value


def test_a_date_that_does_not_exist_is_still_an_error(specialist: DatesSpecialist) -> None:
    outputs = specialist.run_batch(
        [
            "what day of the week is 2027-02-30",
            "which weekday is Christmas 2027 (February 30, 2027)",
        ]
    )
    assert all(isinstance(o, Exception) for o in outputs), outputs
    assert "not a valid date" in str(outputs[1])


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("what date is 2026-02-28", "2026-02-28"),
        ("what is the date 14 March 2027", "2027-03-14"),
        ("date of 2026-12-31?", "2026-12-31"),
    ],
)
def test_a_question_that_names_a_date_answers_that_date(
    specialist: DatesSpecialist, query: str, value: str
) -> None:
    assert _answer(specialist, query).value == value


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("what day of the week is a week after 2027-01-01", "Friday"),
        ("which weekday was a year before 2027-01-01", "Thursday"),
        ("what day of the week is 2 weeks after 2027-01-01", "Friday"),
    ],
)
def test_weekday_questions_that_move_the_date_still_move_it(
    specialist: DatesSpecialist, query: str, value: str
) -> None:
    out = _answer(specialist, query)
    assert out.value == value
    assert "shift" in out.model_dump()


@pytest.mark.parametrize(
    ("query", "value", "unit"),
    [
        # These had all been answered in days (59, 151, ...) whatever unit was asked for.
        ("how many weeks between 2026-01-01 and 2026-03-01", 8.43, "week"),
        ("weeks from 1 Jan 2026 to 1 Apr 2026", 12.86, "week"),
        ("how many months between 2026-01-15 and 2026-06-15", 5, "month"),
        ("how many years between 1969-07-20 and 2026-07-20", 57, "year"),
        ("how many days between 2026-01-01 and 2026-03-01", 59, "day"),
    ],
)
def test_a_count_between_dates_is_in_the_unit_asked_for(
    specialist: DatesSpecialist, query: str, value: float, unit: str
) -> None:
    out = _answer(specialist, query)
    assert out.value == pytest.approx(value) and out.model_dump()["unit"] == unit


def test_months_between_count_calendar_months_then_the_days_left() -> None:
    import datetime as dt

    from specialists.dates.datemath import span_in

    assert span_in(dt.date(2026, 6, 15), dt.date(2026, 1, 15), "month") == 5
    # Jan 31 + 1 month is Feb 28; 3 days of the 28 from there to Mar 28 are left over.
    assert span_in(dt.date(2026, 1, 31), dt.date(2026, 3, 3), "month") == pytest.approx(1.11)
    assert span_in(dt.date(2020, 2, 29), dt.date(2021, 2, 28), "year") == 1


@pytest.mark.parametrize(
    ("query", "value"),
    [
        # Easter had been unread ("'2026' has no day of the month").
        ("how many days between easter 2026 and christmas 2026", 264),
        ("what day is good friday 2027", "Friday"),
        ("what date is easter 2025", "2025-04-20"),
        ("easter monday 2026 plus 10 days", "2026-04-16"),
    ],
)
def test_easter_and_the_days_around_it_are_dates_in_the_year_given(
    specialist: DatesSpecialist, query: str, value: object
) -> None:
    assert _answer(specialist, query).value == value


def test_one_date_and_an_amount_asked_as_a_count_moves_the_date(
    specialist: DatesSpecialist,
) -> None:
    # The planner writes this for "..., and then how many days after 2026-02-01 is that many
    # days?"; it had been refused for want of a second date.
    out = _answer(specialist, "how many days after 2026-02-01 is 150 days")
    assert out.value == "2026-07-01"
