"""The docs specialist end to end in memory: the real encoder, no Redis, no Ray."""

from __future__ import annotations

import json
from typing import Any

import pytest

from specialists.base import Context, Output
from specialists.docs.evaluate import DEV_DIR
from specialists.docs.ranking import MAX_SPAN_CHARS
from specialists.docs.specialist import DocsSpecialist

MANUAL = """AquaClean DW45 Dishwasher — User Manual

Error codes
E1 — the machine is not filling with water. Check that the tap is open.
E4 — water is leaking into the base tray. Switch off at the wall and call service.
E9 — a button is stuck. Press each button firmly once.

Warranty
The appliance is guaranteed for two years from the date of purchase.
"""

CLINIC = """Brightsmile Dental Clinic — Questions and Answers

Where can I park?
The nearest car park is on Harwood Street, two minutes' walk away.

Do you treat children?
Children under 18 are seen free of charge for check-ups.
"""

RENTAL = """Velora Car Hire — Rental Terms

Fuel. Cars are supplied with a full tank and must be returned full. If the tank is not full \
on return, we charge a refuelling service fee of 25 pounds.

Deposit. A deposit of 350 pounds is blocked on your credit card at pick-up.
"""

GYM = """PulseFit Gym — Membership FAQ

Can I pause my membership? Yes. You can freeze it for one to three months in the app.

Is there parking? Members park free for three hours at the Mill Lane car park.
"""

ROBOT = """Dustra R7 Robot Vacuum — Help

Q: The robot says 'Error 14'.
A: The wheel is stuck. Lift the robot and remove hair from both drive wheels.

Q: The robot will not return to its dock.
A: Move the dock away from walls so the robot can see its signal.
"""

DOCUMENTS = {
    "dishwasher_manual": MANUAL,
    "dental_faq": CLINIC,
    "car_rental": RENTAL,
    "gym": GYM,
    "robot_vacuum_help": ROBOT,
    "medicine_leaflet": "Corvantil tablets\n\nDriving. Corvantil may make you feel dizzy, "
    "especially when you first start treatment. If this happens, do not drive or use machines.",
}


@pytest.fixture(scope="module")
def docs() -> DocsSpecialist:
    specialist = DocsSpecialist()
    specialist.load(Context())
    specialist.index(DOCUMENTS)
    return specialist


def ask(docs: DocsSpecialist, question: str) -> dict[str, Any]:
    (output,) = docs.run_batch([question])
    assert isinstance(output, Output), output
    return output.model_dump()


def test_an_exact_code_in_the_question_finds_its_line(docs: DocsSpecialist) -> None:
    output = ask(docs, "my dishwasher shows error E4, what's wrong?")
    assert output["source"] == "dishwasher_manual"
    assert "E4 — water is leaking" in output["value"]


def test_a_faq_question_line_is_quoted_with_its_answer(docs: DocsSpecialist) -> None:
    output = ask(docs, "where should I park when I visit the dentist?")
    assert output["source"] == "dental_faq"
    assert "Harwood Street" in output["value"]


def test_a_bare_yes_after_a_faq_question_is_quoted_with_the_answer(docs: DocsSpecialist) -> None:
    output = ask(docs, "how do I put my gym membership on hold?")
    assert output["source"] == "gym" and "freeze it for one to three months" in output["value"]


def test_a_faq_q_line_without_a_question_mark_is_quoted_with_its_answer(
    docs: DocsSpecialist,
) -> None:
    output = ask(docs, "robot vacuum error 14")
    assert output["source"] == "robot_vacuum_help"
    assert "Error 14" in output["value"] and "The wheel is stuck" in output["value"]


def test_a_sentence_that_refers_back_is_quoted_with_what_it_refers_to(
    docs: DocsSpecialist,
) -> None:
    output = ask(docs, "I feel dizzy on corvantil, can I still drive?")
    assert output["source"] == "medicine_leaflet"
    assert "dizzy" in output["value"] and "do not drive" in output["value"]


def test_a_question_for_a_duration_finds_the_sentence_with_one(docs: DocsSpecialist) -> None:
    output = ask(docs, "how long can I leave my car at the gym?")
    assert output["source"] == "gym" and "three hours" in output["value"]


