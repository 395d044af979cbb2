"""What a request to an exact-semantics specialist needs as operands, and what its result is.

The span scorer guesses from context whether a request uses the previous result ("subtract 44"
after "compute 12^2"), and guesses wrong both ways: it leaves "subtract 10" without an operand,
and gives "12 inches to cm" a second one it does not need. For ``math``, ``units`` and ``dates``
the question has a plain answer in the request's own words: an operation that takes two numbers
and names one ("subtract 44", "times 12") is missing one; a conversion with no quantity ("in
hours") is missing it; a weekday question with no date is missing the date; a request that has
them all takes nothing from before. That is counting, not learning, so it is written out here.

The same words say what kind of value a task returns (a number, a date, a weekday name), so a
request that needs a date cites the last task that returns one: in "What date is 2 months after
X? What weekday is that? How many days is it from X?", "it" is the date, not the weekday.
"""

from __future__ import annotations

import re

from specialists.dates.datemath import HOLIDAY_PATTERN

NUMBER, DATE, WEEKDAY, LABEL, TEXT, ANY = "number", "date", "weekday", "label", "text", "any"
# Specialists that say something about a text: their results are labels, not texts to read.
TEXT_READERS = frozenset({"sentiment", "entities", "language"})

_DIGITS = re.compile(
    r"(?<![\w{])\d+(?:[.,:]\d+)*(?:(?:st|nd|rd|th)(?![\w}])|(?=[A-Za-zµ°]+\b)|(?![\w}]))"
    r"|(?<![\w{])\.\d+"
)  # "3", "1,000", "7th", and "500" of "500g": a unit written on to its number
_NUMBER_WORD = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|dozen"
)
# "twenty five", "two hundred and fifty": one number, however many words
_NUMBER_WORDS = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*\b", re.IGNORECASE
)
_ARTICLE_QUANTITY = re.compile(r"\b(?:a|an|per)\s+[a-zA-Z°]", re.IGNORECASE)

# An operation on two numbers, by name or by symbol.
_BINARY = re.compile(
    r"\b(?:plus|add|added|adding|sum|minus|subtract\w*|less|take away|deduct\w*|times"
    r"|multipl\w*|product|divide\w*|split|ratio|percent|percentage|power|raised|mod|modulo"
    r"|difference|increase\w* by|decrease\w* by|reduce\w* by|to the)\b"
    r"|[+*/×÷^%]|(?:^|\s)[-x](?=\s)",
    re.IGNORECASE,
)
# An operation on one number.
_UNARY = re.compile(
    r"\b(?:double\w*|triple\w*|halve\w*|half|square\w*|cube\w*|root|sqrt|factorial|negate"
    r"|reciprocal|inverse|round\w*|absolute|abs|log|ln|exp|sin|cos|tan)\b|!",
    re.IGNORECASE,
)

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # names and abbreviations
)
MONTH_NAME = re.compile(_MONTH, re.IGNORECASE)
DATES = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{4}[/.]\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|\b(?:today|tomorrow|yesterday|now|tonight)\b"
    r"|\b(?:next|this|coming|last|past)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    rf"|\b(?:{HOLIDAY_PATTERN})\b(?:,?\s+(?:of\s+)?\d{{4}}\b)?",  # "christmas 2027"
    re.IGNORECASE,
)
WEEKDAY_QUESTION = re.compile(
    r"\b(?:weekday|day of (?:the )?week|what day|which day|week ?day)\b"
    # "Is 13 November 2026 a Friday?", "was it on a Sunday": a weekday checked, not a date moved
    r"|\b(?:is|was|will|does|did)\b[^?]{0,60}?\b(?:a|on\s+a)\s+(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day\b",
    re.IGNORECASE,
)
# "days between A and B", "how many days from A to B", "how long until B": two dates.
_SPAN_QUESTION = re.compile(
    r"\bbetween\b|\bfrom\b.*\b(?:to|until|till)\b|\bhow (?:many|long)\b", re.IGNORECASE
)
# "10 days after X", "that many weeks before X", "X plus 9 weeks": one date moved by a count.
OFFSET = re.compile(
    rf"(?:\d|\b(?:{_NUMBER_WORD}|a|an|(?<!how )many|few|several))\s+(?:days?|weeks?|months?|years?"
    r"|fortnights?)\s+(?:after|before|from|later|earlier|on from|prior)\b"
    r"|\b(?:plus|minus|add|subtract)\b",
    re.IGNORECASE,
)
_COUNT_REFERENCE = re.compile(r"\bth(?:at|is|ose) (?:many|much)\b", re.IGNORECASE)


