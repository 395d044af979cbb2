"""The ``units`` specialist: converts quantities between units with a small parser and pint."""

from specialists.units.specialist import UnitsSpecialist

__all__ = ["UnitsSpecialist"]
