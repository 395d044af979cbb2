"""Sentence chunking for the docs specialist: what a user sees quoted back as the answer."""

from __future__ import annotations

import pytest

from specialists.docs.chunking import Chunk, chunk_document, split_sentences


def texts(document: str, **kwargs: int) -> list[str]:
    return [chunk.text for chunk in chunk_document(document, **kwargs)]


def test_splits_on_sentence_ends_but_not_abbreviations_or_decimals() -> None:
    document = (
        "Dr. Smith prescribed 3.5 mg twice a day. Take it with food, e.g. after breakfast. "
        "Call the clinic if symptoms persist!"
    )
    assert texts(document) == [
        "Dr. Smith prescribed 3.5 mg twice a day.",
        "Take it with food, e.g. after breakfast.",
        "Call the clinic if symptoms persist!",
    ]


def test_initials_and_dotted_abbreviations_do_not_end_a_sentence() -> None:
    document = "The U.S. Army was founded in the year 1775. J. R. R. Tolkien was born in 1892."
    assert texts(document) == [
        "The U.S. Army was founded in the year 1775.",
        "J. R. R. Tolkien was born in 1892.",
    ]


def test_question_marks_and_closing_quotes() -> None:
    document = (
        'Who signed the lease agreement? She wrote "we are done here." '
        "Nobody replied to her message."
    )
    assert texts(document) == [
        "Who signed the lease agreement?",
        'She wrote "we are done here."',
        "Nobody replied to her message.",
    ]


def test_bullets_and_numbered_items_become_chunks_without_markers() -> None:
    document = (
        "- buy milk and eggs from the store\n"
        "* call the plumber about the leak\n"
        "1. renew the passport before June\n"
        "2) book flights for the conference"
    )
    assert texts(document) == [
        "buy milk and eggs from the store",
        "call the plumber about the leak",
        "renew the passport before June",
        "book flights for the conference",
    ]


def test_short_list_items_stay_chunks_of_their_own() -> None:
    document = "Ingredients\n- 500 g ricotta\n- 2 eggs\n- 300 g frozen spinach, defrosted"
    assert texts(document) == [
        "Ingredients\n- 500 g ricotta",  # a heading still opens what follows it
        "2 eggs\n- 300 g frozen spinach, defrosted",  # shorter than an item's minimum
    ]
    assert texts("Pack:\n- a tent for four\n- 2 sleeping bags\n- a head torch\n") == [
        "Pack:\n- a tent for four",
        "2 sleeping bags",
        "a head torch",
    ]


def test_label_and_value_lines_are_list_items_without_bullets() -> None:
    document = "Loan periods\nBooks: 3 weeks\nDVDs: 1 week\nQuick Read paperbacks: 2 weeks\n"
    assert texts(document) == [
        "Loan periods\nBooks: 3 weeks",
        "DVDs: 1 week",
        "Quick Read paperbacks: 2 weeks",
    ]
    # Only a whole line that opens with its label: a colon inside a sentence changes nothing.
    assert texts("Bring two things. Note: a torch.\nVenue: the hall") == [
        "Bring two things. Note: a torch.",
        "Venue: the hall",
    ]


def test_wrapped_lines_stay_one_sentence_and_paragraphs_split() -> None:
    document = "This clause is wrapped\nacross two lines of the file\n\nnew paragraph, no capitals"
    assert texts(document) == [
        "This clause is wrapped\nacross two lines of the file",
        "new paragraph, no capitals",
    ]


def test_short_fragments_merge_into_the_next_chunk_or_the_last() -> None:
    document = "Termination\n\nEither party may end this agreement with 30 days' notice. Thanks."
    assert texts(document) == [
        "Termination\n\nEither party may end this agreement with 30 days' notice. Thanks."
    ]


def test_a_document_of_one_short_sentence_is_one_chunk() -> None:
    assert chunk_document("Hi there.") == [Chunk("Hi there.", 0, 9)]


def test_long_unpunctuated_text_is_cut_at_whitespace_under_the_limit() -> None:
    document = "word " * 500
    chunks = chunk_document(document, max_chars=100)
    assert all(len(chunk.text) <= 100 for chunk in chunks)
    assert all(not chunk.text.startswith(" ") and not chunk.text.endswith(" ") for chunk in chunks)
    assert " ".join(chunk.text for chunk in chunks).split() == document.split()


@pytest.mark.parametrize(
    "document",
    [
        "  Leading spaces. Then a second sentence that is long enough.\n\n- a bullet item here\n",
        "Line one is a heading\nLine two starts fresh.\r\nLine three ends it all.",
        "Prices rose 2.5% in Jan. and fell in Feb. overall, said the report. Next year is unclear.",
    ],
)
def test_offsets_point_at_the_chunk_in_the_document(document: str) -> None:
    chunks = chunk_document(document)
    assert chunks
    for chunk in chunks:
        assert document[chunk.start : chunk.end] == chunk.text
        assert chunk.text == chunk.text.strip()
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)
    assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:], strict=False))


@pytest.mark.parametrize("document", ["", "   ", "\n\n \t\n"])
def test_blank_documents_have_no_chunks(document: str) -> None:
    assert chunk_document(document) == []
    assert split_sentences(document) == []
