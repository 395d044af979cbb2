"""Keyword relevance (BM25) of passages to a question, forgiving inflections, compounds and typos.

The dense encoder misses exact cues a user types ("E4", "tessera.toml", "Bupa"); BM25 over
stemmed words catches them. BM25 itself comes from ``bm25s``; this module decides what a word
is: lowercased, stop words dropped, Snowball-stemmed, hyphenated words also joined ("wi-fi" is
"wifi" too), adjacent question words tried joined ("head teacher" finds "headteacher"), and a
misspelled question word ("dishwaser") matched to corpus words one edit away, at half weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from Stemmer import Stemmer

K1 = 1.2  # term-frequency saturation: the classic BM25 default
B = 0.75  # length normalisation: a long sentence does not win by repeating words
TYPO_WEIGHT = 0.5  # a guessed correction counts half as much as a word the user spelled out
MIN_TYPO_CHARS = 5  # shorter words have too many neighbours one edit away

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_APOSTROPHE = re.compile(r"['’]")


@cache
def _stemmer() -> Stemmer:
    import Stemmer

    return Stemmer.Stemmer("english")


@cache
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return frozenset(STOPWORDS_EN_PLUS)


def words(text: str, join_hyphens: bool = True) -> list[str]:
    """Lowercased content words; ``"child's wi-fi"`` gives ``child, wi, fi, wifi``."""
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        parts = _APOSTROPHE.split(word)[0].split("-")
        joined = join_hyphens and len(parts) > 1
        found += [*parts, "".join(parts)] if joined else parts
    stop = _stopwords()
    return [w for w in found if w and w not in stop]


def stems(text_words: Sequence[str]) -> list[str]:
    """Snowball stems, so "cancelled", "cancelling" and "cancellation" meet."""
    return list(_stemmer().stemWords(list(text_words)))


def terms(text: str) -> list[str]:
    """The BM25 terms of ``text``."""
    return stems(words(text))


def _one_deletion(word: str) -> set[str]:
    """``word`` and every string one deleted letter away from it."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class LexicalIndex:
    """BM25 over passages, each given as its terms; scores every passage for a question.

    Args:
        passages: the terms of each passage, in the order scores are returned.
        spellings: the corpus's words as written, to correct misspelled question words against.
        known_words: words that are spelled right even if the corpus lacks them (the encoder's
            vocabulary), so "internet" is never "corrected" to a corpus's "intranet".
    """

    def __init__(
        self,
        passages: Sequence[Sequence[str]],
        spellings: Iterable[str] = (),
        known_words: frozenset[str] = frozenset(),
    ) -> None:
        self.size = len(passages)
        self.known_words = known_words
        self.bm25: Any = None
        self.vocabulary: dict[str, int] = {}
        if any(passages):
            import bm25s

            self.bm25 = bm25s.BM25(k1=K1, b=B)
            self.bm25.index([list(p) for p in passages], show_progress=False)
            self.vocabulary = self.bm25.vocab_dict
        self._near: dict[str, set[str]] = {}
        for spelling in set(spellings):
            if len(spelling) >= MIN_TYPO_CHARS and not spelling.isdigit():
                stem = _stemmer().stemWord(spelling)
                for key in _one_deletion(spelling):
                    self._near.setdefault(key, set()).add(stem)

    def _typo_terms(self, question_words: list[str]) -> set[str]:
        """Corpus terms one edit from question words that are neither in the corpus nor known."""
        guesses: set[str] = set()
        for word, term in zip(question_words, stems(question_words), strict=True):
            unknown = term not in self.vocabulary and word not in self.known_words
            if unknown and len(word) >= MIN_TYPO_CHARS and not word.isdigit():
                for key in _one_deletion(word):
                    guesses |= self._near.get(key, set())
        return guesses

    def _joined_terms(self, question: str) -> list[str]:
        """Adjacent question words written as one, where the corpus has that compound."""
        raw = re.findall(r"\w+", question.lower())
        joined = stems([a + b for a, b in zip(raw, raw[1:], strict=False)])
        return [term for term in joined if term in self.vocabulary]

    def _score(self, query: Iterable[str]) -> np.ndarray:
        ids = [self.vocabulary[t] for t in query if t in self.vocabulary]
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.bm25.get_scores_from_ids(ids), dtype=np.float32)

    def scores(self, question: str) -> np.ndarray:
        """BM25 score of every passage for ``question`` (all zero when no word matches)."""
        if self.bm25 is None:
            return np.zeros(self.size, dtype=np.float32)
        question_terms = terms(question)
        joined = [t for t in self._joined_terms(question) if t not in question_terms]
        exact = self._score([*question_terms, *joined])
        typos = self._typo_terms(words(question, join_hyphens=False))
        return exact + TYPO_WEIGHT * self._score(sorted(typos)) if typos else exact
