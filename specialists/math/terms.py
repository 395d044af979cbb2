"""Worded terms that compose: '6 squared', 'half of 40', 'the sum of 3, 4 and 5', nested freely.

A term is a self-contained noun phrase with its tree; families here join terms with connectors
(read with the usual precedence), wrap them in outer operations ('twice the sum of ...', 'divide
the product of 3 and 4 by 6'), or list several numbers ('add 4, 9 and 12').
"""

from __future__ import annotations

from fractions import Fraction

from specialists.math import phrases
from specialists.math.builder import Builder, Phrase
from specialists.math.families import (
    _PREC,
    UNARY_TREES,
    C,
    Drawn,
    _connectors,
    _operand,
    percent_of,
)
from specialists.math.families import _percent as percent_phrase
from specialists.math.numwords import ORDINALS
from specialists.math.program import Node

# Suffix forms bind to the number before them; prefix forms take the phrase after them.
SUFFIX = {
    "square": ["{a} squared", "{a}²", "{a} to the second power", "{a} sqared"],
    "cube": ["{a} cubed", "{a}³", "{a} cubed"],
}
PREFIX = {
    "sqrt": ["the square root of {a}", "square root of {a}", "sqrt {a}", "√{a}", "root {a}"],
    "cbrt": ["the cube root of {a}", "cube root of {a}", "∛{a}", "cbrt {a}"],
    "square": ["the square of {a}", "square of {a}"],
    "cube": ["the cube of {a}", "cube of {a}"],
    "half": ["half of {a}", "half {a}", "a half of {a}", "half of {a}"],
    "double": ["twice {a}", "double {a}", "double of {a}", "twice {a}"],
    "triple": ["triple {a}", "thrice {a}", "treble {a}"],
    "quarter": ["a quarter of {a}", "quarter of {a}", "a quarter of {a}"],
}
# Outer operations whose operand is a whole phrase: imperative and noun forms.
OUTER = {
    "sqrt": ["the square root of {a}", "take the square root of {a}", "sqrt of {a}", "root of {a}"],
    "cbrt": ["the cube root of {a}", "take the cube root of {a}"],
    "square": ["the square of {a}", "square {a}", "{a}, squared", "{a}, all squared"],
    "cube": ["the cube of {a}", "cube {a}", "{a}, cubed"],
    "half": ["half of {a}", "halve {a}", "half {a}", "divide {a} in half", "{a}, halved"],
    "double": ["twice {a}", "double {a}", "{a}, doubled", "twice {a}"],
    "triple": ["triple {a}", "{a}, tripled", "treble {a}"],
    "quarter": ["a quarter of {a}", "quarter of {a}"],
    "negate": ["the negative of {a}", "minus {a}"],
}
# Two-operand noun phrases; '{a}' and '{b}' may themselves be terms.
FUNCTIONAL = {
    "+": ["the sum of {a} and {b}", "the total of {a} and {b}", "sum of {a} and {b}"],
    "-": ["the difference between {a} and {b}", "the difference of {a} and {b}"],
    "*": ["the product of {a} and {b}", "product of {a} and {b}"],
    "/": ["the quotient of {a} and {b}", "the ratio of {a} to {b}"],
}
# Lists: '{items}' is 'a, b and c'; the tree is a left fold of the operation.
LIST = {
    "+": [
        "the sum of {items}",
        "add {items}",
        "the total of {items}",
        "sum of {items}",
        "add up {items}",
        "{items} added together",
        "sum {items}",
        "add together {items}",
        "what do {items} add up to",
        "{items} summed",
        "total {items}",
        "the sum of the numbers {items}",
        "{items} all added up",
    ],
    "*": [
        "the product of {items}",
        "multiply {items}",
        "multiply {items} together",
        "product of {items}",
        "{items} multiplied together",
        "multiply together {items}",
        "{items} multiplied",
    ],
    "avg": [
        "the average of {items}",
        "the mean of {items}",
        "average of {items}",
        "average {items}",
        "the mean value of {items}",
        "average these: {items}",
        "find the average of {items}",
        "what is the mean of {items}",
    ],
}
# 'the sum of the squares of 3 and 4': an aggregate over powered or rooted items.
OF_EACH = {
    "square": ["the squares of {items}", "the squares of {items}"],
    "cube": ["the cubes of {items}"],
    "sqrt": ["the square roots of {items}"],
}
AGGREGATE = {
    "+": ["the sum of {x}", "add {x}", "the total of {x}", "sum of {x}"],
    "-": ["the difference between {x}", "the difference of {x}"],
    "*": ["the product of {x}"],
}
TAIL = {  # '..., all divided by 4': the operation applies to everything before it
    "/": [
        ", all divided by {b}",
        ", all over {b}",
        ", then all divided by {b}",
        " all divided by {b}",
    ],
    "*": [", all times {b}", ", all multiplied by {b}", ", everything times {b}", " all times {b}"],
    "+": [", and then add {b} to all of that", ", all plus {b}"],
    "-": [", all minus {b}", ", then take {b} from all of that"],
    "^": [", all squared", ", all to the power of {b}"],
}


