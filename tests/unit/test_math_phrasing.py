"""Sharing ("split X across N"), named amounts ("36 eggs times 4"), products of counts and
prices ("7 packs of 6 cans", "4 tickets at 12.50 each") and purpose tails ("to include both
ends") read as plain math."""

from __future__ import annotations

from pathlib import Path

import pytest

from specialists.base import Context
from specialists.math.normalize import mask
from specialists.math.phrasing import apart, rephrase, told_age
from specialists.math.program import parse
from specialists.math.specialist import MODEL_DIR, MathSpecialist, prepare


@pytest.mark.parametrize(
    ("question", "masked"),
    [
        ("split 709.7647095 evenly across 4 glasses", "N0 / N1 glasses"),
        ("divide 500 among 5 people", "N0 / N1 people"),
        ("share 90 between 3", "N0 / N1"),
        ("share 45 dollars equally amongst 9 friends", "N0 / N1 friends"),
        ("split the 90 between 3 friends and then add 4", "N0 / N1 friends and then add N2"),
        ("spread 1200 over 12 months", "N0 / N1 months"),
        ("add 1 to 59 to include both ends", "add N0 to N1"),
        ("168 plus 1, so that both ends count", "N0 plus N1"),
        ("what is 24 plus 1 (inclusive)?", "what is N0 plus N1"),
        ("what is 36 eggs times 4", "what is N0 times N1"),
        ("3,600 seconds times 7.5", "N0 times N1"),
        ("3 cups of flour plus 2 cups of sugar", "N0 plus N1 cups of sugar"),
        ("7 packs of 6 cans", "N0 * N1 cans"),
        ("how many is 8 rows of 12 chairs", "how many is N0 * N1 chairs"),
        ("4 tickets at 12.50 each", "N0 * N1"),
        ("how much is 3 bags for $4.50 apiece", "how much is N0 * N1"),
        ("how much is 6 hours at 22.50 an hour", "how much is N0 * N1"),
        ("2 kg of pears at 1.80 a kg", "N0 * N1"),
        ("3 bags at 4.75 each and 2 of manure at 6.20 each", "N0 * N1 plus N2 * N3"),
        ("how many 250 ml glasses in 2000 ml", "how many times does N0 go into N1 ml"),
        ("double 45 then add 10", "N0 doubled then add N1"),
        ("halve 90, then add 5", "N0 halved , then add N1"),
        ("what is 0.75 of 920", "what is N0 * N1"),
        ("if 5 pens cost 7.50, how much is one pen", "N1 / N0 * N2"),
        ("3 apples cost 1.20, how much for 10 apples", "N1 / N0 * N2"),
        ("I drove 320 km using 24 litres, km per litre?", "N0 / N1"),
        ("If a book costs 12 dollars and I buy 3, what do I pay", "N0 * N1"),
        ("a car uses 6 litres per 100 km. how many litres for 350 km", "N0 / N1 * N2"),
        ("a train travels 180 km in 2 hours, what is its speed in km/h", "N0 / N1"),
    ],
)
def test_phrasings_are_rewritten_without_moving_numbers(question: str, masked: str) -> None:
    before = mask(question)
    after = rephrase(before)
    assert after.text == masked
    assert after.numbers == before.numbers and after.surfaces == before.surfaces


@pytest.mark.parametrize(
    "question",
    [
        "divide 100 by 4 and then add 12",  # already plain
        "divide 4 into 100",  # "into" after divide is ambiguous: left to the parser
        "what is 2 to the power of 10",
        "add 3 to 7 to 9",  # a number after "to": not a purpose tail
        "168 plus 1",
        "15 percent of 80 dollars",  # a percentage of an amount, not a product
        "a 4th of 285.46",  # fractions of an amount
        "2 eighths of 9",
        "12 sevenths of 325",
        "3 out of 4 as a percentage",
        "2 squared times 5",
        "divide 880 by 38, and then square all of that",
        "3 of 4",  # not a share written as a decimal
        "5 km in 20 minutes, km per hour",  # a rate whose units are not the amounts' own
    ],
)
def test_other_questions_are_left_alone(question: str) -> None:
    masked = mask(question)
    assert rephrase(masked) is masked


