"""The learned planner on the issue's own examples, new specialists without retraining, cache."""

from __future__ import annotations

import pytest

from orchestrator.plan import validate_plan
from orchestrator.planner import rules
from orchestrator.planner.learned import MODEL_DIR, LearnedPlanner
from specialists.base import Manifest
from specialists.registry import BUILTINS, manifest_of

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "span_head.onnx").exists(), reason="planner model not trained"
)

REVERSE = Manifest(
    name="reverse",
    description="reverses a word or a short text, letter by letter",
    examples=[
        "reverse the word 'banana'",
        "spell 'stressed' backwards",
        "what is 'level' reversed",
        "write 'hello world' in reverse order",
        "flip the letters of 'drawer'",
    ],
)


@pytest.fixture(scope="module")
def planner() -> LearnedPlanner:
    return LearnedPlanner([manifest_of(name) for name in BUILTINS])


def test_dependent_chain_becomes_an_edge(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 12 km to miles and then multiply the result by 3")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("units", []), ("math", ["t1"])]
    assert "12 km" in plan.nodes[0].input and "{t1}" in plan.nodes[1].input
    validate_plan(plan, BUILTINS)


def test_independent_parts_run_in_parallel(planner: LearnedPlanner) -> None:
    plan = planner.plan("What is 15% of 80, and what day of the week is 2027-01-01?")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("math", []), ("dates", [])]


def test_out_of_scope_request_is_unsupported_with_a_reason(planner: LearnedPlanner) -> None:
    plan = planner.plan("write me a poem about the sea")
    assert plan.nodes == []
    assert len(plan.unsupported) == 1 and plan.unsupported[0].reason


def test_new_specialist_is_routed_at_once_and_builtins_keep_working(
    planner: LearnedPlanner,
) -> None:
    with_reverse = LearnedPlanner([*planner.manifests.values(), REVERSE])
    plan = with_reverse.plan("reverse the word 'hello'")
    assert [n.specialist for n in plan.nodes] == ["reverse"]
    mixed = with_reverse.plan("reverse the word 'hello' and what is 3 plus 4")
    assert [n.specialist for n in mixed.nodes] == ["reverse", "math"]


def test_same_shape_reuses_the_cached_plan_with_new_numbers(planner: LearnedPlanner) -> None:
    planner.cache.clear()
    first = planner.plan("convert 12 km to miles and then multiply the result by 3")
    hits = planner.hits
    second = planner.plan("convert 40 km to miles and then multiply the result by 7")
    assert planner.hits == hits + 1  # served from the cache, not re-planned
    assert [n.specialist for n in second.nodes] == [n.specialist for n in first.nodes]
    assert "40 km" in second.nodes[0].input and "7" in second.nodes[1].input


def test_misspelt_request_words_are_fixed_before_planning(planner: LearnedPlanner) -> None:
    plan = planner.plan("whats the sentimnt of 'I love my new job' and calcualte 12 times 4")
    assert [n.specialist for n in plan.nodes] == ["sentiment", "math"]
    assert "sentiment" in plan.nodes[0].input and "calculate" in plan.nodes[1].input
    assert "'I love my new job'" in plan.nodes[0].input  # quoted text is never touched


def test_added_documents_draw_questions_about_them_to_docs() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    question = "how long does the banana bread bake for?"
    planner.set_documents({
        "recipes": "Banana bread. Mash three ripe bananas with the butter. Bake the banana "
        "bread for 55 minutes at 175 °C, until a skewer comes out clean.",
    })  # fmt: skip
    assert [n.specialist for n in planner.plan(question).nodes] == ["docs"]
    planner.set_documents({})  # documents removed: the same question no longer has a source
    assert planner.cache == {}  # plans made with the old documents are forgotten


LIBRARY = """Westbrook Public Library: lending rules

Fines and fees
Late books cost 25 pence per day, up to a maximum of 8 pounds per item.
A lost card is replaced for 2.50 pounds.
"""


@pytest.mark.parametrize(
    "question", ["library fine for a late book?", "how much is a new library card"]
)
def test_a_question_naming_a_documents_title_goes_to_docs(question: str) -> None:
    """ "library" is in the title, not in the sentence that answers: each sentence also counts
    as read under its title and heading, as docs reads it."""
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"library.txt": LIBRARY})
    assert [n.specialist for n in planner.plan(question).nodes] == ["docs"]


def test_a_pronoun_after_a_text_reader_means_the_text_it_read(planner: LearnedPlanner) -> None:
    plan = planner.plan("what language is 'Obrigado pela ajuda' and is it positive or negative")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [
        ("language", []),
        ("sentiment", []),
    ]
    assert "'Obrigado pela ajuda'" in plan.nodes[1].input


def test_a_query_is_never_planned_into_nothing(planner: LearnedPlanner) -> None:
    for text in ["thanks!", "WHAT IS THE CAPITAL OF AUSTRALIA", "hey, quick one:"]:
        plan = planner.plan(text)
        assert plan.nodes or plan.unsupported, text


def test_one_question_of_several_texts_is_a_task_per_text(planner: LearnedPlanner) -> None:
    plan = planner.plan("What languages are these: 'Merci beaucoup', 'Muchas gracias', 'Danke'?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("language", "'Merci beaucoup'"),
        ("language", "'Muchas gracias'"),
        ("language", "'Danke'"),
    ]


def test_several_questions_of_one_text_are_a_task_each(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "Sentiment, language and entities for: 'Mon séjour à Lyon était magnifique'"
    )
    assert [n.specialist for n in plan.nodes] == ["sentiment", "language", "entities"]
    assert all("'Mon séjour à Lyon était magnifique'" in n.input for n in plan.nodes)
    assert all(not n.depends_on for n in plan.nodes)


def test_a_correction_replaces_the_request_it_corrects(planner: LearnedPlanner) -> None:
    plan = planner.plan("what is 3 plus 4, and convert 5 feet to cm... sorry, just 60 inches to cm")
    assert [n.specialist for n in plan.nodes] == ["math", "units"]
    assert "60 inches" in plan.nodes[1].input and "feet" not in plan.nodes[1].input
    kept = planner.plan("is 5 more than 3? no idea, what is 5 minus 3")
    assert any("5 more than 3" in n.input for n in kept.nodes)  # "no idea" corrects nothing


def test_a_query_too_big_for_one_plan_is_refused_with_the_reason(planner: LearnedPlanner) -> None:
    from hive.errors import PlanError

    many = " and ".join(f"what is {i} plus {i}" for i in range(150))
    with pytest.raises(PlanError, match="at most 32"):
        planner.plan(many)


def test_bare_dates_after_a_date_question_ask_it_again(planner: LearnedPlanner) -> None:
    plan = planner.plan("What weekday is 2026-01-01? 2026-04-05? And 2026-11-26?")
    assert [n.input for n in plan.nodes] == [
        "What weekday is 2026-01-01",
        "What weekday is 2026-04-05",
        "What weekday is 2026-11-26",
    ]


def _shape(plan: object) -> list[tuple[str, list[str]]]:
    return [(n.specialist, n.depends_on) for n in plan.nodes]  # type: ignore[attr-defined]


def test_a_step_missing_its_operand_takes_the_previous_result(planner: LearnedPlanner) -> None:
    plan = planner.plan("work out 9 times 7, take away 13, then halve it")
    assert _shape(plan) == [("math", []), ("math", ["t1"]), ("math", ["t2"])]
    assert plan.nodes[1].input == "take away 13 from {t1}"
    plan = planner.plan("how many days from 2027-03-01 to 2027-05-20, in hours")
    assert _shape(plan) == [("dates", []), ("units", ["t1"])]


def test_a_request_with_its_own_operands_takes_nothing_from_before(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("convert 3 miles to km, 20 pounds to kg and 5 gallons to litres")
    assert _shape(plan) == [("units", []), ("units", []), ("units", [])]
    assert [n.input for n in plan.nodes][1:] == ["20 pounds to kg", "5 gallons to litres"]


def test_whole_requests_kept_together_are_cut_apart_but_operators_are_not(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("what's 2^10, 3^5 and 7 factorial")
    assert [n.input for n in plan.nodes] == ["what's 2^10", "3^5", "7 factorial"]
    plan = planner.plan("What's 3/8 + 5/12? Also convert 250 grams to pounds.")
    assert [n.specialist for n in plan.nodes] == ["math", "units"]


def test_a_weekday_of_a_moved_date_is_two_questions(planner: LearnedPlanner) -> None:
    plan = planner.plan("which weekday falls 100 days after 4 July 2027?")
    assert [(n.input, n.depends_on) for n in plan.nodes] == [
        ("the date 100 days after 4 July 2027", []),
        ("what weekday is {t1}", ["t1"]),
    ]


def test_a_date_question_cites_the_last_date_not_a_weekday(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "what date is 6 weeks after 2027-02-14? what day of the week is that? "
        "and how many days is it from 2027-01-01?"
    )
    assert _shape(plan) == [("dates", []), ("dates", ["t1"]), ("dates", ["t1"])]
    # after a weekday question of a date as written, "it" is that date
    plan = planner.plan("what weekday is 2027-08-15 and how many days is it after 2027-01-01")
    assert _shape(plan) == [("dates", []), ("dates", [])]
    assert "2027-08-15" in plan.nodes[1].input


def test_a_request_to_make_or_do_something_is_unsupported_whatever_its_nouns(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("what's the sentiment of 'great food', then draft a thank-you note")
    assert [n.specialist for n in plan.nodes] == ["sentiment"]
    assert [u.text for u in plan.unsupported] == ["draft a thank-you note"]
    assert "draft" in plan.unsupported[0].reason
    booked = planner.plan("please book a taxi for 2027-01-05 at 7am")
    assert booked.nodes == [] and len(booked.unsupported) == 1
    # a number to work on is not an action
    assert [n.specialist for n in planner.plan("write 0.75 as a percentage").nodes] == ["math"]


def test_a_conversion_after_arithmetic_names_the_unit_the_arithmetic_kept(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan(
        "Convert 2 hours to minutes, divide that by 8, then convert the result to seconds"
    )
    assert _shape(plan) == [("units", []), ("math", ["t1"]), ("units", ["t2"])]
    assert plan.nodes[2].input == "convert {t2} minutes to seconds"


def test_a_quantity_to_start_from_is_the_first_steps_operand(planner: LearnedPlanner) -> None:
    plan = planner.plan("begin with 3 litres, turn it into pints, then halve it")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("units", "turn 3 litres into pints", []),
        ("math", "halve {t1}", ["t1"]),
    ]


def test_an_operator_eaten_as_a_connector_comes_back(planner: LearnedPlanner) -> None:
    plan = planner.plan("how many days from 2027-02-01 to 2027-04-01, in weeks, minus 2")
    assert _shape(plan) == [("dates", []), ("units", ["t1"]), ("math", ["t2"])]
    assert plan.nodes[2].input == "{t2} minus 2"


def test_arithmetic_by_its_verb_or_a_product_of_quantities_goes_to_math(
    planner: LearnedPlanner,
) -> None:
    assert [
        n.specialist for n in planner.plan("what is 30 dollars an hour times 7 hours").nodes
    ] == ["math"]
    plan = planner.plan(
        "how many days from 2027-03-02 to 2027-03-09, then multiply by the 45 euro rate"
    )
    assert _shape(plan) == [("dates", []), ("math", ["t1"])]


def test_a_text_reader_named_or_given_a_text_wins_a_close_call(planner: LearnedPlanner) -> None:
    plan = planner.plan("who appears in 'Angela Merkel met Emmanuel Macron in Paris'")
    assert [n.specialist for n in plan.nodes] == ["entities"]
    # an unquoted text after a short instruction is read as the text, and quoted for the task
    plan = planner.plan("list the entities -> Roger Federer retired in Basel")
    assert [n.input for n in plan.nodes] == ['list the entities: "Roger Federer retired in Basel"']
    assert planner.plan("who is the mayor of Paris").nodes == []


def test_a_request_routes_the_same_whatever_it_is_asked_with(planner: LearnedPlanner) -> None:
    alone = planner.router.route(["give me today's news"])[0]
    together = planner.router.route(
        ["give me today's news", "what's the population of Japan", "tell me a joke"]
    )[0]
    assert (alone.specialist, alone.score) == (together.specialist, together.score)


def test_a_sum_among_chatter_is_a_request_not_filler(planner: LearnedPlanner) -> None:
    plan = planner.plan("so 300 divided by 12 is what, then double it")
    assert _shape(plan) == [("math", []), ("math", ["t1"])]


def test_lettered_lists_and_ordinal_references(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "A) what date is 2 weeks after 2027-06-01\nB) what date is 3 days after that\n"
        "C) what weekday is that second date"
    )
    assert [(n.input, n.depends_on) for n in plan.nodes] == [
        ("what date is 2 weeks after 2027-06-01", []),
        ("what date is 3 days after {t1}", ["t1"]),
        ("what weekday is {t2}", ["t2"]),
    ]


def test_an_arithmetic_step_kept_with_the_next_request_is_cut_off(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("quick: 18% of 900 then minus 2; 3 ft in cm")
    assert _shape(plan) == [("math", []), ("math", ["t1"]), ("units", [])]


def test_a_request_after_a_text_readers_text_is_cut_off(planner: LearnedPlanner) -> None:
    plan = planner.plan("the sentiment of 'what a lovely day', and the weekday of 2027-05-05")
    assert [n.specialist for n in plan.nodes] == ["sentiment", "dates"]


def test_a_text_handed_over_first_is_read_by_the_questions_after_it(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan(
        "here's a message: 'Das Essen war kalt'. what language is it and is it negative?"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("language", "what language is 'Das Essen war kalt'"),
        ("sentiment", "is 'Das Essen war kalt' negative"),
    ]
    assert plan.unsupported == []
    plan = planner.plan("sentiment of 'great stuff', and of 'awful service'")
    assert [n.specialist for n in plan.nodes] == ["sentiment", "sentiment"]


def test_part_of_a_request_taken_back_is_replaced_in_it(planner: LearnedPlanner) -> None:
    plan = planner.plan("multiply 7 by 3, sorry, by 4")
    assert [n.input for n in plan.nodes] == ["multiply 7 by 4"]
    plan = planner.plan("convert 2 litres to cups... no wait, to pints, and what's 5 + 5")
    assert [n.input for n in plan.nodes] == ["convert 2 litres to pints", "what's 5 + 5"]
    plan = planner.plan("compute 6 * 4, then round... no, just multiply that by 7")
    assert _shape(plan) == [("math", []), ("math", ["t1"])]


def test_it_after_a_docs_question_is_its_topic_not_its_answer() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"lease": "The rent is 900 pounds a month. Rent is due on the 1st."})
    plan = planner.plan("how much is the rent, and when is it due?")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("docs", "how much is the rent", []),
        ("docs", "when is the rent due", []),
    ]


def test_that_worked_on_after_a_docs_question_is_its_answer() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"club": "Membership\nThe joining fee is 25 pounds, paid once."})
    plan = planner.plan("What's the club's joining fee? and what's that plus 100")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("docs", "What's the club's joining fee", []),
        ("math", "what's {t1.amount} plus 100", ["t1"]),
    ]


