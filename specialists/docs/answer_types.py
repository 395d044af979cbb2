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
