"""What kind of answer a question asks for, and which sentences hold that kind of content.

"How long is the train ride to Sintra?" is answered by the sentence with a duration in it, not
by "Day trip to Sintra.", which only shares its topic. Three kinds are told apart: an amount
("how many", "how much", "cost"), a point in time ("when", "what time") and a duration ("how
long", "how often"). A tagger with DATE/TIME/QUANTITY entities (spaCy's) would need a model of
its own and still no map from question words to those tags; these few patterns are that map.
"""

from __future__ import annotations

import re

import numpy as np

KINDS = ("amount", "time", "duration")

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|hundred|thousand|half|dozen|once|twice"
)
_UNITS = r"seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?"
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|"
    r"tomorrow|today|tonight|morning|evening|noon|midnight"
)

_ASKS = {
    "amount": re.compile(
        r"\bhow (?:many|much|old|far|big|high|tall|long|heavy|often|fast)\b"
        r"|\b(?:cost|price|fee|charge|amount|number|size|percentage)\b",
        re.IGNORECASE,
    ),
    "time": re.compile(
        r"\bwhen\b|\bwhat (?:time|date|day)\b|\bwhich (?:day|date)\b|\bdeadline\b|\bby when\b"
        r"|\bopening hours\b",
        re.IGNORECASE,
    ),
    "duration": re.compile(
        r"\bhow (?:long|often)\b|\bhow many (?:days|hours|weeks|months|years|minutes|nights)\b",
        re.IGNORECASE,
    ),
}
_HOLDS = {
    "amount": re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE),
    "time": re.compile(
        rf"\b\d{{1,2}}[:.]\d{{2}}\b|\b\d{{1,2}}\s?(?:am|pm)\b|\b(?:{_DAYS})\b"
        rf"|\b(?:{_MONTHS})\b\s*\d|\d\s*(?:{_MONTHS})\b",
        re.IGNORECASE,
    ),
    "duration": re.compile(rf"\b(?:\d+|{_NUMBER_WORDS}|a|an)[\s-]+(?:{_UNITS})\b", re.IGNORECASE),
}


def asked(question: str) -> np.ndarray:
    """Which of ``KINDS`` the question asks for, as 0/1 float32 of shape ``(3,)``."""
    return np.array([bool(_ASKS[kind].search(question)) for kind in KINDS], dtype=np.float32)


def held(sentence: str) -> np.ndarray:
    """Which of ``KINDS`` the sentence contains, as 0/1 float32 of shape ``(3,)``."""
    return np.array([bool(_HOLDS[kind].search(sentence)) for kind in KINDS], dtype=np.float32)


_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "a": 1, "an": 1,
}  # fmt: skip
# A number as the sentence writes it, and the words after it: "26 days of paid vacation",
# "0.30 euros per kilometre", "one week before". Clock times, years and phone numbers are not
# amounts ("by 9:30", "in 2026", "0800 555 0199").
_AMOUNT = re.compile(
    r"(?<![\w:.,/-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|\b(?:{'|'.join(k for k in _WORD_VALUES if len(k) > 2)})\b)(?![\d:/-]|\.\d)"
    r"(?P<after>(?:\s+[A-Za-z%€$£-]+){0,4})",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\bhow\s+(?:many|much)\s+(?P<words>(?:[A-Za-z-]+\s*){1,3})", re.IGNORECASE)
_TIME_UNIT = re.compile(rf"^\s*(?:{_UNITS})\b", re.IGNORECASE)


def _value(number: str) -> float:
    low = number.lower()
    return float(_WORD_VALUES[low]) if low in _WORD_VALUES else float(number.replace(",", ""))


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def amount(question: str, quote: str) -> float | None:
    """The number in ``quote`` that answers ``question``, for a next step to work on: the one
    followed by a word the question counts ("how many vacation days" -> "26 days of paid
    vacation"), else by a time unit for "how long", else the quote's only amount or the one
    among several nearest the question's words; None when that cannot be told."""
    return read(question, quote)[0]


def quantity(question: str, quote: str) -> str | None:
    """``amount``'s number with the unit written after it ("48 hours", "2 metres"), for a
    conversion to work on; None when no unit the units specialist knows follows it."""
    return read(question, quote)[1]


def read(question: str, quote: str) -> tuple[float | None, str | None]:
    """``(amount, quantity)`` of ``quote`` for ``question``, the answering number found once."""
    from specialists.units.catalog import lookup  # a table of unit spellings, no pint

    found = _answering(question, quote)
    if found is None:
        return None, None
    words = found["after"].split()
    for count in range(min(3, len(words)), 0, -1):  # "square metres" before "square"
        unit = " ".join(words[:count])
        if lookup(unit) is not None:
            return _value(found["number"]), f"{found['number']} {unit}"
    return _value(found["number"]), None


# A date as documents write it: "2027-03-16", "16 March 2027", "March 16, 2027".
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    re.IGNORECASE,
)


def date(quote: str) -> str | None:
    """The first full date in ``quote``, as written, for a date step to work on; None if none."""
    found = _DATE.search(quote)
    return found.group(0) if found else None


def _answering(question: str, quote: str) -> re.Match[str] | None:
    """The match of ``_AMOUNT`` that ``amount`` reads, or None."""
    found = [
        m
        for m in _AMOUNT.finditer(quote)
        if not re.fullmatch(r"(?:19|20)\d\d", m["number"])  # a year
    ]
    if not found:
        return None
    counted = _COUNTED.search(question)
    if counted is not None:
        wanted = {_stem(w) for w in counted["words"].split()} - {"do", "doe", "i", "we", "is"}
        for match in found:
            if wanted & {_stem(w) for w in match["after"].split()[:2]}:
                return match
    if _ASKS["duration"].search(question):
        found = [m for m in found if _TIME_UNIT.match(m["after"])] or found
    else:
        found = [m for m in found if m["number"][0].isdigit()] or found
    if len(found) == 1:
        return found[0]
    # Several: the one whose nearby words the question shares ("a probation period of 6
    # months", asked "how long is probation"), if exactly one has the most.
    asked_words = {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", question)}
    overlap = [
        len(asked_words & {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", _near(quote, m))})
        for m in found
    ]
    best = max(overlap)
    if best == 0 or overlap.count(best) > 1:
        return None
    return found[overlap.index(best)]


_CLAUSE_END = re.compile(r"[,;:]\s|[.!?](?:\s|$)|\n")


def _near(quote: str, match: re.Match[str]) -> str:
    """The words of a number's clause, at most four either side of it: "182 MB for the
    Windows installer, 164 MB for the macOS image" gives each size its own words."""
    before = _CLAUSE_END.split(quote[: match.start()])[-1]
    after = _CLAUSE_END.split(quote[match.start() :])[0]
    return " ".join(before.split()[-4:] + after.split()[:5])