def test_text_readers_after_a_passage_read_the_passage() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"plan": "The launch is owned by Priya Raman in Lisbon."})
    plan = planner.plan("get the sentence about the launch owner, its entities, and its sentiment")
    assert _shape(plan) == [("docs", []), ("entities", ["t1"]), ("sentiment", ["t1"])]
    plan = planner.plan(
        "find the sentence about the launch owner, find its entities, "
        "and tell me what language that sentence is in"
    )
    assert _shape(plan) == [("docs", []), ("entities", ["t1"]), ("language", ["t1"])]


def test_a_request_on_another_requests_result_is_two_steps(planner: LearnedPlanner) -> None:
    plan = planner.plan("how many weeks between 2027-01-01 and 2027-03-01")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("dates", "how many days between 2027-01-01 and 2027-03-01"),
        ("units", "{t1} days in weeks"),
    ]
    plan = planner.plan("convert 3 times 4 km to miles")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "3 times 4"),
        ("units", "convert {t1} km to miles"),
    ]


def test_money_between_currencies_is_unsupported(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 250 us dollars to euros and 3 pounds to kg")
    assert [n.specialist for n in plan.nodes] == ["units"]  # pounds of mass stay
    assert [u.text for u in plan.unsupported] == ["convert 250 us dollars to euros"]
    plan = planner.plan("what is 142 euros times 3 nights in pounds")
    assert plan.nodes == [] and "exchange rates" in plan.unsupported[0].reason


def test_a_stated_quantity_is_what_the_next_question_converts(planner: LearnedPlanner) -> None:
    plan = planner.plan("The pool is 25 m long. How far is that in feet?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [("units", "How far is 25 m in feet")]
    plan = planner.plan("4 cups = how many millilitres?")
    assert [n.input for n in plan.nodes] == ["how many millilitres in 4 cups"]


def test_results_named_by_position(planner: LearnedPlanner) -> None:
    plan = planner.plan("what is 3 miles in km, what is 5 kg in lb, and multiply the two numbers")
    assert [(n.input, n.depends_on) for n in plan.nodes][2] == ("{t1} times {t2}", ["t1", "t2"])
    plan = planner.plan("what is 20% of 90, double that, and the square root of the first result")
    assert _shape(plan) == [("math", []), ("math", ["t1"]), ("math", ["t1"])]


def test_corrections_chain_their_markers_and_a_restatement_replaces(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("Convert 3 lbs to kilos. nope wait I meant 3 kg to lbs")
    assert [n.input for n in plan.nodes] == ["3 kg to lbs"]
    plan = planner.plan("how many seconds in 2 hours? i.e. convert 2 hours to seconds")
    assert [n.input for n in plan.nodes] == ["convert 2 hours to seconds"]


def test_a_bracketed_step_is_the_arithmetic_it_spells_out(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "convert 3 gallons to litres, then how many bottles is that (divide by 0.75)"
    )
    assert [(n.specialist, n.input) for n in plan.nodes][1] == ("math", "divide {t1} by 0.75")


def test_calendar_steps_move_dates_whatever_their_verb(planner: LearnedPlanner) -> None:
    plan = planner.plan("Take 2027-03-01. Add 3 months. Add 2 more weeks to that. Which weekday?")
    assert _shape(plan) == [("dates", []), ("dates", ["t1"]), ("dates", ["t2"])]
    assert plan.nodes[0].input == "Add 3 months to 2027-03-01"


def test_days_between_them_after_two_weekday_questions(planner: LearnedPlanner) -> None:
    plan = planner.plan("weekday 2028-01-04 + weekday 2029-01-04 + days between them")
    assert [n.input for n in plan.nodes] == [
        "weekday 2028-01-04",
        "weekday 2029-01-04",
        "days between 2028-01-04 and 2029-01-04",
    ]


def test_text_readers_named_together_read_the_result_one_of_them_names(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("who runs the launch? give me the entities and the sentiment of that line")
    assert [n.specialist for n in plan.nodes][1:] == ["entities", "sentiment"]
    assert all(n.depends_on == ["t1"] for n in plan.nodes[1:])


def test_numbered_lines_are_requests_of_their_own(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "Three things, sorry:\n1. the weekday of 3 June 2027\n2. a poem about June\n"
        "3. 150 times 4 nights"
    )
    assert [n.specialist for n in plan.nodes] == ["dates", "math"]
    assert [u.text for u in plan.unsupported] == ["a poem about June"]
    plan = planner.plan(
        "Entities please:\n- 'Airbus opened a plant in Toulouse'\n- 'Nike is in Oregon'"
    )
    assert [n.specialist for n in plan.nodes] == ["entities", "entities"]


def test_that_many_days_is_the_result_counted_in_days(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "How many days from 2027-01-01 to 2027-03-01? Then how many weeks is that? "
        "Then how many hours is that many days?"
    )
    assert _shape(plan) == [("dates", []), ("units", ["t1"]), ("units", ["t1"])]
    plan = planner.plan(
        "days from 2027-03-15 to 2027-08-01, multiply that by 2, "
        "then the date that many days after 2027-08-01"
    )
    assert _shape(plan) == [("dates", []), ("math", ["t1"]), ("dates", ["t2"])]


def test_a_request_taken_back_with_nothing_instead_is_dropped(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 5 ft to cm; convert 30 mpg... no wait, skip the mpg one")
    assert [n.input for n in plan.nodes] == ["convert 5 ft to cm"]
    plan = planner.plan("what is 1 TiB in GiB")
    assert [n.specialist for n in plan.nodes] == ["units"]
    plan = planner.plan("Whats 3 to the 7th. Whats 7 to the 3rd.")
    assert _shape(plan) == [("math", []), ("math", [])]
    plan = planner.plan("14 March 2027 plus 200 days = which date, and which weekday?")
    assert _shape(plan) == [("dates", []), ("dates", ["t1"])]


def test_percent_steps_and_dates_asked_again_in_words(planner: LearnedPlanner) -> None:
    plan = planner.plan("Start with 500. Subtract 18%. Then add 7.5% to the result.")
    assert [n.input for n in plan.nodes] == ["500 minus 18%", "add 7.5% to {t1}"]
    plan = planner.plan("Weekday of 9 June 2027 and 11 June 2027?")
    assert [n.input for n in plan.nodes] == ["Weekday of 9 June 2027", "Weekday of 11 June 2027"]


def test_a_passage_described_to_a_text_reader_is_found_first(planner: LearnedPlanner) -> None:
    plan = planner.plan("sentiment of the landlord's rule about parties?")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("docs", "the landlord's rule about parties", []),
        ("sentiment", "sentiment of {t1}", ["t1"]),
    ]
    plan = planner.plan("find what the manual says about the filter, then its sentiment")
    assert _shape(plan) == [("docs", []), ("sentiment", ["t1"])]


def test_docs_questions_apart_only_where_a_question_ended(planner: LearnedPlanner) -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"rules": "Pets are allowed. Inspections happen every six months."})
    plan = planner.plan("Pets allowed in the flat? How often are inspections?")
    assert [n.specialist for n in plan.nodes] == ["docs", "docs"]
    plan = planner.plan("According to the rules, how often are inspections, roughly?")
    assert [n.specialist for n in plan.nodes] == ["docs"]


def test_labelled_texts_and_texts_asked_of_each(planner: LearnedPlanner) -> None:
    plan = planner.plan("Entities: 'Nike opened a store in Paris.' Sentiment: 'I loved the shoes.'")
    assert [n.specialist for n in plan.nodes] == ["entities", "sentiment"]
    plan = planner.plan(
        "Two notes. First: 'the room was cold.' Second: 'great staff!' Sentiment of each?"
    )
    assert [n.specialist for n in plan.nodes] == ["sentiment", "sentiment"]


def test_steps_kept_with_a_request_are_cut_off_with_their_operator(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("DAYS BETWEEN 2027-01-01 AND 2027-03-01, DIVIDED BY 7, PLUS 2")
    assert _shape(plan) == [("dates", []), ("math", ["t1"]), ("math", ["t2"])]
    plan = planner.plan("Date 5 weeks before 2027-03-01; its weekday; days from it to 2027-12-31")
    assert _shape(plan) == [("dates", []), ("dates", ["t1"]), ("dates", ["t1"])]


def test_a_complete_date_question_beside_documents_goes_to_dates() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"trip": "The hotel deadline is 2027-04-30. We fly home on 2027-06-09."})
    plan = planner.plan("days from 2027-04-30 (hotel deadline) to 2027-06-09")
    assert [n.specialist for n in plan.nodes] == ["dates"]


def test_aspects_asked_with_question_marks_and_dashes(planner: LearnedPlanner) -> None:
    plan = planner.plan("Sentiment?? 'Das Essen war kalt' - language?? same text")
    assert sorted(n.specialist for n in plan.nodes) == ["language", "sentiment"]


def test_steps_read_by_their_specialists(planner: LearnedPlanner) -> None:
    plan = planner.plan("CONVERT 100 F TO C, MULTIPLY BY 3, CONVERT THAT C VALUE TO KELVIN")
    assert plan.nodes[2].input == "CONVERT {t2} C TO KELVIN"
    plan = planner.plan("Convert 3 lb to grams, divide by 6, and convert each portion to ounces")
    assert plan.nodes[2].input == "convert {t2} grams each portion to ounces"
    plan = planner.plan("days between 2027-01-01 and 2027-03-01 and add 1 to include both ends")
    assert plan.nodes[1].input == "add 1 to {t1} to include both ends"
    plan = planner.plan("set a reminder for 2027-05-05 and tell me what weekday that is")
    assert [n.input for n in plan.nodes] == ["tell me what weekday 2027-05-05 is"]


def test_asides_and_requests_for_made_up_things(planner: LearnedPlanner) -> None:
    plan = planner.plan("What weekday is 10 days before 2027-05-01? (work out the date first)")
    assert _shape(plan) == [("dates", []), ("dates", ["t1"])]
    plan = planner.plan("how many kg is 120 lbs, and give me a diet plan to lose 10 of them")
    assert [n.specialist for n in plan.nodes] == ["units"]
    assert [u.text for u in plan.unsupported] == ["give me a diet plan to lose 10 of them"]
    assert [n.specialist for n in planner.plan("give me the weekday of 2027-01-01").nodes] == [
        "dates"
    ]


def test_docs_questions_with_readings_and_elliptical_rests() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents(
        {"gym": "Members can freeze a membership for 5 pounds a month. Staff pay expenses."}
    )
    plan = planner.plan("Can I freeze my membership, and for how much?")
    assert [n.specialist for n in plan.nodes] == ["docs"]
    plan = planner.plan(
        "Who pays staff expenses? entities from that. and can I freeze my membership?"
    )
    assert _shape(plan) == [("docs", []), ("entities", ["t1"]), ("docs", [])]


def test_plus_before_a_question_joins_requests_and_is_no_operator(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("whats the weekday of 1 jan 2030 plus what's 3 weeks after it")
    assert _shape(plan) == [("dates", []), ("dates", [])]  # a weekday is no date to move
    assert plan.nodes[1].input == "what's 3 weeks after 1 jan 2030"
    plan = planner.plan("what is 5 km in miles, plus 2")  # an operand: "plus" is the step
    assert _shape(plan) == [("units", []), ("math", ["t1"])]


def test_a_conversion_after_a_moved_date_converts_the_amount_it_moved_by(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("what date is 45 days after 2026-03-01 and how many hours is that")
    assert _shape(plan) == [("dates", []), ("units", [])]  # a date has no hours to convert
    assert plan.nodes[1].input == "how many hours is 45 days"
    plan = planner.plan("what date is 45 days after 2026-03-01 and what weekday is that")
    assert _shape(plan) == [("dates", []), ("dates", ["t1"])]  # the date itself, as before


def test_a_bracketed_number_inside_a_word_is_no_list_marker(planner: LearnedPlanner) -> None:
    plan = planner.plan("sqrt(81) then cube it")  # "81)" had cut the query as an item "1)"
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "sqrt(81)"),
        ("math", "cube {t1}"),
    ]


def test_the_same_sentence_after_a_quote_is_that_quote(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "Find people and organisations in: 'Tim Cook announced Apple's results in Cupertino.' "
        "Then tell me the sentiment of the same sentence."
    )
    assert _shape(plan) == [("entities", []), ("sentiment", [])]  # no docs search for it
    assert "'Tim Cook announced Apple's results in Cupertino.'" in plan.nodes[1].input


def test_a_holiday_with_its_year_is_a_date_of_the_request(planner: LearnedPlanner) -> None:
    # "christmas 2027" had not counted as a date, so the weekday question took the
    # conversion's result as its operand: "170.18 tell me what day of the week ...".
    plan = planner.plan("convert 5 foot 7 to cm and tell me what day of the week christmas 2027 is")
    assert _shape(plan) == [("units", []), ("dates", [])]
    assert plan.nodes[1].input == "tell me what day of the week christmas 2027 is"


def test_a_total_asked_of_listed_amounts_goes_with_them(planner: LearnedPlanner) -> None:
    # Dropped as asked again, it left the calculator "I paid 1200 for rent and 340 for food",
    # which it read as 1200 - 340.
    plan = planner.plan("I paid 1200 for rent and 340 for food, what's the total?")
    assert [n.input for n in plan.nodes] == [
        "I paid 1200 for rent and 340 for food, what's the total"
    ]
    plan = planner.plan("what is 5 plus 7? what's the result")
    assert [n.input for n in plan.nodes] == ["what is 5 plus 7"]


def test_a_connector_that_only_hands_the_result_on_is_no_task(planner: LearnedPlanner) -> None:
    # "Once you have that" had become a math task of its own: "Once you have {t1}".
    plan = planner.plan("How many kg is 11 stone? Once you have that, multiply by 2.2")
    assert _shape(plan) == [("units", []), ("math", ["t1"])]
    plan = planner.plan("convert 40 km/h to mph. using that, times 1.5")
    assert _shape(plan) == [("units", []), ("math", ["t1"])]


def test_a_topic_line_goes_with_the_question_after_it(planner: LearnedPlanner) -> None:
    planner.set_documents(
        {"club": "Members of the beekeeping club inspect the hives every seven days in May."}
    )
    try:
        plan = planner.plan("beekeeping club - how often are we meant to inspect the hives")
        assert [(n.specialist, n.input) for n in plan.nodes] == [
            ("docs", "beekeeping club - how often are we meant to inspect the hives")
        ]
    finally:
        planner.set_documents({})
    # Not about the documents: the line is dropped, the conversions stay.
    plan = planner.plan("for a cake recipe: 2 cups to ml, 180 C to F")
    assert [n.specialist for n in plan.nodes] == ["units", "units"]
    assert not plan.unsupported


def test_a_calculation_with_nothing_to_work_on_is_unsupported(planner: LearnedPlanner) -> None:
    # After a label there is no date: the forecast question had cited "positive".
    plan = planner.plan(
        "what's the sentiment of 'lovely day', and what's the forecast for Saturday"
    )
    assert [n.specialist for n in plan.nodes] == ["sentiment"]
    assert [u.text for u in plan.unsupported] == ["what's the forecast for Saturday"]
    assert "names no date" in plan.unsupported[0].reason
    # A "conversion" with no quantity and no unit is a question about the world.
    plan = planner.plan("convert 75 mph to knots and tell me the speed limit on German autobahns")
    assert [n.specialist for n in plan.nodes] == ["units"]
    assert "no unit" in plan.unsupported[0].reason
    # ... but a unit to convert the last result to is a step: "then in pounds".
    plan = planner.plan("convert 3 kg to grams, then in pounds")
    assert _shape(plan) == [("units", []), ("units", ["t1"])]


def test_a_stated_date_is_what_the_next_question_works_on(planner: LearnedPlanner) -> None:
    # "I was born on 1990-06-14" had been a dates task of its own, asking nothing.
    plan = planner.plan(
        "I was born on 1990-06-14. What weekday was that, and what date was I 10,000 days old?"
    )
    assert [n.specialist for n in plan.nodes] == ["dates", "dates"]
    assert all("1990-06-14" in n.input for n in plan.nodes)
    # "5 weeks back from there" is a calendar step, not a conversion.
    plan = planner.plan(
        "Take the date 2027-07-19, go forward 120 days, then 5 weeks back from there"
    )
    assert _shape(plan) == [("dates", []), ("dates", ["t1"])]


def test_a_conversion_of_a_result_is_written_plainly(planner: LearnedPlanner) -> None:
    # The units specialist had been given "{t2} {t2.unit} the weeks to hours" and "weeks
    # between {t3} {t3.unit}", and failed on both.
    plan = planner.plan(
        "how many days are there between 2027-05-05 and 2027-09-09? convert that to weeks "
        "and then the weeks to hours"
    )
    assert [n.input for n in plan.nodes[1:]] == [
        "convert {t1} {t1.unit} to weeks",
        "convert {t2} {t2.unit} to hours",
    ]
    plan = planner.plan("days between 15 March 2027 and 15 March 2028? weeks between them?")
    assert plan.nodes[-1].input == "convert {t1} {t1.unit} to weeks"


def test_a_shift_keeps_its_anchor_after_that(planner: LearnedPlanner) -> None:
    # "after that" had been cut off as a connector: "{t1} date 1 month" moved the date back.
    plan = planner.plan("date 1 month after 2027-01-31, date 1 month after that")
    assert plan.nodes[1].input == "date 1 month after {t1}"


def test_a_holiday_keeps_its_year_in_a_nested_step(planner: LearnedPlanner) -> None:
    plan = planner.plan("the weekday of 4 weeks before christmas 2027 (2027-12-25)")
    assert "christmas 2027" in plan.nodes[0].input


def test_a_question_asked_again_of_a_glossed_date(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "weekday of christmas eve 2029 (24 dec 2029) and new year's day 2030 (1 jan 2030)"
    )
    assert [n.input for n in plan.nodes] == [
        "weekday of christmas eve 2029 (24 dec 2029)",
        "weekday of new year's day 2030 (1 jan 2030)",
    ]
    # "days between A (gloss)" cut from "and B" is one question again.
    plan = planner.plan("Days between Christmas Day 2026 (2026-12-25) and 2027-04-01, plus 3 * 4")
    assert plan.nodes[0].input == "Days between Christmas Day 2026 (2026-12-25) and 2027-04-01"
    # "the original date" is the date as written, not the last result.
    plan = planner.plan(
        "Add 1 year to 2025-03-15, then 6 months to the result, "
        "and the weekday of the original date"
    )
    assert _shape(plan)[-1] == ("dates", []) and "2025-03-15" in plan.nodes[-1].input


def test_a_quoted_text_taken_back_for_another(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "in what language is 'Mən səni sevirəm'... no wait, I meant 'Я тебя люблю', "
        "and how much is 12.5% of 96"
    )
    assert [n.specialist for n in plan.nodes] == ["language", "math"]
    assert "'Я тебя люблю'" in plan.nodes[0].input and "sevirəm" not in plan.nodes[0].input
    assert not plan.unsupported


def test_a_date_a_request_describes_is_no_reference(planner: LearnedPlanner) -> None:
    # "the date" had been read as the previous result: "{t1} 45 days before 2 May 2027".
    plan = planner.plan("what's 3/8 + 5/12 as a decimal, and the date 45 days before 2 May 2027")
    assert _shape(plan) == [("math", []), ("dates", [])]


def test_that_headline_is_the_quoted_text(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        'entities in "Microsoft bought GitHub in June 2018", then what\'s 7.5 times 1000, '
        "and the sentiment of that headline"
    )
    assert _shape(plan) == [("entities", []), ("math", []), ("sentiment", [])]
    assert "Microsoft bought GitHub" in plan.nodes[2].input


def test_names_asked_of_a_text_are_entities(planner: LearnedPlanner) -> None:
    plan = planner.plan("the places mentioned in 'I flew from Oslo to Rome'")
    assert [n.specialist for n in plan.nodes] == ["entities"]
    # ... but not words inside the quote
    plan = planner.plan('Sentiment check please -> "the staff remembered our names from last year"')
    assert [n.specialist for n in plan.nodes] == ["sentiment"]


def test_a_product_of_two_amounts_is_arithmetic_whatever_its_nouns(
    planner: LearnedPlanner,
) -> None:
    # Out-of-scope by its nouns (euros, days), it had been refused.
    plan = planner.plan("what is 45 euros a day times 4 days?")
    assert [n.specialist for n in plan.nodes] == ["math"]
    plan = planner.plan("convert 45 euros to dollars")  # a conversion of money still is not
    assert plan.nodes == [] and "exchange rates" in plan.unsupported[0].reason


def test_listed_quantities_share_the_conversion_target(planner: LearnedPlanner) -> None:
    # Only the last had had a unit to convert to: "convert 5 km" failed.
    plan = planner.plan("convert 5 km, 10 km and 21.1 km to miles")
    assert [n.input for n in plan.nodes] == [
        "convert 5 km to miles",
        "10 km to miles",
        "21.1 km to miles",
    ]
    plan = planner.plan("need these converted: 5 km, 10 km, 21.1 km -- all to miles")
    assert len(plan.nodes) == 3 and all(n.input.endswith("to miles") for n in plan.nodes)
    assert all(not n.depends_on for n in plan.nodes)
    # separate requests keep their own words
    plan = planner.plan("how many seconds in a day, and 5 km to miles")
    assert plan.nodes[0].input == "how many seconds in a day"


def test_days_until_a_date_is_a_date_question(planner: LearnedPlanner) -> None:
    plan = planner.plan("how many days until christmas 2026 and what is that in weeks")
    assert _shape(plan) == [("dates", []), ("units", ["t1"])]  # the count had gone to units


def test_arithmetic_on_the_two_results_before(planner: LearnedPlanner) -> None:
    # "add them together" had added one result to nothing; "the difference between them" had
    # been dropped as filler.
    plan = planner.plan("what's 1 cup in ml, and 2 tbsp in ml, and add them together")
    assert _shape(plan)[-1] == ("math", ["t1", "t2"])
    plan = planner.plan("what's 1 mile in feet; 1 km in feet; the difference between them")
    assert plan.nodes[-1].specialist == "math"
    assert sorted(plan.nodes[-1].depends_on) == ["t1", "t2"]
    # Asked as a difference, so math takes the larger less the smaller; it had been "t2 - t1",
    # negative here (3280.8 - 5280).
    assert plan.nodes[-1].input == "the difference between {t1} and {t2}"


def test_that_difference_is_the_result_not_a_word_for_math_to_read(
    planner: LearnedPlanner,
) -> None:
    # "{t3} difference as a percentage of 920" had been read by math as a subtraction.
    plan = planner.plan(
        "what is 0.75 of 920 and what is 920 minus 18%, then the difference between those two, "
        "then that difference as a percentage of 920"
    )
    assert plan.nodes[-1].input == "{t3} as a percentage of 920"


def test_an_age_in_days_counts_from_the_date_given(planner: LearnedPlanner) -> None:
    plan = planner.plan("give me the weekday for my birthday 1995-08-21 and how many days old I am")
    assert [n.specialist for n in plan.nodes] == ["dates", "dates"]  # had been refused as units
    assert "1995-08-21" in plan.nodes[1].input


def test_a_year_said_for_the_dates_before_goes_with_them(planner: LearnedPlanner) -> None:
    # "both in 2027" had become a math task of its own.
    plan = planner.plan("How many days between my birthday (March 3) and Christmas, both in 2027?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("dates", "How many days between my birthday (March 3) and Christmas, both in 2027")
    ]


def test_a_listed_sum_is_one_calculation(planner: LearnedPlanner) -> None:
    # Cut between its items, it had become "the sum of 12, 15" and "18 divided by 3".
    plan = planner.plan("the sum of 12, 15 and 18 divided by 3")
    assert [n.input for n in plan.nodes] == ["the sum of 12, 15 and 18 divided by 3"]
    plan = planner.plan("what's 3^4, 4^3")  # two whole requests are still two
    assert len(plan.nodes) == 2


def test_a_conversion_or_date_step_on_a_quote_cites_its_quantity_or_date() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({
        "leaflet": "Cancellations. Please give us at least 48 hours of notice.",
        "notes": "Releases. Version 5.1 is expected on 2027-06-08.",
    })  # fmt: skip
    inputs = [
        n.input
        for query in (
            "How much notice does the dentist want for a cancellation? Convert that to days.",
            "when is version 5.1 expected, and what weekday is that",
            "when is version 5.1 expected? add 2 weeks to it",
        )
        for n in planner.plan(query).nodes[1:]
    ]
    assert inputs == [
        "convert {t1.quantity} to days",
        "what weekday is {t1.date}",
        "add 2 weeks to {t1.date}",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "if 5 pens cost 7.50, how much is one pen",
        "5 pens cost 7.50. how much does one pen cost?",
        "Tom has 12 apples and gives away 5, how many are left?",
        "a car uses 6 litres per 100 km. how many litres for 350 km",
        "I earn 2500 a month, how much is that in a year",
        "5 workers finish a job in 6 hours, how long would 3 workers take?",
        "12 pumps empty the tank in 5 hours; how long for 4 pumps?",
    ],
)
def test_a_word_problem_is_one_calculation(planner: LearnedPlanner, query: str) -> None:
    # Cut at its comma or full stop, the story had gone to math alone ("if 5 pens cost 7.50")
    # and its question been refused, or both been sent to units.
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("math", query.rstrip("?"))]
    assert plan.unsupported == []


