"""Replica placement options: spread by default, node labels when configured, adoptable."""

from __future__ import annotations

import pytest

from hive.actor import SpecialistActor
from hive.runtime import replica_options
from hive.settings import Settings


def test_replicas_spread_unless_a_specialist_needs_node_labels() -> None:
    settings = Settings(replica_labels={"docs": {"hive-pool": "big"}}, replica_num_cpus=0.1)
    math = replica_options(settings, "math", 1, detached=False)
    assert math == {
        "name": "math:1",
        "namespace": "hive",
        "num_cpus": 0.1,
        "scheduling_strategy": "SPREAD",
    }
    docs = replica_options(settings, "docs", 0, detached=True)
    assert docs["label_selector"] == {"hive-pool": "big"} and "scheduling_strategy" not in docs
    assert docs["lifetime"] == "detached" and docs["get_if_exists"] is True
    for options in (math, docs):  # Ray validates option names and types without a cluster
        SpecialistActor.options(**options)  # type: ignore[attr-defined]


def test_labels_come_from_the_environment_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIVE_REPLICA_LABELS", '{"docs": {"hive-pool": "big"}}')
    assert Settings().replica_labels == {"docs": {"hive-pool": "big"}}
    monkeypatch.setenv("HIVE_REPLICA_LABELS", "docs=big")
    with pytest.raises(ValueError, match="HIVE_REPLICA_LABELS must be a JSON object"):
        Settings()