def listed(b: Builder, count: int, kind: str = "any") -> tuple[str, list[Node]]:
    """'4, 9 and 12' with 2-5 numbers, in the ways people separate them."""
    items = [b.number(kind) for _ in range(count)]
    last = b.rng.choice([" and ", ", and ", ", ", " and ", " & "]) if count > 1 else ""
    head = b.rng.choice([", ", ", ", " , ", ","]).join(t for t, _ in items[:-1])
    return head + last + items[-1][0], [node for _, node in items]


def fold(op: str, nodes: list[Node]) -> Node:
    total = nodes[0]
    for node in nodes[1:]:
        total = (op, total, node)
    return total


def share(b: Builder, whole: Phrase) -> Phrase:
    """'a third of X', 'two fifths of X', 'three quarters of X', 'one half of X' (X a phrase)."""
    roll = b.rng.random()
    if roll < 0.25:
        one = b.chance(0.35)
        count = b.leaf(Fraction(1), "one") if one else b.number("small")
        unit = b.rng.choice(["half", "quarter"]) if one else "quarter"
        text = f"{count[0]} {unit if one else 'quarters'} of {whole[0]}"
        return text, ("*", ("/", count[1], C[2 if unit == "half" else 4]), whole[1])
    n = b.rng.choice([3, 3, 3, 4, 5, 5, 6, 8, 10])
    den = b.leaf(Fraction(n), ORDINALS[n] if b.chance(0.8) else f"{n}{'rd' if n == 3 else 'th'}")
    if roll < 0.6:
        return f"a {den[0]} of {whole[0]}", ("/", whole[1], den[1])
    count = b.leaf(Fraction(1), "one") if b.chance(0.2) else b.number("small")
    # "one thirds of X" stays plural: the committed model was trained on exactly this stream.
    return f"{count[0]} {den[0]}s of {whole[0]}", ("*", ("/", count[1], den[1]), whole[1])


def term(b: Builder, plain: float = 0.5) -> Phrase:
    """A number, or a number with a power, root, share or multiple of it."""
    roll = b.rng.random()
    if roll < plain:
        return b.number()
    if roll < plain + (1 - plain) * 0.4:
        name = b.rng.choice(list(SUFFIX))
        a = b.number("small")
        return b.pick(SUFFIX[name]).format(a=a[0]), UNARY_TREES[name](a[1])
    if roll < plain + (1 - plain) * 0.55:
        p, x = percent_phrase(b), b.number("positive")
        return f"{p[0]} of {x[0]}", percent_of(p[1], x[1])
    if roll < plain + (1 - plain) * 0.65:
        return share(b, b.number("positive"))
    name = b.rng.choice(list(PREFIX))
    kind = {"sqrt": "square", "cbrt": "cube", "square": "small", "cube": "small"}.get(name, "any")
    a = b.number(kind)
    return b.pick(PREFIX[name]).format(a=a[0]), UNARY_TREES[name](a[1])


