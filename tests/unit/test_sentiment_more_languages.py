"""The lexicon fallback for Polish, Czech, Russian, Ukrainian, Swedish, Danish, Norwegian, Turkish.

The sentences were written for these tests from general knowledge of the languages; each
language has two positive and two negative ones, one of them with a negator that flips a
positive word. Russian and Ukrainian are Cyrillic: ``checks.validate`` asks
``foreign.foreign_language`` before refusing non-Latin script, so they reach their lists too.
"""

from __future__ import annotations

from typing import Any

import pytest

from specialists.base import Context, Output
from specialists.sentiment import SentimentSpecialist
from specialists.sentiment.foreign import foreign_language
from specialists.sentiment.foreign_lexicon import CODE, MAX_SCORE, read
from specialists.sentiment.specialist import MODEL_DIR

# (language code, language name, text, expected label)
SENTENCES: list[tuple[str, str, str, str]] = [
    ("pl", "Polish", "Jedzenie było pyszne, a obsługa bardzo miła", "positive"),
    ("pl", "Polish", "Świetny hotel, polecam wszystkim", "positive"),
    ("pl", "Polish", "Nie polecam, pokój był brudny", "negative"),
    ("pl", "Polish", "Niestety paczka przyszła uszkodzona", "negative"),
    ("cs", "Czech", "Jídlo bylo výborné a obsluha moc příjemná", "positive"),
    ("cs", "Czech", "Skvělý hotel, vřele doporučuji", "positive"),
    ("cs", "Czech", "Pokoj nebyl čistý a personál byl neochotný", "negative"),
    ("cs", "Czech", "Bohužel jsem zklamaný, zásilka přišla rozbitá", "negative"),
    ("ru", "Russian", "Еда была очень вкусная, персонал вежливый", "positive"),
    ("ru", "Russian", "Отличный отель, всем рекомендую", "positive"),
    ("ru", "Russian", "Мне не понравился этот ресторан, всё было холодное", "negative"),
    ("ru", "Russian", "Ужасный сервис, доставка опоздала на три дня", "negative"),
    ("uk", "Ukrainian", "Дуже смачна їжа і привітний персонал", "positive"),
    ("uk", "Ukrainian", "Чудовий готель, рекомендую всім", "positive"),
    ("uk", "Ukrainian", "Мені зовсім не сподобався цей фільм, дуже нудно", "negative"),
    ("uk", "Ukrainian", "Жахливе обслуговування, я дуже розчарована", "negative"),
    ("sv", "Swedish", "Maten var jättegod och personalen väldigt trevlig", "positive"),
    ("sv", "Swedish", "Tack för en underbar kväll, vi kommer gärna tillbaka", "positive"),
    ("sv", "Swedish", "Rummet var inte rent och frukosten var dålig", "negative"),
    ("sv", "Swedish", "Tyvärr kom paketet trasigt, jag är besviken", "negative"),
    ("da", "Danish", "Maden var lækker og betjeningen meget venlig", "positive"),
    ("da", "Danish", "Tusind tak for en dejlig aften, vi kommer helt sikkert igen", "positive"),
    ("da", "Danish", "Værelset var ikke rent, og personalet var uhøfligt", "negative"),
    ("da", "Danish", "Desværre var pakken i stykker, jeg er meget skuffet", "negative"),
    ("no", "Norwegian", "Maten var nydelig og personalet veldig hyggelig", "positive"),
    ("no", "Norwegian", "Tusen takk for en flott kveld, vi kommer gjerne igjen", "positive"),
    ("no", "Norwegian", "Rommet var ikke rent, og frokosten var elendig", "negative"),
    ("no", "Norwegian", "Dessverre kom pakken ødelagt, jeg er veldig skuffet", "negative"),
    ("tr", "Turkish", "Yemekler çok lezzetliydi, personel de çok nazikti", "positive"),
    ("tr", "Turkish", "Harika bir otel, kesinlikle tavsiye ederim", "positive"),
    ("tr", "Turkish", "Oda hiç temiz değildi ve kahvaltı berbattı", "negative"),
    ("tr", "Turkish", "Ürün bozuk geldi, hiç memnun değilim", "negative"),
    # The twelve read last; sentences written for these tests, not taken from eval/foreign.jsonl.
    ("ro", "Romanian", "Mâncarea a fost delicioasă și personalul foarte amabil", "positive"),
    ("ro", "Romanian", "Camera era murdară și micul dejun groaznic", "negative"),
    ("vi", "Vietnamese", "Đồ ăn rất ngon và nhân viên rất thân thiện", "positive"),
    ("vi", "Vietnamese", "Phòng bẩn quá, tôi rất thất vọng", "negative"),
    ("fi", "Finnish", "Ruoka oli herkullista ja henkilökunta ystävällistä", "positive"),
    ("fi", "Finnish", "Huone oli likainen ja palvelu huonoa", "negative"),
    ("hu", "Hungarian", "Az étel finom volt, a személyzet nagyon kedves és segítőkész", "positive"),
    ("hu", "Hungarian", "A szoba piszkos volt, nagyon csalódott vagyok", "negative"),
    ("id", "Indonesian", "Makanannya enak sekali dan pelayanannya ramah", "positive"),
    ("id", "Indonesian", "Kamarnya kotor dan pelayanannya buruk sekali", "negative"),
    ("el", "Greek", "Σήμερα ήταν μια υπέροχη μέρα", "positive"),
    ("el", "Greek", "Το φαγητό ήταν απαίσιο και το προσωπικό αγενές", "negative"),
    ("he", "Hebrew", "האוכל היה מעולה והשירות נהדר", "positive"),
    ("he", "Hebrew", "הקפה כאן פשוט נוראי", "negative"),
    ("ar", "Arabic", "هذا المطعم رائع جدا", "positive"),
    ("ar", "Arabic", "الخدمة سيئة جدا والطعام بارد", "negative"),
    ("hi", "Hindi", "यह फिल्म बहुत अच्छी थी", "positive"),
    ("hi", "Hindi", "खाना बहुत खराब था", "negative"),
    ("zh", "Chinese", "这家餐厅的菜很好吃，服务也不错", "positive"),
    ("zh", "Chinese", "这个手机太差了，我不喜欢", "negative"),
    ("ja", "Japanese", "今日はとても楽しかった", "positive"),
    ("ja", "Japanese", "この店は美味しくない", "negative"),
    ("ko", "Korean", "오늘 날씨가 정말 좋네요", "positive"),
    ("ko", "Korean", "의자가 너무 불편해요", "negative"),
]


