"""Measure the spine: p50 latency of a one-task query and of a 3-node parallel explicit plan
over HTTP, and the RSS of the whole running hive.

Usage (starts its own hive in-process: embedded Redis, local Ray, docs replicas, the API):
    python scripts/measure_spine.py [--n 200] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time

import httpx
import psutil
import uvicorn

from hive.api.app import create_app
from hive.redis_server import free_port
from hive.settings import Settings
from hive.stack import local_hive

DOCS = {
    "handbook": "Employees get 25 days of paid leave per year. Leave requests go to your manager. "
    "The office opens at 8 am and closes at 6 pm on weekdays.",
    "launch": "The product launch is planned for 14 March 2027 in Lisbon. "
    "Tickets for the launch event cost 40 euros. The keynote starts at 10 am.",
}
QUESTIONS = [
    "how many days of leave do I get?",
    "where is the launch?",
    "when does the keynote start?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def hive_rss_mb(root: psutil.Process) -> float:
    """RSS of this process, its children (Redis, Ray's processes and every replica)."""
    procs = [root, *root.children(recursive=True)]
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def time_requests(client: httpx.Client, body: dict, n: int) -> list[float]:
    latencies = []
    for _ in range(n):
        t0 = time.perf_counter()
        answer = client.post("/v1/queries", json=body).json()
        latencies.append((time.perf_counter() - t0) * 1000)
        assert answer["status"] == "done", answer
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="requests per measurement")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args()

    settings = Settings(port=free_port(), specialists=["docs"])
    with local_hive(settings, show_progress=not args.json) as hive:
        import redis

        from specialists.docs.specialist import add_document

        r = redis.Redis.from_url(hive.redis_url, decode_responses=True)
        for doc_id, text in DOCS.items():
            add_document(r, doc_id, text)
        api = create_app(settings, hive.redis_url, hive.manifests)
        server = uvicorn.Server(uvicorn.Config(api, port=settings.port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        one = {"plan": {"nodes": [{"id": "t1", "specialist": "docs", "input": QUESTIONS[0]}]}}
        three = {
            "plan": {
                "nodes": [
                    {"id": f"t{i + 1}", "specialist": "docs", "input": q}
                    for i, q in enumerate(QUESTIONS)
                ]
            }
        }
        with httpx.Client(base_url=f"http://127.0.0.1:{settings.port}", timeout=30) as client:
            time_requests(client, one, 20)  # warm up sessions and connections
            single = time_requests(client, one, args.n)
            parallel = time_requests(client, three, args.n)
        report = {
            "n": args.n,
            "one_task_ms": {"p50": statistics.median(single), "p99": percentile(single, 0.99)},
            "three_parallel_ms": {
                "p50": statistics.median(parallel),
                "p99": percentile(parallel, 0.99),
            },
            "hive_rss_mb": round(hive_rss_mb(psutil.Process()), 1),
            "replicas": {k: len(v) for k, v in hive.replicas.items()},
        }
        server.should_exit = True
        thread.join(timeout=10)
    print(json.dumps(report, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
