"""MaxSim late interaction: question words matched to their closest passage tokens."""

from __future__ import annotations

import numpy as np
import pytest

from specialists.docs.encoder import DIMENSION
from specialists.docs.interaction import TokenIndex, Tokens

AXES = {word: np.eye(DIMENSION, dtype=np.float32)[k] for k, word in enumerate("abcdefgh")}


def tokens(*words: str) -> Tokens:
    """Tokens whose states are orthogonal unit vectors, one axis per distinct word."""
    return Tokens(list(words), np.stack([AXES[w] for w in words]).reshape(-1, DIMENSION))


def test_the_passage_holding_every_question_word_scores_highest() -> None:
    index = TokenIndex([tokens("a", "b"), tokens("a", "c", "d"), tokens("e")])
    (scores,) = index.scores([tokens("a", "c")])
    assert int(np.argmax(scores)) == 1
    assert scores[1] == pytest.approx(1.0) and scores[2] == pytest.approx(0.0)


def test_a_rare_word_counts_for_more_than_a_common_one() -> None:
    # "a" is in every passage, "b" and "c" in one each: matching the rare word wins.
    index = TokenIndex([tokens("a", "b"), tokens("a", "c"), tokens("a", "d"), tokens("a", "e")])
    assert index.idf("b") > index.idf("a")
    (scores,) = index.scores([tokens("a", "b")])
    assert int(np.argmax(scores)) == 0 and scores[0] > scores[1] == scores[2]


def test_a_passage_without_tokens_and_an_empty_question_score_zero() -> None:
    index = TokenIndex([tokens("a"), Tokens([], np.zeros((0, DIMENSION), np.float32))])
    nothing = Tokens([], np.zeros((0, DIMENSION), np.float32))
    assert index.scores([tokens("a"), nothing]).tolist() == [[pytest.approx(1.0), 0.0], [0.0, 0.0]]
    assert TokenIndex([]).scores([tokens("a")]).shape == (1, 0)


def test_a_batch_scores_each_question_as_if_alone() -> None:
    index = TokenIndex([tokens("a", "b"), tokens("c"), tokens("d", "a")])
    questions = [tokens("a"), Tokens([], np.zeros((0, DIMENSION), np.float32)), tokens("c", "d")]
    batch = index.scores(questions)
    for row, question in zip(batch, questions, strict=True):
        assert np.allclose(row, index.scores([question])[0])
