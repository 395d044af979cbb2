"""Questions with several operations: symbols, worded chains, step-by-step, nested phrases.

Symbolic and worded chains keep the user's own grouping, so their program is written token by
token (``("tokens", [...])``); the others return trees like :mod:`specialists.math.families`.
"""

from __future__ import annotations

from fractions import Fraction

from specialists.math import frames, phrases
from specialists.math.builder import Builder, Phrase
from specialists.math.families import (
    _OPERAND,
    _PREC,
    _SYMBOLS,
    UNARY_TREES,
    Drawn,
    _connectors,
    _operand,
    _percent,
    _random_tree,
    percent_of,
)
from specialists.math.program import Node


def _leaf_text(node: Node) -> str:
    return f"\x00{node[1]}\x00"


def _symbolic(b: Builder, node: Node, spaced: bool) -> tuple[str, list[str]]:
    """Render with the fewest parentheses, plus an occasional redundant pair, as typed."""
    if node[0] == "leaf":
        return _leaf_text(node), [f"@{node[1]}"]
    if node[0] == "neg":
        text, tokens = _symbolic(b, node[1], spaced)
        return f"-({text})", ["-", "(", *tokens, ")"]
    if node[0] == "sqrt":
        text, tokens = _symbolic(b, node[1], spaced)
        shown = b.rng.choice(["sqrt({})", "√{}", "√({})", "sqrt ({})"]).format(text)
        return shown, ["sqrt", "(", *tokens, ")"]
    op, left, right = node
    parts = []
    for side, child in (("left", left), ("right", right)):
        text, tokens = _symbolic(b, child, spaced)
        child_prec = _PREC.get(child[0], 5)
        need = child_prec < _PREC[op] or (side == "right" and child_prec == _PREC[op] and op != "^")
        need = need or (op == "^" and side == "left" and child_prec <= _PREC[op])
        if need or (child[0] not in ("leaf", "sqrt", "neg") and b.chance(0.18)):
            text, tokens = f"({text})", ["(", *tokens, ")"]
        parts.append((text, tokens))
    symbol = b.rng.choice(_SYMBOLS[op])
    gap = " " if spaced or symbol == "x" else ""
    text = f"{parts[0][0]}{gap}{symbol}{gap}{parts[1][0]}"
    return text, [*parts[0][1], op, *parts[1][1]]


def _decorate(b: Builder, node: Node, top: bool = True) -> Node:
    """Now and then a root around a number or a minus before a bracket: 'sqrt(2) * -(3 + 4)'."""
    if node[0] == "leaf":
        return ("sqrt", node) if b.chance(0.08) else node
    if node[0] != "^":
        node = (node[0], *(_decorate(b, child, False) for child in node[1:]))
    return (
        ("neg", node)
        if node[0] in ("+", "-", "*", "/") and b.chance(0.06 if top else 0.04)
        else node
    )


def symbolic(b: Builder) -> Drawn:
    """'(3 + 4) * 2', '12/4+3*2', '2^10 - 24', '-(4 + 6) * 2', 'sqrt(2) * sqrt(8)'."""
    tree = _decorate(b, _random_tree(b, b.rng.choice([1, 1, 2, 2, 3, 4])))
    text, tokens = _symbolic(b, tree, b.chance(0.7))
    if b.chance(0.15):
        inner = text if b.chance(0.5) else f"({text})"
        text, tokens = f"sqrt({inner})", ["sqrt", "(", *tokens, ")"]
    return text, ("tokens", tokens), "noun"


def chain(b: Builder) -> Drawn:
    """'3 plus 4 times 2' read with the usual precedence; '(3 plus 4) times 2' kept grouped."""
    count = b.rng.choice([2, 2, 3, 3, 4])
    first = b.number()
    texts, tokens = [first[0]], [_ref(first[1])]
    for _ in range(count):
        op = b.rng.choice(["+", "-", "*", "/", "+", "-", "*", "/", "^"])
        operand = _operand(b, op, True)
        texts.append(f"{b.pick(_connectors(op))} {operand[0]}")
        tokens.append([op, *_ref(operand[1])])
    if b.chance(0.2):
        texts[:2] = [f"({texts[0]} {texts[1]})"]
        tokens[:2] = [["(", *tokens[0], *tokens[1], ")"]]
    return " ".join(texts), ("tokens", [t for group in tokens for t in group]), "noun"


def _ref(node: Node) -> list[str]:
    return [f"@{node[1]}"] if node[0] == "leaf" else ["-", f"@{node[1][1]}"]


def _step(b: Builder, acc: Node) -> tuple[str, Node]:
    """One instruction applied to the running result."""
    kind = b.rng.choice(
        ["+", "-", "*", "/", "+", "-", "*", "/", "^", "rsub", "pct", "square", "sqrt"]
        + ["double", "half"]
    )
    template = b.pick(frames.STEP[kind])
    it = b.pick(frames.IT)
    if kind in ("square", "sqrt", "double", "half"):
        return template.format(it=it), UNARY_TREES[kind](acc)
    if kind == "pct":
        p = _percent(b)
        return template.format(it=it, p=p[0]), percent_of(p[1], acc)
    operand = _operand(b, kind if kind != "rsub" else "-", kind != "rsub")
    text = template.format(it=it, b=operand[0])
    if kind == "rsub":
        return text, ("-", operand[1], acc)
    return text, (kind, acc, operand[1])