def test_a_reference_to_my_documents_does_not_change_the_answer(docs: DocsSpecialist) -> None:
    plain = ask(docs, "how long can I leave my car at the gym?")
    wrapped = ask(
        docs,
        "according to my notes, how long can I leave my car at the gym? (in the files I added)",
    )
    assert wrapped["value"] == plain["value"] and wrapped["score"] == pytest.approx(plain["score"])


def test_a_sentence_is_found_through_its_section_heading(docs: DocsSpecialist) -> None:
    output = ask(docs, "how long is the dishwasher warranty?")
    assert output["source"] == "dishwasher_manual"
    assert "two years" in output["value"]


def test_a_typo_still_finds_the_document(docs: DocsSpecialist) -> None:
    output = ask(docs, "rental car depositt amount")
    assert output["source"] == "car_rental" and "350 pounds" in output["value"]


@pytest.mark.parametrize(
    "question",
    [
        "what if I return the hire car with half a tank?",
        "does the dentist see kids for free?",
        "dishwasher button stuck",
    ],
)
def test_the_quote_is_the_document_text_at_its_offsets(docs: DocsSpecialist, question: str) -> None:
    output = ask(docs, question)
    text = DOCUMENTS[output["source"]]
    assert text[output["start"] : output["end"]] == output["value"]
    assert 0 < len(output["value"]) <= MAX_SPAN_CHARS
    assert output["score"] is not None and -1.0 <= output["score"] <= 1.0


def test_only_new_or_changed_documents_are_re_embedded(docs: DocsSpecialist) -> None:
    kept = docs.documents["dental_faq"]
    docs.index({**DOCUMENTS, "car_rental": RENTAL + "\nPets travel only in a closed carrier.\n"})
    try:
        assert docs.documents["dental_faq"] is kept
        assert "Pets travel" in ask(docs, "can my dog come in the rental car?")["value"]
        docs.index({"dental_faq": CLINIC})
        assert ask(docs, "dishwasher error E4")["source"] == "dental_faq"  # the only one left
    finally:
        docs.index(DOCUMENTS)


def test_the_number_a_quote_answers_with_is_given_for_a_next_step(docs: DocsSpecialist) -> None:
    output = ask(docs, "how much is the deposit for a hire car?")
    assert output["source"] == "car_rental" and output["amount"] == 350
    output = ask(docs, "how many years is the dishwasher guaranteed?")
    assert output["amount"] == 2  # "two years", in words
    assert "amount" not in ask(docs, "what does E4 mean on the dishwasher?")  # no number asked


def test_a_cue_word_spread_through_a_document_picks_that_document(docs: DocsSpecialist) -> None:
    """Both guides give a Wi-Fi password and talk of parking; "hotel" is all over only one of
    them, never in its Wi-Fi or parking lines. Before the document's own keyword score counted,
    the conference's password and the dentist's parking line won."""
    devset = json.loads((DEV_DIR / "documents.json").read_text("utf-8"))
    names = ("hotel_meridian_guide", "datacoast_summit_guide", "dental_clinic_faq")
    docs.index({name: devset[name] for name in names})
    try:
        wifi = ask(docs, "hotel wifi password")
        assert wifi["source"] == "hotel_meridian_guide" and "douro1977" in wifi["value"]
        parking = ask(docs, "can I book a parking spot at the hotel in advance?")
        assert parking["source"] == "hotel_meridian_guide"
        assert "Spaces cannot be reserved" in parking["value"]
    finally:
        docs.index(DOCUMENTS)


def test_indexing_reports_its_progress_in_characters(docs: DocsSpecialist) -> None:
    seen: list[tuple[int, int]] = []
    extra = RENTAL + "\nPets travel only in a closed carrier.\n"
    docs.index({**DOCUMENTS, "extra": extra}, lambda done, total: seen.append((done, total)))
    try:
        total = len(extra)  # only the new document is embedded; the others are kept
        assert seen[0] == (0, total) and seen[-1] == (total, total)
        assert all(a <= b for (a, _), (b, _) in zip(seen, seen[1:], strict=False))
        assert len(seen) > 3  # one report per encoder pass, not one per document
    finally:
        docs.index(DOCUMENTS)