def test_a_word_problem_beside_other_requests_stays_whole(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "If a book costs 12 dollars and I buy 3, what do I pay, and what weekday is 2027-03-01"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "If a book costs 12 dollars and I buy 3, what do I pay"),
        ("dates", "what weekday is 2027-03-01"),
    ]
    plan = planner.plan(
        "a train travels 180 km in 2 hours, what is its speed in km/h, and convert that to mph"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "a train travels 180 km in 2 hours, what is its speed in km/h"),
        ("units", "convert {t1} km/h to mph"),
    ]


def test_a_quantity_then_how_many_units_is_still_a_conversion(planner: LearnedPlanner) -> None:
    plan = planner.plan("A recipe needs 2.5 cups of flour. How many ml is that?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [("units", "How many ml is 2.5 cups")]


def test_a_count_of_days_converted_goes_to_units_with_its_unit(planner: LearnedPlanner) -> None:
    # Had been sent back to dates as "convert {t1} of days to hours", which it refused.
    plan = planner.plan(
        "days until 2027-01-01 from 2026-09-15 then convert that number of days to hours"
    )
    assert [n.specialist for n in plan.nodes] == ["dates", "units"]
    assert plan.nodes[1].input.startswith("convert {t1}") and "of days" not in plan.nodes[1].input
    plan = planner.plan("what's the date 30 days after 2026-01-01 then convert that to a weekday")
    assert [n.specialist for n in plan.nodes] == ["dates", "dates"]  # a weekday is the calendar's


def test_remind_me_what_the_documents_say_is_a_question(planner: LearnedPlanner) -> None:
    plan = planner.plan("remind me what the handbook says about performance reviews")
    assert [n.specialist for n in plan.nodes] == ["docs"]  # had been refused as an action
    plan = planner.plan("remind me to call mom at 5")
    assert plan.nodes == [] and "remind" in plan.unsupported[0].reason


def test_a_rate_asked_of_a_story_is_one_calculation(planner: LearnedPlanner) -> None:
    query = "a car travels 240 miles on 8 gallons. miles per gallon?"
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("math", query.rstrip("?"))]


