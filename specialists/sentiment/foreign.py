"""Spot text in another European language, so the English model never judges it.

The encoder and the head only know English: German, French, Spanish, Italian, Portuguese or Dutch
text passes the script and vocabulary checks (many of its words are also English word pieces) and
then gets a confident, arbitrary label. No sound offline sentiment model or maintained lexicon for
these languages is installed, so such text is refused with the language named, unless the small
hand-written word lists of ``foreign_lexicon`` find polar words in it (the specialist then gives
a lexicon reading instead of the refusal). Polish, Czech, Turkish, Swedish, Danish and Norwegian
(Bokmål) were added later and are recognised the same way; Russian and Ukrainian are told apart
for mostly Cyrillic text (``checks.validate`` asks before it refuses non-Latin script).

The test is transparent: count function words that are distinctive for each language (words that
are also common English words, such as "die", "war", "pour" or "per", are left out) and the
language's polar words that are not English, and compare them with English function words in the
same text. A short text with a single such word is refused only when py3langid (a declared
dependency that ships its model) agrees with high probability, among English and these
languages; a text with no English function word at all is refused when py3langid is nearly
certain. The first six languages are decided exactly as before the later ones were added;
Danish, Norwegian and Swedish (and Russian and Ukrainian), which py3langid confuses, count as one
group for its probability and the text's own words choose the member.

Twelve more came last, with word lists but no function words: Greek, Hebrew, Arabic, Hindi,
Korean, Japanese and Chinese are told by their script (``_by_script``), and Romanian,
Vietnamese, Finnish, Hungarian and Indonesian by py3langid among every listed language, sure
and not outweighed by English function words (``_further``). A script of its own is asked first
(no text of the earlier languages is written in one); one of the five Latin languages wins over
the earlier rules only where those found at most one word of the language they chose (they
never heard of Finnish, and took "henkilökunta" for Swedish). Over 9,215 English sentences and
questions of the docs development corpora, none is taken for a foreign language, as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

from specialists.sentiment.foreign_lexicon import CODE, language_evidence
from specialists.sentiment.lexicon import words

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "German": frozenset(
        words(
            "der|das|und|ist|nicht|ein|eine|einen|einem|ich|wir|sehr|auf|für|auch|aber|"
            "noch|schon|zum|zur|dem|des|sind|wird|haben|mein|meine|heute|wirklich|kein|"
            "keine|nur|oder|wie|wenn|dass|über|ganz|danke|nichts|immer|leider|schön|"
            "hier|sie|ihr|wurde|waren|bist|sehr|gestern|morgen|jetzt|gibt|mir|mich|uns"
        )
    ),
    "French": frozenset(
        words(
            "les|une|je|nous|vous|pas|très|avec|dans|mais|était|c'est|ce|cette|qui|que|du|au|"
            "aux|mes|trop|bien|j'ai|n'est|il|elle|ils|sont|suis|merci|bonjour|aujourd'hui|"
            "vraiment|rien|toujours|beaucoup|notre|votre|leur|parce|chez|sommes|été|"
            "jamais|moi|toi|ça|qu'il|d'un|d'une|l'hôtel|c'était"
        )
    ),
    "Spanish": frozenset(
        words(
            "el|los|las|una|es|está|muy|pero|por|hoy|fue|estoy|su|como|gracias|"
            "hola|también|porque|siempre|nunca|todos|muchas|muchos|ayer|"
            "mañana|estaba|estamos|hemos|tiene|tengo|eso|esta|este|qué|cuando|donde|"
            "mejor|peor|buena"
        )
    ),
    "Italian": frozenset(
        words(
            "gli|della|delle|dello|è|molto|che|sono|questo|questa|abbiamo|anche|perché|più|"
            "grazie|buongiorno|oggi|sempre|niente|tutto|tutti|ieri|domani|nella|nel|degli|"
            "siamo|hanno|stato|stata|bellissimo|bellissima|proprio|troppo|ancora|mai"
        )
    ),
    "Portuguese": frozenset(
        words(
            "uma|não|muito|muita|é|está|mas|foi|meu|minha|hoje|obrigado|"
            "obrigada|você|estou|ontem|amanhã|sempre|tudo|também|porque|isso|essa|esse|"
            "nós|são|estava|ótimo|ótima|já|ainda|nunca|pelo|pela"
        )
    ),
    "Dutch": frozenset(
        words(
            "het|een|niet|ik|wij|zeer|maar|voor|zijn|erg|goed|heb|hebben|ook|"
            "bedankt|vandaag|gisteren|morgen|altijd|nooit|niets|alles|mijn|onze|jullie|"
            "waren|wordt|geweest|echt|lekker|mooi|slecht|veel|naar|dit|deze|zo'n"
        )
    ),
    # Added later; also left out: words of the six languages above ("je", "se", "mit", "alle").
    "Polish": frozenset(
        words(
            "jest|nie|się|że|bardzo|czy|jestem|był|była|było|były|byli|mnie|mój|moja|moje|"
            "nasz|nasza|tego|tej|jego|jej|oraz|więc|jeszcze|trochę|tutaj|już|tylko|też|także|"
            "wszystko|wszyscy|dzisiaj|dziś|wczoraj|jutro|naprawdę|zawsze|nigdy|który|która|"
            "które|są|będzie|mam|mamy|przez|dla|gdzie|kiedy|tym|niż|żeby|ponieważ|jednak"
        )
    ),
    "Czech": frozenset(
        words(
            "jsem|jsme|jsou|není|velmi|moc|už|jen|také|taky|všechno|všichni|dnes|včera|zítra|"
            "opravdu|vždy|vždycky|nikdy|který|která|které|můj|moje|náš|naše|její|jejich|"
            "protože|ještě|trochu|tady|mám|máme|bude|byl|byla|bylo|byli|mě|mně|při|nebo|aby|"
            "když|tento|tato|toto|jsi|jste|hodně|však"
        )
    ),
    "Turkish": frozenset(
        words(
            "ve|bir|bu|çok|için|ile|ama|siz|değil|gibi|daha|şu|hiç|kadar|sonra|önce|şimdi|"
            "bugün|dün|yarın|merhaba|gerçekten|hep|asla|hiçbir|benim|bizim|sizin|oldu|olarak|"
            "olan|çünkü|nasıl|neden|burada|orada|biraz|tüm|bütün|herkes|şey|oldukça|gayet|"
            "kesinlikle|yok|mı|mu|mü|ancak|fakat|yine|artık|bile"
        )
    ),
    "Swedish": frozenset(
        words(
            "och|jag|inte|är|att|det|mycket|också|för|så|har|hej|från|här|där|nu|bara|ska|"
            "skulle|våra|vår|mina|väldigt|aldrig|inget|inga|mig|oss|hon|vara|varit|blev|blir|"
            "kommer|något|någon|allt|vad|hur|när|efter|igen|verkligen|redan|eller|som|ett|var|"
            "av|jättebra|även|dessutom|tyvärr"
        )
    ),
    "Danish": frozenset(
        words(
            "og|jeg|ikke|det|meget|også|på|har|nu|skal|skulle|vores|aldrig|intet|mig|jer|hun|"
            "være|været|blev|bliver|kommer|noget|nogen|nogle|hvad|hvordan|hvorfor|hvornår|"
            "hvor|når|efter|igen|virkelig|allerede|eller|som|var|fordi|sådan|lidt|hos|jo|"
            "synes|ud|også|desværre|rigtig|hele"
        )
    ),
    "Norwegian": frozenset(
        words(
            "og|jeg|ikke|det|veldig|også|på|har|hei|nå|skal|skulle|vår|våre|meg|deg|seg|oss|"
            "dere|hun|være|vært|ble|blir|kommer|noe|noen|hva|hvordan|hvorfor|når|hvor|etter|"
            "igjen|virkelig|allerede|eller|som|var|fordi|sånn|litt|hos|jo|synes|ut|opp|av|mye|"
            "fikk|gikk|ingenting|aldri|dessverre|kjempe|helt"
        )
    ),
    "Russian": frozenset(
        words(
            "и|что|это|очень|мне|меня|мы|вы|они|он|она|всё|все|уже|еще|ещё|только|тоже|"
            "сегодня|вчера|здесь|когда|где|почему|потому|если|нет|да|есть|будет|можно|нужно|"
            "который|которая|которое|его|ее|её|их|этот|эта|эти|ничего|никогда|всегда|вообще|"
            "сейчас|теперь|из|от|после|снова|опять|вот|ну|ли|бы|чтобы|или|с|к|о|ты|был|была|"
            "было|были|как|но"
        )
    ),
    "Ukrainian": frozenset(
        words(
            "і|й|та|що|це|дуже|але|мені|мене|ми|ви|вони|він|вона|вже|ще|тільки|лише|теж|"
            "також|сьогодні|вчора|коли|де|чому|тому|якщо|ні|є|буде|можна|треба|який|яка|яке|"
            "його|її|їх|цей|ця|ці|нічого|ніколи|завжди|зараз|тепер|з|із|від|після|знову|ось|"
            "чи|би|щоб|або|ти|був|була|було|були|як"
        )
    ),
}
FIRST_SIX = ("German", "French", "Spanish", "Italian", "Portuguese", "Dutch")
LATER = ("Polish", "Czech", "Turkish", "Swedish", "Danish", "Norwegian")
CYRILLIC = ("Russian", "Ukrainian")
# Languages py3langid (and these word lists) easily confuse: within a group the probabilities
# are added, and the text's own words choose the member (py3langid's pick breaks a tie).
CLOSE = (frozenset({"Danish", "Norwegian", "Swedish"}), frozenset({"Russian", "Ukrainian"}))
# Letters only one of the two Cyrillic languages writes.
LETTERS = {"Russian": frozenset("ыэъё"), "Ukrainian": frozenset("іїєґ")}
ENGLISH_WORDS = frozenset(
    words(
        "the|and|is|was|it|to|of|a|an|i|my|this|that|with|for|but|not|so|you|we|they|very|"
        "at|on|in|are|were|be|been|have|has|had|just|really|me|our|your|their|from|what|"
        "can't|don't|didn't|it's|i'm|i've|isn't|wasn't|will|would|all|again|about|out|up|"
        "no|too|if|or|when|there|here|do|did|does|get|got|one|love|good|great|bad"
    )
)
# Accented words that English has borrowed; other accented words hint at a foreign language.
LOANWORDS = frozenset(
    words(
        "café|cafés|résumé|naïve|fiancé|fiancée|déjà|jalapeño|jalapeños|piñata|pokémon|rosé|"
        "entrée|protégé|cliché|crème|brûlée|façade|señor|über|soirée|touché|exposé|sauté|purée|"
        "frappé|décor|attaché|blasé|passé|rendezvous|beyoncé|josé|zoë|chloë|renée|andré|éclair"
    )
)
# The polar words of the fallback word lists are evidence too ("hilfreich", "onbeleefd").
POLAR_WORDS = {name: language_evidence(code) for name, code in CODE.items()}
CODES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}
# py3langid codes of the later languages ("nn", Nynorsk, is read with the Bokmål lists)
LATER_CODES = {
    "pl": "Polish",
    "cs": "Czech",
    "tr": "Turkish",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "nn": "Norwegian",
}
CYRILLIC_CODES = {"ru": "Russian", "uk": "Ukrainian"}
# py3langid codes of the Latin-script languages whose word lists came last (Malay is read with
# the Indonesian list: the two share most of their words, and py3langid confuses them).
FURTHER_CODES = {
    "ro": "Romanian",
    "vi": "Vietnamese",
    "fi": "Finnish",
    "hu": "Hungarian",
    "id": "Indonesian",
    "ms": "Indonesian",
}
# A script of its own names the language (the words of Unicode character names that say it).
SCRIPTS = {
    "GREEK": "Greek",
    "HEBREW": "Hebrew",
    "ARABIC": "Arabic",
    "DEVANAGARI": "Hindi",
    "HANGUL": "Korean",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "CJK": "Chinese",
}
# Scripts several languages write: py3langid's codes among them, None for one without lists.
SHARED_SCRIPTS: dict[str, dict[str, str | None]] = {
    "ARABIC": {"ar": "Arabic", "ary": "Arabic", "arz": "Arabic", "fa": None, "ur": None,
               "ps": None, "ug": None, "ku": None, "sdh": None},
    "DEVANAGARI": {"hi": "Hindi", "mr": None, "ne": None, "sa": None, "gom": None},
}  # fmt: skip
# Cyrillic languages without word lists, so py3langid can say a text is none of the two.
OTHER_CYRILLIC = ("be", "bg", "mk", "sr", "kk")
LANGID_SURE = 0.9
LANGID_ALONE = 0.98
# No English function word, and two signs of the language (a function word, an accented word):
# "Ótimo atendimento, voltarei com certeza" is 0.88 Portuguese to py3langid.
LANGID_UNOPPOSED = 0.8
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ELISION = re.compile(r"^(?:d|l|j|qu|n|c|s|m|t)'[^\W\d_]")
_ACCENTED = re.compile(r"[^\x00-\x7f]")


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'").lower() for t in _TOKEN.findall(text.replace("İ", "i"))]


def _accented_foreign(token: str) -> bool:
    """A word with letters outside ASCII that is not an English loanword."""
    letters = unicodedata.normalize("NFC", token)
    return bool(_ACCENTED.search(letters)) and letters not in LOANWORDS


def _identifier() -> Any:
    """py3langid restricted to English and the six languages above (its model ships with it)."""
    return _restricted(tuple(CODES))


@cache
def _restricted(codes: tuple[str, ...]) -> Any:
    """py3langid restricted to ``codes``."""
    from py3langid import langid

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(codes))
    return identifier


def _count(tokens: list[str], name: str) -> int:
    """Distinctive function words and non-English polar words of language ``name``."""
    return sum(t in FUNCTION_WORDS[name] or t in POLAR_WORDS[name] for t in tokens)


def _cyrillic(text: str) -> bool:
    """Most letters of ``text`` are Cyrillic."""
    letters = [c for c in text if c.isalpha()]
    return 2 * sum("CYRILLIC" in unicodedata.name(c, "") for c in letters) > len(letters)


def _ranked(text: str, codes: dict[str, str]) -> tuple[str | None, float, dict[str, float]]:
    """py3langid's pick among English, the six and ``codes``: its language (``None`` for
    English or one outside ``codes``), that language's probability plus the probability of
    its ``CLOSE`` group, and the probability of each language of ``codes``."""
    ranking = _restricted(tuple(CODES | codes)).rank(text)
    probabilities: dict[str, float] = {}
    for code, p in ranking:
        if code in codes:
            probabilities[codes[code]] = probabilities.get(codes[code], 0.0) + float(p)
    top = codes.get(ranking[0][0])
    if top is None:
        return None, 0.0, probabilities
    group = next((g for g in CLOSE if top in g), frozenset({top}))
    return top, sum(probabilities.get(name, 0.0) for name in group), probabilities


def _choose(counts: dict[str, int], preferred: str | None) -> str:
    """The language with most words in ``counts``; ``preferred`` wins a tie."""
    most = max(counts.values())
    if preferred in counts and counts[preferred] == most:
        return preferred
    return next(name for name, n in counts.items() if n == most)


def _close_pick(top: str, counts: dict[str, int]) -> str:
    """Within ``top``'s ``CLOSE`` group, the member the text's own words favour."""
    group = next((g for g in CLOSE if top in g), frozenset({top}))
    return _choose({name: counts[name] for name in counts if name in group}, top)


def foreign_language(text: str) -> str | None:
    """The European language ``text`` is written in, or ``None`` when it reads as English.

    Evidence is the count of distinctive function words and of non-English polar words from the
    fallback word lists (``foreign_lexicon``) of the likeliest language, plus up to two accented
    non-loanwords and one for a French elision ("d'un"). Refuse when the evidence outnumbers
    English function words and either py3langid is at least ``LANGID_SURE`` the text is not
    English, or there are two or more such words. With no English function word at all in
    three or more words, py3langid alone decides at ``LANGID_ALONE``, or at
    ``LANGID_UNOPPOSED`` when two pieces of evidence back it.

    The six first languages are judged as they always were (``_first_six``); the later Latin
    ones by the same rules (``_later``). When both claim a text, the one with more words in it
    wins, and py3langid among all of them breaks a tie. Mostly Cyrillic text is Russian or
    Ukrainian (``_east_slavic``) or neither.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    if _cyrillic(text):
        return _east_slavic(text, tokens)
    script = _by_script(text)
    if script is not None:
        return script or None
    first = _first_six(text, tokens)
    later = _later(text, tokens)
    further = _further(text, tokens)
    claimed = [_count(tokens, name) for name in (first, later) if name is not None]
    if further is not None and max(claimed, default=0) < 2:
        # py3langid sure among every listed language, and at most one word of the language
        # the older rules chose (which never heard of Finnish: "henkilökunta" read Swedish).
        return further
    if first is None or later is None:
        return first or later
    ours, theirs = _count(tokens, first), _count(tokens, later)
    if ours != theirs:
        return first if ours > theirs else later
    top, _, _ = _ranked(text, LATER_CODES)
    return later if top == later else first


