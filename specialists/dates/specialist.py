"""The ``dates`` specialist: a small encoder reads the question, dateutil and datetime answer."""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

from specialists.base import Manifest, Output
from specialists.dates.datemath import (
    MONTHS,
    RELATIVE,
    DateError,
    days_between,
    has_year,
    name_holidays,
    name_relative_days,
    parse_date,
    shift,
    slashes_day_first,
    span_in,
    weekday,
)
from specialists.training.encoder import (
    Parse,
    Ranked,
    Span,
    Word,
    split_words,
)
from specialists.training.parser import ParserSpecialist
from specialists.units.numbers import parse_number

MODEL_DIR = Path(__file__).parent / "model"
MAX_CHARS = 300  # a date question is one sentence; longer input is pasted text or noise
MIN_OTHER_PROB = 0.8  # refuse as "not a date question" only when the kind head is this sure
MIN_UNIT_PROB = 0.5
GROW = 2  # words a date span may gain or lose at either edge when it does not read
DAYS_PER = {"day": 1, "week": 7, "fortnight": 14}
# Rough days per unit: only to order the parts of a shift, largest first.
_UNIT_SIZE = {
    **DAYS_PER,
    "business_day": 1,
    "month": 30,
    "year": 365,
    "decade": 3650,
    "century": 36500,
}
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_BARE_NUMBER = re.compile(r"[\d,]*\d[\d,]*")
# A month's name, or its first three letters ("sept" too).
_MONTH = "(?:" + "|".join([*(f"{m[:3]}(?:{m[3:]})?" for m in MONTHS), "sept"]) + ")"
_DAY_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
_SHIFT_WORD = re.compile(
    r"\b(?:after|before|from|ago|later|earlier|prior|since|hence|plus|minus|add|subtract)\b|\+",
    re.IGNORECASE,
)
# Words that say which way a shift goes, whatever else the sentence says; "from" says neither
# ("3 weeks from X" is after, "subtract 3 days from X" before).
_BACKWARD = re.compile(
    r"\b(?:before|ago|earlier|prior|back|subtract(?:ed|ing)?|minus|take away|ahead of)\b", re.I
)
_FORWARD = re.compile(
    r"\b(?:after|later|hence|plus|add(?:ed|ing)?|onwards?|ahead(?! of)|forwards?|from now)\b"
    r"|\b(?:days?|weeks?|months?|years?)\s+old\b"  # "the date I was 10,000 days old"
    r"|\b(?:day|week|month|year)s?[\s-]+(?:birthday|anniversary)\b"  # "her 6 month birthday"
    r"|\+|\bin\s+(?:\d[\d,]*\s+|(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|hundred|thousand)(?:\s+and)?[\s-]+)+)"
    r"(?:business\s+|working\s+|calendar\s+)?(?:d|w|f|y|m(?!ar|ay))[a-z]*\b",  # "in 5 days"
    re.I,
)
# "plus 3 more weeks": the count and its unit, without the word the parser stumbles on.
_MORE = re.compile(
    r"\b((?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+(?:teen|ty|hundred|thousand))\s+)(?:more|mre|moore|mor|extra|additional|further)"
    r"\s+(?=[a-z])",
    re.I,
)
# A count of days with one date and today implied: "until X", "since X", "born on X".
_FROM_TODAY = re.compile(
    r"\b(?:until|till|til|since|ago|from now|old|born|away|left|to go|remaining)\b", re.IGNORECASE
)
# Today's date asked for in other words: "what's today's date", "what date is it".
_TODAY_ASKED = re.compile(
    r"^\W*(?:(?:so|ok|okay|and)[\s,]+)?(?:what(?:'s|s|\s+is)\s+(?:the\s+date(?:\s+today)?"
    r"|today'?s\s+date|the\s+date\s+of\s+today)|what\s+date\s+is\s+it(?:\s+today)?"
    r"|(?:what\s+is\s+)?today'?s\s+date)\W*$",
    re.IGNORECASE,
)
# "in 10 days", "in 3 weeks" with no date to count from: from today.
_IN_SHIFT = re.compile(
    r"\bin\s+(\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"((?:business\s+|working\s+)?(?:days?|weeks?|fortnights?|months?|years?))\b",
    re.IGNORECASE,
)
# Anything that names a day to count from.
_A_DAY_NAMED = re.compile(
    r"\d{4}|\d{1,2}[/.]\d{1,2}|\b(?:today|tomorrow|yesterday|jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)


def from_today(text: str) -> str:
    """Questions about now written against today: "what's today's date" as "what is the date
    today", "in 10 days" with no other day named as "10 days after today", and "from now" as
    "after today" (the parser knows "today", and "after" says which way). "How many days in 3
    weeks" asks a count, not a date, and is left."""
    if _TODAY_ASKED.match(text):
        return "what is the date today"
    text = re.sub(r"\bfrom\s+now\b", "after today", text, flags=re.IGNORECASE)
    counted = re.search(r"\bhow\s+many\b", text, re.IGNORECASE)
    if not counted and not _A_DAY_NAMED.search(_IN_SHIFT.sub(" ", text)):
        text = _IN_SHIFT.sub(r"\1 \2 after today", text, count=1)
    return text


# "19 nights" away: as many days (the tagger, never taught "nights", read them as fortnights).
_NIGHTS = re.compile(
    r"\b(\d[\d,]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
    r"|twenty|thirty)\s+nights?\b",
    re.IGNORECASE,
)
# A year said for the dates of the question: "both in 2027", "in 2027", "of 2027".
_YEAR_SAID = re.compile(r"\b(?:both|all|each)?\s*(?:in|of|for|during)\s+((?:19|20)\d\d)\b", re.I)
# A date right after another in parentheses: "25 December 2026 (2026-12-25)".
_GLOSS = re.compile(r"\s*\(")
# An arrow between two dates reads as "to" ("2023-09-15 → 2031-02-01 in days").
_ARROW = re.compile(r"\s*(?:→|⟶|->|=>)\s*")
_UNIT_WORD = re.compile(
    r"\s*(?:business\s+|working\s+|calendar\s+)?"
    r"(?:days?|weeks?|fortnights?|months?|years?|decades?)\b",
    re.IGNORECASE,
)

MANIFEST = Manifest(
    name="dates",
    description=(
        "Calendar arithmetic on explicit dates: the weekday of a date, a date plus or minus "
        "days, weeks, months or years, and the number of days between two dates."
    ),
    examples=[
        "what day of the week is 2027-01-01?",
        "which weekday was July 4, 1976",
        "what's the date 90 days after March 14, 2026",
        "add 3 months to 2026-01-31",
        "what was the date 2 weeks before Dec 25th 2026",
        "how many days between 2026-01-01 and 2026-12-25",
        "days from the 3rd of May 2027 to 14 Mar 2028",
        "25 December 2026 minus 10 years",
        "what day will it be 100 days after 1 January 2027",
        "how many days until 2030-06-01 from 2026-06-01",
        "subtract a fortnight from 2026-08-15",
        "what day of the week was 11/09/1989",
        "10 business days after 2026-03-06",
    ],
    output_fields={
        "value": "an ISO date (shift), a weekday name (weekday) or a number of days (between; "
        "of weeks, months or years when the question asks in one of those)",
        "kind": "weekday, shift or between",
        "dates": "the ISO dates read from the question",
        "score": "the model's confidence in the kind of question, 0 to 1",
        "unit": "'day' (or 'week', 'month', 'year', as asked) when the value is a count between "
        "two dates, so a conversion can cite it",
        "days": "the count in days, when the value is in weeks, months or years",
    },
    batch_size=32,
)


class DateQuestionError(ValueError):
    """The input is not a date question this specialist can answer; the message says why."""


def precheck(text: Any) -> str | None:
    """Why an input cannot be a date question before the model sees it, or ``None``."""
    if not isinstance(text, str) or not text.strip():
        return "empty input: ask e.g. 'what day of the week is 2027-01-01?'"
    if len(text) > MAX_CHARS:
        return f"input is {len(text)} characters long; a date question is one short sentence"
    return None


def _span_text(text: str, found: tuple[Span, Ranked] | None) -> str | None:
    return None if found is None else text[found[0].start : found[0].end]


def _whole(text: str, words: list[Word], span: Span) -> Span:
    """A span grown to the whole number it touches (``[1],000`` -> ``1,000``)."""
    start, end = span.start, span.end
    for match in _NUMBER.finditer(text):
        if match.start() < end and start < match.end():
            start, end = min(start, match.start()), max(end, match.end())
    first = next(i for i, w in enumerate(words) if w.end > start)
    last = max(i for i, w in enumerate(words) if w.start < end)
    return Span(span.label, start, end, first, last)


def reread(text: str, parse: Parse) -> Parse:
    """The parse with a bare number right before a unit (``1024 days``) read as the count.

    The tagger takes a four-digit count for a year; a number followed by days, weeks, months or
    years is a count whatever its size. Count spans cover the whole number (``1,000``).
    """
    words = split_words(text)
    spans, classes = list(parse.spans), list(parse.span_classes)
    for i, span in enumerate(spans):
        if span.label not in ("DATE", "N") or not _BARE_NUMBER.fullmatch(
            text[span.start : span.end]
        ):
            continue
        grown = _whole(text, words, span)
        after = text[grown.end :]
        unit_next = any(
            s.label == "UNIT" and s.start >= grown.end and not text[grown.end : s.start].strip()
            for s in spans
        )
        if span.label == "N" or unit_next or _UNIT_WORD.match(after):
            spans[i] = Span("N", grown.start, grown.end, grown.first, grown.last)
    merged: list[tuple[Span, Ranked]] = []
    for span, ranked in zip(spans, classes, strict=True):
        if merged and merged[-1][0] == span:
            continue  # the pieces of one number
        if span.label != "N" and merged and merged[-1][0].label == "N":
            if span.start < merged[-1][0].end:
                continue  # a piece of a number already read as the count
        merged.append((span, ranked))
    return Parse([s for s, _ in merged], [r for _, r in merged], parse.heads)


def _chunks(text: str, parse: Parse) -> list[Span]:
    """DATE spans in reading order, with pieces split only by spaces or commas joined again."""
    chunks: list[Span] = []
    for span, _ in parse.all("DATE"):
        if chunks and not text[chunks[-1].end : span.start].strip(" ,"):
            last = chunks.pop()
            span = Span("DATE", last.start, span.end, last.first, span.last)
        chunks.append(span)
    return chunks


def _read_date(
    text: str,
    words: list[Word],
    span: Span,
    hint: int | None,
    today: dt.date | None,
    dayfirst: bool,
    coming: bool = False,
) -> dt.date:
    """Parse a span; if it does not read, a word or two more or fewer may (never a bad date).
    ``dayfirst``: the question's slashed dates are day-first (``slashes_day_first``);
    ``coming``: a date without a year is the next one (``parse_date``)."""
    own = text[span.start : span.end]
    read = functools.partial(
        parse_date, year_hint=hint, today=today, slashes_dayfirst=dayfirst, coming=coming
    )
    try:
        return read(own)
    except DateError as error:
        if "not a valid date" in str(error):
            raise
        first = next(i for i, w in enumerate(words) if w.end > span.start)
        last = max(i for i, w in enumerate(words) if w.start < span.end)
        near = [
            (a, b)
            for a in range(max(0, first - GROW), last + 1)
            for b in range(max(a, first), min(len(words) - 1, last + GROW) + 1)
            if (a, b) != (first, last)
        ]
        for a, b in sorted(near, key=lambda r: (abs(r[0] - first) + abs(r[1] - last), r[0])):
            try:
                return read(text[words[a].start : words[b].end])
            except DateError:
                continue
        raise


def _day_months(text: str) -> list[Span]:
    """Day-and-month mentions the tagger left untagged ("the 30 of april", "4th of July",
    "April 30"): it learnt dates with years."""
    words = split_words(text)
    found = []
    for match in _DAY_MONTH.finditer(text):
        inside = [i for i, w in enumerate(words) if w.start < match.end() and match.start() < w.end]
        found.append(Span("DATE", match.start(), match.end(), inside[0], inside[-1]))
    return found


def _dates(text: str, parse: Parse, today: dt.date | None, need: int) -> list[dt.date]:
    """The dates of the question in order; a missing year is borrowed from another date, or
    else is the coming one's."""
    chunks = _chunks(text, parse) or _day_months(text)
    if not chunks:
        raise DateQuestionError(f"no date found in {text[:60]!r}")
    explicit = [c for c in chunks if text[c.start : c.end].strip().lower() not in RELATIVE]
    if len(chunks) > need and explicit:  # "if today is 2026-03-01, ...": the date decides
        chunks = explicit
    spans = [text[c.start : c.end] for c in chunks]
    hint = next((parse_date(s, today=today).year for s in spans if _has_full_date(s, today)), None)
    if hint is None:  # "between March 3 and Christmas, both in 2027": a year said once
        said = _YEAR_SAID.search(text)
        hint = int(said.group(1)) if said else None
    coming = hint is None  # no year anywhere: "what day is 30 April" asks about the next one
    words = split_words(text)
    dayfirst = slashes_day_first(text)
    dates: list[dt.date] = []
    unread: list[DateError] = []
    previous_end = 0
    for chunk in chunks:
        if len(dates) == 2:
            break
        try:
            read = _read_date(text, words, chunk, hint, today, dayfirst, coming)
        except DateError as error:
            # "Christmas 2027 (December 25, 2027)": a mention that does not read gives way to
            # one that does; a date that does not exist is always an error.
            if "not a valid date" in str(error):
                raise
            unread.append(error)
            continue
        if dates and read == dates[-1] and _GLOSS.match(text, previous_end):
            continue  # "25 December 2026 (2026-12-25)": the same date, glossed
        dates.append(read)
        previous_end = chunk.end
    if unread and len(dates) < need:
        raise unread[0]
    return dates


def _has_full_date(span: str, today: dt.date | None) -> bool:
    if not has_year(span):
        return False
    try:
        parse_date(span, today=today)
    except DateError:
        return False
    return True


def _parts(text: str, parse: Parse) -> list[tuple[int, str]] | None:
    """A shift written in several units ("2 weeks and 3 days", "1 year and 2 months"): each
    unit with its whole count, or None unless every unit is sure and has a count of its own."""
    units, counts = parse.all("UNIT"), parse.all("N")
    if len(units) < 2 or len(units) != len(counts):
        return None
    parts = []
    for (_, ranked), count in zip(units, counts, strict=True):
        name, prob = ranked[0]
        n = parse_number(_span_text(text, count) or "")
        if name not in _UNIT_SIZE or prob < MIN_UNIT_PROB or n is None or n != int(n):
            return None
        parts.append((int(n), name))
    return parts


def _amounts(text: str, parse: Parse) -> list[tuple[int, str]]:
    """Signed whole counts and units of a shift, largest unit first (``[(-3, 'month')]``).
    1.5 weeks becomes 10 days; "2 weeks and 3 days" 17 days; "1 year and 2 months" stays two
    steps, years before months before days, as ``relativedelta`` adds them."""
    sign = _sign(text, parse)
    parts = _parts(text, parse)
    if parts is not None:
        if all(name in DAYS_PER for _, name in parts):
            return [(sign * sum(n * DAYS_PER[name] for n, name in parts), "day")]
        ordered = sorted(parts, key=lambda part: -_UNIT_SIZE[part[1]])
        return [(sign * n, name) for n, name in ordered]
    unit = parse.first("UNIT")
    if unit is None:
        raise DateQuestionError(f"no unit (days, weeks, months, years) found in {text[:60]!r}")
    name, prob = unit[1][0]
    if prob < MIN_UNIT_PROB:
        raise DateQuestionError(f"{_span_text(text, unit)!r} is not days, weeks, months or years")
    n_text = _span_text(text, parse.first("N")) or "1"
    n = parse_number(n_text)
    if n is None:
        raise DateQuestionError(f"could not read {n_text!r} as a number")
    if n == int(n):
        return [(sign * int(n), name)]
    days = n * DAYS_PER.get(name, 0.5)
    if name in DAYS_PER and days == int(days):
        return [(sign * int(days), "day")]
    raise DateQuestionError(f"cannot move a date by {n_text} {name}s: use a whole number")


# Coming back from a stay is the end of it, later: "away 19 days, when do we get back".
_RETURN = re.compile(
    r"\b(?:get|got|be|come|coming|am\s+i|are\s+(?:we|you|they)|is\s+(?:he|she|it)|i'?m|we'?re)"
    r"\s+back\b|\bback\s+home\b",
    re.IGNORECASE,
)


def _sign(text: str, parse: Parse) -> int:
    """-1 for a shift back in time: as its words say when they say only one way, else as the
    model reads it."""
    text = _RETURN.sub(" later ", text)
    backward, forward = bool(_BACKWARD.search(text)), bool(_FORWARD.search(text))
    if backward != forward:
        return -1 if backward else 1
    return -1 if parse.heads["direction"][0] == "minus" else 1


def _moves(text: str, parse: Parse) -> bool:
    """Whether a weekday question also moves the date; ``New Year 2028`` names no shift."""
    return parse.first("N") is not None or bool(_SHIFT_WORD.search(text))


def _describe(amounts: list[tuple[int, str]]) -> str:
    """ "1 year and 2 months after", "3 days before"."""
    names = [
        f"{abs(n)} {unit.replace('_', ' ')}{'' if abs(n) == 1 else 's'}" for n, unit in amounts
    ]
    said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{said} {'before' if amounts[0][0] < 0 else 'after'}"


# A count between two dates asked in weeks, months or years rather than days.
_COUNT_UNIT = re.compile(
    r"\bhow\s+many\s+(weeks|months|years)\b"
    r"|\b(weeks|months|years)\s+(?:are\s+(?:there\s+)?|is\s+it\s+|have\s+passed\s+)?"
    r"(?:between|from|until|till|til|since|to|before|left|ago)\b"
    r"|\bin\s+(weeks|months|years)\b",
    re.IGNORECASE,
)


def answer(text: str, parse: Parse, today: dt.date | None = None) -> Output:
    """Compute the answer the parse asks for, or raise ``DateError``/``DateQuestionError``."""
    parse = reread(text, parse)
    kind, prob = parse.heads["kind"]
    if kind == "other" and prob >= MIN_OTHER_PROB:
        raise DateQuestionError(f"not a date question: {text[:60]!r}")
    if kind == "other":
        kind = (
            "between"
            if len(_chunks(text, parse)) > 1
            else "shift"
            if parse.first("N")
            else "weekday"
        )
    dates = _dates(text, parse, today, 2 if kind == "between" else 1)
    implied = kind == "between" and len(dates) == 1 and bool(_FROM_TODAY.search(text))
    if implied:
        dates.append(today or dt.date.today())  # "how many days until 2026-12-25"
    moved_by = parse.first("N") is not None and parse.first("UNIT") is not None
    if kind == "between" and len(dates) == 1 and not implied and moved_by:
        kind = "shift"  # "how many days after 2026-02-01 is 150 days": one date, one amount
    fields: dict[str, Any] = {"kind": kind, "dates": [d.isoformat() for d in dates]}
    if kind == "between":
        if len(dates) < 2:
            raise DateQuestionError(f"need two dates to count the days between: {text[:60]!r}")
        value: Any = days_between(dates[0], dates[1])
        fields["unit"] = "day"
        rendered = (
            f"There are {value} days between {dates[0]} and {'today' if implied else dates[1]}."
        )
        asked = _COUNT_UNIT.search(text)
        if asked is not None:  # "how many weeks until ...": the count in the unit asked for
            unit = next(g for g in asked.groups() if g).lower().rstrip("s")
            days, value = value, span_in(dates[0], dates[1], unit)
            fields["unit"] = unit
            rendered = rendered[:-1] + f": {value:g} {unit}s."
            fields["days"] = days
    elif kind == "shift" and parse.first("UNIT") is None and parse.first("N") is None:
        value = dates[0].isoformat()  # "what date is 2026-02-28": the date itself
        fields["shift"] = "+0 day"
        rendered = f"{value} is a {weekday(dates[0])}."
    elif kind == "shift" or (parse.first("UNIT") is not None and _moves(text, parse)):
        amounts = _amounts(text, parse)
        moved = dates[0]
        for amount, unit in amounts:
            moved = shift(moved, amount, unit)
        fields["shift"] = " ".join(f"{amount:+d} {unit}" for amount, unit in amounts)
        if kind == "weekday":
            value = weekday(moved)
            rendered = f"{_describe(amounts)} {dates[0]} is {moved}, a {value}."
        else:
            value = moved.isoformat()
            rendered = f"{_describe(amounts).capitalize()} {dates[0]} is {value}."
    else:
        value = weekday(dates[0])
        rendered = f"{dates[0]} is a {value}."
    rendered = rendered[0].upper() + rendered[1:]
    return Output.model_validate({"value": value, "score": prob, "text": rendered, **fields})


class DatesSpecialist(ParserSpecialist):
    """Date questions: the ONNX tagger-classifier parses, dateutil/datetime compute."""

    manifest = MANIFEST
    name = "dates"
    answer_errors = (DateError, DateQuestionError)

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        super().__init__(model_dir)

    def precheck(self, text: Any) -> str | None:
        return precheck(text)

    def prepare(self, text: str) -> str:
        """Holidays on a fixed date are written as that date ("Christmas 2027"), so is "next
        friday" (from today), an arrow as the word "to", and "3 more weeks" as "3 weeks"."""
        text = from_today(name_relative_days(name_holidays(text)))  # "next friday" from today
        text = _NIGHTS.sub(r"\1 days", text)  # "staying 17 nights": a stay counts its days
        return _MORE.sub(r"\1", _ARROW.sub(" to ", text))

    def answer(self, text: str, parse: Parse) -> Output:
        return answer(text, parse)