def _cases() -> list[Any]:
    return [
        pytest.param(code, name, text, label, id=f"{code}-{text[:30]}")
        for code, name, text, label in SENTENCES
    ]


@pytest.mark.parametrize(("code", "name", "text", "label"), _cases())
def test_sentence(code: str, name: str, text: str, label: str) -> None:
    assert foreign_language(text) == name
    assert CODE[name] == code
    reading = read(text, code)
    assert reading is not None and reading.label == label
    assert reading.score <= MAX_SCORE


@pytest.mark.parametrize(
    ("text", "code", "label"),
    [
        ("nie polecam", "pl", "negative"),
        ("bez problemu", "pl", "positive"),
        ("není to špatné", "cs", "positive"),
        ("не плохо", "ru", "positive"),
        ("не рекомендую", "ru", "negative"),
        ("не сподобалось", "uk", "negative"),
        ("Jag gillade det inte", "sv", "negative"),
        ("Jeg kan ikke anbefale det", "da", "negative"),
        ("Jeg liker det ikke", "no", "negative"),
        ("fiyatı kötü değil", "tr", "positive"),
        ("hiç sorun yok", "tr", "positive"),
        ("güzel bir otel değil", "tr", "negative"),
        ("güzel ama pahalı değil", "tr", "positive"),
        ("İYİ", "tr", "positive"),
    ],
)
def test_negation(text: str, code: str, label: str) -> None:
    reading = read(text, code)
    assert reading is not None and reading.label == label


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dzień dobry", "pl"),
        ("Dobrý den", "cs"),
        ("Добрый день", "ru"),
        ("Доброго дня", "uk"),
        ("God morgon", "sv"),
        ("Ha en bra dag", "sv"),
        ("God morgen", "da"),
        ("Ha en fin dag", "no"),
        ("İyi günler", "tr"),
        ("Hoş geldiniz", "tr"),
    ],
)
def test_greetings_give_no_positive_reading(text: str, code: str) -> None:
    reading = read(text, code)
    assert reading is None or reading.label != "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Jag tycker om maten och personalen är trevlig",  # Swedish, not Danish or Norwegian
        "Jeg synes maden var god, og personalet var søde",  # Danish
        "Jeg synes maten var god, og betjeningen var hyggelig",  # Norwegian
    ],
)
def test_scandinavian_languages_are_told_apart(text: str) -> None:
    expected = {"Jag": "Swedish", "Jeg synes maden": "Danish", "Jeg synes maten": "Norwegian"}
    name = next(v for k, v in expected.items() if text.startswith(k))
    assert foreign_language(text) == name


