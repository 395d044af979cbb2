"""How far `hive docs add` and `hive docs list` say a docs replica has indexed."""

from __future__ import annotations

import pytest

from hive.cli import _indexed_fraction
from hive.types import ReplicaIndex


def replica(version: int, **fields: int) -> ReplicaIndex:
    return ReplicaIndex(replica="r", version=version, **fields)


def test_a_replica_on_the_version_or_a_later_one_is_done() -> None:
    assert _indexed_fraction(replica(4), 4) == 1.0
    assert _indexed_fraction(replica(5), 4) == 1.0


def test_a_replica_indexing_the_version_is_as_far_as_its_characters() -> None:
    indexing = replica(3, indexing=4, done_chars=250, total_chars=1000)
    assert _indexed_fraction(indexing, 4) == pytest.approx(0.25)


def test_a_replica_still_on_an_older_run_has_not_started() -> None:
    assert _indexed_fraction(replica(2, indexing=3, done_chars=900, total_chars=1000), 4) == 0.0
    assert _indexed_fraction(replica(3, indexing=4, total_chars=0), 4) == 0.0
