"""Fake specialists that satisfy the real protocol, for orchestrator and runtime tests.

They live in the package (not under tests/) so Ray workers can import them by name.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any

from specialists.base import Context, Manifest, Output


def _manifest(name: str, description: str) -> Manifest:
    return Manifest(name=name, description=description, examples=[f"{name} this", f"{name} that"])


class FunctionSpecialist:
    """Answers each input with ``fn(input)``; an exception from ``fn`` fails that item."""

    def __init__(self, name: str, fn: Callable[[str], Any], description: str = "") -> None:
        self.manifest = _manifest(name, description or f"test specialist {name}")
        self.fn = fn

    def load(self, context: Context) -> None:
        """Nothing to load."""

    def run_batch(self, inputs: Sequence[str]) -> list[Output | Exception]:
        """Apply ``fn`` to every input."""
        outputs: list[Output | Exception] = []
        for text in inputs:
            try:
                value = self.fn(text)
            except Exception as exc:  # the item fails, the batch goes on
                outputs.append(exc)
            else:
                outputs.append(Output(value=value, text=f"{self.manifest.name}: {value}."))
        return outputs


class EchoSpecialist(FunctionSpecialist):
    """Returns its input unchanged."""

    def __init__(self, name: str = "echo") -> None:
        super().__init__(name, lambda text: text, "returns its input")


def _sleep_then_echo(text: str) -> str:
    """``"sleep:0.5:x"`` sleeps 0.5 s, then answers ``x``; anything else is echoed."""
    if text.startswith("sleep:"):
        _, seconds, rest = text.split(":", 2)
        time.sleep(float(seconds))
        return rest
    return text


class SleepSpecialist(FunctionSpecialist):
    """Sleeps as long as its input asks, then echoes; for concurrency and deadline tests."""

    def __init__(self, name: str = "sleep") -> None:
        super().__init__(name, _sleep_then_echo, "sleeps then echoes")


def _crash_on_poison(text: str) -> str:
    """Kills the whole replica process on inputs containing ``poison``, like a segfaulting model."""
    if "poison" in text:
        os._exit(13)
    return _sleep_then_echo(text)


class CrashSpecialist(FunctionSpecialist):
    """Dies on ``poison`` inputs; for dead-letter and reclaim tests."""

    def __init__(self, name: str = "crash") -> None:
        super().__init__(name, _crash_on_poison, "dies on poison input")


def _to_number(text: str) -> float:
    return float(text.strip())


class AddSpecialist(FunctionSpecialist):
    """Adds the numbers in ``"a + b"``; for reference-substitution tests."""

    def __init__(self, name: str = "add") -> None:
        super().__init__(name, lambda text: sum(_to_number(p) for p in text.split("+")), "adds")
