"""From the model's spans to a number and two units, repairing near-miss span edges.

The tagger sometimes stops a word short (``sq [m]``, ``kilometers per [hour]``, ``[in]2``) or
runs a word long (``[gallon thanks]``, ``[1. 0.6]``). Exact catalog spellings a word or two
wider or narrower than the span fix those; the classifier decides only what spelling cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from specialists.training.encoder import Parse, Ranked, Span, Word, split_words
from specialists.units.catalog import UnitInfo, lookup
from specialists.units.convert import UnitError, convert, resolve
from specialists.units.numbers import parse_number

GROW = 2  # words a unit span may gain on either side
Reading = tuple[str, UnitInfo]
_JOIN = re.compile(r"[\s,]*(?:and)?[\s,]*", re.IGNORECASE)  # between "5 ft" and "11 in"
# A numeric token as written: "1,250.5", "3280.839895", ".5", "3e8". The tagger sees "3280",
# "." and "839895" as three words and may tag only the first, so a value span always grows to
# the whole token it touches.
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?")
# "... if it's Celsius", "assuming it is in pounds", "given that the value is kg": the unit after
# the cue is the one the number is in, whatever the tagger made of it.
_TARGET_CUE = re.compile(r"\b(?:to|in|into|as)\s+(?:the\s+)?", re.IGNORECASE)  # "in the meters"
_ASSUMED = re.compile(
    r"\b(?:if|assuming|assume|supposing|given(?:\s+that)?)\s+"
    r"(?:(?:it|this|that|they|those|these|the\s+(?:value|number|quantity|amount|figure))"
    r"\s*(?:'s|’s|'re|’re|\s+is|\s+was|\s+are|\s+were|\s+be)?\s+)?"
    r"(?:(?:measured|given|expressed|written|stated)\s+)?(?:in\s+)?(?:units\s+of\s+)?",
    re.IGNORECASE,
)

# "if 65536 is a number of bytes, how many KiB is it": the unit the number counts.
_COUNTED_IN = re.compile(r"\b(?:a|the)\s+(?:number|count|quantity|amount)\s+of\s+", re.IGNORECASE)


def _word_range(words: list[Word], span: Span) -> tuple[int, int]:
    inside = [i for i, w in enumerate(words) if w.start < span.end and span.start < w.end]
    return (inside[0], inside[-1]) if inside else (0, -1)


def _slice(text: str, words: list[Word], first: int, last: int) -> str:
    return text[words[first].start : words[last].end]


def _wider(words: list[Word], first: int, last: int) -> Iterator[tuple[int, int]]:
    """Word ranges around ``first..last``, widest first."""
    ranges = [
        (a, b)
        for a in range(max(0, first - GROW), first + 1)
        for b in range(last, min(len(words) - 1, last + GROW) + 1)
        if (a, b) != (first, last)
    ]
    yield from sorted(ranges, key=lambda r: r[0] - r[1])


def _narrower(first: int, last: int) -> Iterator[tuple[int, int]]:
    """Word ranges inside ``first..last``, widest first."""
    ranges = [(a, b) for a in range(first, last + 1) for b in range(a, last + 1)]
    yield from sorted((r for r in ranges if r != (first, last)), key=lambda r: r[0] - r[1])


def readings(text: str, words: list[Word], span: Span, ranked: Ranked) -> list[Reading]:
    """What a span may mean, most likely first; each is (spelling, unit).

    The span's own spelling, then wider exact spellings (``sq m``, ``in2``), then the
    classifier and pint on the span (typos); an exact spelling inside the span (``gallon
    thanks``) only when none of those reads, so ``ft3`` never shrinks to ``ft``.
    """
    own = text[span.start : span.end]
    first, last = _word_range(words, span)
    found: list[Reading] = [(own, unit) for unit in [lookup(own)] if unit is not None]
    for a, b in _wider(words, first, last):
        if (unit := lookup(_slice(text, words, a, b))) is not None:
            found.append((_slice(text, words, a, b), unit))
    if not found:
        try:
            found.append((own, resolve(own, ranked)))
        except UnitError:
            inner = [
                (_slice(text, words, a, b), lookup(_slice(text, words, a, b)))
                for a, b in _narrower(first, last)
            ]
            found += [(spelling, unit) for spelling, unit in inner if unit is not None][:1]
    return found


def whole_number(text: str, words: list[Word], span: Span) -> Span:
    """``span`` grown to cover every numeric token it touches (``[3280.]839895`` -> all of it)."""
    start, end = span.start, span.end
    for match in _NUMBER.finditer(text):
        if match.start() < end and start < match.end():
            start, end = min(start, match.start()), max(end, match.end())
    if (start, end) == (span.start, span.end):
        return span
    first = next(i for i, w in enumerate(words) if w.end > start)
    last = max(i for i, w in enumerate(words) if w.start < end)
    return Span(span.label, start, end, first, last)


def assumed_source(text: str) -> tuple[int, int, str, UnitInfo] | None:
    """``(start, end, spelling, unit)`` of a unit named by ``if it's ...`` or ``a number of
    ...``, or ``None``."""
    return _unit_after(text, chain(_ASSUMED.finditer(text), _COUNTED_IN.finditer(text)))


def stated_target(text: str) -> tuple[int, int, str, UnitInfo] | None:
    """The unit after the last "to"/"in"/"into" when the tagger marked no target ("1500 kcal
    in kJ"), or ``None``."""
    cues = list(_TARGET_CUE.finditer(text))
    return _unit_after(text, iter(cues[-1:]))


def _unit_after(text: str, cues: Iterator[re.Match[str]]) -> tuple[int, int, str, UnitInfo] | None:
    """The first unit spelt in the one to three tokens after one of ``cues``."""
    for cue in cues:
        rest = text[cue.end() :]
        tokens = list(re.finditer(r"[^\s?!,;:)]+", rest))[:3]
        for n in range(len(tokens), 0, -1):
            start, end = tokens[0].start(), tokens[n - 1].end()
            spelling = rest[start:end].rstrip(".")
            try:
                unit = resolve(spelling)
            except UnitError:
                continue
            return cue.end() + start, cue.end() + start + len(spelling), spelling, unit
    return None


def read_number(text: str, words: list[Word], span: Span) -> float:
    """The number in a span, or in its widest end that is one (``1. 0.6`` reads 0.6).

    A minus sign glued to the number but left out of the span (``-459.67 F``) still counts.
    """
    own = text[span.start : span.end]
    first, last = _word_range(words, span)
    suffixes = [(a, last) for a in range(first, last + 1)]
    prefixes = [(first, b) for b in range(last - 1, first - 1, -1)]
    for a, b in suffixes + prefixes:
        number = parse_number(_slice(text, words, a, b)) if b >= a else None
        if number is not None:
            sign = text[max(0, words[a].start - 2) : words[a].start]
            return -number if number > 0 and re.fullmatch(r"(^|\s)?[-−]", sign) else number
    raise UnitError(f"could not read {own!r} as a number")


def _units(text: str, words: list[Word], found: list[tuple[Span, Ranked]], role: str) -> list:
    """Every reading of every span of a role as ``(rank, span, spelling, unit)``."""
    if not found:
        raise UnitError(f"could not find the unit to {role} in {text[:60]!r}")
    read = [
        (rank, span, *reading)
        for span, ranked in found
        for rank, reading in enumerate(readings(text, words, span, ranked))
    ]
    if not read:
        span, ranked = found[0]
        resolve(text[span.start : span.end], ranked)  # raises with the first span's reason
    return sorted(read, key=lambda r: r[0])


def read_request(text: str, parse: Parse) -> tuple[float, Reading, Reading]:
    """Number, source and target of a request; the likeliest same-category pair wins.

    Several quantities of the source's kind (``5 ft 11 in``, ``1 hour 30 minutes``) are added
    up in the first one's unit.
    """
    words = split_words(text)
    parse = _numbers_apart(words, parse)
    sources, targets = _roles(text, words, parse)
    pairs = [(s, t) for s in sources for t in targets if s[3].category == t[3].category]
    source, target = (
        min(pairs, key=lambda p: p[0][0] + p[1][0]) if pairs else (sources[0], targets[0])
    )
    values = list(dict.fromkeys(whole_number(text, words, s) for s, _ in parse.all("VAL")))
    if not values:
        return 1.0, source[2:], target[2:]
    parts = _parts(text, sources, values, source)
    if len(parts) > 1:
        total = sum(convert(read_number(text, words, v), unit, source[3]) for v, unit in parts)
        return total, (source[3].display(total), source[3]), target[2:]
    anchor = source[1]
    nearest = min(values, key=lambda s: (abs(anchor.start - s.end), s.start > anchor.start))
    return read_number(text, words, nearest), source[2:], target[2:]


def _spaced(words: list[Word], i: int) -> bool:
    """Word ``i`` stands apart from its neighbours ("ft 2 in", not "m2" or "3.5")."""
    before = i == 0 or words[i - 1].end < words[i].start
    after = i == len(words) - 1 or words[i].end < words[i + 1].start
    return before and after


def _numbers_apart(words: list[Word], parse: Parse) -> Parse:
    """Unit spans the tagger ran over a spaced number ("6 [ft 2] in to cm") split at it: the
    number becomes a value, and each side a unit span of its own (read by its spelling)."""
    spans: list[Span] = []
    classes: list[Ranked] = []
    for span, ranked in zip(parse.spans, parse.span_classes, strict=True):
        first, last = _word_range(words, span)
        inside = range(first + 1, last + 1) if span.label != "VAL" else range(0)
        spaced = (i for i in inside if _NUMBER.fullmatch(words[i].text) and _spaced(words, i))
        cut = next(spaced, None)
        if cut is None:
            spans.append(span)
            classes.append(ranked)
            continue
        spans += [
            Span(span.label, span.start, words[cut - 1].end, first, cut - 1),
            Span("VAL", words[cut].start, words[cut].end, cut, cut),
        ]
        classes += [ranked, []]
        if cut < last:
            spans.append(Span(span.label, words[cut + 1].start, span.end, cut + 1, last))
            classes.append(ranked)
    return Parse(spans, classes, parse.heads)


def _roles(text: str, words: list[Word], parse: Parse) -> tuple[list, list]:
    """Source and target readings; ``if it's pounds`` names the source."""
    found_src, found_tgt = parse.all("SRC"), parse.all("TGT")
    stated = stated_target(text) if not found_tgt and found_src else None
    if stated is not None:
        start, end, spelling, unit = stated
        span = Span("TGT", start, end, *_word_range(words, Span("TGT", start, end, 0, 0)))
        return _units(text, words, found_src, "convert from"), [(0, span, spelling, unit)]
    assumed = assumed_source(text)
    if assumed is not None:
        start, end, spelling, unit = assumed
        span = Span("SRC", start, end, *_word_range(words, Span("SRC", start, end, 0, 0)))
        others = [(s, r) for s, r in found_tgt or found_src if s.end <= start or s.start >= end]
        if others:
            return [(0, span, spelling, unit)], _units(text, words, others, "convert to")
    return _units(text, words, found_src, "convert from"), _units(
        text, words, found_tgt, "convert to"
    )


def _parts(text: str, sources: list, values: list[Span], source: tuple) -> list:
    """(number span, unit) of ``5 ft 11 in``-style parts: adjacent, each smaller than the last."""
    firsts: dict[Span, tuple] = {}
    for reading in sources:
        firsts.setdefault(reading[1], reading)
    kind = sorted(
        (r for r in firsts.values() if r[3].category == source[3].category),
        key=lambda r: r[1].start,
    )
    parts: list[tuple[Span, UnitInfo]] = []
    previous: tuple | None = None
    for reading in kind:
        before = [v for v in values if v.end <= reading[1].start]
        if not before or (parts and before[-1] == parts[-1][0]):
            continue
        if previous is not None:
            gap = text[previous[1].end : before[-1].start]
            smaller = convert(1.0, previous[3], reading[3]) > 1.0
            if not _JOIN.fullmatch(gap) or not smaller:
                break
        parts.append((before[-1], reading[3]))
        previous = reading
    return parts
