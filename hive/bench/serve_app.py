"""The Ray Serve baseline: what a user would otherwise build for the same pipeline.

One deployment per specialist (same ONNX sessions, one intra-op thread, ``@serve.batch`` with the
same max batch and wait as Hive's replicas), composed by an ingress deployment with
``DeploymentHandle`` calls, behind Serve's HTTP proxy.  It takes the same explicit plans as
``POST /v1/queries`` and answers in the same shape, with each task's model compute.

Run as its own process (``python -m hive.bench.serve_app --port 8123``); SIGINT stops it.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import threading
import time
from typing import Any

from ray import serve
from ray.serve.handle import DeploymentHandle
from starlette.requests import Request

from orchestrator.plan import Plan, substitute, validate_plan


@serve.deployment(max_ongoing_requests=256)
class SpecialistDeployment:
    """One specialist's model, micro-batched by Serve."""

    def __init__(self, name: str, batch_max: int, batch_wait_ms: float) -> None:
        from specialists.base import Context
        from specialists.registry import instantiate

        self.specialist = instantiate(name)
        self.specialist.load(Context(intra_op_threads=1))
        self.run.set_max_batch_size(batch_max)
        self.run.set_batch_wait_timeout_s(batch_wait_ms / 1000)

    @serve.batch(max_batch_size=16, batch_wait_timeout_s=0.002)
    async def run(self, inputs: list[str]) -> list[dict[str, Any]]:
        t0 = time.perf_counter()
        outputs = await asyncio.to_thread(self.specialist.run_batch, inputs)
        compute_ms = (time.perf_counter() - t0) * 1000
        return [
            {"ok": False, "error": str(out), "compute_ms": compute_ms}
            if isinstance(out, Exception)
            else {"ok": True, "output": out.model_dump(mode="json"), "compute_ms": compute_ms}
            for out in outputs
        ]


@serve.deployment(max_ongoing_requests=1024)
class Pipeline:
    """HTTP ingress: validate the plan, then call each ready node's deployment concurrently."""

    def __init__(self, **handles: DeploymentHandle) -> None:
        self.handles = handles

    async def __call__(self, request: Request) -> dict[str, Any]:
        t0 = time.perf_counter()
        plan = Plan.model_validate((await request.json())["plan"])
        validate_plan(plan, self.handles.keys())
        outputs: dict[str, dict[str, object]] = {}
        tasks: list[dict[str, Any]] = []
        pending = list(plan.nodes)
        while pending:
            ready = [n for n in pending if all(d in outputs for d in n.depends_on)]
            if not ready:
                return {"status": "failed", "tasks": tasks}
            inputs = [substitute(n.input, outputs) for n in ready]
            sent = time.perf_counter()
            replies = await asyncio.gather(
                *(
                    self.handles[n.specialist].run.remote(text)
                    for n, text in zip(ready, inputs, strict=True)
                )
            )
            took = (time.perf_counter() - sent) * 1000
            for node, text, reply in zip(ready, inputs, replies, strict=True):
                if not reply["ok"]:
                    return {"status": "failed", "error": reply["error"], "tasks": tasks}
                outputs[node.id] = reply["output"]
                tasks.append(
                    {
                        "id": node.id,
                        "specialist": node.specialist,
                        "input": text,
                        "depends_on": node.depends_on,
                        "status": "done",
                        "output": reply["output"],
                        "compute_ms": reply["compute_ms"],
                        "latency_ms": took,
                    }
                )
            pending = [n for n in pending if n.id not in outputs]
        return {"status": "done", "tasks": tasks, "latency_ms": (time.perf_counter() - t0) * 1000}


def build(specialists: list[str], batch_max: int, batch_wait_ms: float, num_cpus: float) -> Any:
    """The Serve application: a deployment per specialist behind the ingress."""
    options = {"ray_actor_options": {"num_cpus": num_cpus}}
    handles = {
        name: SpecialistDeployment.options(name=name, **options).bind(  # type: ignore[attr-defined]
            name, batch_max, batch_wait_ms
        )
        for name in specialists
    }
    return Pipeline.options(**options).bind(**handles)  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--specialists", default="language,units,dates,math")
    parser.add_argument("--batch-max", type=int, default=16)
    parser.add_argument("--batch-wait-ms", type=float, default=0.0)
    parser.add_argument("--num-cpus", type=float, default=0.25, help="Ray CPUs per replica")
    args = parser.parse_args()

    import logging

    import ray

    ray.init(namespace="hive-bench-serve", include_dashboard=False, logging_level=logging.WARNING)
    serve.start(http_options={"host": "127.0.0.1", "port": args.port})
    app = build(args.specialists.split(","), args.batch_max, args.batch_wait_ms, args.num_cpus)
    serve.run(app, name="hive-bench", route_prefix="/", blocking=False)
    print("serve baseline ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    serve.shutdown()
    ray.shutdown()


if __name__ == "__main__":
    main()
