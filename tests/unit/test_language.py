"""The language specialist: request parsing, features, refusals and a few real answers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from specialists.base import Context, Output
from specialists.language.features import BUCKETS, feature_ids, normalize, tokens
from specialists.language.langs import CODES, REQUIRED
from specialists.language.specialist import LanguageSpecialist, language_name
from specialists.language.target import asks_which_is_spoken, extract_target


@pytest.fixture(scope="module")
def specialist() -> LanguageSpecialist:
    found = LanguageSpecialist()
    found.load(Context())
    return found


@pytest.mark.parametrize(
    ("request_text", "target"),
    [
        ("what language is 'dziękuję bardzo'?", "dziękuję bardzo"),
        ('Identify the language of "merci pour tout"', "merci pour tout"),
        ("which language is «Γεια σου»?", "Γεια σου"),
        ("What language is this: Ich bin müde", "Ich bin müde"),
        ("detect language - obrigado", "obrigado"),
        ("jeg er træt - what language is that?", "jeg er træt"),
        ("what language is the word Schmetterling", "Schmetterling"),
        ("l'eau est froide", "l'eau est froide"),
        ("don't worry", "don't worry"),
    ],
)
def test_the_judged_text_is_the_quoted_or_unwrapped_part(request_text: str, target: str) -> None:
    assert extract_target(request_text) == target


def test_a_question_about_where_a_language_is_spoken_is_not_an_identification() -> None:
    assert asks_which_is_spoken("what language do they speak in Brazil?")
    assert not asks_which_is_spoken("what language is 'obrigado'?")


def test_features_are_stable_across_processes_and_ignore_case_and_digits() -> None:
    code = "from specialists.language.features import feature_ids; print(feature_ids('Grüße 42'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(feature_ids("grüße"))
    assert all(0 <= i < BUCKETS for i in feature_ids("Grüße"))
    assert feature_ids("12345 !!!") == []


def test_normalisation_keeps_scripts_and_folds_variants() -> None:
    assert normalize("ΟΔΟΣ") == normalize("οδος") == "οδοσ"
    assert tokens("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]  # vowel signs stay inside words
    assert tokens("l’eau") == ["l'eau"]


def test_label_set_covers_the_required_languages_with_english_names() -> None:
    assert REQUIRED <= set(CODES) and len(REQUIRED) == 22
    assert language_name("pl") == "Polish"
    assert language_name("no") == "Norwegian"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("what language is 'dziękuję bardzo'?", "pl"),
        ("Wo ist der nächste Supermarkt?", "de"),
        ("¿Dónde puedo comprar pan?", "es"),
        ("Mi piace molto questa città", "it"),
        ("Jag vet inte vad jag ska göra", "sv"),
        ("Здравствуйте, как вас зовут?", "ru"),
        ("Дякую, все добре", "uk"),
        ("東京に行きたいです", "ja"),
        ("我们明天一起吃饭吧", "zh"),
        ("감사합니다", "ko"),
        ("Kiitos avusta", "fi"),
        ("Καλησπέρα σας", "el"),
    ],
)
def test_real_answers(specialist: LanguageSpecialist, text: str, code: str) -> None:
    (out,) = specialist.run_batch([text])
    assert isinstance(out, Output), out
    assert out.value == code, out.text


def test_output_carries_name_score_alternatives_and_a_sentence(
    specialist: LanguageSpecialist,
) -> None:
    (out,) = specialist.run_batch(["what language is 'dziękuję bardzo'?"])
    assert isinstance(out, Output)
    extra = out.model_extra or {}
    assert extra["name"] == "Polish"
    assert out.score is not None and 0.5 < out.score <= 1.0
    assert [a["code"] for a in extra["alternatives"]][0] == "pl"
    assert len(extra["alternatives"]) == 3
    assert out.text.startswith("'dziękuję bardzo' is Polish (pl, p=")


def test_bad_inputs_become_per_item_errors(specialist: LanguageSpecialist) -> None:
    noise = "xq9#kfj2!zqv@wpx " * 600  # ~10 KB of keyboard noise
    outs = specialist.run_batch(["", "   ", "12345 678", noise, "qwxzkvbnj zxqwpf", "Merci!"])
    assert all(isinstance(o, Exception) for o in outs[:5]), outs[:5]
    assert isinstance(outs[5], Output) and outs[5].value == "fr"


def test_import_stays_light() -> None:
    heavy = "('torch', 'onnxruntime')"
    code = f"import sys, specialists.language; print([m for m in {heavy} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_dev_phrases_are_kept_apart_from_training_phrases() -> None:
    from specialists.language.data import read_phrases

    def phrases(split: str) -> set[tuple[str, str]]:
        return {
            (c, normalize(p).strip(" ?!.")) for c, ps in read_phrases(split).items() for p in ps
        }

    assert phrases("dev") and not phrases("dev") & phrases("train")
