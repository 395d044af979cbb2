"""Two Ray nodes on loopback, `hive deploy` spreading replicas over them, `hive serve` in front.

The second node is killed mid-load: its replicas come back on the head, and every query ends
``done`` or explicitly ``partial`` within its deadline.  Runs in about a minute and a half.
"""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
import redis

from hive.cluster import read_placement
from hive.redis_server import EmbeddedRedis, free_port
from tests.cluster.procs import (
    Processes,
    RayNodes,
    bin_path,
    leftover_processes,
    node_ports,
    ray_env,
    wait_until,
)

pytestmark = pytest.mark.timeout(300)

SPECIALISTS = "specialists.testing:AddSpecialist,specialists.testing:SleepSpecialist"
REPLICAS = 2  # of each specialist: 4 replicas over 2 nodes


def plan(n: int) -> dict[str, Any]:
    """A compound query: two sums, a sum citing both, and a slow branch that keeps tasks busy."""
    return {
        "nodes": [
            {"id": "t1", "specialist": "add", "input": f"{n} + 1"},
            {"id": "t2", "specialist": "add", "input": f"{n} + 2"},
            {"id": "t3", "specialist": "add", "input": "{t1} + {t2}"},
            {"id": "t4", "specialist": "sleep", "input": f"sleep:0.3:q{n}"},
        ]
    }


@dataclass
class Hive:
    url: str
    nodes: RayNodes
    redis: redis.Redis
    redis_url: str
    processes: Processes


@pytest.fixture(scope="module")
def ray_nodes(ray_temp_dir: Path, processes: Processes) -> RayNodes:
    """Head then worker; the temp dir outlives both (set up first, torn down last)."""
    nodes = RayNodes(ray_temp_dir, free_port(), ray_env())
    common = [
        "--node-ip-address=127.0.0.1",
        f"--temp-dir={ray_temp_dir}",
        "--object-store-memory=200000000",
        "--block",
    ]
    processes.start(
        "ray-head",
        [
            bin_path("ray"), "start", "--head", f"--port={nodes.gcs_port}", "--num-cpus=1",
            "--include-dashboard=false", "--disable-usage-stats", *common, *node_ports(),
        ],
        nodes.env,
    )  # fmt: skip
    started(processes, "ray-head")
    processes.start(
        "ray-worker",
        [
            bin_path("ray"), "start", f"--address={nodes.address}", "--num-cpus=1",
            "--labels=hive-pool=second", *common, *node_ports(),
        ],
        nodes.env,
    )  # fmt: skip
    started(processes, "ray-worker")
    return nodes


def started(processes: Processes, name: str) -> None:
    """Wait for ``ray start`` to report its node up (one node at a time: 2 cores, slow starts)."""
    process = processes.children[name]

    def up() -> bool:
        assert process.poll() is None, f"{name} exited:\n{processes.log(name)[-3000:]}"
        return "Ray runtime started" in processes.log(name)

    wait_until(up, 150, f"{name} to start")


