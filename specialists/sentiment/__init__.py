"""The ``sentiment`` specialist: positive, negative or neutral, with probabilities."""

from specialists.sentiment.specialist import SentimentSpecialist

__all__ = ["SentimentSpecialist"]
