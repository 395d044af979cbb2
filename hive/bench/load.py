"""Closed-loop HTTP load: N virtual users, each sending its next query when the last one ends."""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from hive.bench.workloads import Timing, Workload, timing_of


@dataclass
class CellResult:
    """Every query of one (system, workload, concurrency) cell."""

    timings: list[Timing] = field(default_factory=list)
    errors: int = 0
    first_error: str | None = None
    wall_s: float = 0.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100); 0.0 when empty."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


Post = Callable[[dict[str, Any]], Awaitable[tuple[int, Any]]]


def client_name() -> str:
    """The HTTP client the load uses: aiohttp when installed (it comes with the ``serve`` extra;
    it takes a fraction of httpx's CPU per request, and the load shares the machine), else httpx."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return "httpx"
    return "aiohttp"


@contextlib.asynccontextmanager
async def _poster(url: str, path: str, concurrency: int) -> AsyncIterator[Post]:
    if client_name() == "aiohttp":
        import aiohttp

        connector = aiohttp.TCPConnector(limit=concurrency)
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(url, connector=connector, timeout=timeout) as session:

            async def post_aiohttp(body: dict[str, Any]) -> tuple[int, Any]:
                async with session.post(path, json=body) as response:
                    return response.status, await response.json(content_type=None)

            yield post_aiohttp
        return
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def post_httpx(body: dict[str, Any]) -> tuple[int, Any]:
            response = await client.post(path, json=body)
            return response.status_code, response.json()

        yield post_httpx


async def _user(
    post: Post,
    workload: Workload,
    rng: random.Random,
    stop_at: float,
    max_requests: int | None,
    cell: CellResult,
) -> None:
    while time.perf_counter() < stop_at:
        if max_requests is not None and len(cell.timings) + cell.errors >= max_requests:
            return
        _, body = workload.body(rng)
        t0 = time.perf_counter()
        try:
            status, answer = await post(body)
            ok = status == 200 and isinstance(answer, dict) and answer.get("status") == "done"
        except Exception as exc:  # any failure counts as an error of this cell, with the reason
            ok, answer = False, {"error": repr(exc)}
        latency_ms = (time.perf_counter() - t0) * 1000
        if ok:
            cell.timings.append(timing_of(answer, latency_ms))
        else:
            cell.errors += 1
            cell.first_error = cell.first_error or str(answer)[:300]


async def run_cell(
    url: str,
    workload: Workload,
    concurrency: int,
    duration_s: float,
    *,
    path: str = "/v1/queries",
    max_requests: int | None = None,
    seed: int = 0,
) -> CellResult:
    """Drive ``url`` with ``concurrency`` users for ``duration_s`` (or ``max_requests``)."""
    cell = CellResult()
    async with _poster(url, path, concurrency) as post:
        t0 = time.perf_counter()
        stop_at = t0 + duration_s
        users = [
            _user(post, workload, random.Random(seed * 1000 + i), stop_at, max_requests, cell)
            for i in range(concurrency)
        ]
        await asyncio.gather(*users)
        cell.wall_s = time.perf_counter() - t0
    return cell


async def warm_up(url: str, workload: Workload, n: int, path: str = "/v1/queries") -> None:
    """A few sequential queries so sessions, connections and caches are warm."""
    await run_cell(url, workload, 1, 60.0, path=path, max_requests=n)


async def first_answer(
    url: str, body: dict[str, Any], timeout_s: float, path: str, alive: Callable[[], bool]
) -> float:
    """Seconds until ``url`` answers ``body`` with status done (polling), from now."""
    t0 = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=5) as client:
        while time.perf_counter() - t0 < timeout_s:
            if not alive():
                raise RuntimeError(f"the process serving {url} exited before answering")
            try:
                response = await client.post(path, json=body)
                if response.status_code == 200 and response.json().get("status") == "done":
                    return time.perf_counter() - t0
            except (httpx.HTTPError, ValueError):
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError(f"{url} gave no answer in {timeout_s:.0f} s")