@pytest.fixture(scope="module")
def hive(processes: Processes, ray_nodes: RayNodes, secured_redis: EmbeddedRedis) -> Iterator[Hive]:
    env = dict(
        ray_nodes.env,
        HIVE_REDIS_URL=secured_redis.url,
        HIVE_RAY_ADDRESS=ray_nodes.address,
        HIVE_SPECIALISTS=SPECIALISTS,
        HIVE_REPLICAS=json.dumps({"add": REPLICAS, "sleep": REPLICAS}),
        HIVE_REPLICA_NUM_CPUS="0.1",
        HIVE_VISIBILITY_TIMEOUT_MS="2000",
        HIVE_HEARTBEAT_S="0.5",
        HIVE_TASK_TIMEOUT_S="20",
        HIVE_QUERY_TIMEOUT_S="30",
        HIVE_RATE_LIMIT_PER_MIN="0",
    )
    deploy = processes.start(
        "deploy",
        [bin_path("hive"), "deploy", "--min-nodes=2", "--remove-on-exit", "--check-every=1",
         "--ready-timeout=120"],
        env,
    )  # fmt: skip
    client = redis.Redis.from_url(secured_redis.url, decode_responses=True)

    def all_ready() -> bool:
        assert deploy.poll() is None, f"hive deploy exited:\n{processes.log('deploy')}"
        assert processes.children["ray-worker"].poll() is None, processes.log("ray-worker")
        placement = read_placement(client)
        return len(placement) == 2 * REPLICAS and all(
            p["state"] == "ready" for p in placement.values()
        )

    wait_until(all_ready, 150, "every replica ready")
    port = free_port()
    serve_env = {k: v for k, v in env.items() if not k.startswith("RAY_")}  # the API needs no Ray
    serve = processes.start(
        "serve", [bin_path("hive"), "serve", "--wait=30"], serve_env | {"HIVE_PORT": str(port)}
    )
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        assert serve.poll() is None, f"hive serve exited:\n{processes.log('serve')}"
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    wait_until(healthy, 90, "hive serve healthy")
    yield Hive(url, ray_nodes, client, secured_redis.url, processes)
    client.close()


def run(client: httpx.Client, n: int) -> dict[str, Any]:
    response = client.post("/v1/queries", json={"plan": plan(n), "wait": True, "timeout_s": 30})
    assert response.status_code == 200, response.text
    return response.json()


def nodes_of(hive: Hive) -> dict[str, str | None]:
    return {slot: p["node_id"] for slot, p in read_placement(hive.redis).items()}


def ray_node_of(hive: Hive, replica: str) -> str | None:
    """Which `ray start` process the replica process (``slot@host:pid``) descends from.

    Independent of what Hive reports: an actor process is started by its node's raylet, a child
    of the ``ray start --block`` this test started for that node.
    """
    pid = int(replica.rsplit(":", 1)[1])
    try:
        ancestors = {p.pid for p in psutil.Process(pid).parents()}
    except psutil.NoSuchProcess:
        return None
    return next((n for n, p in hive.processes.children.items() if p.pid in ancestors), None)


def test_replicas_spread_over_both_nodes_and_compound_queries_succeed(hive: Hive) -> None:
    placement = nodes_of(hive)
    assert len(set(placement.values())) == 2, placement
    with httpx.Client(base_url=hive.url, timeout=40) as client:
        answers = [run(client, n) for n in range(8)]
    assert [a["status"] for a in answers] == ["done"] * 8
    for n, answer in enumerate(answers):
        values = {t["id"]: t["output"]["value"] for t in answer["tasks"]}
        assert values == {"t1": n + 1, "t2": n + 2, "t3": 2 * n + 3, "t4": f"q{n}"}
    served_by = {t["replica"] for a in answers for t in a["tasks"]}
    assert {ray_node_of(hive, r) for r in served_by} == {"ray-head", "ray-worker"}, served_by


