"""Seeded training and dev texts per language, built only from installed packages and our lists.

Sources, per language (see ``sources.py``):
  * pseudo-sentences of 1-12 words drawn from wordfreq's top list (English loans, numbers and
    foreign-letter words filtered out), with a frequency temperature so both function words and
    content words appear;
  * CLDR phrases via babel: language, territory, currency, unit, month/day and date-field names;
  * Faker: person/place/company names, jobs and lorem words of the language's locales;
  * hand-written everyday phrases (``phrases/train.txt``), written and reviewed for this project.
Augmentations: stripped diacritics, typos (swap, drop, double, substitute), word drop-outs,
joins of two snippets. A ``noise`` class (keyboard mash, random letters, hex) teaches refusal.

The dev split is disjoint: wordfreq words and CLDR/Faker strings outside the top 300 are
assigned to train or dev by a stable hash (``sources.split_of``), and dev phrases come from a
separately written list (``phrases/dev.txt``) that training never reads.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path

from specialists.language import sources
from specialists.language.langs import BY_CODE, CODES, LABELS, NO_SPACES, NOISE

PHRASES_DIR = Path(__file__).parent / "phrases"
_SHARED_TOP = 3000  # the most frequent words belong to both splits: every phrase needs them
_REPEATED_TOP = 3000  # dictionary entries seen twice per dataset
_ELIDED = {
    "fr": {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"},
    "it": {"l", "d", "c", "un", "dell", "all", "nell", "dall", "sull", "quest", "quell"},
    "ca": {"l", "d", "m", "n", "s", "t"},
}
_STRIPPABLE = frozenset(
    "en fr de es it pt nl sv da no pl cs tr fi el hu ro sk ca vi lt lv sl is".split()
)
_ALPHAS = (0.0, 0.3, 0.6, 1.0)  # frequency temperatures for pseudo-sentences
_SOURCE_WEIGHTS = {"words": 0.5, "babel": 0.14, "faker": 0.08, "phrases": 0.2, "join": 0.08}


@dataclass(frozen=True, slots=True)
class Pools:
    """The text pools of one language for one split."""

    words: tuple[str, ...]
    cumulative: tuple[list[float], ...]  # cumulative frequency ** alpha, one per alpha
    babel: tuple[str, ...]
    faker: tuple[str, ...]
    phrases: tuple[str, ...]


def read_phrases(split: str) -> dict[str, list[str]]:
    """Hand-written phrases of a split (``train`` or ``dev``), by language code."""
    found: dict[str, list[str]] = {code: [] for code in CODES}
    path = PHRASES_DIR / f"{split}.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, phrase = line.partition("\t")
            found[code.strip()].append(phrase.strip())
    return found


@cache
def pools(code: str, split: str, seed: int, faker_per_locale: int, babel: bool) -> Pools:
    """Split-specific pools: vocabulary and strings outside the shared top go to one split only."""
    words, freqs = sources.vocabulary(code)
    keep = [
        i for i, w in enumerate(words) if i < _SHARED_TOP or sources.split_of(code + w) == split
    ]
    faker = sources.faker_texts(BY_CODE[code], faker_per_locale, seed + (split == "dev"))
    return Pools(
        words=tuple(words[i] for i in keep),
        cumulative=tuple(list(accumulate(freqs[i] ** a for i in keep)) for a in _ALPHAS),
        babel=tuple(t for t in sources.babel_texts()[code] if sources.split_of(t) == split)
        if babel
        else (),
        faker=tuple(t for t in faker if sources.split_of(t) == split),
        phrases=tuple(read_phrases(split)[code]),
    )


def _length(rng: random.Random) -> int:
    """Words per pseudo-sentence: mostly short, as people type."""
    return rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 10, 12))


def _join(code: str, words: list[str], rng: random.Random) -> str:
    """Words into text: elided articles glued (l'eau), no spaces for CJK and Thai."""
    if code in NO_SPACES:
        return "".join(words)
    if code == "ko":
        return "".join(w + (" " if rng.random() < 0.5 else "") for w in words).strip()
    out = ""
    for word in words:
        glue = out.endswith("'") or not out
        out += ("" if glue else " ") + word
        if word in _ELIDED.get(code, ()):
            out += "'"
    return out.rstrip("'")


def pseudo_sentence(code: str, pool: Pools, rng: random.Random) -> str:
    """Words drawn by frequency ** alpha: alpha near 1 favours function words, near 0 rare words."""
    cumulative = rng.choice(pool.cumulative)
    return _join(code, rng.choices(pool.words, cum_weights=cumulative, k=_length(rng)), rng)


def strip_diacritics(text: str) -> str:
    """What people type without accents: "dziekuje", "kalimera", "tesekkurler"."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip: swap, drop, double or replace a letter."""
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(word) + word[i + 1 :]


def augment(code: str, text: str, rng: random.Random) -> str:
    """Typos, dropped words and (for accented alphabets) stripped diacritics."""
    words = text.split()
    if len(words) > 3 and rng.random() < 0.25:
        start = rng.randrange(len(words) - 1)
        words = words[start : start + rng.randint(1, len(words) - start)]
    if rng.random() < 0.12:
        words = [typo(w, rng) if rng.random() < 0.3 else w for w in words]
    text = " ".join(words)
    if code in _STRIPPABLE and rng.random() < 0.1:
        text = strip_diacritics(text)
    return text


def noise_text(rng: random.Random) -> str:
    """Input that is no language: keyboard mash, random letters, hex, mixed-script junk."""
    kind = rng.randrange(6)
    if kind == 5:
        pool = string.ascii_lowercase + string.digits + "#@!$%&*_-+=/\\|~^"
        return " ".join(
            "".join(rng.choice(pool) for _ in range(rng.randint(4, 16)))
            for _ in range(rng.randint(1, 5))
        )
    if kind == 0:
        rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop")
        row = rng.choice(rows)
        return " ".join(
            "".join(rng.choice(row) for _ in range(rng.randint(3, 12)))
            for _ in range(rng.randint(1, 4))
        )
    if kind == 1:
        letters = string.ascii_letters
        return " ".join(
            "".join(rng.choice(letters) for _ in range(rng.randint(5, 14)))
            for _ in range(rng.randint(1, 6))
        )
    if kind == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(8, 40)))
    if kind == 3:
        return "".join(rng.choice(string.ascii_letters + "0123456789+/=") for _ in range(40))
    chars = "абвгдежзαβγδεאבגדあいうアイウ漢字한글ابتحهकखग" + string.ascii_lowercase
    return "".join(rng.choice(chars) for _ in range(rng.randint(6, 30)))


