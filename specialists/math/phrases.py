"""Hand-written phrasings for the generator, written and reviewed for this specialist.

In every list the first ``SHARED`` entries are the everyday forms and always train; of the rest,
one in five (by a stable hash) is kept for the dev split only, so the dev figure measures
phrasings the model never saw. ``{a}``/``{b}`` are operands in the order they appear in the text.
"""

from __future__ import annotations

SHARED = 3

# Binary operations: (template, operands swapped?) — "subtract {a} from {b}" computes b - a.
BINARY: dict[str, list[tuple[str, bool]]] = {
    "+": [
        ("{a} plus {b}", False),
        ("{a} + {b}", False),
        ("the sum of {a} and {b}", False),
        ("{a} and {b} added together", False),
        ("{a} added to {b}", True),
        ("{a} more than {b}", True),
        ("{a} increased by {b}", False),
        ("the total of {a} and {b}", False),
        ("{a} together with {b}", False),
        ("{a} plus another {b}", False),
        ("{a} combined with {b}", False),
        ("{a} with {b} added", False),
    ],
    "-": [
        ("{a} minus {b}", False),
        ("{a} - {b}", False),
        ("the difference between {a} and {b}", False),
        ("{a} take away {b}", False),
        ("{a} less than {b}", True),
        ("{a} decreased by {b}", False),
        ("{a} less {b}", False),
        ("{a} fewer than {b}", True),
        ("{a} reduced by {b}", False),
        ("{a} with {b} taken away", False),
        ("{a} subtract {b}", False),
        ("{a} take {b}", False),
    ],
    "*": [
        ("{a} times {b}", False),
        ("{a} * {b}", False),
        ("{a} multiplied by {b}", False),
        ("the product of {a} and {b}", False),
        ("{a} x {b}", False),
        ("{a} × {b}", False),
        ("{a} multiplied with {b}", False),
        ("{a} lots of {b}", False),
        ("{a} groups of {b}", False),
        ("{a} multiplied by {b}", False),
        ("{a} times by {b}", False),
    ],
    "/": [
        ("{a} divided by {b}", False),
        ("{a} / {b}", False),
        ("the quotient of {a} and {b}", False),
        ("{a} ÷ {b}", False),
        ("{a} over {b}", False),
        ("{a} divided into {b} equal parts", False),
        ("{a} split {b} ways", False),
        ("the ratio of {a} to {b}", False),
        ("{a} shared equally among {b}", False),
        ("{a} shared between {b}", False),
        ("{a} divided evenly by {b}", False),
    ],
    "^": [
        ("{a} to the power of {b}", False),
        ("{a} ^ {b}", False),
        ("{a} raised to the power of {b}", False),
        ("{a} raised to {b}", False),
        ("{a} ** {b}", False),
        ("{a} to the {b}", False),
        ("{a} with an exponent of {b}", False),
        ("{a} to the power {b}", False),
        ("{a} raised to the {b}", False),
        ("{a} exponent {b}", False),
    ],
    "mod": [
        ("{a} mod {b}", False),
        ("{a} modulo {b}", False),
        ("the remainder of {a} divided by {b}", False),
        ("the remainder when {a} is divided by {b}", False),
        ("{a} modulus {b}", False),
        ("what is left over when {a} is divided by {b}", False),
    ],
}

# Imperative forms of the same operations.
IMPERATIVE: dict[str, list[tuple[str, bool]]] = {
    "+": [
        ("add {a} and {b}", False),
        ("add {a} to {b}", True),
        ("sum {a} and {b}", False),
        ("add together {a} and {b}", False),
        ("add up {a} and {b}", False),
        ("combine {a} and {b}", False),
        ("put {a} and {b} together", False),
        ("increase {a} by {b}", False),
        ("total {a} and {b}", False),
    ],
    "-": [
        ("subtract {a} from {b}", True),
        ("take {a} away from {b}", True),
        ("take away {a} from {b}", True),
        ("deduct {a} from {b}", True),
        ("minus {b} from {a}", False),
        ("decrease {a} by {b}", False),
        ("reduce {a} by {b}", False),
        ("remove {a} from {b}", True),
        ("take {a} off {b}", True),
    ],
    "*": [
        ("multiply {a} by {b}", False),
        ("multiply {a} and {b}", False),
        ("multiply {a} times {b}", False),
        ("times {a} by {b}", False),
        ("multiply together {a} and {b}", False),
        ("find the product of {a} and {b}", False),
        ("multiply {a} with {b}", False),
    ],
    "/": [
        ("divide {a} by {b}", False),
        ("divide {a} into {b} parts", False),
        ("split {a} into {b} equal parts", False),
        ("split {a} between {b}", False),
        ("share {a} among {b}", False),
        ("divide {a} over {b}", False),
        ("find the quotient of {a} and {b}", False),
    ],
    "^": [
        ("raise {a} to the power of {b}", False),
        ("raise {a} to {b}", False),
        ("raise {a} to the {b}", False),
        ("take {a} to the power of {b}", False),
        ("put {a} to the power {b}", False),
    ],
}

