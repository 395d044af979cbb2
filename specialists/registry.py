"""Where specialists come from: the built-ins, and third parties via the ``hive.specialists``
entry-point group (``name = "package.module:Class"``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points

from hive.errors import ConfigError
from specialists.base import Manifest, Specialist

BUILTINS: dict[str, str] = {
    "math": "specialists.math:MathSpecialist",
    "units": "specialists.units:UnitsSpecialist",
    "dates": "specialists.dates:DatesSpecialist",
    "sentiment": "specialists.sentiment:SentimentSpecialist",
    "entities": "specialists.entities:EntitiesSpecialist",
    "language": "specialists.language:LanguageSpecialist",
    "docs": "specialists.docs:DocsSpecialist",
}
ENTRY_POINT_GROUP = "hive.specialists"

SpecialistSource = str | Callable[[], Specialist]


def available() -> dict[str, str]:
    """Every known specialist name mapped to its ``module:attr`` import path."""
    found = dict(BUILTINS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep.value)
    return found


def import_path(name: str) -> str:
    """The import path of a named specialist, with the known names when it is unknown."""
    known = available()
    if ":" in name or name.endswith(".json"):
        return name
    if name not in known:
        raise ConfigError(f"unknown specialist {name!r}; known: {', '.join(sorted(known))}")
    return known[name]


def instantiate(source: SpecialistSource) -> Specialist:
    """A fresh specialist from a name, a ``module:attr`` path or a zero-argument factory."""
    if callable(source):
        return source()
    if source.endswith(".json"):  # a generic specialist's manifest file
        from specialists.generic import GenericSpecialist

        return GenericSpecialist(source)
    module_name, _, attr = import_path(source).partition(":")
    factory = getattr(importlib.import_module(module_name), attr)
    specialist = factory()
    if not isinstance(specialist, Specialist):
        raise ConfigError(f"{source!r} does not implement the specialist protocol")
    return specialist


def manifest_of(source: SpecialistSource) -> Manifest:
    """The manifest of a specialist without loading its model."""
    return instantiate(source).manifest
