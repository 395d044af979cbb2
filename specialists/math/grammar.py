"""Constrained decoding: at each step only tokens that keep the program well formed are allowed.

The decoder may not end while a number of the question is still unused, nor read a number twice,
nor close a bracket it never opened, so greedy search cannot write an unparsable program.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from specialists.math.program import CONSTANTS, EOS, FUNCTIONS, MAX_SLOTS, NONE, TOKEN_ID, VOCAB

SLOT = np.array([TOKEN_ID[f"N{i}"] for i in range(MAX_SLOTS)])
_OPERANDS = [TOKEN_ID[c] for c in CONSTANTS]
_BINARY = [TOKEN_ID[op] for op in ("+", "-", "*", "/", "^", "mod")]
_OPEN, _CLOSE, _MINUS = TOKEN_ID["("], TOKEN_ID[")"], TOKEN_ID["-"]
_FUNCTIONS = [TOKEN_ID[f] for f in FUNCTIONS]


@dataclass
class Row:
    """Where one program stands: open brackets, what may come next, numbers already read."""

    slots: int
    depth: int = 0
    want_operand: bool = True
    after_function: bool = False
    started: bool = False
    used: set[int] = field(default_factory=set)

    def allowed(self) -> np.ndarray:
        """Boolean mask over the vocabulary for the next token."""
        ok = np.zeros(len(VOCAB), dtype=bool)
        if self.after_function:
            ok[_OPEN] = True
            return ok
        if self.want_operand:
            free = [i for i in range(self.slots) if i not in self.used]
            ok[SLOT[free]] = True
            ok[_OPERANDS + _FUNCTIONS + [_OPEN, _MINUS]] = True
            ok[NONE] = not self.started
            return ok
        ok[_BINARY] = True
        ok[_CLOSE] = self.depth > 0
        ok[EOS] = self.depth == 0 and len(self.used) >= self.slots
        return ok

    def advance(self, token: int) -> None:
        """Update the state after ``token`` was written."""
        self.started = True
        name = VOCAB[token]
        if name.startswith("N") and name[1:].isdigit():
            self.used.add(int(name[1:]))
            self.want_operand = False
        elif name in CONSTANTS or name == ")":
            self.depth -= name == ")"
            self.want_operand = False
        elif name == "(":
            self.depth += 1
            self.after_function, self.want_operand = False, True
        elif name in FUNCTIONS:
            self.after_function = True
        else:  # a binary operator, or a leading minus
            self.want_operand = True


def mask_logp(logp: np.ndarray, rows: list[Row], done: np.ndarray) -> np.ndarray:
    """``logp`` with disallowed tokens set to -inf (finished rows untouched)."""
    allowed = np.stack([row.allowed() for row in rows])
    allowed[done] = True
    return np.where(allowed, logp, -np.inf)
