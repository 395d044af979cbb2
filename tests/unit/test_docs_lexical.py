"""BM25 keyword scoring for the docs specialist: what counts as the same word."""

from __future__ import annotations

import numpy as np

from specialists.docs.lexical import LexicalIndex, terms, words


def index(*passages: str, known: frozenset[str] = frozenset()) -> LexicalIndex:
    spellings = {w for p in passages for w in words(p)}
    return LexicalIndex([terms(p) for p in passages], spellings=spellings, known_words=known)


def best(lexical: LexicalIndex, question: str) -> int:
    scores = lexical.scores(question)
    assert scores.max() > 0, f"no passage matched {question!r}"
    return int(np.argmax(scores))


def test_words_are_lowercased_stopped_and_hyphens_also_joined() -> None:
    assert words("What is the Wi-Fi password for the child's room?") == [
        "wi",
        "fi",
        "wifi",
        "password",
        "child",
        "room",
    ]


def test_inflections_meet_through_the_stemmer() -> None:
    lexical = index("Parking is free for staff.", "Cancellations within 48 hours cost a day.")
    assert best(lexical, "what if I cancelled my booking?") == 1


def test_a_rare_word_outweighs_a_common_one() -> None:
    lexical = index(
        "The router password is printed on the label.",
        "Reset the router by holding the button for ten seconds.",
        "The router blinks blue while it starts.",
    )
    assert best(lexical, "how do I reset the router") == 1


def test_stop_words_alone_match_nothing() -> None:
    lexical = index("The office is open on weekdays.", "It is what it is.")
    assert not lexical.scores("what is it?").any()


def test_compounds_match_written_apart_or_hyphenated() -> None:
    lexical = index(
        "The headteacher is Mrs Anand.",
        "Connect to the Wi-Fi network called Guest.",
        "The school office opens at 8 am.",
    )
    assert best(lexical, "who is the head teacher?") == 0
    assert best(lexical, "wifi network name") == 1


def test_a_misspelled_word_finds_the_word_one_edit_away() -> None:
    lexical = index("Clean the dishwasher filter weekly.", "Descale the kettle monthly.")
    assert best(lexical, "how often to clean the dishwaser") == 0
    assert best(lexical, "dishwsher") == 0


def test_a_correctly_spelled_word_is_not_corrected_into_another() -> None:
    passages = ("Documents live on the intranet.", "Broadband is paid by the tenants.")
    assert best(index(*passages), "internet") == 0  # without a vocabulary it is taken as a typo
    assert not index(*passages, known=frozenset({"internet"})).scores("internet").any()


def test_no_passages_or_no_terms_give_zero_scores_of_the_right_length() -> None:
    assert LexicalIndex([]).scores("anything").shape == (0,)
    empty = index("It is.", "Is it?")
    assert empty.scores("what is it").tolist() == [0.0, 0.0]