# One-operand forms; the program is fixed, ``{a}`` is the operand.
UNARY: dict[str, list[str]] = {
    "square": [
        "{a} squared",
        "the square of {a}",
        "{a}²",
        "{a} to the second power",
        "{a} times itself",
        "{a} multiplied by itself",
        "square of {a}",
        "{a} raised to the second power",
        "{a} sqr",
        "{a} squared up",
    ],
    "cube": [
        "{a} cubed",
        "the cube of {a}",
        "{a}³",
        "cube of {a}",
    ],
    "sqrt": [
        "the square root of {a}",
        "sqrt {a}",
        "sqrt({a})",
        "√{a}",
        "square root of {a}",
        "the root of {a}",
        "√({a})",
        "root {a}",
        "sqrt of {a}",
        "the positive square root of {a}",
        "square root {a}",
        "the sq root of {a}",
    ],
    "cbrt": [
        "the cube root of {a}",
        "cube root of {a}",
        "cbrt({a})",
        "∛{a}",
        "the cubic root of {a}",
        "cube root {a}",
        "cbrt {a}",
    ],
    "half": [
        "half of {a}",
        "half {a}",
        "{a} halved",
        "half of {a}",
        "a half of {a}",
        "{a} cut in half",
        "{a} divided in half",
    ],
    "double": [
        "double {a}",
        "twice {a}",
        "{a} doubled",
        "double of {a}",
    ],
    "triple": ["triple {a}", "{a} tripled", "thrice {a}", "treble {a}", "{a} trebled"],
    "quarter": [
        "a quarter of {a}",
        "quarter of {a}",
        "{a} quartered",
        "a quarter of the number {a}",
    ],
    "negate": ["the negative of {a}", "the opposite of {a}", "negative of {a}"],
}
UNARY_IMPERATIVE: dict[str, list[str]] = {
    "square": ["square {a}", "square the number {a}", "multiply {a} by itself"],
    "cube": ["cube {a}", "cube the number {a}"],
    "sqrt": ["take the square root of {a}", "find the square root of {a}", "square root {a}"],
    "cbrt": ["take the cube root of {a}", "find the cube root of {a}"],
    "half": ["halve {a}", "cut {a} in half", "divide {a} in half"],
    "double": ["double {a}", "double the number {a}"],
    "triple": ["triple {a}", "treble {a}"],
}

# Percentages: {p} is the percentage (written with %, percent, ...), {x} the base.
PERCENT_OF = [
    "{p} of {x}",
    "{p} of {x}",
    "{p} times {x}",
    "{p} out of {x}",
    "{p} from {x}",
    "{p} on {x}",
    "{p} of the {x}",
]
WHAT_PERCENT = [  # ({template}, {whole comes first in text?})
    ("what percent is {a} of {b}", False),
    ("{a} is what percent of {b}", False),
    ("what percentage of {b} is {a}", True),
    ("{a} as a percentage of {b}", False),
    ("{a} out of {b} as a percentage", False),
    ("what % of {b} is {a}", True),
    ("{a} is what % of {b}", False),
    ("what percent of {b} is {a}", True),
    ("{a} out of {b} is what percent", False),
    ("express {a} out of {b} as a percent", False),
    ("what percentage is {a} out of {b}", False),
    ("{a} of {b} in percent", False),
    ("how many percent is {a} of {b}", False),
    ("{a} is how many percent of {b}", False),
]
PERCENT_UP = [  # x * (1 + p/100); {x} first unless the flag says so
    ("{x} plus {p}", False),
    ("{x} increased by {p}", False),
    ("add {p} to {x}", True),
    ("{x} + {p}", False),
    ("{p} more than {x}", True),
    ("increase {x} by {p}", False),
    ("raise {x} by {p}", False),
    ("{x} with {p} added", False),
    ("{x} after a {p} increase", False),
    ("{x} marked up by {p}", False),
    ("{x} with a {p} tip", False),
    ("{x} grown by {p}", False),
]
PERCENT_DOWN = [  # x * (1 - p/100)
    ("{x} minus {p}", False),
    ("{p} off {x}", True),
    ("{x} decreased by {p}", False),
    ("{x} - {p}", False),
    ("{x} less {p}", False),
    ("take {p} off {x}", True),
    ("reduce {x} by {p}", False),
    ("{x} with a {p} discount", False),
    ("{p} less than {x}", True),
    ("{x} after a {p} discount", False),
    ("{x} discounted by {p}", False),
    ("{x} after a {p} drop", False),
    ("{x} marked down by {p}", False),
]
PERCENT_CHANGE = [  # (b - a) / a * 100
    "the percent change from {a} to {b}",
    "the percentage increase from {a} to {b}",
    "percent change from {a} to {b}",
    "the percentage change between {a} and {b}",
    "by what percent does {a} grow to become {b}",
    "how many percent is it from {a} to {b}",
    "the percent difference going from {a} to {b}",
]
PERCENT_SIGN = ["{n}%", "{n} percent", "{n} %", "{n} per cent", "{n} pct", "{n}percent"]

AVERAGE = [
    "the average of {items}",
    "the mean of {items}",
    "average of {items}",
    "the arithmetic mean of {items}",
    "mean of {items}",
    "the avg of {items}",
]
NTH_ROOT = ["the {n} root of {a}", "{n} root of {a}", "the {n} root of the number {a}"]
NTH_POWER = ["{a} to the {n} power", "the {n} power of {a}", "{a} raised to the {n} power"]
