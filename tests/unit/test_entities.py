"""The entities specialist: span decoding, input checks, data generation and the real model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from specialists.base import Context, Output
from specialists.entities.data import Generator, split_items
from specialists.entities.evaluate import f1_counts
from specialists.entities.specialist import (
    EntitiesSpecialist,
    check_pieces,
    check_text,
    render,
    to_output,
)
from specialists.entities.tagging import (
    LABEL_ID,
    LABELS,
    LOWER,
    OTHER,
    TITLE,
    UPPER,
    Entity,
    case_of,
    decode,
    features,
    load_tokenizer,
)
from specialists.entities.templates import TEMPLATES

MODEL_DIR = Path(__file__).resolve().parents[2] / "specialists" / "entities" / "model"


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    return load_tokenizer(MODEL_DIR / "tokenizer.json")


@pytest.fixture(scope="module")
def entities() -> EntitiesSpecialist:
    specialist = EntitiesSpecialist()
    specialist.load(Context())
    return specialist


def _probs(labels: list[str]) -> np.ndarray:
    """One-hot probabilities for [CLS] + labels + [SEP]."""
    probs = np.full((len(labels) + 2, len(LABELS)), 0.01)
    for i, label in enumerate(["O", *labels, "O"]):
        probs[i, LABEL_ID[label]] = 0.9
    return probs


def test_decode_joins_words_into_spans_with_exact_offsets(tokenizer) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Silva met Bob in Lisbon"
    (encoding,) = features(tokenizer, [text])[1]
    labels = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-LOCATION"]
    spans = [(e.text, e.type, e.start, e.end) for e in decode(encoding, _probs(labels), text)]
    assert spans == [
        ("Maria Silva", "PERSON", 0, 11),
        ("Bob", "PERSON", 16, 19),
        ("Lisbon", "LOCATION", 23, 29),
    ]


def test_decode_covers_whole_words_split_into_pieces(tokenizer) -> None:  # type: ignore[no-untyped-def]
    text = "Okonkwo visited Ouagadougou"
    (encoding,) = features(tokenizer, [text])[1]
    word_label = {0: "B-PERSON", 1: "O", 2: "B-LOCATION"}
    words = encoding.word_ids[1:-1]
    assert len(words) > 3, "the test needs names that split into several pieces"
    # only a word's first piece carries the label; its other pieces say O and must not cut it
    labels = [
        word_label[w] if w != prev else "O"
        for w, prev in zip(words, [None, *words[:-1]], strict=True)
    ]
    found = [(e.text, e.type) for e in decode(encoding, _probs(labels), text)]
    assert found == [("Okonkwo", "PERSON"), ("Ouagadougou", "LOCATION")]


def test_casing_classes() -> None:
    assert [case_of(w) for w in ["lisbon", "Lisbon", "NASA", "2025", "A"]] == [
        LOWER,
        TITLE,
        UPPER,
        OTHER,
        TITLE,
    ]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("x" * 5000, "characters"),
        ("#$%^&*()_+=-0987654321!@#$%^&*()_+=-0987654321" * 3, "symbols"),
        ("Владимир приехал в Москву вчера вечером", "Latin"),
    ],
)
def test_bad_input_is_explained(text: str, needle: str) -> None:
    reason = check_text(text)
    assert reason is not None and needle in reason


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("qzxv bnmwrt pplkjh tzzqw xcvbnm rtyqw kjhgf", True),
        ("sdfkjh weoiru xcvmnb qpwoei alskdj zmxncb", True),
        (
            "Oluwaseun Adeyemi-Okonkwo visited Ouagadougou and Bujumbura with Chidinma Nwachukwu.",
            False,
        ),
        ("Attendees: Nwachukwu Chidinma, Oluwaseun Adeyemi, Siobhan Ni Bhraonain.", False),
    ],
)
def test_gibberish_is_refused_but_rare_names_are_not(tokenizer, text: str, refused: bool) -> None:  # type: ignore[no-untyped-def]
    (encoding,) = features(tokenizer, [text])[1]
    assert (check_pieces(encoding, text) is not None) == refused


def test_too_many_tokens_is_refused(tokenizer) -> None:  # type: ignore[no-untyped-def]
    text = "Maria met Tom in Paris. " * 60
    (encoding,) = features(tokenizer, [text])[1]
    assert "tokens" in str(check_pieces(encoding, text))


def test_plain_prose_passes_the_checks() -> None:
    assert check_text("Müller flew to São Paulo on 3/3/2025.") is None


def test_rendering_counts_and_pluralises() -> None:
    one = to_output([Entity("Lisbon", "LOCATION", 0, 6, 0.9)], 0.99)
    assert one.text == "Found 1 entity: Lisbon (LOCATION)."
    assert one.counts == {"PERSON": 0, "LOCATION": 1, "ORGANIZATION": 0, "DATE": 0}  # type: ignore[attr-defined]
    assert render([]) == "Found no named entities."


def test_f1_is_exact_span_and_type() -> None:
    gold = [{(0, 5, "PERSON"), (9, 15, "LOCATION")}]
    pred = [{(0, 5, "PERSON"), (9, 14, "LOCATION")}]
    assert f1_counts(gold, pred)["f1"] == pytest.approx(0.5)


def test_generator_is_seeded_and_offsets_are_exact() -> None:
    first = Generator("train", 3, locales=("en_US", "de_DE")).examples(300)
    assert first == Generator("train", 3, locales=("en_US", "de_DE")).examples(300)
    for example in first:
        for start, end, kind in example.spans:
            piece = example.text[start:end]
            assert (
                piece == piece.strip()
                and piece
                and kind in {"PERSON", "LOCATION", "ORGANIZATION", "DATE"}
            )


def test_dev_templates_are_disjoint_from_training() -> None:
    train, dev = set(split_items(TEMPLATES, "train")), set(split_items(TEMPLATES, "dev"))
    assert dev and train and not train & dev


def _found(output: Output | Exception) -> list[tuple[str, str]]:
    assert isinstance(output, Output), output
    return [(e["text"], e["type"]) for e in output.value]


def test_model_tags_a_plain_sentence(entities: EntitiesSpecialist) -> None:
    (out,) = entities.run_batch(["Maria Silva flew from Lisbon to Berlin on 3 March 2025."])
    assert _found(out) == [
        ("Maria Silva", "PERSON"),
        ("Lisbon", "LOCATION"),
        ("Berlin", "LOCATION"),
        ("3 March 2025", "DATE"),
    ]


def test_model_keeps_offsets_relative_to_a_request(entities: EntitiesSpecialist) -> None:
    text = "find the people and places in: Dr. John Okafor moved to Nairobi in 1998."
    (out,) = entities.run_batch([text])
    assert isinstance(out, Output)
    for e in out.value:
        assert text[e["start"] : e["end"]] == e["text"]
    assert _found(out) == [("John Okafor", "PERSON"), ("Nairobi", "LOCATION"), ("1998", "DATE")]


def test_model_finds_organisations_and_skips_relative_dates(entities: EntitiesSpecialist) -> None:
    (out,) = entities.run_batch(
        ["I met a recruiter from Google at Stanford University last Tuesday."]
    )
    assert _found(out) == [("Google", "ORGANIZATION"), ("Stanford University", "ORGANIZATION")]


def test_bad_items_fail_alone_in_a_batch(entities: EntitiesSpecialist) -> None:
    good, empty, noise = entities.run_batch(
        ["Angela Merkel visited Paris.", "", "qzxv bnmwrt pplkjh tzzqw xcvbnm rtyqw kjhgf"]
    )
    assert (
        isinstance(good, Output) and isinstance(empty, ValueError) and isinstance(noise, ValueError)
    )


def test_entities_of_a_text_do_not_depend_on_its_batch_mates() -> None:
    """Served in micro-batches, a text must get the entities it gets alone (the int8 tagger
    quantises per call; these batch-mates once turned "noodle" into an ORGANIZATION)."""
    from specialists.entities.evaluate import HELDOUT, _input
    from specialists.evaluation import load_jsonl

    specialist = EntitiesSpecialist(MODEL_DIR)
    specialist.load(Context())
    texts = [_input(item) for item in load_jsonl(HELDOUT)][:96]
    alone = [specialist.run_batch([text])[0] for text in texts]
    together = [out for i in range(0, 96, 32) for out in specialist.run_batch(texts[i : i + 32])]
    assert all(isinstance(out, Output) for out in alone)
    assert [o.value for o in alone] == [o.value for o in together]  # type: ignore[union-attr]


def test_a_quoted_text_in_another_script_is_refused_not_guessed(
    entities: EntitiesSpecialist,
) -> None:
    # The English request around it had passed the script check; the tagger then read
    # Chinese characters as names (我 LOCATION, 明天 PERSON).
    (output,) = entities.run_batch(["pull out the places in '我明天去北京开会'"])
    assert isinstance(output, ValueError) and "Latin-script" in str(output)


def test_spans_that_are_no_name_are_dropped() -> None:
    from specialists.entities.postprocess import clean

    text = "Q: Can I park? A: Plants and furniture on south-facing balconies go to Leeds."
    found = [
        Entity("Q", "LOCATION", 0, 1, 0.9),
        Entity("Plants", "LOCATION", 18, 24, 0.9),
        Entity("south-facing", "LOCATION", 42, 54, 0.9),
        Entity("Leeds", "LOCATION", 71, 76, 0.9),
    ]
    assert [e.text for e in clean(found, text)] == ["Leeds"]
    # a text typed all in lowercase keeps its lowercase names; a name opening a sentence stays
    lower = "jonas becker moved to paris"
    assert [e.text for e in clean([Entity("paris", "LOCATION", 22, 27, 0.9)], lower)] == ["paris"]
    opening = "Paris is lovely in spring, said Anna."
    assert [e.text for e in clean([Entity("Paris", "LOCATION", 0, 5, 0.9)], opening)] == ["Paris"]


def test_foreign_words_are_not_tagged_as_names(entities: EntitiesSpecialist) -> None:
    (out,) = entities.run_batch(["Ingrid Solberg åpnet et nytt bakeri i Bergen i april 2026."])
    assert isinstance(out, Output)
    assert [(e["text"], e["type"]) for e in out.value] == [
        ("Ingrid Solberg", "PERSON"),
        ("Bergen", "LOCATION"),
        ("april 2026", "DATE"),
    ]  # "bakeri" (a bakery) had come out as an ORGANIZATION
