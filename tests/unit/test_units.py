"""The units specialist: number reading, unit names, pint conversions, refusals, the real model."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from specialists.base import Context, Output
from specialists.units import UnitsSpecialist
from specialists.units.catalog import class_names, lookup
from specialists.units.convert import UnitError, convert, resolve
from specialists.units.numbers import parse_number, spell
from specialists.units.specialist import dash_as_to


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12.0),
        ("1,250.5", 1250.5),
        ("-40", -40.0),
        ("minus 40", -40.0),
        ("1 1/2", 1.5),
        ("½", 0.5),
        ("3e8", 3e8),
        ("twelve", 12.0),
        ("three and a half", 3.5),
        ("a dozen", 12.0),
        ("one point five", 1.5),
        ("a", 1.0),
        ("2,5", 2.5),
    ],
)
def test_numbers_are_read_as_people_write_them(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_words_that_are_not_numbers_are_rejected() -> None:
    assert parse_number("apples") is None
    assert parse_number("") is None


def test_spelt_numbers_read_back() -> None:
    assert all(parse_number(spell(n)) == n for n in range(0, 5000, 37))


def test_symbols_are_case_sensitive_where_it_matters() -> None:
    assert lookup("MB").expr == "megabyte"  # type: ignore[union-attr]
    assert lookup("Mb").expr == "megabit"  # type: ignore[union-attr]
    assert lookup("KM").expr == "kilometer"  # type: ignore[union-attr]
    assert lookup("°F").expr == "degree_Fahrenheit"  # type: ignore[union-attr]
    assert lookup("degrees celsius").expr == "degree_Celsius"  # type: ignore[union-attr]
    assert lookup("kilomters") is None


def test_offset_temperatures_convert_exactly() -> None:
    celsius, fahrenheit, kelvin = resolve("C"), resolve("fahrenheit"), resolve("K")
    assert convert(100, celsius, fahrenheit) == pytest.approx(212)
    assert convert(-40, fahrenheit, celsius) == pytest.approx(-40)
    assert convert(0, celsius, kelvin) == pytest.approx(273.15)


def test_binary_and_decimal_data_sizes_differ() -> None:
    assert convert(1, resolve("GiB"), resolve("MiB")) == pytest.approx(1024)
    assert convert(1, resolve("GB"), resolve("MB")) == pytest.approx(1000)
    assert convert(1, resolve("byte"), resolve("bits")) == pytest.approx(8)


def test_incompatible_units_say_why() -> None:
    with pytest.raises(UnitError, match="cannot convert kilogram to meter: mass vs length"):
        convert(3, resolve("kg"), resolve("meters"))


def test_below_absolute_zero_is_refused() -> None:
    with pytest.raises(UnitError, match="below absolute zero"):
        convert(-5, resolve("kelvin"), resolve("C"))


def test_non_units_and_pint_prefix_tricks_are_refused() -> None:
    with pytest.raises(UnitError, match="'apples' is not a unit"):
        resolve("apples")
    with pytest.raises(UnitError):
        resolve("yrads")  # pint would read yocto-rads
    assert resolve("furlongs").expr == "furlong"  # pint knows it though the catalog does not


def test_a_confident_classifier_guess_names_a_misspelt_unit() -> None:
    assert resolve("kilomters", [("kilometer", 0.9)]).expr == "kilometer"
    assert resolve("huors", [("none", 0.6), ("hour", 0.3)]).expr == "hour"  # close runner-up
    with pytest.raises(UnitError):
        resolve("bananas", [("none", 0.6), ("barrel", 0.3)])


def test_every_class_is_a_pint_unit() -> None:
    from specialists.units.convert import registry

    for expr in class_names()[1:]:
        registry().Unit(expr)


def test_importing_the_specialist_stays_light() -> None:
    heavy = "('torch', 'onnxruntime')"
    code = f"import sys, specialists.units; print([m for m in {heavy} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def specialist() -> UnitsSpecialist:
    loaded = UnitsSpecialist()
    loaded.load(Context(intra_op_threads=1))
    return loaded


@pytest.mark.parametrize(
    ("query", "value", "unit"),
    [
        ("convert 12 km to miles", 12 / 1.609344, "mile"),
        ("how many ounces are in 3 pounds?", 48.0, "ounce"),
        ("100 degrees fahrenheit in celsius", (100 - 32) / 1.8, "degree_Celsius"),
        ("what's 5 GiB in megabytes", 5 * 2**30 / 1e6, "megabyte"),
        ("how many feet in a mile", 5280.0, "foot"),
        ("twelve inches to centimetres", 30.48, "centimeter"),
        ("convert 22.369 miles to km", 22.369 * 1.609344, "kilometer"),
        ("please how many is 3 kilometer in the meter", 3000.0, "meter"),
        ("if 65536 is a number of bytes how many KiB is it", 64.0, "kibibyte"),
    ],
)
def test_the_model_reads_real_requests(
    specialist: UnitsSpecialist, query: str, value: float, unit: str
) -> None:
    (out,) = specialist.run_batch([query])
    assert isinstance(out, Output), out
    assert math.isclose(out.value, value, rel_tol=1e-6)
    assert out.unit == unit  # type: ignore[attr-defined]


def test_the_answer_reads_as_a_sentence(specialist: UnitsSpecialist) -> None:
    (out,) = specialist.run_batch(["12 km to miles"])
    assert isinstance(out, Output)
    assert out.text == "12 km is 7.456 miles."


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("convert 138 day to weeks", "138 days is 19.71 weeks."),  # a plan's "{t1} {t1.unit}"
        ("convert 2 litre to gallons", "2 litres is 0.5283 gallons."),
        ("1 miles to km", "1 mile is 1.609 km."),
        ("5 lbs to kg", "5 lbs is 2.268 kg."),  # a symbol is kept as written
    ],
)
def test_a_unit_named_in_words_agrees_with_its_number(
    specialist: UnitsSpecialist, query: str, said: str
) -> None:
    (out,) = specialist.run_batch([query])
    assert isinstance(out, Output) and out.text == said


def test_bad_inputs_become_exceptions_not_answers(specialist: UnitsSpecialist) -> None:
    noise = "x7#q " * 2000
    outputs = specialist.run_batch(
        ["", noise, "5 apples to kilometers", "3 kg to meters", "what's the weather in Paris"]
    )
    assert all(isinstance(o, Exception) for o in outputs), outputs
    assert "not a unit" in str(outputs[2])
    assert "mass vs length" in str(outputs[3])


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("6 ft 2 in to cm", 187.96),  # the tagger ran the unit span over "ft 2": read 6 in
        ("Convert 6 ft 2 in to cm", 187.96),
        ("5 ft 11 in in cm", 180.34),
        ("2 lb 3 oz in grams", 992.2333),
        # The inches left unnamed had been dropped (1.524 m, 152.4 cm).
        ("5 foot 7 in meters", 1.7018),
        ("5 ft 7 to cm", 170.18),
        ("5'7 in cm", 170.18),
        ("convert 5'11\" to cm", 180.34),  # had read only the 11 inches: 27.94
    ],
)
def test_feet_and_inches_add_up(specialist: UnitsSpecialist, question: str, value: float) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output
    assert output.value == pytest.approx(value, rel=1e-4)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("3,533,864 tablespoons - pints", 110433.25),  # could not find the unit to convert to
        ("237.046 knots - meters per second", 121.947),
        ("ninety-six degree fahrenheit - kelvin", 308.7056),
        ("Quick one - 12724 kilobits - gibibytes", 0.00148127),
    ],
)
def test_a_dash_after_the_quantity_asks_for_a_conversion(
    specialist: UnitsSpecialist, question: str, value: float
) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output
    assert output.value == pytest.approx(value, rel=1e-4)


def test_a_dash_after_a_connector_is_left_alone() -> None:
    assert dash_as_to("12 km to miles - thanks") == "12 km to miles - thanks"
    assert dash_as_to("Quick one - 5 km - miles") == "Quick one - 5 km to miles"


def test_a_number_glued_to_a_unit_stays_an_exponent(specialist: UnitsSpecialist) -> None:
    (output,) = specialist.run_batch(["5 m2 to ft2"])
    assert isinstance(output, Output), output
    assert output.value == pytest.approx(53.8196, rel=1e-4)


@pytest.mark.parametrize(
    ("question", "value", "said"),
    [
        ("1500 kcal in kJ", 6276.0, "1,500 kcal is 6,276 kJ."),  # no target span: read after "in"
        ("25 psi to bar", 1.7236893, "25 psi is 1.724 bar."),
        ("convert 10.2 kWh to kJ", 36720.0, None),
        ("5 hp in kW", 3.7284994, None),
        ("convert 1 atm to pascal", 101325.0, None),
        ("how many kilojoules is 650 kcal", 2719.6, "650 kcal is 2,719.6 kilojoules."),
        ("3 horsepower in kilowatts", 2.2370996, None),
    ],
)
def test_energy_pressure_and_power_convert_through_pint(
    specialist: UnitsSpecialist, question: str, value: float, said: str | None
) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output  # each had been "'kcal' is not a unit"
    assert output.value == pytest.approx(value, rel=1e-6)
    assert said is None or output.text == said


def test_energy_is_not_mass(specialist: UnitsSpecialist) -> None:
    (output,) = specialist.run_batch(["5 kg to psi"])
    assert isinstance(output, UnitError) and "mass vs pressure" in str(output)


@pytest.mark.parametrize(
    ("question", "value", "said"),
    [
        ("convert 0.125 miles per minute to km/h", 12.07008, None),  # had been read as mph
        ("convert 40 miles per gallon to km per liter", 17.0057483, None),
        ("40 mpg to km/l", 17.0057483, "40 mpg is 17.01 kilometers per liter."),
        ("how many km per liter is 30 miles per gallon", 12.7543112, None),
    ],
)
def test_a_unit_over_a_unit_converts_through_pint(
    specialist: UnitsSpecialist, question: str, value: float, said: str | None
) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output), output
    assert output.value == pytest.approx(value, rel=1e-6)
    assert said is None or output.text == said


def test_fuel_economy_is_not_speed(specialist: UnitsSpecialist) -> None:
    (output,) = specialist.run_batch(["30 mpg to km/h"])
    assert isinstance(output, UnitError) and "fuel economy vs speed" in str(output)


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("how many ounces is 750 ml", 25.3605, "fluid_ounce"),
        ("convert 2 cups to ounces", 16.0, "fluid_ounce"),
        ("12 oz to ml", 354.8824, "milliliter"),
        ("8 oz to grams", 226.7962, "gram"),  # an ounce of a mass stays a mass
    ],
)
def test_an_ounce_said_of_a_volume_is_a_fluid_ounce(
    specialist: UnitsSpecialist, question: str, value: float, unit: str
) -> None:
    (output,) = specialist.run_batch([question])
    assert not isinstance(output, Exception), output
    assert output.value == pytest.approx(value, rel=1e-5)
    assert output.unit == unit
