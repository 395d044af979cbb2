"""Rules around the tagger: what part of a request to tag, and which spans cannot be entities.

The planner often sends a request with the text quoted inside it ("NER on 'Jacinda Ardern
resigned in Wellington'"). The words of the request are not part of the text, so when the rest of
the input is such an instruction only the quoted parts are tagged, each on its own; the offsets
stay relative to the whole input (``input[start:end] == text``), as for unquoted input.

After tagging, three cheap filters fix spans the annotation guide rules out:

- a trailing lowercase facility noun is not part of a name ("the Tesla factory" -> ``Tesla``,
  "our Berlin office" -> ``Berlin``);
- a DATE must read as a calendar date: a month or weekday name, a year-like number (1000-2199),
  or a form python-dateutil parses ("15/03/2024"); "77-3390-12" is a policy number;
- an ORGANIZATION made only of lowercase common English words ("information") is dropped;
  ``common_words.txt`` keeps out one-word names of the lexicon, so "ikea" or "apple" stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from specialists.entities.tagging import Entity

COMMON_WORDS_FILE = Path(__file__).parent / "common_words.txt"
MAX_INSTRUCTION_WORDS = 15

_QUOTES = (
    re.compile(r'"([^"]*[^"\s][^"]*)"'),
    re.compile(r"“([^”]*\S[^”]*)”"),
    re.compile(r"„([^“”]*\S[^“”]*)[“”]"),
    re.compile(r"«([^»]*\S[^»]*)»"),
    # a single quote opens after a space or the start and closes before one (not "Maria's")
    re.compile(r"(?:(?<=^)|(?<=[\s:(\[]))'(\S(?:.*?\S)?)'(?=$|[\s.,;:!?)\]])"),
    re.compile(r"‘(\S(?:.*?\S)?)’(?=$|[\s.,;:!?)\]])"),
)
# Words of a request to find entities: the text outside the quotes must hold one of them.
_REQUEST = re.compile(
    r"\b(?:ner|entit(?:y|ies)|named|names?|people|persons?|places?|locations?|"
    r"organi[sz]ations?|orgs?|compan(?:y|ies)|dates?|cities|countries|mentioned|mentions?|"
    r"tag|tags|label|extract|annotate|highlight|identify|recogni[sz]e|recognition|find|list|"
    r"pull|spot|detect|who|which|what)\b",
    re.IGNORECASE,
)
_FACILITY = re.compile(
    r"\s+(?:factory|factories|office|offices|plant|plants|store|stores|shop|shops|headquarters|"
    r"hq|warehouse|warehouses|branch|branches|site|campus|facility|facilities|outlet|showroom|"
    r"depot|dealership|premises)$"
)
_MONTH_OR_DAY = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|2[01]\d{2})(?!\d)|'\d{2}\b")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words that are no one-word name (see the file's header)."""
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def quoted_segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the quoted texts when the rest of ``text`` only asks to tag them.

    Empty when there is no quote, or when the words outside the quotes look like content
    rather than a request: no request word, too many words, or a capitalised word other than
    the first or a request word (``Maria said "..." in Paris`` keeps Maria and Paris).
    """
    spans = sorted(
        (match.start(1), match.end(1)) for pattern in _QUOTES for match in pattern.finditer(text)
    )
    segments: list[tuple[int, int]] = []
    for start, end in spans:  # drop overlaps: a quote inside a longer quote
        if not segments or start >= segments[-1][1]:
            segments.append((start, end))
    if not segments:
        return []
    outside, last = [], 0
    for start, end in segments:
        outside.append(text[last : max(last, start - 1)])
        last = end + 1
    outside.append(text[last:])
    words = re.findall(r"[^\W\d_][\w'’-]*", " ".join(outside))
    if not words or len(words) > MAX_INSTRUCTION_WORDS or not _REQUEST.search(" ".join(words)):
        return []
    for word in words[1:]:
        if word[0].isupper() and not word.isupper() and not _REQUEST.fullmatch(word):
            return []
    return segments


def _trim_facility(entity: Entity) -> Entity:
    """ "Tesla factory" -> "Tesla": a lowercase facility noun is not part of the name."""
    match = _FACILITY.search(entity.text)
    if entity.type == "DATE" or not match or not match.start():
        return entity
    return replace(entity, text=entity.text[: match.start()], end=entity.start + match.start())


def is_date(text: str) -> bool:
    """Whether a DATE span reads as a calendar date, not a code or a number."""
    if _MONTH_OR_DAY.search(text) or _YEAR.search(text):
        return True
    from dateutil import parser

    try:
        parser.parse(text)
    except (ValueError, OverflowError):
        return False
    return True


def _is_plain_words(text: str) -> bool:
    """Lowercase common English words only ("information", "travel insurance")."""
    words = text.split()
    vocabulary = common_words()
    return bool(words) and all(w.islower() and w.isalpha() and w in vocabulary for w in words)


def _surname_joined(entities: list[Entity], text: str) -> list[Entity]:
    """A lone given name tagged PERSON and the one capitalised word right after it, tagged as
    something else, are one name: "Kylian Mbappé" came out as Kylian (PERSON), Mbappé (ORG)."""
    joined: list[Entity] = []
    for entity in entities:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.type == "PERSON"
            and entity.type != "PERSON"
            and " " not in last.text
            and " " not in entity.text
            and entity.text[:1].isupper()
            and text[last.end : entity.start] == " "
        ):
            joined[-1] = replace(last, text=text[last.start : entity.end], end=entity.end)
            continue
        joined.append(entity)
    return joined


# Lowercase words that may stand inside a name: particles ("Ludwig van Beethoven", "Leonardo da
# Vinci") and English function words ("Bank of America", "Doctors without Borders").
_INSIDE_NAMES = frozenset(
    "de da di do dos das du del della der den van von ter la le el al bin ibn y e of the and for"
    " on in at upon under without with to a an by".split()
)


def _name_runs(entity: Entity) -> list[Entity]:
    """A name cut at the lowercase words that cannot stand inside one: tagging German or
    Indonesian text, the English-trained tagger ran names into the words around them ("haben
    Anna gestern", "Budi Santoso tinggal di Surabaya"). Particles at a cut edge go too."""
    if entity.type == "DATE":
        return [entity]
    words = list(re.finditer(r"\S+", entity.text))
    foreign = [w for w in words if w.group()[:1].islower() and w.group() not in _INSIDE_NAMES]
    if not foreign or not any(w.group()[:1].isupper() for w in words):
        return [entity]  # "jonas becker": a name typed in lowercase is still a name
    runs: list[list[re.Match[str]]] = [[]]
    for word in words:
        if word in foreign:
            runs.append([])
        else:
            runs[-1].append(word)
    out = []
    for run in runs:
        while run and run[0].group()[:1].islower():
            run = run[1:]
        while run and run[-1].group()[:1].islower():
            run = run[:-1]
        if run:
            a, b = run[0].start(), run[-1].end()
            out.append(replace(entity, text=entity.text[a:b], start=entity.start + a,
                               end=entity.start + b))  # fmt: skip
    return out


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_OPENING_MARKS = "\"'“‘(«"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: only spaces and opening quotes stand
    between it and the text's start, a line break, or a full stop, "!", "?" or ":"."""
    i = start - 1
    while i >= 0 and text[i] in _OPENING_MARKS:
        i -= 1
    spaced = i >= 0 and text[i] in " \t"
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or (spaced and text[i] in ".!?:")


def _capitalises_names(text: str) -> bool:
    """Whether ``text`` capitalises words inside its sentences: then a name is capitalised too
    ("jonas becker moved to paris" writes every name in lowercase)."""
    return any(
        m.group()[:1].isupper() and not _opens_sentence(text, m.start())
        for m in _WORD.finditer(text)
    )


def _not_a_name(entity: Entity, text: str, capitalised: bool) -> bool:
    """A span no annotator would tag: one letter ("Q:" before an FAQ answer); a word or words
    without a capital in a text that capitalises its names ("south-facing", "bakeri", "grau");
    or a common English word opening a sentence that goes on in lowercase ("Plants and
    furniture ...", "Claims should be made ...")."""
    if entity.type == "DATE":
        return False
    if len(entity.text) == 1:
        return True
    if capitalised and not any(c.isupper() for c in entity.text):
        return True
    one_word = _WORD.fullmatch(entity.text) is not None
    opens = _opens_sentence(text, entity.start)
    goes_on = re.match(r"\s+[a-z]", text[entity.end :]) is not None
    return one_word and opens and goes_on and entity.text.lower() in common_words()


def clean(entities: list[Entity], text: str) -> list[Entity]:
    """Entities of ``text`` without facility nouns, non-dates tagged DATE, common words as
    organisations and spans that are no name (``_not_a_name``), cut at words no name holds,
    and with a given name joined to its surname."""
    kept = []
    capitalised = _capitalises_names(text)
    runs = [run for entity in _surname_joined(entities, text) for run in _name_runs(entity)]
    for entity in map(_trim_facility, runs):
        if entity.type == "DATE" and not is_date(entity.text):
            continue
        if entity.type == "ORGANIZATION" and _is_plain_words(entity.text):
            continue
        if _not_a_name(entity, text, capitalised):
            continue
        kept.append(entity)
    return kept


def shifted(entities: list[Entity], offset: int) -> list[Entity]:
    """Entities of a quoted segment with offsets into the whole input."""
    return [replace(e, start=e.start + offset, end=e.end + offset) for e in entities]
