"""Split documents into sentence chunks, the unit the docs specialist retrieves and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_CHARS = 25  # shorter fragments ("Hi.", headings) carry too little meaning to embed alone
MAX_CHARS = 1000  # about 200 tokens, under the encoder's 256-token truncation
# A list item is a unit of its own however short ("- 500 g ricotta"): merged into the next line
# it would be quoted for questions about that line, and its own figure lost.
MIN_ITEM_CHARS = 8

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs inc ltd co corp no nos fig figs approx dept est cf al "
    "jan feb mar apr jun jul aug sep sept oct nov dec vol pp ca gen gov rev lt col capt sgt".split()
)

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_LINE_BREAK = re.compile(r"\n\s*")
_SPACE = re.compile(r"\s*")
_BULLET = re.compile(r"(?:[-*•·–—]|\d{1,3}[.)]|[a-z]\))\s+")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "e.g", "U.S", "J"
_LIST_NUMBER = re.compile(r"\s*\d{1,3}")
# A "Label: value" line ("Books: 3 weeks", "Tax code: 1240L") is a list item without a bullet.
LABEL_LINE = re.compile(r"[A-Z][\w'’&/() -]{0,40}:[^\S\n]+\S[^\n]*$")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A sentence-sized span of a document; ``text == document[start:end]``."""

    text: str
    start: int
    end: int


def _next_non_space(text: str, pos: int) -> int:
    """Offset of the first non-whitespace character at or after ``pos``."""
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _is_abbreviation(text: str, period: int) -> bool:
    """Whether the period at ``period`` closes an abbreviation, an initial or a list number."""
    line = text[text.rfind("\n", 0, period) + 1 : period]
    words = line.split()
    if not words:
        return False
    token = words[-1].lstrip("(\"'“‘")
    return (
        token.lower() in ABBREVIATIONS
        or bool(_INITIALS.fullmatch(token))
        or bool(_LIST_NUMBER.fullmatch(line))
    )


def _sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence begins: after end punctuation or at a line that starts fresh."""
    starts = {0}
    for match in _SENTENCE_END.finditer(text):
        nxt = _next_non_space(text, match.end())
        if nxt == len(text) or text[nxt].islower():
            continue  # a lowercase follower means the period was not a sentence end
        if match.group() == "." and _is_abbreviation(text, match.start()):
            continue
        starts.add(nxt)
    for match in _LINE_BREAK.finditer(text):
        nxt = match.end()
        paragraph = match.group().count("\n") > 1
        if nxt < len(text) and (paragraph or not text[nxt].islower()):
            starts.add(nxt)  # a wrapped line continues in lowercase; lists and headings do not
    return sorted(starts)


def _trim(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Shrink a span past surrounding whitespace and a leading bullet or list marker; whether
    it is a list item (it had one, or it is a whole "Label: value" line)."""
    start = _next_non_space(text, start)
    bullet = _BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    opens_line = not text[text.rfind("\n", 0, start) + 1 : start].strip()
    label = opens_line and bool(LABEL_LINE.match(text, start, end))
    return start, end, bullet is not None or label


def _split_items(text: str) -> list[tuple[int, int, bool]]:
    """Non-empty spans of the sentences and list items in ``text``, each marked if a list item."""
    starts = _sentence_starts(text)
    spans = [_trim(text, a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [(a, b, item) for a, b, item in spans if b > a]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Non-empty ``(start, end)`` spans of the sentences and list items in ``text``."""
    return [(a, b) for a, b, _ in _split_items(text)]


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut a span longer than ``max_chars`` at whitespace so the encoder never truncates it."""
    pieces = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = start + max(window.rfind(" "), window.rfind("\n"))
        cut = cut if cut > start else start + max_chars
        pieces.append((start, start + len(text[start:cut].rstrip())))
        start = _next_non_space(text, cut)
    pieces.append((start, end))
    return pieces


def _merge_short(
    text: str, spans: list[tuple[int, int, bool]], min_chars: int
) -> list[tuple[int, int]]:
    """Fold fragments shorter than ``min_chars`` (list items: ``MIN_ITEM_CHARS``) into a
    neighbour.

    A short sentence on the line of the one before ("... to lock. Repeat to unlock.") ends that
    thought, so it joins the previous span; anything else short, a label or a heading ("Error
    codes", "Fees."), introduces what follows, so it joins the next.
    """
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for start, end, item in spans:
        short = end - start < (min(min_chars, MIN_ITEM_CHARS) if item else min_chars)
        same_line = bool(merged) and "\n" not in text[merged[-1][1] : start]
        if short and carry is None and same_line and text[end - 1] in ".!?":
            merged[-1] = (merged[-1][0], end)
            continue
        # A list item ends a merge by its own length; other text once the merge is long enough.
        start = start if carry is None else carry
        carry = start if (short if item else end - start < min_chars) else None
        if carry is None:
            merged.append((start, end))
    if carry is not None:
        merged = [*merged[:-1], (merged[-1][0] if merged else carry, spans[-1][1])]
    return merged


def chunk_document(
    text: str, min_chars: int = MIN_CHARS, max_chars: int = MAX_CHARS
) -> list[Chunk]:
    """Sentence chunks of ``text`` with their offsets; short ones merged, long ones cut."""
    spans = [
        (*piece, item)
        for a, b, item in _split_items(text)
        for piece in _split_long(text, a, b, max_chars)
    ]
    return [Chunk(text[a:b], a, b) for a, b in _merge_short(text, spans, min_chars)]
