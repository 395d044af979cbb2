"""Entities: a quoted text in a request is tagged alone; spans the guide rules out are dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from specialists.base import Context
from specialists.entities.postprocess import clean, is_date, quoted_segments
from specialists.entities.specialist import EntitiesSpecialist
from specialists.entities.tagging import Entity

MODEL_DIR = Path(__file__).resolve().parents[2] / "specialists" / "entities" / "model"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "NER on 'Jacinda Ardern resigned in Wellington'",
            ["Jacinda Ardern resigned in Wellington"],
        ),
        ('Extract entities from "Elon Musk visited Shanghai"', ["Elon Musk visited Shanghai"]),
        ("find the people in “Angela Merkel met Macron”", ["Angela Merkel met Macron"]),
        ("Which places are mentioned in ‘We flew to Lisbon’?", ["We flew to Lisbon"]),
        ('Tag "Tim Cook" and "Apple"', ["Tim Cook", "Apple"]),
        ("get me the entities in 'Maria's flight to Lisbon' please", ["Maria's flight to Lisbon"]),
    ],
)
def test_quoted_text_of_a_request_is_found(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in quoted_segments(text)] == quoted


@pytest.mark.parametrize(
    "text",
    [
        "Jacinda Ardern resigned in Wellington",  # no quote
        'Maria told reporters in Paris the plan was "brilliant" and left.',  # content outside
        "Oluwaseun Balogun is a nurse at St Thomas' Hospital in London.",  # an apostrophe
        "We visited Maria's and Tom's homes in Rome.",
        'Find the people in "the memo" Tim Cook sent from Cupertino',  # names outside the quote
    ],
)
def test_text_without_a_quoted_request_is_tagged_whole(text: str) -> None:
    assert quoted_segments(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 January 2023", True),
        ("March 3, 2025", True),
        ("14th of may", True),
        ("2024-11-05", True),
        ("15/03/2024", True),
        ("3/3", True),
        ("1998", True),
        ("77-3390-12", False),
        ("4471-2209", False),
    ],
)
def test_a_date_must_read_as_a_date(text: str, expected: bool) -> None:
    assert is_date(text) is expected


def _entity(text: str, kind: str, source: str) -> Entity:
    start = source.index(text)
    return Entity(text, kind, start, start + len(text), 0.9)


def test_clean_drops_non_dates_and_common_words_and_trims_facilities() -> None:
    source = "Travel information: the Tesla factory in Shanghai, policy 77-3390-12, 3 May 2024."
    tagged = [
        _entity("information", "ORGANIZATION", source),
        _entity("Tesla factory", "ORGANIZATION", source),
        _entity("Shanghai", "LOCATION", source),
        _entity("77-3390-12", "DATE", source),
        _entity("3 May 2024", "DATE", source),
    ]
    kept = clean(tagged, source)
    assert [(e.text, e.type) for e in kept] == [
        ("Tesla", "ORGANIZATION"),
        ("Shanghai", "LOCATION"),
        ("3 May 2024", "DATE"),
    ]
    assert all(source[e.start : e.end] == e.text for e in kept)


@pytest.mark.parametrize(
    "text", ["ikea", "apple", "Apple Store", "University of Lagos", "St Thomas' Hospital"]
)
def test_names_that_look_plain_are_kept(text: str) -> None:
    source = f"I went to {text} today."
    entity = _entity(text, "ORGANIZATION", source)
    assert clean([entity], source) == [entity]


def test_a_given_name_and_the_word_after_it_are_one_person() -> None:
    source = "Kylian Mbappé signed for Real Madrid, and Priya met Tessel Electronics."
    tagged = [
        _entity("Kylian", "PERSON", source),
        _entity("Mbappé", "ORGANIZATION", source),
        _entity("Real Madrid", "ORGANIZATION", source),
        _entity("Priya", "PERSON", source),
        _entity("Tessel Electronics", "ORGANIZATION", source),
    ]
    assert [(e.text, e.type) for e in clean(tagged, source)] == [
        ("Kylian Mbappé", "PERSON"),
        ("Real Madrid", "ORGANIZATION"),
        ("Priya", "PERSON"),  # "met" lies between: not a surname
        ("Tessel Electronics", "ORGANIZATION"),
    ]


def test_a_name_run_into_the_words_around_it_is_cut_at_them() -> None:
    """German or Indonesian text: the tagger ran names into the lowercase words beside them."""
    source = "Wir haben Anna gestern getroffen. Budi Santoso tinggal di Surabaya."
    tagged = [
        _entity("haben Anna gestern", "PERSON", source),
        _entity("Budi Santoso tinggal di Surabaya", "PERSON", source),
    ]
    assert [(e.text, source[e.start : e.end]) for e in clean(tagged, source)] == [
        ("Anna", "Anna"),
        ("Budi Santoso", "Budi Santoso"),
        ("Surabaya", "Surabaya"),  # "di" at the cut edge goes too
    ]


@pytest.mark.parametrize(
    "name", ["Ludwig van Beethoven", "Doctors without Borders", "Bank of America", "jonas becker"]
)
def test_particles_function_words_and_lowercase_names_stay_whole(name: str) -> None:
    source = f"I read about {name} today."
    entity = _entity(name, "PERSON", source)
    assert clean([entity], source) == [entity]


@pytest.fixture(scope="module")
def entities() -> EntitiesSpecialist:
    if not (MODEL_DIR / "tokenizer.json").exists():
        pytest.skip("the trained model is not in specialists/entities/model")
    specialist = EntitiesSpecialist()
    specialist.load(Context())
    return specialist


def _found(specialist: EntitiesSpecialist, text: str) -> list[tuple[str, str]]:
    (output,) = specialist.run_batch([text])
    assert not isinstance(output, Exception), output
    for entity in output.value:  # offsets index the whole input
        assert text[entity["start"] : entity["end"]] == entity["text"]
    return [(e["text"], e["type"]) for e in output.value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NER on 'Jacinda Ardern resigned in Wellington on 19 January 2023'",
            [
                ("Jacinda Ardern", "PERSON"),
                ("Wellington", "LOCATION"),
                ("19 January 2023", "DATE"),
            ],
        ),
        (
            'Extract entities from "Elon Musk visited the Tesla factory in Shanghai"',
            [("Elon Musk", "PERSON"), ("Tesla", "ORGANIZATION"), ("Shanghai", "LOCATION")],
        ),
        (
            "find the people and places in “Angela Merkel met Emmanuel Macron in Berlin”",
            [("Angela Merkel", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Berlin", "LOCATION")],
        ),
        (
            "Which organisations are named in ‘Kofi works for Unilever in Accra’?",
            [("Kofi", "PERSON"), ("Unilever", "ORGANIZATION"), ("Accra", "LOCATION")],
        ),
        (
            "Travel insurance is provided by Allianz Travel under policy number 77-3390-12.",
            [("Allianz Travel", "ORGANIZATION")],
        ),
    ],
)
def test_real_model_tags_only_the_quoted_text(
    entities: EntitiesSpecialist, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(entities, text) == expected


def test_quoted_offsets_point_into_the_whole_input(entities: EntitiesSpecialist) -> None:
    text = "NER on 'Jacinda Ardern resigned in Wellington'"
    (output,) = entities.run_batch([text])
    assert not isinstance(output, Exception)
    assert output.value[0] == {"text": "Jacinda Ardern", "type": "PERSON", "start": 8, "end": 22}
