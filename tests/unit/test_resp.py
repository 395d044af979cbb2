"""The lean RESP2 connection of the bus's hot path: encoding, parsing, and reply ordering."""

from __future__ import annotations

import asyncio

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, ResponseError

from hive.bus import Bus
from hive.replica import Replica
from hive.resp import (
    _Batch,
    _Incomplete,
    _parse,
    _Protocol,
    encode_command,
    raise_first_error,
    stream_entries,
)
from specialists.docs.specialist import DocsSpecialist
from specialists.testing import EchoSpecialist


def test_encode_command() -> None:
    assert encode_command(["SET", "k", "é", "EX", 5]) == (
        b"*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n\xc3\xa9\r\n$2\r\nEX\r\n$1\r\n5\r\n"
    )


def test_parse_every_reply_type() -> None:
    buf = bytearray(b"*4\r\n$5\r\nhello\r\n:42\r\n$-1\r\n*2\r\n+OK\r\n*-1\r\n")
    assert _parse(buf, 0) == (["hello", 42, None, ["OK", None]], len(buf))
    reply, _ = _parse(bytearray(b"-NOSCRIPT No matching script\r\n"), 0)
    assert isinstance(reply, NoScriptError)
    reply, _ = _parse(bytearray(b"-ERR wrong\r\n"), 0)
    assert isinstance(reply, ResponseError) and not isinstance(reply, NoScriptError)


@pytest.mark.parametrize("cut", [1, 3, 6, 10, 14])
def test_parse_incomplete_waits_for_more(cut: int) -> None:
    whole = b"*2\r\n$5\r\nhello\r\n:1\r\n"
    with pytest.raises(_Incomplete):
        _parse(bytearray(whole[:cut]), 0)


async def test_protocol_resolves_batches_in_order_across_chunks() -> None:
    loop = asyncio.get_running_loop()
    protocol = _Protocol()
    first, second, dropped = (loop.create_future() for _ in range(3))
    protocol.pending.extend([_Batch(dropped, 1), _Batch(first, 2), _Batch(second, 1)])
    dropped.cancel()  # a cancelled caller: its reply is consumed, the next batch still matches
    data = b"+gone\r\n+OK\r\n:7\r\n$3\r\nabc\r\n"
    for i in range(0, len(data), 4):
        protocol.data_received(data[i : i + 4])
    assert first.result() == ["OK", 7]
    assert second.result() == ["abc"]
    assert not protocol.pending and not protocol.buf


async def test_lost_connection_fails_waiting_commands() -> None:
    future = asyncio.get_running_loop().create_future()
    protocol = _Protocol()
    protocol.pending.append(_Batch(future, 1))
    protocol.connection_lost(None)
    with pytest.raises(RedisConnectionError):
        future.result()


def test_raise_first_error_and_stream_entries() -> None:
    assert raise_first_error([1, "OK"]) == [1, "OK"]
    with pytest.raises(ResponseError):
        raise_first_error([1, ResponseError("ERR x")])
    reply = [["s", [["1-0", ["m", "a"]], ["2-0", None]]]]
    assert stream_entries(reply) == [("1-0", {"m": "a"}), ("2-0", None)]
    assert stream_entries(None) == []


def test_bus_uses_the_lean_path_only_for_plain_tcp_text_connections() -> None:
    assert Bus(aioredis.Redis.from_url("redis://:pw@127.0.0.1:1/3", decode_responses=True))._address
    assert Bus(aioredis.Redis.from_url("redis://127.0.0.1:1/0"))._address is None  # bytes replies
    tls = aioredis.Redis.from_url("rediss://127.0.0.1:1/0", decode_responses=True)
    assert Bus(tls)._address is None
    unix = aioredis.Redis.from_url("unix:///tmp/r.sock", decode_responses=True)
    assert Bus(unix)._address is None


def test_replica_runs_cheap_batches_inline_and_slow_ones_in_a_thread() -> None:
    replica = Replica.__new__(Replica)
    replica.specialist = EchoSpecialist()
    replica.inline_max_ms, replica._batch_ms = 5.0, None
    assert not replica._inline()  # nothing known yet: the first batch goes to a thread
    replica._observe(0.4)
    assert replica._inline()
    replica._observe(50.0)  # one slow batch: the next ones go to the thread at once
    assert not replica._inline()
    for _ in range(30):
        replica._observe(0.4)
    assert replica._inline()


def test_a_specialist_that_may_wait_is_never_run_on_the_loop() -> None:
    replica = Replica.__new__(Replica)
    replica.inline_max_ms, replica._batch_ms = 5.0, 0.4
    replica.specialist = DocsSpecialist()
    assert DocsSpecialist.inline is False and not replica._inline()
