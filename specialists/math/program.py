"""The tool: parse the model's token program and compute it exactly (never ``eval``).

Grammar, by a small recursive descent over the known tokens (``^`` binds right, tighter than a
leading ``-``, so ``- N0 ^ 2`` is ``-(N0²)``)::

    expr  := term (("+" | "-") term)*
    term  := unary (("*" | "/" | "mod") unary)*
    unary := "-" unary | power
    power := atom ("^" unary)?
    atom  := N<i> | CONST | "(" expr ")" | ("sqrt" | "cbrt") "(" expr ")"
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

MAX_SLOTS = 12
CONSTANTS = ("1", "2", "3", "4", "5", "6", "10", "12", "100")
FUNCTIONS = ("sqrt", "cbrt")
OPERATORS = ("+", "-", "*", "/", "^", "mod", "(", ")")
SLOTS = tuple(f"N{i}" for i in range(MAX_SLOTS))
SPECIAL = ("[PAD]", "[BOS]", "[EOS]", "[NONE]")
VOCAB: tuple[str, ...] = SPECIAL + SLOTS + CONSTANTS + OPERATORS + FUNCTIONS
TOKEN_ID = {token: i for i, token in enumerate(VOCAB)}
PAD, BOS, EOS, NONE = (TOKEN_ID[t] for t in SPECIAL)
MAX_DIGITS = 10_000  # a result with more digits than this is refused, not computed

Node = tuple[Any, ...]


class ProgramError(ValueError):
    """The model's program cannot be computed: it does not parse or misuses the numbers."""


class _Parser:
    """Recursive descent over a token list; builds tuples ``(op, *children)``."""

    def __init__(self, tokens: Sequence[str]) -> None:
        self.tokens = list(tokens)
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise ProgramError(f"expected {expected or 'a term'} at position {self.pos}")
        self.pos += 1
        return token

    def expr(self) -> Node:
        node = self.term()
        while self.peek() in ("+", "-"):
            node = (self.take(), node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.peek() in ("*", "/", "mod"):
            node = (self.take(), node, self.unary())
        return node

    def unary(self) -> Node:
        if self.peek() == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self) -> Node:
        node = self.atom()
        if self.peek() == "^":
            self.take()
            node = ("^", node, self.unary())
        return node

    def atom(self) -> Node:
        token = self.take()
        if token in SLOTS:
            return ("num", int(token[1:]))
        if token in CONSTANTS:
            return ("const", int(token))
        if token == "(":
            node = self.expr()
            self.take(")")
            return node
        if token in FUNCTIONS:
            self.take("(")
            node = self.expr()
            self.take(")")
            return (token, node)
        raise ProgramError(f"unexpected {token!r} at position {self.pos - 1}")


def parse(tokens: Sequence[str]) -> Node:
    """The syntax tree of a token program; raises ProgramError when it is not well formed."""
    if not tokens:
        raise ProgramError("the model produced an empty program")
    parser = _Parser(tokens)
    tree = parser.expr()
    if parser.peek() is not None:
        raise ProgramError(f"unexpected {parser.peek()!r} after a complete expression")
    return tree


def slots_used(tree: Node) -> set[int]:
    """Indices of the numbers a tree reads."""
    if tree[0] == "num":
        return {tree[1]}
    if tree[0] == "const":
        return set()
    return set().union(*(slots_used(child) for child in tree[1:]))


class _Irrational(Exception):
    """The exact value left the rationals: recompute with sympy."""


def _log10(value: Any) -> float:
    """log10 |value| for Fractions of any size and sympy numbers."""
    if isinstance(value, Fraction):
        return _int_log10(abs(value.numerator)) - _int_log10(value.denominator)
    import sympy

    return float(sympy.log(sympy.Abs(value), 10).evalf(15))


def _int_log10(n: int) -> float:
    digits = len(str(n)) if n > 10**300 else 0
    return digits + math.log10(n / 10**digits) if digits else math.log10(n)


def _check_size(base: Any, exponent: Any) -> None:
    if base == 0:
        if exponent < 0:
            raise ZeroDivisionError("zero cannot be raised to a negative power")
        return
    if abs(float(exponent)) * abs(_log10(base)) > MAX_DIGITS:
        raise OverflowError("the result is too large to compute exactly")


