"""Questions already written in symbols are read by the calculator's grammar, not the model.

Once its numbers are masked (``normalize.mask``), "1 - 1/2 + 1/3 - 1/4 + 1/5" is a program in
the calculator's own token grammar (``program``): nothing is left to understand. The seq2seq
parser learnt from questions of a few numbers each and garbles longer expressions ("2 + 3 + 4 +
5 + 6 + 7" came out as "2 + 3 + 4 + 5 + 6 / 4 * 7"); the grammar cannot. A question is read this
way only when nothing but numbers, operators, parentheses, roots, "squared"/"cubed" and a leading
instruction ("compute", "what is") remains, at least one operator among them, and the tokens parse
as one whole program. Everything else, "17% of 2340" included, goes to the model.
"""

from __future__ import annotations

import re

from specialists.math.program import FUNCTIONS, OPERATORS, SLOTS, ProgramError, parse

_INSTRUCTION = re.compile(
    r"^(?:(?:please|pls|can you|could you)\s+)?"
    r"(?:compute|calculate|evaluate|work out|solve|what is|what's|whats|how much is)\b\s*:?\s*",
    re.IGNORECASE,
)
_END = re.compile(r"\s*=?\s*\??\s*$")  # "= ?", "=", "?"
_SPELLED = {"x": ["*"], "×": ["*"], "squared": ["^", "2"], "cubed": ["^", "3"]}
_FORMAL = frozenset((*SLOTS, *OPERATORS, *FUNCTIONS))
_ACTING = frozenset(("+", "-", "*", "/", "^", "mod", *FUNCTIONS))  # a bare number is no sum


def program_tokens(masked_text: str) -> list[str] | None:
    """The calculator tokens of a masked question written in symbols, or None for any other."""
    text = _END.sub("", _INSTRUCTION.sub("", masked_text.strip()))
    tokens: list[str] = []
    for word in text.split():
        tokens += _SPELLED.get(word.lower(), [word])
    formal = tokens and all(t in _FORMAL or t in ("2", "3") for t in tokens)
    if not formal or not _ACTING.intersection(tokens):
        return None
    try:
        parse(tokens)
    except (ProgramError, RecursionError):
        return None
    return tokens
