"""The ``entities`` specialist: named people, places, organisations and dates with offsets."""

from specialists.entities.specialist import EntitiesSpecialist

__all__ = ["EntitiesSpecialist"]
