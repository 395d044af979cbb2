"""Span segmentation's pure parts: candidate cuts, gold span labels, the exact search."""

from __future__ import annotations

import numpy as np
import pytest

from orchestrator.planner import spans
from orchestrator.planner.data import corpus
from orchestrator.planner.spans import mask_quotes


def _atoms(text: str) -> list[str]:
    return [text[a:b] for a, b in spans.atoms(mask_quotes(text))]


def test_atoms_cut_at_punctuation_connectors_and_list_markers() -> None:
    assert _atoms("convert 5 km to miles, and then double it") == [
        "convert 5 km to miles",
        "double it",
    ]
    assert _atoms("1) weekday of 2026-01-01\n2) 3 times 4") == [
        "weekday of 2026-01-01",
        "3 times 4",
    ]
    assert _atoms("hey, quick one: sqrt of 81?") == ["hey", "quick one", "sqrt of 81"]


def test_atoms_never_cut_inside_quotes_numbers_or_units() -> None:
    assert _atoms("sentiment of 'yes, and then no' please") == [
        "sentiment of 'yes, and then no' please"
    ]
    assert _atoms("what is 2,340.5 km/h in m/s") == ["what is 2,340.5 km/h in m/s"]


def test_candidate_spans_are_runs_of_at_most_max_atoms() -> None:
    text = ", ".join(f"part {i}" for i in range(spans.MAX_ATOMS + 2))
    candidates = spans.candidate_spans(mask_quotes(text))
    assert all(s.last - s.first < spans.MAX_ATOMS for s in candidates)
    assert len({(s.first, s.last) for s in candidates}) == len(candidates)
    n = spans.MAX_ATOMS + 2
    assert len(candidates) == sum(min(spans.MAX_ATOMS, n - i) for i in range(n))


def test_span_labels_follow_the_gold_segments() -> None:
    text = "hey, add 2 and 3 and then double it"
    masked = mask_quotes(text)
    parts = spans.atoms(masked)
    gold = [(5, 16, False), (26, 35, True)]  # "add 2 and 3", "double it"
    assert [text[a:b] for a, b, _ in gold] == ["add 2 and 3", "double it"]
    labels = {
        text[s.start : s.end]: spans.span_label(s, gold, parts)
        for s in spans.candidate_spans(masked, parts)
    }
    assert labels["hey"] == spans.FILLER
    assert labels["add 2 and 3"] == spans.REQUEST
    assert labels["add 2"] == spans.INVALID  # part of a request
    assert labels["add 2 and 3 and then double it"] == spans.INVALID  # two requests
    assert labels["hey, add 2 and 3"] == spans.INVALID  # filler a separator parts from it
    assert labels["double it"] == spans.DEPENDENT


def test_gold_segments_of_generated_queries_are_trimmed_and_ordered() -> None:
    from orchestrator.planner.data import DEP_B, OUT, REF_B, SEG_B

    for comp in corpus(30, seed=3):
        gold = spans.gold_segments(comp.text, comp.labels, OUT, {SEG_B, DEP_B}, {DEP_B, REF_B})
        assert len(gold) == len(comp.nodes) + len(comp.unsupported)
        assert all(a < b for a, b, _ in gold)
        assert all(gold[i][1] <= gold[i + 1][0] for i in range(len(gold) - 1))
        assert all(comp.text[a] not in " ,;" and comp.text[b - 1] not in " ,;" for a, b, _ in gold)
        # a segment uses the previous result exactly when its node depends on another
        assert sum(dependent for _, _, dependent in gold) == sum(
            bool(node["depends_on"]) for node in comp.nodes
        )


def test_best_segmentation_maximises_the_summed_log_probability() -> None:
    text = "add 2 and 3 and double it"
    masked = mask_quotes(text)
    parts = spans.atoms(masked)
    candidates = spans.candidate_spans(masked, parts)
    wanted = {"add 2 and 3": spans.REQUEST, "double it": spans.REQUEST}
    probs = np.full((len(candidates), 4), [0.04, 0.04, 0.9, 0.02])
    for row, s in enumerate(candidates):
        if text[s.start : s.end] in wanted:
            probs[row] = [0.9, 0.04, 0.04, 0.02]
    chosen = spans.best_segmentation(candidates, probs, len(parts))
    assert [(text[s.start : s.end], label) for s, label in chosen] == [
        ("add 2 and 3", spans.REQUEST),
        ("double it", spans.REQUEST),
    ]
    # every atom is covered exactly once, in order
    assert [s.first for s, _ in chosen] == [0, chosen[0][0].last + 1]


