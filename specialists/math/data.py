"""Seeded training and dev data: (masked text, token program) pairs drawn from a grammar.

Sources, all written for this specialist: phrasings in ``phrases.py`` and ``frames.py``, number
words from ``numwords.py``, typos from ``builder.typo``. The dev split draws 60% of its picks from
phrasings that training never sees (see ``builder.dev_only``). Every pair is checked end to end:
the normaliser must find exactly the numbers that were written, in order, and the program must
compute, or the pair is dropped.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from specialists.math import compound, families, frames, terms
from specialists.math.builder import Builder, noisy
from specialists.math.normalize import mask
from specialists.math.program import SPECIAL, Node, as_number, compute, parse
from specialists.math.render import program_tokens

FAMILIES: list[tuple[Callable[[Builder], families.Drawn], float]] = [
    (families.single, 0.13),
    (families.unary, 0.06),
    (families.percent, 0.11),
    (families.roots_and_powers, 0.025),
    (families.average, 0.01),
    (families.fraction, 0.02),
    (compound.symbolic, 0.12),
    (compound.chain, 0.06),
    (compound.sequential, 0.08),
    (compound.nested, 0.04),
    (compound.story, 0.035),
    (compound.off_topic, 0.03),
    (terms.worded_chain, 0.09),
    (terms.outer, 0.09),
    (terms.lists, 0.05),
    (terms.goes_into, 0.01),
    (terms.not_arithmetic, 0.025),
]


@dataclass(frozen=True, slots=True)
class Example:
    """One pair: what the user typed, what the model sees, what it must write, the answer."""

    text: str
    masked: str
    program: tuple[str, ...]
    value: int | float | None


def _frame(b: Builder, text: str, style: str) -> str:
    """Wrap a phrase in a question, with optional greeting, sign-off and punctuation."""
    if style == "noun":
        text = b.pick(frames.NOUN).format(text)
    elif style == "imperative":
        text = b.pick(frames.IMPERATIVE).format(text)
    if b.chance(0.15):
        text = f"{b.pick(frames.PREFIX)} {text}"
    if b.chance(0.12):
        text = f"{text}{b.rng.choice([' ', ', '])}{b.pick(frames.SUFFIX)}"
    if not text.rstrip().endswith(("=", "?")):
        text += b.rng.choices(["", "?", ".", "!", " ?"], [50, 35, 8, 3, 4])[0]
    return text


def _numbered(tree: Node, index: dict[int, int]) -> Node:
    if tree[0] == "leaf":
        return ("num", index[tree[1]])
    if tree[0] in ("num", "const"):
        return tree
    return (tree[0], *(_numbered(child, index) for child in tree[1:]))


def _program(target: Node, index: dict[int, int]) -> list[str]:
    if target[0] == "none":
        return [SPECIAL[3]]
    if target[0] == "tokens":
        return [f"N{index[int(t[1:])]}" if t.startswith("@") else t for t in target[1]]
    return program_tokens(_numbered(target, index))


def draw(rng: random.Random, split: str, stats: Counter[str] | None = None) -> Example | None:
    """One example, or None when the end-to-end check rejects it (counted in ``stats``)."""
    stats = stats if stats is not None else Counter()
    family = rng.choices([f for f, _ in FAMILIES], [w for _, w in FAMILIES])[0]
    b = Builder(rng, split)
    text, target, style = family(b)
    filled, order = b.fill(_frame(b, text, style))
    if sorted(order) != list(range(len(b.values))):
        stats[f"leaf-missing:{family.__name__}"] += 1
        return None
    text = noisy(filled, rng)
    try:
        masked = mask(text)
    except ValueError:
        stats["too-many-numbers"] += 1
        return None
    if list(masked.numbers) != [b.values[i] for i in order]:
        stats[f"numbers-differ:{family.__name__}"] += 1
        return None
    program = _program(target, {leaf: i for i, leaf in enumerate(order)})
    value = None
    if program != [SPECIAL[3]]:
        try:
            value = as_number(compute(parse(program), masked.numbers))
        except (ArithmeticError, ValueError):
            stats["no-value"] += 1
            return None
    stats[f"ok:{family.__name__}"] += 1
    return Example(text, masked.text, tuple(program), value)


def dataset(count: int, split: str, seed: int, stats: Counter[str] | None = None) -> list[Example]:
    """``count`` examples of a split (``train`` or ``dev``), reproducible from ``seed``."""
    rng = random.Random(f"{split}:{seed}")
    examples: list[Example] = []
    while len(examples) < count:
        example = draw(rng, split, stats)
        if example is not None:
            examples.append(example)
    return examples
