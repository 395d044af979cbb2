"""Kinds of arithmetic question: each draws a text with number placeholders and its tree.

A family returns ``(text, tree, style)``; ``style`` picks the frame ("noun" for "3 plus 4",
"imperative" for "add 3 and 4", "raw" for a whole question). Trees use ``("leaf", id)`` for
numbers; :mod:`specialists.math.data` numbers them in reading order.
"""

from __future__ import annotations

from specialists.math import phrases
from specialists.math.builder import Builder, Phrase
from specialists.math.program import Node

Drawn = tuple[str, Node, str]
C = {n: ("const", n) for n in (1, 2, 3, 4, 5, 6, 100)}
_PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "mod": 2, "^": 4}
_SYMBOLS = {
    "+": ["+"],
    "-": ["-"],
    "*": ["*", "x", "×", "*"],
    "/": ["/", "÷", "/"],
    "^": ["^", "**"],
}
UNARY_TREES = {
    "square": lambda a: ("^", a, C[2]),
    "cube": lambda a: ("^", a, C[3]),
    "sqrt": lambda a: ("sqrt", a),
    "cbrt": lambda a: ("cbrt", a),
    "half": lambda a: ("/", a, C[2]),
    "double": lambda a: ("*", a, C[2]),
    "triple": lambda a: ("*", a, C[3]),
    "quarter": lambda a: ("/", a, C[4]),
    "negate": lambda a: ("neg", a),
}
_OPERAND = {"sqrt": "square", "cbrt": "cube", "square": "small", "cube": "small"}


def percent_of(p: Node, x: Node) -> Node:
    return ("*", ("/", p, C[100]), x)


def _operand(b: Builder, op: str, right: bool) -> Phrase:
    """A number suited to its place: small exponents, non-zero divisors."""
    if op == "^":
        return b.number("exp" if right else "small")
    if op in ("/", "mod") and right:
        return b.number("positive")
    return b.number()


def _connectors(op: str) -> list[str]:
    infix = [t for t, swapped in phrases.BINARY[op] if not swapped]
    return [t[4:-4] for t in infix if t.startswith("{a} ") and t.endswith(" {b}")]


def _binary_tree(op: str, a: Node, b: Node, swapped: bool) -> Node:
    return (op, b, a) if swapped else (op, a, b)


def single(b: Builder) -> Drawn:
    """One operation, as a noun phrase or an instruction."""
    op = b.rng.choice(["+", "-", "*", "/", "+", "-", "*", "/", "^", "mod"])
    imperative = op in phrases.IMPERATIVE and b.chance(0.4)
    template, swapped = b.pick(phrases.IMPERATIVE[op] if imperative else phrases.BINARY[op])
    first, second = _operand(b, op, swapped), _operand(b, op, not swapped)
    text = template.format(a=first[0], b=second[0])
    return (
        text,
        _binary_tree(op, first[1], second[1], swapped),
        "imperative" if imperative else "noun",
    )


def unary(b: Builder) -> Drawn:
    """Squares, roots, halves and doubles."""
    name = b.rng.choice(list(phrases.UNARY))
    imperative = name in phrases.UNARY_IMPERATIVE and b.chance(0.3)
    template = b.pick(phrases.UNARY_IMPERATIVE[name] if imperative else phrases.UNARY[name])
    text, node = b.number(_OPERAND.get(name, "any"))
    return template.format(a=text), UNARY_TREES[name](node), "imperative" if imperative else "noun"


def _percent(b: Builder) -> Phrase:
    text, node = b.number("pct")
    return b.pick(phrases.PERCENT_SIGN).format(n=text), node


def percent(b: Builder) -> Drawn:
    """Percent of, what percent, plus or minus a percentage, percent change."""
    kind = b.rng.choice(["of", "of", "of", "what", "what", "up", "down", "change"])
    if kind == "of":
        p = _percent(b)
        x = b.number("positive")
        return b.pick(phrases.PERCENT_OF).format(p=p[0], x=x[0]), percent_of(p[1], x[1]), "noun"
    if kind == "what":
        template, whole_first = b.pick(phrases.WHAT_PERCENT)
        first, second = b.number("positive"), b.number("positive")
        part, whole = (second, first) if whole_first else (first, second)
        tree = ("*", ("/", part[1], whole[1]), C[100])
        return template.format(a=part[0], b=whole[0]), tree, "raw"
    if kind == "change":
        a, c = b.number("positive"), b.number("positive")
        tree = ("*", ("/", ("-", c[1], a[1]), a[1]), C[100])
        return b.pick(phrases.PERCENT_CHANGE).format(a=a[0], b=c[0]), tree, "noun"
    template, p_first = b.pick(phrases.PERCENT_UP if kind == "up" else phrases.PERCENT_DOWN)
    if p_first:  # draw in reading order (keeps the seeded stream of the committed artifact)
        p, x = _percent(b), b.number("positive")
    else:
        x, p = b.number("positive"), _percent(b)
    factor = ("+" if kind == "up" else "-", C[1], ("/", p[1], C[100]))
    style = (
        "imperative"
        if template.split()[0] in ("add", "increase", "raise", "take", "reduce", "knock")
        else "noun"
    )
    return template.format(x=x[0], p=p[0]), ("*", x[1], factor), style


def roots_and_powers(b: Builder) -> Drawn:
    """'the 4th root of 81', 'two to the fifth power'."""
    if b.chance(0.5):
        n = b.ordinal()
        a = b.number("positive")
        return (
            b.pick(phrases.NTH_ROOT).format(n=n[0], a=a[0]),
            ("^", a[1], ("/", C[1], n[1])),
            "noun",
        )
    template = b.pick(phrases.NTH_POWER)
    if template.startswith("the"):
        n, a = b.ordinal(), b.number("small")
    else:
        a, n = b.number("small"), b.ordinal()
    return template.format(n=n[0], a=a[0]), ("^", a[1], n[1]), "noun"


def average(b: Builder) -> Drawn:
    """'the average of 3, 5 and 10'."""
    count = b.rng.choice([2, 3, 3, 4, 5])
    items = [b.number() for _ in range(count)]
    listed = ", ".join(t for t, _ in items[:-1]) + b.rng.choice([" and ", ", and ", ", "])
    total: Node = items[0][1]
    for _, node in items[1:]:
        total = ("+", total, node)
    text = b.pick(phrases.AVERAGE).format(items=listed + items[-1][0])
    return text, ("/", total, C[count]), "noun"


def fraction(b: Builder) -> Drawn:
    """'two thirds of 90', '3/4 of 80', 'a fifth of 60'."""
    x = b.number("positive")
    if b.chance(0.4):
        num, den = b.number("small"), b.number("small")
        return f"{num[0]}/{den[0]} of {x[0]}", ("*", ("/", num[1], den[1]), x[1]), "noun"
    den = b.ordinal()
    if b.chance(0.5):
        return f"a {den[0]} of {x[0]}", ("/", x[1], den[1]), "noun"
    num = b.number("small")
    return f"{num[0]} {den[0]}s of {x[0]}", ("*", ("/", num[1], den[1]), x[1]), "noun"


def _random_tree(b: Builder, ops: int) -> Node:
    """A random expression over fresh numbers with ``ops`` binary operations."""
    if ops == 0:
        return b.number()[1]
    op = b.rng.choice(["+", "-", "*", "/", "+", "-", "*", "/", "^"])
    if op == "^":
        return ("^", b.number("small")[1], b.number("exp")[1])
    left = b.rng.randint(0, ops - 1)
    return (op, _random_tree(b, left), _random_tree(b, ops - 1 - left))
