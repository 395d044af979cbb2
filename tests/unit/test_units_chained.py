"""The units specialist on inputs the planner writes by substituting earlier results."""

from __future__ import annotations

import math

import pytest

from specialists.base import Context, Output
from specialists.training.encoder import Span, split_words
from specialists.units import UnitsSpecialist
from specialists.units.reading import assumed_source, whole_number


@pytest.fixture(scope="module")
def specialist() -> UnitsSpecialist:
    loaded = UnitsSpecialist()
    loaded.load(Context(intra_op_threads=1))
    return loaded


def _answer(specialist: UnitsSpecialist, query: str) -> Output:
    (out,) = specialist.run_batch([query])
    assert isinstance(out, Output), out
    return out


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [
        ("convert 3280.839895 from feet to metres", 8, 13, "3280.839895"),
        ("convert 1,250.75 ft to m", 8, 9, "1,250.75"),
        ("3.5e3 grams to kg", 0, 1, "3.5e3"),
        ("5 ft 11 in to cm", 0, 1, "5"),
    ],
)
def test_a_value_span_grows_to_the_whole_number(
    text: str, start: int, end: int, whole: str
) -> None:
    words = split_words(text)
    inside = [i for i, w in enumerate(words) if w.start < end and start < w.end]
    grown = whole_number(text, words, Span("VAL", start, end, inside[0], inside[-1]))
    assert text[grown.start : grown.end] == whole
    assert words[grown.first].start == grown.start and words[grown.last].end == grown.end


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("convert 3280.839895 from feet to metres", 1000.0),
        ("convert 113.3333333 C value to kelvin", 386.4833333),
        ("convert 6.213711922 miles to kilometres", 10.0),
        ("how many pounds is 2.26796185 kg", 5.0),
        ("what's 0.45359237 kg in pounds", 1.0),
    ],
)
def test_long_decimals_are_read_whole(
    specialist: UnitsSpecialist, query: str, value: float
) -> None:
    assert math.isclose(_answer(specialist, query).value, value, rel_tol=1e-6)


@pytest.mark.parametrize(
    ("query", "value", "unit"),
    [
        ("convert 139.9143383 lb back to kg", 63.4640763, "kilogram"),
        ("convert 226.796185 grams each portion to ounces", 8.0, "ounce"),
        ("convert the total 1609.344 metres over to miles", 1.0, "mile"),
        ("how many kilometres is 6.213711922 miles all together", 10.0, "kilometer"),
        ("convert all 500 grams to ounces", 500 / 28.349523125, "ounce"),
    ],
)
def test_filler_words_around_the_quantity_do_not_break_parsing(
    specialist: UnitsSpecialist, query: str, value: float, unit: str
) -> None:
    out = _answer(specialist, query)
    assert math.isclose(out.value, value, rel_tol=1e-6)
    assert out.unit == unit  # type: ignore[attr-defined]


def test_back_to_a_unit_with_no_source_is_refused_not_guessed(
    specialist: UnitsSpecialist,
) -> None:
    # the source of "back" is the earlier step's unit: the planner writes it in; a guess here
    # ("back to miles" must have been km) would answer wrongly whenever it was yards
    (out,) = specialist.run_batch(["convert 16.09344 back to miles"])
    assert isinstance(out, Exception)


def test_a_bare_number_with_no_source_is_still_refused(
    specialist: UnitsSpecialist,
) -> None:
    (out,) = specialist.run_batch(["convert to miles"])
    assert isinstance(out, Exception)


@pytest.mark.parametrize(
    ("text", "spelling", "expr"),
    [
        ("what's 48.8888888889 in Fahrenheit if it's Celsius", "Celsius", "degree_Celsius"),
        ("what's 12 in kg if it is in pounds", "pounds", "pound"),
        ("how many pounds is 10, assuming it's kg", "kg", "kilogram"),
        ("12.5 to ounces if the value is in grams?", "grams", "gram"),
        ("convert 12 km to miles", None, None),
    ],
)
def test_an_if_clause_names_the_source(text: str, spelling: str | None, expr: str | None) -> None:
    found = assumed_source(text)
    if spelling is None:
        assert found is None
        return
    assert found is not None
    start, end, said, unit = found
    assert (text[start:end], said, unit.expr) == (spelling, spelling, expr)


@pytest.mark.parametrize(
    ("query", "value", "source"),
    [
        ("what's 48.8888888889 in Fahrenheit if it's Celsius", 120.0, "degree_Celsius"),
        ("what's 50 in kilograms if it's pounds", 22.6796185, "pound"),
        ("what is 68 in celsius if it is in fahrenheit", 20.0, "degree_Fahrenheit"),
        ("how many pounds is 10, assuming it's kg", 22.0462262, "kilogram"),
        ("convert 12.5 to ounces if the value is in grams", 0.4409245, "gram"),
    ],
)
def test_if_its_a_unit_is_the_source(
    specialist: UnitsSpecialist, query: str, value: float, source: str
) -> None:
    out = _answer(specialist, query)
    assert math.isclose(out.value, value, rel_tol=1e-6)
    assert out.from_unit == source  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("convert 92.90304 meter ** 2 to hectares", 0.009290304),  # "{t1} {t1.unit}" of an area
        ("convert 100 kilometer / hour to mph", 62.13711922),
        ("convert 20 degree_Celsius to fahrenheit", 68.0),
    ],
)
def test_a_unit_as_pint_writes_it_reads_as_words(
    specialist: UnitsSpecialist, query: str, value: float
) -> None:
    out = _answer(specialist, query)
    assert math.isclose(out.value, value, rel_tol=1e-6)