def test_reference_phrase_finds_the_first_outside_quotes() -> None:
    def phrase(text: str) -> str | None:
        found = spans.reference_phrase(mask_quotes(text), 0, len(text))
        return text[found[0] : found[1]] if found else None

    assert phrase("what date is that many days after 2026-03-01") == "that many"
    assert phrase("sentiment of 'is it good' for the result") == "the result"
    assert phrase("triple it") == "it"
    assert phrase("convert what's left to inches") == "what's left"
    assert phrase("add 5") is None


def test_routing_text_keeps_written_dates_and_evens_out_plain_numbers() -> None:
    from orchestrator.planner.router import routing_text

    assert routing_text("1969 minus 1903") == "12 minus 12"
    assert routing_text("what weekday is 2026-07-17") == "what weekday is 2026-07-17"
    assert routing_text("what weekday was 20 July 1969") == "what weekday was 20 July 1969"
    # Numbers in words count as numbers: "two TiB in GiB?" had scored below every specialist.
    assert routing_text("two TiB in GiB?") == "12 TiB in GiB?"
    assert routing_text("one hundred and five grams") == "12 grams"
    assert routing_text("which one is it") == "which one is it"
    assert routing_text("what a six-pack costs") == "what a six-pack costs"
    assert routing_text("sentiment of 'I paid 20 for it'") == "sentiment of 'text'"


def test_an_unambiguous_reference_makes_a_request_dependent() -> None:
    text = "what is 5 times 3 and what date is that many days after 2026-01-01"
    masked = mask_quotes(text)
    start = text.index("what date")
    span = spans.Span(1, 1, start, len(text))
    standalone = np.array([0.7, 0.0, 0.0, 0.3])  # the scorer leans standalone
    dependent, phrase = spans.read_dependency(text, masked, span, standalone, first=False)
    assert dependent and phrase is not None and text[phrase[0] : phrase[1]] == "that many"
    assert spans.read_dependency(text, masked, span, standalone, first=True) == (False, None)
    # an ambiguous pronoun follows the scorer
    text2 = "sqrt of 81 and is it even"
    span2 = spans.Span(1, 1, text2.index("is it"), len(text2))
    assert spans.read_dependency(text2, mask_quotes(text2), span2, standalone, first=False) == (
        False,
        None,
    )


def test_a_request_with_its_operands_takes_no_implicit_one() -> None:
    leaning = np.array([0.2, 0.0, 0.0, 0.8])  # the scorer says "uses the previous result"
    for text, expected in [
        ("12 squared and multiply by 4", True),
        ("12 squared and what's 149 minus 129", False),
        ("12 squared and which weekday is 2026-01-05", False),
    ]:
        start = text.index(" and ") + 5
        span = spans.Span(1, 1, start, len(text))
        assert spans.read_dependency(text, mask_quotes(text), span, leaning, first=False) == (
            expected,
            None,
        ), text


def test_requests_that_each_bring_a_quote_are_cut_apart() -> None:
    def pieces(text: str) -> list[str]:
        cut = spans.split_per_quote(text, mask_quotes(text), 0, len(text))
        return [text[a:b] for a, b in cut]

    assert pieces("entities in 'Ana met Bo', language of 'hola amigo'") == [
        "entities in 'Ana met Bo'",
        "language of 'hola amigo'",
    ]
    assert pieces("language of 'hola', 'ciao' and 'hej'") == [
        "language of 'hola', 'ciao' and 'hej'"
    ]
    assert pieces("is 'a good day' or 'a bad day' nicer") == [
        "is 'a good day' or 'a bad day' nicer"
    ]


def test_the_committed_span_head_names_the_encoder_layers_it_reads() -> None:
    from orchestrator.planner.learned import MODEL_DIR
    from orchestrator.planner.train import SPAN_LAYERS

    head = MODEL_DIR / "span_head.onnx"
    if not head.exists():
        pytest.skip("planner model not trained")

    class Recording:
        layers: list[int] = []

        def token_states(self, texts: list[str], layers: int = 6) -> tuple[list, list]:
            self.layers.append(layers)
            return [np.zeros((3, 384), dtype=np.float32)], [[(0, 0), (0, 7), (0, 0)]]

    encoder = Recording()
    segmenter = spans.SpanSegmenter(MODEL_DIR, encoder)
    assert segmenter.layers == SPAN_LAYERS < spans.ENCODER_LAYERS
    segmenter.probabilities("convert", "convert")
    assert encoder.layers == [SPAN_LAYERS]