def _by_script(text: str) -> str | None:
    """The language of a text written mostly in a script of its own (``SCRIPTS``): "" for such
    a text in a language without word lists (Persian, Marathi), ``None`` for other scripts.

    Kana anywhere among Han characters make Japanese; Arabic and Devanagari serve several
    languages, so py3langid picks among them."""
    letters = [c for c in text if c.isalpha()]
    scripts = [next((s for s in SCRIPTS if s in unicodedata.name(c, "")), "") for c in letters]
    counts = Counter(scripts)
    script, most = counts.most_common(1)[0] if counts else ("", 0)
    if not script or 2 * most <= len(letters):
        if not (counts["HIRAGANA"] or counts["KATAKANA"]) or 2 * (
            counts["CJK"] + counts["HIRAGANA"] + counts["KATAKANA"]
        ) <= len(letters):
            return None
        return "Japanese"
    if script in ("CJK", "HIRAGANA", "KATAKANA"):
        return "Japanese" if counts["HIRAGANA"] or counts["KATAKANA"] else "Chinese"
    if script in SHARED_SCRIPTS:
        languages = SHARED_SCRIPTS[script]
        top = _restricted(tuple(languages)).classify(text)[0]
        return languages[top] or ""
    return SCRIPTS[script]


def _further(text: str, tokens: list[str]) -> str | None:
    """Romanian, Vietnamese, Finnish, Hungarian or Indonesian (with Malay), whose word lists came
    last: py3langid, among English and every listed language, at least ``LANGID_SURE`` sure, and
    the text's English function words outnumbered by its foreign evidence (its accented
    non-loanwords and polar words of that language's list) or absent in two words or more."""
    ranking = _restricted(tuple(CODES | LATER_CODES | FURTHER_CODES)).rank(text)
    top, probability = ranking[0][0], float(ranking[0][1])
    name = FURTHER_CODES.get(top)
    if name is None:
        return None
    probability += sum(float(p) for code, p in ranking[1:] if FURTHER_CODES.get(code) == name)
    if probability < LANGID_SURE:
        return None
    english = sum(t in ENGLISH_WORDS for t in tokens)
    evidence = sum(_accented_foreign(t) or t in POLAR_WORDS.get(name, ()) for t in tokens)
    return name if evidence > english or (english == 0 and len(tokens) >= 2) else None