@pytest.mark.parametrize(
    ("query", "conversion"),
    [
        (
            "A rectangle is 12 m by 8.5 m, what's the area, then convert to square feet",
            "convert {t1} square m to square feet",
        ),
        (
            "a box weighs 12 kg. what do 15 boxes weigh? and convert that to pounds",
            "convert {t1} kg to pounds",
        ),
        (
            "a train travels 180 km in 2 hours, what is its speed, and convert that to mph",
            "convert {t1} km/h to mph",
        ),
    ],
)
def test_a_word_problem_answer_is_converted_in_the_unit_it_implies(
    planner: LearnedPlanner, query: str, conversion: str
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["math", "units"]
    assert plan.nodes[1].input == conversion


def test_a_calculation_result_gets_no_unit_from_its_words(planner: LearnedPlanner) -> None:
    plan = planner.plan("what's 3,600 seconds times 7.5, then convert that many seconds into hours")
    assert plan.nodes[1].input == "convert {t1} seconds into hours"


def test_a_story_asked_at_its_end_is_one_calculation(planner: LearnedPlanner) -> None:
    query = (
        "if a pizza costs 18 dollars and we split it between 4 people how much does each person pay"
    )
    assert [(n.specialist, n.input) for n in planner.plan(query).nodes] == [("math", query)]


def test_a_rate_stays_whole_and_its_unit_carries_on(planner: LearnedPlanner) -> None:
    # "40 miles per gallon" had been cited as "40 miles", converted to km per liter.
    plan = planner.plan("my car does 40 miles per gallon, what is that in km per liter")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("units", "what is 40 miles per gallon in km per liter")
    ]
    plan = planner.plan(
        "a car travels 240 miles on 8 gallons. miles per gallon? then convert that to km per liter"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "a car travels 240 miles on 8 gallons. miles per gallon"),
        ("units", "convert {t1} miles per gallon to km per liter"),
    ]


def test_a_calculation_on_a_quote_cites_the_number_it_answers_with() -> None:
    # The whole quoted sentence had been written into "what date is <sentence> days after X".
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({
        "handbook": "Leave. Full-time employees receive 26 days of paid vacation per calendar "
        "year. Sick days must be reported to your manager by 9:30.",
    })  # fmt: skip
    plan = planner.plan(
        "how many vacation days do I get per the handbook and what date is that many days "
        "after 2026-07-01"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("docs", "how many vacation days do I get per the handbook"),
        ("dates", "what date is {t1.amount} days after 2026-07-01"),
    ]


@pytest.mark.parametrize(
    "query",
    [
        "i make 18.50 an hour, 37.5 hrs a week, how much is that weekly",  # a verbless amount
        "price went from 40 to 52, what's the percent increase",
        "bought 3 packs of eggs at 2.49 a pack and paid with a 20, change?",
        "a 60 liter tank fills at 4 liters a minute how long to fill it",  # asked at its end
        "4 of us splitting a dinner bill of 86.40 plus 15% tip how much each",
        "salary 52000 a year with 22% tax, whats the monthly take home",
    ],
)
def test_more_word_problems_are_one_calculation(planner: LearnedPlanner, query: str) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("math", query.rstrip("?"))]


def test_a_statement_then_a_date_question_is_not_a_word_problem(planner: LearnedPlanner) -> None:
    plan = planner.plan("I have 3 kids, how many days until 2026-12-25")
    assert [n.specialist for n in plan.nodes] == ["dates"]
    plan = planner.plan(
        "a 60 liter tank fills at 4 liters a minute how long to fill it, in seconds"
    )
    assert [(n.specialist, n.input) for n in plan.nodes][1] == (
        "units",
        "{t1} minutes in seconds",
    )


