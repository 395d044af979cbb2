"""Find the text to judge inside a request: "what language is 'dziękuję bardzo'?" -> the quote.

The wrapper question is usually English while the quoted text is not; judging the whole request
would let the wrapper outvote a short phrase, so the wrapper is removed first.
"""

from __future__ import annotations

import re

_PAIRS = {
    '"': '"',
    "“": "”",
    "„": "“",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "‘": "’",
    "'": "'",
}
# an ASCII ' opens a quote only after a space, a colon or a bracket, so "l'eau" and "don't" stay
_QUOTE = re.compile(
    "|".join(
        rf"(?:(?<![^\s:(\[{{=,]){re.escape(o)}(?P<q{i}>[^{re.escape(c)}\n]+?){re.escape(c)}"
        rf"(?=$|[\s?!.,;:)\]}}]))"
        if o == "'"
        else rf"{re.escape(o)}(?P<q{i}>[^{re.escape(c)}\n]+?){re.escape(c)}"
        for i, (o, c) in enumerate(_PAIRS.items())
    )
)
_NOUN = r"(?:text|phrase|sentence|word|words|string|message|line|expression|greeting)"
_THIS = r"(?:this|that|it|these|those|the\s+following|following|the|my|a)"
_LEAD = re.compile(
    r"^\s*(?:hey|hi|hello|ok|okay|so|um+|hmm+|quick question|question)?[\s,!.:]*"
    r"(?:(?:please|pls|kindly|can\s+you|could\s+you|would\s+you|i\s+need\s+(?:you\s+)?to|"
    r"help\s+me)\s+)*"
    r"(?:"
    r"(?:detect|identify|guess|tell(?:\s+me)?|determine|recogni[sz]e|classify|name|find|check)"
    rf"\s+(?:what|which)?\s*(?:the\s+)?(?:language|lang)\s*(?:of|for|in|is)?\s*(?:{_THIS}\b\s*)?"
    rf"(?:{_NOUN}\b\s*)?(?:is\b\s*)?(?:written\b\s*)?(?:in\b\s*)?"
    r"|(?:in\s+)?(?:what|which)(?:'s|\s+is|\s+was)?\s+(?:the\s+)?(?:language|lang)(?:uage)?"
    rf"\s*(?:is|was|are|of|for)?\s*(?:{_THIS}\b\s*)?(?:{_NOUN}\b\s*)?(?:is\b\s*)?"
    r"(?:written\b\s*)?(?:in\b\s*)?"
    r"|(?:language|lang)\s*(?:of|for|id|detection|identification|check)?\s*(?=[:\-–—])"
    r")"
    r"\s*[:\-–—,]?\s*",
    re.IGNORECASE,
)
_SEPARATED = re.compile(
    r"^(?P<ask>[^:\n]{0,80}?\b(?:language|lang)\b[^:?\n]{0,50}?)\s*[:?\-–—]+\s+(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TRAIL = re.compile(
    r"[\s\-–—,:;(\[]*(?:(?:in\s+)?(?:what|which)\s+(?:language|lang)\b.*|"
    r"(?:what|which)\s+is\s+(?:the\s+)?language\b.*|"
    r"\b(?:language|lang)\s*\??)$",
    re.IGNORECASE,
)
_SPOKEN = re.compile(
    r"\b(?:what|which)\s+languages?\s+(?:do|does|did|is\s+spoken|are\s+spoken|should|"
    r"can|to\s+learn)\b",
    re.IGNORECASE,
)
_EDGE = " \t\n\r\"'“”„«»‹›‘’「」『』()[]{}:;,.!?¿¡-–—"


def _quoted(request: str) -> str | None:
    """The longest quoted span, if the request quotes something."""
    spans = [m for match in _QUOTE.finditer(request) for m in match.groups() if m]
    spans = [s for s in spans if s.strip(_EDGE)]
    return max(spans, key=len) if spans else None


def asks_which_is_spoken(request: str) -> bool:
    """Whether the request asks a fact ("what language do they speak in Peru?"), not for an ID."""
    return bool(_SPOKEN.search(request)) and _quoted(request) is None


def extract_target(request: str) -> str:
    """The part of ``request`` whose language the user wants; the whole text when no wrapper."""
    quoted = _quoted(request)
    if quoted is not None:
        return quoted.strip(_EDGE)
    text = request.strip()
    separated = _SEPARATED.match(text)
    if separated:
        return separated.group("text").strip(_EDGE)
    lead = _LEAD.match(text)
    if lead and lead.end() > 0 and re.search(r"lang", lead.group(), re.IGNORECASE):
        text = text[lead.end() :]
    trail = _TRAIL.search(text)
    if trail and trail.start() > 0:
        text = text[: trail.start()]
    return text.strip(_EDGE)
