"""The tool: dateutil reads a date span, datetime and relativedelta do the arithmetic.

Day-first policy, stated once: ``03/04/2026`` (slashes) is month first, as dateutil reads it;
``03.04.2026`` and ``03-04-2026`` (dots, dashes) are day first, as in most of Europe; a first
number above 12 is always the day. ``today``, ``tomorrow`` and ``yesterday`` are read against
the machine's local date. A date without a year borrows the other date's year, if there is one.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import cache
from typing import Any

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "january february march april may june july august september october november december"
).split()
RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
UNIT_MONTHS = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})(?!\d)")
_EDGE = " \t,.;:!?()[]\"'"
_WEEKDAY_NAME = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b[.,]?", re.IGNORECASE
)


class DateError(ValueError):
    """A date that cannot be read or does not exist; the message says which."""


@cache
def _parser_info() -> Any:
    from dateutil.parser import parserinfo

    return parserinfo()


def _known(word: str) -> bool:
    info = _parser_info()
    low = word.lower()
    return bool(
        info.month(low) or info.weekday(low) or info.jump(low) or low in ("st", "nd", "rd", "th")
    )


def _fix_month_typos(text: str) -> str:
    """Replace a misspelt month name (``Decmber``) by the closest real one."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < 3 or _known(word):
            return word
        close = difflib.get_close_matches(word.lower(), MONTHS, n=1, cutoff=0.7)
        return close[0] if close else word

    return re.sub(r"[A-Za-z]+", fix, text)


def clean(span: str) -> str:
    """Trim punctuation and a leading ``the``/``on``, fix month typos."""
    text = span.strip(_EDGE)
    text = re.sub(r"^(?:the|on|of)\s+", "", text, flags=re.IGNORECASE)
    text = _WEEKDAY_NAME.sub("", text).strip(_EDGE)  # "Friday, Jan 1 2027": the date decides
    return _fix_month_typos(text)


def _parse(text: str, default: dt.datetime, dayfirst: bool) -> dt.datetime:
    from dateutil import parser

    return parser.parse(text, default=default, dayfirst=dayfirst, fuzzy=False)


def slashes_day_first(text: str) -> bool:
    """Whether a question's slashed dates are day-first: one of them can only be ("25/12/2026"),
    so "01/12/2026" beside it is 1 December, not January 12."""
    return any(
        int(match.group(1)) > 12 and int(match.group(3)) <= 12
        for match in _NUMERIC.finditer(text)
        if match.group(2) == "/"
    )


def parse_date(
    span: str,
    year_hint: int | None = None,
    today: dt.date | None = None,
    slashes_dayfirst: bool = False,
    coming: bool = False,
) -> dt.date:
    """The calendar date in ``span``, or ``DateError`` saying why there is none. Dates with dots
    or dashes read day-first; with slashes month-first (US), unless ``slashes_dayfirst``. A
    day and month with no year take ``year_hint``, or with ``coming`` the first such date on or
    after ``today`` ("what day is 30 April" asks about the next 30 April)."""
    from dateutil.parser import ParserError

    text = clean(span)
    if text.lower() in RELATIVE:
        return (today or dt.date.today()) + dt.timedelta(days=RELATIVE[text.lower()])
    numeric = _NUMERIC.fullmatch(text)
    dayfirst = bool(numeric and (numeric.group(2) in ".-" or slashes_dayfirst))
    try:
        # Two defaults that differ in every field: what the text leaves out differs between the
        # readings. Leap years both, so "29 February" without a year reads at all.
        first = _parse(text, dt.datetime(2000, 1, 1), dayfirst)
        second = _parse(text, dt.datetime(2004, 2, 2), dayfirst)
    except (ParserError, OverflowError, ValueError) as error:
        reason = str(error).split(":")[0]
        if "out of range" in reason or "must be in" in reason:
            raise DateError(f"{span.strip()!r} is not a valid date: {reason}") from None
        raise DateError(f"could not read {span.strip()!r} as a date") from None
    if first.day != second.day or first.month != second.month:
        missing = "day of the month" if first.day != second.day else "month"
        raise DateError(f"{span.strip()!r} has no {missing}")
    if first.year != second.year:
        if year_hint is None and coming:
            return _coming(first.month, first.day, today or dt.date.today())
        if year_hint is None:
            raise DateError(f"{span.strip()!r} has no year; write it like 'March 14, 2026'")
        try:
            return first.date().replace(year=year_hint)
        except ValueError:
            raise DateError(f"{span.strip()!r} does not exist in {year_hint}") from None
    return first.date()


def _coming(month: int, day: int, today: dt.date) -> dt.date:
    """The first ``day`` of ``month`` on or after ``today`` (a 29 February within eight years)."""
    for year in range(today.year, today.year + 9):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date >= today:
            return date
    raise DateError(f"{day} of month {month} is not a valid date")


def has_year(span: str) -> bool:
    """Whether the span names a year (``today`` counts)."""
    text = clean(span)
    return text.lower() in RELATIVE or bool(re.search(r"\d{4}|\d+\D+\d+\D+\d+", text))


