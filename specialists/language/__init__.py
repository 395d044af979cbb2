"""The ``language`` specialist: identifies the language of a word, phrase or text."""

from specialists.language.specialist import LanguageSpecialist

__all__ = ["LanguageSpecialist"]
