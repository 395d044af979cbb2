"""Questions lose their references to "my documents", and keep everything they ask."""

from __future__ import annotations

import pytest

from specialists.docs.query import normalise


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("according to my notes, when is the launch?", "when is the launch?"),
        ("when is the launch? (in the documents I uploaded)", "when is the launch?"),
        ("can you check my documents: how long is the warranty", "how long is the warranty"),
        ("look up the wifi password in my notes", "the wifi password"),
        ("what's the refund - what do my docs say?", "what's the refund?"),
        ("find where my documents mention the grant deadline", "the grant deadline"),
        (
            "what is the refund policy in the terms I uploaded?",
            "what is the refund policy in the terms?",
        ),
    ],
)
def test_references_to_the_documents_as_a_whole_are_dropped(question: str, expected: str) -> None:
    assert normalise(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "in the lease, who pays for repairs?",  # names one document: a cue to keep
        "per the onboarding guide, how many vacation days do I get?",
        "what did my meeting notes decide about the budget?",
        "how do I upload documents to the portal?",  # documents are the topic here
        "my notes",  # nothing would be left
    ],
)
def test_questions_about_something_else_are_left_alone(question: str) -> None:
    assert normalise(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Find the sentence in the launch plan about who manufactures the Aurora",
            "who manufactures the Aurora in the launch plan",  # a named document stays
        ),
        (
            "Fetch the sentence in my itinerary about the Sintra day trip",
            "the Sintra day trip in my itinerary",
        ),
        ("Get the sentence about the launch owner", "the launch owner"),
        (
            "Look up who owns the Aurora launch in the launch plan",
            "who owns the Aurora launch in the launch plan",
        ),
        (
            "Grab the sentence about travel insurance from my itinerary",
            "travel insurance from my itinerary",
        ),
        ("pull up the line in my notes about the wifi password?", "the wifi password?"),
        ("Can you show me the passage that says when the launch is?", "when the launch is?"),
        ("find the part where it talks about the refund policy", "the refund policy"),
        ("please quote the paragraph on parking fees", "parking fees"),
    ],
)
def test_requests_for_a_sentence_keep_only_what_it_is_about(question: str, expected: str) -> None:
    assert normalise(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Get the sentence",  # nothing it is about
        "Find the budget line for marketing",  # "budget line" is the topic
        "what does the sentence about refunds in the lease mean?",
        "Get the launch owner",
    ],
)
def test_other_find_questions_are_left_alone(question: str) -> None:
    assert normalise(question) == question