def _later(text: str, tokens: list[str]) -> str | None:
    """Polish, Czech, Turkish, Swedish, Danish or Norwegian by the rules of ``_first_six``;
    py3langid's probability is that of the ``CLOSE`` group (Danish, Norwegian and Swedish
    together), and the text's own words choose within the group."""
    counts = {name: _count(tokens, name) for name in LATER}
    most = max(counts.values())
    weighed = _weighed(tokens, most)
    if weighed is None:
        return None
    top, probability, _ = _ranked(text, LATER_CODES)
    foreign = _close_pick(top, counts) if top else None
    return _verdict(*weighed, most, foreign, probability, _choose(counts, top))


def _weighed(tokens: list[str], most: int) -> tuple[int, int, bool] | None:
    """The evidence for a language (its words, ``most``, and up to two accented words), the
    English function words against it, and whether there are none in three or more words;
    None when English wins outright and py3langid need not be asked."""
    evidence = most + min(2, sum(_accented_foreign(t) for t in tokens))
    english = sum(t in ENGLISH_WORDS for t in tokens)
    alone = english == 0 and len(tokens) >= 3
    if evidence <= english and not alone:
        return None
    return evidence, english, alone


def _verdict(
    evidence: int,
    english: int,
    alone: bool,
    most: int,
    foreign: str | None,
    probability: float,
    by_words: str,
) -> str | None:
    """The rules of ``foreign_language``: py3langid's ``foreign`` pick when it is sure and the
    evidence outnumbers English, the language with most words (``by_words``) when two or more
    of them do, and with no English word at all py3langid alone, or backed by two pieces of
    evidence."""
    if evidence > english and foreign and probability >= LANGID_SURE:
        return foreign
    if evidence > english and most >= 2:
        return by_words
    if alone and foreign and probability >= LANGID_ALONE:
        return foreign
    if alone and evidence >= 2 and foreign and probability >= LANGID_UNOPPOSED:
        return foreign
    return None


