"""The route head: which token states a request reads, when the whole encoder still decides, and
that the trained head routes the planner's requests as the whole encoder does."""

from __future__ import annotations

import re
import threading

import numpy as np
import pytest

from orchestrator.planner.route_head import RECHECK_MARGIN, ROUTE_HEAD, QueryStates
from orchestrator.planner.router import Router

DIM = 384


def _query(text: str) -> QueryStates:
    """States whose first column is the token's index, a token per word or punctuation mark."""
    offsets = [(0, 0), *(m.span() for m in re.finditer(r"\w+|[^\w\s]", text)), (0, 0)]
    states = np.zeros((len(offsets), DIM), dtype=np.float32)
    states[:, 0] = np.arange(len(offsets))
    return QueryStates.of(text, states, offsets)


def _tokens(states: np.ndarray | None) -> list[int] | None:
    return None if states is None else [int(i) for i in states[:, 0]]


def test_a_request_reads_its_own_tokens_where_it_stands_in_the_query() -> None:
    query = _query("convert 12 km to miles and then double it")
    assert _tokens(query.stretch("convert 12 km to miles")) == [1, 2, 3, 4, 5]
    assert _tokens(query.stretch("double it")) == [8, 9]
    assert query.stretch("what is 3 plus 4") is None  # not part of this query
    assert query.stretch("") is None


def test_quoted_words_are_left_to_the_routing_form() -> None:
    query = _query("sentiment of 'great food, slow service' and its language")
    # the quote marks stay (they show a text is given); the words inside do not count
    assert _tokens(query.stretch("sentiment of 'great food, slow service'")) == [1, 2, 3, 9]
    assert _tokens(query.stretch("its language")) == [11, 12]


class _Encoder:
    """Counts whole-encoder passes; embeds every text as the same unit vector."""

    def __init__(self, vector: np.ndarray) -> None:
        self.vector, self.calls = vector, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        return np.tile(self.vector, (len(texts), 1))


class _Head:
    def __init__(self, vector: np.ndarray) -> None:
        self.vector = vector

    def embed(self, states: np.ndarray) -> np.ndarray:
        return self.vector


def _unit(*weights: float) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


def _router(encoder_vector: np.ndarray, head_vector: np.ndarray) -> tuple[Router, _Encoder]:
    encoder = _Encoder(encoder_vector)
    router = Router(encoder, head=_Head(head_vector))  # type: ignore[arg-type]
    router.add("math", [], np.stack([_unit(1, 0)] * 3))
    router.add("units", [], np.stack([_unit(0, 1)] * 3))
    return router, encoder


def test_a_clear_head_route_needs_no_encoder_pass() -> None:
    router, encoder = _router(_unit(0, 1), head_vector=_unit(1, 0.05))
    query = _query("what is 3 plus 4")
    (route,) = router.route(["what is 3 plus 4"], query)
    assert route.specialist == "math" and route.margin >= RECHECK_MARGIN
    assert encoder.calls == 0


def test_a_close_call_is_decided_by_the_whole_encoder() -> None:
    router, encoder = _router(_unit(0, 1), head_vector=_unit(1, 0.95))  # math by a hair
    query = _query("what is 3 plus 4")
    (route,) = router.route(["what is 3 plus 4"], query)
    assert encoder.calls == 1 and route.specialist == "units"


def test_without_the_query_or_outside_it_the_whole_encoder_routes() -> None:
    router, encoder = _router(_unit(0, 1), head_vector=_unit(1, 0))
    assert router.route(["what is 3 plus 4"])[0].specialist == "units"
    query = _query("what is 3 plus 4")
    assert router.route(["3 feet in cm"], query)[0].specialist == "units"  # a rewritten request
    assert encoder.calls == 2


QUERIES = [
    "convert 12 km to miles and then multiply the result by 3",
    "What is 15% of 80, and what day of the week is 2027-01-01?",
    "how do people feel in 'the staff were lovely but the room was cold', and which language "
    "is 'Wie spät ist es?'",
    "who is named in 'Ada Lovelace worked with Charles Babbage in London', then 2^10",
    "write me a poem about the sea, and 30 days after 2026-03-01",
]


@pytest.fixture(scope="module")
def planner():  # type: ignore[no-untyped-def]
    """The committed planner, with its trained head."""
    from orchestrator.planner.learned import MODEL_DIR, LearnedPlanner
    from specialists.registry import BUILTINS, manifest_of

    if not (MODEL_DIR / ROUTE_HEAD).exists():
        pytest.skip("route head not trained")
    return LearnedPlanner([manifest_of(name) for name in BUILTINS])


def test_the_head_routes_requests_as_the_whole_encoder_does(planner) -> None:  # type: ignore[no-untyped-def]
    router, head = planner.router, planner.router.head
    assert head is not None
    requests = trusted = 0
    for text in QUERIES:
        segments = planner.segments(text)
        query = planner.segmenter.last_query()
        for segment in segments:
            request = text[segment.start : segment.end]
            states = query.stretch(request)
            assert states is not None
            vector, whole = head.embed(states), router.embed([request])[0]
            assert float(vector @ whole) > 0.85, request
            route = router.score(request, vector)
            if route.margin >= RECHECK_MARGIN:  # the head's route is taken as it is
                assert route.specialist == router.score(request, whole).specialist, request
                trusted += 1
            requests += 1
    assert requests == 10 and trusted >= 8


def test_the_head_decides_most_routes_and_plans_stay_as_the_encoder_makes_them(planner) -> None:  # type: ignore[no-untyped-def]
    from orchestrator.planner.learned import LearnedPlanner

    calls = {"n": 0}
    embed = planner.router.embed

    def counted(texts):  # type: ignore[no-untyped-def]
        calls["n"] += len(texts)
        return embed(texts)

    plain = LearnedPlanner(planner.manifests.values(), encoder=planner.encoder)
    plain.router.head = None
    planner.router.embed = counted
    try:
        for text in QUERIES:
            planner.cache.clear()
            assert planner.plan(text) == plain.plan(text)
    finally:
        planner.router.embed = embed
    assert calls["n"] <= 3  # whole-encoder passes for the 10 requests (10 without the head)


def test_each_thread_reads_the_states_of_its_own_query(planner) -> None:  # type: ignore[no-untyped-def]
    segmented = threading.Barrier(2)
    seen: dict[str, str | None] = {}

    def segment(text: str) -> None:
        planner.segments(text)
        segmented.wait()  # both threads have segmented before either reads
        query = planner.segmenter.last_query()
        seen[text] = query.text if query else None

    threads = [threading.Thread(target=segment, args=(text,)) for text in QUERIES[:2]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {text: text for text in QUERIES[:2]}


def test_out_of_scope_and_document_calls_are_the_whole_encoders() -> None:
    router, encoder = _router(_unit(1, 0), head_vector=_unit(0, 0, 1))  # near no example
    query = _query("what is 3 plus 4")
    assert router.route(["what is 3 plus 4"], query)[0].specialist == "math"
    assert encoder.calls == 1  # the head found nothing close: re-asked
    router.add("docs", [], np.stack([_unit(0, 0, 1)] * 3))
    router.set_documents(np.stack([_unit(0, 0, 1)]))
    encoder.calls = 0
    assert router.route(["what is 3 plus 4"], query)[0].specialist == "math"
    assert encoder.calls == 1  # the head chose docs with documents added: re-asked