def shift(start: dt.date, amount: int, unit: str) -> dt.date:
    """``start`` moved by ``amount`` units; months and years clamp to the month's end."""
    from dateutil.relativedelta import relativedelta

    try:
        if unit == "business_day":
            return _business_days(start, amount)
        if unit in UNIT_DAYS:
            return start + dt.timedelta(days=amount * UNIT_DAYS[unit])
        return start + relativedelta(months=amount * UNIT_MONTHS[unit])
    except (OverflowError, ValueError):
        raise DateError(
            f"moving {start.isoformat()} by {amount} {unit}s leaves the calendar"
        ) from None


def _business_days(start: dt.date, amount: int) -> dt.date:
    """Step over Saturdays and Sundays (no public holidays)."""
    step = 1 if amount >= 0 else -1
    day, left = start, abs(amount)
    while left:
        day += dt.timedelta(days=step)
        left -= day.weekday() < 5
    return day


def days_between(first: dt.date, second: dt.date) -> int:
    """Whole days from one date to the other, never negative."""
    return abs((second - first).days)


def span_in(first: dt.date, second: dt.date, unit: str) -> float:
    """How far apart two dates are in ``unit`` (week, month or year), never negative: weeks
    are days / 7; months and years count calendar months, the days left over as a share of
    the month they fall in ("2026-01-15 to 2026-06-15" is 5 months), to two decimals."""
    from dateutil.relativedelta import relativedelta

    start, end = sorted((first, second))
    if unit == "week":
        return round((end - start).days / 7, 2)
    gap = relativedelta(end, start)
    months = gap.years * 12 + gap.months
    reached = start + relativedelta(months=months)
    month_days = ((reached + relativedelta(months=1)) - reached).days
    total = months + (end - reached).days / month_days
    return round(total / 12 if unit == "year" else total, 2)


def weekday(day: dt.date) -> str:
    """``Friday``."""
    return WEEKDAYS[day.weekday()]


# Holidays on the same date every year, named as people write them. Of the movable ones, Easter
# (Western, as dateutil computes it) and the days around it are read when a year is given.
_APOSTROPHE = r"['’]?"
HOLIDAYS = (
    (rf"new\s+year{_APOSTROPHE}s?\s+eve", "31 December"),
    (rf"new\s+year{_APOSTROPHE}s?\s+day", "1 January"),
    (rf"new\s+year{_APOSTROPHE}s?(?=\s+(?:of\s+)?\d{{4}}\b)", "1 January"),  # "new year 2031"
    (r"(?:christmas|xmas)\s+eve", "24 December"),
    (r"(?:christmas|xmas)(?:\s+day)?", "25 December"),
    (r"boxing\s+day", "26 December"),
    (r"hall?owe{1,2}n", "31 October"),
    (rf"valentine{_APOSTROPHE}s?\s+day", "14 February"),
    (rf"(?:st\.?|saint)\s+patrick{_APOSTROPHE}s?\s+day", "17 March"),
)
_HOLIDAY = re.compile(
    "|".join(f"(?P<h{i}>\\b(?:{pattern})\\b)" for i, (pattern, _) in enumerate(HOLIDAYS)),
    re.IGNORECASE,
)
_EASTER_DAYS = {"good": -2, "sunday": 0, "day": 0, "monday": 1}
_EASTER_NAME = r"good\s+friday|easter(?:\s+(?:sunday|monday|day))?"
_EASTER = re.compile(
    r"\b(?:(?P<good>good)\s+friday|easter(?:\s+(?P<day>sunday|monday|day))?)"
    r",?\s+(?:of\s+|in\s+)?(?P<year>\d{4})\b",
    re.IGNORECASE,
)
# Any of them, for readers that only need to know a date is named ("christmas 2027").
HOLIDAY_PATTERN = "|".join(f"(?:{pattern})" for pattern, _ in (*HOLIDAYS, (_EASTER_NAME, "")))


def _easter(match: re.Match[str]) -> str:
    """The date of Good Friday, Easter Sunday or Easter Monday in the year given."""
    from dateutil.easter import easter

    offset = _EASTER_DAYS[
        "good" if match.group("good") else (match.group("day") or "sunday").lower()
    ]
    day = easter(int(match.group("year"))) + dt.timedelta(days=offset)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def name_holidays(text: str) -> str:
    """``text`` with each fixed-date holiday replaced by its day and month, the year kept:
    "New Year's Day 2030" -> "1 January 2030"; Easter and the days around it with a year by
    their date: "Easter 2026" -> "5 April 2026"."""
    text = _EASTER.sub(_easter, text)
    return _HOLIDAY.sub(lambda match: HOLIDAYS[int(str(match.lastgroup)[1:])][1], text)


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(
    r"\b(?P<which>next|this|coming|last|this coming|this past|past)\s+"
    r"(?P<day>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
    re.IGNORECASE,
)


def name_relative_days(text: str, today: dt.date | None = None) -> str:
    """``text`` with "next friday", "this monday", "last sunday" written as ISO dates, counted
    from ``today``: next/this/coming is the first such day after today, last/past the most
    recent one before it."""
    today = today or dt.date.today()

    def one(match: re.Match[str]) -> str:
        wanted = next(i for i, d in enumerate(_DAY_NAMES) if d.startswith(match["day"].lower()[:3]))
        ahead = (wanted - today.weekday()) % 7 or 7
        back = (today.weekday() - wanted) % 7 or 7
        which = match["which"].lower()
        shift = -back if which in ("last", "past", "this past") else ahead
        return (today + dt.timedelta(days=shift)).isoformat()

    return _RELATIVE_DAY.sub(one, text)
