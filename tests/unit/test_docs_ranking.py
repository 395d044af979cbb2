"""Fusing dense and keyword scores, and choosing the span the docs specialist quotes."""

from __future__ import annotations

import numpy as np
import pytest

from specialists.docs.ranking import (
    MAX_SPAN_CHARS,
    NEIGHBOUR_MARGIN,
    Passage,
    answer_span,
    fuse,
    standardise,
)


def test_standardise_gives_z_scores_and_zeros_for_a_flat_row() -> None:
    rows = standardise(np.array([[1.0, 2.0, 3.0, 6.0], [4.0, 4.0, 4.0, 4.0]]))
    assert rows[0].mean() == pytest.approx(0.0, abs=1e-9)
    assert rows[0].std() == pytest.approx(1.0)
    assert rows[1].tolist() == [0.0, 0.0, 0.0, 0.0]


def test_keywords_break_a_near_tie_between_dense_scores() -> None:
    dense = np.array([[0.52, 0.50, 0.10, 0.12]])
    no_keywords = np.zeros((1, 4))
    keywords = np.array([[0.0, 7.5, 0.0, 0.0]])
    assert int(np.argmax(fuse(dense, dense, no_keywords, dense))) == 0
    assert int(np.argmax(fuse(dense, dense, keywords, dense))) == 1


def test_keywords_do_not_overrule_a_clear_dense_winner() -> None:
    dense = np.array([[0.80, 0.30, 0.20, 0.25, 0.28]])
    keywords = np.array([[0.0, 3.0, 0.0, 0.0, 0.0]])
    assert int(np.argmax(fuse(dense, dense, keywords, dense))) == 0


def test_fusion_ignores_the_scale_of_each_signal() -> None:
    rng = np.random.default_rng(0)
    dense, context, keywords, paragraph = rng.random((4, 2, 50))
    scaled = fuse(dense, context * 0.1, keywords * 40.0 + 3.0, paragraph - 0.5)
    assert np.allclose(scaled, fuse(dense, context, keywords, paragraph))


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


def test_spans_never_cross_documents() -> None:
    spec = [("a", False), ("a", True), ("b", False)]
    assert answer_span(np.array([0.0, 3.0, 3.0]), passages(*spec)) == (1, 1)


def test_spans_stay_under_the_character_cap() -> None:
    long = [Passage("a", 0, 200, False), Passage("a", 201, MAX_SPAN_CHARS + 10, False)]
    assert answer_span(np.array([3.0, 3.0]), long) == (0, 0)
