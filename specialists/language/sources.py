"""Raw text per language from installed packages only: wordfreq, CLDR via babel, and Faker.

Every source is filtered the same way: a word must use only its language's letters, and a
Latin-script word much more frequent in English than in its own list is an English loanword.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Iterator
from functools import cache
from typing import Any

from specialists.language.features import normalize
from specialists.language.langs import BY_CODE, CODES, Language

VOCAB_SIZE = 12_000  # everyday phrases rarely leave the top 12k words
_KEEP_TOP = 150  # a language's most frequent words are never dropped as English loans
_ENGLISH_RATIO = 4.0
_PLACEHOLDER = re.compile(r"\{\d\}")
_BABEL_KEYS = (
    "languages", "territories", "scripts", "variants", "months", "days", "quarters", "eras",
    "day_periods", "currency_names", "currency_names_plural", "unit_display_names",
    "unit_patterns", "compound_unit_patterns", "date_fields", "time_zones", "meta_zones",
    "list_patterns",
)  # fmt: skip
_FAKER_METHODS = {
    "person": ("name", "first_name", "last_name"),
    "address": ("city", "street_name", "street_address", "country"),
    "company": ("company", "catch_phrase", "bs"),
    "job": ("job",),
    "lorem": ("sentence", "words"),
    "date_time": ("day_of_week", "month_name"),
    "color": ("color_name",),
    "currency": ("currency_name",),
}


@cache
def _word_pattern(code: str) -> re.Pattern[str]:
    """A whole word made of the language's letters only."""
    return re.compile(rf"[{BY_CODE[code].letters}]+")


def is_own_word(code: str, word: str) -> bool:
    """Whether a normalised word uses only ``code``'s letters and is not an English loan."""
    if not _word_pattern(code).fullmatch(word):
        return False
    if code == "en" or not re.fullmatch(r"[a-z']+", word) or word in _top_words(code):
        return True
    own = _frequencies(code).get(word, 0.0)
    return _frequencies("en").get(word, 0.0) <= _ENGLISH_RATIO * own


@cache
def _frequencies(code: str) -> dict[str, float]:
    """wordfreq's word-to-frequency table of a language (empty when it has none)."""
    from wordfreq import get_frequency_dict

    lang = BY_CODE[code].wordfreq
    return get_frequency_dict(lang, wordlist="small") if lang else {}


@cache
def _top_words(code: str) -> frozenset[str]:
    """The language's most frequent words."""
    return frozenset(_ranked(code)[:_KEEP_TOP])


@cache
def _ranked(code: str) -> list[str]:
    """The language's wordfreq words, most frequent first."""
    table = _frequencies(code)
    return sorted(table, key=lambda w: (-table[w], w))


def is_own_text(code: str, text: str) -> bool:
    """Whether every letter run of ``text`` passes :func:`is_own_word`."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", normalize(_PLACEHOLDER.sub(" ", text)))
    return bool(words) and all(is_own_word(code, w) for w in words)


def split_of(key: str) -> str:
    """``"dev"`` for about one key in ten, else ``"train"``: a stable vocabulary split."""
    return "dev" if zlib.crc32(key.encode("utf-8")) % 10 == 0 else "train"


@cache
def vocabulary(code: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Filtered wordfreq words of a language with their frequencies, most frequent first."""
    lang = BY_CODE[code]
    if lang.wordfreq is None:
        return (), ()
    words = [w for w in _ranked(code)[:VOCAB_SIZE] if is_own_word(code, normalize(w))]
    if code == "en":
        words = [w for w in words if len(w) > 1 or w in ("a", "i")]
    table = _frequencies(code)
    freqs = tuple(table.get(w, 0.0) for w in words)
    return tuple(normalize(w) for w in words), freqs


def _strings(node: Any) -> Iterator[str]:
    """Every string leaf of a babel locale-data subtree."""
    if isinstance(node, str):
        yield node
    elif hasattr(node, "keys"):
        for key in node.keys():
            try:
                yield from _strings(node[key])
            except (KeyError, TypeError, ValueError):
                continue


def _babel_raw(locale_id: str) -> set[str]:
    """Display names, unit and date phrases of one CLDR locale, placeholders removed."""
    from babel import Locale

    data = Locale.parse(locale_id)._data
    found = set()
    for key in _BABEL_KEYS:
        for text in _strings(data[key] if key in data else {}):
            text = " ".join(_PLACEHOLDER.sub(" ", text).split())
            if sum(ch.isalpha() for ch in text) >= 2:
                found.add(text)
    return found


@cache
def babel_texts() -> dict[str, tuple[str, ...]]:
    """CLDR phrases per language, without strings that several languages share (names, codes)."""
    raw = {lang.code: set().union(*map(_babel_raw, lang.babel)) for lang in BY_CODE.values()}
    owners: dict[str, int] = {}
    for texts in raw.values():
        for text in texts:
            owners[text.lower()] = owners.get(text.lower(), 0) + 1
    return {
        code: tuple(sorted(t for t in texts if owners[t.lower()] == 1 and is_own_text(code, t)))
        for code, texts in raw.items()
    }


def _native_methods(fake: Any, locale: str) -> list[str]:
    """Faker methods whose provider is written for ``locale``'s language (not an en_US fallback)."""
    wanted = locale.split("_")[0]
    methods: list[str] = []
    for provider in fake.get_providers():
        lang = (getattr(provider, "__lang__", None) or "").split("_")[0]
        module = type(provider).__module__.split(".")
        name = module[2] if len(module) > 2 and module[1] == "providers" else ""
        if lang == wanted or (wanted == "no" and lang == "nb"):
            methods.extend(_FAKER_METHODS.get(name, ()))
    return methods


def _faker_value(fake: Any, method: str) -> str:
    """One generated value as text (``words`` returns a list)."""
    value = getattr(fake, method)()
    return " ".join(value) if isinstance(value, list) else str(value)


def faker_texts(lang: Language, per_locale: int, seed: int) -> list[str]:
    """Names, places, companies, jobs and lorem words from the language's Faker locales."""
    from faker import Faker

    texts: list[str] = []
    for locale in lang.faker if per_locale else ():
        fake = Faker(locale)
        fake.seed_instance(seed)
        methods = _native_methods(fake, locale)
        rng = random.Random(seed)
        for _ in range(per_locale if methods else 0):
            text = " ".join(_faker_value(fake, rng.choice(methods)).split())
            if is_own_text(lang.code, text):
                texts.append(text)
    return texts


def all_codes() -> tuple[str, ...]:
    """Every language code, in label order."""
    return CODES
