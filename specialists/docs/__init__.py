"""The ``docs`` specialist: answers questions from the user's own documents by retrieval."""

from specialists.docs.specialist import DocsSpecialist

__all__ = ["DocsSpecialist"]