def sequential(b: Builder) -> Drawn:
    """'add 3 and 4, then multiply by 2, then take 10% of that'."""
    roll = b.rng.random()
    if roll < 0.4:
        start = b.number()
        text, acc = b.pick(frames.START).format(a=start[0]), start[1]
    elif roll < 0.55:  # 'double 45, then subtract 10'
        name = b.rng.choice(list(phrases.UNARY_IMPERATIVE))
        first = b.number(_OPERAND.get(name, "any"))
        text = b.pick(phrases.UNARY_IMPERATIVE[name]).format(a=first[0])
        acc = UNARY_TREES[name](first[1])
    else:
        op = b.rng.choice(["+", "-", "*", "/"])
        template, swapped = b.pick(phrases.IMPERATIVE[op])
        first, second = _operand(b, op, swapped), _operand(b, op, not swapped)
        text = ("first " if b.chance(0.2) else "") + template.format(a=first[0], b=second[0])
        acc = (op, second[1], first[1]) if swapped else (op, first[1], second[1])
    for _ in range(b.rng.choice([1, 1, 2, 2, 3])):
        step, acc = _step(b, acc)
        text += b.pick(frames.JOIN) + step
    return text + b.pick(frames.ASK), acc, "raw"


_FUNCTIONAL = {
    "+": ["the sum of {a} and {b}", "the total of {a} and {b}"],
    "-": ["the difference between {a} and {b}", "the difference of {a} and {b}"],
    "*": ["the product of {a} and {b}"],
    "/": ["the quotient of {a} and {b}", "the ratio of {a} to {b}"],
}
_PREFIX_UNARY = {
    "sqrt": ["the square root of {a}", "the cube root of {a}"],
    "half": ["half of {a}"],
}


def _inner(b: Builder) -> Phrase:
    """A self-delimiting noun phrase: 'the sum of 3 and 4', '20% of 50', 'the square of 6'."""
    roll = b.rng.random()
    if roll < 0.6:
        op = b.rng.choice(list(_FUNCTIONAL))
        first, second = _operand(b, op, False), _operand(b, op, True)
        return b.pick(_FUNCTIONAL[op]).format(a=first[0], b=second[0]), (op, first[1], second[1])
    if roll < 0.8:
        p, x = _percent(b), b.number("positive")
        return f"{p[0]} of {x[0]}", percent_of(p[1], x[1])
    name = b.rng.choice(["square", "cube", "sqrt", "half", "double"])
    template = b.rng.choice(
        [t for t in phrases.UNARY[name] if t.startswith(("the", "half", "double"))]
    )
    a = b.number("square" if name == "sqrt" else "small")
    return template.format(a=a[0]), UNARY_TREES[name](a[1])


def nested(b: Builder) -> Drawn:
    """'the square root of the sum of 9 and 16', 'divide the sum of 3 and 4 by 7'."""
    inner = _inner(b)
    roll = b.rng.random()
    if roll < 0.2:
        outer = b.rng.choice(["the square root of {a}", "half of {a}", "the square of {a}"])
        trees = {
            "the square root of {a}": "sqrt",
            "half of {a}": "half",
            "the square of {a}": "square",
        }
        return outer.format(a=inner[0]), UNARY_TREES[trees[outer]](inner[1]), "noun"
    if roll < 0.3:
        p = _percent(b)
        return f"{p[0]} of {inner[0]}", percent_of(p[1], inner[1]), "noun"
    op = b.rng.choice(["+", "-", "*", "/"])
    imperative = b.chance(0.35)
    template, swapped = b.pick(phrases.IMPERATIVE[op] if imperative else phrases.BINARY[op])
    other = _operand(b, op, True)
    inner_first = b.chance(0.5)
    a, c = (inner, other) if inner_first else (other, inner)
    a_text = a[0] + ("," if inner_first and not template.endswith("{a}") else "")
    text = template.format(a=a_text, b=c[0])
    tree = (op, c[1], a[1]) if swapped else (op, a[1], c[1])
    return text, tree, "imperative" if imperative else "noun"


def story(b: Builder) -> Drawn:
    """Everyday word problems with one or two operations."""
    template, program = b.pick(frames.STORY)
    slots = [part.split("}")[0] for part in template.split("{")[1:]]
    refs = []
    values = {}
    for slot in slots:
        drawn = _percent(b) if slot == "p" else b.number("positive")
        values[slot] = drawn[0]
        refs.append(f"@{drawn[1][1]}")
    tokens = [refs[int(t[1:])] if t.startswith("N") else t for t in program.split()]
    return template.format(**values), ("tokens", tokens), "raw"


def off_topic(b: Builder) -> Drawn:
    """Requests for other specialists that happen to contain numbers."""
    template = b.pick(frames.OFF_TOPIC)
    year = b.chance(0.3)
    value = b.rng.randint(1950, 2030) if year else b.rng.randint(1, 12)
    text, _ = b.leaf(Fraction(value), str(value))
    return template.format(a=text), ("none",), "raw"