@pytest.mark.parametrize(
    ("query", "share", "conversion"),
    [
        # "a quarter of" had been dropped: "convert 3600 seconds to minutes" answered 60.
        ("a quarter of 3600 seconds then convert to minutes", "a quarter of 3600 seconds",
         "convert {t1} seconds to minutes"),
        ("half of 10 km then convert to miles", "half of 10 km", "convert {t1} km to miles"),
    ],
)  # fmt: skip
def test_a_share_of_a_quantity_is_worked_out_before_it_is_converted(
    planner: LearnedPlanner, query: str, share: str, conversion: str
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", share),
        ("units", conversion),
    ]


def test_an_earlier_result_in_another_currency_is_refused_whoever_gave_it() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"handbook": "Hotels may cost up to 160 euros per night."})
    plan = planner.plan("what's the max hotel cost per night, and what is that in US dollars")
    assert [n.specialist for n in plan.nodes] == ["docs"]  # had asked docs again
    assert "exchange rates" in plan.unsupported[0].reason
    plan = planner.plan("what is the hotel limit in euros")  # a question in the document's money
    assert [n.specialist for n in plan.nodes] == ["docs"] and plan.unsupported == []


@pytest.mark.parametrize(
    "query",
    [
        "find the date in 'Anna Schmidt flies to Lisbon on 14 March 2027' and tell me the weekday",
        "who's mentioned in 'Tim Cook met Olaf Scholz in Berlin on 3 May 2025' and what's the "
        "date 100 days after that meeting",
        "what's the sentiment of 'the launch on 2026-05-01 went great' and what weekday was it",
    ],
)
def test_a_calendar_question_after_a_text_reader_takes_the_date_of_its_text(
    planner: LearnedPlanner, query: str
) -> None:
    # The weekday had been asked of the documents, or of the entity list ("{t1}").
    plan = planner.plan(query)
    assert plan.nodes[-1].specialist == "dates" and plan.nodes[-1].depends_on == []
    assert any(d in plan.nodes[-1].input for d in ("14 March 2027", "3 May 2025", "2026-05-01"))


def test_a_bare_how_after_a_docs_question_asks_the_same_quote() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({
        "handbook": "Lost or stolen equipment must be reported to the IT helpdesk within 24 "
        "hours.",
    })  # fmt: skip
    plan = planner.plan("laptop got stolen on the train, who do i tell and how quickly")
    assert [n.specialist for n in plan.nodes] == ["docs"]  # "how quickly" had been refused
    assert plan.unsupported == []


@pytest.mark.parametrize(
    ("query", "question", "conversion"),
    [
        ("a train travels 180 km in 2 hours, what is its speed in mph",
         "a train travels 180 km in 2 hours, what is its speed", "convert {t1} km/h to mph"),
        ("train covers 180 miles in 2.5 hours whats the avg speed in km/h",
         "train covers 180 miles in 2.5 hours whats the avg speed", "convert {t1} mi/h to km/h"),
    ],
)  # fmt: skip
def test_a_speed_asked_in_another_unit_is_worked_out_then_converted(
    planner: LearnedPlanner, query: str, question: str, conversion: str
) -> None:
    # The calculator had answered 90 for "in mph" (km/h: it gives no units).
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", question),
        ("units", conversion),
    ]


@pytest.mark.parametrize(
    ("query", "tasks"),
    [
        # The minus sign had been trimmed as a dash: -40 °F came back as 4.44 °C.
        ("-40 farenheit in celcius?", [("units", "-40 fahrenheit in celsius")]),
        # A unit written on to its number ("500g") had been no quantity at all.
        ("how many oz in 500g", [("units", "how many oz in 500g")]),
        ("convert 180cm to feet", [("units", "convert 180cm to feet")]),
        (
            "howmany days btwn may 10 2026 and sept 15 2026",
            [("dates", "how many days between may 10 2026 and sept 15 2026")],
        ),
        ("wkday 2027-11-11", [("dates", "weekday 2027-11-11")]),
        ("3 wks after 2027-01-05", [("dates", "3 weeks after 2027-01-05")]),
    ],
)
def test_signs_glued_units_and_shorthand_are_read(
    planner: LearnedPlanner, query: str, tasks: list[tuple[str, str]]
) -> None:
    assert [(n.specialist, n.input) for n in planner.plan(query).nodes] == tasks


def test_shorthand_inside_a_quoted_text_is_left_as_written(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "what language is 'btwn us' and how many days btwn 2026-01-01 and 2026-02-01"
    )
    assert plan.nodes[0].input == "what language is 'btwn us'"


@pytest.mark.parametrize(
    ("query", "conversion"),
    [
        # "treat 360 as feet" had gone to math (1080); the others had been refused.
        ("Subtract 90 from 10% of 4500, treat the result as feet and give me meters",
         "convert {t1} feet to meters"),
        ("Square root of 1296 plus 14 - and if that's kilometres, what is it in miles?",
         "convert {t1} kilometres to miles"),
        ("7 x 8 x 9 - if that's pounds, how many kg", "convert {t1} pounds to kg"),
    ],
)  # fmt: skip
def test_a_result_given_a_unit_is_converted_from_it(
    planner: LearnedPlanner, query: str, conversion: str
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["math", "units"]
    assert plan.nodes[1].input == conversion and plan.nodes[1].depends_on == ["t1"]


def test_an_if_clause_without_a_unit_is_no_conversion(planner: LearnedPlanner) -> None:
    plan = planner.plan("what is 12 times 4, and if it is sunny what is the weather")
    assert [n.specialist for n in plan.nodes] == ["math"]


@pytest.mark.parametrize(
    ("query", "task"),
    [
        ("If rent is 1,150 a month, what's 12 times that", "what's 12 times 1,150"),
        ("if a ticket costs 12.50 each, what's 7 times that?", "what's 7 times 12.50"),
        ("say the bill comes to $84, split it between 4", "split 84 between 4"),
        ("assume the price is 40 euros; add 20% to it", "add 20% to 40"),
    ],
)
def test_a_supposed_amount_is_what_the_next_step_works_on(
    planner: LearnedPlanner, query: str, task: str
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [("math", task, [])]
    assert plan.unsupported == []


@pytest.mark.parametrize(
    "asked", ["What's the time in Sydney right now", "what timezone is Chicago in"]
)
def test_a_clock_time_or_time_zone_is_refused_with_its_reason(
    planner: LearnedPlanner, asked: str
) -> None:
    plan = planner.plan(f"{asked}? and what's 3 km in miles")
    assert [n.specialist for n in plan.nodes] == ["units"]
    assert [u.text for u in plan.unsupported] == [asked]
    assert "time of day or a time zone" in plan.unsupported[0].reason


def test_a_change_between_two_amounts_of_money_is_not_a_currency_conversion(
    planner: LearnedPlanner,
) -> None:
    query = "Salary went from $52,000 to $56,680. what's the percentage raise?"
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("math", query.rstrip("?"))]
    refused = planner.plan("convert $100 to euros")
    assert not refused.nodes and "exchange rates" in refused.unsupported[0].reason


@pytest.mark.parametrize(
    "query",
    [
        "hey, hope you're well! what weekday is 2029-05-31? no rush, thanks a lot",
        "if you don't mind, what weekday is 2029-05-31, many thanks in advance",
        "what weekday is 2029-05-31? cheers, take your time",
    ],
)
def test_pleasantries_ask_nothing(planner: LearnedPlanner, query: str) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["dates"]
    assert plan.unsupported == []


def test_where_to_look_after_a_docs_question_is_not_a_request(planner: LearnedPlanner) -> None:
    plan = planner.plan("what does the handbook say about pets? check the rules")
    assert [n.specialist for n in plan.nodes] == ["docs"]
    assert plan.unsupported == []


@pytest.mark.parametrize(
    ("query", "tasks"),
    [
        (
            "my baby weighs 4.2 kg, how much is that in pounds?",
            [("units", "how much is 4.2 kg in pounds", [])],
        ),
        (
            "take 240, subtract 15%, then add 8% tax",
            [("math", "240 minus 15%", []), ("math", "add 8% tax to {t1}", ["t1"])],
        ),
        (
            "Laptop is $899 with 20% off, then 8% sales tax on the discounted price. final price?",
            [
                ("math", "Laptop is $899 with 20% off", []),
                ("math", "{t1} 8% sales tax on the discounted price", ["t1"]),
            ],
        ),
        (
            'which language is this: "Ich habe keine Ahnung" and what about "Non lo so"',
            [
                ("language", 'which language is this: "Ich habe keine Ahnung"', []),
                ("language", '"Non lo so"', []),
            ],
        ),
        (
            "what weekday is 2027/02/14 and add 30 days to it",
            [
                ("dates", "what weekday is 2027/02/14", []),
                ("dates", "add 30 days to 2027/02/14", []),
            ],
        ),
        (
            "Sarah earns $22.50 an hour and works 38 hours, what's her weekly pay? then double it",
            [
                (
                    "math",
                    "Sarah earns $22.50 an hour and works 38 hours, what's her weekly pay",
                    [],
                ),
                ("math", "double {t1}", ["t1"]),
            ],
        ),
        (
            "a shirt costs 40 dollars, 25% off, what's the sale price? then add 8% sales tax",
            [
                ("math", "a shirt costs 40 dollars, 25% off", []),
                ("math", "add 8% sales tax to {t1}", ["t1"]),
            ],
        ),
    ],
)
def test_steps_on_a_stated_amount_and_follow_ups_in_chat(
    planner: LearnedPlanner, query: str, tasks: list[tuple[str, str, list[str]]]
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == tasks
    assert plan.unsupported == []


@pytest.mark.parametrize(
    "query",
    [
        "Dinner bill was $186.40, we want to tip 18% and split it between 4 people. how much "
        "does each person pay?",
        "my electricity bill was $84 in jan, $97 in feb and $112 in march. whats the average?",
        "If I drive 342 miles in 5.5 hours what's my average speed?",
    ],
)
def test_a_story_told_with_is_or_was_is_one_word_problem(
    planner: LearnedPlanner, query: str
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("math", query.rstrip("?"))]


def test_a_single_quantity_asked_in_other_units_stays_a_conversion(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("Marathon distance is 42.195 km. How far is that in miles?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("units", "How far is 42.195 km in miles")
    ]


@pytest.mark.parametrize(
    ("query", "conversion"),
    [
        ("i ran 5 laps of a 400 m track, how far is that in km?", "convert {t1} m to km"),
        (
            "a room is 12 ft by 15 ft. what is the area in square meters?",
            "convert {t1} square ft to square meters",
        ),
        ("a box weighs 12 kg. what do 15 boxes weigh in pounds", "convert {t1} kg to pounds"),
    ],
)
def test_a_word_problem_asked_in_another_unit_is_worked_out_then_converted(
    planner: LearnedPlanner, query: str, conversion: str
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("math", []), ("units", ["t1"])]
    assert plan.nodes[1].input == conversion


def test_a_story_asked_per_period_is_not_a_unit_conversion(planner: LearnedPlanner) -> None:
    plan = planner.plan("I earn 2500 a month, how much is that in a year")
    assert [n.specialist for n in plan.nodes] == ["math"]


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        (
            "days between 2026-02-01 and 2026-09-15, and what day of the week is the second date?",
            ["what day of the week is 2026-09-15"],
        ),
        (
            "How many days between Feb 14, 2027 and Feb 14, 2028? and what weekday is each of "
            "those",
            ["what weekday is Feb 14, 2027", "what weekday is Feb 14, 2028"],
        ),
    ],
)
def test_the_dates_a_count_was_asked_between_named_again(
    planner: LearnedPlanner, query: str, asked: list[str]
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["dates"] * (1 + len(asked))
    assert [(n.input, n.depends_on) for n in plan.nodes[1:]] == [(a, []) for a in asked]


def test_a_unit_defined_in_brackets_is_not_a_request(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 3500 MB to GB (1 GB = 1000 MB), then divide by 4")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("units", "convert 3500 MB to GB", []),
        ("math", "divide {t1} by 4", ["t1"]),
    ]
    assert plan.unsupported == []


def test_amounts_stated_first_and_written_out_again_in_the_request_are_context(
    planner: LearnedPlanner,
) -> None:
    """The statement is what the user read somewhere; the request repeats its numbers. Joined
    as a word problem, the money conversion after it used to refuse the whole query."""
    plan = planner.plan(
        "The gym charges 4.50 a visit and 2.25 for a towel. Whats 4.50 times 8 plus 2.25 "
        "times 3, and what is that in euros"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "Whats 4.50 times 8 plus 2.25 times 3")
    ]
    assert [u.text for u in plan.unsupported] == ["what is that in euros"]


def test_a_request_no_specialist_serves_is_not_context_for_the_one_after_it(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("Set a reminder to pay the 40 deposit. Also what is 40 times 3?")
    assert [n.specialist for n in plan.nodes] == ["math"]
    assert [u.text for u in plan.unsupported] == ["Set a reminder to pay the 40 deposit"]


def test_amounts_at_a_price_are_one_sum_and_a_bare_total_asks_for_it(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("4 kg of apples at 1.50 a kg plus 2 kg of pears at 1.80 a kg, total?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "4 kg of apples at 1.50 a kg plus 2 kg of pears at 1.80 a kg, total")
    ]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        (
            "ok last one lol - 2 kg of rice at 1.10 a kg plus 3 kg of beans at 2.40 a kg, "
            "total? then convert 5 kg to pounds",
            "2 kg of rice at 1.10 a kg plus 3 kg of beans at 2.40 a kg, total",
        ),
        ("hey so um: convert 5 kg to pounds", "convert 5 kg to pounds"),
        ("one - two", "one - two"),  # a number word is not a lead-in
    ],
)
def test_a_chatty_lead_in_before_a_dash_is_dropped(
    planner: LearnedPlanner, query: str, first: str
) -> None:
    assert planner.plan(query).nodes[0].input == first


@pytest.mark.parametrize(
    ("query", "node_input"),
    [
        ("my cycling pace is 24 km/h, what is that in mph", "what is 24 km/h in mph"),
        ("I'm 5 ft 7 in, what's that in cm", "what's 5 ft 7 in in cm"),
    ],
)
def test_a_stated_rate_or_two_unit_quantity_is_what_that_converts(
    planner: LearnedPlanner, query: str, node_input: str
) -> None:
    """ "km/h" is a rate, not a division missing an operand; "5 ft 7 in" is one quantity."""
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("units", node_input)]


