"""A word-list reading of German, French, Spanish, Italian, Portuguese and Dutch text.

Data source: every word list below was written by hand for this project (from general knowledge
of the languages; no external lexicon, corpus or model), and reviewed for correctness. Entries
are common, strongly polar words and short phrases with their usual inflected forms, plus the
words that negate them and the words that end a negation's reach.

The reading is deliberately simple and only used for text that ``foreign.foreign_language``
already refuses as non-English: each hit counts +1 (positive list) or -1 (negative list), and a
negator shortly before it (or, in German and Dutch, a clause-final "nicht"/"niet" after it)
flips it. Phrases are matched before single words. Greetings such as "buenos días" are matched
as neutral phrases so they are not read as praise. A text with no hit gets no reading: the
caller keeps its refusal, because no evidence is not the same as neutral.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from specialists.sentiment.lexicon import words

NEGATION_BEFORE = 3  # tokens before a hit, within its clause, that may hold a negator
NEGATION_AFTER = 4  # German and Dutch: a clause-final negator this close after a hit flips it
MAX_SCORE = 0.75  # a word-list reading is never reported as confidently as the model


@dataclass(frozen=True, slots=True)
class Language:
    """The word lists of one language; ``neutral`` phrases are consumed without polarity."""

    positive: frozenset[str]
    negative: frozenset[str]
    negators: frozenset[str]
    breaks: frozenset[str]  # conjunctions that end a negation's reach
    neutral: frozenset[str] = frozenset()
    negation_after: bool = False


def _set(spec: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w.lower()) for w in words(spec))


LANGUAGES: dict[str, Language] = {
    "de": Language(
        positive=_set(
            "gut|gute|guter|gutes|guten|super|toll|tolle|toller|tolles|tollen|prima|klasse|"
            "spitze|exzellent|exzellente|ausgezeichnet|ausgezeichnete|ausgezeichneten|"
            "hervorragend|hervorragende|hervorragenden|perfekt|perfekte|perfekten|wunderbar|"
            "wunderbare|wunderbaren|wunderschön|wunderschöne|schön|schöne|schönen|schöner|"
            "schönes|herrlich|herrliche|fantastisch|fantastische|großartig|großartige|"
            "großartigen|genial|geniale|lecker|leckere|leckeren|köstlich|köstliche|freundlich|"
            "freundliche|freundlichen|hilfsbereit|hilfsbereite|hilfreich|hilfreiche|zufrieden|"
            "glücklich|froh|begeistert|empfehlenswert|empfehle|empfehlen|liebe|lieben|geliebt|"
            "gefällt|gefiel|mag|gerne|gern|danke|vielen dank|dankbar|schnell|schnelle|"
            "schneller|pünktlich|sauber|saubere|bequem|bequeme|gemütlich|angenehm|angenehme|"
            "traumhaft|beeindruckend|spannend|lustig|nett|nette|netten|freude|bestens|"
            "einwandfrei|zuverlässig|top|funktioniert|klappt|geklappt|schmeckt|geschmeckt|"
            "gerne wieder|jederzeit wieder|lohnt sich"
        ),
        negative=_set(
            "schlecht|schlechte|schlechter|schlechten|schlechtes|schrecklich|schreckliche|"
            "furchtbar|furchtbare|fürchterlich|katastrophal|katastrophe|miserabel|mies|miese|"
            "enttäuscht|enttäuschend|enttäuschung|ärgerlich|verärgert|sauer|wütend|traurig|"
            "unfreundlich|unfreundliche|unfreundlichen|unhöflich|unhöfliche|frech|langsam|"
            "langsame|zu spät|viel zu spät|verspätet|verspätung|kaputt|beschädigt|beschädigte|"
            "defekt|defekte|schmutzig|schmutzige|dreckig|eklig|ekelhaft|kalt|kalte|kalten|"
            "teuer|zu teuer|überteuert|langweilig|langweilige|nervig|nervt|ärger|problem|"
            "probleme|fehler|mangelhaft|ungenießbar|unzufrieden|unbrauchbar|nutzlos|leider|"
            "schade|hasse|hass|nie wieder|niemals wieder|betrug|abzocke|chaos|falsch|falsche|"
            "müll|grauenhaft|peinlich|unverschämt|frechheit|zerbrochen|verloren"
        ),
        negators=_set("nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|ohne"),
        breaks=_set("und|aber|oder|doch|sondern|denn|trotzdem"),
        neutral=_set("guten morgen|guten tag|guten abend|gute nacht"),
        negation_after=True,
    ),
    "fr": Language(
        positive=_set(
            "bon|bonne|bons|bonnes|bien|super|génial|géniale|géniaux|excellent|excellente|"
            "excellents|excellentes|parfait|parfaite|parfaits|parfaites|magnifique|magnifiques|"
            "merveilleux|merveilleuse|formidable|formidables|superbe|superbes|fantastique|"
            "fantastiques|incroyable|incroyables|délicieux|délicieuse|délicieuses|savoureux|"
            "savoureuse|agréable|agréables|sympa|sympathique|sympathiques|gentil|gentille|"
            "gentils|aimable|aimables|chaleureux|chaleureuse|accueillant|accueillante|"
            "serviable|serviables|rapide|rapides|confortable|confortables|beau|belle|beaux|"
            "belles|joli|jolie|jolis|heureux|heureuse|content|contente|contents|ravi|ravie|"
            "ravis|satisfait|satisfaite|satisfaits|adore|adoré|adorée|aime|aimé|plaît|"
            "recommande|recommandé|merci|bravo|top|impeccable|idéal|idéale|réussi|réussie|"
            "plaisir|joie|fonctionne|à recommander|rien à redire"
        ),
        negative=_set(
            "mauvais|mauvaise|mauvaises|nul|nulle|nuls|horrible|horribles|affreux|affreuse|"
            "terrible|terribles|catastrophique|catastrophe|décevant|décevante|décevants|déçu|"
            "déçue|déçus|déception|lent|lente|lents|lentes|impoli|impolie|impolis|"
            "désagréable|désagréables|sale|sales|froid|froide|froids|trop cher|trop chère|"
            "en retard|retard|cassé|cassée|cassés|abîmé|abîmée|endommagé|endommagée|"
            "défectueux|défectueuse|ennuyeux|ennuyeuse|médiocre|pire|déteste|détesté|énervé|"
            "énervée|furieux|furieuse|triste|problème|problèmes|arnaque|honte|inacceptable|"
            "inadmissible|insupportable|bruyant|bruyante|dégoûtant|dégoûtante|dégueulasse|"
            "plus jamais|malheureusement|dommage|perdu|perdue|incompétent|incompétents|"
            "incompétente|grossier|grossière|odieux"
        ),
        negators=_set("ne|n|pas|jamais|rien|aucun|aucune|sans|ni"),
        breaks=_set("et|mais|ou|car|puis|pourtant"),
        neutral=_set("bonne journée|bonne soirée|bonne nuit|bon appétit|bon voyage"),
    ),
    "es": Language(
        positive=_set(
            "bueno|buena|buenos|buenas|bien|genial|geniales|excelente|excelentes|perfecto|"
            "perfecta|perfectos|maravilloso|maravillosa|maravillosos|increíble|increíbles|"
            "fantástico|fantástica|estupendo|estupenda|precioso|preciosa|bonito|bonita|hermoso|"
            "hermosa|delicioso|deliciosa|deliciosos|rico|rica|amable|amables|simpático|"
            "simpática|simpáticos|encantador|encantadora|agradable|agradables|limpio|limpia|"
            "rápido|rápida|cómodo|cómoda|feliz|felices|contento|contenta|contentos|alegría|"
            "alegre|gracias|encanta|encantó|encantado|encantada|gusta|gustó|gustan|recomiendo|"
            "recomendable|recomendado|funciona|maravilla|guay|satisfecho|satisfecha|atento|"
            "atenta|atentos|ideal|impecable|disfruté|disfrutamos|me encanta|lo recomiendo"
        ),
        negative=_set(
            "malo|mala|malos|malas|mal|fatal|horrible|horribles|terrible|terribles|pésimo|"
            "pésima|pésimos|desastre|desastroso|desastrosa|decepcionante|decepción|"
            "decepcionado|decepcionada|lento|lenta|lentos|frío|fría|fríos|frías|sucio|sucia|"
            "sucios|sucias|grosero|grosera|groseros|maleducado|maleducada|antipático|"
            "antipática|muy caro|demasiado caro|roto|rota|rotos|dañado|dañada|defectuoso|"
            "defectuosa|aburrido|aburrida|aburridos|asco|asqueroso|asquerosa|odio|odié|peor|"
            "triste|enfadado|enfadada|molesto|molesta|problema|problemas|retraso|llegó tarde|"
            "estafa|vergüenza|nunca más|inaceptable|ruidoso|ruidosa|incómodo|incómoda|"
            "mediocre|desgraciadamente|lamentablemente|perdido|perdida"
        ),
        negators=_set("no|nunca|jamás|ni|sin|tampoco|nada|nadie|ningún|ninguna"),
        breaks=_set("y|pero|o|aunque|sino"),
        neutral=_set("buenos días|buenas tardes|buenas noches|buen provecho|buen viaje"),
    ),
    "it": Language(
        positive=_set(
            "buono|buona|buoni|buone|bene|ottimo|ottima|ottimi|ottime|eccellente|eccellenti|"
            "perfetto|perfetta|perfetti|perfette|fantastico|fantastica|fantastici|meraviglioso|"
            "meravigliosa|meravigliosi|bellissimo|bellissima|bellissimi|bellissime|bello|bella|"
            "belli|belle|stupendo|stupenda|splendido|splendida|incredibile|delizioso|deliziosa|"
            "squisito|squisita|gentile|gentili|gentilissimo|gentilissima|cordiale|cordiali|"
            "simpatico|simpatica|simpatici|disponibile|disponibili|pulito|pulita|puliti|pulite|"
            "veloce|veloci|rapido|rapida|comodo|comoda|felice|felici|contento|contenta|"
            "soddisfatto|soddisfatta|grazie|adoro|amo|piace|piaciuto|piaciuta|piaciuti|"
            "consigliato|consigliata|consigliatissimo|top|favoloso|favolosa|accogliente|"
            "impeccabile|gioia|tornerò|torneremo|lo consiglio|grazie mille"
        ),
        negative=_set(
            "cattivo|cattiva|cattivi|male|brutto|brutta|brutti|brutte|pessimo|pessima|pessimi|"
            "orribile|orribili|terribile|terribili|schifo|schifoso|schifosa|deludente|"
            "delusione|deluso|delusa|lento|lenta|lenti|lentissimo|lentissima|freddo|fredda|"
            "freddi|sporco|sporca|sporchi|scortese|scortesi|maleducato|maleducata|antipatico|"
            "antipatica|troppo caro|troppo cara|rotto|rotta|rotti|danneggiato|danneggiata|"
            "difettoso|difettosa|noioso|noiosa|peggiore|peggio|triste|arrabbiato|arrabbiata|"
            "problema|problemi|ritardo|in ritardo|truffa|vergogna|inaccettabile|rumoroso|"
            "rumorosa|scomodo|scomoda|mediocre|purtroppo|odio|mai più|disastro|perso|persa"
        ),
        negators=_set("non|mai|né|senza|niente|nulla|nessun|nessuno|nessuna"),
        breaks=_set("e|ma|o|però|anzi|invece"),
        neutral=_set("buona sera|buona notte|buona giornata|buon appetito|buon viaggio"),
    ),
    "pt": Language(
        positive=_set(
            "bom|boa|bons|boas|bem|ótimo|ótima|ótimos|ótimas|excelente|excelentes|perfeito|"
            "perfeita|maravilhoso|maravilhosa|maravilhosos|incrível|incríveis|fantástico|"
            "fantástica|lindo|linda|lindos|lindas|bonito|bonita|delicioso|deliciosa|gostoso|"
            "gostosa|gentil|gentis|simpático|simpática|simpáticos|atencioso|atenciosa|"
            "atenciosos|agradável|agradáveis|limpo|limpa|rápido|rápida|confortável|feliz|"
            "felizes|contente|satisfeito|satisfeita|obrigado|obrigada|adorei|adoro|amei|amo|"
            "gostei|gosto|recomendo|recomendado|show|top|legal|maravilha|alegria|impecável|"
            "sensacional|funciona"
        ),
        negative=_set(
            "mau|má|maus|ruim|ruins|péssimo|péssima|péssimos|horrível|horríveis|terrível|"
            "terríveis|decepcionante|decepção|decepcionado|decepcionada|lento|lenta|demorado|"
            "demorada|demora|frio|fria|frios|sujo|suja|sujos|grosseiro|grosseira|mal educado|"
            "mal-educado|muito caro|caro demais|quebrado|quebrada|quebrados|danificado|"
            "danificada|defeito|defeituoso|chato|chata|chatos|entediante|nojo|nojento|nojenta|"
            "odeio|odiei|pior|triste|irritado|irritada|problema|problemas|atraso|atrasado|"
            "atrasada|golpe|vergonha|nunca mais|inaceitável|barulhento|barulhenta|"
            "desconfortável|medíocre|infelizmente|lamentavelmente|perdido|perdida|desastre|mal"
        ),
        negators=_set("não|nunca|nem|sem|jamais|nada|nenhum|nenhuma|ninguém"),
        breaks=_set("e|mas|ou|porém|embora"),
        neutral=_set("bom dia|boa tarde|boa noite|boa viagem|bom apetite"),
    ),
    "nl": Language(
        positive=_set(
            "goed|goede|prima|super|geweldig|geweldige|uitstekend|uitstekende|perfect|perfecte|"
            "fantastisch|fantastische|prachtig|prachtige|mooi|mooie|heerlijk|heerlijke|lekker|"
            "lekkere|vriendelijk|vriendelijke|behulpzaam|behulpzame|aardig|aardige|gezellig|"
            "gezellige|schoon|schone|snel|snelle|comfortabel|comfortabele|blij|gelukkig|"
            "tevreden|aanrader|aanbevolen|aanraden|top|bedankt|dankjewel|dankuwel|dank je|"
            "dank u|fijn|fijne|leuk|leuke|genoten|genieten|netjes|voortreffelijk|subliem|"
            "klasse|werkt|aan te raden|hou van|houd van"
        ),
        negative=_set(
            "slecht|slechte|slechter|slechtst|vreselijk|vreselijke|verschrikkelijk|"
            "verschrikkelijke|afschuwelijk|afschuwelijke|waardeloos|waardeloze|teleurgesteld|"
            "teleurgestelde|teleurstellend|teleurstellende|teleurstelling|traag|trage|langzaam|"
            "koud|koude|vies|vieze|smerig|smerige|onbeleefd|onbeleefde|onvriendelijk|"
            "onvriendelijke|brutaal|duur|te duur|kapot|beschadigd|beschadigde|defect|saai|"
            "saaie|walgelijk|haat|ergste|boos|kwaad|verdrietig|jammer|helaas|probleem|"
            "problemen|te laat|vertraging|oplichting|schande|onacceptabel|lawaaierig|"
            "ongemakkelijk|matig|matige|nooit meer|rampzalig|ramp|kwijt|zonde|irritant"
        ),
        negators=_set("niet|geen|nooit|niks|niets|zonder"),
        breaks=_set("en|maar|of|want|toch"),
        neutral=_set("goede morgen|goedemorgen|goedendag|goede reis|eet smakelijk"),
        negation_after=True,
    ),
}
CODE = {
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Italian": "it",
    "Portuguese": "pt",
    "Dutch": "nl",
}
_CLAUSE = re.compile(r"[.,;:!?()\[\]\"“”«»…–—]+|\s-\s")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(slots=True)
class Reading:
    """What the word lists found in one text."""

    code: str
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)

    @property
    def net(self) -> int:
        return len(self.positive) - len(self.negative)

    @property
    def label(self) -> str:
        return "positive" if self.net > 0 else "negative" if self.net < 0 else "neutral"

    @property
    def score(self) -> float:
        """A rough confidence (not a probability), at most ``MAX_SCORE``.

        One one-sided hit gives 0.55, two 0.65, three or more 0.75; mixed evidence is scaled by
        how one-sided it is; a tie (neutral) gives 0.4.
        """
        hits = len(self.positive) + len(self.negative)
        if self.net == 0:
            return 0.4
        margin = abs(self.net)
        return round(min(MAX_SCORE, 0.45 + 0.1 * min(margin, 3) * margin / hits), 2)


def _clauses(text: str) -> list[list[str]]:
    plain = unicodedata.normalize("NFC", text.replace("’", "'")).lower()
    return [_TOKEN.findall(part) for part in _CLAUSE.split(plain)]


def _negated_before(tokens: list[str], start: int, language: Language) -> bool:
    for token in reversed(tokens[max(0, start - NEGATION_BEFORE) : start]):
        if token in language.breaks:
            return False
        if token in language.negators:
            return True
    return False


def _negated_after(tokens: list[str], end: int, language: Language) -> bool:
    """German and Dutch: "Das gefällt mir nicht", "Ik raad het niet aan"."""
    if not language.negation_after:
        return False
    tail = tokens[end : end + NEGATION_AFTER]
    for offset, token in enumerate(tail):
        if token in language.breaks:
            return False
        if token in language.negators:
            return len(tokens) - (end + offset + 1) <= 1  # clause-final, or one word after
    return False


def read(text: str, code: str) -> Reading | None:
    """The word-list reading of ``text`` in language ``code``, or ``None`` with no hit at all."""
    language = LANGUAGES[code]
    reading = Reading(code)
    longest = max(len(p.split()) for p in language.positive | language.negative | language.neutral)
    for tokens in _clauses(text):
        i = 0
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 0, -1):
                item = " ".join(tokens[i : i + size])
                if item in language.neutral:
                    break
                if item in language.positive or item in language.negative:
                    flip = _negated_before(tokens, i, language) or _negated_after(
                        tokens, i + size, language
                    )
                    positive = (item in language.positive) != flip
                    shown = f"not {item}" if flip else item
                    (reading.positive if positive else reading.negative).append(shown)
                    break
            else:
                size = 1
            i += size
    return reading if reading.positive or reading.negative else None


# Single list words that are also English words, loanwords or names ("gut", "sale", "male",
# "perfect", "bella"): they are read as polarity once a text is known to be foreign, but are no
# evidence that a text is foreign.
NOT_LANGUAGE_EVIDENCE = _set(
    "gut|mag|toll|problem|chaos|super|top|prima|nett|genial|sale|sales|bon|beau|beaux|belle|"
    "belles|content|contents|excellent|formidable|horrible|terrible|lent|bravo|ravi|parfait|"
    "impeccable|catastrophe|jolie|adore|merci|joie|nul|retard|inadmissible|triste|fatal|ideal|"
    "mal|mala|rica|rico|bonito|bonita|alegre|gracias|feliz|problema|mediocre|male|bella|bello|"
    "amo|gentile|brutto|lento|grazie|bene|felice|comodo|veloce|show|legal|linda|bom|boa|mau|"
    "ruins|frio|defect|perfect|ramp|jammer|vies|boos|irritant"
)


def language_evidence(code: str) -> frozenset[str]:
    """Single list words of language ``code`` that also show a text is in that language."""
    language = LANGUAGES[code]
    return (
        frozenset(w for w in language.positive | language.negative if " " not in w)
        - NOT_LANGUAGE_EVIDENCE
    )
