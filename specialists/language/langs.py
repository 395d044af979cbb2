"""The languages the specialist tells apart, and where their training text comes from."""

from __future__ import annotations

from dataclasses import dataclass

NOISE = "noise"  # an extra class for keyboard mash and random strings: answered as an error


@dataclass(frozen=True, slots=True)
class Language:
    """One label: its ISO 639-1 code, its data sources and the letters its words may use."""

    code: str
    wordfreq: str | None  # wordfreq language code (None: no frequency list)
    faker: tuple[str, ...]  # Faker locales whose names, places and words are in this language
    babel: tuple[str, ...]  # CLDR locales (via babel) in this language
    letters: str  # regex character-class body: a word with other letters is dropped as foreign


_LATIN = "a-z"
_ARABIC = "\u0621-\u063a\u0641-\u0652\u0670"
_PERSIAN = (
    "\u0621-\u063a\u0641-\u0642\u0644-\u0649\u064b-\u0652\u067e\u0686\u0698\u06a9\u06af\u06cc"
)
_URDU = _PERSIAN + "\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c3\u06d2\u06d3"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"

LANGUAGES: tuple[Language, ...] = (
    Language("en", "en", ("en_US", "en_GB", "en_AU", "en_CA"), ("en", "en_GB"), _LATIN + "'"),
    Language("fr", "fr", ("fr_FR", "fr_CA", "fr_BE"), ("fr", "fr_CA"), _LATIN + "àâæçéèêëîïôœùûüÿ"),
    Language("de", "de", ("de_DE", "de_AT", "de_CH"), ("de", "de_AT"), _LATIN + "äöüß"),
    Language("es", "es", ("es_ES", "es_MX", "es_AR", "es_CO"), ("es", "es_MX"), _LATIN + "áéíñóúü"),
    Language("it", "it", ("it_IT",), ("it",), _LATIN + "àèéìíòóùú"),
    Language("pt", "pt", ("pt_BR", "pt_PT"), ("pt", "pt_PT"), _LATIN + "áâãàçéêíóôõú"),
    Language("nl", "nl", ("nl_NL", "nl_BE"), ("nl",), _LATIN + "éëïöüèáó"),
    Language("sv", "sv", ("sv_SE",), ("sv",), _LATIN + "åäöé"),
    Language("da", "da", ("da_DK",), ("da",), _LATIN + "æøåé"),
    Language("no", "nb", ("no_NO",), ("nb", "nn"), _LATIN + "æøåéôò"),
    Language("pl", "pl", ("pl_PL",), ("pl",), _LATIN + "ąćęłńóśźż"),
    Language("cs", "cs", ("cs_CZ",), ("cs",), _LATIN + "áčďéěíňóřšťúůýž"),
    Language("tr", "tr", ("tr_TR",), ("tr",), _LATIN + "çğıöşüâîû"),
    Language("ru", "ru", ("ru_RU",), ("ru",), "а-яё"),
    Language("uk", "uk", ("uk_UA",), ("uk",), "а-щьюяєіїґ'"),
    Language("ja", "ja", ("ja_JP",), ("ja",), "\u3041-\u309f\u30a0-\u30ff\u3005" + _HAN),
    Language("zh", "zh", ("zh_CN", "zh_TW"), ("zh", "zh_Hant", "zh_Hant_HK"), _HAN),
    Language("ko", "ko", ("ko_KR",), ("ko",), "\uac00-\ud7a3"),
    Language("ar", "ar", ("ar_AA", "ar_EG", "ar_SA", "ar_AE"), ("ar", "ar_EG"), _ARABIC),
    Language("hi", "hi", ("hi_IN",), ("hi",), "\u0900-\u097f"),
    Language("fi", "fi", ("fi_FI",), ("fi",), _LATIN + "äöå"),
    Language("el", "el", ("el_GR", "el_CY"), ("el",), "\u0370-\u03ff"),
    # beyond the required 22: distinct scripts, or Latin/Cyrillic languages people often ask about
    Language("he", "he", ("he_IL",), ("he",), "\u0591-\u05f4"),
    Language("th", None, ("th_TH",), ("th",), "\u0e00-\u0e7f"),
    Language("bn", "bn", ("bn_BD",), ("bn",), "\u0980-\u09ff"),
    Language("ta", "ta", ("ta_IN",), ("ta",), "\u0b80-\u0bff"),
    Language("fa", "fa", ("fa_IR",), ("fa",), _PERSIAN),
    Language("ur", "ur", (), ("ur",), _URDU),
    Language("bg", "bg", ("bg_BG",), ("bg",), "а-щъьюяѝ"),
    Language("hu", "hu", ("hu_HU",), ("hu",), _LATIN + "áéíóöőúüű"),
    Language("ro", "ro", ("ro_RO",), ("ro",), _LATIN + "ăâîșțşţ"),
    Language("sk", "sk", ("sk_SK",), ("sk",), _LATIN + "áäčďéíĺľňóôŕšťúýž"),
    Language("ca", "ca", (), ("ca",), _LATIN + "àçèéíïòóúü·"),
    Language("id", "id", ("id_ID",), ("id",), _LATIN),
    Language("vi", "vi", ("vi_VN",), ("vi",), _LATIN + "\u00c0-\u024f\u1e00-\u1eff"),
    Language("lt", "lt", ("lt_LT",), ("lt",), _LATIN + "ąčęėįšųūž"),
    Language("lv", "lv", ("lv_LV",), ("lv",), _LATIN + "āčēģīķļņšūž"),
    Language("sl", "sl", ("sl_SI",), ("sl",), _LATIN + "čšžćđ"),
    Language("is", "is", ("is_IS",), ("is",), _LATIN + "áðéíóúýþæö"),
)

CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
LABELS: tuple[str, ...] = (*CODES, NOISE)  # model output order
REQUIRED: frozenset[str] = frozenset(CODES[:22])
BY_CODE = {lang.code: lang for lang in LANGUAGES}
NO_SPACES = frozenset({"ja", "zh", "th"})  # scripts written without spaces between words
