"""The sentiment specialist: which text is judged, what is refused, and a few real answers."""

from __future__ import annotations

import random
import string

import pytest

from specialists.base import Context, Output
from specialists.sentiment import SentimentSpecialist
from specialists.sentiment.checks import validate
from specialists.sentiment.data import generate, part
from specialists.sentiment.emoji import normalise
from specialists.sentiment.parsing import focus_clause, judged_text
from specialists.sentiment.specialist import MODEL_DIR


@pytest.mark.parametrize(
    ("request_text", "judged"),
    [
        ('what\'s the sentiment of "the staff were lovely"', "the staff were lovely"),
        (
            "is this review positive or negative: I waited an hour and the food was cold",
            "I waited an hour and the food was cold",
        ),
        ("classify the tone: 'Meeting moved to 3pm.'", "Meeting moved to 3pm."),
        ("Is “the room was tiny” positive, negative or neutral?", "the room was tiny"),
        ("The food was cold. Positive or negative?", "The food was cold."),
        ("what's the sentiment of the staff were lovely", "the staff were lovely"),
        ("How does this sound? We regret to inform you.", "We regret to inform you."),
        ("Tell me the mood of this message - ugh, Mondays", "ugh, Mondays"),
        (
            'Would a buyer be pleased? "The zipper broke on day one."',
            "The zipper broke on day one.",
        ),
        ('Considering "the soup was cold", did the diner enjoy it?', "the soup was cold"),
        ("Would stay again! <- sentiment pls", "Would stay again!"),  # an arrow back at it
        ("mood -> the bus is late again", "the bus is late again"),
    ],
)
def test_requests_are_reduced_to_the_judged_text(request_text: str, judged: str) -> None:
    assert judged_text(request_text) == judged


@pytest.mark.parametrize(
    "text",
    [
        'My boss said "great job" today',  # a quote that is content, not the target
        "Update: the battery died",  # a colon with no request before it
        "The doctor called. Results negative!",  # a polar word that is not a request
        "I can't believe it's not butter",
        'Why did he call it "fine"?',  # a one-word quote in a question is content
    ],
)
def test_plain_text_is_judged_whole(text: str) -> None:
    assert judged_text(text) == text


def test_contrast_lands_on_the_deciding_clause() -> None:
    assert focus_clause("The food was average but the view was incredible.") == (
        "the view was incredible."
    )
    assert focus_clause("Although the room was small, the staff were lovely") == (
        "the staff were lovely"
    )
    assert focus_clause("I loved it, even though it was expensive.") == "I loved it"
    assert focus_clause("The staff were lovely") == "The staff were lovely"


def test_emoji_become_words_the_encoder_knows() -> None:
    assert normalise("ugh 😡") == "ugh (angry)"
    assert normalise("love it ❤️ :)") == "love it (love) smile"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("", "empty"),
        ("x" * 10_000, "at most"),
        ("What's the sentiment?", "no text to judge"),
        ("12345 !!!", "nothing to judge"),
        ("这个很好", "not English"),
        ("kyroj joaac ivsjn cvlhuh fkhxizk", "does not look like English"),
    ],
)
def test_bad_input_is_refused_with_a_reason(bad: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        validate(bad, {"the", "was", "food", "cold"})


def test_typos_and_emoji_only_are_still_judged() -> None:
    vocabulary = {"the", "was", "and", "waiter", "rude"}
    assert validate("the fod was awfull and teh waiter rude", vocabulary)
    assert validate("😡😡", vocabulary) == "😡😡"


def test_dev_split_shares_no_list_item_with_train() -> None:
    items = [f"w{i}" for i in range(10)]
    assert set(part(items, "train")).isdisjoint(part(items, "dev"))
    assert sorted(part(items, "train") + part(items, "dev")) == sorted(items)


def test_generator_is_seeded_and_balanced() -> None:
    first, again = generate(90, "train", seed=3), generate(90, "train", seed=3)
    assert first == again
    assert sorted(e.label for e in first) == [0] * 30 + [1] * 30 + [2] * 30


@pytest.fixture(scope="module")
def specialist() -> SentimentSpecialist:
    if not (MODEL_DIR / "head.onnx").exists():
        pytest.skip("the committed sentiment head is missing")
    loaded = SentimentSpecialist()
    loaded.load(Context(intra_op_threads=1))
    return loaded


def test_real_answers(specialist: SentimentSpecialist) -> None:
    inputs = [
        'what\'s the sentiment of "the staff were lovely"',
        "is this review positive or negative: I waited an hour and the food was cold",
        "classify the tone: 'Meeting moved to 3pm.'",
        "Absolutely loved it 😍",
        "worst purchase ever, it broke after two days",
    ]
    outputs = specialist.run_batch(inputs)
    assert all(isinstance(o, Output) for o in outputs)
    labels = [o.value for o in outputs if isinstance(o, Output)]
    assert labels == ["positive", "negative", "neutral", "positive", "negative"]
    first = outputs[0]
    assert isinstance(first, Output)
    assert first.judged_text == "the staff were lovely"
    assert sum(first.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert first.text == f"The text is positive (p={first.score:.2f})."


def test_a_bad_item_fails_alone(specialist: SentimentSpecialist) -> None:
    rng = random.Random(0)
    noise = "".join(rng.choice(string.ascii_letters) for _ in range(10_000))
    outputs = specialist.run_batch(["", noise, "The staff were lovely."])
    assert isinstance(outputs[0], ValueError) and isinstance(outputs[1], ValueError)
    assert isinstance(outputs[2], Output) and outputs[2].value == "positive"


def test_sentences_that_each_read_one_label_give_it_to_the_whole(
    specialist: SentimentSpecialist,
) -> None:
    # The whole read negative (0.61) though each sentence reads positive.
    text = "The hotel was spotless and the staff remembered our names. Would stay again!"
    (out,) = specialist.run_batch([text])
    assert isinstance(out, Output) and out.value == "positive"
    parts = specialist.probabilities(
        ["The hotel was spotless and the staff remembered our names.", "Would stay again!"]
    )
    assert out.score == round(float(parts.mean(axis=0)[2]), 4)
