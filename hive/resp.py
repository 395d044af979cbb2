"""A lean RESP2 connection for the bus's hot path: one task, one result, one event per write.

redis-py spends ~70–80 µs of Python per round trip (connection pool, retry wrapper, command
packing, its reply parser); on a 2-core machine that is paid four times per graph level (the
dispatcher's write, the replica's read, its completion, the dispatcher's read).  This connection
is an ``asyncio.Protocol``: commands are written at once, replies resolve futures in order, so
coroutines that share it pipeline automatically.  A blocking read (XREAD … BLOCK) holds a
connection until it returns, so each blocking reader gets a connection of its own.

Only plain TCP connections use it (``Bus`` keeps redis-py for TLS and Unix sockets); errors are
redis-py's exception types, so callers handle them as before.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, ResponseError

Arg = str | bytes | int | float
Reply = Any


class _Incomplete(Exception):
    """The buffer does not yet hold a whole reply."""


@dataclass(frozen=True, slots=True)
class Address:
    """Where and how to connect: what ``redis.asyncio`` was configured with."""

    host: str
    port: int
    db: int = 0
    username: str | None = None
    password: str | None = None


def encode_command(args: Sequence[Arg]) -> bytes:
    """RESP2 array of bulk strings."""
    out = [b"*%d\r\n" % len(args)]
    for arg in args:
        if isinstance(arg, bytes):
            data = arg
        elif isinstance(arg, str):
            data = arg.encode()
        else:
            data = repr(arg).encode() if isinstance(arg, float) else str(arg).encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


def _error(message: str) -> ResponseError:
    if message.startswith("NOSCRIPT"):
        return NoScriptError(message)
    return ResponseError(message)


def _parse(buf: bytearray, pos: int) -> tuple[Reply, int]:
    """One reply from ``buf`` at ``pos`` (strings decoded as UTF-8), and where it ends."""
    end = buf.find(b"\r\n", pos)
    if end < 0:
        raise _Incomplete
    kind = buf[pos]
    line = bytes(buf[pos + 1 : end])
    pos = end + 2
    if kind == 36:  # $ bulk string
        size = int(line)
        if size < 0:
            return None, pos
        if len(buf) < pos + size + 2:
            raise _Incomplete
        return buf[pos : pos + size].decode(), pos + size + 2
    if kind == 42:  # * array
        count = int(line)
        if count < 0:
            return None, pos
        items = []
        for _ in range(count):
            item, pos = _parse(buf, pos)
            items.append(item)
        return items, pos
    if kind == 58:  # : integer
        return int(line), pos
    if kind == 43:  # + simple string
        return line.decode(), pos
    if kind == 45:  # - error: returned, not raised, so the rest of a pipeline still parses
        return _error(line.decode()), pos
    raise RedisConnectionError(f"unexpected RESP reply type {chr(kind)!r}")


class _Batch:
    """Commands written together and the future of all their replies."""

    __slots__ = ("count", "future", "replies")

    def __init__(self, future: asyncio.Future[list[Reply]], count: int) -> None:
        self.future = future
        self.count = count
        self.replies: list[Reply] = []


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.pending: deque[_Batch] = deque()
        self.buf = bytearray()
        self.lost: Exception | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is no subclass

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        pos = 0
        try:
            while pos < len(buf) and self.pending:
                reply, pos = _parse(buf, pos)
                batch = self.pending[0]
                batch.replies.append(reply)
                if len(batch.replies) == batch.count:
                    self.pending.popleft()
                    if not batch.future.done():  # a cancelled caller's replies are dropped
                        batch.future.set_result(batch.replies)
        except _Incomplete:
            pass
        except Exception as exc:  # a corrupt stream: nothing after this can be trusted
            self._fail(RedisConnectionError(f"bad reply from Redis: {exc}"))
            if self.transport is not None:
                self.transport.close()
            return
        del buf[:pos]

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(RedisConnectionError(f"connection to Redis lost: {exc or 'closed'}"))

    def _fail(self, exc: Exception) -> None:
        self.lost = exc
        while self.pending:
            batch = self.pending.popleft()
            if not batch.future.done():
                batch.future.set_exception(exc)


class RespConnection:
    """One TCP connection to Redis; reconnects on the next command after it broke."""

    def __init__(self, address: Address) -> None:
        self.address = address
        self._protocol: _Protocol | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connecting = asyncio.Lock()

    async def _ready(self) -> _Protocol:
        protocol = self._protocol
        loop = asyncio.get_running_loop()
        if protocol is not None and protocol.lost is None and self._loop is loop:
            return protocol
        async with self._connecting:
            protocol = self._protocol
            if protocol is None or protocol.lost is not None or self._loop is not loop:
                self._close()
                protocol = await self._connect(loop)
                self._protocol, self._loop = protocol, loop
            return protocol

    async def _connect(self, loop: asyncio.AbstractEventLoop) -> _Protocol:
        a = self.address
        try:
            _, protocol = await loop.create_connection(_Protocol, a.host, a.port)
        except OSError as exc:
            message = f"cannot connect to Redis at {a.host}:{a.port}: {exc}"
            raise RedisConnectionError(message) from exc
        setup: list[list[Arg]] = []
        if a.password is not None:
            setup.append(["AUTH", a.username, a.password] if a.username else ["AUTH", a.password])
        if a.db:
            setup.append(["SELECT", a.db])
        if setup:
            for reply in await self._send(protocol, setup):
                if isinstance(reply, Exception):
                    protocol.transport.close()  # type: ignore[union-attr]
                    raise reply
        return protocol

    @staticmethod
    def _send(protocol: _Protocol, commands: Sequence[Sequence[Arg]]) -> asyncio.Future[Any]:
        if protocol.lost is not None or protocol.transport is None:
            raise protocol.lost or RedisConnectionError("not connected to Redis")
        future: asyncio.Future[list[Reply]] = asyncio.get_running_loop().create_future()
        protocol.pending.append(_Batch(future, len(commands)))
        protocol.transport.write(b"".join(encode_command(c) for c in commands))
        return future

    async def pipeline(self, commands: Sequence[Sequence[Arg]]) -> list[Reply]:
        """Send the commands in one write; their replies, error replies as exception objects."""
        if not commands:
            return []
        protocol = await self._ready()
        replies: list[Reply] = await self._send(protocol, commands)
        return replies

    async def execute(self, *args: Arg) -> Reply:
        """One command; an error reply is raised."""
        (reply,) = await self.pipeline([args])
        if isinstance(reply, Exception):
            raise reply
        return reply

    def _close(self) -> None:
        if self._protocol is not None and self._protocol.transport is not None:
            self._protocol.transport.close()
        self._protocol = None

    async def close(self) -> None:
        """Close the connection (pending commands fail with ``ConnectionError``)."""
        self._close()


def raise_first_error(replies: list[Reply]) -> list[Reply]:
    """The replies, unless one is an error: then that error is raised."""
    for reply in replies:
        if isinstance(reply, Exception):
            raise reply
    return replies


def stream_entries(reply: Reply) -> list[tuple[str, dict[str, str] | None]]:
    """XREAD / XREADGROUP reply → (message id, fields) for every stream, in order."""
    out: list[tuple[str, dict[str, str] | None]] = []
    for _stream, entries in reply or []:
        for message_id, flat in entries:
            fields = None if flat is None else dict(zip(flat[::2], flat[1::2], strict=True))
            out.append((message_id, fields))
    return out
