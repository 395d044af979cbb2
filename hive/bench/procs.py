"""The systems under test as child processes: start, wait for a first answer, watch CPU and RSS
of the whole process tree (the API, Redis, Ray's own processes, every replica), stop."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil


@dataclass
class TreeSample:
    """CPU seconds (user + system) summed per pid, at one instant."""

    at: float
    cpu_s: dict[int, float]


class ProcessTree:
    """A process and all its descendants, sampled for peak RSS in a background thread."""

    def __init__(self, pid: int, every_s: float = 0.5) -> None:
        self.root = psutil.Process(pid)
        self.every_s = every_s
        self.peak_rss_mb = 0.0
        self.last_rss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="bench-rss", daemon=True)
        self._thread.start()

    def processes(self) -> list[psutil.Process]:
        """The root and every live descendant."""
        try:
            return [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return []

    def rss_mb(self) -> float:
        """Summed RSS of the tree now (shared pages counted once per process: an upper bound)."""
        total = 0
        for proc in self.processes():
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                pass
        return total / 2**20

    def cpu(self) -> TreeSample:
        """CPU seconds each process of the tree has used so far."""
        used: dict[int, float] = {}
        for proc in self.processes():
            try:
                times = proc.cpu_times()
                used[proc.pid] = times.user + times.system
            except psutil.Error:
                pass
        return TreeSample(time.perf_counter(), used)

    def _watch(self) -> None:
        while not self._stop.wait(self.every_s):
            self.last_rss_mb = self.rss_mb()
            self.peak_rss_mb = max(self.peak_rss_mb, self.last_rss_mb)

    def close(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join(timeout=5)


def cpu_between(before: TreeSample, after: TreeSample) -> float:
    """CPU seconds the tree used between two samples (new processes count in full)."""
    return sum(t - before.cpu_s.get(pid, 0.0) for pid, t in after.cpu_s.items())


@dataclass
class System:
    """A system under test running as a child process, with where it answers."""

    name: str
    url: str
    path: str
    process: subprocess.Popen[bytes]
    tree: ProcessTree
    cold_start_s: float = 0.0

    def stop(self, timeout_s: float = 60.0) -> None:
        """SIGINT (what Ctrl-C sends), then SIGKILL to the whole group if it lingers."""
        self.tree.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def spawn(argv: Sequence[str], env: Mapping[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start ``argv`` in its own process group, output to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(
            list(argv), env=dict(env), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
