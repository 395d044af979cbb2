"""Sentiment probes written for these tests: everyday registers, notifications, rules, and
non-English text, which must be refused rather than labelled."""

from __future__ import annotations

import pytest

from specialists.base import Context, Output
from specialists.sentiment import SentimentSpecialist
from specialists.sentiment.checks import validate
from specialists.sentiment.data import generate, vocabulary
from specialists.sentiment.everyday import LISTS
from specialists.sentiment.foreign import foreign_language
from specialists.sentiment.specialist import MODEL_DIR

NEGATIVE = [
    "My phone restarted in the middle of a call. Again.",
    "The printer is jammed for the third time today, brilliant.",
    "Oh perfect, they lost my booking. Again.",
    "Great, the wifi died right before my deadline.",
    "thanks for nothing, the refund still hasn't arrived",
    "Two weeks and the parcel still hasn't moved.",
    "Cannot wait for this shift to end.",
    "oh wonderful, my train got cancelled",
    "Sure, the software update deleted my photos, why wouldn't it.",
    "Awful seller, item never arrived.",
    "Dreading the dentist tomorrow.",
    "another outage, unbelievable",
    "since the latest patch the app keeps crashing",
]
NEUTRAL = [
    "meh, it's fine I suppose",
    "eh. does what it says, nothing more",
    "It's okay. Not great, not terrible.",
    "Your package has shipped and will arrive on Thursday.",
    "Your appointment has been moved to 10:30 on Friday.",
    "Order confirmed: two items, estimated delivery Monday.",
    "Members who break these rules may have their membership suspended.",
    "The treasurer, Joan Whitfield, decides all appeals against fines.",
    "Late returns are charged at 50 cents per day.",
    "Any damage to the property will be deducted from the deposit.",
    "The shuttle leaves the hotel every half hour from 6 am.",
    "meh, not my cup of tea but it's fine",
    "Your parcel is on its way.",
    "Visitors must sign in at the front desk.",
    "Fines for late payment are set out in clause 7.",
]
POSITIVE = [
    "can't wait to see everyone on Saturday!",
    "See you all next week!",
    "Finally, the sun is back!",
    "So looking forward to the holidays!",
    "Counting down the days until the concert!",
    "Congrats on the promotion, well deserved!",
    "at last, my passport arrived!",
    "Works perfectly, arrived a day early. Recommended!",
    "Five stars, would recommend.",
    "So excited for tomorrow!!",
    "Can't wait to meet the puppy!",
    "Happy Friday everyone!",
    "Finally got my results back, all clear!",
    "Excellent product, fast delivery, would buy again.",
    "not bad at all, would order again",  # a known miss while texts were embedded in batches
]
# Probes of the same registers the model still gets wrong (kept visible, not deleted).
KNOWN_MISSES = [
    ("Of course the train is late. Of course it is.", "negative"),
    ("yet another subscription price increase, wonderful", "negative"),
    ("Every update makes this thing slower.", "negative"),
    ("The elevator is out of order. Again. Fourth time this month.", "negative"),
    ("Honestly kind of average, nothing stood out.", "neutral"),
]
FOREIGN = [
    ("Der Kellner war unfreundlich und das Essen kalt", "German"),
    ("Sehr gut, gerne wieder!", "German"),
    ("Le service était lent mais le repas délicieux", "French"),
    ("Je suis très déçu de ce produit", "French"),
    ("La comida estaba fría y el camarero fue grosero", "Spanish"),
    ("Me encantó la película", "Spanish"),
    ("Il servizio era lentissimo", "Italian"),
    ("Questo ristorante è fantastico", "Italian"),
    ("O hotel é ótimo e a equipe muito simpática", "Portuguese"),
    ("Dit is een slecht product, niet kopen", "Dutch"),
]
ENGLISH_WITH_FOREIGN_BITS = [
    "The café was great",
    "Crème brûlée was divine",
    "Los Angeles rocks!",
    "El Paso was a blast",
    "déjà vu all over again",
    "Le Creuset pans are the best",
    "Zoë and José loved the fiesta",
    "The jalapeño poppers were fire",
    "Spotless rooms, friendly staff",
    "Meeting moved to 3pm.",
]


@pytest.mark.parametrize(("text", "language"), FOREIGN)
def test_european_languages_are_refused_with_the_language_named(text: str, language: str) -> None:
    assert foreign_language(text) == language
    with pytest.raises(ValueError, match=f"looks like {language}, not English"):
        validate(text, {"das", "hotel", "war", "le", "la", "il", "de", "o"})


@pytest.mark.parametrize("text", ENGLISH_WITH_FOREIGN_BITS)
def test_english_with_loanwords_or_foreign_names_is_judged(text: str) -> None:
    assert foreign_language(text) is None


def test_generated_english_is_never_taken_for_another_language() -> None:
    texts = [e.text for e in generate(600, "train", seed=11) + generate(300, "dev", seed=11)]
    assert [t for t in texts if foreign_language(t)] == []


def test_everyday_lists_are_split_like_the_others() -> None:
    train, dev = vocabulary("train"), vocabulary("dev")
    for name, items in LISTS.items():
        assert set(train[name]).isdisjoint(dev[name]), name
        assert sorted(train[name] + dev[name]) == sorted(items), name


@pytest.fixture(scope="module")
def specialist() -> SentimentSpecialist:
    if not (MODEL_DIR / "head.onnx").exists():
        pytest.skip("the committed sentiment head is missing")
    loaded = SentimentSpecialist()
    loaded.load(Context(intra_op_threads=1))
    return loaded


@pytest.mark.parametrize(
    ("label", "texts"), [("negative", NEGATIVE), ("neutral", NEUTRAL), ("positive", POSITIVE)]
)
def test_everyday_probes(specialist: SentimentSpecialist, label: str, texts: list[str]) -> None:
    outputs = specialist.run_batch(texts)
    wrong = [
        (t, o.value if isinstance(o, Output) else repr(o))
        for t, o in zip(texts, outputs, strict=True)
        if not (isinstance(o, Output) and o.value == label)
    ]
    assert wrong == []


@pytest.mark.xfail(reason="known misreads of the same registers", strict=False)
@pytest.mark.parametrize(("text", "label"), KNOWN_MISSES)
def test_known_misses(specialist: SentimentSpecialist, text: str, label: str) -> None:
    output = specialist.run_batch([text])[0]
    assert isinstance(output, Output) and output.value == label


def test_foreign_text_is_read_by_its_word_list_never_the_english_model(
    specialist: SentimentSpecialist,
) -> None:
    outputs = specialist.run_batch([t for t, _ in FOREIGN])
    for (text, _), output in zip(FOREIGN, outputs, strict=True):
        if isinstance(output, ValueError):
            continue  # no listed word: refused, with the language named
        assert isinstance(output, Output), text
        assert str(output.method).startswith("lexicon:"), text  # type: ignore[attr-defined]
