"""Deterministic text handling: find the judged text inside a request and its deciding clause.

Extraction is rule-based, not learned: a quoted span or the clause after ``...:`` is judged when
the words around it ask for a sentiment; otherwise the whole input is the judged text.
"""

from __future__ import annotations

import re

from specialists.sentiment.emoji import normalise

# Words that mark the text around a quote or before a colon as a request, not as content.
_CUE = re.compile(
    r"\b(sentiments?|tone|polarity|mood|emotions?|attitude|vibes?|classify|classification|"
    r"categori[sz]e|label|analy[sz]e|analysis|positive|negative|neutral|pos/neg|"
    r"good or bad|happy or (?:sad|angry|upset)|how does (?:this|that|it) (?:sound|read|feel|"
    r"come across)|feeling behind|opinion expressed)\b",
    re.IGNORECASE,
)
_QUOTES = [
    re.compile(r'"([^"]+)"'),
    re.compile(r"“([^”]+)”"),
    re.compile(r"‘([^’]+)’"),
    re.compile(r"«([^»]+)»"),
    re.compile(r"„([^“”]+)[“”]"),
    re.compile(r"`([^`]+)`"),
    re.compile(r"(?:^|(?<=[\s:(\[]))'(.+?)'(?=[\s.,!?;:)\]]|$)"),
]
_IMPERATIVE = re.compile(
    r"\W*(?:(?:please|pls|hey|hi|can you|could you|would you)[\s,]+)*(?:classify|analy[sz]e|tell|"
    r"determine|rate|label|judge|assess|evaluate|check|score|given|read)\b",
    re.IGNORECASE,
)
_MIN_QUOTED_WORDS = 3
_DELIMITER = re.compile(r"\s*(?::|\?|\n|\s[-–—]+\s|--|\s-+>\s|\s→\s)\s*")
# An arrow back at the text from the request after it: "Would stay again! <- sentiment pls".
_POINTED_BACK = re.compile(r"\s(?:<-+|<=+|←)\s*(?=\S[^<←]*$)")
_MAX_REQUEST_WORDS = 16  # a request prefix or suffix is short; longer text is content
_MAX_SUFFIX_WORDS = 8
_SUFFIX_START = re.compile(
    r"\W*(?:sentiment|tone|mood|polarity|classify|label|positive|negative|neutral)\b"
    r".*\b(?:or|sentiment|tone|mood|polarity|classify|label)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:(?:please|pls|hey|hi|ok|so|can you|could you|would you|kindly)[\s,]+)*"
    r"(?:(?:what(?:'s|’s| is| was)|whats|give me|get|find|detect|determine|tell me|show me|"
    r"identify|predict)\s+(?:the\s+)?(?:overall\s+)?(?:sentiment|tone|mood|polarity|emotion|"
    r"feeling|vibe|attitude)"
    r"|(?:classify|analy[sz]e|rate|label|judge|assess|evaluate|score|categori[sz]e)"
    r"(?:\s+the)?(?:\s+(?:sentiment|tone|mood|polarity|emotion))?"
    r"|(?:sentiment|tone|mood|polarity)(?:\s+analysis)?)"
    r"(?:\s+(?:of|in|for|on|behind))?(?:\s+(?:this|the following|that|following))?"
    r"(?:\s+(?:text|sentence|review|tweet|message|comment|post|statement|line|phrase|email|"
    r"feedback|quote|note|reply))?\s*[:,\-–—]?\s+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"[\s,.;:!?\-–—(]*(?:(?:is|was) (?:this|that|it) )?(?:positive|negative|neutral)"
    r"(?:\s*(?:,|/|or|,\s*or)\s*(?:positive|negative|neutral))+\s*[?.)]*$"
    r"|[\s,.;:!?\-–—(]*(?:what(?:'s| is) the )?(?:sentiment|tone|mood|polarity)\s*[?.)]*$",
    re.IGNORECASE,
)
_EDGE = " \t\n\"'“”‘’«»`"


def _is_request(words: str) -> bool:
    """True when the text around the judged text asks for a sentiment."""
    return bool(_CUE.search(words)) and len(words.split()) <= _MAX_REQUEST_WORDS


def _from_quotes(text: str) -> str | None:
    """The longest quoted span when the words outside the quotes form a request."""
    spans = [m for pattern in _QUOTES for m in pattern.finditer(text)]
    spans = [m for m in spans if m.group(1).strip()]
    if not spans:
        return None
    best = max(spans, key=lambda m: len(m.group(1)))
    outside = text[: best.start()] + " " + text[best.end() :]
    if not outside.strip(" .,:;!?-") or _is_request(outside) or _asks_about(outside, best.group(1)):
        return best.group(1).strip()
    return None


def _asks_about(outside: str, quoted: str) -> bool:
    """A short question or imperative around a quote of three or more words asks about it."""
    asking = "?" in outside or bool(_IMPERATIVE.match(outside))
    short = len(outside.split()) <= _MAX_REQUEST_WORDS
    return asking and short and len(quoted.split()) >= _MIN_QUOTED_WORDS


def _from_delimiter(text: str) -> str | None:
    """The part after a request prefix (``...:``, ``... ->``), or before a request suffix
    (``... <- sentiment pls``)."""
    pointed = _POINTED_BACK.search(text)
    if pointed and text[: pointed.start()].strip() and _is_request(text[pointed.end() :]):
        return text[: pointed.start()].strip()
    for match in _DELIMITER.finditer(text):
        head, tail = text[: match.start()], text[match.end() :]
        if head.strip() and tail.strip() and _is_request(head):
            return tail.strip()
    sentences = re.split(r"(?<=[.!?])\s+|\n+|\s[-–—]+\s|--", text.rstrip())
    if len(sentences) > 1 and _is_request_suffix(sentences[-1]):
        head = text[: text.rstrip().rfind(sentences[-1])].strip()
        return head or None
    return None


def _is_request_suffix(sentence: str) -> bool:
    """A short trailing question such as "Positive or negative?" or "Sentiment?"."""
    short = len(sentence.split()) <= _MAX_SUFFIX_WORDS and bool(_CUE.search(sentence))
    return short and (sentence.rstrip().endswith("?") or bool(_SUFFIX_START.match(sentence)))


def judged_text(request: str) -> str:
    """The text whose sentiment is asked for: a quote, a clause after a request, or all of it."""
    text = request.strip()
    found = _from_quotes(text) or _from_delimiter(text)
    if found is None:
        lead = _LEAD.match(text)
        found = text[lead.end() :] if lead and text[lead.end() :].strip() else text
        found = _TRAIL.sub("", found) if _TRAIL.search(found) and _TRAIL.sub("", found) else found
    return found.strip(_EDGE)


def has_content(text: str) -> bool:
    """True when there is at least one letter, emoji or emoticon to judge."""
    return any(c.isalpha() for c in text) or normalise(text) != text.strip()


_SUBORDINATE_FIRST = re.compile(
    r"^(?:although|even though|though|while|whilst|despite|in spite of|even if)\b[^,]+,\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_TURN = re.compile(
    r"(?:^|[,.;:!?…]|\s)\s*(?:but|however|yet|that said|on the other hand|unfortunately|sadly|"
    r"luckily|thankfully|fortunately|nevertheless|nonetheless|and yet|still,|then again)\b[,:]?\s*",
    re.IGNORECASE,
)
_CONCESSION_AFTER = re.compile(
    r"^(.+?),?\s+(?:even though|although|though|despite|in spite of)\s+\w",
    re.IGNORECASE | re.DOTALL,
)
_MIN_FOCUS_WORDS = 2


def focus_clause(text: str) -> str:
    """The clause a contrast lands on ("A, but B" -> B; "Although A, B" -> B; "B, though A" -> B).

    Returns ``text`` unchanged when there is no contrast; the model sees both.
    """
    found = text
    match = _SUBORDINATE_FIRST.match(found)
    if match and len(match.group(1).split()) >= _MIN_FOCUS_WORDS:
        found = match.group(1)
    turns = [m for m in _TURN.finditer(found) if m.end() < len(found)]
    if turns and len(found[turns[-1].end() :].split()) >= _MIN_FOCUS_WORDS:
        found = found[turns[-1].end() :]
    match = _CONCESSION_AFTER.match(found)
    if match and len(match.group(1).split()) >= _MIN_FOCUS_WORDS:
        found = match.group(1)
    return found.strip() or text


_REQUEST_ONLY = re.compile(
    r"\b(?:what(?:'|’)?s|what|is|was|are|the|of|this|that|it|text|please|tell|me|give|classify|"
    r"analy[sz]e|rate|label|or|and|sentiment|tone|mood|polarity|emotion|positive|negative|"
    r"neutral|can|you|could|would|say|find|determine|detect|sentence|review|message|a|in|for|"
    r"here|following|check|how|does|sound|feel|read|good|bad)\b",
    re.IGNORECASE,
)


def is_bare_request(text: str) -> bool:
    """True for a request with nothing to judge, such as "What's the sentiment?"."""
    if not _CUE.search(text):
        return False
    return not re.sub(r"[\W_]+", "", _REQUEST_ONLY.sub("", text))