def numbers(text: str) -> list[str]:
    """The numbers written in digits in ``text``, as written ("12", "1,000", "7th")."""
    return _DIGITS.findall(text)


def count_numbers(text: str) -> int:
    """Numbers in ``text``, in digits or in words ("12", "1,000", "twenty five")."""
    return len(_DIGITS.findall(text)) + len(_NUMBER_WORDS.findall(text))


def count_dates(text: str) -> int:
    """Dates in ``text``: ISO, day/month/year, "25 December 2026", "March 14", "today"."""
    return len(DATES.findall(text))


# "how many days until 25 December", "weeks since 1 May": counted from today, one date given.
_FROM_TODAY = re.compile(r"\b(?:until|till|since|ago|left)\b", re.IGNORECASE)
_TWO_ENDS = re.compile(r"\b(?:between|from)\b", re.IGNORECASE)


def _is_span(text: str) -> bool:
    """Whether a date request counts the days between dates ("days between A and B", "how
    long until B", "2025-08-08 to 2025-12-12") rather than moving or naming one."""
    if OFFSET.search(text):
        return False
    return bool(_SPAN_QUESTION.search(text)) or count_dates(text) >= 2


def _dates_wanted(text: str) -> int:
    """How many dates a date request names: two for a span between dates, else one."""
    if not _SPAN_QUESTION.search(text) or OFFSET.search(text):
        return 1
    return 1 if _FROM_TODAY.search(text) and not _TWO_ENDS.search(text) else 2


def needs_operand(specialist: str, text: str, cited: int = 0) -> bool | None:
    """True when the request lacks an operand its specialist needs (so it must take the previous
    result), False when it has every one, None when the words do not say. ``cited`` operands
    are given besides its words (a reference to an earlier result it names)."""
    if specialist == "math":
        wanted = 2 if _BINARY.search(text) else 1 if _UNARY.search(text) else 0
        return count_numbers(text) + cited < wanted if wanted else None
    if specialist == "units":
        quantity = cited or count_numbers(text) or _ARTICLE_QUANTITY.search(text)
        return not quantity
    if specialist == "dates":
        return count_dates(text) + cited < _dates_wanted(text)
    return None


def returns(specialist: str, text: str) -> str:
    """The kind of value a task returns: NUMBER, DATE, WEEKDAY, LABEL (a text reader's
    verdict), or ANY (a passage of the user's documents, or a new specialist's result:
    whatever a later request makes of it)."""
    if specialist in ("math", "units"):
        return NUMBER
    if specialist == "dates":
        if _is_span(text) and not WEEKDAY_QUESTION.search(text):
            return NUMBER  # a count of days
        return WEEKDAY if WEEKDAY_QUESTION.search(text) else DATE
    if specialist in TEXT_READERS:
        return LABEL  # "positive", "de", a list of names: nothing to read again
    return ANY


def wants(specialist: str, text: str) -> str:
    """The kind of value a request needs from before: a date for a date question (unless it
    counts "that many" days), a number for arithmetic and conversions, a text for a text
    reader, else ANY."""
    if specialist == "dates":
        return NUMBER if _COUNT_REFERENCE.search(text) else DATE
    if specialist in ("math", "units"):
        return NUMBER
    if specialist in TEXT_READERS:
        return TEXT  # "its entities, and what language that sentence is in": the passage
    return ANY