def phrase(b: Builder, depth: int = 0) -> Phrase:
    """A self-delimiting noun phrase: a term, 'the sum of X and Y', a list sum, 'P% of X'."""
    roll = b.rng.random()
    if roll < 0.35 or depth > 1:
        return term(b, plain=0.0)
    if roll < 0.8:
        op = b.rng.choice(list(FUNCTIONAL))
        first = term(b, 0.75) if depth == 0 else b.number()
        second = term(b, 0.75) if depth == 0 else _operand(b, op, True)
        text = b.pick(FUNCTIONAL[op]).format(a=first[0], b=second[0])
        return text, (op, first[1], second[1])
    if roll < 0.9:
        op = b.rng.choice(["+", "+", "*"])
        items, nodes = listed(b, b.rng.choice([3, 3, 4]))
        return b.pick(LIST[op][:4]).format(items=items), fold(op, nodes)
    name = b.rng.choice(list(OF_EACH))
    items, nodes = listed(b, 2, "small")
    op = b.rng.choice(list(AGGREGATE))
    powered = [UNARY_TREES[name](node) for node in nodes]
    text = b.pick(AGGREGATE[op]).format(x=b.pick(OF_EACH[name]).format(items=items))
    return text, fold(op, powered)


def worded_chain(b: Builder) -> Drawn:
    """'7 squared minus 2 cubed', 'half of 50 plus 3 times 4', '... , all divided by 4'."""
    count = b.rng.choice([1, 2, 2, 3])
    first = term(b, 0.4)
    texts, nodes, ops = [first[0]], [first[1]], []
    for _ in range(count):
        op = b.rng.choice(["+", "-", "*", "/", "+", "-"])
        operand = term(b, 0.5) if op != "/" else b.number("positive")
        texts.append(f"{b.pick(_connectors(op))} {operand[0]}")
        nodes.append(operand[1])
        ops.append(op)
    tree = _by_precedence(nodes, ops)
    text = " ".join(texts)
    if b.chance(0.25):
        op = b.rng.choice(["/", "*", "/", "*", "+", "-", "^"])
        template = b.pick(TAIL[op])
        if "{b}" in template:
            other = _operand(b, op, True)
            text += template.format(b=other[0])
            tree = (op, tree, other[1])
        else:
            text += template
            tree = ("^", tree, C[2])
    return text, tree, "noun"


def _by_precedence(nodes: list[Node], ops: list[str]) -> Node:
    """Fold operands and infix operators with * and / binding tighter than + and -."""
    output: list[Node] = [nodes[0]]
    stack: list[str] = []
    for op, node in zip(ops, nodes[1:], strict=True):
        while stack and _PREC[stack[-1]] >= _PREC[op]:
            right, left = output.pop(), output.pop()
            output.append((stack.pop(), left, right))
        stack.append(op)
        output.append(node)
    while stack:
        right, left = output.pop(), output.pop()
        output.append((stack.pop(), left, right))
    return output[0]


def outer(b: Builder) -> Drawn:
    """An operation applied to a whole phrase: 'twice the sum of 11 and 9', 'multiply X by 5'."""
    inner = phrase(b)
    roll = b.rng.random()
    if roll < 0.35:
        name = b.rng.choice(list(OUTER))
        text = b.pick(OUTER[name]).format(a=inner[0])
        return text, UNARY_TREES[name](inner[1]), "noun"
    if roll < 0.45:
        p = percent_phrase(b)
        return f"{p[0]} of {inner[0]}", percent_of(p[1], inner[1]), "noun"
    if roll < 0.52:
        text, tree = share(b, inner)
        return text, tree, "noun"
    if roll < 0.6:
        k = b.number("small")
        return f"{k[0]} times {inner[0]}", ("*", k[1], inner[1]), "noun"
    op = b.rng.choice(["+", "-", "*", "/"])
    imperative = b.chance(0.6)
    template, swapped = b.pick(phrases.IMPERATIVE[op] if imperative else phrases.BINARY[op])
    other = phrase(b, depth=2) if b.chance(0.4) else _operand(b, op, True)
    a, c = (inner, other) if b.chance(0.6) else (other, inner)
    text = template.format(a=a[0], b=c[0])
    tree = (op, c[1], a[1]) if swapped else (op, a[1], c[1])
    return text, tree, "imperative" if imperative else "noun"


