"""How far `hive docs add`, `hive docs list` and the SDK say a docs replica has indexed."""

from __future__ import annotations

import pytest

from hive.types import DocumentList, ReplicaIndex


def replica(version: int, **fields: int) -> ReplicaIndex:
    return ReplicaIndex(replica="r", version=version, **fields)


def test_a_replica_on_the_version_or_a_later_one_is_done() -> None:
    assert replica(4).progress(4) == 1.0
    assert replica(5).progress(4) == 1.0


def test_a_replica_indexing_the_version_is_as_far_as_its_characters() -> None:
    indexing = replica(3, indexing=4, done_chars=250, total_chars=1000)
    assert indexing.progress(4) == pytest.approx(0.25)


def test_a_replica_still_on_an_older_run_has_not_started() -> None:
    assert replica(2, indexing=3, done_chars=900, total_chars=1000).progress(4) == 0.0
    assert replica(3, indexing=4, total_chars=0).progress(4) == 0.0


def test_the_replicas_behind_a_version_are_those_on_an_older_one() -> None:
    status = DocumentList(documents=[], version=4, replicas=[replica(4), replica(3, indexing=4)])
    assert [r.version for r in status.behind()] == [3]
    assert status.behind(3) == []
    assert len(status.behind(5)) == 2