def test_a_dated_request_cut_from_a_docs_span_goes_to_dates() -> None:
    """The segmenter kept a story, a docs question and a weekday question as one span; the
    pieces cut from it were all sent to docs."""
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({
        "marina_rules": "Riverside Marina: berth holder rules\nBarbecues are allowed on the "
        "pontoons only after 6 pm.\nVisitors must sign in at the harbour office.",
    })  # fmt: skip
    plan = planner.plan(
        "so last week the harbour master told me off for my barbecue?? when am i actually "
        "allowed one, and what weekday is 4 September 2027"
    )
    assert plan.nodes[-1].specialist == "dates"
    assert plan.nodes[-1].input == "what weekday is 4 September 2027"


@pytest.mark.parametrize(
    ("query", "node_input"),
    [
        ("convert 50 mph to km/h - sorry, 65 mph", "convert 65 mph to km/h"),
        ("whats 12% of 400 i mean 12% of 4,000", "whats 12% of 4,000"),
        ("what weekday is 5 June 2027... wait no, 5 August 2027", "what weekday is 5 August 2027"),
        ("convert 80 km to miles, nah actually make it 90 km", "convert 90 km to miles"),
    ],
)
def test_a_value_said_again_corrected_replaces_the_first(
    planner: LearnedPlanner, query: str, node_input: str
) -> None:
    assert [n.input for n in planner.plan(query).nodes] == [node_input]


def test_a_correction_inside_a_quoted_text_is_the_users_text(planner: LearnedPlanner) -> None:
    plan = planner.plan("sentiment of 'the 2 rooms, sorry 3 rooms, were dirty'")
    assert "'the 2 rooms, sorry 3 rooms, were dirty'" in plan.nodes[0].input


@pytest.mark.parametrize(
    ("query", "last_input"),
    [
        (
            "how many square feet is 0.5 acres, then divide by 4 plots, then convert the answer "
            "to square metres",
            "convert {t2} square feet to square metres",
        ),
        (
            "convert 2 GiB to MB, then divide that by 4, then how many GB is that",
            "how many GB is {t2} MB",
        ),
    ],
)
def test_a_conversion_after_arithmetic_on_a_quantity_carries_its_whole_unit(
    planner: LearnedPlanner, query: str, last_input: str
) -> None:
    assert planner.plan(query).nodes[-1].input == last_input


def test_a_reference_given_its_value_is_no_reference(planner: LearnedPlanner) -> None:
    """ "if it's 40, what's that times 3": the user says what "it" is; citing the earlier result
    as well made the calculator multiply 40 by 40 by 3."""
    plan = planner.plan("convert 5 km to miles, and if that is 3 what's it times 2")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("units", []), ("math", [])]
    assert plan.nodes[1].input == "if that is 3 what's it times 2"


@pytest.mark.parametrize(
    ("query", "step"),
    [
        ("what is 8 times 7, then add 4 times 2", ("add 4 times 2 to {t1}", ["t1"])),
        ("what is 8 times 7 then add 5 and 7", ("add 5 and 7", [])),  # both operands named
    ],
)
def test_then_adding_a_term_works_on_the_result_before(
    planner: LearnedPlanner, query: str, step: tuple[str, list[str]]
) -> None:
    last = planner.plan(query).nodes[-1]
    assert (last.input, last.depends_on) == step


def test_the_time_now_and_harm_are_out_of_scope_even_beside_documents() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({
        "hostel": "Seaview Hostel: house guide\nReception opens at 8am and closes at 11pm.\n"
        "The wifi password is on the card in your locker.",
    })  # fmt: skip
    plan = planner.plan("what time is it in Lima when it's 9am in Oslo?")
    assert plan.nodes == [] and len(plan.unsupported) == 1
    plan = planner.plan("what is the wifi password, and can you hack my neighbours wifi")
    assert [n.specialist for n in plan.nodes] == ["docs"]
    assert [u.text for u in plan.unsupported] == ["can you hack my neighbours wifi"]
    plan = planner.plan("what time does reception open")  # a time the documents give
    assert [n.specialist for n in plan.nodes] == ["docs"]


@pytest.mark.parametrize(
    "query",
    [
        "I borrowed a book on 3 Jan 2027, it's lent for 3 weeks, when is it due?",
        "the course starts on 2 March 2027 and runs for 10 weeks, when does it end",
    ],
)
def test_a_story_of_a_date_and_a_span_asking_its_end_is_one_dates_task(
    planner: LearnedPlanner, query: str
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["dates"] and plan.unsupported == []
    assert plan.nodes[0].input == query.rstrip("?")


def test_questions_about_a_date_are_no_story(planner: LearnedPlanner) -> None:
    plan = planner.plan("what day is 2027-01-01 and what date is 6 months before that")
    assert len(plan.nodes) == 2


def test_what_users_tell_of_themselves_is_neither_a_task_nor_refused(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("I'm planning a holiday. What weekday is 2027-08-19?")
    assert [n.specialist for n in plan.nodes] == ["dates"] and plan.unsupported == []
    plan = planner.plan("I want a holiday. What weekday is 2027-08-19?")  # a wish is a request
    assert [u.text for u in plan.unsupported] == ["I want a holiday"]


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("language of 'ciao' — scratch that, language of 'obrigado'", ["language of 'obrigado'"]),
        ("what is 5 times 3 - forget that - what is 6 times 3", ["what is 6 times 3"]),
        ("what is 5 times 3, no wait skip that, what is 2 plus 2", ["what is 2 plus 2"]),
        ("sentiment of 'forget it'", ["sentiment of 'forget it'"]),  # the user's text
    ],
)
def test_a_request_taken_back_after_it_is_dropped(
    planner: LearnedPlanner, query: str, kept: list[str]
) -> None:
    assert [n.input for n in planner.plan(query).nodes] == kept


def test_an_age_from_two_years_is_one_calculation_and_a_birth_date_stays_dates(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("if I was born in 1990, how old will I be in 2040")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "if I was born in 1990, how old will I be in 2040")
    ]
    plan = planner.plan("I was born on 1990-06-14, how many days old am I")
    assert [n.specialist for n in plan.nodes] == ["dates"]


def test_a_correction_restating_two_dates_replaces_both(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "days between 1 June 2027 and 1 September 2027... scratch that, 1 June 2027 and "
        "1 October 2027"
    )
    assert [n.input for n in plan.nodes] == ["days between 1 June 2027 and 1 October 2027"]


def test_sentiment_labels_listed_with_commas_are_one_question(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "Tell me if this review is positive, negative or neutral: 'The bus now leaves at 9.'"
    )
    assert [n.specialist for n in plan.nodes] == ["sentiment"]
    assert "'The bus now leaves at 9.'" in plan.nodes[0].input


def test_what_do_i_set_it_to_asks_the_conversion_just_given(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "the recipe says 200C but my oven only does fahrenheit, what do i set it to"
    )
    assert [n.specialist for n in plan.nodes] == ["units"] and plan.unsupported == []


@pytest.mark.parametrize(
    "query",
    [
        "how many nights were we away? we left on 3 June 2026 and came home on 17 June 2026",
        "Moved in on 1 March 2025, moved out 30 November 2026. how long did I live there",
        "how many days until the exam, it's on 12 January 2027 and today is 20 November 2026",
    ],
)
def test_a_count_of_days_told_its_two_dates_around_it_is_one_dates_task(
    planner: LearnedPlanner, query: str
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["dates"] and plan.unsupported == []
    assert plan.nodes[0].input == query.rstrip("?")


def test_a_date_request_beside_a_count_is_not_told_as_a_story(planner: LearnedPlanner) -> None:
    plan = planner.plan("what date is 3 weeks after 2029-01-15? and how many days to 2029-03-01")
    assert [n.specialist for n in plan.nodes][:1] == ["dates"] and len(plan.nodes) == 2


STUDIO = {
    "studio": "Riverside Pottery Studio. Wheel classes run on Tuesday and Thursday evenings. A "
    "taster session costs 35 and lasts two hours. The studio is closed on bank holidays.",
    "clinic": "Greenway Physio Clinic. A first assessment lasts 45 minutes. Follow-up sessions "
    "cost 48.",
}


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        (
            "my taster session at the pottery studio is on 9 April 2027. what day is that?",
            "what day is 9 April 2027",
        ),
        (
            "booked my first physio assessment at Greenway for 16 March 2027, which weekday is "
            "that",
            "which weekday is 16 March 2027",
        ),
    ],
)
def test_a_date_told_in_a_statement_is_what_what_day_is_that_asks(
    planner: LearnedPlanner, query: str, asked: str
) -> None:
    # Beside documents about the same things, the statement had been read as a docs question.
    planner.set_documents(STUDIO)
    try:
        plan = planner.plan(query)
    finally:
        planner.set_documents({})
    assert [(n.specialist, n.input) for n in plan.nodes] == [("dates", asked)]


