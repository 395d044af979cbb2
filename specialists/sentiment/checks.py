"""Input checks: what the specialist refuses to judge, with a one-line reason a user can act on."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from specialists.sentiment.foreign import foreign_language
from specialists.sentiment.parsing import has_content, is_bare_request, judged_text

MAX_CHARS = 5000  # about a page; longer input is a document, not a text to judge
MIN_KNOWN_SHARE = 0.2  # typo-ridden English keeps well above this; keyboard noise falls below
_WORD = re.compile(r"[^\W\d_]{3,}")


class ForeignText(ValueError):
    """Text in another European language; the specialist may still give it a lexicon reading."""

    def __init__(self, message: str, judged: str, language: str):
        super().__init__(message)
        self.judged = judged
        self.language = language


def _short(text: str) -> str:
    """A preview of the input for error messages."""
    return text if len(text) <= 40 else text[:37] + "..."


def _plain(word: str) -> str:
    """Lower case without accents, as the encoder's vocabulary stores words."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin_share(text: str) -> float:
    """Share of letters that are Latin script (1.0 when there are no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum("LATIN" in unicodedata.name(c, "") for c in letters) / len(letters)


def known_share(text: str, vocabulary: Container[str]) -> float:
    """Share of words of three or more letters that the encoder knows whole."""
    words = _WORD.findall(text)
    if not words:
        return 1.0
    return sum(_plain(w) in vocabulary for w in words) / len(words)


def validate(request: str, vocabulary: Container[str]) -> str:
    """The judged text of a request, or ``ValueError`` saying why there is nothing to judge."""
    if not isinstance(request, str):
        raise TypeError(f"expected text, got {type(request).__name__}")
    if not request.strip():
        raise ValueError("empty input: give me a text to judge")
    if len(request) > MAX_CHARS:
        raise ValueError(f"input is {len(request)} characters; I judge at most {MAX_CHARS}")
    judged = judged_text(request)
    if not judged or is_bare_request(judged):
        raise ValueError('no text to judge: quote it, e.g. what is the sentiment of "..."')
    if not has_content(judged):
        raise ValueError(f"nothing to judge in {_short(judged)!r}: no words or emoji")
    language = foreign_language(judged)  # Russian and Ukrainian have word lists too
    if latin_share(judged) < 0.5 and language is None:
        raise ValueError(f"{_short(judged)!r} is not English; I only judge English text")
    if language is not None:
        raise ForeignText(
            f"{_short(judged)!r} looks like {language}, not English; I only judge English text",
            judged,
            language,
        )
    if len(_WORD.findall(judged)) >= 3 and known_share(judged, vocabulary) < MIN_KNOWN_SHARE:
        raise ValueError(f"{_short(judged)!r} does not look like English text")
    return judged