@pytest.fixture(scope="module")
def specialist() -> SentimentSpecialist:
    if not (MODEL_DIR / "head.onnx").exists():
        pytest.skip("the committed sentiment head is missing")
    loaded = SentimentSpecialist()
    loaded.load(Context(intra_op_threads=1))
    return loaded


def _specialist_cases() -> list[Any]:
    return [
        pytest.param(
            code,
            name,
            text,
            label,
            id=f"{code}-{text[:30]}",
        )
        for code, name, text, label in SENTENCES
    ]


@pytest.mark.parametrize(("code", "name", "text", "label"), _specialist_cases())
def test_through_the_specialist(
    specialist: SentimentSpecialist, code: str, name: str, text: str, label: str
) -> None:
    (output,) = specialist.run_batch([f'what is the sentiment of "{text}"'])
    assert isinstance(output, Output), output
    assert output.value == label
    assert output.method == f"lexicon:{code}"
    assert output.score is not None and output.score <= MAX_SCORE
    assert name in output.text and "word list" in output.text
    assert output.judged_text == text


def test_neutral_greeting_is_not_praise(specialist: SentimentSpecialist) -> None:
    outputs = specialist.run_batch(['what is the sentiment of "Dzień dobry, miłego dnia"'])
    assert isinstance(outputs[0], Exception) or outputs[0].value != "positive"


def test_a_longer_entry_found_first_is_read_whole() -> None:
    # "불편해" (uncomfortable) holds "편해" (comfortable): read left to right, longest first.
    reading = read("의자가 너무 불편해요", "ko")
    assert reading is not None and reading.negative == ["불편해"] and not reading.positive


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("این رستوران عالی است", None),  # Persian: Arabic script, no word list
        ("मला हे खूप आवडले", None),  # Marathi: Devanagari, no word list
        ("Amazing pasta, friendly staff", None),
        ("我明天去北京开会", "Chinese"),
        ("明日は東京で会議があります", "Japanese"),  # kana among the Han characters
    ],
)
def test_a_script_names_its_language_only_where_there_are_lists(
    text: str, name: str | None
) -> None:
    assert foreign_language(text) == name


def test_a_foreign_statement_with_no_listed_word_reads_neutral(
    specialist: SentimentSpecialist,
) -> None:
    statement, short = specialist.run_batch(["我明天去北京开会", "明天见"])
    assert isinstance(statement, Output) and statement.value == "neutral"
    assert statement.method == "lexicon:zh" and statement.language == "Chinese"
    assert isinstance(short, ValueError) and "Chinese" in str(short)