def test_a_named_difference_is_the_larger_less_the_smaller() -> None:
    masked = mask("multiply the difference between 20 and 50 by 3")
    tree = parse(["(", "N0", "-", "N1", ")", "*", "N2"])
    assert apart(tree, masked) == parse(["(", "N1", "-", "N0", ")", "*", "N2"])
    in_order = mask("the difference between 50 and 20")
    assert apart(parse(["N0", "-", "N1"]), in_order) == parse(["N0", "-", "N1"])
    unnamed = mask("subtract 9 from 5")  # asked the other way round on purpose: left alone
    assert apart(parse(["N1", "-", "N0"]), unnamed) == parse(["N1", "-", "N0"])


def test_prepare_applies_the_rewrite() -> None:
    prepared = prepare("share 90 between 3")
    assert not isinstance(prepared, Exception) and prepared.text == "N0 / N1"


@pytest.fixture(scope="module")
def specialist() -> MathSpecialist:
    if not any(Path(MODEL_DIR).glob("decoder*.onnx")):
        pytest.skip("the trained model is not in specialists/math/model")
    loaded = MathSpecialist()
    loaded.load(Context())
    return loaded


@pytest.mark.parametrize(
    ("question", "program", "numbers"),
    [
        ("I earn 2500 a month, how much is that in a year", "N0 * N1", (2500, 12)),
        ("10 dollars a day, in a week", "N0 * N1", (10, 7)),
        ("3 km a day, what is that over a month", None, None),  # a month of days is not fixed
    ],
)
def test_amount_per_period_is_scaled_by_a_written_factor(
    question: str, program: str | None, numbers: tuple[int, ...] | None
) -> None:
    from specialists.math.phrasing import word_problem

    solved = word_problem(mask(question))
    if program is None:
        assert solved is None
        return
    assert solved is not None
    assert solved.text == program and solved.numbers == numbers


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("split 709.7647095 evenly across 4 glasses", 177.441177375),
        ("divide 500 among 5 people", 100),
        ("share 90 between 3", 30),
        ("split 72 cookies equally between 8 kids", 9),
        ("distribute 250 across 10 teams", 25),
        ("split 1200 into 4 equal parts", 300),
        ("168 plus 1", 169),
        ("24 plus 1", 25),
        ("add 1 to 59 to include both ends", 60),
        ("59 plus 1 to count both endpoints", 60),
        ("add one to 41 so that both ends are counted", 42),
        ("what is 36 eggs times 4", 144),
        ("a dozen eggs times 3", 36),
        ("what is 250 grams times 4", 1000),
        ("3,600 seconds times 7.5", 27000),
        ("3 cups of flour plus 2 cups of sugar", 5),
        ("7 packs of 6 cans", 42),
        ("how many is 8 rows of 12 chairs", 96),
        ("4 tickets at 12.50 each", 50),
        ("how much is 3 bags at 4.50 each", 13.5),
        ("what's 45 cm plus 30 cm", 75),
        ("how much is 6 hours at 22.50 an hour", 135),
        ("4 kg of apples at 1.50 a kg plus 3 litres of milk at 0.80 a litre, total?", 8.4),
        ("i bought 3 bags of compost at 4.75 each and 2 of manure at 6.20 each, total?", 26.65),
        ("add one so both days count to 138", 139),
        ("how old is a house built in 1887 in the year 2027", 140),
        ("how old will my son be in 2030 if he was born in 2016", 14),
        ("I'm 27 and my mum was 31 when she had me. how old is she", 58),
        ("my son is 8 and I was 30 when he was born. how old am I", 38),
        ("she is 8. what is 4 times her age plus 3", 35),
        ("he is 6 years old. what is 3 times his age minus 2", 16),
        ("My daughter is 8 and I'm 4 times her age plus 3. How old am I?", 35),
        ("my son is 10, what is twice his age", 20),
        ("I'm 40 and my son is a quarter of my age, how old is he", 10),
        ("im 36 and my daughter is a third of my age. how old is she", 12),
        ("Banana bread for 8 needs 280 g flour. I'm baking for 14 — how much flour?", 490),
        ("a cake for 12 uses 3 eggs; I'm making it for 20, how many eggs", 5),
        ("312 kWh at 0.27 per kWh plus 0.53 a day for 30 days", 100.14),
        (
            "I used 312 kWh this month at 0.27 per kWh plus a standing charge of 0.45 a day for "
            "30 days, what's my bill",
            97.74,
        ),
        ("20 hours at 15 an hour plus a bonus of 50", 350),
        ("remind me what 13 cubed is, my brain has completely stopped working today", 2197),
        ("7 for 9 people over 12 months", 756),
        ("what would 62 be for 2 adults", 124),
        ("what is 295 with 20% off (they emailed me a spring offer)", 236),
        ("split 62 for 2 people", 31),
        ("I ran 10 km in 47 minutes. what's my pace in minutes per km", 4.7),
        ("Pool is 25 m long and I swam 64 lengths this morning. How far is that in metres", 1600),
        ("ran a marathon (42.195 km) in 3.5 hours!! average speed in km/h", 12.055714285714286),
        ("car hire at 35 a day for 4 days plus 0.2 per mile for 300 miles", 200),
        ("how many 250 ml glasses in 2000 ml", 8),
        ("how many 3 minute songs fit in 60 minutes", 20),
        ("double 45 then add 10", 100),
        ("halve 90 then add 5", 50),
        ("what is 0.75 of 920", 690),
        ("if 5 pens cost 7.50, how much is one pen", 1.5),
        ("5 pens cost 7.50. how much are 3 pens?", 4.5),
        ("we drove 450 miles on 15 gallons, how many miles per gallon", 30),
        ("If a book costs 12 dollars and I buy 3, what do I pay", 36),
        ("a ticket costs 8.50 and we need 4, what is the total", 34),
        ("a car uses 6 litres per 100 km. how many litres for 350 km", 21),
        ("a train travels 180 km in 2 hours, what is its speed in km/h", 90),
        ("she cycled 45 km in 3 hours. how fast was she going?", 15),
        ("I earn 2500 a month, how much is that in a year", 30000),
        ("we spend 40 a week on food, how much is that per year", 2080),
        ("a tap drips 30 ml an hour, how much in a day", 720),
        ("A rectangle is 12 m by 8.5 m, what's the area", 102),
        ("a box weighs 12 kg. what do 15 boxes weigh", 180),
        ("a pizza costs 18 dollars and we split it between 4 people, how much each", 4.5),
        ("the dinner bill was 96.40 and we split it evenly between 4", 24.1),
        ("3 notebooks cost 7.20, how much are 5", 12),
        ("saved 2400 over 8 months how much per month on average", 300),
        ("jacket costs 120 bucks and its 35% off what do i pay", 78),
        ("price went from 40 to 52, what's the percent increase", 30),
        ("the price fell from 80 to 60, what's the percentage decrease", 25),
        ("i make 18.50 an hour, 37.5 hrs a week, how much is that weekly", 693.75),
        ("bought 3 packs of eggs at 2.49 a pack and paid with a 20, change?", 12.53),
        ("recipe says 250 g flour for 12 cookies, i want to make 30, how much flour", 625),
        ("a recipe for 4 people uses 300 g pasta, how much for 6 people", 450),
        ("drove 300 miles on 10 gallons, what's the mpg", 30),
        ("a 60 liter tank fills at 4 liters a minute how long to fill it", 15),
        ("my car does 6.5 L per 100 km, the trip is 420 km. how many liters is that", 27.3),
        ("4 of us splitting a dinner bill of 86.40 plus 15% tip how much each", 24.84),
        ("the bill was 120 plus 10% service split between 3 people, how much each", 44),
        ("salary 52000 a year with 22% tax, whats the monthly take home", 3380),
        ("I earn 3000 a month and pay 20% tax, what is my take home", 2400),
        ("I already have 300 saved and put away 45 a week. How much after 26 weeks", 1470),
        ("take away 25% of 225", 168.75),
        ("My car uses 6.5 L per 100 km. For a 480 km trip, how many liters is that", 31.2),
        ("the difference between 5 and 9", 4),
        ("what's the difference between 3.5 and 10.25", 6.75),
        ("cube the difference between 7 and 10", 27),
        ("subtract 9 from 5", -4),
        ("5 workers finish a job in 6 hours, how long would 3 workers take?", 10),
        ("If 4 painters paint a house in 6 days, how many days would it take 3 painters?", 8),
        ("it takes 8 people 3 hours to clean the hall. how long would it take 6 people", 4),
        ("12 pumps empty the tank in 5 hours; how long for 4 pumps?", 15),
        ("Salary went from $52,000 to $56,680. what's the percentage raise", 9),
        ("rent went from 1200 to 1080, what's the percentage cut", 10),
        ("I already have $300 saved and put away $45 a week. How much after 26 weeks", 1470),
        ("719.2 8% sales tax on the discounted price", 776.736),
        ("$719.20 plus 8% tax", 776.736),
        ("I bought 3 shirts at 19.99 each and have a 15% off coupon, what do I pay", 50.9745),
        ("Carpet costs $3.25 per square foot, room is 14 by 11 feet. how much", 500.5),
        ("If I save $125 a month, how long until I have $3000", 24),
        ("paying off a $2,400 card with $150 monthly payments, how many months", 16),
        ("a loan of $5,000 at 6% simple interest per year for 3 years, total interest", 900),
        ("a loan of $5,000 at 6% simple interest for 3 years, how much do I repay", 5900),
        ("what is 3/8 as a percentage", 37.5),
        ("17 out of 20 as a percent", 85),
        ("percent change from 80 to 92", 15),
        ("percentage decrease from 92 to 80", 13.043478260869565),
        ("dinner bill was $186.40 split between 4 people, how much each", 46.6),
        ("a pizza costs 18.99, I buy 3 and have a 10 dollar coupon, what's the total", 46.97),
        ("Sarah earns $22.50 an hour and works 38 hours, what's her weekly pay", 855),
        ("calculate the remainder when 76464 is divided by 5", 4),  # a remainder, not a share
        ("my bill was $84 in jan, $97 in feb and $112 in march. whats the average", 97 + 2 / 3),
        ("My test scores are 78, 85, 92, 88 and 67. whats my average", 82),
        ("Dinner bill was $186.40, we tip 18% and split it between 4. how much each", 54.988),
        ("A 2.5 kg bag of rice costs $7.25. Whats the price per kilogarm", 2.9),
        ("a 750 ml bottle of olive oil costs $11.25, what is the price per liter", 15),
        ("a 2 kg bag costs 5, what is the price per gram", 0.0025),
        ("I paid $48 for dinner, how much is a 20% tip", 9.6),
    ],
)
def test_real_answers(specialist: MathSpecialist, question: str, value: float) -> None:
    (output,) = specialist.run_batch([question])
    assert not isinstance(output, Exception), output
    assert output.value == pytest.approx(value, rel=1e-9)


def test_workers_sharing_a_job_need_the_same_kind_of_worker_asked_about() -> None:
    from specialists.math.phrasing import _WORKERS

    assert _WORKERS.search("N0 workers finish a job in N1 hours, how long would N2 workers take")
    assert not _WORKERS.search("N0 workers finish a job in N1 hours, how long would N2 trucks take")
    assert not _WORKERS.search("N0 machines make N1 parts in N2 hours, how long for N3 machines")


def test_a_told_age_is_put_where_it_is_named_and_the_slots_renumbered() -> None:
    masked = told_age(mask("she is 8. what is 4 times her age plus 3"))
    assert masked.text == "what is N0 times N1 plus N2"
    assert masked.numbers == (4, 8, 3) and masked.surfaces == ("4", "8", "3")
    # nothing else worked on the age here: the question is left as it is
    unchanged = mask("she is 8. what's her age in months")
    assert told_age(unchanged) == unchanged