def _root(n: int, degree: int) -> int:
    """The exact ``degree``-th root of a non-negative int, or _Irrational."""
    if degree == 2:
        guess = math.isqrt(n)
    elif n.bit_length() > 900:
        raise _Irrational  # too big for a float guess; sympy takes over
    else:
        guess = round(math.exp(math.log(n) / degree)) if n else 0
    for candidate in (guess - 1, guess, guess + 1):
        if candidate >= 0 and candidate**degree == n:
            return candidate
    raise _Irrational


def _fraction_power(base: Fraction, exponent: Fraction) -> Fraction:
    _check_size(base, exponent)
    digits = abs(exponent.numerator) * (
        _int_log10(abs(base.numerator) or 1) + _int_log10(base.denominator)
    )
    if digits > MAX_DIGITS:  # 0.999 ^ 761000: exact digits explode, the value does not
        try:
            return Fraction(math.pow(float(base), float(exponent)))
        except (OverflowError, ValueError):
            raise OverflowError("the result is too large to compute exactly") from None
    raised = base**exponent.numerator
    if exponent.denominator == 1:
        return raised
    degree = exponent.denominator
    if raised < 0 and degree % 2 == 0:
        raise ValueError("an even root of a negative number is not a real number")
    root = Fraction(_root(abs(raised.numerator), degree), _root(raised.denominator, degree))
    return -root if raised < 0 else root


def _sympy_power(base: Any, exponent: Any) -> Any:
    """``base ** exponent`` with real odd roots of negatives."""
    import sympy

    _check_size(base, exponent)
    if base.is_negative and exponent.is_Rational and not exponent.is_integer:
        if exponent.q % 2 == 0:
            raise ValueError("an even root of a negative number is not a real number")
        magnitude = sympy.Pow(-base, exponent)
        return -magnitude if exponent.p % 2 else magnitude
    return sympy.Pow(base, exponent)


def _apply(op: str, a: Any, b: Any, exact: bool) -> Any:
    """One binary operation on Fractions (``exact``) or sympy numbers."""
    if op in ("/", "mod") and b == 0:
        raise ZeroDivisionError("division by zero" if op == "/" else "modulo by zero")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "mod":
        return a % b
    if exact:
        if not isinstance(b, Fraction):
            raise _Irrational
        return _fraction_power(a, b)
    return _sympy_power(a, b)


def _evaluate(tree: Node, numbers: Sequence[Fraction], exact: bool) -> Any:
    sympy: Any = None if exact else importlib.import_module("sympy")
    kind = tree[0]
    if kind in ("num", "const"):
        if kind == "num" and tree[1] >= len(numbers):
            raise ProgramError(f"the program reads number N{tree[1]} but the text has fewer")
        value = numbers[tree[1]] if kind == "num" else Fraction(tree[1])
        return value if exact else sympy.Rational(value.numerator, value.denominator)
    if kind == "neg":
        return -_evaluate(tree[1], numbers, exact)
    if kind in ("sqrt", "cbrt"):
        inner = _evaluate(tree[1], numbers, exact)
        if kind == "sqrt" and inner < 0:
            raise ValueError("the square root of a negative number is not a real number")
        third = Fraction(1, 2 if kind == "sqrt" else 3)
        return _apply("^", inner, third if exact else sympy.Rational(third), exact)
    left = _evaluate(tree[1], numbers, exact)
    return _apply(kind, left, _evaluate(tree[2], numbers, exact), exact)


def compute(tree: Node, numbers: Sequence[Fraction]) -> Any:
    """The exact value of a tree with ``N<i>`` bound to ``numbers[i]``.

    Fractions while the value stays rational (fast), sympy once a root is irrational.
    """
    try:
        return _evaluate(tree, numbers, exact=True)
    except _Irrational:
        return _evaluate(tree, numbers, exact=False)


def as_number(value: Any) -> int | float:
    """An int when the exact value is integral, else the nearest float."""
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else float(value)
    if value.is_Rational and value.q == 1:
        return int(value.p)
    if value.is_real is False or value.has(importlib.import_module("sympy").I):
        raise ValueError("the result is not a real number")
    return float(value.evalf(20))
