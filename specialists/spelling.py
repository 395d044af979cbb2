"""Fixing typos in the few words a component keys on ("sentimnt", "calcualte", "betwen").

A closed vocabulary of key words, each with every string one slip away (a letter dropped,
swapped, replaced or added); a word of the text is replaced only when it is not a known word
and exactly one key word is near it. Written here rather than taken from a spell checker
because general checkers "correct" names, units and foreign words toward common English, while
this one touches nothing but near-misses of the words that decide a route or a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def edits(word: str) -> set[str]:
    """Every string one slip away: a letter dropped, swapped, replaced or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    drops = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    slips = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    extra = {a + c + b for a, b in splits for c in _LETTERS}
    return drops | swaps | slips | extra


class Corrector:
    """Maps a misspelt key word back to it; leaves every other word alone.

    ``targets``: the key words (4+ letters). ``known``: words that are never changed, however
    near a key word they are (real words: "there" is not "three"). ``pairs``: word pairs seen
    side by side in the texts the key words come from; a slip near two key words ("devide":
    "decide", "divide") goes to the one seen before the next word ("divide by").
    """

    def __init__(
        self,
        targets: Iterable[str],
        known: Iterable[str],
        min_length: int = 4,
        pairs: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.min_length = min_length
        self.pairs = frozenset((a.lower(), b.lower()) for a, b in pairs)
        self.targets = frozenset(t.lower() for t in targets if len(t) >= min_length)
        self.known = frozenset(k.lower() for k in known) | self.targets
        self._always_known = self.known
        index: dict[str, set[str]] = {}
        for target in self.targets:
            for edit in edits(target):
                index.setdefault(edit, set()).add(target)
        self._near = {edit: frozenset(words) for edit, words in index.items()}
        self._added: frozenset[str] = frozenset()  # ``also_known`` words to fix slips toward
        self.word = lru_cache(maxsize=8192)(self._word)

    def also_known(self, words: Iterable[str]) -> None:
        """Take ``words`` as known and as key words too, instead of the words given by an earlier
        call: the user's own names ("the Loom", "Chainline") are not slips of a key word, and a
        slip of one of their words ("allotmnet", "parkign") is fixed like a key word's. Only
        words of ``min_length + 1`` letters or more are fixed toward: short ones sit one slip
        from too many others."""
        added = frozenset(w.lower() for w in words if w.isalpha())
        self.known = self._always_known | added
        # One slip is symmetric: the words near a misspelling are its own edits that are
        # document words, found when one is met, rather than every edit of every document word.
        self._added = frozenset(w for w in added if len(w) > self.min_length)
        self.word.cache_clear()

    def _word(self, word: str, after: str = "") -> str:
        low = word.lower()
        if len(low) < self.min_length or low in self.known:
            return word
        if low[-1] == "s" and low[:-1] in self.known:  # "whats", "lbs": a known word plus s
            return word
        candidates = self._near.get(low, frozenset())  # a key word first, a document's after
        if not candidates:  # "allotment" is no slip of "allotments": the same word, one more
            candidates = frozenset(
                c for c in edits(low) & self._added if c.rstrip("s") != low.rstrip("s")
            )
        if len(candidates) > 1 and after:  # "devide by": the key word seen before "by"
            candidates = frozenset(c for c in candidates if (c, after.lower()) in self.pairs)
        if len(candidates) != 1:
            return word
        fixed = next(iter(candidates))
        if word.isupper():
            return fixed.upper()
        return fixed[0].upper() + fixed[1:] if word[0].isupper() else fixed

    def text(self, text: str, keep: Iterable[tuple[int, int]] = ()) -> str:
        """``text`` with its misspelt key words fixed, except inside the ``keep`` spans."""
        protected = list(keep)

        def fix(match: re.Match[str]) -> str:
            if any(a <= match.start() < b for a, b in protected):
                return match.group(0)
            following = _NEXT_WORD.match(text, match.end())
            return self.word(match.group(0), following.group(1) if following else "")

        return _WORD.sub(fix, text)
