"""The ``dates`` specialist: weekdays, date shifts and day counts (a small parser + dateutil)."""

from specialists.dates.specialist import DatesSpecialist

__all__ = ["DatesSpecialist"]