def test_setting_a_reminder_is_a_request_not_a_date_told(planner: LearnedPlanner) -> None:
    plan = planner.plan("set an alarm for 2026-05-05 and tell me what weekday that is")
    assert [u.text for u in plan.unsupported] == ["set an alarm for 2026-05-05"]


def test_two_lengths_then_the_area_asked_are_one_product(planner: LearnedPlanner) -> None:
    plan = planner.plan("The patio is 6 m by 2.5 m. How big is the area? And what's that in sq ft")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("math", []), ("units", ["t1"])]
    assert plan.nodes[0].input == "The patio is 6 m by 2.5 m. How big is the area"
    assert "square m" in plan.nodes[1].input and plan.unsupported == []


def test_the_area_asked_in_its_own_unit_is_the_product(planner: LearnedPlanner) -> None:
    plan = planner.plan("hall is 4.2 m by 1.5 m. area in m², then in square feet")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("math", []), ("units", ["t1"])]
    assert plan.nodes[0].input == "hall is 4.2 m by 1.5 m. area in m²"
    assert planner.plan("a 5 m by 3 m patio, area in m2").nodes[0].specialist == "math"


def test_a_speed_asked_by_its_noun_is_one_word_problem(planner: LearnedPlanner) -> None:
    plan = planner.plan("cycled 36 km in 1.5 hours. average speed?")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "cycled 36 km in 1.5 hours. average speed")
    ]
    # km and minutes give km/min, which the units specialist converts to the speed asked
    plan = planner.plan("walked 12 km in 150 minutes. speed in km/h?")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("math", []), ("units", ["t1"])]
    assert plan.nodes[1].input == "convert {t1} km/min to km/h"


def test_that_is_contracted_cites_the_value_and_keeps_the_verb(planner: LearnedPlanner) -> None:
    plan = planner.plan("what is 2^16, and if that's a number of bytes how many KiB is it")
    assert plan.nodes[1].input == "if {t1} is a number of bytes how many KiB is it"


def test_a_request_for_help_in_general_is_not_a_task(planner: LearnedPlanner) -> None:
    plan = planner.plan("Hello! Could you help me with a few sums please? 12% of 80, and 7 squared")
    assert [n.specialist for n in plan.nodes] == ["math", "math"] and plan.unsupported == []


def test_texts_listed_one_a_line_under_an_of_each_request(planner: LearnedPlanner) -> None:
    plan = planner.plan("language of each of these:\n1. 'Hola amigo'\n2. 'Bonjour mon ami'")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("language", "'Hola amigo'"),
        ("language", "'Bonjour mon ami'"),
    ]
    assert plan.unsupported == []


def test_sms_and_and_how_are_read_between_requests(planner: LearnedPlanner) -> None:
    plan = planner.plan("hw many km is 13.1 mi n wat day is 2027-10-17 thx")
    assert [n.specialist for n in plan.nodes] == ["units", "dates"]
    assert rules.spelt_out("n what is 5 times 3") == "n what is 5 times 3"  # no word before


def test_a_told_today_is_what_from_now_counts_from(planner: LearnedPlanner) -> None:
    plan = planner.plan("It's 2027-10-10 today. What's the date 45 days from now")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("dates", "What's the date 45 days after 2027-10-10")
    ]
    assert rules.today_told("today is 2027-10-10, what's 5 times 3") == (
        "today is 2027-10-10, what's 5 times 3"
    )  # nothing counts from it: the statement stays


def test_a_number_word_with_no_arithmetic_is_not_a_sum(planner: LearnedPlanner) -> None:
    plan = planner.plan("Explain photosynthesis like I'm five.")
    assert plan.nodes == [] and len(plan.unsupported) == 1
    assert [n.specialist for n in planner.plan("what's a third of nine hundred").nodes] == ["math"]


def test_a_unit_asked_alone_after_a_docs_question_converts_its_quantity() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"guide": "Swimming. The pool below the waterfall is 3 metres deep."})
    plan = planner.plan("how deep is the pool at the campsite? in feet please, I think in feet")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("docs", "how deep is the pool at the campsite", []),
        ("units", "convert {t1.quantity} to feet", ["t1"]),
    ]
    assert plan.unsupported == []


def test_a_span_from_a_date_then_when_it_ends_is_one_shift(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "the lease runs for 18 months starting 31 August 2026, so it ends on what date"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("dates", [])]


def test_percent_wise_asks_the_share_as_a_percentage(planner: LearnedPlanner) -> None:
    plan = planner.plan("percent-wise, how good is 57 out of 76 on a test")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("math", "how good is 57 out of 76 on a test as a percentage")
    ]
    assert plan.unsupported == []


def test_a_birthday_counts_from_the_birth_not_the_last_result(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "baby was born 2026-12-30, when is she a hundred days old, and when is her 6 month birthday"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("dates", []), ("dates", [])]
    assert all("2026-12-30" in n.input for n in plan.nodes)


def test_a_date_in_the_step_is_what_its_that_names_after_a_docs_question() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({
        "loom": "Leaving The Loom. We ask for one full calendar month's notice in writing to end "
        "your membership."
    })  # fmt: skip
    plan = planner.plan(
        "I'm leaving the Loom - how much notice do I need to give, and if I hand it in on "
        "17 March 2027 what's the date 1 month after that"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("docs", []), ("dates", [])]
    assert plan.nodes[1].input.endswith("1 month after 17 March 2027")


def test_the_result_named_by_its_unit_is_cited(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "20 kg to lb; then 15% of that; then subtract that 15% from the pound figure"
    )
    assert [(n.input, n.depends_on) for n in plan.nodes[1:]] == [
        ("15% of {t1}", ["t1"]),
        ("subtract {t2} from {t1}", ["t2", "t1"]),
    ]
    plan = planner.plan("what's 1,500 kcal in kJ and 250 g in oz, then the oz figure times 4")
    assert plan.nodes[2].input == "{t2} times 4"  # cited once, though also the step's operand


def test_the_total_with_a_share_added_on_is_the_whole_plus_it(planner: LearnedPlanner) -> None:
    plan = planner.plan("whats 15% of 86.40 and then the total with that added on")
    assert plan.nodes[1].input == "86.40 plus {t1}"


def test_a_share_converted_keeps_the_unit_of_what_was_shared(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "recipe wants 2.5 lb of flour, how many grams is that, and then split it evenly across 3 "
        "loaves, and give me each share in ounces too"
    )
    assert plan.nodes[2].input == "{t2} grams give me each share in ounces too"


def test_two_told_quantities_converted_both(planner: LearnedPlanner) -> None:
    plan = planner.plan("overnight it went from 14 °F to 41 °F. convert both to celsius for me")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("units", []), ("units", [])]
    assert [n.input.split()[-1] for n in plan.nodes] == ["celsius", "celsius"]
    assert rules.both_converted("what is 5 plus 3, then convert them to hex") == (
        "what is 5 plus 3, then convert them to hex"
    )  # no two quantities told
    assert rules.both_converted("Hi. It went from 14.5 °F to 41 °F, convert them to celsius") == (
        "Hi. convert 14.5 °F and 41 °F to celsius"
    )  # the sentence before the request, whose point in 14.5 ends none


def test_a_letters_salutation_is_no_question_of_the_documents() -> None:
    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents({"leaflet": "Millbrook Dental. A scale and polish costs 78 pounds."})
    plan = planner.plan(
        "Dear Millbrook Dental,\nhow much does a scale and polish cost?\nRegards,\nChinedu Okoro"
    )
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("docs", "how much does a scale and polish cost")
    ]
    assert plan.unsupported == []


def test_a_letters_sign_off_is_neither_a_task_nor_text_to_read(planner: LearnedPlanner) -> None:
    plan = planner.plan("Dear team,\nhow many miles is 42 km?\n\nBest wishes,\nMarta Kowalska")
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("units", "how many miles is 42 km")
    ] and plan.unsupported == []


def test_a_target_unit_after_comes_to_is_the_unit_not_in(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 3 km to miles and tell me what that comes to in yards")
    assert plan.nodes[-1].input == "convert {t1} {t1.unit} to yards"


@pytest.mark.parametrize(
    ("query", "last"),
    [
        ("convert 2 miles to km, 30 kg to lb and then halve the first one", ("halve {t1}", ["t1"])),
        (
            "what is 15 times 6 and 144 divided by 12, then take the first result from the second",
            ("take {t1} from {t2}", ["t1", "t2"]),
        ),
        ("convert 8 km to miles and 3 l to pints, then triple the second answer",
         ("triple {t2}", ["t2"])),
    ],
)  # fmt: skip
def test_results_named_by_their_position_are_cited(
    planner: LearnedPlanner, query: str, last: tuple[str, list[str]]
) -> None:
    node = planner.plan(query).nodes[-1]
    assert (node.input, node.depends_on) == last


def test_the_second_one_of_two_texts_is_not_a_result(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "what language is 'Guten Tag' and 'Buongiorno', and the sentiment of the second one"
    )
    assert "{t2}" not in plan.nodes[-1].input


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        ("the pump gauge on my bike reads 65 psi, what is that in bar?", "what is 65 psi in bar"),
        ("the sticker on the boiler says 1.5 bar, what's that in psi", "what's 1.5 bar in psi"),
    ],
)
def test_a_quantity_told_is_what_whats_that_in_converts(
    planner: LearnedPlanner, query: str, asked: str
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [("units", asked)]
    assert plan.unsupported == []


def test_a_chatty_clause_that_states_a_quantity_is_not_filler(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "hey so um my recipe says 200 celsius and my oven only does fahrenheit, what do i set it to"
    )
    assert [n.specialist for n in plan.nodes] == ["units"] and plan.unsupported == []
    assert plan.nodes[0].input.startswith("convert 200 celsius to")


def test_a_count_of_things_is_no_quantity_to_convert(planner: LearnedPlanner) -> None:
    plan = planner.plan("got 3 questions lol: what's 12% of 50, and 9 km in miles")
    assert [n.specialist for n in plan.nodes] == ["math", "units"]


def test_names_in_the_users_documents_are_not_corrected(planner: LearnedPlanner) -> None:
    # "loom" is one letter from the key word "look"; in these documents it is a name.
    planner.set_documents({"loom": "The Loom is a weaving studio. The Loom opens at 9 am."})
    try:
        plan = planner.plan("when does the loom open on saturdays?")
    finally:
        planner.set_documents({})
    assert [(n.specialist, n.input) for n in plan.nodes] == [
        ("docs", "when does the loom open on saturdays")
    ]
    assert planner.speller.word("loom") == "look"  # documents removed: forgotten again


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        (
            "what language is 'Dzień dobry' — oops, wrong one, it's 'God dag alle sammen'",
            ("language", "what language is 'God dag alle sammen'"),
        ),
        (
            "sentiment of 'the soup was cold' - sorry wrong review, this one: 'staff were lovely'",
            ("sentiment", "sentiment of 'staff were lovely'"),
        ),
    ],
)
def test_a_quote_replaced_as_the_wrong_one_is_dropped(
    planner: LearnedPlanner, query: str, asked: tuple[str, str]
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.input) for n in plan.nodes] == [asked] and plan.unsupported == []


