"""The planner's plain-language rules around its learned parts, each with its reason.

The span scorer cuts a query and reads which requests use an earlier result; the router picks
a specialist per request. What they cannot learn from the training compositions, or get wrong
in ways a sentence can say, is written here: counting a request's operands (``operands``),
corrections and requests taken back, what a reference points at (the last date, the passage,
"the two numbers", "that many days"), lists of texts and questions, out-of-scope actions and
currencies, and the rewriting of a request's text so its specialist reads it. Each rule is a
function or pattern with a comment saying when it applies; ``LearnedPlanner`` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from hive.errors import PlanError
from orchestrator.plan import MAX_INPUT_CHARS, TaskNode
from orchestrator.planner import operands, router
from orchestrator.planner.router import Route
from orchestrator.planner.spans import QUOTED, Segment, Span, reference_phrase

if TYPE_CHECKING:
    from specialists.units.catalog import UnitInfo

# Where an implicit operand goes: "multiply by 3" -> "multiply {t1} by 3", "add 5" -> "add 5 to".
_VERB_BY = re.compile(r"^(\W*(?:multiply|divide)\w*)\b", re.I)
_VERB_TO = {"add": " to ", "subtract": " from ", "take away": " from "}
_VERB_INTO = re.compile(r"^(\W*(?:convert|express|turn|change)\w*)\b", re.I)


# "that second date", "this new total": the whole phrase names the earlier result.
_ORDINAL_NOUN = re.compile(
    r"(?:\s+(?:first|second|third|fourth|last|new|final|resulting|earlier|later|previous))?"
    r"(?:\s+[a-z]+)?\s+(?:date|day|result|number|value|answer|amount|total|figure|sum|line"
    r"|sentence|passage|text|paragraph|quote|bit|part)\b",
    re.IGNORECASE,
)


def whole_reference(text: str, phrase: tuple[int, int]) -> tuple[int, int]:
    """A reference phrase ("that") with the words that finish it ("that second date"); "that
    number of" before a unit, so the unit stays after the cited count ("{t1} days")."""
    more = _ORDINAL_NOUN.match(text, phrase[1])
    end = more.end() if more else phrase[1]
    counted = _COUNT_OF.match(text, end)
    if counted and re.fullmatch(
        r"th(?:at|is|e\s+same)\s+(?:number|amount|count)", text[phrase[0] : end], re.I
    ):
        end = counted.end()
    return phrase[0], end


_COUNT_OF = re.compile(r"\s+of(?=\s+[a-z])", re.IGNORECASE)
# "convert that number of days to hours": a count converted, with no date to work on.
_CONVERT_COUNT = re.compile(
    r"^\W*(?:(?:and|then|also|now)\s+)*(?:convert|express|turn|change)\b", re.IGNORECASE
)


def converts_count(part: str, name: str | None) -> bool:
    """A request routed to the calendar that converts a count of days (or weeks) it cites,
    no date of its own in it: a conversion, the units specialist's."""
    return (
        name == "dates"
        and _CONVERT_COUNT.match(part) is not None
        and operands.count_dates(part) == 0
        and _TARGET_UNIT.search(part) is not None
        and _CALENDAR_ANSWER.search(part) is None  # "convert that to a weekday"
    )


_CALENDAR_ANSWER = re.compile(r"\b(?:weekday|day\s+of\s+(?:the\s+)?week|date|iso)\b", re.I)


# "take 240", "start with 12 km": the quantity the next steps work on, and nothing else.
_START_FROM = re.compile(
    r"\W*(?:(?:ok|okay|so|now)[\s,]+)?(?:start(?:ing)?\s+(?:with|from|at)|begin(?:ning)?\s+with"
    r"|take|taking)\s+[$£€]?\d[\d,.]*\s*[a-zA-Z°µ²³/]*\W*",
    re.IGNORECASE,
)


def has_work(text: str, span: Span) -> bool:
    """A span that cannot be filler: it quotes a text, holds a whole sum ("so 1,000 minus 250
    is what"), names a date or converts a quantity ("temperature stuff: 0 K in °C"), whatever
    the scorer makes of the words around them; a quantity to start from ("take 240, ...") too."""
    part = text[span.start : span.end]
    return (
        QUOTED.search(part) is not None
        or operands.needs_operand("math", part) is False
        or operands.count_dates(part) > 0
        or (bool(_QUANTITY.search(part)) and bool(_TARGET_UNIT.search(part)))  # "0 K in °C"
        or _TWO_RESULTS.search(part) is not None  # "the difference between them"
        or _START_FROM.fullmatch(part) is not None  # "take 240, subtract 15%, ..."
        or _told_quantity(part)  # "hey so um my recipe says 350 fahrenheit"
    )


def _unit_of(quantity: str) -> UnitInfo | None:
    """The catalogue's unit a quantity is written in ("350 fahrenheit"), or None ("3
    questions")."""
    from specialists.units.catalog import lookup

    return lookup(re.sub(r"^[\d.,\s]+", "", quantity))


def _told_quantity(part: str) -> bool:
    """Whether ``part`` states one quantity in a unit the units specialist knows ("350
    fahrenheit", not "3 questions")."""
    quantity = given_quantity(part, "units")
    return quantity is not None and _unit_of(quantity) is not None


# The words after a determiner that name a question's topic: "the lease" in "when does the
# lease start", "the lentil soup" in "how long is the lentil soup simmered".
_TOPIC = re.compile(r"\b(?:the|my|our|your)\s+[\w'-]+(?:\s+[\w'-]+){0,3}", re.IGNORECASE)
_NOT_TOPIC = frozenset(
    "is are was were be been do does did will would can could should may must start starts end "
    "ends begin begins cost costs take takes last lasts for in on at to of from with by and or "
    "if when where how what who".split()
)


def topic(question: str) -> str | None:
    """The topic of a question about the user's documents (a determiner and its noun), if any."""
    found = _TOPIC.search(question)
    if found is None:
        return None
    words = found.group(0).split()
    kept = words[:1]
    for word in words[1:]:
        if word.lower() in _NOT_TOPIC or word.lower().endswith("ed"):
            break
        kept.append(word)
    return " ".join(kept) if len(kept) > 1 else None


# A unit defined in brackets for the reader ("(1 GB = 1000 MB)", "(use 1 TB = 1000 GB)"): how to
# convert, not a request. The converter's units already mean it (pint's GB is 1000 MB).
# A text pasted first, then what to do with it after a dash or an arrow on the same line: "Saya
# akan tiba besok pagi - which language? also the sentiment". Quoted, every request after it
# reads the same text. Not a list ("1) ... —"), not a story with numbers, not a lead-in.
_TEXT_THEN_ASKED = re.compile(
    r"^[ \t]*(?P<text>[^'\"“«?\n\d]{6,200}?[^\s'\"“«?\d])[ \t]*"
    r"(?P<sep>[ \t]-{1,2}[ \t]|[ \t]*<-+[ \t]*|[ \t][—–][ \t])"
    r"(?P<asked>[^\n]*\b(?:language|languages|sentiment|sentimant|mood|tone|positive|negative"
    r"|entities|danish|dutch|german|french|spanish|italian|polish|hungarian|hungarain|swedish"
    r"|norwegian|finnish|portuguese|greek|turkish|russian)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ASKS_WORD = re.compile(
    r"\b(?:what|which|how|who|when|where|why|convert|calculate|is\s+it|tell\s+me|give\s+me)\b",
    re.IGNORECASE,
)


def text_quoted(text: str) -> str:
    """``text`` with a leading unquoted text quoted when what follows its dash asks what to do
    with a text (its language, sentiment, names); unchanged otherwise."""
    found = _TEXT_THEN_ASKED.match(text)
    if found is None or _ASKS_WORD.search(found["text"]) or len(found["text"].split()) < 3:
        return text
    if LEAD_IN.match(found["text"] + " - x"):  # "quick one - what language is 'X'"
        return text
    return f"'{found['text']}'{found['sep']}{found['asked']}"


# "2 TiB = ? GB": a conversion asked with an equals sign and a question mark.
EQUALS_ASKED = re.compile(
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?\s*[A-Za-zµ°][\w°µ²³/]*)\s*=\s*\?+\s*([A-Za-zµ°][\w°µ²³/]*)"
)
UNIT_DEFINITION = re.compile(
    r"\s*\((?:use\s+|assume\s+|i\.?e\.?,?\s+)?1\s*[A-Za-z]+\s*=\s*[\d,.]+\s*[A-Za-z]+\)",
    re.IGNORECASE,
)

# A speaker correcting part of a request by saying that part again: "convert 250 g to cups...
# no, to ounces", "the language of 'A' no wait, of 'B'". What was taken back goes, the rest of
# the request stays. (A whole request taken back is ``CORRECTION``'s.)
PARTIAL_CORRECTION = re.compile(
    r"\b(?P<prep>to|into|in|of|for|from|by)\s+(?:'[^']*'|\"[^\"]*\"|[^,;.!?'\"\n]){1,60}?"
    r"\s*(?:\.{2,}|…|,|-+|!)?\s*(?:no(?:pe)?|sorry|wait|actually|i mean|or rather)\b"
    r"[\s,.!:-]*(?:(?:no|wait)\b[\s,.!:-]*)?(?:(?:make (?:that|it)|rather|just|instead)\s+)?"
    r"(?P=prep)\s+",
    re.IGNORECASE,
)

# The same for an operation said again with another number: "2,500 divided by 8, i mean divided
# by 6" is "2,500 divided by 6".
OPERAND_CORRECTION = re.compile(
    r"\b(?P<op>divided\s+by|multiplied\s+by|times|plus|minus|over)\s+\d[\d,]*(?:\.\d+)?"
    r"\s*(?:\.{2,}|…|,|-+|!)?\s*(?:no(?:pe)?|sorry|wait|actually|i mean|or rather)\b"
    r"[\s,.!:-]*(?:(?:make (?:that|it)|rather|just)\s+)?(?P=op)\s+",
    re.IGNORECASE,
)

# A reference the user gives the value of: "if it's 35", "if that is 19 pounds", "say it's
# 12.50". The number is the operand; the earlier result is not cited.
STATED_VALUE = re.compile(r"\s*(?:'s|’s|\s+is|\s+was|\s+were|\s*=)\s*[$£€]?\s*\d", re.IGNORECASE)


# "..., then add 11 times 3": after "then", a sum or difference step whose object is one term
# (a product, a share) works on the result before it, though it has numbers of its own. "then
# add 5 and 7" names both its operands.
_THEN = re.compile(r"\bthen[\s,]*$", re.IGNORECASE)
_STEP_ON_TERM = re.compile(
    r"\W*(?:add|plus|subtract|minus|take away|deduct)\s+(?!.*\b(?:and|to|from)\b)"
    r"(?=.*\b(?:times|multiplied by|divided by|of|x)\b)",
    re.IGNORECASE,
)


