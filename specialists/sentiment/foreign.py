"""Spot Latin-script text in another European language, so the English model never judges it.

The encoder and the head only know English: German, French, Spanish, Italian, Portuguese or Dutch
text passes the script and vocabulary checks (many of its words are also English word pieces) and
then gets a confident, arbitrary label. No sound offline sentiment model or maintained lexicon for
these languages is installed, so such text is refused with the language named, unless the small
hand-written word lists of ``foreign_lexicon`` find polar words in it (the specialist then gives
a lexicon reading instead of the refusal).

The test is transparent: count function words that are distinctive for each language (words that
are also common English words, such as "die", "war", "pour" or "per", are left out) and the
language's polar words that are not English, and compare them with English function words in the
same text. A short text with a single such word is refused only when py3langid (a declared
dependency that ships its model) agrees with high probability, among English and these six
languages; a text with no English function word at all is refused when py3langid is nearly
certain.
"""

from __future__ import annotations

import re
import unicodedata
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
}
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
LANGID_SURE = 0.9
LANGID_ALONE = 0.98
# No English function word, and two signs of the language (a function word, an accented word):
# "Ótimo atendimento, voltarei com certeza" is 0.88 Portuguese to py3langid.
LANGID_UNOPPOSED = 0.8
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ELISION = re.compile(r"^(?:d|l|j|qu|n|c|s|m|t)'[^\W\d_]")
_ACCENTED = re.compile(r"[^\x00-\x7f]")


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'").lower() for t in _TOKEN.findall(text)]


def _accented_foreign(token: str) -> bool:
    """A word with letters outside ASCII that is not an English loanword."""
    letters = unicodedata.normalize("NFC", token)
    return bool(_ACCENTED.search(letters)) and letters not in LOANWORDS


@cache
def _identifier() -> Any:
    """py3langid restricted to English and the six languages above (its model ships with it)."""
    from py3langid import langid

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CODES))
    return identifier


def foreign_language(text: str) -> str | None:
    """The European language ``text`` is written in, or ``None`` when it reads as English.

    Evidence is the count of distinctive function words and of non-English polar words from the
    fallback word lists (``foreign_lexicon``) of the likeliest language, plus up to two accented
    non-loanwords and one for a French elision ("d'un"). Refuse when the evidence outnumbers
    English function words and either py3langid is at least ``LANGID_SURE`` the text is not
    English, or there are two or more such words. With no English function word at all in
    three or more words, py3langid alone decides at ``LANGID_ALONE``, or at
    ``LANGID_UNOPPOSED`` when two pieces of evidence back it.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    counts = {
        name: sum(t in table or t in POLAR_WORDS[name] for t in tokens)
        for name, table in FUNCTION_WORDS.items()
    }
    if any(_ELISION.match(t) for t in tokens):
        counts["French"] += 1
    best = max(counts, key=lambda name: counts[name])
    accents = min(2, sum(_accented_foreign(t) for t in tokens))
    evidence = counts[best] + accents
    english = sum(t in ENGLISH_WORDS for t in tokens)
    alone = english == 0 and len(tokens) >= 3
    if evidence <= english and not alone:
        return None
    code, probability = _identifier().classify(text)
    foreign = CODES[code] if code != "en" else None
    if evidence > english and foreign and probability >= LANGID_SURE:
        return foreign
    if evidence > english and counts[best] >= 2:
        return best
    if alone and foreign and probability >= LANGID_ALONE:
        return foreign
    if alone and evidence >= 2 and foreign and probability >= LANGID_UNOPPOSED:
        return foreign
    return None