def test_a_quantity_corrected_to_another_unit_of_its_kind_replaces_it(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("how many ml is 2 cups, no sorry make that 2 pints")
    assert [(n.specialist, n.input) for n in plan.nodes] == [("units", "how many ml is 2 pints")]


def test_a_quantity_told_mid_query_is_what_the_next_request_converts(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan(
        "Hi, I am from Chile. I have 1.72 meters of height, how many inches is it? And my "
        "weight 70 kilos, how much in stone please?"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("units", []), ("units", [])]
    assert "70 kilos" in plan.nodes[1].input and "stone" in plan.nodes[1].input


def test_another_unit_said_alone_converts_the_same_quantity(planner: LearnedPlanner) -> None:
    plan = planner.plan("what is 3 litres in pints, and in cups")
    assert [(n.input, n.depends_on) for n in plan.nodes][1:] == [("convert 3 litres to cups", [])]


def test_then_in_another_unit_converts_the_result(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 5 km to miles, then in feet")
    assert plan.nodes[1].depends_on == ["t1"]


def test_a_slip_of_a_word_of_the_users_documents_is_fixed(planner: LearnedPlanner) -> None:
    planner.set_documents({"sky": "Starfield Observatory. The observatory opens at dusk."})
    try:
        plan = planner.plan("when does the obsevatory open? and is the allotment near it")
    finally:
        planner.set_documents({})
    inputs = [n.input for n in plan.nodes] + [u.text for u in plan.unsupported]
    assert "when does the observatory open" in inputs
    assert "is the allotment near it" in inputs  # no such word: left as written


def test_an_age_asked_in_months_converts_its_years(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "my son is 12 and my dad is 5 times his age. how old is dad, and how many weeks is that"
    )
    assert [(n.specialist, n.input) for n in plan.nodes][1:] == [
        ("units", "convert {t1} years to weeks")
    ]


def test_texting_shorthand_for_question_words_is_written_out(planner: LearnedPlanner) -> None:
    plan = planner.plan("wat day is 3 weeks after 2027-02-10")
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("dates", []), ("dates", ["t1"])]
    assert rules.spelt_out("wat een mooie dag - which language?").startswith("wat een")


@pytest.mark.parametrize(
    ("query", "last"),
    [
        ("how many hours is 3 days, and how many 8 hour shifts is that", "{t1} divided by 8"),
        ("convert 2 kg to grams; how many 250 g bags is that?", "{t1} divided by 250"),
    ],
)
def test_containers_of_a_size_counted_of_a_result_divide_it(
    planner: LearnedPlanner, query: str, last: str
) -> None:
    node = planner.plan(query).nodes[-1]
    assert (node.specialist, node.input, node.depends_on) == ("math", last, ["t1"])


def test_a_conversion_asked_with_equals_and_a_question_mark(planner: LearnedPlanner) -> None:
    plan = planner.plan("3 TB = ? GB. thanks")
    assert [(n.specialist, n.input) for n in plan.nodes] == [("units", "3 TB in GB")]


def test_a_price_per_unit_asked_of_a_result_multiplies_it(planner: LearnedPlanner) -> None:
    plan = planner.plan("convert 20 gallons to litres, at 1.65 per litre how much does that cost")
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes][1:] == [
        ("math", "{t1} times 1.65", ["t1"])
    ]


@pytest.mark.parametrize(
    ("query", "last"),
    [
        ("convert 40 C to F, and how far above 100 is it", "{t1} minus 100"),
        ("my case is 30 kg, what is it in lb, and how much under the 70 lb limit is that",
         "70 minus {t1}"),
    ],
)  # fmt: skip
def test_how_far_a_result_is_from_a_number_subtracts(
    planner: LearnedPlanner, query: str, last: str
) -> None:
    node = planner.plan(query).nodes[-1]
    assert (node.specialist, node.input, node.depends_on) == ("math", last, ["t1"])


def test_pulling_names_out_after_a_docs_question_reads_its_answer(
    planner: LearnedPlanner,
) -> None:
    planner.set_documents({"club": "Riverside Rowing Club. Coaching is led by Dana Okafor."})
    try:
        plan = planner.plan("who leads the coaching at the rowing club? pull the name out")
    finally:
        planner.set_documents({})
    assert [(n.specialist, n.input, n.depends_on) for n in plan.nodes] == [
        ("docs", "who leads the coaching at the rowing club", []),
        ("entities", "entities in {t1}", ["t1"]),
    ]


@pytest.mark.parametrize(
    "request_",
    [
        "sign me up for the spring course",
        "cancel my booking for next tuesday",
        "ring the vet for me",
        "tell the landlord I'm away in June",
    ],
)
def test_asking_hive_to_act_for_you_is_refused(planner: LearnedPlanner, request_: str) -> None:
    plan = planner.plan(f"{request_}, and what's 15% of 80")
    assert [u.text for u in plan.unsupported] == [request_]
    assert [n.specialist for n in plan.nodes] == ["math"]


def test_calling_a_text_something_is_no_phone_call(planner: LearnedPlanner) -> None:
    plan = planner.plan("would you call 'the meal was fine I guess' positive or negative")
    assert [n.specialist for n in plan.nodes] == ["sentiment"]


@pytest.mark.parametrize(
    ("query", "asked"),
    [
        ("we moved in on 3 June 2024 and out on 9 August 2026. how many days was that, and in "
         "weeks? and what weekday did we move out", "what weekday is 9 August 2026"),
        ("she started on 2 February 2026 and left on 30 October 2026. how many days did she "
         "work there, in weeks? which weekday did she start", "what weekday is 2 February 2026"),
    ],
)  # fmt: skip
def test_a_weekday_after_a_count_of_days_asks_one_of_its_dates(
    planner: LearnedPlanner, query: str, asked: str
) -> None:
    node = planner.plan(query).nodes[-1]
    assert (node.specialist, node.input, node.depends_on) == ("dates", asked, [])


def test_a_stay_of_nights_and_its_end_date_asked_is_one_dates_task(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan(
        "checking in 2027-08-03 and staying 9 nights. checkout date? what day of the week is that?"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("dates", []), ("dates", ["t1"])]
    assert plan.nodes[0].input == "checking in 2027-08-03 and staying 9 nights. checkout date"


def test_an_operation_said_again_with_another_number_corrects_it(planner: LearnedPlanner) -> None:
    plan = planner.plan("what's 900 divided by 4, i mean divided by 3")
    assert [(n.specialist, n.input) for n in plan.nodes] == [("math", "what's 900 divided by 3")]


def test_a_text_pasted_before_a_dash_is_what_each_question_reads(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan("Saya suka makan nasi goreng - which language? also the sentiment")
    assert [n.specialist for n in plan.nodes] == ["language", "sentiment"]
    assert all("'Saya suka makan nasi goreng'" in n.input for n in plan.nodes)
    assert not any(n.depends_on for n in plan.nodes)


def test_a_numbered_list_or_a_lead_in_before_a_dash_is_not_a_text(
    planner: LearnedPlanner,
) -> None:
    assert rules.text_quoted("quick one - what language is 'Hej'") == (
        "quick one - what language is 'Hej'"
    )
    listed = "1) Ce fichier est vide — which language? 2) Das ist gut — which language?"
    assert rules.text_quoted(listed) == listed


@pytest.mark.parametrize(
    ("query", "specialist"),
    [
        ("c'est positif ou négatif ? « Franchement, le service était lent et le plat froid. »",
         "sentiment"),
        ("Welche Namen und Orte stehen in diesem Satz? «Angela Merkel hielt 2019 eine Rede an der "
         "Harvard University in Cambridge.»", "entities"),
        ("'Ik heb vandaag een nieuwe fiets gekocht' - welke taal is dit?", "language"),
    ],
)  # fmt: skip
def test_a_text_task_asked_in_another_language_is_asked(
    planner: LearnedPlanner, query: str, specialist: str
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == [specialist] and not plan.unsupported
    quoted = (
        query[query.index("«") :] if "«" in query else "'Ik heb vandaag een nieuwe fiets gekocht'"
    )
    assert quoted.strip() in plan.nodes[0].input  # the text itself is never rewritten


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("¿Cuántos días hay entre el 2027-05-01 y el 2027-09-15? Y convierte 10 millas a "
         "kilómetros, por favor.", [("dates", []), ("units", [])]),
        ("Combien font 15 % de 480, et quel jour de la semaine tombe le 2027-07-14 ?",
         [("math", []), ("dates", [])]),
        ("„Der Zug hat schon wieder zwei Stunden Verspätung.“ Sprache und Stimmung bitte",
         [("language", []), ("sentiment", [])]),
        ("'Tak for en dejlig aften, vi ses snart!' dansk eller norsk?", [("language", [])]),
    ],
)  # fmt: skip
def test_dates_units_and_both_readings_asked_in_another_language(
    planner: LearnedPlanner, query: str, expected: list[tuple[str, list[str]]]
) -> None:
    plan = planner.plan(query)
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == expected and not plan.unsupported
    if "millas" in query:
        assert plan.nodes[1].input.startswith("convert 10 miles to km")
    if "„" in query:  # the German quotation marks hold the text both readings are asked of
        assert all("„Der Zug" in n.input for n in plan.nodes)


def test_a_number_joined_to_a_word_is_no_foreign_and() -> None:
    assert rules.in_english("send 5 e-mails y convierte 3 km a millas") == (
        "send 5 e-mails and convert 3 km to miles"
    )


def test_a_quoted_text_in_another_language_keeps_its_words() -> None:
    text = "sentiment of 'il film era positivo o negativo?'"
    assert rules.in_english(text) == text


def test_a_weekday_checked_then_moved_moves_the_date_not_the_weekday(
    planner: LearnedPlanner,
) -> None:
    plan = planner.plan(
        "The quiz night is on 13 November 2026. Is that a Friday? And what's the date 13 weeks "
        "before it, and what weekday is that one?"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [
        ("dates", []),
        ("dates", []),  # "before it": 13 November 2026, not the answer "Friday"
        ("dates", ["t2"]),
    ]
    assert "13 November 2026" in plan.nodes[1].input and "{t1}" not in plan.nodes[1].input


def test_days_asked_of_a_moved_date_count_the_days_it_moved(planner: LearnedPlanner) -> None:
    plan = planner.plan(
        "My car loan started on 2026-09-15 and runs 18 months. End date? How many days is that "
        "in total?"
    )
    assert [(n.specialist, n.depends_on) for n in plan.nodes] == [("dates", []), ("dates", ["t1"])]
    assert plan.nodes[1].input == "days between 2026-09-15 and {t1}"


@pytest.mark.parametrize(
    ("query", "second"),
    [
        ("What's 48 m² in sq ft, and 26 m²?", "convert 26 m² to sq ft"),
        ("convert 5 km to miles, and 10 km?", "convert 10 km to miles"),
        ("how many pounds is 3 kg? and 7 kg", "convert 7 kg to pounds"),
    ],
)
def test_a_quantity_asked_alone_after_a_conversion_is_converted_alike(
    planner: LearnedPlanner, query: str, second: str
) -> None:
    plan = planner.plan(query)
    assert [n.specialist for n in plan.nodes] == ["units", "units"]
    assert plan.nodes[1].input == second and not plan.nodes[1].depends_on


def test_a_slip_in_an_ordinary_word_is_fixed_in_english_queries_only() -> None:
    assert rules.english_slips("can i keep chikens on my allotmnet?") == (
        "can i keep chickens on my allotment?"
    )
    foreign = "extrae las entidades de esta frase por favor"
    assert rules.english_slips(foreign) == foreign  # mostly not English: left alone
    quoted = "sentiment of 'the chikens were great'"
    assert rules.english_slips(quoted, keep=[(13, len(quoted))]) == quoted
    assert rules.english_slips("ask Okafor about the parkign") == "ask Okafor about the parking"
