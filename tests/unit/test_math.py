"""The math specialist: normalising, the exact calculator, refusals, and a few real answers."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from specialists.base import Context, Output
from specialists.math.normalize import mask
from specialists.math.program import ProgramError, as_number, compute, parse
from specialists.math.render import program_tokens, sentence
from specialists.math.specialist import MODEL_DIR, MathSpecialist, answer, prepare
from specialists.math.translate import Translation


def calc(program: str, *numbers: float | str) -> int | float:
    return as_number(compute(parse(program.split()), [Fraction(str(n)) for n in numbers]))


@pytest.mark.parametrize(
    ("text", "masked", "numbers"),
    [
        ("what is seventeen plus two hundred and five", "what is N0 plus N1", ["17", "205"]),
        ("17% of 2,340", "N0 % of N1", ["17", "2340"]),
        ("sevn tims fiev", "N0 times N1", ["7", "5"]),
        ("negative twelve divided by 3.5", "N0 divided by N1", ["-12", "7/2"]),
        ("10 -5", "N0 - N1", ["10", "5"]),
        ("5 * -3", "N0 * N1", ["5", "-3"]),
        ("2.5 million / 4", "N0 / N1", ["2500000", "4"]),
        ("the 4th root of 81", "the N0 th root of N1", ["4", "81"]),
        ("first add 3 and 4", "first add N0 and N1", ["3", "4"]),
        ("there are three", "there are N0", ["3"]),
        ("2⁵ + 3²", "N0 ^ N1 + N2 squared", ["2", "5", "3"]),
        ("ad 14 to 86", "add N0 to N1", ["14", "86"]),
        ("two thirds of 81", "N0 N1 th of N2", ["2", "3", "81"]),
        ("three dozen divided by 4", "N0 divided by N1", ["36", "4"]),  # "dozen" was a word
        ("half a dozen plus a dozen", "N0 plus N1", ["6", "12"]),
    ],
)
def test_mask_finds_every_number(text: str, masked: str, numbers: list[str]) -> None:
    result = mask(text)
    assert result.text == masked
    assert [str(n) for n in result.numbers] == numbers


def test_mask_refuses_a_flood_of_numbers() -> None:
    with pytest.raises(ValueError, match="too many"):
        mask(" + ".join(str(i) for i in range(40)))


@pytest.mark.parametrize(
    ("program", "numbers", "value"),
    [
        ("N0 + N1 * N2", (3, 4, 2), 11),
        ("( N0 + N1 ) * N2", (3, 4, 2), 14),
        ("N0 ^ N1 ^ N2", (2, 3, 2), 512),
        ("- N0 ^ 2", (3,), -9),
        ("N0 / 100 * N1", (17, 2340), 397.8),
        ("N0 / N1 * 100", (30, 120), 25),
        ("sqrt ( N0 ) * sqrt ( N0 )", (2,), 2),
        ("cbrt ( N0 )", (-27,), -3),
        ("N0 ^ ( 1 / N1 )", (81, 4), 3),
        ("N0 + N1", ("0.1", "0.2"), 0.3),
        ("N0 mod N1", (17, 5), 2),
    ],
)
def test_calculator_is_exact(program: str, numbers: tuple[float, ...], value: float) -> None:
    got = calc(program, *numbers)
    assert got == value
    assert isinstance(got, int) == isinstance(value, int)


@pytest.mark.parametrize(
    ("program", "numbers", "error"),
    [
        ("N0 / ( N1 - N1 )", (1, 2), ZeroDivisionError),
        ("sqrt ( N0 )", (-4,), ValueError),
        ("N0 ^ N1 ^ N2", (9, 9, 9), OverflowError),
        ("N0 + N3", (1, 2), ProgramError),
        ("N0 + ( N1", (1, 2), ProgramError),
        ("__import__ ( N0 )", (1,), ProgramError),
    ],
)
def test_calculator_refuses(program: str, numbers: tuple[float, ...], error: type) -> None:
    with pytest.raises(error):
        calc(program, *numbers)


def test_canonical_program_keeps_needed_parentheses_only() -> None:
    tree = parse("( N0 * N1 ) + ( N2 - ( N3 + N4 ) )".split())
    assert program_tokens(tree) == "N0 * N1 + ( N2 - ( N3 + N4 ) )".split()


def test_sentences_read_naturally() -> None:
    numbers = [Fraction(17), Fraction(2340)]
    assert sentence(parse("N0 / 100 * N1".split()), numbers, 397.8) == "17% of 2340 is 397.8."
    assert sentence(parse("N0 / N1 * 100".split()), numbers, 0.7) == "17 is 0.7% of 2340."


@pytest.mark.parametrize("text", ["", "   ", "x" * 10_000, "what's the weather in Paris?"])
def test_bad_input_is_refused_with_a_reason(text: str) -> None:
    result = prepare(text)
    assert isinstance(result, ValueError)
    assert str(result)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("12 plus", "stops at 'plus'"),
        ("multiply 4 by", "stops at 'by'"),
        ("what is 15% of?", "stops at 'of'"),
        ("what is x + 2", "'x' is an unknown variable"),
        ("solve 2x + 3 = 7", "'x' is an unknown variable"),
        ("y * 3", "'y' is an unknown variable"),
        ("what is 5 apples plus 3 kilometers", "different units"),
        ("convert 3 feet to inches", "different units"),
        ("what day is 2027-02-30", "date"),
        ("log of 100", "'log' is beyond this calculator"),
        ("what is 2 times pi", "'pi' is beyond"),
        ("((3 + 4) * 2", "brackets do not match"),
        ("is 17 prime?", "'prime' is beyond"),
    ],
)
def test_questions_that_are_not_arithmetic_are_refused(text: str, why: str) -> None:
    result = prepare(text)
    assert isinstance(result, ValueError)
    assert why in str(result)


@pytest.mark.parametrize(
    "text",
    [
        "3 x 4",
        "what do 3, 4 and 5 add up to",
        "how many times does 7 go into 91",
        "a tank holds 500 litres and 20 leak out, how much is left",
        "let x be 4, then add 3",
        "what does 12 times 4 come to",
        "5 km plus 2 km",
    ],
)
def test_refusal_rules_leave_real_questions_alone(text: str) -> None:
    assert not isinstance(prepare(text), Exception)


def test_generated_questions_pass_the_refusal_rules() -> None:
    from specialists.math.data import dataset

    examples = [e for e in dataset(400, "dev", 1) if e.value is not None]
    refused = [e.text for e in examples if isinstance(prepare(e.text), Exception)]
    assert len(refused) <= len(examples) // 100, refused


@pytest.mark.parametrize(
    ("family", "program"),
    [
        ("lists", {"N0 + N1 + N2", "N0 * N1 * N2", "( N0 + N1 + N2 ) / 3"}),
        ("goes_into", {"N1 / N0"}),
    ],
)
def test_new_families_write_the_right_programs(family: str, program: set[str]) -> None:
    import random

    from specialists.math import terms
    from specialists.math.builder import Builder
    from specialists.math.data import _program

    seen = set()
    for seed in range(300):
        b = Builder(random.Random(seed), "train")
        text, tree, _ = getattr(terms, family)(b)
        filled, order = b.fill(text)
        seen.add(" ".join(_program(tree, {leaf: i for i, leaf in enumerate(order)})))
    assert program <= seen


def test_an_unsure_parse_is_refused_not_answered() -> None:
    masked = mask("add 3 and 4")
    unsure = answer(masked, Translation(["N0", "+", "N1"], 0.3))
    assert isinstance(unsure, ValueError) and "confidence 0.30" in str(unsure)
    sure = answer(masked, Translation(["N0", "+", "N1"], 0.9))
    assert not isinstance(sure, Exception) and sure.value == 7


def test_a_result_too_long_to_print_is_refused_not_raised() -> None:
    masked = mask("10 to the power of 4200")
    result = answer(masked, Translation(["N0", "^", "N1"], 0.9))
    assert isinstance(result, OverflowError)


def test_numbers_the_program_ignores_are_refused() -> None:
    masked = mask("add 3 and 4 and 5")
    result = answer(masked, Translation(["N0", "+", "N1"], 0.9))
    assert isinstance(result, ProgramError)
    assert "5" in str(result)


@pytest.fixture(scope="module")
def specialist() -> MathSpecialist:
    if not any(Path(MODEL_DIR).glob("decoder*.onnx")):
        pytest.skip("the trained model is not in specialists/math/model")
    loaded = MathSpecialist()
    loaded.load(Context())
    return loaded


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what is 17% of 2340?", 397.8),
        ("what percent is 30 of 120", 25),
        ("seventeen plus two hundred and five", 222),
        ("(3 + 4) * 2", 14),
        ("subtract 5 from 20", 15),
        ("what's the square root of 144", 12),
        ("multiply 7.45645430685 by 3", 22.36936292055),
        ("the sum of 4, 9 and 12", 25),
        ("the square root of the sum of 9 and 16", 5),
        ("6 squared minus 2 cubed", 28),
        ("half of 90", 45),
        ("twice 21", 42),
        ("a third of 60", 20),
        ("increase 200 by 15%", 230),
        ("25 percent off 80", 60),
        ("multiply the sum of 2 and 5 by 3", 21),
    ],
)
def test_model_answers(specialist: MathSpecialist, question: str, value: float) -> None:
    (output,) = specialist.run_batch([question])
    assert not isinstance(output, Exception), output
    assert output.value == pytest.approx(value, rel=1e-9)
    assert output.text.endswith(".")


@pytest.mark.parametrize("text", ["qzx 4 vbn 9 ppl", "tell me a joke about 7 cats", "12 plus"])
def test_model_refuses_noise_with_numbers(specialist: MathSpecialist, text: str) -> None:
    (output,) = specialist.run_batch([text])
    assert isinstance(output, ValueError), output


def test_model_batch_keeps_failures_per_item(specialist: MathSpecialist) -> None:
    outputs = specialist.run_batch(["divide 10 by 0", "", "2 + 2"])
    assert isinstance(outputs[0], ZeroDivisionError)
    assert isinstance(outputs[1], ValueError)
    assert not isinstance(outputs[2], Exception) and outputs[2].value == 4


@pytest.mark.parametrize(
    ("question", "program", "why"),
    [
        ("Paint covers 350 sq ft per gallon, walls total 1225 sq ft", "N0 ^ 2 + N1", "power"),
        ("my floor is 8 ft by 6.5 ft, how many square feet", "( N0 + N1 ) ^ 2", "power"),
        ("tickets are 65 each plus a 7.50 fee per ticket", "N0 * ( 1 - N1 / 100 )", "percentage"),
        ("I walk 7500 steps a day, each step is 0.75 m", "N1 - N0", "below zero"),
    ],
)
def test_a_program_that_does_what_the_question_never_asks_is_refused(
    question: str, program: str, why: str
) -> None:
    from specialists.math.normalize import mask
    from specialists.math.program import as_number, compute, parse
    from specialists.math.refusal import unasked_step

    masked = mask(question)
    tree = parse(program.split())
    reason = unasked_step(tree, masked, as_number(compute(tree, masked.numbers)))
    assert reason is not None and why in reason


@pytest.mark.parametrize(
    ("question", "program"),
    [
        ("what is 12 squared", "N0 ^ 2"),
        ("the 4th root of 81", "N1 ^ ( 1 / N0 )"),
        ("multiply 8 by itself", "N0 * N0"),
        ("what's 15 pct of 80", "N0 / 100 * N1"),
        ("what is 30 per cent of 90", "N0 / 100 * N1"),
        ("I had 11 dollars and spent 57, how much is left", "N0 - N1"),
        ("the opposite of 31", "- N0"),
        ("what's 5 minus 9", "N0 - N1"),
    ],
)
def test_a_program_the_question_asks_for_passes(question: str, program: str) -> None:
    from specialists.math.normalize import mask
    from specialists.math.program import as_number, compute, parse
    from specialists.math.refusal import unasked_step

    masked = mask(question)
    tree = parse(program.split())
    assert unasked_step(tree, masked, as_number(compute(tree, masked.numbers))) is None


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # a hyphen inside a word is no minus sign
        ("how much for a check-up plus a clean (40 + 65)", 105),
        ("twenty-five minus 3", 22),
        ("what is 10-3", 7),
        # fuel economy and a price per litre are word problems
        ("the van does 35 mpg, how far will 12 gallons take it", 420),
        ("it's 240 miles to Leeds and we get 40 miles per gallon, how many gallons is that", 6),
        ("diesel is 1.60 a litre and we need 50 litres, how much will it cost", 80),
    ],
)
def test_questions_misread_end_to_end_are_answered(
    specialist: MathSpecialist, question: str, value: float
) -> None:
    (output,) = specialist.run_batch([question])
    assert isinstance(output, Output) and output.value == value, output