def sample(code: str, pool: Pools, rng: random.Random) -> str:
    """One text of language ``code`` from a randomly chosen source."""
    kinds = [k for k in _SOURCE_WEIGHTS if k == "join" or getattr(pool, k)]
    kind = rng.choices(kinds, [_SOURCE_WEIGHTS[k] for k in kinds])[0]
    if kind == "words":
        return pseudo_sentence(code, pool, rng)
    if kind == "join":
        parts = [sample(code, pool, rng) for _ in range(2)]
        return ("" if code in NO_SPACES else " ").join(parts)
    return augment(code, rng.choice(getattr(pool, kind)), rng)


def dictionary(code: str, pool: Pools, rng: random.Random) -> list[str]:
    """Every word of the pool alone (the most frequent twice): teaches each word's language."""
    words = list(pool.words) + list(pool.words[:_REPEATED_TOP])
    return [augment(code, w, rng) if rng.random() < 0.3 else w for w in words]


def make_dataset(
    per_language: int,
    split: str,
    seed: int,
    faker_per_locale: int = 400,
    babel: bool = True,
    words: bool = True,
) -> list[tuple[str, int]]:
    """``per_language`` texts per language, each word of the vocabulary alone, and some noise.

    ``faker_per_locale=0`` and ``babel=False`` leave out the slow-to-load sources and
    ``words=False`` the dictionary entries (quick runs and the dev split).
    """
    rng = random.Random(f"{split}-{seed}")
    data = []
    for code in CODES:
        pool = pools(code, split, seed, faker_per_locale, babel)
        label = LABELS.index(code)
        data += [(sample(code, pool, rng), label) for _ in range(per_language)]
        data += [(word, label) for word in dictionary(code, pool, rng)] if words else []
    noise = LABELS.index(NOISE)
    data += [(noise_text(rng), noise) for _ in range(per_language // 2)]
    rng.shuffle(data)
    return [(text, label) for text, label in data if text.strip()]
