"""Rewrite a few everyday phrasings the parser reads wrongly into ones it reads well.

Runs on the masked text (numbers are ``N0``, ``N1``, ... in order of appearance), after the
refusal checks and before the model, so no number is ever moved, added or dropped:

- sharing: "split N0 evenly across N1 glasses", "share N0 between N1", "divide N0 among N1
  people" mean N0 / N1; the parser sometimes reversed the operands ("split" never appears in its
  training questions), so the verb phrase becomes the "N0 / N1" it always reads right and any
  words after it (", then add N2", "glasses") stay as they were.
- purpose clauses: "add N0 to N1 to include both ends" asks "add N0 to N1"; a trailing "to
  include/count/account for ..." (or "so that ...", "(inclusive)") holding no number made the
  parser answer "not arithmetic", so it is dropped.
"""

from __future__ import annotations

import re

from specialists.math.normalize import Masked

# Words that may stand between the amount and the preposition ("N0 dollars equally among"),
# but never an operator or a connector that starts a new step.
_FILLER = r"(?:(?!(?:and|then|by|plus|minus|times|of|over|into|to)\b)[a-z$£€']+\s+)"
_ARTICLE = r"(?:(?:the|a|an|this|that|our|my|your)\s+)?"
_SHARE = re.compile(
    rf"""
    \b(?:
        (?:split|share|distribute|spread|divvy(?:\s+up)?)\s+(?:up\s+)?
            {_ARTICLE}(?P<a>N\d+)\s+{_FILLER}{{0,3}}
            (?:across|among|amongst|between|into|over|to)
      | divide\s+(?:up\s+)?
            {_ARTICLE}(?P<b>N\d+)\s+{_FILLER}{{0,3}}
            (?:across|among|amongst|between)
    )\s+(?:each\s+of\s+)?(?:the\s+)?(?P<n>N\d+)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PURPOSE = re.compile(
    r"""
    (?:
        \s*,?\s+(?:(?:so\s+as|in\s+order)\s+)?to\s+
            (?:include|count|cover|account|make\s+(?:it|sure)|be\s+inclusive)\b
      | \s*,?\s+so(?:\s+that)?\s+(?:both|it|we|the|each)\b
      | \s*,?\s*\(?\s*(?:both\s+ends\s+)?inclusive\s*\)?
    )
    (?:(?!N\d)[^()])*\)?\s*[?.!]?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _share(match: re.Match[str]) -> str:
    return f"{match.group('a') or match.group('b')} / {match.group('n')}"


def rephrase(masked: Masked) -> Masked:
    """``masked`` with sharing phrasings made a division and number-free purpose tails dropped."""
    text = _SHARE.sub(_share, masked.text)
    stripped = _PURPOSE.sub("", text)
    if re.search(r"N\d", stripped):  # never strip a whole question away
        text = stripped
    if text == masked.text:
        return masked
    return Masked(" ".join(text.split()), masked.numbers, masked.surfaces)
