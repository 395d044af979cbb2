import pytest
from pydantic import ValidationError

from hive.messages import Result, Task, decode, encode


def test_messages_round_trip_through_json_by_kind() -> None:
    task = Task(
        query_id="q", task_id="q:t1", specialist="docs", input="hi", deadline=1.0, reply_to="r"
    )
    result = Result(query_id="q", task_id="q:t1", specialist="docs", ok=True, output={"value": 1})
    assert decode(encode(task)) == task
    assert decode(encode(result)) == result


def test_unknown_kind_and_missing_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        decode('{"kind": "pickle", "data": "..."}')
    with pytest.raises(ValidationError):
        decode('{"kind": "task", "query_id": "q"}')
    with pytest.raises(ValidationError):
        decode(b"\x80\x04not json")


def test_task_expiry() -> None:
    task = Task(
        query_id="q", task_id="q:t1", specialist="d", input="x", deadline=100.0, reply_to="r"
    )
    assert task.expired(now=100.0) and not task.expired(now=99.9)
