"""Writing a syntax tree back out: canonical token programs, readable expressions, sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from specialists.math.normalize import decimal_text
from specialists.math.program import Node

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "mod": 2, "neg": 3, "^": 4}
_PRETTY = {"*": "×", "/": "÷", "mod": "mod"}
_ATOM = 5

Leaf = Callable[[Node, bool], list[str]]


def _precedence(node: Node) -> int:
    return _PRECEDENCE.get(node[0], _ATOM)


def _wrap(parts: list[str], wrap: bool) -> list[str]:
    return ["(", *parts, ")"] if wrap else parts


def _emit(node: Node, leaf: Leaf, first: bool) -> list[str]:
    """Tokens with the fewest parentheses that keep this exact tree (``a + (b + c)`` keeps them)."""
    kind = node[0]
    if kind in ("num", "const"):
        return leaf(node, first)
    if kind in ("sqrt", "cbrt"):
        return [kind, "(", *_emit(node[1], leaf, True), ")"]
    if kind == "neg":
        child = node[1]
        return ["-", *_wrap(_emit(child, leaf, False), _precedence(child) < _PRECEDENCE["^"])]
    op, left, right = node
    own = _PRECEDENCE[op]
    left_wrap = _precedence(left) < own or (op == "^" and _precedence(left) <= own)
    right_wrap = _precedence(right) < own or (_precedence(right) == own and op != "^")
    return [
        *_wrap(_emit(left, leaf, first and not left_wrap and op != "^"), left_wrap),
        op,
        *_wrap(_emit(right, leaf, False), right_wrap),
    ]


def program_tokens(tree: Node) -> list[str]:
    """The canonical program the model is trained to write for ``tree``."""
    return _emit(tree, lambda node, _: [f"N{node[1]}" if node[0] == "num" else str(node[1])], True)


def expression(tree: Node, numbers: Sequence[Fraction], pretty: bool = False) -> str:
    """The program with the user's numbers in place of ``N<i>`` (``pretty`` uses × and ÷)."""

    def leaf(node: Node, first: bool) -> list[str]:
        if node[0] == "const":
            return [str(node[1])]
        value = numbers[node[1]]
        text = decimal_text(value)
        return [text if first or value >= 0 else f"({text})"]

    tokens = _emit(tree, leaf, True)
    if pretty:
        tokens = [_PRETTY.get(t, t) for t in tokens]
    text = " ".join(tokens).replace("( ", "(").replace(" )", ")")
    return text.replace("sqrt (", "√(").replace("cbrt (", "∛(")


def value_text(value: int | float) -> str:
    """A result as a person would read it: integers whole, others to 10 significant digits."""
    if isinstance(value, int):
        return str(value)
    return f"{value:.10g}"


def sentence(tree: Node, numbers: Sequence[Fraction], value: int | float) -> str:
    """One sentence: '17% of 2340 is 397.8.', '30 is 25% of 120.' or '(3 + 4) × 2 = 14.'."""
    shown = value_text(value)
    if tree[0] == "*" and tree[1][0] == "/" and tree[1][2] == ("const", 100):
        part, whole = tree[1][1], tree[2]
        return f"{_side(part, numbers)}% of {_side(whole, numbers)} is {shown}."
    if tree[0] == "*" and tree[2] == ("const", 100) and tree[1][0] == "/":
        part, whole = tree[1][1], tree[1][2]
        return f"{_side(part, numbers)} is {shown}% of {_side(whole, numbers)}."
    return f"{expression(tree, numbers, pretty=True)} = {shown}."


def _side(node: Node, numbers: Sequence[Fraction]) -> str:
    text = expression(node, numbers, pretty=True)
    return text if _precedence(node) == _ATOM else f"({text})"