def test_a_replica_killed_for_good_is_recreated(hive: Hive) -> None:
    before = read_placement(hive.redis)["add:0"]
    killed = subprocess.run(
        [
            bin_path("ray"), "kill-actor", f"--address={hive.nodes.address}", "--name=add:0",
            "--namespace=hive", "--force", "--no-restart",
        ],
        env=hive.nodes.env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert killed.returncode == 0, killed.stderr

    def recreated() -> bool:
        now = read_placement(hive.redis)["add:0"]
        return now["state"] == "ready" and now["replica"] != before["replica"]

    wait_until(recreated, 60, "add:0 re-created by hive deploy")
    assert "add:0 died for good" in hive.processes.log("deploy")


def test_a_wrong_ray_token_is_a_clear_error(hive: Hive) -> None:
    env = dict(hive.nodes.env, RAY_AUTH_TOKEN="0" * 64, HIVE_RAY_ADDRESS=hive.nodes.address)
    out = subprocess.run(
        [bin_path("hive"), "deploy", "--once"],
        env=dict(env, HIVE_REDIS_URL=hive.redis_url, HIVE_SPECIALISTS="math"),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert out.returncode == 1, out.stderr[-2000:]
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("error: cannot join the Ray cluster") and "Traceback" not in out.stderr


def test_node_loss_mid_load_moves_replicas_and_loses_no_query(hive: Hive) -> None:
    placement = nodes_of(hive)
    assert len(set(placement.values())) == 2, placement
    answers: list[tuple[float, float, dict[str, Any] | BaseException]] = []
    stop = threading.Event()

    def load(worker: int) -> None:
        with httpx.Client(base_url=hive.url, timeout=45) as client:
            n = worker * 10_000
            while not stop.is_set():
                started = time.monotonic()
                try:
                    outcome: dict[str, Any] | BaseException = run(client, n)
                except BaseException as exc:  # a hang or a 5xx is a finding, not a crash
                    outcome = exc
                answers.append((started, time.monotonic(), outcome))
                n += 1

    with ThreadPoolExecutor(4) as pool:
        for worker in range(4):
            pool.submit(load, worker)
        time.sleep(3)
        killed_at = time.monotonic()
        hive.processes.kill_group("ray-worker")  # the node leaves abruptly, replicas and all

        def all_on_one_node() -> bool:
            now = read_placement(hive.redis)
            return len({p["node_id"] for p in now.values()}) == 1 and all(
                p["state"] == "ready" for p in now.values()
            )

        try:
            wait_until(all_on_one_node, 90, "every replica back on the head")
            recovered_at = time.monotonic()
            time.sleep(3)
        finally:
            stop.set()

    after = nodes_of(hive)
    survivor = next(iter(set(after.values())))
    assert survivor in set(placement.values())
    moved = [slot for slot, node in placement.items() if node != survivor]
    assert moved, "some replicas ran on the node that left"
    assert "left" in hive.processes.log("deploy")

    failures = [o for _, _, o in answers if isinstance(o, BaseException)]
    assert not failures, failures[:3]
    results = [(s, e, o) for s, e, o in answers if isinstance(o, dict)]
    assert {o["status"] for _, _, o in results} <= {"done", "partial"}
    for _, _, answer in results:  # a partial answer says which part failed and why
        for task in answer["tasks"]:
            assert task["status"] == "done" or task["error"], task
    in_flight = [o for s, e, o in results if s < killed_at < e]
    assert in_flight, "no query was in flight when the node left"
    late = [o for s, _, o in results if s > recovered_at]
    assert late and all(o["status"] == "done" for o in late)
    late_replicas = {t["replica"] for o in late for t in o["tasks"]}
    assert {ray_node_of(hive, r) for r in late_replicas} == {"ray-head"}, late_replicas
    print(  # -s shows what a node loss costs
        f"\n{len(results)} queries; {len(in_flight)} in flight at the loss; "
        f"recovered in {recovered_at - killed_at:.1f} s; "
        f"{sum(o['status'] == 'partial' for _, _, o in results)} partial"
    )


def test_deploy_stops_cleanly_and_removes_its_replicas(hive: Hive) -> None:
    code = hive.processes.stop("deploy", signal.SIGTERM, timeout_s=60)
    assert code == 0, hive.processes.log("deploy")
    assert read_placement(hive.redis) == {}

    def no_replicas() -> bool:
        health = httpx.get(f"{hive.url}/healthz", timeout=5).json()
        return not any(s["ready"] for s in health["specialists"].values())

    wait_until(no_replicas, 30, "the removed replicas to stop heartbeating")
    assert hive.processes.stop("serve", signal.SIGINT, timeout_s=30) == 0
    hive.processes.stop("ray-head", signal.SIGTERM, timeout_s=20)
    wait_until(lambda: not leftover_processes(hive.nodes.temp_dir), 20, "every Ray process to exit")