_COUNT = rf"(?:\d+(?:[.,]\d+)?|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*|a|an)"
_UNIT = r"(?:days?|weeks?|months?|years?|fortnights?)"
# The date may be named before it is written: "4 weeks before christmas 2027 (2027-12-25)".
_MOVED = re.compile(
    rf"\b(?P<by>{_COUNT}\s+{_UNIT})\s+(?P<way>after|before|from|on from|prior to)\s+"
    rf"(?:[\w']+\s+){{0,3}}?\(?(?P<date>{DATES.pattern})"
    rf"|(?:{DATES.pattern})\s*(?:plus|minus|\+|-)\s*{_COUNT}\s+{_UNIT}\b",
    re.IGNORECASE,
)


def moved_date(text: str) -> str | None:
    """The date a weekday question asks about when it is a date moved by a count ("what weekday
    is 14 days before 2026-05-01" asks the weekday of "14 days before 2026-05-01"): two
    questions, the date first. None for any other request."""
    if not WEEKDAY_QUESTION.search(text):
        return None
    found = _MOVED.search(text)
    if found is None:
        return None
    if found.group("date"):
        return f"{found.group('by')} {found.group('way')} {found.group('date')}"
    return found.group(0)


# "how many weeks between A and B": a count of days, then a conversion.
_SPAN_UNIT = re.compile(
    r"\bhow many (weeks|months|years|hours|minutes|seconds|fortnights)\b", re.IGNORECASE
)
# "what is 10% of the days between A and B": a count of days, then arithmetic on it.
_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+of\b", re.IGNORECASE)
# "convert 3 times 4 km to miles": arithmetic on numbers, then a conversion of the result.
_SUM_OF_QUANTITY = re.compile(
    r"(?P<sum>\d[\d.,]*(?:\s*(?:[+*×]|plus|times|multiplied by)\s*\d[\d.,]*)+)\s*"
    r"(?P<unit>[A-Za-z°µ][A-Za-z°µ²³/.]*(?:\s+[A-Za-z°µ][A-Za-z°µ²³/.]*)?)\s+(?:to|in|into)\s+"
    r"(?P<target>[A-Za-z°µ][^?!]*?)\s*[?.!]*$",
    re.IGNORECASE,
)
PREVIOUS = "{prev}"  # where a nested request's outer step cites its inner step
# "the number of days between A and B", "the days from A to B": a count another step works on.
_DAY_COUNT = re.compile(
    rf"(?:the\s+)?(?:number\s+of\s+|count\s+of\s+)?days\s+(?:between|from)\s+(?:{DATES.pattern})"
    rf"\s+(?:and|to|until|till)\s+(?:{DATES.pattern})",
    re.IGNORECASE,
)


def nested_steps(specialist: str, text: str) -> list[tuple[str, str]] | None:
    """A request that holds another request's result as its operand, as two steps (inner
    first, the outer citing it as ``PREVIOUS``): "what weekday is 14 days before X", "how many
    weeks between A and B", "10% of the days between A and B", "3 times 4 km in miles".
    None for a request that is one step."""
    if specialist == "dates":
        moved = moved_date(text)
        if moved is not None:
            return [("dates", f"the date {moved}"), ("dates", f"what weekday is {PREVIOUS}")]
        dates = DATES.findall(text)
        if len(dates) != 2 or OFFSET.search(text):
            return None
        days = ("dates", f"how many days between {dates[0]} and {dates[1]}")
        unit = _SPAN_UNIT.search(text)
        if unit is not None:
            return [days, ("units", f"{PREVIOUS} days in {unit.group(1).lower()}")]
        percent = _PERCENT_OF.search(text)
        if percent is not None:
            return [days, ("math", f"{percent.group(1)}% of {PREVIOUS}")]
        span = _DAY_COUNT.search(text)  # "double the number of days between A and B"
        if span is not None:
            outer = (text[: span.start()] + PREVIOUS + text[span.end() :]).strip(" ?.!")
            outer = re.sub(r"^\W*how many\s+(?=\{)", "", outer, flags=re.IGNORECASE)
            if needs_operand("math", outer.replace(PREVIOUS, "")):  # it works on the count
                return [days, ("math", outer)]
        return None
    if specialist == "units":
        found = _SUM_OF_QUANTITY.search(text)
        if found is None:
            return None
        convert = f"convert {PREVIOUS} {found.group('unit')} to {found.group('target')}"
        return [("math", found.group("sum")), ("units", convert)]
    return None