def then_step(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, said after "then", adds or takes away a term from the
    result before it."""
    return bool(_THEN.search(text, 0, start) and _STEP_ON_TERM.match(text, start, end))


# A story of one date and a span of time, then the question of the date it comes to: "My flight
# leaves 19 August 2027 and I'm back 40 days later. Which date is that", "I borrowed a book on 3
# Jan 2027, it's lent for 3 weeks, when is it due?". The dates specialist reads it whole.
_SPAN_OF_TIME = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety|hundred)\s+(?:days?|nights?|weeks?|fortnights?"
    r"|months?|years?)\b",
    re.IGNORECASE,
)


def spans_time(text: str) -> bool:
    """Whether ``text`` names a span of calendar time ("5 weeks", "a fortnight")."""
    return _SPAN_OF_TIME.search(text) is not None


_ASKS_THE_DATE = re.compile(
    r"\W*(?:(?:and|so|ok|then)\s+)?(?:(?:which|what)\s+(?:date|day)\b(?!\s+of\s+the\s+week)"
    r"|when\b|(?:the\s+)?[a-z-]+\s+date\W*$"  # "checkout date?"
    # "so it ends on what date", "it runs out which day"
    r"|(?:it|that|this|they|she|he|we)\s+(?:ends?|finish(?:es)?|expires?|runs?\s+out|is\s+due"
    r"|is\s+over|comes?\s+due)\s+(?:on\s+)?(?:what|which)\s+(?:date|day)\b)",
    re.IGNORECASE,
)


_ASKS_ANYTHING = re.compile(
    r"\?|\b(?:what|which|when|how|who|where|why|convert|calculate|add|subtract)\b|^\W*\d\)",
    re.IGNORECASE | re.MULTILINE,
)


def date_story(told: str, asked: str) -> bool:
    """Whether ``told`` states one date and one span of time and ``asked`` asks the date they
    come to, with no date of its own."""
    return (
        operands.count_dates(told) == 1
        and len(_SPAN_OF_TIME.findall(told)) == 1
        and _ASKS_ANYTHING.search(told) is None  # a statement, not "what day is X and ..."
        and _ASKS_THE_DATE.match(asked) is not None
        and not operands.count_dates(asked)
        and QUOTED.search(told + asked) is None
    )


# A count of days asked beside the two dates it runs between, told as statements around it: "how
# many days til the wedding? its on 18 September 2027 and today is 9 March 2027", "Flying out 2
# May 2027, back 23 May 2027. how many nights is that". The dates specialist reads it whole.
_COUNT_ASKED = re.compile(
    r"\bhow\s+(?:many\s+(?:days|nights|weeks|months|years)|long)\b"
    r"|\b(?:days|nights|weeks)\s+(?:til|till|until|to go|left)\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(r"(?:today|tomorrow|yesterday|tonight)$", re.IGNORECASE)


# A statement beside the question must not itself ask for a date: "3 weeks from 2029-01-15",
# "days between A and B".
_TOLD_REQUEST = re.compile(
    rf"{_ASKS_ANYTHING.pattern}|{operands.OFFSET.pattern}|\bbetween\b", re.IGNORECASE | re.MULTILINE
)


def _written_dates(text: str) -> int:
    """Dates written out in ``text``: "today is 9 March 2027" tells one date, not two."""
    return sum(not _RELATIVE_DAY.match(found) for found in operands.DATES.findall(text))


def date_count_story(asked: str, told: list[str]) -> bool:
    """Whether ``asked`` asks how many days (weeks, ...) and, with the statements ``told`` beside
    it, each stating a date, names exactly two dates."""
    return (
        _COUNT_ASKED.search(asked) is not None
        # "6 months before X" is a date, "how many weeks is 90 days" a conversion
        and operands.OFFSET.search(asked) is None
        and _SPAN_OF_TIME.search(asked) is None
        and all(_written_dates(t) and not _TOLD_REQUEST.search(t) for t in told)
        and _written_dates(asked) + sum(_written_dates(t) for t in told) == 2
        and QUOTED.search(" ".join([asked, *told])) is None
    )


# "what day is that", "is this a Friday", "what weekday is it": the weekday of a date told before.
_PRONOUN = re.compile(r"\b(?:that|this|it)\b", re.IGNORECASE)


def weekday_of_told_date(told: str, asked: str) -> bool:
    """Whether ``told`` states one date ("the wedding's on 19 June 2027 in the barn") and
    ``asked`` asks its weekday by a pronoun, with no date of its own."""
    return (
        operands.WEEKDAY_QUESTION.search(asked) is not None
        and _PRONOUN.search(asked) is not None
        and not operands.count_dates(asked)
        and _ACTION.match(told) is None  # "set a reminder for 2026-05-05": a request
        and given_quantity(told, "dates") is not None
    )


# Two lengths by each other ("3.2 m by 4.5 m", "12.5 metres x 8 metres") and then the area asked:
# one product for the calculator, whose answer a later step may convert (in square units).
_DIMENSIONS = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s*(?:[a-z]+\s+)?(?:by|x|×)\s*\d[\d,]*(?:\.\d+)?", re.IGNORECASE
)
_AREA_ASKED = re.compile(r"\b(?:area|square (?:footage|metres|meters|feet))\b", re.IGNORECASE)
_AREA_IN_UNIT = re.compile(
    r"\barea\s+(?:in|as)\s+(?:square\s|sq\b|[a-z]+²|[a-z]+\^?2\b)", re.IGNORECASE
)  # "area in m²", "area in square feet": the area asked in a unit, no step on it


def area_story(told: str, asked: str) -> bool:
    """Whether ``told`` states two lengths by each other, and nothing else of number, and
    ``asked`` asks the area with no number of its own."""
    return (
        _DIMENSIONS.search(told) is not None
        and operands.count_numbers(told) == 2
        and _ASKS_ANYTHING.search(told) is None
        and _AREA_ASKED.search(told) is None  # "12.5 m by 8 m - compute the area": asked already
        and _AREA_ASKED.search(asked) is not None
        # "convert that area to square feet": a step on it; but "area in m²" asks the area
        and (_TARGET_UNIT.search(asked) is None or _AREA_IN_UNIT.search(asked) is not None)
        and not operands.count_numbers(asked)
    )


def converts_told_quantity(told: str, asked: str) -> bool:
    """Whether ``told`` states one quantity ("my tyres say 2.5 bar on the side") and ``asked``
    asks it in another unit by a pronoun ("what's that in psi"), with no number of its own."""
    return (
        _PRONOUN.search(asked) is not None
        and _TARGET_UNIT.search(asked) is not None
        and not operands.count_numbers(asked)
        and _ACTION.match(told) is None
        and given_quantity(told, "units") is not None
    )


# What the user tells about themselves before asking: "I'm planning a trip", "my oven only does
# celsius", "I left the car in the wrong street last week". No request, so nothing to refuse.
_FIRST_PERSON = re.compile(
    r"\W*(?:(?:so|ok|okay|well|hey|hi|right|um+|and|but)[\s,]+)*"
    r"(?:i|i'm|i’m|im|i am|i've|i have|i had|i was|i got|i left|we|we're|we are|we've|my|our)\b",
    re.IGNORECASE,
)
_REQUEST_WORDS = re.compile(
    r"\?|\b(?:what|which|when|how|who|where|why|can|could|would|will|please|pls|tell|give|show"
    r"|find|need|want|wish|like|wonder|help|let me know|remind)\b",
    re.IGNORECASE,
)


def first_person_statement(part: str) -> bool:
    """Whether ``part`` is the user telling something of themselves, asking nothing."""
    return bool(_FIRST_PERSON.match(part)) and _REQUEST_WORDS.search(part) is None


# A value said again in its corrected form: "convert 60 mph to km/h - sorry, 70 mph", "14% of 300
# i mean 14% of 3,000", "between 1 may and 1 june 2027 sorry i meant 1 july 2027", "100 km to
# miles, nah actually make it 120 km". The marker and the new value, up to the next break:
_VALUE_CORRECTION = re.compile(
    r"\s*(?:\.{2,}|…|,|-+|–|—)?\s*(?P<marker>(?:\b(?:no|nope|nah|oh|ah|sorry|wait|actually|oops"
    r"|i mean|i meant|or rather|correction|scratch that)\b[\s,.:!-]*)+)"
    r"(?:(?:make (?:that|it)|rather|just|it'?s|it should be)\s+)?"
    r"(?P<value>\d(?:[^,;!?\n]|,(?=\d{3}))*?)\s*"
    r"(?=\s*(?:,(?!\d{3})|[;!?\n]|\.(?:\s|$)|—|–|-\s|\band\b(?!\s+\d)|\bthen\b|$))",
    re.IGNORECASE,
)
_SHAPE_NUMBER = r"\d[\d,]*(?:\.\d+)?"


def _shape(value: str) -> str:
    """A pattern for text of the same shape as ``value``: its words as written (a month name for
    any month), any number for each of its numbers."""
    parts = []
    for token in re.findall(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+|\S", value):
        if token[0].isdigit():
            parts.append(_SHAPE_NUMBER)
        elif operands.MONTH_NAME.fullmatch(token):
            parts.append(operands.MONTH_NAME.pattern)
        else:
            parts.append(re.escape(token))
    return r"(?<![\w.])" + r"\s*".join(parts) + r"(?![\w])"


def _same_kind(value: str, before: str) -> list[re.Match[str]]:
    """Quantities in ``before`` of the kind ``value`` measures: "5 gallons to litres, no,
    make that 5 quarts" corrects the volume, whatever its unit."""

    def kind(quantity: str) -> str | None:
        unit = _unit_of(quantity)
        return unit.category if unit is not None else None

    wanted = kind(value) if _QUANTITY.fullmatch(value) else None
    if wanted is None:
        return []
    return [found for found in _QUANTITY.finditer(before) if kind(found.group(0)) == wanted]


def value_corrected(text: str) -> str:
    """``text`` with each value the speaker corrected replaced by its correction, and the
    correction's own words dropped; text with no such correction comes back unchanged."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for found in reversed(list(_VALUE_CORRECTION.finditer(text))):
        if any(a < found.end() and found.start() < b for a, b in quoted):
            continue  # "sentiment of 'no, 3 stars at most'": the user's text, as written
        value = found.group("value").strip()
        before = text[: found.start()]
        same = list(re.finditer(_shape(value), before, re.IGNORECASE)) or _same_kind(value, before)
        if not same:
            continue
        old, rest = same[-1], text[found.end() :]
        space = " " if rest[:1] not in ("", " ", ",", ";", ".", "!", "?", "\n") else ""
        text = before[: old.start()] + value + before[old.end() :] + space + rest
    return text


# A quoted text taken back for another: "what language is 'X'... no wait, I meant 'Y'".
QUOTE_CORRECTION = re.compile(
    r"(?:'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”)\s*(?:\.{2,}|…|,|-+|–|—|!)?\s*"
    r"(?:(?:no(?:pe)?|sorry|wait|actually|oops|i mean|i meant|or rather|make that|scratch that)"
    r"\b[\s,.!:-]*)+(?=['\"“])"
    # "'X' — oh wait, I pasted the wrong one, it's 'Y'": a few words around the marker
    r"|(?:'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”)\s*(?:\.{2,}|…|,|-+|–|—|!)?\s*(?:oh\s+|ah\s+)?"
    r"(?:no(?:pe)?|sorry|wait|oops|actually)\b(?:[^'\"“\n]|(?<=\w)'(?=\w)){0,60}?\bwrong\b"
    r"(?:[^'\"“\n]|(?<=\w)'(?=\w)){0,30}?(?<!\w)(?=['\"“])",  # "it's": an apostrophe
    re.IGNORECASE,
)

# A speaker taking back what they just asked: "... sorry, just", "no, rather", "I mean".
CORRECTION = re.compile(
    r"(?:(?:(?:sorry|actually|i mean|i meant|scratch that|wait|correction|or rather|make that"
    r"|oops|nah|i\.?e\.?|that is|in other words)\b[\s,:;.!-]*"
    r"|no(?:pe)?(?:\s*[,.;:!-]+\s*|\s+(?=wait|sorry|i mean|i meant|scratch)|$)))+"
    r"(?:(?:just|rather|instead)\b[\s,]*)?",
    re.IGNORECASE,
)
JUST = re.compile(r"(?:just|rather|instead)\b[\s,]*", re.IGNORECASE)
# A request taken back by words said after it: "sentiment of 'meh' — scratch that, ...",
# "what is 5 times 3 - forget that - ...". The words alone, or ending the request's own span.
_TAKE_BACK = r"skip|drop|ignore|forget|never\s*mind|cancel"  # the verbs of both below
TAKEN_BACK = re.compile(
    rf"(?<![\w'])(?:(?:no|wait)[\s,]+)*(?:{_TAKE_BACK}|scratch|disregard)"
    r"(?:\s+(?:that|it|this|the\s+last\s+one))?\W*$",
    re.IGNORECASE,
)
# A correction that only takes back: "skip the mpg one", "never mind that", "forget it".
CANCEL = re.compile(
    rf"\W*(?:{_TAKE_BACK}|scrap)\b(?:\s+(?:that|it|this|the\b.*))?\W*$", re.IGNORECASE
)


def cut_at(marker: re.Match[str] | None, span: Span) -> int:
    """Where a correction's own words start in ``span``: after its marker, if it has one."""
    return marker.end() if marker is not None else span.start


# An operator word right before a segment, eaten as a connector: "..., plus 1".
OPERATOR_BEFORE = re.compile(r"\b(plus|minus|times)[\s,]*$", re.IGNORECASE)
# An intro that is itself a request ("convert these to miles:"), whatever its list holds.
ASKS_SOMETHING = re.compile(
    r"\W*(?:what|when|where|who|which|why|how|can|could|is|are|does|do|convert|calculate"
    r"|compute|work out|tell me|give me|find|extract|translate|multiply|divide|add|subtract)\b",
    re.IGNORECASE,
)
BARE_QUOTE = re.compile(rf"\W*(?:{QUOTED.pattern})\W*")
# "... and what about 'Non lo so'", "same for 'X'": the last reading asked again, of a new text.
ANOTHER_TEXT = re.compile(
    r"\W*(?:(?:and|ok|okay|now|then)[\s,]+)*(?:(?:what|how)\s+about|same\s+(?:for|with)"
    r"|(?:and\s+|now\s+)?(?:for|do)\s+(?:this\s+one|this))\s*:?\s*"
    rf"(?P<text>{QUOTED.pattern})\W*",
    re.IGNORECASE,
)
# A new line that opens a list item: "\n3. ", "\n2) ", "\n- ", "\n* ", "\nb) ".
NEW_ITEM = re.compile(r"\n\s*(?:\(?\d{1,2}[.)]|[-*•]|\(?[a-hA-H]\))\s+")
# A separator that is also an operator ("3/8 + 5/12", "2026-04-30 plus 1 month") joins.
_OPERATOR_GAP = re.compile(r"^\s*(?:[+/*×÷x-]|plus|minus|times)\s*$", re.IGNORECASE)


# "3 months after that date": "after that" here moves a date, it does not start a request.
_DURATION_END = re.compile(r"\b(?:days?|weeks?|months?|years?|fortnights?)\s*$", re.IGNORECASE)
_AFTER = re.compile(r"\b(?:after|before)\b", re.IGNORECASE)
_AFTER_THAT = re.compile(r"\s*(?:after|before)\s+(?:that|this|it)\b", re.IGNORECASE)


# What can follow an operator inside one expression: a number, a bracket, a function, a word
# for a number ("weekday of B" after "weekday of A +" is a request of its own).
_OPERAND_START = re.compile(
    r"[\d(.{-]|(?:sqrt|square|cube|root|log|ln|sin|cos|tan|abs|pi|half|a|an|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|twenty|hundred)\b",
    re.IGNORECASE,
)


def operand_joined(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Atoms with those an operator separates joined back: the operator is not a cut."""
    joined: list[tuple[int, int]] = []
    for a, b in parts:
        gap = text[joined[-1][1] : a] if joined else ""
        moved = _DURATION_END.search(text, 0, joined[-1][1]) if joined else None
        after = _AFTER_THAT.match(gap) if moved else None
        if after is not None and after.end() < len(gap.rstrip()):  # "10 days after that\n3) ..."
            joined[-1] = (joined[-1][0], joined[-1][1] + after.end())  # ends the request
            joined.append((a, b))
        elif joined and (
            (_OPERATOR_GAP.search(gap) and _OPERAND_START.match(text, a))
            or (moved and _AFTER.search(gap))
            or (
                _LIST_OPEN.search(text, joined[-1][0], joined[-1][1])
                and _LIST_REST.match(text, joined[-1][1])
            )
        ):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


# A request for something to be made or done in the world: every specialist here reads,
# computes or looks up; none writes, books, buys or sends. The router places such a request by
# its nouns ("draft an email to my landlord" near the lease in docs, "write a reply to 'X'" near
# sentiment); the verb that opens it says it is out of scope, whatever its nouns. ("Remind me
# what the handbook says" asks a question.)
_ACTION = re.compile(
    r"(?:(?:please|pls|plz|kindly|can you|can u|could you|could u|would you|will you|then|and"
    r"|also|now|just|hey|ok|okay|so"
    r"|i want you to|i'd like you to|help me)\s+)*"
    r"(write|draft|compose|summari[sz]e|translate|book|reserve|order|buy|purchase|negotiate"
    r"|recommend|suggest|create|generate|email|send|schedule|post|tweet|sing|paint|draw"
    r"|remind(?!\s+(?:me|us)\s+(?:what|when|where|who|whom|how|which|why|of)\b)"
    r"|design|reply|respond|plan|invent|rewrite|paraphrase|hack|steal|spy\s+on|stalk"
    r"|break\s+into|set\s+(?:a|an|up|me|us)\s+(?:\w+\s+)?(?:reminder|alarm|timer|meeting"
    r"|appointment|calendar)|sign\s+(?:me|us)\s+up|register\s+(?:me|us)|enrol+\s+(?:me|us)"
    r"|cancel\s+(?:my|our)\s+(?:\w+\s+)?(?:booking|reservation|order|appointment|subscription"
    r"|membership|session|flight|table)|(?:call|ring|phone)(?!\s+(?:that|it|this)\b|\s*['\"“])"
    r"|tell\s+(?:the|my|our|him|her|them)\s+(?!(?:\w+\s+)?(?:what|how|when|where|who|which|if)\b))\b",
    re.IGNORECASE,
)
# "write 0.75 as a percentage", "express 3 km in miles": a number to work on is not an action.
_WORKS_ON_NUMBER = frozenset({"math", "units"})


# Asking for something made up or looked up in the world: "give me a workout plan", "tell me a
# fun fact about 43", "find me a refund policy template" (but "find me the sentence ..." asks
# the documents, and "give me the weekday of ..." a specialist).
_MAKE_ME = re.compile(
    r"(?:(?:please|pls|plz|can you|could you|then|and|also|now|just)\s+)*"
    r"(give|tell|find|get|show)\s+me\s+(?:an?|some|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plan|list|recipe|names?|jokes?|poem|story|summary|reply|ideas?|tips|suggestions?"
    r"|facts?|template|quote|playlist|itinerary|workout|hotel|flight|restaurant|deal)\b",
    re.IGNORECASE,
)


# Words that ask arithmetic of number words: "five plus three", "seventeen squared".
_ARITHMETIC_ASKED = re.compile(
    r"[%+*/×÷=^-]|\b(?:plus|minus|times|multipl\w*|divid\w*|over|half|halve[sd]?|double[sd]?"
    r"|triple[sd]?|twice|thrice|percent\w*|sum|total|average|mean|squared?|cubed?|root|power"
    r"|how\s+(?:many|much|old|far|long)|difference|product|less|add\w*|subtract\w*|take\s+away"
    r"|split|share|each|per|left|remain\w*|round\w*|dozens?|score|gross|pairs?"
    r"|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?"
    r"|of\s+(?:that|it|this|them|those|the\s+(?:result|answer|total))|results?|answers?"
    r"|numbers?|values?|from\s+the\s+(?:first|second|third|last|other))\b",
    re.IGNORECASE,
)


def has_arithmetic(part: str) -> bool:
    """Whether a request routed to arithmetic has any: a digit, or a word that asks a sum of
    number words. "Explain photosynthesis like I'm five" has a number word and nothing else."""
    return any(ch.isdigit() for ch in part) or _ARITHMETIC_ASKED.search(part) is not None


def action(part: str, name: str | None) -> str | None:
    """The verb of a request to make or do something no specialist does, or None."""
    made = _MAKE_ME.match(part)
    if made is not None:  # "give me a workout plan to lose 10 kg": numbers or not
        return made.group(1)
    found = _ACTION.match(part)
    if found is None or (name in _WORKS_ON_NUMBER and any(ch.isdigit() for ch in part)):
        return None
    return found.group(1)


def conversion(part: str, name: str | None) -> bool:
    """A request routed to arithmetic that names no operation but converts a quantity."""
    return (
        name == "math"
        and operands.needs_operand("math", part) is None
        and bool(_QUANTITY.search(part))
        and bool(_TARGET_UNIT.search(part))
        and not (
            _DIMENSIONS.search(part) and _AREA_IN_UNIT.search(part)
        )  # "4 m by 3 m, area in m²"
    )


# A date moved by calendar units, however it is phrased: "add 2 months to 2026-10-01",
# "6 months to the result", "5 weeks after that". Arithmetic words, but a date question.
_CALENDAR_STEP = re.compile(
    r"\b(?:add|plus|minus|subtract|take away)\s+(?:\d+|an?|one|two|three|\w+ more)\s+"
    r"(?:more\s+)?(?:days?|weeks?|months?|years?|fortnights?)\b"
    r"|\b\d+\s+(?:more\s+)?(?:days?|weeks?|months?|years?|fortnights?)\s+"
    r"(?:(?:back|forward|earlier|later)\s+)?(?:to|after|before|from)\b",
    re.IGNORECASE,
)


def calendar_step(
    part: str, name: str | None, nodes: list[TaskNode], given: str | None = None
) -> bool:
    """A request routed to arithmetic or conversion that moves a date: it names one, or the
    last task returns one, or the query started from one ("Take 2026-10-01. Add 2 months.")."""
    if name not in ("math", "units") or not _CALENDAR_STEP.search(part):
        return False
    last = operands.returns(nodes[-1].specialist, nodes[-1].input) if nodes else None
    started = given is not None and operands.DATES.fullmatch(given) is not None
    # "what weekday is 2027/02/14 and add 30 days to it": the date the weekday was asked of
    asked_of = bool(nodes) and nodes[-1].specialist == "dates" and last == operands.WEEKDAY
    # "when is the next release? add 2 weeks to it": the date the documents are asked for
    quoted = bool(nodes) and nodes[-1].specialist == "docs" and bool(_WHEN.match(nodes[-1].input))
    return operands.count_dates(part) > 0 or last == operands.DATE or started or asked_of or quoted


_WHEN = re.compile(
    r"\W*(?:when\b|what\s+(?:date|day)\b|which\s+(?:date|day)\b|(?:the\s+)?date\s+of\b)",
    re.IGNORECASE,
)


# An arithmetic step spelled out in brackets after a question: "how many 330 ml cans is that
# (divide by 0.33)", "how far at that speed in 2.5 hours (multiply)". The bracket says the step.
_BRACKETED_STEP = re.compile(
    r"\((?:i\.?e\.?,?\s*)?(?P<step>[^()]*?\b(?:divide|multiply|times|plus|minus|add|subtract)\b"
    r"[^()]*)\)",
    re.IGNORECASE,
)
_OBJECT_AFTER_VERB = re.compile(
    r"^(divide|multiply)\s+(?:the|that|it|this)(?:\s+[a-z]+)?\s+(?=by\b)", re.IGNORECASE
)


def spelled_out_step(part: str) -> str | None:
    """The arithmetic a bracket spells out for a request, as a step on the last result (its
    operand from the request when the bracket gives none), or None."""
    found = _BRACKETED_STEP.search(part)
    if found is None:
        return None
    step = _OBJECT_AFTER_VERB.sub(r"\1 ", found.group("step").strip())
    if operands.count_numbers(step) == 0:
        outside = part[: found.start()] + part[found.end() :]
        numbers = operands.numbers(outside)
        if len(numbers) != 1:
            return None
        joiner = " by " if re.match(r"(?:multiply|divide)", step, re.IGNORECASE) else " "
        step = f"{step}{joiner}{numbers[0]}"
    return step


# Money between currencies: "100 US dollars to euros", "1 GBP in EUR", "142 euros ... in
# pounds". Pounds alone are a mass; with a currency on the other side they are sterling.
_MONEY = (
    r"(?:\b(?:(?:us|canadian|australian)\s+)?(?:dollars?|euros?|yen|yuan|rupees?|francs?|pesos?"
    r"|usd|eur|gbp|jpy|chf|cad|aud|cny|inr|sterling)\b|[$€£¥])"
)
# The currency converted to is named, not an amount: "from $52,000 to $56,680" is a change.
CURRENCY = re.compile(
    rf"{_MONEY}.*\b(?:to|in|into)\s+(?:{_MONEY}|\b(?:pounds?|quid)\b)(?!\s*\d)"
    rf"|\b(?:pounds?|quid)\b.*\b(?:to|in|into)\s+{_MONEY}(?!\s*\d)|\bexchange rate\b",
    re.IGNORECASE,
)

# The time of day now, somewhere, or a time zone: "what's the time in Sydney", "what time is it
# in Tokyo". The dates specialist counts calendar days; no specialist keeps a clock.
CLOCK_TIME = re.compile(
    r"\bwhat(?:'s|s|\s+is)\s+the\s+(?:current\s+|local\s+)?time\b(?!\s+(?:between|until|till"
    r"|left|since))|\bwhat\s+time\s+is\s+it\b|\bcurrent\s+time\b|\btime\s*zones?\b",
    re.IGNORECASE,
)

# The time now, here or elsewhere: never in the user's documents, whatever they say of times.
CLOCK_NOW = re.compile(
    r"\bwhat\s+time\s+is\s+it\b|\b(?:current|local)\s+time\b|\btime\s*zones?\b", re.IGNORECASE
)

# "what is that in US dollars", "convert it to euros": an earlier result's money converted,
# whichever specialist gave it.
MONEY_OF_RESULT = re.compile(
    rf"\b(?:that|it|this|those|the\s+(?:result|answer|total|amount))\s+(?:\w+\s+)?"
    rf"(?:to|in|into)\s+{_MONEY}\s*[?.!]*$",
    re.IGNORECASE,
)


# Shorthand typed for the words every specialist's requests are read by: "howmany days btwn
# may 10 and sept 15". The speller fixes misspellings near a known word; these are too far.
_SHORTHAND = {
    "btwn": "between", "betwn": "between", "howmany": "how many", "howmuch": "how much",
    "wkday": "weekday", "wkdy": "weekday", "wks": "weeks",
    "mths": "months", "yrs": "years", "b4": "before",
    "wat": "what", "wot": "what", "wen": "when", "thx": "thanks", "hw": "how", "n": "and",
}  # fmt: skip
# "wat" and "wen" are Dutch and German words too: written out only before an English question's
# next word, so a text handed over unquoted ("wat een mooie dag - which language?") stays.
_ONLY_BEFORE = {
    "wat": r"(?=\s+(?:day|date|weekday|time|language|is\s+(?:the|\d)|are|does|do)\b)",
    "wot": r"(?=\s)",
    "wen": r"(?=\s+(?:does|do|did|is|was|will|can|are|should)\b)",
    "hw": r"(?=\s+(?:many|much|long|far|old|often|do|does|is)\b)",
    # "13.1 mi n wat day is ...": "and" only between two requests, never a lone letter
    "n": r"(?<=\S\sn)(?=\s+(?:wat|what|whats|wen|when|how|hw|which|convert)\b)",
}
SHORTHAND = re.compile(
    rf"\b(?:{'|'.join(key + _ONLY_BEFORE.get(key, '') for key in _SHORTHAND)})\b", re.IGNORECASE
)


# What the text tasks are asked in other languages, outside quotes: "c'est positif ou
# négatif ?", "welche Sprache ist das", "Welche Namen und Orte stehen in diesem Satz?". The
# banks and the route head know English requests, and the speller would "correct" these words;
# the request is put in English and the quoted text left as it is.
_FOREIGN_REQUESTS: tuple[tuple[str, str], ...] = (
    # both readings at once, before either alone: "Sprache und Stimmung", "que língua é e
    # qual é o sentimento"
    (r"sprache\s+und\s+stimmung", "language and sentiment"),
    (r"(?:que|qual)\s+l[íi]ngua\s+[ée]\s+e\s+qual\s+[ée]\s+o\s+sentimento",
     "which language is it and what is the sentiment"),
    # sentiment: "positive or negative" in French, German, Spanish, Italian, Portuguese, Dutch
    (r"(?:(?:c'est|est-ce|est-il|est-elle)\s+)?positif\s+ou\s+n[ée]gatif",
     "is it positive or negative"),
    (r"(?:(?:ist\s+(?:das|es|der\s+satz)|klingt\s+(?:das|es))\s+)?positiv\s+oder\s+negativ",
     "is it positive or negative"),
    (r"(?:(?:es|está)\s+)?positivo\s+o\s+negativo", "is it positive or negative"),
    (r"(?:(?:é|e)\s+)?positivo\s+ou\s+negativo", "is it positive or negative"),
    (r"(?:(?:is\s+(?:het|dit|dat))\s+)?positief\s+of\s+negatief", "is it positive or negative"),
    (r"quel(?:le)?\s+(?:est\s+(?:le|la)\s+)?(?:sentiment|ton(?:alit[ée])?)",
     "what is the sentiment of"),
    (r"welche\s+stimmung", "what is the sentiment of"),
    # language
    (r"(?:c'est\s+)?(?:en\s+)?quelle\s+langue(?:\s+est-ce|\s+c'est)?", "which language is it"),
    (r"(?:in\s+)?welche(?:r)?\s+sprache(?:\s+ist\s+(?:das|es|dieser\s+satz))?",
     "which language is it"),
    (r"(?:en\s+)?qu[ée]\s+idioma(?:\s+es(?:\s+esto)?)?", "which language is it"),
    (r"(?:in\s+)?(?:che|quale)\s+lingua(?:\s+[èe])?", "which language is it"),
    (r"(?:em\s+)?(?:que|qual)\s+(?:é\s+a\s+)?l[íi]ngua", "which language is it"),
    (r"(?:in\s+)?welke\s+taal(?:\s+is\s+(?:dit|dat|het))?", "which language is it"),
    # entities: "which names and places"
    (r"welche\s+(?:namen|personen|orte)(?:\s+und\s+(?:namen|personen|orte|firmen))?"
     r"(?:\s+(?:stehen|kommen|gibt\s+es)(?:\s+in\s+(?:diesem|dem)\s+satz)?(?:\s+vor)?)?",
     "which names and places are in"),
    (r"quel(?:le)?s\s+(?:noms|lieux|personnes)(?:\s+et\s+(?:noms|lieux|personnes))?"
     r"(?:\s+(?:y\s+a-t-il|sont|apparaissent)(?:\s+dans\s+(?:cette|la)\s+phrase)?)?",
     "which names and places are in"),
    (r"qu[ée]\s+(?:nombres|lugares|personas)(?:\s+y\s+(?:nombres|lugares|personas))?"
     r"(?:\s+(?:hay|aparecen)(?:\s+en\s+(?:esta|la)\s+frase)?)?", "which names and places are in"),
    (r"(?:qual\s+[ée]\s+o\s+)sentimento|(?:cu[áa]l\s+es\s+el\s+)sentimiento",
     "what is the sentiment of"),
    (r"(?:dansk|svensk|norsk)\s+eller\s+(?:dansk|svensk|norsk)", "which language is it"),
    # dates: the weekday of a date, the days between two
    (r"quel\s+jour\s+de\s+la\s+semaine\s+(?:tombe|est|sera|[ée]tait)(?:\s+le)?",
     "what weekday is"),
    (r"qu[ée]\s+d[íi]a\s+de\s+la\s+semana\s+(?:es|cae|ser[áa]|fue)(?:\s+el)?", "what weekday is"),
    (r"(?:que|qual)\s+dia\s+da\s+semana\s+(?:[ée]|cai|ser[áa]|foi)(?:\s+o)?", "what weekday is"),
    (r"welcher\s+wochentag\s+(?:ist|war|wird)(?:\s+der)?", "what weekday is"),
    (r"che\s+giorno\s+della\s+settimana\s+(?:[èe]|sar[àa]|era)(?:\s+il)?", "what weekday is"),
    (r"cu[áa]ntos\s+d[íi]as\s+(?:hay\s+)?entre(?:\s+el)?", "how many days between"),
    (r"combien\s+de\s+jours\s+(?:y\s+a-t-il\s+)?entre(?:\s+le)?", "how many days between"),
    (r"wie\s+viele\s+tage\s+(?:liegen\s+)?zwischen(?:\s+dem)?", "how many days between"),
    (r"quantos\s+dias\s+(?:h[áa]\s+)?entre(?:\s+o)?", "how many days between"),
    (r"(?<=\d)\s+(?:y|et|und|e)(?:\s+(?:el|le|dem|o))?(?=\s+\d)", " and"),  # "A y el B"
    (r"bitte|por\s+favor|s'il\s+(?:vous|te)\s+pla[îi]t|per\s+favore|alsjeblieft|alstublieft",
     "please"),
    # conversions: the verb, then the unit names (``_FOREIGN_UNITS``)
    (r"convierte|convierta|convertir|convertis|convertissez|converta|converte|converti"
     r"|konvertiere|rechne", "convert"),
)  # fmt: skip
# Unit names in those languages, read after a number in a request put in English ("convert 10
# millas a kilómetros"), with the word joining the two units.
_FOREIGN_UNITS = {
    "millas": "miles", "milles": "miles", "meilen": "miles", "milhas": "miles", "miglia": "miles",
    "kilómetros": "km", "kilometros": "km", "kilomètres": "km", "kilometres": "km",
    "kilometer": "km", "quilômetros": "km", "quilometros": "km", "chilometri": "km",
    "libras": "pounds", "livres": "pounds", "pfund": "pounds", "libbre": "pounds",
    "kilos": "kg", "kilogramos": "kg", "kilogrammes": "kg", "kilogramm": "kg", "quilos": "kg",
    "metros": "m", "mètres": "m", "meter": "m", "metri": "m", "pies": "feet", "pieds": "feet",
    "fuß": "feet", "pés": "feet", "litros": "litres", "galones": "gallons", "gallons": "gallons",
    "grados": "degrees", "degrés": "degrees", "grad": "degrees", "graus": "degrees",
}  # fmt: skip
_UNIT_NAME = rf"(?:{'|'.join(_FOREIGN_UNITS)}|km|kg|mi|lbs?|ft|cm|mm|ml|l|m|g|°[CF])"  # or symbols
_FOREIGN_CONVERSION = re.compile(
    rf"\bconvert\s+(?P<amount>-?\d[\d.,]*)\s*(?P<source>{_UNIT_NAME})"
    rf"\s+(?:a|à|en|em|in|zu|nach|para)\s+(?:(?:los|las|les|die|os|as|gli|le)\s+)?"
    rf"(?P<target>{_UNIT_NAME})(?!\w)",
    re.IGNORECASE,
)
FOREIGN_REQUEST = re.compile(
    "|".join(
        f"(?P<r{k}>\\b{pattern}(?=\\W|$))" for k, (pattern, _) in enumerate(_FOREIGN_REQUESTS)
    ),
    re.IGNORECASE,
)


def _sub_outside_quotes(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str
) -> str:
    """``pattern.sub(replace, text)`` for the matches that start outside a quoted text."""
    quoted = [m.span() for m in QUOTED.finditer(text)]

    def outside(match: re.Match[str]) -> str:
        if any(a <= match.start() < b for a, b in quoted):
            return match.group(0)
        return replace(match)

    return pattern.sub(outside, text)


# A request asked "of each" over a list whose every item is a quoted text alone:
# "sentiment of each review:\n1. 'A'\n2. 'B'". Written inline ("...: 'A', 'B'") it is the list
# of texts the planner reads one task each; as lines, the items had read as requests of nothing.
_LIST_ITEM_QUOTE = re.compile(
    r"[ \t]*(?:\d+[.)]|[-*•])[ \t]*(?P<quote>'[^'\n]+'|\"[^\"\n]+\"|“[^”\n]+”)[ \t]*"
)
_EACH_HEAD = re.compile(r"[^\n]*\b(?:each|every|all|these|them|the\s+following)\b[^\n]*")


def quotes_listed_inline(text: str) -> str:
    """``text`` with a list of quoted texts under an "of each" request written on one line."""
    lines = text.strip().split("\n")
    items = [_LIST_ITEM_QUOTE.fullmatch(line) for line in lines[1:] if line.strip()]
    if len(items) < 2 or not all(items) or not _EACH_HEAD.fullmatch(lines[0]):
        return text
    head = lines[0].rstrip().rstrip(":")
    return f"{head}: " + ", ".join(item["quote"] for item in items if item)


# "It's 2027-10-10 today. What's the date 45 days from now": the user's today, told first.
_FULL_DATE = (
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{operands.MONTH_NAME.pattern}\s+\d{{4}}"
    rf"|{operands.MONTH_NAME.pattern}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)
_TODAY_TOLD = re.compile(
    rf"(?:^|(?<=[.!?;,\n]))\s*(?:(?:so|ok|okay)\s+)?(?:today\s+is|today'?s\s+date\s+is"
    rf"|it'?s|it\s+is)\s+(?:the\s+)?(?P<date>{_FULL_DATE})(?:\s+today)?\s*[.!,;]?\s*"
    rf"|(?:^|(?<=[.!?;,\n]))\s*(?P<date2>{_FULL_DATE})\s+is\s+today\s*[.!,;]?\s*",
    re.IGNORECASE,
)
_FROM_NOW = re.compile(
    r"\bfrom\s+(?:now|today)\b|\bin\s+(?P<span>(?:\d+|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?:days?|weeks?|months?|years?))(?=\s*(?:[?.!,;]|$|and\b|time\b))",
    re.IGNORECASE,
)


# Two quantities told, then "convert both to X": "it went from 14 °F to 41 °F. convert both to
# celsius". Cut apart, "both" had nothing to convert and the told quantities no target.
_BOTH_CONVERTED = re.compile(
    r"(?:(?:so|now|please|pls|and|then)\s+)*(?:convert|change|turn|put)\s+(?:them\s+both"
    r"|both(?:\s+of\s+them)?|them|each(?:\s+of\s+them)?|the\s+two)\s+(?:to|into|in)\s+"
    r"(?P<unit>[^.?!,;\n]+?)(?:\s+(?:for\s+me|please|pls|thanks|thx))?\s*[.?!]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[?!\n]|\.(?!\d)")  # not the point of "14.5 °F"


def both_converted(text: str) -> str:
    """``text`` with "convert both to X" after two told quantities asked of each of them
    ("convert 14 °F and 41 °F to celsius"); other text as it is."""
    found = _BOTH_CONVERTED.search(text)
    if found is None or QUOTED.search(text):
        return text
    before = text[: found.start()].rstrip(" ,;:.-")
    told = _SENTENCE_END.split(before)[-1]
    quantities = _QUANTITY.findall(told)
    if len(quantities) != 2:
        return text
    first, second = (q.strip() for q in quantities)
    asked = f"convert {first} and {second} to {found['unit'].strip()}"
    return text[: len(before) - len(told.lstrip())] + asked


# "percent-wise, how good is 57 out of 76", "57 out of 76, percentage-wise?": the share asked
# as a percentage, said apart from the request it belongs to.
_PERCENT_WISE = re.compile(
    r"^\W*percent(?:age)?[\s-]*wise\s*[,:;-]?\s*(?P<rest>.+?)(?P<end>\s*[?.!]*)$"
    r"|^(?P<head>.+?)\s*[,;-]?\s*percent(?:age)?[\s-]*wise(?P<tail>\s*[?.!]*)$",
    re.IGNORECASE | re.DOTALL,
)


def percent_wise(text: str) -> str:
    """``text`` with "percent-wise" said as "as a percentage" at the end of its request."""
    found = _PERCENT_WISE.match(text)
    if found is None:
        return text
    request = found["rest"] if found["rest"] is not None else found["head"]
    return f"{request} as a percentage{found['end'] or found['tail'] or ''}"


def today_told(text: str) -> str:
    """``text`` with a told today ("It's 2027-10-10 today.") written into the request that
    counts from it: "What's the date 45 days from now" -> "What's the date 45 days after
    2027-10-10"; the statement itself asks nothing and goes."""
    told = _TODAY_TOLD.search(text)
    if told is None:
        return text
    date = told["date"] or told["date2"]
    rest = text[: told.start()] + " " + text[told.end() :]
    if _FROM_NOW.search(rest) is None:
        return text

    def counted(match: re.Match[str]) -> str:
        return f"{match['span']} after {date}" if match["span"] else f"after {date}"

    return " ".join(_FROM_NOW.sub(counted, rest).split())


def in_english(text: str) -> str:
    """``text`` with a text task asked in another language asked in English, outside quoted
    texts ("c'est positif ou négatif ? « ... »" -> "is it positive or negative ? « ... »")."""
    if FOREIGN_REQUEST.search(text) is None:
        return text  # nearly every query
    text = _sub_outside_quotes(
        FOREIGN_REQUEST, lambda m: _FOREIGN_REQUESTS[int(str(m.lastgroup)[1:])][1], text
    )
    text = _sub_outside_quotes(_FOREIGN_CONVERSION, _conversion_in_english, text)
    return _sub_outside_quotes(_FOREIGN_AND, lambda _: "and", text)


# "Y convert ...", "et what weekday is ...": the word joining a request put in English.
_FOREIGN_AND = re.compile(
    r"\b(?:y|et|und|e)(?=\s+(?:convert|what weekday|how many days|which language|what is the"
    r"|language and))",
    re.IGNORECASE,
)


def _conversion_in_english(match: re.Match[str]) -> str:
    """ "convert 10 millas a kilómetros" -> "convert 10 miles to km"."""
    source, target = (_FOREIGN_UNITS.get(match[k].lower(), match[k]) for k in ("source", "target"))
    return f"convert {match['amount']} {source} to {target}"


# Common English words by frequency rank (wordfreq ships the lists): the targets of
# ``english_slips``, and what tells an English query from a text in another language.
_COMMON_RANKS = 30_000
_SLIP_MIN_LETTERS = 6
_ENGLISH_SHARE = 0.6
_PLAIN_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@cache
def _english_ranks() -> dict[str, int]:
    from wordfreq import top_n_list

    return {word: rank for rank, word in enumerate(top_n_list("en", _COMMON_RANKS))}


def english_slips(text: str, keep: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` with a slip in an ordinary English word fixed where the word is no word at all
    ("chikens", "allotmnet"): the key-word speller leaves words no request is made of, and a
    misspelt word pulls the sentence embedding away from the documents it is about. Only a
    lowercase word of six letters or more, unknown to wordfreq's English list, in a query whose
    other words are mostly common English, outside ``keep`` (quoted texts), with one common
    word a slip away (the most frequent, when it is at least ten times as frequent as the
    next), is replaced: names are capitalised, and an unquoted text in another language is not
    mostly English."""
    from specialists.spelling import edits

    words = [w for w in _PLAIN_WORD.finditer(text) if not any(a <= w.start() < b for a, b in keep)]
    ranks = _english_ranks()
    if not words or sum(w.group() in ranks for w in words) < _ENGLISH_SHARE * len(words):
        return text
    fixed, last = [], 0
    for word in words:
        token = word.group()
        if len(token) < _SLIP_MIN_LETTERS or token in ranks:
            continue
        if _known_to_wordfreq(token):
            continue  # a rare word, a name or a common misspelling wordfreq knows
        near = sorted((ranks[c], c) for c in edits(token) if c in ranks)
        if not near or (len(near) > 1 and _rank_ratio(near[0][0], near[1][0]) < 10):
            continue
        fixed.append(text[last : word.start()] + near[0][1])
        last = word.end()
    return "".join(fixed) + text[last:] if fixed else text


@lru_cache(maxsize=8192)
def _known_to_wordfreq(word: str) -> bool:
    """Whether wordfreq has seen ``word`` in English at all (its lookup tokenises each time)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") > 0


def _rank_ratio(better: int, worse: int) -> float:
    """How many times more frequent the word at rank ``better`` is than the one at ``worse``
    (Zipf's law: frequency falls as one over the rank)."""
    return (worse + 1) / (better + 1)


# The labels a sentiment question offers, listed with commas ("is it positive, negative or
# neutral"): one question, though the segmenter cut requests at the comma.
_LABEL_COMMA = re.compile(
    r"\b(positive|negative|neutral)\s*,\s*(?=(?:positive|negative|neutral)\b)", re.IGNORECASE
)


def spelt_out(text: str) -> str:
    """``text`` with the shorthand above written out and listed sentiment labels joined by
    "or", outside quoted texts."""
    if SHORTHAND.search(text) is None and _LABEL_COMMA.search(text) is None:
        return text  # nearly every query: nothing to do
    text = _sub_outside_quotes(SHORTHAND, lambda m: _SHORTHAND[m.group(0).lower()], text)
    return _sub_outside_quotes(_LABEL_COMMA, lambda m: f"{m.group(1)} or ", text)


# "treat the result as feet, give me meters", "if that's kilometres, what is it in miles": a
# bare result given a unit, then converted.
_ASSUMED_UNIT = re.compile(
    r"^\W*(?:(?:and|then|now|so|ok)\s+)*(?:treat|pretend|assume|say|suppose|if)\s+(?:that|it|this"
    r"|the\s+(?:result|answer|number|total))(?:'s|\s+is|\s+are|\s+was|\s+were|\s+as|\s+to\s+be"
    r"|\s+means)?\s+(?:in\s+)?(?P<unit>[a-z][a-z ]*?)\s*(?=$|[,;.?!-]|\s+(?:and|then|so|what"
    r"|how|give|convert|in|to)\b)",
    re.IGNORECASE,
)
_ASKED_IN = re.compile(
    r"\b(?:in|to|into)\s+(?P<a>[a-z][a-z ]*?)\s*[?.!]*$|\bhow\s+many\s+(?P<b>[a-z]+)"
    r"|\bgive\s+me\s+(?:it\s+in\s+)?(?P<c>[a-z]+)\s*[?.!]*$",
    re.IGNORECASE,
)


def _assumed(part: str) -> re.Match[str] | None:
    """The words giving a bare earlier result a unit the catalog knows, or None."""
    from specialists.units.catalog import lookup

    found = _ASSUMED_UNIT.match(part)
    return found if found and lookup(found["unit"].strip()) else None


def assumed_unit(part: str) -> str | None:
    """The unit ``part`` gives a bare earlier result ("treat the result as feet"), or None."""
    found = _assumed(part)
    return found["unit"].strip() if found else None


def assumed_conversion(part: str) -> tuple[str, str] | None:
    """The unit a bare result is given and the unit it is asked in, or None."""
    from specialists.units.catalog import lookup

    found = _assumed(part)
    asked = _ASKED_IN.search(part, found.end("unit")) if found else None
    target = asked and (asked["a"] or asked["b"] or asked["c"])
    if found is None or not target or lookup(target.strip()) is None:
        return None
    return found["unit"].strip(), target.strip()


# A step of arithmetic by its verb ("multiply by the 45 euro allowance", "halve it"), or a
# product of quantities with no unit to convert to ("45 euros a day times 4 days"): math, even
# when its nouns sound like a conversion or a document.
_ARITHMETIC_VERB = re.compile(
    r"(?:(?:then|and|now|just|please)\s+)*(?:multiply|divide|add|subtract|take away|double|halve"
    r"|triple|square|cube|times|minus)\b",
    re.IGNORECASE,
)
_PRODUCT = re.compile(r"\b(?:times|multiplied by|divided by)\b|[×*]", re.IGNORECASE)
# An answer worked on, just after the word that cites it: "that plus 100", "it times 2".
WORKED_ON = re.compile(
    r"\s+(?:plus|minus|times|multiplied\s+by|divided\s+by|less|[+×*x-])\s+(?:\d|a\b|an\b|one\b)",
    re.IGNORECASE,
)
# "2 kg of pears at 1.80 a kg", "4 tickets for 12.50 each": an amount at a price, a product.
_AT_PRICE = re.compile(
    r"\d\b[^,;?]*?\b(?:at|for|@)\s*[$£€]?\s*\d[\d,]*(?:\.\d+)?\s*[$£€]?\s+"
    r"(?:each|apiece|(?:a|an|per)\s+[a-z]+)\b",
    re.IGNORECASE,
)


def priced_amounts_joined(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two segments are priced amounts summed or subtracted, one sum for the calculator:
    "2 kg of rice at 1.10 a kg | plus | 3 kg of beans at 2.40 a kg" ("plus" also joins
    requests, so the segmenter cut there)."""
    between = text[first[1] : second[0]]
    return bool(
        re.fullmatch(r"[\s,]*(?:plus|and|minus|\+|-)[\s,]*", between, re.IGNORECASE)
        and _AT_PRICE.search(text, *first)
        and _AT_PRICE.search(text, *second)
    )


def arithmetic(part: str, name: str | None) -> bool:
    """Whether a request routed elsewhere is arithmetic (never one about dates)."""
    if name == "math" or operands.count_dates(part):
        return False
    if _TWO_RESULTS.search(part) and any(
        w.search(part)
        for w in (_SUM_WORDS, _DIFFERENCE_WORD, _SUBTRACT_WORDS, _PRODUCT_WORDS, _RATIO_WORDS)
    ):
        return True  # "the difference between the two"
    verb = _ARITHMETIC_VERB.match(part)
    if name is None:  # out of scope by its nouns; but "add", "square" have other senses
        if _PRODUCT.search(part) and operands.count_numbers(part) >= 2:
            return True  # "what is 45 euros a day times 4 days": two numbers and a product
        return bool(verb) and not re.match(r"\W*(?:add|square|cube)\b", part, re.IGNORECASE)
    if name not in ("units", "docs", "dates"):
        return False
    if verb:
        return True
    product = (_PRODUCT.search(part) or _AT_PRICE.search(part)) and not _TARGET_UNIT.search(part)
    share = name == "units" and _SHARE_OF.search(part) and not _TARGET_UNIT.search(part)
    return name in ("units", "dates") and bool(product or share)


# "a quarter of 3600 seconds", "half of 10 km", "15% of 2 hours": a share of a quantity, worked
# out before any conversion of it.
_SHARE_OF = re.compile(
    r"\b(?:half|quarter|third|fifth|tenth|(?:two|three)[\s-]+(?:thirds|quarters|fifths)"
    r"|\d[\d.,]*\s*(?:%|percent))\s+of\s+(?:the\s+)?\d",
    re.IGNORECASE,
)


# A request that names the result it works on ("convert it", "halve that", "the total").
EXPLICIT_STEP = re.compile(
    r"\b(?:it|its|that|this|the (?:result|answer|total))\b(?!\s*(?:is|was|'s)\b)", re.IGNORECASE
)


# How close a text reader must come to the out-of-scope bank to win with a text to read.
TEXT_MARGIN = 0.05


def reads_given_text(text: str, segment: Segment, route: Route) -> bool:
    """A request that brings a quoted text and only just reads as out of scope, with a text
    reader next ("who is mentioned in 'X'", close to "who is the president of X"): what it asks
    is a reading of the text. (Requests to make something of a text, "translate 'X'", "write a
    reply to 'X'", are caught by their verb, ``action``.)"""
    return (
        route.specialist is None
        and route.runner_up in READS_TEXT
        and route.margin < TEXT_MARGIN
        and QUOTED.search(text, segment.start, segment.end) is not None
    )


# Specialists with exact semantics, whose requests' operands can be counted (``operands``).
EXACT = frozenset({"math", "units", "dates"})
# A question of its own: "when is ...", "how long do ...", "can I ...".
QUESTION = re.compile(
    r"(?:what|what's|whats|when|where|who|who's|whom|whose|which|why|how|can|could|do|does|did"
    r"|is|are|was|were|will|would|should|may|must)\b",
    re.IGNORECASE,
)

# Specialists that read a text and say something about it (a label, a code, a list): after one
# of them, "it" in "... and is it positive?" is the text it read, not what it said about it.
READS_TEXT = frozenset({"sentiment", "entities", "language"})


_LIST_GAP = re.compile(
    r"[\s,;/&|•*\-–—]*(?:\band\b)?[\s,;/&|•*\-–—]*[?.!]*[\s?.!]*"
    r"(?:(?:the\s+)?(?:first|second|third|fourth|next|last|other|another|1st|2nd|3rd|4th)"
    r"(?:\s+one)?\s*[:\-–—]?\s*)?",  # "... Second: 'B'"
    re.I,
)
# After the last of several texts: the question asked of each ("Sentiment of each?").
_OF_EACH = re.compile(
    r"[\s,;.?!\-–—]*(?:and\s+)?(?:what(?:'s| is)\s+)?(?:the\s+)?\w+(?:\s+\w+)?\s+(?:of|for)\s+"
    r"(?:each|both|all|them|these|those)(?:\s+(?:one|of them))?[\s?.!]*",
    re.IGNORECASE,
)


def add_tasks(nodes: list[TaskNode], tasks: Iterable[tuple[str, str]]) -> None:
    """Append ``(specialist, input)`` tasks as the next nodes, refusing an oversized input
    (an empty one, left by a rule that took everything, is no task)."""
    for specialist, task_input in tasks:
        if not task_input.strip():
            continue
        if len(task_input) > MAX_INPUT_CHARS:
            raise PlanError(
                f"one part of the query is {len(task_input)} characters long and a task "
                f"takes at most {MAX_INPUT_CHARS}: {task_input[:60]!r}..."
            )
        nodes.append(TaskNode(id=f"t{len(nodes) + 1}", specialist=specialist, input=task_input))


# Words that make a quote's segment a request of its own ("sentiment 'X'", "is 'X' positive").
ASKS_OF_TEXT = re.compile(
    r"\b(?:what|which|who|whose|how|is|are|does|sentiment|language|entit\w*|ner|tone|mood"
    r"|positive|negative|neutral|detect|identify|classify|extract|find|tag|analy[sz]e|check)\b",
    re.IGNORECASE,
)


# Asking for the result the last request already gives: "= which date", "what's the result".
ASKED_AGAIN = re.compile(
    r"\W*(?:so\s+)?(?:which|what)(?:'s| is)?\s+(?:the\s+)?(?:date|result|answer|total)"
    r"(?:\s+is\s+(?:it|that))?\W*"
    # "..., total?"
    r"|\W*(?:and\s+|so\s+)?(?:the\s+)?(?:total|in\s+total|altogether|all\s+together)\W*"
    # "recipe says 180C but my oven only does fahrenheit, what do i set it to"
    r"|\W*(?:so\s+|then\s+)?what\s+(?:do|should|would|shall|must)\s+i\s+(?:set|put|turn)"
    r"\s+(?:it|that|the\s+\w+)\s+(?:to|at|on)\W*"
    r"|\W*(?:so\s+)?(?:(?:what(?:'s|s|\s+is)|and)\s+)?(?:the\s+|my\s+)?(?:final|new|total|sale"
    r"|discounted|reduced)\s+(?:price"
    r"|cost|amount|bill|figure|total)\W*",  # "..., then 8% tax. final price?"
    re.IGNORECASE,
)

# A list cut after its first items: "the sum of 12, 15" then "and 18 divided by 3": one sum.
_LIST_OPEN = re.compile(
    r"\b(?:sum|total|product|average|mean)\s+of\s+(?:the\s+numbers\s+)?"
    r"\d[\d.]*(?:\s*,\s*\d[\d.]*)*\s*,?\s*$|\badd(?:\s+up)?\s+\d[\d.]*(?:\s*,\s*\d[\d.]*)+\s*,?\s*$",
    re.IGNORECASE,
)
_LIST_REST = re.compile(r"\W*(?:and\s+|&\s*)?\d", re.IGNORECASE)


# A year said for the dates just asked about: "both in 2027", "all in 2026".
YEAR_FOR_DATES = re.compile(
    r"\W*(?:(?:both|all|each|and)\s+)*(?:in|of|for|during)\s+(?:19|20)\d\d\W*", re.IGNORECASE
)
ASKS_TOTAL = re.compile(r"\b(?:total|sum)\b", re.IGNORECASE)


def hands_over_text(
    text: str, segment: Segment, later: list[Segment], later_routes: list[Route]
) -> bool:
    """A segment that only hands over the text later requests ask about ("I got this text:
    'X'", "Review: 'X'"), before text readers' requests with no text of their own."""
    quotes = list(QUOTED.finditer(text, segment.start, segment.end))
    if len(quotes) != 1:
        return False
    outside = text[segment.start : quotes[0].start()] + " " + text[quotes[0].end() : segment.end]
    if len(outside.split()) > 4 or ASKS_OF_TEXT.search(outside) or _ACTION.match(outside.strip()):
        return False  # asks something of the text, or to do something with it ("translate")
    return any(
        route.specialist in READS_TEXT and not QUOTED.search(text, s.start, s.end)
        for s, route in zip(later, later_routes, strict=True)
    )


def listed_texts(
    text: str, segment: Segment, name: str | None, nodes: list[TaskNode]
) -> tuple[str, list[str]] | None:
    """``(specialist, quotes)`` when a segment lists texts for one text reader: "sentiment of
    'a', 'b' and 'c'" (two or more quotes joined by list separators only), or a bare list of
    quotes right after a text reader's task ("language of 'a'" ... "'b', 'c'")."""
    quotes = list(QUOTED.finditer(text, segment.start, segment.end))
    if not quotes:
        return None
    gaps = [text[a.end() : b.start()] for a, b in zip(quotes, quotes[1:], strict=False)]
    tail = text[quotes[-1].end() : segment.end]
    if not all(_LIST_GAP.fullmatch(gap) for gap in gaps):
        return None
    asked_of_each = len(quotes) >= 2 and _OF_EACH.fullmatch(tail) is not None
    if not _LIST_GAP.fullmatch(tail) and not asked_of_each:
        return None
    head = text[segment.start : quotes[0].start()]
    if _BARE_HEAD.fullmatch(head):  # only quotes ("... and for 'B'"): the last task's question
        if nodes and nodes[-1].specialist in READS_TEXT and not asked_of_each:
            return nodes[-1].specialist, [q.group(0) for q in quotes]
        if asked_of_each and name in READS_TEXT:  # "'A' Second: 'B' Sentiment of each?"
            return name, [q.group(0) for q in quotes]
        return None
    if name in READS_TEXT and len(quotes) >= 2:
        return name, [q.group(0) for q in quotes]
    return None


# What may stand before quotes that are asked the previous question again: "and for 'B'".
_BARE_HEAD = re.compile(
    r"[\W_]*(?:(?:and|or|also|then)\s+)?(?:(?:for|of|in|on|about)\b)?[\W_]*", re.I
)

ASPECT_SPLIT = re.compile(r"\s*(?:[,;/&+]|\band\b|\d\)|:|\?+|\s[-–—]\s)\s*", re.I)


def same_question(text: str, segment: Segment, nodes: list[TaskNode]) -> list[str]:
    """One date question asked again of more dates: "What weekday is 2026-01-01? 2026-04-05?"
    (the extra dates in the same segment, set off by punctuation, or a segment that is nothing
    but dates after such a question). Each becomes the question with its one date replaced."""
    part = text[segment.start : segment.end]
    found = list(_GLOSSED_DATE.finditer(part))
    if not found:
        return []
    if not only_dates(part[: found[0].start()]):  # the segment asks its own question
        question, rest = part[: found[0].end()], found[1:]
        gaps = [part[a.end() : b.start()] for a, b in zip(found, found[1:], strict=False)]
        if not rest or not all(only_dates(g) and any(c in g for c in "?,;") for g in gaps):
            return []
        if not only_dates(part[found[-1].end() :]):
            return []
        return [question] + [_GLOSSED_DATE.sub(m.group(0), question) for m in rest]
    previous = nodes[-1].input if nodes else ""
    if not only_dates(part) or len(_GLOSSED_DATE.findall(previous)) != 1 or "{" in previous:
        return []
    return [_GLOSSED_DATE.sub(m.group(0), previous) for m in found]


_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)


def second_date_of_span(
    text: str, read: Segment | None, segment: Segment, nodes: list[TaskNode]
) -> str | None:
    """ "Days between Christmas Day 2026 (2026-12-25)" cut from "and 2027-04-01": the last
    task's question, rejoined with the date it was cut from; None for anything else."""
    part = text[segment.start : segment.end]
    if read is None or not nodes or nodes[-1].specialist != "dates" or "{" in nodes[-1].input:
        return None
    if not only_dates(part) or len(_GLOSSED_DATE.findall(part)) != 1:
        return None
    asked = text[read.start : read.end]
    if not _BETWEEN.search(asked) or len(_GLOSSED_DATE.findall(asked)) != 1:
        return None
    return text[read.start : segment.end].strip(" ,;.?")


# A date with the same date glossed after it: "christmas eve 2029 (24 dec 2029)" is one date.
_GLOSSED_DATE = re.compile(
    rf"(?:{operands.DATES.pattern})(?:\s*\(\s*(?:{operands.DATES.pattern})\s*\))?",
    re.IGNORECASE,
)


# "the date 45 days before 2 May 2027": the date a request describes, not an earlier result.
_DESCRIBED_DATE = re.compile(
    r"the\s+(?:date|day)\s+(?=(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|[a-z]+teen|[a-z]+ty)\s+(?:days?|weeks?|fortnights?|months?|years?)\b)",
    re.IGNORECASE,
)


def operands_read(
    text: str, masked: str, segment: Segment, name: str, nodes: list[TaskNode], given: str | None
) -> Segment:
    """The segment with its use of the previous result settled by its operands, where the
    request's words say (``operands.needs_operand``): a request missing one takes the previous
    result (through its reference phrase if it has one), a request with all of them takes none.
    A reference phrase the scorer read stays: "it" may stand for an operand the count misses."""
    if name == "dates" and segment.references:
        kept = tuple(r for r in segment.references if not _DESCRIBED_DATE.match(text, r[0]))
        if kept != segment.references:  # "the date 45 days before X" describes, not cites
            segment = replace(segment, references=kept)
    if not (nodes or given) or segment.references:
        return segment
    if name in READS_TEXT and not segment.implicit and _reads_earlier_passage(text, segment, nodes):
        return replace(segment, implicit=True)  # "who runs it? give me the entities"
    if then_step(text, segment.start, segment.end):  # "then add 11 times 3": to the result
        return segment if segment.implicit else replace(segment, implicit=True)
    needed = operands.needs_operand(name, text[segment.start : segment.end])
    if needed and not segment.implicit:
        phrase = reference_phrase(masked, segment.start, segment.end)
        phrase = whole_reference(text, phrase) if phrase else None
        return replace(segment, implicit=phrase is None, references=(phrase,) if phrase else ())
    if needed is False and segment.implicit:
        return replace(segment, implicit=False)
    return segment


_CONVERT_VERB = re.compile(r"\b(?:convert|change|turn|express)\b", re.IGNORECASE)
_NOTHING_TO = {"math": "numbers to compute with", "units": "quantity to convert", "dates": "date"}


def nothing_to_work_on(
    text: str, segment: Segment, name: str, nodes: list[TaskNode], given: str | None
) -> str | None:
    """Why a calculation, conversion or date request cannot run: it names no operand of its
    own, no phrase of it points back ("that", "it"), and no earlier task returns a number or a
    date for it ("what's the temperature in Eindhoven right now" after a question about the
    user's documents is a question about the world, not a conversion of the passage)."""
    part = text[segment.start : segment.end]
    if name not in _NOTHING_TO or given is not None or segment.references:
        return None
    if reference_phrase(part, 0, len(part)):
        return None
    if name == "math":
        has_own = operands.count_numbers(part) > 0
    elif name == "dates":  # its own date, or the one date of a text read before
        has_own = operands.count_dates(part) > 0 or quoted_date(text, segment, part) is not None
    else:
        has_own = not operands.needs_operand("units", part)
        if not has_own and not _CONVERT_VERB.search(part) and _named_unit(part) is None:
            return "names no quantity to convert and no unit to convert it to"
    if has_own:
        return None
    usable = {operands.NUMBER, operands.DATE}
    if name == "dates":  # a weekday question names the date it was asked of
        usable.add(operands.WEEKDAY)
    if any(operands.returns(n.specialist, n.input) in usable for n in nodes):
        return None
    return f"names no {_NOTHING_TO[name]}, and no earlier step gives one"


# "date 1 month after that": read as the connector "after that", the anchor had been cut off.
_SHIFT_END = re.compile(
    r"\b(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:days?|weeks?|fortnights?|months?|years?)\s*$",
    re.IGNORECASE,
)
_ANCHOR_AFTER = re.compile(r"\s+(?:after|before|from)\s+(?P<ref>that|this|it)\b", re.IGNORECASE)


def with_shift_anchor(text: str, segment: Segment, route: Route) -> Segment:
    """A date shift that ends at its amount ("date 1 month") with "after that" right after it:
    the segment takes the anchor back, "that" as its reference to the previous result."""
    if route.specialist != "dates" or segment.references:
        return segment
    if not _SHIFT_END.search(text, segment.start, segment.end):
        return segment
    anchor = _ANCHOR_AFTER.match(text, segment.end)
    if anchor is None:
        return segment
    reference = (anchor.start("ref"), anchor.end("ref"))
    return replace(segment, end=anchor.end(), implicit=False, references=(reference,))


# "... -- all to miles", "each in pounds": a target unit for every quantity listed before it.
_ALL_TO = re.compile(
    r"^\W*(?:convert\s+)?(?:them\s+)?(?:all|each|both|every one)"
    r"(?:\s+of\s+them)?\s+(?:to|in|into)\s+",
    re.IGNORECASE,
)


def shared_targets(nodes: list[TaskNode]) -> list[TaskNode]:
    """Quantities listed for one conversion get its target unit: "convert 5 km, 10 km and
    21.1 km to miles" had made three tasks, two with nothing to convert to; "5 km, 10 km --
    all to miles" a fourth that converted the last result again."""
    out = list(nodes)
    shared: str | None = None
    last = out[-1] if len(out) > 1 else None
    if last is not None and last.specialist == "units":
        stripped = last.input
        for dep in last.depends_on:
            stripped = stripped.replace(f"{{{dep}}} {{{dep}.unit}}", "").replace(f"{{{dep}}}", "")
        if _ALL_TO.match(stripped):
            shared = _asked_unit(stripped)
            if shared is not None:
                out.pop()  # the target of the list, not a task of its own
    runs: list[list[int]] = [[]]
    for index, node in enumerate(out):
        if node.specialist == "units" and not node.depends_on:
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        final = bool(run) and run[-1] == len(out) - 1 and shared is not None
        target = shared if final else _asked_unit(out[run[-1]].input) if len(run) > 1 else None
        for i in run:
            if target is not None and _bare_quantity(out[i].input):
                out[i] = out[i].model_copy(update={"input": f"{out[i].input} to {target}"})
    return out


def _bare_quantity(task_input: str) -> bool:
    """A quantity with nothing to convert it to ("10 km", "convert 5 km")."""
    return (
        operands.count_numbers(task_input) == 1
        and bool(_QUANTITY.search(task_input))
        and not re.search(r"\b(?:to|in|into|as|how many|per)\b", task_input, re.IGNORECASE)
    )


_LEADING_UNIT = re.compile(r"^\W*(?:and\s+|then\s+|now\s+)*(?:how\s+many\s+)?([A-Za-z]+)\b")


def conversion_of(node_input: str, cite: str) -> str:
    """A conversion of an earlier result that carries its unit, written plainly: "convert
    {t2} {t2.unit} to hours". "the weeks to hours", "that number of days in hours" and
    "weeks between them" had reached the units specialist with their words around the cited
    value ("18.14 week the weeks to hours"), which it could not read. The input stays as it
    was when no unit it asks for can be told."""
    if node_input.count(cite) != 1 or _ALL_TO.match(node_input.replace(cite, " ")):
        return node_input  # "all to miles" is the target of a list (``shared_targets``)
    target = _asked_unit(node_input.replace(cite, " "))
    return node_input if target is None else f"convert {cite} to {target}"


# "..., and in knots", "in lb": another unit for the quantity just converted, said alone.
_ALSO_IN = re.compile(
    r"\W*(?:(?:and|also|or)\s+)*(?:in|into)\s+(?P<unit>[^\d{}]+?)\W*", re.IGNORECASE
)
_THEN_BEFORE = re.compile(r"\b(?:then|after\s+that)\W*$", re.IGNORECASE)


def same_quantity_in(text: str, segment: Segment, nodes: list[TaskNode]) -> str | None:
    """The conversion of the quantity the last task converted into the unit the segment names
    on its own ("WHAT IS 250 ML IN FL OZ AND IN TABLESPOONS": 250 ml to tablespoons too), or
    None; "..., then in feet" converts the result."""
    from specialists.units.catalog import lookup

    part = text[segment.start : segment.end]
    found = _ALSO_IN.fullmatch(part)
    if found is None:
        return None
    head = text[: segment.start + found.start("unit")]
    if _THEN_BEFORE.search(re.sub(r"(?:\b(?:and|also|or|in|into)\W*)+$", "", head, flags=re.I)):
        return None
    last = nodes[-1] if nodes else None
    if found is None or last is None or last.specialist != "units" or last.depends_on:
        return None
    source = _QUANTITY.search(last.input)
    if source is None or lookup(found["unit"]) is None or operands.count_numbers(last.input) != 1:
        return None
    return f"convert {source.group(0)} to {found['unit']}"


# "how many 500 GB drives is {t1}", "how many 500 ml cartons would I need": a count of
# containers of a size, the quantity divided by it, not a conversion.
_CONTAINERS = re.compile(
    r"\W*(?:and\s+)?(?:roughly\s+|about\s+)?how\s+many\s+(?P<size>\d[\d,]*(?:\.\d+)?)\s*-?\s*"
    r"(?P<unit>[A-Za-z]+(?:\s+oz)?)[\s-]+(?P<noun>[A-Za-z]+)\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_CITED = re.compile(r"\{(t\d+)\}(?:\s+\{t\d+\.unit\})?")


def _worked_upstream(rest: str, done: list[TaskNode]) -> TaskNode | None:
    """The task a follow-up works on: the one ``rest`` cites, or the last one when it cites
    none; None unless that task works out a number (units or math) and ``rest`` brings no
    number of its own."""
    cited = _CITED.findall(rest)
    if operands.count_numbers(_CITED.sub(" ", rest)):
        return None
    source = cited[0] if len(cited) == 1 else done[-1].id if done and not cited else None
    upstream = next((n for n in done if n.id == source), None)
    return upstream if upstream is not None and upstream.specialist in ("units", "math") else None


def _math_on_results(
    nodes: list[TaskNode],
    pattern: re.Pattern[str],
    written: Callable[[re.Match[str], str], str | None],
) -> list[TaskNode]:
    """Each units or math request matching ``pattern`` (its ``rest`` group the words after
    the step) that works on the number an earlier task worked out (``_worked_upstream``)
    becomes the arithmetic ``written(match, "{tN}")`` says, when it says one."""
    out: list[TaskNode] = []
    for node in nodes:
        found = pattern.match(node.input) if node.specialist in ("units", "math") else None
        upstream = _worked_upstream(found["rest"], out) if found else None
        text = written(found, f"{{{upstream.id}}}") if found and upstream else None
        if upstream is None or text is None:
            out.append(node)
            continue
        update = {"specialist": "math", "input": text, "depends_on": [upstream.id]}
        out.append(node.model_copy(update=update))
    return out


def containers_counted(nodes: list[TaskNode]) -> list[TaskNode]:
    """A count of containers of a size asked of the result before ("how many 30 minute sets is
    that", after "how many minutes is 2.5 hours") is that result divided by the size."""
    from specialists.units.catalog import lookup

    def divided(found: re.Match[str], result: str) -> str | None:
        if not lookup(found["unit"]) or lookup(found["noun"]):  # "500 GB drives"
            return None
        return f"{result} divided by {found['size']}"

    return _math_on_results(nodes, _CONTAINERS, divided)


# "at 1.48 a litre what does that cost", "at 4,100 per square metre what would it cost": the
# quantity just worked out priced, a product.
_PRICED_AT = re.compile(
    r"\W*(?:and\s+|so\s+)?(?:if\s+it'?s\s+)?at\s+[$£€]?\s*(?P<price>\d[\d,]*(?:\.\d+)?)\s*[$£€]?"
    r"\s*(?:a|an|per|each|/)\s+(?P<unit>[A-Za-z]+(?:\s+[A-Za-z]+)?)\W+(?P<rest>.*\bcost\w*\b.*)",
    re.IGNORECASE | re.DOTALL,
)


def priced_results(nodes: list[TaskNode]) -> list[TaskNode]:
    """A price per unit asked of the quantity the task before worked out is that quantity
    times the price: "how many litres is 14 US gallons? and at 1.48 a litre what does that
    cost" is "{t1} times 1.48"."""
    return _math_on_results(nodes, _PRICED_AT, lambda m, result: f"{result} times {m['price']}")


# "how far above 37 is it", "how far under the 50 lb limit am I": the result's distance from a
# number, a subtraction.
_HOW_FAR_FROM = re.compile(
    r"\W*(?:and\s+)?how\s+(?:far|much)\s+(?P<side>above|over|under|below|short\s+of)\s+"
    r"(?:the\s+)?(?P<number>\d[\d,]*(?:\.\d+)?)\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


def distances_from_numbers(nodes: list[TaskNode]) -> list[TaskNode]:
    """How far the result before is above or below a number: "{t1} minus 37" above it,
    "50 minus {t1}" under it."""

    def apart(found: re.Match[str], result: str) -> str:
        if found["side"].lower() in ("above", "over"):
            return f"{result} minus {found['number']}"
        return f"{found['number']} minus {result}"

    return _math_on_results(nodes, _HOW_FAR_FROM, apart)


# "list the places", "just give me the persons name", "pull the date out" said after a docs
# question: the names in the sentence it quotes, for the entities specialist.
_PULL_OUT = re.compile(
    r"\W*(?:(?:and|then|also|now|just|pls|please|can\s+you|could\s+you)\s+)*"
    r"(?:pull|extract|get|give\s+me|list|find|tell\s+me|show\s+me|name)\s+(?:out\s+)?"
    r"(?:all\s+|any\s+)?(?:the\s+)?(?:dates?|names?|places?|people|persons?'?s?\s+names?"
    r"|organi[sz]ations?|companies|entities|locations?)\b"
    r"(?:\s+(?:out|from\s+(?:that|it|there|the\s+answer)|in\s+(?:that|it)))?\W*",
    re.IGNORECASE,
)


def pulled_from_answer(part: str, nodes: list[TaskNode]) -> str | None:
    """The entities request a bare "list the places" makes of the docs answer before it."""
    if not nodes or nodes[-1].specialist != "docs" or QUOTED.search(part):
        return None
    return f"entities in {{{nodes[-1].id}}}" if _PULL_OUT.fullmatch(part) else None


# A weekday asked after a count of days, of a date the count ran between: "how many days til the
# wedding? it's on 18 September 2027 and today is 9 March 2027 ... what day of the week is it
# on". The start of the span when the question is about a start ("which weekday was I born
# on", "what day did it open"), else its end ("what day do I get back").
_ASKS_START = re.compile(
    r"\b(?:born|open(?:ed|s)?|start(?:ed|s)?|began|begin|leave|left|depart(?:ed)?|fly\s+out"
    r"|set\s+off)\b",
    re.IGNORECASE,
)


def weekdays_of_counted_dates(nodes: list[TaskNode]) -> list[TaskNode]:
    """A weekday question that cites a count of days instead asks the weekday of the date
    the count ran from or to, written in (``_ASKS_START`` picks which)."""
    from dateutil import parser

    by_id = {n.id: n for n in nodes}
    out = []
    for node in nodes:
        cited = _CITED.findall(node.input) if node.specialist == "dates" else []
        asks = operands.WEEKDAY_QUESTION.search(node.input) and len(cited) == 1
        upstream = by_id.get(cited[0]) if asks and not operands.count_dates(node.input) else None
        while upstream is not None and upstream.specialist != "dates" and upstream.depends_on:
            upstream = by_id.get(upstream.depends_on[0])  # "... and in weeks?" came between
        spans = [] if upstream is None else operands.DATES.findall(upstream.input)
        written = [d for d in spans if not _RELATIVE_DAY.match(d)]
        if upstream is None or upstream.specialist != "dates" or len(written) != 2:
            out.append(node)
            continue
        try:
            ordered = sorted(written, key=lambda d: parser.parse(d, fuzzy=True))
        except (ValueError, OverflowError):
            out.append(node)
            continue
        date = ordered[0] if _ASKS_START.search(node.input) else ordered[1]
        update = {"input": f"what weekday is {date}", "depends_on": []}
        out.append(node.model_copy(update=update))
    return out


# A quantity alone after a conversion: "48 m² in sq ft, and 26 m²?", "5 km to miles, and 10 km?".
_BARE_QUANTITY = re.compile(
    r"^\W*(?:and\s+|also\s+)?(?:(?:what|how)\s+about\s+)?(?P<q>-?\d[\d,]*(?:\.\d+)?\s*"
    r"[^\W\d][^\d?!.,;]*?)\W*$",
    re.IGNORECASE,
)


def elliptical_conversions(nodes: list[TaskNode]) -> list[TaskNode]:
    """A quantity asked alone after a conversion is converted to the same unit ("26 m²" after
    "48 m² in sq ft" is "convert 26 m² to sq ft"); the units specialist had no unit to
    convert it to."""
    out: list[TaskNode] = []
    for node in nodes:
        bare = _BARE_QUANTITY.match(node.input) if node.specialist == "units" else None
        before = next((n for n in reversed(out) if n.specialist == "units"), None)
        target = _asked_unit(before.input) if bare and before and not node.depends_on else None
        if bare is None or target is None or _asked_unit(node.input) is not None:
            out.append(node)
            continue
        out.append(node.model_copy(update={"input": f"convert {bare['q'].strip()} to {target}"}))
    return out


def spans_of_moved_dates(nodes: list[TaskNode]) -> list[TaskNode]:
    """ "My car loan started on 2026-09-15 and runs 18 months. End date? How many days is that
    in total?": a count of days or weeks asked of a date moved from one written date counts
    them between the two ("days between 2026-09-15 and {t1}"); the dates specialist cannot
    count from a single date."""
    by_id = {f"{{{n.id}}}": n for n in nodes}
    out = []
    for node in nodes:
        asked = _COUNT_OF_RESULT.fullmatch(node.input) if node.specialist == "dates" else None
        start = _moved_from(by_id.get(asked["cite"])) if asked else None
        if asked and start and asked["unit"].lower() in ("days", "weeks"):
            update = {"input": f"{asked['unit']} between {start} and {asked['cite']}"}
            node = node.model_copy(update=update)
        out.append(node)
    return out


def _moved_from(task: TaskNode | None) -> str | None:
    """The one written date a dates task moves ("18 months after 2026-09-15"), or None."""
    if task is None or task.specialist != "dates":
        return None
    if operands.returns("dates", task.input) != operands.DATE:
        return None
    written = operands.DATES.findall(task.input)
    return written[0] if len(written) == 1 and not _RELATIVE_DAY.match(written[0]) else None


# "how many months is {t1}" of an age: a count of years in other units, not a calendar step.
_COUNT_OF_RESULT = re.compile(
    r"\W*(?:and\s+)?how\s+many\s+(?P<unit>months|weeks|days|hours)\s+(?:is|are|was|would\s+be)"
    r"\s+(?P<cite>\{t\d+\})(?:\s+(?:in\s+total|altogether|all\s+together|overall))?\W*",
    re.IGNORECASE,
)
_AGE_ASKED = re.compile(r"\bhow\s+old\b|\byears?\s+old\b|\bage\b", re.IGNORECASE)


def ages_in_units(nodes: list[TaskNode]) -> list[TaskNode]:
    """A calendar count asked of an age the calculator works out ("... how old is she, and how
    many months is that") is the age in years converted: "convert {t1} years to months"."""
    by_id = {f"{{{n.id}}}": n for n in nodes}
    out = []
    for node in nodes:
        asks = node.specialist in ("dates", "units")
        found = _COUNT_OF_RESULT.fullmatch(node.input) if asks else None
        upstream = by_id.get(found["cite"]) if found else None
        aged = upstream is not None and upstream.specialist == "math"
        if found and aged and upstream and _AGE_ASKED.search(upstream.input):
            unit = found["unit"].lower()
            node = node.model_copy(
                update={"specialist": "units", "input": f"convert {found['cite']} years to {unit}"}
            )
        out.append(node)
    return out


def results_worked_on(nodes: list[TaskNode]) -> list[TaskNode]:
    """The plan with each request on an earlier result written as its specialist reads it:
    an age in months, containers counted, a price per unit, a distance from a number, the
    weekday of a counted span's date, the days a moved date spans (``elliptical_conversions``
    runs after the plan's last task is added)."""
    for rewrite in (
        ages_in_units,
        containers_counted,
        priced_results,
        distances_from_numbers,
        weekdays_of_counted_dates,
        spans_of_moved_dates,
    ):
        nodes = rewrite(nodes)
    return nodes


def _asked_unit(part: str) -> str | None:
    """The unit a conversion asks for, as written ("hours"), checked against pint's names:
    after "to"/"in" or "how many", else a leading unit word ("weeks between them")."""
    from specialists.units.catalog import lookup

    named = _named_unit(part)
    if named is not None:
        return named
    leading = _LEADING_UNIT.match(part)  # "weeks between them", "hours?"
    if leading is not None and lookup(leading.group(1)) is not None and len(part.split()) <= 4:
        return leading.group(1)
    return None


def _named_unit(part: str) -> str | None:
    """The unit after "to"/"in" or "how many" when pint knows it: "in Eindhoven right now"
    names a place, not a unit (pint's vocabulary, through the units catalog, decides)."""
    from specialists.units.catalog import lookup

    found = _TARGET_UNIT.search(part)
    if found is None:
        return None
    words = (found.group(1) or found.group(2)).split()
    for k in range(min(3, len(words)), 0, -1):
        if lookup(" ".join(words[:k])) is not None:
            return " ".join(words[:k])
    return None


def has_passage(nodes: list[TaskNode]) -> bool:
    """Whether an earlier task returns a passage to read (a docs answer)."""
    return any(operands.returns(n.specialist, n.input) == operands.ANY for n in nodes)


def _reads_earlier_passage(text: str, segment: Segment, nodes: list[TaskNode]) -> bool:
    """A text reader's request with no text of its own, in a query that quotes none, after a
    task that returns a passage to read (a docs answer)."""
    if QUOTED.search(text):
        return False
    return has_passage(nodes)


def source(
    nodes: list[TaskNode], name: str, part: str, segment: Segment
) -> tuple[TaskNode | None, str | None]:
    """The task whose result a request uses: the last one returning the kind of value it needs
    (a date question after "what weekday is that?" means the date, not the weekday). Or, when
    the last date was only asked about ("What weekday is 2026-06-05, and how many days is it
    after 2026-01-01?"), that date as written: ``(None, "2026-06-05")``."""
    if not nodes:
        return None, None
    wanted = operands.wants(name, part)
    if wanted == operands.ANY or not (segment.references or segment.implicit):
        return nodes[-1], None
    # "the weekday of the original date", "when is her 6 month birthday" after another date
    # counted from the birth: the first date written, not a result
    if wanted == operands.DATE and (_ORIGINAL_DATE.search(part) or _MILESTONE.search(part)):
        for node in nodes:
            written = operands.DATES.findall(node.input)
            if written and "{" not in node.input:
                return None, written[0]
    if wanted == operands.DATE and _PLURAL_REFERENCE.search(part):  # "days between them"
        dated = [operands.DATES.findall(n.input) for n in nodes[-2:]]
        if len(dated) == 2 and all(
            len(a) == 1 and "{" not in n.input for a, n in zip(dated, nodes[-2:], strict=True)
        ):
            return None, f"{dated[0][0]} and {dated[1][0]}"
    counted = _COUNT_OF_UNIT_WORD.search(part)  # "how many hours is that many days"
    if counted is not None:
        for node in reversed(nodes):
            if _result_unit(node, nodes) == _singular(counted.group(1)):
                return node, None
    for node in reversed(nodes):
        kind = operands.returns(node.specialist, node.input)
        if kind in (wanted, operands.ANY):
            return node, None
        if wanted == operands.DATE and kind == operands.WEEKDAY:
            asked = operands.DATES.findall(node.input)
            if len(asked) == 1 and "{" not in node.input:
                return None, asked[0]
        if name == "units" and kind in (operands.DATE, operands.WEEKDAY) and "{" not in node.input:
            moved_by = _SHIFT_AMOUNT.findall(node.input)  # "weekday 100 days after X; in weeks?"
            if len(moved_by) == 1:
                return None, moved_by[0]
    return nodes[-1], None


_MILESTONE = re.compile(
    r"\b(?:birthday|anniversary|\w+\s+(?:days?|weeks?|months?|years?)\s+old)\b", re.IGNORECASE
)
_ORIGINAL_DATE = re.compile(
    r"\b(?:original|initial|starting|start|given)\s+(?:date|day)\b", re.IGNORECASE
)


# The amount a date is moved by, as written ("100 days" in "the date 100 days after ...").
_SHIFT_AMOUNT = re.compile(
    r"\b\d[\d,.]*\s+(?:days?|weeks?|months?|years?)(?=\s+(?:after|before|from)\b)", re.I
)


# Results named by position rather than as "the last one".
_TWO_RESULTS = re.compile(
    r"\b(?:the two(?: (?:results?|numbers|answers|values|totals|amounts|counts))?"
    r"|both (?:results|numbers|answers|values)|the two of them|them both|both of them"
    r"|(?:add|sum|multiply|divide|subtract|average|total)\s+(?:up\s+)?(?:them|those|these)"
    r"(?:\s+two)?(?:\s+(?:together|up))?|between (?:them|those|these)(?: two)?)\b",
    re.IGNORECASE,
)
_NTH_RESULT = re.compile(
    r"\b(?:the )?(?P<nth>first|second|third|original|initial) (?:result|answer|number|value|figure"
    r"|amount|total|one|conversion)\b",
    re.IGNORECASE,
)
# "add the first result to the second": the noun said once serves both.
_BARE_NTH = re.compile(r"\bthe (?P<nth>first|second|third)\b(?! \w)", re.IGNORECASE)
_POSITION = {"first": 0, "original": 0, "initial": 0, "second": 1, "third": 2}
_SUM_WORDS = re.compile(r"\b(?:sum|add|plus|total|together)\b", re.IGNORECASE)
_DIFFERENCE_WORD = re.compile(r"\bdifference\b", re.IGNORECASE)  # how far apart: math says
_SUBTRACT_WORDS = re.compile(r"\b(?:subtract|minus|less)\b", re.IGNORECASE)
_PRODUCT_WORDS = re.compile(r"\b(?:multiply|product|times)\b", re.IGNORECASE)
_RATIO_WORDS = re.compile(r"\b(?:divide|ratio|over)\b", re.IGNORECASE)
_MEAN_WORDS = re.compile(r"\b(?:average|mean)\b", re.IGNORECASE)


def earlier_results(text: str, segment: Segment, nodes: list[TaskNode], name: str) -> str | None:
    """A request on results named by position: "the two numbers" (the last two tasks that give
    numbers: "sum the two numbers" is "{t1} plus {t2}") or "the first result" (the plan's first
    task). None when it names neither."""
    part = text[segment.start : segment.end].strip(" ,;.?")
    two = _TWO_RESULTS.search(part) if name == "math" else None
    if two is not None:
        numbers = [n for n in nodes if operands.returns(n.specialist, n.input) == operands.NUMBER]
        if len(numbers) < 2:
            return None
        a, b = (f"{{{n.id}}}" for n in numbers[-2:])
        for words, form in (
            (_MEAN_WORDS, f"({a} + {b}) / 2"),
            (_DIFFERENCE_WORD, f"the difference between {a} and {b}"),
            (_SUBTRACT_WORDS, f"{b} minus {a}"),
            (_RATIO_WORDS, f"{a} divided by {b}"),
            (_PRODUCT_WORDS, f"{a} times {b}"),
            (_SUM_WORDS, f"{a} plus {b}"),
        ):
            if words.search(part):
                return form
        return None
    if _NTH_RESULT.search(part) is None or len(nodes) < 2:
        return None

    def cited(found: re.Match[str]) -> str:
        position = _POSITION[found["nth"].lower()]
        if position >= len(nodes):
            return found.group(0)
        node = nodes[position]  # "the sentiment of the second one" of two texts: a text, kept
        one = found.group(0).lower().endswith(" one")
        worked = operands.returns(node.specialist, node.input) in (operands.NUMBER, operands.DATE)
        return f"{{{node.id}}}" if worked or not one else found.group(0)

    part = _NTH_RESULT.sub(cited, part)
    return _BARE_NTH.sub(cited, part).strip()


# The dates a count was asked between, named again: "the second date", "each of those".
_DATE_BY_POSITION = re.compile(
    r"\b(?:the\s+)?(?P<which>first|second|earlier|later|latter|former|start|end)\s+(?:date|day|one)\b"
    r"|\b(?P<all>each\s+of\s+(?:those|them|the(?:se)?(?:\s+two)?(?:\s+dates)?)|both(?:\s+of\s+"
    r"them|\s+dates)?|those\s+(?:two\s+)?dates|the\s+two\s+dates)\b",
    re.IGNORECASE,
)


def dates_named_again(part: str, nodes: list[TaskNode]) -> list[str] | None:
    """A date question about the dates the last task counted between ("days between A and B,
    and what day of the week is the second date"; "... what weekday is each of those"): the
    question asked of each date named, written in; None otherwise."""
    if not nodes or nodes[-1].specialist != "dates":
        return None
    found = _DATE_BY_POSITION.search(part)
    dates = operands.DATES.findall(nodes[-1].input)
    if found is None or len(dates) != 2 or operands.count_dates(part):
        return None
    if found["all"]:
        picked = dates
    else:
        picked = [
            dates[0]
            if found["which"].lower() in ("first", "earlier", "former", "start")
            else dates[1]
        ]
    return [f"{part[: found.start()]}{date}{part[found.end() :]}".strip() for date in picked]


_COUNT_OF_UNIT_WORD = re.compile(r"\bth(?:at|is|ose) many ([a-z]+)", re.IGNORECASE)


def _singular(word: str) -> str:
    return word.lower().removesuffix("s")


def _result_unit(node: TaskNode, nodes: list[TaskNode]) -> str | None:
    """The unit a task's number is in, where its request says it: a day count, the unit a
    conversion ends in, or for arithmetic on one result, that result's unit."""
    if node.specialist == "math" and len(node.depends_on) == 1:
        source = next((n for n in nodes if n.id == node.depends_on[0]), None)
        return _result_unit(source, nodes) if source is not None else None
    if node.specialist == "dates" and operands.returns("dates", node.input) == operands.NUMBER:
        return "day"
    if node.specialist == "units":
        found = _TARGET_UNIT.search(_PARENTHESIS_END.sub("", node.input))
        unit = found and (found.group(1) or found.group(2))
        return _singular(unit.split()[-1]) if unit else None
    return None


_PLURAL_REFERENCE = re.compile(r"\b(?:them|both|those|the two)\b", re.IGNORECASE)
# "the pound figure", "the km number": the result a conversion gave in that unit.
_UNIT_NAMED_RESULT = re.compile(
    r"\bthe\s+(?P<unit>[a-z°²³/]+)\s+(?:figure|number|amount|value|result|total|answer|one)\b",
    re.IGNORECASE,
)
# "subtract {t2} 15% from ...": the cited result's percentage said again after it.
_RESTATED = re.compile(r"\{(?P<id>t\d+)\}(?P<again>\s+\d[\d.,]*\s*%)")


def results_named(node_input: str, nodes: list[TaskNode]) -> str:
    """An arithmetic request with "the pound figure" as the conversion into pounds it names
    (``{tN}``), with a percentage said again after the result that took it ("subtract
    that 15% from ...") left out, and "the total with that added on" after a share as the
    whole plus the share."""
    from specialists.units.catalog import lookup

    by_id = {node.id: node for node in nodes}

    def restated(match: re.Match[str]) -> str:
        node = by_id.get(match["id"])
        again = match["again"].strip().replace(" ", "")
        said = node is not None and again in node.input.replace(" ", "")
        return f"{{{match['id']}}}" if said else match.group(0)

    def named(match: re.Match[str]) -> str:
        wanted = lookup(match["unit"])
        for node in reversed(nodes):
            unit = _result_unit(node, nodes) if node.specialist == "units" else None
            found = lookup(unit) if unit else None
            if wanted is not None and found is not None and found.expr == wanted.expr:
                return f"{{{node.id}}}"
        return match.group(0)

    cited = _UNIT_NAMED_RESULT.sub(named, _RESTATED.sub(restated, node_input))
    cited = _CITED_TWICE.sub(r"\1", cited)  # "{t2} the oz figure times 4", the operand put in
    return _total_with_share(cited, by_id)


_CITED_TWICE = re.compile(r"(\{t\d+\})\s+\1")


# "15% of 86.40 and then the total with that added on": the whole plus the share it gave.
_WITH_SHARE_ADDED = re.compile(
    r"\{(?P<id>t\d+)\}\s+with\s+(?:that|it|this)\s+added(?:\s+on)?\b", re.IGNORECASE
)
_SHARE_OF_WHOLE = re.compile(r"\d[\d.,]*\s*(?:%|percent)\s+of\s+(?P<whole>\d[\d,]*(?:\.\d+)?)")


def _total_with_share(node_input: str, by_id: dict[str, TaskNode]) -> str:
    def total(match: re.Match[str]) -> str:
        node = by_id.get(match["id"])
        share = _SHARE_OF_WHOLE.search(node.input) if node is not None else None
        return f"{share['whole']} plus {{{match['id']}}}" if share else match.group(0)

    return _WITH_SHARE_ADDED.sub(total, node_input)


def cite_literal(text: str, segment: Segment, literal: str, name: str = "") -> str:
    """The segment with its reference phrase (or its missing operand) as ``literal``."""
    if segment.references:
        start, end = segment.references[0]
        return (text[segment.start : start] + literal + text[end : segment.end]).strip(" ,;.")
    part = text[segment.start : segment.end].strip(" ,;.=?>-")
    if not segment.implicit:
        return part
    if name == "units" and not _VERB_INTO.match(part):  # "In litres?", "how many tablespoons"
        if re.match(r"how many\b", part, re.IGNORECASE):
            return f"{part} in {literal}"
        joiner = " " if re.match(r"(?:to|in|into)\b", part, re.IGNORECASE) else " to "
        return f"convert {literal}{joiner}{part}"
    return insert_operand(part, literal)


def only_dates(part: str) -> bool:
    """Nothing but dates, punctuation and "and"."""
    words = re.findall(r"[A-Za-z]+", operands.DATES.sub(" ", part))
    return all(w.lower() in ("and", "also") for w in words)


def only_quote(text: str) -> str | None:
    """The query's quoted text when it quotes exactly one (however often)."""
    quotes = {m.group(0) for m in QUOTED.finditer(text)}
    return quotes.pop() if len(quotes) == 1 else None


def asks_of_no_text(
    text: str, segment: Segment, upstream: TaskNode | None, name: str | None
) -> bool:
    """A text reader's question with no text of its own and no earlier text to read."""
    if name not in READS_TEXT or QUOTED.search(text, segment.start, segment.end):
        return False
    dependent = bool(segment.references or segment.implicit)
    return not dependent or upstream is None or upstream.specialist in READS_TEXT


# Kinds of names asked for in a text: "the dates in it", "the places mentioned in 'X'".
ENTITY_KINDS_IN = re.compile(
    r"\b(?:dates|names|people|persons|places|locations|organi[sz]ations|companies|cities"
    r"|countries)\s+(?:(?:mentioned|named)\s+)?(?:in|from)\b",
    re.IGNORECASE,
)


# What a reference to a quoted text calls it: "that headline", "the same sentence".
_TEXT_NOUN = re.compile(
    r"\s*(?:headline|sentence|text|line|review|tweet|quote|message|comment|title|phrase|post"
    r"|passage|caption|slogan)s?\b",
    re.IGNORECASE,
)


def text_referred_to(
    text: str, segment: Segment, upstream: TaskNode | None, read: Segment | None, name: str
) -> str | None:
    """The quoted text a dependent segment means, when the previous result cannot be it."""
    if upstream is None or read is None or not (segment.references or segment.implicit):
        return None
    if name in READS_TEXT and upstream.specialist in EXACT and segment.references:
        start, end = segment.references[0]  # "the sentiment of that headline" after a sum
        if _TEXT_NOUN.match(text, end) or _TEXT_NOUN.match(text[start:end].split()[-1]):
            earlier = list(QUOTED.finditer(text, 0, segment.start))
            return earlier[-1].group(0) if earlier else None
    if name not in READS_TEXT or upstream.specialist not in READS_TEXT:
        return None
    quotes = list(QUOTED.finditer(text, read.start, read.end))
    return quotes[0].group(0) if quotes else None


def cite_text(text: str, segment: Segment, quote: str) -> str:
    """The segment with its reference phrase replaced by the quoted text (or the text added)."""
    if not segment.references:
        return f"{text[segment.start : segment.end].strip(' ,;.')} {quote}"
    start, end = segment.references[0]
    return (text[segment.start : start] + quote + text[end : segment.end]).strip(" ,;.")


def with_references(
    text: str, segment: Segment, upstream: TaskNode | None, name: str, unit: bool = False
) -> str:
    """The segment's text with reference phrases (or the implicit operand) as ``{tN}``; a
    conversion of a result that carries its unit cites the unit too, and a step on a quote from
    the documents cites what it works on: the number the quote answers with (``{tN.amount}``,
    also for "that many days"), that number with its unit for a conversion (``{tN.quantity}``)
    or the date in it for a date step (``{tN.date}``)."""
    if upstream is None:
        return text[segment.start : segment.end].strip(" ,;.")
    bare = cite = f"{{{upstream.id}}}"
    if upstream.specialist == "docs" and name in EXACT:  # the number, quantity or date quoted
        bare = f"{{{upstream.id}.amount}}"
        cite = f"{{{upstream.id}.{_QUOTED_FIELD[name]}}}"
        own = operands.DATES.findall(text, segment.start, segment.end) if name == "dates" else []
        if len(own) == 1:  # "if I hand it in on 17 March 2027, the date 1 month after that"
            cite = own[0]
    elif name == "units" and unit:
        cite = f"{{{upstream.id}}} {{{upstream.id}.unit}}"  # carry the unit into the conversion
    pieces, cursor = [], segment.start
    for start, end in segment.references:
        counted = _COUNT_OF_UNIT.match(text, start)  # "that many ml": the unit is written
        pieces += [text[cursor:start], bare if counted else cite]
        contracted = _IS_CONTRACTED.match(text, end)  # "if that's a number of bytes"
        pieces += [" is"] if contracted else []
        cursor = contracted.end() if contracted else end
    pieces.append(text[cursor : segment.end])
    rewritten = "".join(pieces).strip(" ,;.")
    if segment.implicit and not segment.references:
        rewritten = insert_operand(rewritten, cite)
    return rewritten


# What a step cites of a quote from the documents (the docs specialist's output fields): the
# number it answers with, that number with its unit, or the date in it.
_QUOTED_FIELD = {"math": "amount", "units": "quantity", "dates": "date"}  # "that many": amount
_IS_CONTRACTED = re.compile(r"['’]s\b")  # "that's": the cited value "is", not "{t1}'s"


# The unit a conversion ends in: "convert 6 feet to centimetres", "how many kg is 150 lbs".
_TARGET_UNIT = re.compile(
    r"\b(?:to|in|into)\s+(?!in\s)([A-Za-zµ°²³/][A-Za-zµ°²³/ .]*?)\s*[?.!]*$"  # "comes to in X"
    r"|^\W*how many\s+((?:(?:square|cubic|sq\.?|cu\.?|fluid|fl\.?|us|imperial)\s+)?[A-Za-z°²³/]+)",
    re.IGNORECASE,
)
_PARENTHESIS_END = re.compile(r"\s*\([^()]*\)\s*$")  # "to MB (decimal)"
# The unit asked before the result: "how many GB is {t2}".
_BARE_RESULT_ASKED = re.compile(
    r"^\W*how\s+many\s+.{1,40}?\s(?:is|are|in)\s+(\{t\d+\})(?=\W*$)", re.IGNORECASE
)
# A conversion of a bare result: "convert {t3} to seconds", "convert {t4} back to kilometres".
_BARE_RESULT = re.compile(
    r"(\{t\d+\})(?=(?:\s+(?!(?:to|in|into)\b)[a-z]+){0,5}?\s+(?:back\s+)?(?:to|in|into)\b)",
    re.IGNORECASE,
)  # "{t2} to kB", "{t2} each portion to ounces", "{t2} TO KELVIN"


# A word problem: a story that states amounts ("5 pens cost 7.50", "Tom has 12 apples and gives
# away 5", "a train travels 180 km in 2 hours"), then asks what follows from them ("how much is
# one pen", "how many are left", "what is its speed"). The question alone has nothing to work
# on and the story alone asks nothing: the calculator needs both, as one request.
_STORY_VERB = (
    r"costs?|costing|cost\s+me|has|have|had|earns?|earned|makes?|made|pays?|paid|buys?|bought"
    r"|born|built|founded|planted|established"
    r"|sells?|sold|spends?|spent|travels?|travel+ed|drives?|drove|driven|walks?|walked|runs?|ran"
    r"|cycles?|cycled|flies|flew|uses?|used|eats?|ate|gives?|gave|gets?|got|takes?|took|needs?"
    r"|needed|holds?|held|contains?|weighs?|weighed|saves?|saved|shares?|shared|splits?|reads?"
    r"|invests?|invested|owes?|owed|charges?|charged|burns?|burned|fills?|filled|loses?|lost"
    r"|wins?|won|is\s+cut|are\s+cut|is\s+shared|are\s+shared|there\s+(?:are|is|were|was)"
    r"|measures?|measured|(?:is|are)\s+\d[\d.,]*\s*[a-z]*\s+(?:by|x)"  # "is 12 m by 8.5 m"
    r"|went|rose|fell|dropped|increased|decreased|grew|says|serves?|feeds?|calls\s+for|requires?"
    r"|fills?|covers?|covered|does|did|goes|splitting|sharing|paying|buying|earning|spending"
    r"|salary|income|wages?|finish(?:es|ed)?|complete[sd]?|builds?|built|paint(?:s|ed)?|digs?|dug"
    r"|empt(?:y|ies|ied)|cleans?|cleaned|mows?|mowed"
    r"|(?:is|are|was|were)\s+(?:about\s+|around\s+|roughly\s+|only\s+|now\s+)?[$£€]?\s*\d[\d,.]*"
)
STORY = re.compile(
    rf"^(?:(?:and|so|ok|okay|now|then)[\s,]+)?(?:(?:if|suppose|say|assume|imagine|given\s+that"
    rf"|let's\s+say)\s+)?(?!(?:whats|hows|what|how|which|when|who|where|why|convert|calculate|compute"
    rf"|work\s+out|find|tell|give\s+me|please|can|could|would)\b)"
    rf"(?=.*\b(?:{_STORY_VERB})\b)(?=.*\d|.*\b(?:two|three|four|five|six|seven|eight|nine|ten"
    rf"|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b)[^?]*$",
    re.IGNORECASE,
)


def restated_later(text: str, part: str, end: int, going_on: bool = False) -> bool:
    """Whether ``part`` only states amounts that a request after it (from ``end``) writes out
    again: "Wheelshare charges 5.50 an hour and 0.24 per mile. | Whats 5.50 times 6 plus 0.24
    times 40". The statement is the user's context, not a request of its own. ``going_on``: the
    part before was such a statement, so this one may go on with it ("| 2.25 for a towel")."""
    statement = STORY.match(part) or (going_on and STORY_MORE.match(part))
    if not statement or QUOTED.search(part) or operands.count_dates(part):
        return False
    stated = operands.numbers(part)
    later = operands.numbers(text[end:])
    return bool(stated) and all(number in later for number in stated)


# More of a story, after its first statement: "i make 18.50 an hour, | 37.5 hrs a week, | how
# much is that weekly". A statement with a number that asks and requests nothing.
STORY_MORE = re.compile(
    r"^(?:(?:and|so|then|now|plus)[\s,]+)?(?!(?:whats|hows|what|how|which|when|who|where|why|convert"
    r"|calculate|compute|work\s+out|find|tell|give|please|can|could|would|add|subtract|multiply"
    r"|divide|double|halve|triple|square|cube|take|round|sum|show|list|extract|detect|identify"
    r"|is|are|do|does)\b)(?=.*\d)[^?]*$",
    re.IGNORECASE,
)
STORY_QUESTION = re.compile(
    r"^(?:(?:and|so|then|now|ok|okay)[\s,]+)?(?:how\s+(?:much|many|far|long|fast|old)\b"
    r"|(?:what(?:'s|\s+is|\s+was)?\s+(?:the|my|its)\s+)?(?:percent(?:age)?\s+(?:increase"
    r"|decrease|change|rise|drop|fall|raise|gain|growth|cut|loss)|mpg|pace)\b|change\s*\??\s*$"
    r"|what(?:'s|s|\s+is|\s+was|\s+will\s+be|\s+are|\s+were)?\s+(?:the\s+|its\s+|their\s+"
    r"|his\s+|her\s+|my\s+|our\s+)?(?:(?:avg|average|new|final|overall|top|monthly|weekly"
    r"|yearly|annual|daily)\s+)?"
    r"(?:take[\s-]*home|net\s+pay|total|cost|price|speed|average|rate|change|sum|share|remaining"
    r"|amount|profit|distance|bill|area|perimeter|weight|pay|wages?|salary|earnings|income"
    r"|savings)\b"
    r"|what\s+(?:do|does|would|will)\s+(?:\S+\s+){1,3}(?:weigh|cost)\b"
    r"|what\s+(?:do|does|did|will|would)\s+(?:i|we|you|he|she|they"
    r"|\w+)\s+(?:pay|owe|spend|earn|get|have|save|need|make)\b|what\s+(?:is|'s)\s+left\b"
    r"|(?:how\s+many\s+|what(?:'s|\s+is|\s+are)?\s+(?:the\s+|its\s+|my\s+)?)?[a-z]+\s+per\s+"
    r"[a-z]+\s*\??\s*$"
    # asked by its noun alone: "average speed in km/h?", "total distance in km"
    r"|(?:(?:my|our|the|its)\s+)?(?:(?:avg|average|overall|top|total)\s+)?(?:speed|distance)"
    r"(?:\s+(?:in|as)\s+[^\s?]+)?\s*\??\s*$)",
    re.IGNORECASE,
)


# "how many ml", "how many GiB": of a story of one quantity, a conversion of it.
# Words after "how many" that are not what is counted: "how many are left", "how many times".
_NOT_COUNTED = r"(?!(?:are|is|do|does|did|will|would|can|could|of|more|left|times)\b)"
_HOW_MANY_UNITS = re.compile(
    rf"^\W*(?:and\s+|so\s+)?how\s+many\s+{_NOT_COUNTED}[a-z]", re.IGNORECASE
)


# "how much is that in pounds", "what's it in km": of a story of one quantity, a conversion.
_THAT_IN_UNITS = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:how\s+(?:much|far|long|heavy|big|tall|hot|cold)|what)(?:'s|s|\s+is"
    r"|\s+would\s+be|\s+does)?\s+(?:that"
    r"|it|this)\s+(?:come\s+to\s+)?(?:in|into)\s+(?!(?:total|all|a|an|one|each|per|every)\b)[a-z]",
    re.IGNORECASE,
)


# A story's question asked at the end of its last sentence, without a comma before it.
_ASKS_AT_END = re.compile(
    r"\S\s+(?:how\s+(?:much|many|far|long|fast)|whats|what's|what\s+(?:is|'s|are|do|does|did"
    r"|will))\b"
    r"[^,;.]*$",
    re.IGNORECASE,
)


def asks_at_end(story: str) -> bool:
    """Whether a story's last words ask its question ("... split it between 4 people how
    much does each person pay"), with nothing of their own to work on."""
    found = _ASKS_AT_END.search(story)
    if found is None or operands.count_dates(story):
        return False
    return story_question(story[found.start() + 1 :], story[: found.start() + 1])


def story_question(part: str, story: str) -> bool:
    """Whether ``part`` asks what follows from a word problem's ``story``, with no amount, date
    or text of its own to work on beyond at most one number ("how many litres for 350 km").
    "How many ml is that" of a story of one quantity ("a recipe needs 2.5 cups") converts it."""
    if operands.count_numbers(story) == 1 and (
        _HOW_MANY_UNITS.match(part) or _THAT_IN_UNITS.match(part)
    ):
        return False
    return (
        STORY_QUESTION.match(part.strip()) is not None
        and operands.count_numbers(part) <= 1
        and not operands.count_dates(part)
        and QUOTED.search(part) is None
    )


# What a sentence with one date asks of it, if anything: a weekday, a count, a shift.
_DATE_ASKED = re.compile(
    r"\?|\b(?:what|which|when|how|weekday|day of|days?|weeks?|months?|years?|fortnights?|after"
    r"|before|until|till|since|between|from|to|add|plus|minus|ago|later|earlier)\b",
    re.IGNORECASE,
)
_THE_DATE = re.compile(r"^(?:the\s+)?(?:date|day)\s+(?:of\s+)?", re.IGNORECASE)
# "Start with 12 km", "take 2400 grams", "say we have 3 cups": a quantity to work on, no request.
_GIVEN = re.compile(
    r"(?:(?:ok|okay|so|well|now)[\s,]+)?(?:start(?:ing)?\s+(?:with|from|at)|begin(?:ning)?\s+with"
    r"|take|taking|let's say|say|suppose|given|assume|i have|we have|i've got|we've got)"
    r"\s+(?:we\s+have\s+|i\s+have\s+)?(?P<quantity>.{1,40})",
    re.IGNORECASE,
)


# A quantity as written: a number and its unit ("42.195 km", "2.5 cups", "3 fl oz").
_QUANTITY = re.compile(
    r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s*(?:(?:fl\.?|sq\.?|square|cubic|us|imperial|light|nautical)"
    r"\s+)?[A-Za-zµ°][\w°µ²³/]*(?:\s+per\s+[A-Za-z]+)?",  # "40 miles per gallon" is one
    re.IGNORECASE,
)


# Words that make a quantity's segment a conversion in itself ("convert 2 GB to MB (decimal)",
# "number of weeks in 84 days").
_ASKS_CONVERSION = re.compile(
    r"\b(?:to|in|into|how many|how much|number of|convert\w*|express|turn)\b", re.IGNORECASE
)


# "If rent is 1,150 a month", "say the bill comes to $84": an amount supposed, for the next
# step to work on ("what's 12 times that"). It asks nothing itself.
SUPPOSED = re.compile(
    r"^(?:(?:ok|okay|so|well|now)[\s,]+)?(?:if|suppose|supposing|say|assume|assuming"
    r"|let's\s+say|given\s+that)\s+(?:that\s+)?(?:the\s+|my\s+|our\s+|your\s+|a\s+|an\s+)?"
    r"[a-z][a-z' -]{0,30}?\s+(?:is|are|was|were|costs?|comes?\s+to|equals|=)\s+"
    r"(?P<amount>[$£€]?\d[\d,]*(?:\.\d+)?)\s*(?:[$£€]|(?:euros?|dollars?|pounds?|bucks|usd|eur"
    r"|gbp)\b)?(?:\s*(?:(?:a|an|per|every)\s+[a-z]+|each|apiece))?"
    r"\W*$",
    re.IGNORECASE,
)


# One quantity said in two units, the larger first: "11 stone 6 lb", "5 ft 7 in", "1 hour 30
# minutes" (the units specialist adds them up).
_COMPOUND_QUANTITY = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?\s*(?:stones?|st|feet|foot|ft|hours?|hrs?|h|pounds?|lbs?|metres?"
    r"|meters?|m|minutes?|mins?)\s+(?:and\s+)?\d+(?:\.\d+)?\s*(?:pounds?|lbs?|lb|inch(?:es)?|in"
    r"|minutes?|mins?|ounces?|oz|centimetres?|centimeters?|cm|seconds?|secs?|s)\b",
    re.IGNORECASE,
)
_RATE_SLASH = re.compile(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])")


def given_quantity(part: str, name: str) -> str | None:
    """The quantity a query starts from, or None: "Start with 12 km" gives "12 km", and so does
    a statement of one quantity with nothing to convert it to ("Marathon distance is 42.195 km.",
    "3 cups =", "I drink 2 pints of water a day")."""
    if _SHARE_OF.search(part):  # "a quarter of 3600 seconds" is worked out, not given as is
        return None
    supposed = SUPPOSED.match(part) if name == "math" else None
    if supposed is not None:  # "if rent is 1,150 a month": the amount
        return supposed.group("amount").strip("$£€")
    found = _GIVEN.fullmatch(part)
    if found is None and name == "dates":  # "I was born on 1990-06-14.", "installed on X"
        dated = operands.DATES.findall(part)
        moved = _SPAN_OF_TIME.search(part) and _ASKS_THE_DATE.search(part)  # "..., checkout date"
        if (
            len(dated) == 1
            and not _DATE_ASKED.search(part)
            and not QUESTION.match(part)
            and not moved
        ):
            return str(dated[0])
        return None
    if found is None:
        compound = _COMPOUND_QUANTITY.search(part) if name == "units" else None
        if compound is not None:  # "I weigh 11 stone 6 lb": one quantity in two units
            part = part.replace(compound.group(0), "N", 1)  # counted as one amount below
        stated = [compound.group(0)] if compound else []
        stated += _QUANTITY.findall(part) if name == "units" else []
        numbers = operands.count_numbers(part) + (1 if compound else 0)
        if len(stated) != 1 or numbers != 1 or _ASKS_CONVERSION.search(part):
            return None
        rate = _RATE_SLASH.sub(" per ", part)  # "12 km/h" states a rate, asks no division
        if QUESTION.match(part) or operands.needs_operand("math", rate) is not None:
            return None
        return stated[0]
    quantity = found.group("quantity").strip()
    if name == "dates":  # "Take 2026-10-01.", "Take the date 2027-07-19"
        quantity = _THE_DATE.sub("", quantity)
        return quantity if operands.DATES.fullmatch(quantity) else None
    if operands.count_numbers(quantity) != 1 or _TARGET_UNIT.search(quantity):
        return None
    if operands.needs_operand("math", quantity) is not None:  # "take 25% of that": a step
        return None
    return quantity


def speed_in_other_unit(part: str) -> tuple[str, str, str] | None:
    """A word problem that asks a speed in another unit than its amounts give ("180 km in 2
    hours, what is its speed in mph"): the question without that unit, the unit its answer
    is in, and the unit asked for; None otherwise (the calculator gives no units)."""
    from specialists.units.catalog import lookup

    asked = _RATE_UNIT.search(part)
    if asked is None or asked.group(1) is None:
        asked = _IN_UNIT.search(part)  # "how far is that in km", "the area in square meters"
    if asked is None or not STORY.match(part):
        return None
    head = part[: asked.start()].rstrip(" ,")
    natural = _story_unit(head)
    wanted = lookup(asked.group(1))
    given = lookup(re.sub(r"^square\s+", "sq ", natural)) if natural else None  # "square ft"
    if natural is None or wanted is None:
        return None
    if given is None:  # a speed the catalogue does not list ("km/min"), which the units read
        return (head, natural, asked.group(1)) if _is_speed(natural, wanted) else None
    if wanted.expr == given.expr or wanted.category != given.category:
        return None  # the unit it is in already; "... how much is that in a year": not a unit
    return head, natural, asked.group(1)


def _is_speed(natural: str, wanted: UnitInfo) -> bool:
    """Whether ``natural`` is a distance over a time ("km/min") and a speed is asked."""
    return wanted.category == "speed" and re.fullmatch(r"[a-z]+/[a-z]+", natural) is not None


# A word problem's answer asked in a unit: "..., how far is that in km?", "the area in sq m".
_IN_UNIT = re.compile(
    r"\b(?:in|into)\s+((?:square\s+|sq\.?\s*|cubic\s+)?[A-Za-zµ°][\w°µ²³/.]*)\s*[?.!]*$",
    re.IGNORECASE,
)


def _story_unit(story: str) -> str | None:
    """The unit of a word problem's answer, from the units its measured amounts are in: the
    one unit ("a box weighs 12 kg, what do 15 boxes weigh"), squared for an area ("a rectangle
    is 12 m by 8.5 m, what's the area"), or distance over time for a speed ("180 km in 2
    hours"); None otherwise."""
    from specialists.units.catalog import lookup  # a table of unit spellings, no pint

    written = (re.sub(r"^[\d.,\s]+", "", q) for q in _QUANTITY.findall(story))
    spelt = {(found.expr, w.lower()) for w in written if (found := lookup(w)) is not None}
    units = {w: lookup(w) for _, w in sorted(dict(spelt).items())}  # one spelling per unit
    by_kind = {unit.category: unit for unit in units.values() if unit}  # "15 boxes" counts boxes
    waited = _TIME_TAKEN.search(story)
    if waited is not None:  # "fills at 4 liters a minute, how long": in minutes
        return f"{waited.group(1)}s"
    if _SPEED_ASKED.search(story) and set(by_kind) == {"length", "time"}:
        # km/h, m/s, and "km/min", which the catalogue does not list but the units read
        return f"{by_kind['length'].symbols[0]}/{by_kind['time'].symbols[0]}"
    if len(units) != 1:
        return None
    unit = next(iter(units))
    return f"square {unit}" if re.search(r"\barea\b", story, re.IGNORECASE) else unit


_TIME_TAKEN = re.compile(
    r"\b(?:a|an|per|each)\s+(second|minute|hour|day)\b.*\bhow\s+long\b", re.IGNORECASE
)
_SPEED_ASKED = re.compile(r"\b(?:speed|how\s+fast|velocity)\b", re.IGNORECASE)


# The unit a word problem asks its answer in: "how many metres is that in total".
_COUNTED_IN = re.compile(
    rf"\bhow\s+many\s+{_NOT_COUNTED}([a-z]+)\s+(?:is|are|in|does|do|will)\b", re.IGNORECASE
)
# The unit a word problem asks its rate in: "what is its speed in km/h".
_RATE_UNIT = re.compile(
    r"\b(?:in\s+([A-Za-z]+/[A-Za-z]+|kph|mph|km/h|knots)|([a-z]+\s+per\s+[a-z]+)|(mpg))\s*[?.!]*$",
    re.IGNORECASE,
)  # "... in km/h", "..., miles per gallon?"


def with_chain_unit(node_input: str, upstream: TaskNode, nodes: list[TaskNode]) -> str:
    """A conversion of arithmetic on a converted quantity, with the quantity's unit written in:
    after "convert 90 minutes to hours, multiply that by 4", "convert the total to seconds" is
    "convert {t2} hours to seconds" (arithmetic keeps the unit; its output does not say it).
    A word problem that asks for a rate in a unit gives it its unit too."""
    bare = _BARE_RESULT.search(node_input) or _BARE_RESULT_ASKED.search(node_input)
    if bare is None:
        return node_input
    by_id = {n.id: n for n in nodes}
    node: TaskNode | None = upstream
    while node is not None and node.specialist == "math" and len(node.depends_on) == 1:
        node = by_id.get(node.depends_on[0])
    if node is not None and node.specialist == "math" and not node.depends_on:
        if not STORY.match(node.input) and not _SHARE_OF.search(node.input):
            return node_input  # a word problem's answer has a unit it implies, and so has a share
        rate = _RATE_UNIT.search(node.input)  # "..., what is its speed in km/h"
        counted = _COUNTED_IN.search(node.input)  # "how many metres is that in total"
        asked = (
            (rate.group(1) or rate.group(2) or rate.group(3))
            if rate
            else counted.group(1)
            if counted
            else _story_unit(node.input)
        )
        if asked is None:
            return node_input
        return _with_unit(bare, node_input, asked)
    if node is None or node.specialist != "units":
        return node_input
    found = _TARGET_UNIT.search(_PARENTHESIS_END.sub("", node.input))
    unit = found and (found.group(1) or found.group(2))
    if not unit:
        return node_input
    return _with_unit(bare, node_input, unit.strip())


def _with_unit(bare: re.Match[str], node_input: str, unit: str) -> str:
    """``node_input`` with ``unit`` written after the bare result ``bare`` found in it."""
    return f"{node_input[: bare.end(1)]} {unit}{node_input[bare.end(1) :]}"


# "that many ml": the unit is written after the count, so the count is cited alone.
_COUNT_OF_UNIT = re.compile(r"th(?:at|is|ose) (?:many|much)(?=\s+[A-Za-zµ°])", re.IGNORECASE)


_PERCENT_STEP = re.compile(
    r"\W*(add|subtract|take away|deduct)\s+\d[\d.,]*\s*(?:%|percent)\s*$", re.IGNORECASE
)


_COUNTED_STEP = re.compile(
    r"(\W*(?:add|subtract|take away)\s+[\d.,]+)(\s+(?:to|so|for|in order)\b.*)?$", re.IGNORECASE
)  # "add 1 to include both ends": the purpose clause after the number stays after the cite


def insert_operand(text: str, cite: str) -> str:
    """Put the previous result where the verb expects its object."""
    if _VERB_BY.match(text):
        return _VERB_BY.sub(lambda m: f"{m.group(1)} {cite}", text, count=1)
    lowered = text.lower()
    percent = _PERCENT_STEP.match(text)  # "subtract 18%" is "X minus 18%", not "18% from X"
    if percent is not None:
        sign = "plus" if percent.group(1).lower() == "add" else "minus"
        return f"{cite} {sign} {text[percent.end(1) :].strip()}"
    for verb, joiner in _VERB_TO.items():
        if lowered.startswith(verb):
            counted = _COUNTED_STEP.match(text)  # "add 1 to include both ends"
            if counted is not None and (counted.group(2) or "").strip():
                return f"{counted.group(1)}{joiner}{cite}{counted.group(2)}"
            return f"{text}{joiner}{cite}"
    if _VERB_INTO.match(text):
        return _VERB_INTO.sub(lambda m: f"{m.group(1)} {cite}", text, count=1)
    return f"{cite} {text}"


# Parts that ask nothing by themselves: a place in the documents ("In my itinerary,"), an
# aside in brackets ("(work out the date first)"), a lone word ("..., roughly?").
ASIDE = re.compile(
    r"\W*(?:(?:in|from|according to|per|as per|based on)\s+(?:my|our|the)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|\([^()\d]*\))\W*",
    re.IGNORECASE,
)
# The rest of the last question, asked without its verb: "and for how much?", "at what time?".
ELLIPTICAL = re.compile(
    r"\W*(?:and\s+)?(?:(?:for|at|in|on|by|with|to|from|until)\s+(?:how|what|which|when|whom)"
    r"(?:\s+[\w'-]+){0,2}|how\s+(?:quickly|soon|fast|often|much|long|many)|by\s+when|when"
    r"|where|why)\W*",
    re.IGNORECASE,
)  # "who do I tell, and how quickly?": the quote that answers the first says it
# What a topic line names before the questions about it ("Battery warranty: ...", "bee club -
# ..."): a few words, then a colon or a spaced dash; no question, number-free instruction or text.
_HEADER_END = re.compile(r"\s*(?::|\s[-–—])\s")
_INSTRUCTION = re.compile(
    r"\b(?:convert|calculate|compute|work out|add|subtract|multiply|divide|tell|give|find|show"
    r"|list|extract|detect|identify|translate|count|sum|total|average|round|please|pls)\b",
    re.IGNORECASE,
)


def topic_line(text: str, segment: Segment, names: Iterable[str]) -> bool:
    """Whether a segment only names what the questions after it are about: a line of at most
    six words that ends at a colon or a spaced dash, asks nothing, names no specialist, no
    number and no earlier result."""
    part = text[segment.start : segment.end]
    return bool(
        _HEADER_END.match(text, segment.end)
        and len(part.split()) <= 6
        and not any(ch.isdigit() for ch in part)  # "a 500 GB drive:", "1 month after X -"
        and not reference_phrase(part, 0, len(part))
        and not QUESTION.match(part.strip())
        and not _INSTRUCTION.search(part)
        and not QUOTED.search(part)
        and "?" not in part
        and not router.named(part, names)
    )


# A connector that only hands the last result on ("using that", "once you have that", "with
# that"): the request after it takes the result (``operands``); on its own it asks nothing.
HANDOVER = re.compile(
    r"\W*(?:and\s+|then\s+)*(?:(?:with|using|use|taking|take|given|from|after|having|keeping)"
    r"|once\s+you(?:'ve|\s+have)?\s+(?:got|have|get)?)\s+"
    r"(?:that|this|it|there|those|the\s+(?:result|answer|number|value|total)"
    r"|that\s+(?:result|answer|number|value|total))(?:\s+(?:number|result|value))?\W*",
    re.IGNORECASE,
)
# A chatty lead-in before a dash or colon, made only of words that ask nothing: "ok last one
# lol - ...", "quick q: ...", "hey so um - ...". The segmenter, trained on requests, read the
# whole of "ok last one lol - 3 kg of potatoes at 1.20 a kg ..., then tell me a recipe" as one
# out-of-scope request; without its lead-in it cuts the parts apart.
_LEAD_IN_WORDS = (
    r"ok|okay|k|so|um+|uh+|er+|hmm+|hey|hi|hello|yo|lol|haha|right|alright|well|also|and|then"
    r"|(?:last|another|next|final|this)(?:\s+one)?|quick|question|q|qs|real|btw|sorry|oh|ah|now|guys"
    r"|everyone|friend|mate|pls|please|thanks|cheers|good|morning|afternoon|evening|there|again"
)
LEAD_IN = re.compile(
    rf"^\s*(?:(?:{_LEAD_IN_WORDS})\b[\s,!.]*){{1,6}}(?:-+|–|—|:)\s+(?=\S)", re.IGNORECASE
)
FILLER_WORD = re.compile(
    r"\W*(?:roughly|approximately|approx|about|exactly|please|pls|thanks|thank you|again|too"
    r"|as well|asap|quickly|now|(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|ur|all\s+is)\s+(?:well|good"
    r"|ok|doing\s+well)|no\s+(?:rush|hurry)|take\s+your\s+time|(?:many\s+)?thanks\s+in\s+advance"
    r"|many\s+thanks|cheers|if\s+you\s+(?:don't|do\s+not)\s+mind|while\s+you(?:'re|\s+are)\s+at\s+it"
    r"|when\s+you\s+(?:get|have)\s+a\s+(?:chance|sec|second|minute|moment))\W*",
    re.IGNORECASE,
)
# "Could you please work out three things for me", "I would be very grateful if you could help me
# with a small calculation", "I've got a couple of questions": help asked for in general, before
# the requests themselves.
PREAMBLE = re.compile(
    r"\W*(?:(?:sorry\s+to\s+bother\s+you|hi|hello|hey|good\s+(?:morning|afternoon|evening)"
    r"|dear\s+\w+(?:\s+or\s+\w+)?)\W+)*"
    r"(?:(?:i\s+(?:would|'d)\s+be\s+(?:very\s+|really\s+|so\s+)?grateful\s+if\s+"
    r"|i\s+(?:was\s+)?wonder(?:ing)?\s+if\s+)?(?:you\s+)?(?:could|can|would|will)\s+(?:you\s+)?"
    r"(?:please\s+|kindly\s+)?(?:help\s+me\s+(?:out\s+)?with|work\s+out|figure\s+out|answer"
    r"|sort\s+out|do)"
    r"|i(?:\s+have|'ve\s+got|\s+got)|(?:i\s+)?need\s+help\s+with|quick)"
    r"\s+(?:(?:a|an|some|few|couple|of|two|three|four|five|several|\d+|the|following|these"
    r"|small|quick|little|maths?)\s+)*"
    r"(?:things?|questions?|calculations?|sums?|conversions?|bits|queries|problems?|following)"
    r"(?:\s+for\s+me)?(?:\s+please)?\W*",
    re.IGNORECASE,
)
# A letter's sign-off and signature at the end of the query ("Kind regards,\nGeoffrey", "Many
# thanks, Anita Patel"): not a request, and no text for a specialist to read.
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[\n.!?]))\s*(?i:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)"
    r"|regards|thanks(?:\s+(?:so\s+much|a\s+lot|again|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance))?|cheers|sincerely"
    r"|yours\s+(?:sincerely|faithfully|truly)|all\s+the\s+best|best)\s*[,!.]?"
    r"(?:\s*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3})?\s*[.!]?\s*$"
)


# A letter's salutation on a line of its own: "Dear Millbrook Dental,", "Hi Hive,", "Hello team".
_SALUTATION = re.compile(
    r"\A\s*(?i:dear|hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|to\s+whom)\b"
    r"[^\n\d?]{0,60}?[,!]?[ \t]*\n"
)


def salutation_end(text: str) -> int:
    """Where a letter's body begins after a salutation line, or 0."""
    found = _SALUTATION.match(text)
    return found.end() if found is not None and text[found.end() :].strip() else 0


def sign_off_start(text: str) -> int | None:
    """Where a closing sign-off (and the name under it) begins, or None."""
    found = _SIGN_OFF.search(text)
    return found.start() if found is not None and found.start() > 0 else None


# A unit asked alone after a question of the documents: "in feet please", "convert to mph".
_UNIT_ALONE = re.compile(
    r"\W*(?:(?:and|also|now|then|so|but)\s+)*(?:(?:convert|change|turn|put|give)\s+(?:it|that|"
    r"this|me\s+(?:it|that))?\s*)?(?:to|in|into)\s+(?P<unit>[^\W\d][\w°²³/ .]*?)"
    r"(?:\s+(?:please|pls|plz|thanks|thx))?\s*(?:[,;].*)?[?.!]*",
    re.IGNORECASE | re.DOTALL,
)


def unit_asked_alone(part: str) -> str | None:
    """The unit ``part`` asks the last answer in, when it says nothing else ("in feet please,
    I only think in feet"), or None."""
    from specialists.units.catalog import lookup

    found = _UNIT_ALONE.fullmatch(part)
    return found["unit"] if found is not None and lookup(found["unit"]) is not None else None


# "..., check the rules": where to look, said after a docs question; the question asks it.
SEE_DOCUMENTS = re.compile(
    r"\W*(?:(?:and|so|pls|please)\s+)*(?:check|see|consult|look\s+(?:it\s+)?up\s+in|look\s+at)"
    r"\s+(?:the|my|our)\s+(?:rules|docs|documents|handbook|guide|manual|notes|policy|policies|faq"
    r"|itinerary|house\s+rules)\W*",
    re.IGNORECASE,
)


def questions_apart(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A docs segment's parts regrouped into questions: a part that opens with a question word
    starts a new one after a question mark or after another question ("printer error E27
    meaning? + how many pages ...", "when ..., and who ..."); any other part belongs to the
    question before it ("..., and for how much?", "According to the notes, when is ...")."""
    grouped: list[tuple[int, int]] = []
    for a, b in parts:
        if not grouped:
            grouped.append((a, b))
            continue
        asks = QUESTION.match(text, a, b) is not None
        ended = any(c in text[grouped[-1][1] : a] for c in "?.!")  # the one before it ended
        asks = asks or (ended and reader_named(text[a:b], None) is not None)  # "? then sentiment"
        before_asked = QUESTION.match(text, *grouped[-1]) is not None
        if asks and (ended or before_asked):
            grouped.append((a, b))
        else:  # "According to the notes, when is ...", "my printer shows E12, what do I do"
            grouped[-1] = (grouped[-1][0], b)
    return grouped


# "find what the couple say about the gift list", "look up what the manual says on E4", "remind
# me what the handbook says about reviews": a question about what the user's documents say,
# however the words around it read.
_ASKS_DOCUMENTS = re.compile(
    r"^\W*(?:(?:can you|please|pls)\s+)?(?:find|get|fetch|grab|look up|show me|pull up|check"
    r"|remind me|tell me)\s+"
    r"(?:out\s+)?(?:what|where|how|when|who)\b.*\b(?:says?|said|mentions?|writes?|states?)\b",
    re.IGNORECASE,
)


def asks_documents(part: str, name: str | None) -> bool:
    """A request routed elsewhere that asks what the user's documents say."""
    return name != "docs" and _ASKS_DOCUMENTS.search(part) is not None


# "the sentence that says who leads the ceremony", "the gym's rule about lost property", "the
# printer manual's support line sentence": a passage of the user's documents, described.
_PASSAGE = re.compile(
    r"\b(?:the|that|this)\s+(?:(?!(?:from|of|in|on|about|for)\b)[\w'’-]+\s+){0,4}?"
    r"(?:sentence|line|rule|passage|paragraph"
    r"|section|clause|part|bit|policy)\b(?:\s+(?:that\s+says|saying|about|on|in|of|which"
    r"|where)\b[^.?!]*)?",
    re.IGNORECASE,
)


# The text readers a request can name ("language" is left out: "what language ..." is
# itself the language question, not a reader named inside another request).
_NAMED_READERS = ("entities", "sentiment")


def reader_named(part: str, name: str | None) -> str | None:
    """The text reader a request names when the router found nothing close ("sentiment of the
    gym's rule about lost property"), else the route as it was."""
    if name is not None:
        return name
    found = router.named(part, _NAMED_READERS)
    return min(found) if found else None


def described_passage(
    text: str, segment: Segment, name: str | None, nodes: list[TaskNode]
) -> tuple[int, int] | None:
    """Where a text reader's request describes the passage it asks about, when the passage is
    to be found first ("sentiment of the gym's rule about lost property": docs finds the rule, then
    the sentiment reads it); None when the reader has a text, or an earlier passage to read."""
    if name not in READS_TEXT or QUOTED.search(text, segment.start, segment.end):
        return None
    if has_passage(nodes):
        return None  # "that sentence" after a docs answer is that answer
    found = _PASSAGE.search(text, segment.start, segment.end)
    if found is None or len(found.group(0).split()) < 3:  # "that line": nothing to look for
        return None
    if _SAME_TEXT.search(found.group(0)) and QUOTED.search(text, 0, segment.start):
        return None  # "the same sentence" after 'Tim Cook announced ...' is that quote
    return found.span()


_SAME_TEXT = re.compile(r"\b(?:same|above|previous|that|this)\b", re.IGNORECASE)


# "... and tell me the weekday", "what's the date 100 days after that meeting": a calendar
# question with no date of its own.
_CALENDAR_ASKED = re.compile(
    r"\b(?:weekday|day\s+of\s+(?:the\s+)?week|what\s+day\b|\d+\s+(?:days?|weeks?|months?)"
    r"\s+(?:after|before|from|later|earlier))",
    re.IGNORECASE,
)


def quoted_date(text: str, segment: Segment, part: str) -> str | None:
    """The one date in the quoted texts before a calendar question that names none ("find
    the date in 'Anna flies to Lisbon on 14 March 2027' and tell me the weekday"), or None."""
    if not _CALENDAR_ASKED.search(part) or operands.count_dates(part):
        return None
    quoted = " ".join(m.group(0) for m in QUOTED.finditer(text, 0, segment.start))
    found = operands.DATES.findall(quoted)
    return str(found[0]) if len(found) == 1 else None


def dated_request(part: str, name: str | None) -> bool:
    """A request routed to the documents that is a complete date question: two dates and a
    span between them ("days from 2027-04-30 (hotel deadline) to 2027-06-09"); or one routed
    to units that counts days to or from a date."""
    if name == "units" and operands.count_dates(part) and _DAYS_UNTIL.search(part):
        return True  # "how many days until christmas 2026": a count of days, not a conversion
    if name == "units" and _AGE.search(part) and operands.needs_operand("units", part):
        return True  # "and how many days old I am": from a date given before to today
    return (
        name == "docs"
        and operands.count_dates(part) >= 2
        and operands.returns("dates", part) == operands.NUMBER
        and operands.needs_operand("dates", part) is False
    )


_AGE = re.compile(r"\b(?:days|weeks|months|years)\s+old\b|\bhow\s+old\b", re.IGNORECASE)
_DAYS_UNTIL = re.compile(
    r"\bhow\s+many\s+(?:days|weeks|months|years)\b.*\b(?:until|till|since|between|from|to|before"
    r"|after|left|ago)\b",
    re.IGNORECASE,
)
