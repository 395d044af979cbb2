"""Fuzz the query endpoint of a running hive: whatever comes in, no 5xx, and errors have a shape."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

EXAMPLES = 200  # bounded: the machine is shared

node_ids = st.sampled_from(["t1", "t2", "t3", "t9", "x", "", "t01"]) | st.text(max_size=8)
specialists = st.sampled_from(["echo", "add", "docs", "nope", ""]) | st.text(max_size=12)
inputs = st.sampled_from(["{t1} + 1", "2 + 3", "{t2}", "{t3} {t1}", "echo {t9}", "{t1}"]) | st.text(
    max_size=60
)
nodes = st.fixed_dictionaries(
    {"id": node_ids, "specialist": specialists, "input": inputs},
    optional={"depends_on": st.lists(node_ids, max_size=3), "extra": st.integers()},
)
unsupported = st.lists(st.fixed_dictionaries({"text": st.text(), "reason": st.text()}), max_size=2)
plans = st.fixed_dictionaries(
    {"nodes": st.lists(nodes, max_size=6)}, optional={"unsupported": unsupported}
)
texts = (
    st.text(max_size=80)
    | st.text(min_size=1995, max_size=2005)
    | st.sampled_from(["echo hi; add 1 + 2", "echo a and then echo that", "where is the launch?"])
    | st.sampled_from(["\x00", "  ", "\u202e\ufeff", "🐝" * 50, "{t1}", "echo {t1}; echo {t2}"])
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
deadlines = st.floats(min_value=0.001, max_value=5) | st.floats(min_value=-1, max_value=400)
options = {"wait": st.booleans(), "timeout_s": deadlines}
well_formed = st.fixed_dictionaries({"text": texts}, optional=options) | st.fixed_dictionaries(
    {"plan": plans}, optional=options
)
anything = st.fixed_dictionaries(
    {},
    optional={
        "text": texts | json_values,
        "plan": plans | json_values,
        "wait": st.booleans() | json_values,
        "timeout_s": deadlines | st.sampled_from([0, 1e300]) | json_values,
        "surprise": json_values,
    },
)
# Valid in shape, so they reach the planner, the plan checks and the dispatcher.
plausible_nodes = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["t1", "t2", "t3", "t4"]),
        "specialist": st.sampled_from(["echo", "add", "docs", "nope"]),
        "input": st.sampled_from(["{t1} + 1", "2 + 3", "{t2}", "echo {t3} {t1}", "{t4}"])
        | st.text(min_size=1, max_size=40),
    },
    optional={"depends_on": st.lists(st.sampled_from(["t1", "t2", "t3", "t4", "t7"]), max_size=2)},
)
plausible = st.fixed_dictionaries(
    {"text": texts.filter(lambda t: bool(t.strip())) | st.text(min_size=1, max_size=300)},
    optional={"wait": st.booleans(), "timeout_s": st.floats(min_value=0.001, max_value=5)},
) | st.fixed_dictionaries(
    {"plan": st.fixed_dictionaries({"nodes": st.lists(plausible_nodes, min_size=1, max_size=5)})},
    optional={"wait": st.booleans(), "timeout_s": st.floats(min_value=0.001, max_value=5)},
)
encoded = (well_formed | anything | json_values).map(lambda q: json.dumps(q).encode())
plausible_bodies = plausible.map(lambda q: json.dumps(q).encode())
odd_bodies = [
    encoded,
    st.binary(max_size=200),
    encoded.map(lambda raw: raw[: len(raw) // 2]),  # cut short
    st.sampled_from([b'{"text": "caf\xe9"}', b"NaN", b'{"timeout_s": NaN, "text": "echo"}']),
]
# About half the examples are valid in shape and reach the planner, plan checks and dispatcher.
bodies = st.sampled_from([plausible_bodies] * 4 + odd_bodies).flatmap(lambda body: body)


@pytest.fixture(scope="module")
def http(hive_up: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=hive_up, timeout=60) as client:
        yield client


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies, content_type=st.sampled_from([*["application/json"] * 3, "text/plain", None]))
def test_the_query_endpoint_never_answers_5xx(
    http: httpx.Client, body: bytes, content_type: str | None
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    reply = http.post("/v1/queries", content=body, headers=headers)
    event(f"{reply.status_code} {reply.json().get('error', {}).get('type', '')}")
    assert reply.status_code < 500, f"{reply.status_code} for {body[:200]!r}: {reply.text[:300]}"
    payload = reply.json()
    if reply.status_code >= 400:
        assert set(payload) == {"error"} and set(payload["error"]) == {"type", "message"}
        assert payload["error"]["message"] and "Traceback" not in payload["error"]["message"]
    else:
        assert reply.status_code in (200, 202) and payload["query_id"]
