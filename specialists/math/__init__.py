"""The ``math`` specialist: arithmetic in words or symbols, parsed by a model, computed exactly."""

from specialists.math.specialist import MathSpecialist

__all__ = ["MathSpecialist"]