def lists(b: Builder) -> Drawn:
    """'the sum of 4, 9 and 12', 'multiply 2, 3 and 5 together', 'the mean of 3, 8, 10'."""
    if b.chance(0.15):  # 'the sum of the squares of 3 and 4'
        name = b.rng.choice(list(OF_EACH))
        items, nodes = listed(b, b.rng.choice([2, 2, 3]), "small")
        op = b.rng.choice(list(AGGREGATE))
        text = b.pick(AGGREGATE[op]).format(x=b.pick(OF_EACH[name]).format(items=items))
        return text, fold(op, [UNARY_TREES[name](node) for node in nodes]), "noun"
    if b.chance(0.15):  # 'three quarters of 200', 'a third of the sum of 4 and 5'
        text, tree = share(b, b.number("positive") if b.chance(0.7) else phrase(b, depth=1))
        return text, tree, "noun"
    op = b.rng.choice(["+", "+", "*", "avg"])
    count = b.rng.choice([2, 3, 3, 3, 4, 5]) if op != "*" else b.rng.choice([3, 3, 4])
    items, nodes = listed(b, count)
    template = b.pick(LIST[op])
    if op == "avg":
        tree = ("/", fold("+", nodes), C[count] if count in C else ("const", count))
    else:
        tree = fold(op, nodes)
    imperative = template.split()[0] in ("add", "multiply", "sum", "total", "average", "find")
    return template.format(items=items), tree, "imperative" if imperative else "noun"


GOES_INTO = [  # b / a: how many times the first number fits in the second
    "how many times does {a} go into {b}",
    "how many times will {a} go into {b}",
    "how many times can {a} fit into {b}",
    "how many {a}s are in {b}",
    "{a} goes into {b} how many times",
    "how often does {a} go into {b}",
    "how many times does {a} fit in {b}",
    "how many lots of {a} are in {b}",
    "how many groups of {a} make {b}",
]
# Not arithmetic, though numbers appear: the model answers [NONE].
NOT_ARITHMETIC = [
    "call me at {a} {b}",
    "my address is {a} main street, apartment {b}",
    "the game ended {a} to {b}",
    "room {a} on floor {b}",
    "flight {a} leaves from gate {b}",
    "my phone number is {a} {b}",
    "chapter {a} verse {b}",
    "meet me at {a}:{b}",
    "the score was {a} - {b} at half time",
    "bus {a} and bus {b} both stop here",
    "set an alarm for {a} and another for {b}",
    "order {a} of {b} has shipped",
    "page {a} of {b}",
    "is {a} a prime number",
    "round {a} to {b} decimal places",
    "sort these: {a}, {b}",
    "which is bigger, {a} or {b}",
    "what is x if {a} x = {b}",
    "solve for y: y + {a} = {b}",
]
_LETTERS = "bcdfghjklmnpqrstvwxz"


def goes_into(b: Builder) -> Drawn:
    """'how many times does 7 go into 91': a division with the divisor first."""
    a, c = b.number("positive"), b.number("positive")
    return b.pick(GOES_INTO).format(a=a[0], b=c[0]), ("/", c[1], a[1]), "raw"


def not_arithmetic(b: Builder) -> Drawn:
    """Numbers in text that asks for no calculation, or in keyboard noise."""
    a, c = b.leaf(Fraction(b.rng.randint(1, 999)), ""), b.leaf(Fraction(b.rng.randint(1, 99)), "")
    b.surfaces[-2:] = [str(b.values[-2]), str(b.values[-1])]
    if b.chance(0.6):
        return b.pick(NOT_ARITHMETIC).format(a=a[0], b=c[0]), ("none",), "raw"
    words = [
        "".join(b.rng.choice(_LETTERS) for _ in range(b.rng.randint(2, 6)))
        for _ in range(b.rng.randint(1, 4))
    ]
    slots = [a[0], c[0]][: b.rng.choice([1, 2, 2])]
    if len(slots) == 1:
        b.values.pop()
        b.surfaces.pop()
    mixed = words + slots
    b.rng.shuffle(mixed)
    return " ".join(mixed), ("none",), "raw"