def _east_slavic(text: str, tokens: list[str]) -> str | None:
    """Russian or Ukrainian for mostly Cyrillic text, or ``None`` for another language.

    py3langid picks among Russian, Ukrainian and five other Cyrillic languages; between Russian
    and Ukrainian the text's function words, polar words and the letters only one of them
    writes (up to two words with such letters) decide, py3langid's pick breaking a tie. When
    py3langid picks another language, two or more such words still make it Russian or
    Ukrainian.
    """
    counts = {
        name: _count(tokens, name) + min(2, sum(bool(LETTERS[name] & set(t)) for t in tokens))
        for name in CYRILLIC
    }
    ranking = _restricted((*CYRILLIC_CODES, *OTHER_CYRILLIC)).rank(text)
    top = CYRILLIC_CODES.get(ranking[0][0])
    if top is not None:
        return _choose(counts, top)
    if max(counts.values()) >= 2:
        return _choose(counts, None)
    return None


def _first_six(text: str, tokens: list[str]) -> str | None:
    """German, French, Spanish, Italian, Portuguese or Dutch, by the rules of
    ``foreign_language``, exactly as before the later languages were added."""
    counts = {name: _count(tokens, name) for name in FIRST_SIX}
    if any(_ELISION.match(t) for t in tokens):
        counts["French"] += 1
    best = max(counts, key=lambda name: counts[name])
    weighed = _weighed(tokens, counts[best])
    if weighed is None:
        return None
    code, probability = _identifier().classify(text)
    foreign = CODES[code] if code != "en" else None
    return _verdict(*weighed, counts[best], foreign, probability, best)
