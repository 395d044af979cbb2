"""Integration tier: one real embedded Redis and one real local Ray for the session."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from hive.bus import Bus
from hive.redis_server import EmbeddedRedis
from hive.settings import Settings
from orchestrator.core import Orchestrator
from orchestrator.planner.interim import InterimPlanner
from specialists import testing
from specialists.registry import instantiate

pytestmark = pytest.mark.integration

FAKES = {
    "sleep": functools.partial(testing.SleepSpecialist, "sleep"),
    "sleep2": functools.partial(testing.SleepSpecialist, "sleep2"),
    "add": functools.partial(testing.AddSpecialist, "add"),
    "slow": functools.partial(testing.SleepSpecialist, "slow"),
    "crash": functools.partial(testing.CrashSpecialist, "crash"),
    "docs": "docs",  # the real model: MiniLM int8 ONNX in onnxruntime
}
REPLICAS = {"slow": 2, "crash": 2}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis]:
    with EmbeddedRedis(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        home=Path(tmp_path_factory.mktemp("hive")),
        specialists=list(FAKES),
        replicas=REPLICAS,
        visibility_timeout_ms=1000,
        max_deliveries=2,
        task_timeout_s=20,
        query_timeout_s=30,
        heartbeat_s=0.5,
        replica_num_cpus=0.1,
    )


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[None]:
    import ray

    ray.init(namespace="hive", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="session")
def fake_hive(ray_cluster: None, redis_server: EmbeddedRedis, settings: Settings) -> Iterator[dict]:
    from hive.runtime import deploy

    deployment = deploy(settings, FAKES, redis_server.url, show_progress=False)
    yield deployment.actors
    deployment.stop()


@pytest.fixture
async def bus(redis_server: EmbeddedRedis) -> AsyncIterator[Bus]:
    bus = Bus.from_url(redis_server.url)
    yield bus
    await bus.close()


@pytest.fixture
async def orchestrator(
    fake_hive: dict, bus: Bus, settings: Settings
) -> AsyncIterator[Orchestrator]:
    manifests = {name: instantiate(src).manifest for name, src in FAKES.items()}
    orch = Orchestrator(
        bus,
        manifests,
        InterimPlanner(manifests.values()),
        task_timeout_s=settings.task_timeout_s,
        query_timeout_s=settings.query_timeout_s,
    )
    await orch.start()
    yield orch
    await orch.stop()
