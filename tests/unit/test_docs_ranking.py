"""Fusing dense, token, keyword and answer-kind scores, and choosing the span to quote."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from specialists.docs.answer_types import KINDS
from specialists.docs.ranking import (
    KIND_WEIGHTS,
    MAX_SPAN_CHARS,
    NEIGHBOUR_MARGIN,
    Passage,
    Signals,
    answer_span,
    fuse,
    kind_match,
    standardise,
)


def test_standardise_gives_z_scores_and_zeros_for_a_flat_row() -> None:
    rows = standardise(np.array([[1.0, 2.0, 3.0, 6.0], [4.0, 4.0, 4.0, 4.0]]))
    assert rows[0].mean() == pytest.approx(0.0, abs=1e-9)
    assert rows[0].std() == pytest.approx(1.0)
    assert rows[1].tolist() == [0.0, 0.0, 0.0, 0.0]


NO_KINDS = np.zeros((1, 3))


def signals(
    dense: np.ndarray,
    keywords: np.ndarray | None = None,
    tokens: np.ndarray | None = None,
    asked: np.ndarray = NO_KINDS,
    held: np.ndarray | None = None,
) -> Signals:
    """Every pooled cosine equal to ``dense``; the other signals flat unless given."""
    flat = np.zeros_like(dense)
    return Signals(
        context=dense,
        keywords=flat if keywords is None else keywords,
        paragraph=dense,
        tokens=flat if tokens is None else tokens,
        document=flat,
        asked=asked,
        held=np.zeros((dense.shape[1], 3)) if held is None else held,
    )


NEAR_TIE = np.array([[0.52, 0.50, 0.10, 0.12]])


def test_keywords_break_an_exact_tie_between_dense_scores() -> None:
    tie = np.array([[0.50, 0.50, 0.10, 0.12]])
    keywords = np.array([[0.0, 7.5, 0.0, 0.0]])
    assert int(np.argmax(fuse(signals(tie, keywords[:, ::-1].copy())))) == 0
    assert int(np.argmax(fuse(signals(tie, keywords)))) == 1


def test_token_matches_break_a_near_tie_between_pooled_cosines() -> None:
    assert int(np.argmax(fuse(signals(NEAR_TIE)))) == 0
    tokens = np.array([[0.55, 0.70, 0.30, 0.35]])  # the second passage has the words asked for
    assert int(np.argmax(fuse(signals(NEAR_TIE, tokens=tokens)))) == 1


def test_a_passage_holding_the_kind_of_answer_asked_for_wins_a_near_tie() -> None:
    held = np.zeros((4, 3))
    held[1, KINDS.index("duration")] = 1.0  # "takes about 40 minutes"
    how_long = np.array([[0.0, 0.0, 1.0]])
    assert int(np.argmax(fuse(signals(NEAR_TIE, held=held)))) == 0  # a "what" question
    assert int(np.argmax(fuse(signals(NEAR_TIE, asked=how_long, held=held)))) == 1


def test_kind_match_weights_each_kind_asked_and_held() -> None:
    asked = np.array([[1.0, 0.0, 1.0], [0.0, 0.0, 0.0]])
    held = np.array([[1.0, 1.0, 1.0], [0.0, 1.0, 0.0]])
    match = kind_match(asked, held)
    assert match.shape == (2, 2)
    assert match[0, 0] == pytest.approx(KIND_WEIGHTS[0] + KIND_WEIGHTS[2])
    assert match[0, 1] == 0.0 and match[1].tolist() == [0.0, 0.0]


def test_keywords_do_not_overrule_a_clear_dense_winner() -> None:
    dense = np.array([[0.80, 0.30, 0.20, 0.25, 0.28]])
    keywords = np.array([[0.0, 3.0, 0.0, 0.0, 0.0]])
    assert int(np.argmax(fuse(signals(dense, keywords)))) == 0


def test_fusion_ignores_the_scale_of_each_signal() -> None:
    rng = np.random.default_rng(0)
    context, keywords, paragraph, tokens, document = rng.random((5, 2, 50))
    kinds = {"asked": np.ones((2, 3)), "held": rng.integers(0, 2, (50, 3)).astype(float)}
    plain = Signals(context, keywords, paragraph, tokens, document, **kinds)
    scaled = Signals(
        context * 0.1,
        keywords * 40.0 + 3.0,
        paragraph - 0.5,
        tokens * 2,
        document * 9,
        **kinds,
    )
    assert np.allclose(fuse(scaled), fuse(plain))


def passages(*spec: tuple[str, bool]) -> list[Passage]:
    """Consecutive 60-char passages; ``spec`` gives each one's document and whether it leads in."""
    return [Passage(doc, 70 * i, 70 * i + 60, leads_in) for i, (doc, leads_in) in enumerate(spec)]


DOC = [("a", False)] * 4


def test_a_clear_winner_is_quoted_alone() -> None:
    assert answer_span(np.array([0.0, 3.0, 0.5, 0.0]), passages(*DOC)) == (1, 1)


def test_a_neighbour_nearly_as_relevant_is_quoted_with_it() -> None:
    scores = np.array([0.0, 3.0, 3.0 - NEIGHBOUR_MARGIN / 2, 1.0])
    assert answer_span(scores, passages(*DOC)) == (1, 2)
    assert answer_span(scores[::-1].copy(), passages(*DOC)) == (1, 2)


def test_a_heading_or_question_is_quoted_with_what_follows() -> None:
    spec = [("a", False), ("a", True), ("a", False), ("a", False)]
    assert answer_span(np.array([0.0, 3.0, -1.0, 0.0]), passages(*spec)) == (1, 2)


def test_a_sentence_that_refers_back_is_quoted_with_the_one_before() -> None:
    spec = passages(*DOC)
    follows = [*spec[:2], replace(spec[2], continues=True), spec[3]]
    scores = np.array([0.0, 3.0, 0.5, 0.0])  # the next one alone would not be joined
    assert answer_span(scores, follows) == (1, 2)
    opens = [spec[0], replace(spec[1], continues=True), *spec[2:]]
    assert answer_span(scores, opens) == (0, 1)
    other = [("a", False), ("b", False)]
    assert answer_span(
        np.array([3.0, 0.0]), [passages(*other)[0], Passage("b", 70, 130, False, True)]
    ) == (0, 0)


def test_spans_never_cross_documents() -> None:
    spec = [("a", False), ("a", True), ("b", False)]
    assert answer_span(np.array([0.0, 3.0, 3.0]), passages(*spec)) == (1, 1)


def test_spans_stay_under_the_character_cap() -> None:
    long = [Passage("a", 0, 200, False), Passage("a", 201, MAX_SPAN_CHARS + 10, False)]
    assert answer_span(np.array([3.0, 3.0]), long) == (0, 0)
