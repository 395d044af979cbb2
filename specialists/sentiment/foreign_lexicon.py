"""A word-list reading of text in 26 languages: German, French, Spanish, Italian, Portuguese,
Dutch, Polish, Czech, Russian, Ukrainian, Swedish, Danish, Norwegian (Bokmål), Turkish, Romanian,
Greek, Hebrew, Vietnamese, Arabic, Hindi, Finnish, Hungarian, Indonesian, Chinese, Japanese and
Korean.

Data source: every word list below was written by hand for this project from general knowledge
of the languages (no external lexicon, corpus or model was used), and reviewed for correctness;
the twelve languages from Romanian on were added later in the same way. Entries are common,
strongly polar words and short phrases with their usual inflected forms (case, gender and number
forms of adjectives, frequent verb forms, Turkish suffixed forms such as "harikaydı", Finnish and
Hungarian case forms, Chinese in both simplified and traditional characters), plus the words
that negate them and the words that end a negation's reach. Spelling variants are derived
mechanically, not listed: Romanian also with the cedilla letters "ş", "ţ" and without
diacritics, Greek also without accents, Arabic also with a bare alef and a final "ه" for "ة".

The reading is deliberately simple and only used for text that ``foreign.foreign_language``
already refuses as non-English: each hit counts +1 (positive list) or -1 (negative list), and a
negator shortly before it (or, in German, Dutch, Swedish, Danish and Norwegian, a clause-final
"nicht"/"niet"/"inte"/"ikke" after it) flips it. Turkish negates after the word: "değil" or
"yok" following a hit flips it ("memnun değilim", "hiç sorun yok"), and negated verb forms
("beğenmedim", "tavsiye etmem") are listed as negative phrases. Czech negated verbs
("nedoporučuji") are listed as negative words too. Phrases are matched before single words.
Hindi negates after the word too ("अच्छा नहीं"), and Hungarian "nélkül" ("without") follows
the word it negates. Greetings such as "buenos días" or "dzień dobry" are matched as neutral
phrases so they are not read as praise. Chinese, Japanese and Korean are ``substring``
languages: their entries are found anywhere in the text (longest first, no word boundaries) and
no negator is applied; negated forms ("不好", "美味しくない", "좋지 않") are entries of their own.
A text with no hit gets no reading: the caller keeps its refusal, because no evidence is not the
same as neutral.
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
    after_negators: frozenset[str] = frozenset()  # Turkish "değil", "yok": follow the word
    # Chinese and Japanese are written without spaces, and a Korean word carries its endings
    # ("좋네요"): their entries are found anywhere in the text, longest first, and a negated
    # form is listed as an entry of its own ("不好", "좋지 않") rather than read from a negator.
    substring: bool = False


def _set(spec: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w.lower()) for w in words(spec))


_RO_CEDILLA = str.maketrans("șț", "şţ")  # the older cedilla letters, still common in typing
_RO_PLAIN = str.maketrans("ăâîșț", "aaist")
_EL_PLAIN = str.maketrans("άέήίόύώΐΰ", "αεηιουωϊϋ")


def _ro(spec: str) -> frozenset[str]:
    """Romanian entries, also with cedilla letters and without diacritics ("multumesc")."""
    listed = _set(spec)
    return (
        listed
        | {w.translate(_RO_CEDILLA) for w in listed}
        | {w.translate(_RO_PLAIN) for w in listed}
    )


def _el(spec: str) -> frozenset[str]:
    """Greek entries, also without accents: capitals and quick typing drop them ("ΥΠΕΡΟΧΟ")."""
    listed = _set(spec)
    return listed | {w.translate(_EL_PLAIN) for w in listed}


def _ar(spec: str) -> frozenset[str]:
    """Arabic entries, also with a bare alef for "أ", "إ", "آ" and a word-final "ه" for "ة",
    as everyday Arabic is often typed ("احب", "رائعه")."""
    listed = _set(spec)
    return listed | {re.sub(r"ة\b", "ه", re.sub("[أإآ]", "ا", w)) for w in listed}


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
            "gerne wieder|jederzeit wieder|lohnt sich|hübsch|hübsche|hübschen|entspannt|entspannte|"
            "entspannend|erholsam|erholsame|herzlich|herzliche|aufmerksam|aufmerksame|kompetent|"
            "kompetente|professionell|professionelle|preiswert|frisch|frische|sensationell|"
            "traumhafte|traumhaften|empfehlenswerte|liebevoll|liebevolle|dankeschön|danke schön|"
            "fröhlich|fröhliche|zufriedene|zufriedenen|zuvorkommend|zuvorkommende|wohlgefühlt|"
            "großartiges|perfektes|wunderbares|gemütliche|gemütlichen|angenehmen|sauberen|bequemen|"
            "leckeres|köstlichen|begeisternd"
            "|freue mich|freu mich|freuen uns|vorfreude|kann es kaum erwarten|kaum erwarten"
            "|stolz|stolze|stolzer|stolzen|erleichtert|überglücklich|entzückt|verliebt"
            "|verliebte|spaß gemacht|viel spaß|genieße|genießen|genossen|glück gehabt"
            "|beeindruckt|gerührt|tief bewegt|hoffnungsvoll|zuversichtlich|fasziniert"
            "|bin gespannt|dankbarkeit|erfreut|hocherfreut|gefreut"
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
            "müll|grauenhaft|peinlich|unverschämt|frechheit|zerbrochen|verloren|schlimm|"
            "schlimme|schlimmer|schlimmen|schlimmste|schlimmsten|schlimmstes|übel|übles|müde|"
            "erschöpft|genervt|vergessen|vergaß|lahm|ätzend|scheiße|scheiß|mist|blöd|blöde|doof|"
            "doofe|traurige|enttäuschende|enttäuschenden|schrecklichen|schrecklicher|furchtbaren|"
            "unangenehm|unangenehme|unbequem|unbequeme|unsauber|verdreckt|ungepflegt|verschmutzt|"
            "kalter|lauwarm|unfähig|inkompetent|frustriert|frustrierend|geärgert|hässlich|"
            "hässliche|unzuverlässig|reklamation|beschwerde|betrogen|abgezockt|schrott|"
            "langweiliger|versalzen|angebrannt|fettig|widerlich|eklige|ekelhafte|pech|überfordert|"
            "unverschämte|verspätete|gestresst|stressig"
            "|besorgt|mache mir sorgen|macht mir sorgen|sorge mich|ängstlich|angst|nervös"
            "|ausgelaugt|todmüde|habe es satt|hab es satt|nase voll|gelangweilt|einsam"
            "|einsame|liebeskummer|gebrochenes herz|aufgebracht|gereizt|beschämt|schäme mich"
            "|bereue|bereut|tut mir leid|vermisse|vermissen|verletzt|gekränkt|angewidert"
            "|übers ohr gehauen|hasst|hassen|unglücklich|deprimiert|verzweifelt|traurigkeit"
            "|ärgere mich"
        ),
        negators=_set("nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|ohne"),
        breaks=_set("und|aber|oder|doch|sondern|denn|trotzdem"),
        neutral=_set(
            "guten morgen|guten tag|guten abend|gute nacht|liebe grüße|viele liebe grüße|"
            "ganz liebe grüße|herzliche grüße|herzlichen glückwunsch|herzlich willkommen|"
            "alles gute|schönes wochenende|schönen tag noch|schönen abend|gutes neues jahr|"
            "gute reise|gute besserung"
        ),
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
            "plaisir|joie|fonctionne|à recommander|rien à redire|très propre|chaleureuses|"
            "accueillants|accueillantes|souriant|souriante|souriants|souriantes|professionnel|"
            "professionnelle|professionnels|efficace|efficaces|adorable|adorables|charmant|"
            "charmante|charmants|charmantes|géniales|fabuleux|fabuleuse|exceptionnel|"
            "exceptionnelle|exceptionnels|sublime|sublimes|remarquable|remarquables|heureuses|"
            "contentes|ravies|satisfaites|reconnaissant|reconnaissante|merveilleuses|parfaitement|"
            "recommandons|recommandée|recommandées|recommandés|adorons|aimons|bonheur|chouette|"
            "nickel|au top|spacieux|spacieuse|calme|reposant|reposante|soigné|soignée|"
            "délicieusement"
            "|hâte|impatient de|impatiente de|fier|fière|fiers|fières|reconnaissants"
            "|reconnaissantes|soulagé|soulagée|soulagés|enchanté|enchantée|amoureux|amoureuse"
            "|amusé|amusée|amusés|apprécie|apprécié|chanceux|chanceuse|de la chance"
            "|impressionné|impressionnée|ému|émue|émus|espoir|optimiste|émerveillé"
            "|émerveillée|épaté|épatée|aux anges|comblé|comblée|enthousiaste"
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
            "incompétente|grossier|grossière|odieux|fatigué|fatiguée|fatigués|fatiguées|épuisé|"
            "épuisée|épuisés|crevé|crevée|énervant|énervante|agacé|agacée|agaçant|agaçante|irrité|"
            "irritée|en colère|fâché|fâchée|marre|pourri|pourrie|pourris|moche|moches|affreuses|"
            "catastrophiques|décevantes|déçues|froides|tiède|tièdes|trop chers|trop chères|"
            "hors de prix|cassées|abîmés|abîmées|endommagés|en panne|oublié|oubliée|oubliés|perdus|"
            "perdues|ennuyeuses|ennui|pénible|pénibles|insupportables|dégoûté|dégoûtée|détestée|"
            "haine|pires|tristes|tristesse|malheureux|malheureuse|stressé|stressée|galère|chiant|"
            "chiante|merde|merdique|arnaqué|arnaquée|escroc|escrocs|scandaleux|scandaleuse|"
            "lamentable|lamentables|minable|bâclé|bâclée|immangeable|fade|fades|insipide|crasseux|"
            "crasseuse"
            "|inquiet|inquiète|inquiets|inquiètes|inquiétude|anxieux|anxieuse|angoissé"
            "|angoissée|nerveux|nerveuse|peur|effrayé|effrayée|stressés|stressées|à bout"
            "|ras le bol|ras-le-bol|ennuie|solitude|cœur brisé|bouleversé|bouleversée"
            "|contrarié|contrariée|frustré|frustrée|frustrant|frustrante|agacés|gêné|gênée"
            "|honteux|honteuse|regrette|regretté|désolé|désolée|me manque|me manques"
            "|me manquent|blessé|blessée|dégoûtés|écœuré|écœurée|arnaqués|déprimé|déprimée"
            "|hais|en ai assez"
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
            "atenta|atentos|ideal|impecable|disfruté|disfrutamos|me encanta|lo recomiendo|"
            "buenísimo|buenísima|riquísimo|riquísima|espectacular|espectaculares|magnífico|"
            "magnífica|fenomenal|chulo|chula|preciosos|preciosas|bonitos|bonitas|hermosos|hermosas|"
            "deliciosas|limpios|limpias|rápidos|rápidas|cómodos|cómodas|atentas|encantadores|"
            "encantadoras|felicidad|alegres|contentas|satisfechos|satisfechas|agradecido|"
            "agradecida|recomendados|recomendada|recomendamos|recomendadísimo|encantaron|gustaron|"
            "perfectas|maravillosas|fantásticos|estupendos|profesional|profesionales|eficiente|"
            "eficientes|acogedor|acogedora|volveré|sabroso|sabrosa|sabrosos"
            "|emocionado|emocionada|emocionados|ilusionado|ilusionada|tengo ganas|orgulloso"
            "|orgullosa|orgullosos|agradecidos|agradecidas|aliviado|aliviada|enamorado"
            "|enamorada|me divertí|nos divertimos|divertido|divertida|disfrutando|disfruto"
            "|afortunado|afortunada|qué suerte|tuve suerte|tengo suerte|impresionado"
            "|impresionada|conmovido|conmovida|esperanzado|esperanzada|maravillado"
            "|maravillada|entusiasmado|entusiasmada|deseando"
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
            "mediocre|desgraciadamente|lamentablemente|perdido|perdida|cansado|cansada|cansados|"
            "cansadas|agotado|agotada|harto|harta|hartos|enojado|enojada|enojados|furioso|furiosa|"
            "tristes|tristeza|aburridas|asquerosos|horrorosa|horroroso|malísimo|malísima|pésimas|"
            "decepcionados|decepcionadas|lentísimo|tibio|tibia|carísimo|carísima|carísimos|"
            "demasiado cara|muy cara|rotas|dañados|estropeado|estropeada|averiado|averiada|olvidé|"
            "olvidaron|se olvidaron|olvidado|olvidada|perdí|perdimos|perdidos|muy tarde|"
            "demasiado tarde|con retraso|retrasado|retrasada|pesadilla|lamentable|penoso|penosa|"
            "vergonzoso|vergonzosa|timo|basura|mierda|cutre|irritante|insoportable|maleducados|"
            "groseras|desagradable|desagradables|insípido|insípida|soso|sosa|estresado|estresada|"
            "mediocres|por desgracia|qué pena|una pena"
            "|preocupado|preocupada|preocupados|preocupación|ansiedad|nervioso|nerviosa|miedo"
            "|asustado|asustada|estresados|estrés|agotados|agotadas|exhausto|exhausta|hartas"
            "|soledad|corazón roto|molestos|frustrado|frustrada|frustrante|irritado|irritada"
            "|avergonzado|avergonzada|me arrepiento|arrepentido|arrepentida|lo siento"
            "|te extraño|los extraño|echo de menos|dolido|dolida|herido|herida|asqueado"
            "|asqueada|estafado|estafada|timado|odia|odiamos|deprimido|deprimida"
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
            "impeccabile|gioia|tornerò|torneremo|lo consiglio|grazie mille|buonissimo|buonissima|"
            "buonissimi|straordinario|straordinaria|magnifico|magnifica|magnifici|spettacolare|"
            "spettacolari|squisiti|deliziose|deliziosi|gustoso|gustosa|saporito|saporita|cortese|"
            "cortesi|professionale|professionali|efficiente|efficienti|puntuale|puntuali|piacevole|"
            "piacevoli|rilassante|felicissimo|felicissima|contenti|contente|soddisfatti|"
            "soddisfatte|entusiasta|fantastiche|meravigliose|stupendi|stupende|splendidi|"
            "consigliatissima|consigliamo|bravissimo|bravissima|bravissimi|bravi|gentilissimi|"
            "divertente|divertenti|affidabile|comodi|comode"
            "|emozionato|emozionata|emozionati|non vedo l ora|orgoglioso|orgogliosa"
            "|orgogliosi|fiero|fiera|grato|grata|riconoscente|sollevato|sollevata|entusiasti"
            "|innamorato|innamorata|divertito|divertita|divertiti|mi sono divertito"
            "|mi sono divertita|fortunato|fortunata|fortunati|impressionato|impressionata"
            "|commosso|commossa|speranzoso|speranzosa|meravigliato|meravigliata|contentissimo"
            "|contentissima"
        ),
        negative=_set(
            "cattivo|cattiva|cattivi|male|brutto|brutta|brutti|brutte|pessimo|pessima|pessimi|"
            "orribile|orribili|terribile|terribili|schifo|schifoso|schifosa|deludente|"
            "delusione|deluso|delusa|lento|lenta|lenti|lentissimo|lentissima|freddo|fredda|"
            "freddi|sporco|sporca|sporchi|scortese|scortesi|maleducato|maleducata|antipatico|"
            "antipatica|troppo caro|troppo cara|rotto|rotta|rotti|danneggiato|danneggiata|"
            "difettoso|difettosa|noioso|noiosa|peggiore|peggio|triste|arrabbiato|arrabbiata|"
            "problema|problemi|ritardo|in ritardo|truffa|vergogna|inaccettabile|rumoroso|"
            "rumorosa|scomodo|scomoda|mediocre|purtroppo|odio|mai più|disastro|perso|persa|stanco|"
            "stanca|stanchi|stanche|esausto|esausta|sfinito|sfinita|stufo|stufa|arrabbiati|"
            "arrabbiate|incazzato|incazzata|furioso|furiosa|tristi|tristezza|deludenti|delusi|"
            "deluse|orrendo|orrenda|pessime|schifezza|disgustoso|disgustosa|tiepido|tiepida|fredde|"
            "sporche|costoso|costosa|troppo costoso|rotte|guasto|guasta|dimenticato|dimenticata|"
            "dimenticati|persi|smarrito|smarrita|noiosi|noiose|fastidioso|fastidiosa|irritante|"
            "vergognoso|vergognosa|imbarazzante|insipido|insipida|scotto|bruciato|immangiabile|"
            "disastroso|disastrosa|insopportabile|maleducati|maleducate|sgarbato|sgarbata|sgarbati|"
            "lentezza|sporcizia|fregatura|schifosi|peccato|stressato|stressata"
            "|preoccupato|preoccupata|preoccupati|ansioso|ansiosa|ansia|nervoso|nervosa|paura"
            "|spaventato|spaventata|stufi|annoiato|annoiata|solitudine|cuore spezzato"
            "|sconvolto|sconvolta|turbato|turbata|frustrato|frustrata|irritato|irritata"
            "|infastidito|infastidita|imbarazzato|imbarazzata|mi vergogno|mi dispiace|pentito"
            "|pentita|rimpiango|mi manchi|mi manca|mi mancano|ferito|ferita|disgustato"
            "|disgustata|fregato|fregata|truffato|truffata|odiano|depresso|depressa"
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
            "sensacional|funciona|maravilhosas|perfeitos|perfeitas|deliciosos|deliciosas|gostosos|"
            "gostosas|saboroso|saborosa|atenciosas|simpáticas|educado|educada|educados|prestativo|"
            "prestativa|prestativos|limpos|limpas|rápidos|rápidas|confortáveis|aconchegante|"
            "aconchegantes|felicidade|contentes|satisfeitos|satisfeitas|agradecido|agradecida|"
            "grato|grata|amamos|adoramos|gostamos|recomendamos|recomendadíssimo|recomendada|"
            "espetacular|espetaculares|fantásticos|lindíssimo|lindíssima|divertido|divertida|"
            "profissional|profissionais|eficiente|eficientes|pontual|bacana|voltarei|vale a pena|"
            "excepcional|impecáveis"
            "|animado|animada|empolgado|empolgada|mal posso esperar|orgulhoso|orgulhosa"
            "|orgulhosos|aliviado|aliviada|encantado|encantada|apaixonado|apaixonada"
            "|me diverti|curtindo|curti|aproveitando|sortudo|sortuda|impressionado"
            "|impressionada|emocionado|emocionada|comovido|comovida|esperançoso|esperançosa"
            "|maravilhado|maravilhada"
        ),
        negative=_set(
            "mau|má|maus|ruim|ruins|péssimo|péssima|péssimos|horrível|horríveis|terrível|"
            "terríveis|decepcionante|decepção|decepcionado|decepcionada|lento|lenta|demorado|"
            "demorada|demora|frio|fria|frios|sujo|suja|sujos|grosseiro|grosseira|mal educado|"
            "mal-educado|muito caro|caro demais|quebrado|quebrada|quebrados|danificado|"
            "danificada|defeito|defeituoso|chato|chata|chatos|entediante|nojo|nojento|nojenta|"
            "odeio|odiei|pior|triste|irritado|irritada|problema|problemas|atraso|atrasado|"
            "atrasada|golpe|vergonha|nunca mais|inaceitável|barulhento|barulhenta|"
            "desconfortável|medíocre|infelizmente|lamentavelmente|perdido|perdida|desastre|mal|"
            "cansado|cansada|cansados|cansadas|exausto|exausta|esgotado|esgotada|chateado|chateada|"
            "chateados|irritados|zangado|zangada|furioso|furiosa|tristes|tristeza|horrorosa|"
            "horroroso|péssimas|sujas|frias|morna|morno|caríssimo|caríssima|muito cara|quebradas|"
            "estragado|estragada|com defeito|esqueci|esqueceram|esquecido|esquecida|perdi|perdemos|"
            "perdidos|perdidas|atrasados|atrasadas|demorou|demoraram|chatíssimo|tedioso|entediado|"
            "entediada|nojentos|decepcionados|decepcionadas|decepcionou|lamentável|vergonhoso|"
            "vergonhosa|absurdo|absurda|ridículo|ridícula|mal-educados|grosseiros|sem graça|"
            "insosso|insossa|porcaria|lixo|merda|enganado|enganada|desrespeito|desrespeitoso|"
            "desagradável|desagradáveis|estressado|estressada|raiva|ódio|piores"
            "|preocupado|preocupada|preocupação|ansiedade|nervoso|nervosa|medo|com medo"
            "|assustado|assustada|farto|farta|de saco cheio|solidão|coração partido|frustrado"
            "|frustrada|envergonhado|envergonhada|arrependido|arrependida|me arrependo"
            "|sinto muito|saudade|saudades|magoado|magoada|deprimido|deprimida"
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
            "klasse|werkt|aan te raden|hou van|houd van|schitterend|schitterende|toppie|te gek|"
            "gaaf|gave|attent|attente|vriendelijkheid|blije|gelukkige|dankbaar|heel erg bedankt|"
            "enthousiast|verrukkelijk|verrukkelijke|overheerlijk|overheerlijke|professioneel|"
            "professionele|efficiënt|efficiënte|betrouwbaar|betrouwbare|ruime|rustig|rustige|knus|"
            "knusse|sfeervol|sfeervolle|aanbevelen|aanbevelenswaardig|geniet|genoot|vrolijk|"
            "vrolijke|tof|toffe|plezier|plezierig|vakkundig|vakkundige|komen zeker terug|smaakvol|"
            "smaakvolle|gastvrij|gastvrije|zalig|zalige"
            "|ik kijk ernaar uit|kijk ernaar uit|kijk er naar uit|kan niet wachten|trots"
            "|opgelucht|verliefd|verliefde|dol op|geluk gehad|onder de indruk|ontroerd"
            "|hoopvol|verheugd|heb zin in|veel plezier|plezier gehad"
        ),
        negative=_set(
            "slecht|slechte|slechter|slechtst|vreselijk|vreselijke|verschrikkelijk|"
            "verschrikkelijke|afschuwelijk|afschuwelijke|waardeloos|waardeloze|teleurgesteld|"
            "teleurgestelde|teleurstellend|teleurstellende|teleurstelling|traag|trage|langzaam|"
            "koud|koude|vies|vieze|smerig|smerige|onbeleefd|onbeleefde|onvriendelijk|"
            "onvriendelijke|brutaal|duur|te duur|kapot|beschadigd|beschadigde|defect|saai|"
            "saaie|walgelijk|haat|ergste|boos|kwaad|verdrietig|jammer|helaas|probleem|"
            "problemen|te laat|vertraging|oplichting|schande|onacceptabel|lawaaierig|"
            "ongemakkelijk|matig|matige|nooit meer|rampzalig|ramp|kwijt|zonde|irritant|moe|doodmoe|"
            "uitgeput|vermoeid|geïrriteerd|geërgerd|ergerlijk|vervelend|vervelende|kwijtgeraakt|"
            "verloren|vergeten|vertraagd|treurig|woedend|hekel|klote|balen|baalde|ellende|ellendig|"
            "bagger|belabberd|beroerd|onbeschoft|onbeschofte|chagrijnig|chagrijnige|lauw|lauwe|"
            "vuil|vuile|stinkt|stonk|lawaai|herrie|oplichters|afzetterij|prijzig|prijzige|kapotte|"
            "defecte|mislukt|mislukte|onbruikbaar|nutteloos|nutteloze|oneetbaar|smakeloos|"
            "smakeloze|slordig|slordige|ongeïnteresseerd|onprofessioneel|onprofessionele|"
            "afgrijselijk|gestrest|stressvol|teleurgestelden"
            "|bezorgd|ongerust|angstig|ben bang|ik ben bang|zenuwachtig|nerveus|ben het zat"
            "|het zat|baal|verveeld|verveel me|eenzaam|liefdesverdriet|gebroken hart"
            "|van streek|overstuur|gefrustreerd|schaam me|beschaamd|spijt|ik mis je|mis je"
            "|gekwetst|opgelicht|bedrogen|haten|depressief"
        ),
        negators=_set("niet|geen|nooit|niks|niets|zonder"),
        breaks=_set("en|maar|of|want|toch"),
        neutral=_set("goede morgen|goedemorgen|goedendag|goede reis|eet smakelijk"),
        negation_after=True,
    ),
    "pl": Language(
        positive=_set(
            "dobry|dobra|dobre|dobrego|dobrej|dobrym|dobrą|dobrzy|dobrze|świetny|świetna|świetne|"
            "świetnie|świetnego|świetnej|doskonały|doskonała|doskonałe|doskonale|znakomity|"
            "znakomita|znakomite|znakomicie|wspaniały|wspaniała|wspaniałe|wspaniale|wspaniałą|"
            "fantastyczny|fantastyczna|fantastyczne|fantastycznie|rewelacyjny|rewelacyjna|"
            "rewelacyjne|rewelacyjnie|rewelacja|super|ekstra|genialny|genialna|genialne|idealny|"
            "idealna|idealne|idealnie|piękny|piękna|piękne|pięknie|ładny|ładna|ładne|ładnie|"
            "cudowny|cudowna|cudowne|cudownie|pyszny|pyszna|pyszne|pysznie|przepyszny|"
            "przepyszna|przepyszne|smaczny|smaczna|smaczne|smacznie|miły|miła|miłe|mili|miło|"
            "sympatyczny|sympatyczna|sympatyczni|uprzejmy|uprzejma|uprzejmi|pomocny|pomocna|"
            "pomocni|profesjonalny|profesjonalna|profesjonalnie|czysty|czysta|czyste|czysto|"
            "szybki|szybka|szybko|wygodny|wygodna|wygodne|wygodnie|przyjemny|przyjemna|"
            "przyjemne|przyjemnie|fajny|fajna|fajne|fajnie|zadowolony|zadowolona|zadowoleni|"
            "szczęśliwy|szczęśliwa|szczęśliwi|zachwycony|zachwycona|zachwyceni|polecam|"
            "polecamy|godny polecenia|godna polecenia|godne polecenia|warto|dziękuję|dziękujemy|"
            "dzięki|uwielbiam|kocham|podoba|podobało|podobał|podobała|podobały|lubię|działa|"
            "bez zarzutu|radość|wrócimy|wrócę|na pewno wrócimy|szybkie|szybcy|wyśmienity|"
            "wyśmienita|wyśmienite|profesjonalni|profesjonalne|uprzejme|pomocne|serdeczny|"
            "serdeczna|serdeczni|przytulny|przytulna|przytulne|uroczy|urocza|urocze|zachwycający|"
            "zachwycająca|zachwycające|wyjątkowy|wyjątkowa|wyjątkowe|warto było|dziękuje|"
            "uwielbiamy|cieszę się|szczęście|zadowolone|smakowało|smakował|smakowała|smakowały|"
            "spoko|sympatyczne|punktualny|punktualnie|świeży|świeża|świeże|czystość|komfortowy|"
            "komfortowa|komfortowe"
            "|podekscytowany|podekscytowana|nie mogę się doczekać|dumny|dumna|dumni|wdzięczny"
            "|wdzięczna|wdzięczni|ulga|zakochany|zakochana|dobrze się bawiłem"
            "|dobrze się bawiłam|świetnie się bawiłem|świetnie się bawiłam|cieszymy się"
            "|mam szczęście|szczęściarz|szczęściara|pod wrażeniem|wzruszony|wzruszona"
            "|pełen nadziei|pełna nadziei"
        ),
        negative=_set(
            "zły|zła|złe|źle|złego|złej|złym|słaby|słaba|słabe|słabo|fatalny|fatalna|fatalne|"
            "fatalnie|okropny|okropna|okropne|okropnie|straszny|straszna|straszne|strasznie|"
            "beznadziejny|beznadziejna|beznadziejne|beznadziejnie|tragiczny|tragiczna|tragiczne|"
            "tragicznie|tragedia|koszmar|koszmarny|koszmarna|koszmarne|kiepski|kiepska|kiepskie|"
            "kiepsko|rozczarowany|rozczarowana|rozczarowani|rozczarowanie|zawiedziony|"
            "zawiedziona|niemiły|niemiła|niemili|nieuprzejmy|nieuprzejma|nieuprzejmi|chamski|"
            "chamska|chamsko|powolny|powolna|brudny|brudna|brudne|brudno|zimny|zimna|zimne|"
            "za drogo|za drogi|za droga|za drogie|zepsuty|zepsuta|zepsute|uszkodzony|"
            "uszkodzona|uszkodzone|nudny|nudna|nudne|nudno|niesmaczny|niesmaczna|niesmaczne|"
            "obrzydliwy|obrzydliwa|obrzydliwe|problem|problemy|problemu|problemów|spóźnienie|"
            "opóźnienie|spóźniony|spóźniona|oszustwo|oszuści|wstyd|porażka|odradzam|niestety|"
            "szkoda|nienawidzę|smutny|smutna|smutno|wściekły|wściekła|zdenerwowany|"
            "zdenerwowana|głośno|głośny|głośna|niewygodny|niewygodna|niewygodne|nigdy więcej|"
            "dramat|masakra|niezadowolony|niezadowolona|niezadowoleni|nieprzyjemny|"
            "nieprzyjemna|nieprzyjemne|strata czasu|strata pieniędzy|żenujący|żenująca|żenada|"
            "zmęczony|zmęczona|zmęczeni|wykończony|wykończona|zirytowany|zirytowana|wkurzony|"
            "wkurzona|wkurzeni|wkurza|denerwuje|denerwujący|irytujący|irytująca|smutni|smutne|"
            "zgubiłem|zgubiłam|zgubili|zgubiony|zgubiona|zapomniałem|zapomniałam|zapomnieli|"
            "zapomniał|zapomniała|spóźnił|spóźniła|spóźnili|opóźniony|opóźniona|nuda|nudy|zepsuł|"
            "zepsuła|zepsuło|niedobry|niedobra|niedobre|obrzydliwie|ohydny|ohydna|ohydne|syf|brud|"
            "niemiło|bezczelny|bezczelna|bezczelni|opryskliwy|opryskliwa|opryskliwi|"
            "nieprofesjonalny|nieprofesjonalna|nieprofesjonalnie|rozczarowujący|rozczarowująca|"
            "rozczarowujące|najgorszy|najgorsza|najgorsze|gorszy|gorsza|gorzej|kicha|lipa|załamany|"
            "załamana|stres|zestresowany|zestresowana|oszukany|oszukana|naciągacze|zdzierstwo|"
            "skandal|skandaliczny|skandaliczna|skandaliczne|hałas|hałaśliwy|przypalone|przesolone|"
            "nieświeży|nieświeża|nieświeże"
            "|martwię się|zmartwiony|zmartwiona|niespokojny|niespokojna|zdenerwowani|boję się"
            "|przestraszony|przestraszona|strach|wyczerpany|wyczerpana|mam dość|znudzony"
            "|znudzona|nudzę się|samotny|samotna|złamane serce|sfrustrowany|sfrustrowana"
            "|zawstydzony|zawstydzona|żałuję|przykro mi|tęsknię|zraniony|zraniona"
            "|zniesmaczony|zniesmaczona|oszukani|przygnębiony|przygnębiona"
        ),
        negators=_set("nie|nigdy|bez|ani|żaden|żadna|żadne|nic|niczego"),
        breaks=_set("i|oraz|ale|a|lub|albo|lecz|jednak|natomiast|ponieważ|bo"),
        neutral=_set(
            "dzień dobry|dobry wieczór|dobranoc|dobrej nocy|smacznego|miłego dnia|"
            "miłego wieczoru|miłego weekendu|dobrej podróży|szczęśliwej podróży|do widzenia|"
            "serdecznie pozdrawiam|serdeczne pozdrowienia|wszystkiego dobrego"
        ),
    ),
    "cs": Language(
        positive=_set(
            "dobrý|dobrá|dobré|dobří|dobrého|dobrou|dobrým|dobře|výborný|výborná|výborné|výborně|"
            "vynikající|skvělý|skvělá|skvělé|skvělou|skvěle|super|perfektní|perfektně|úžasný|"
            "úžasná|úžasné|úžasně|báječný|báječná|báječné|fantastický|fantastická|fantastické|"
            "nádherný|nádherná|nádherné|nádherně|krásný|krásná|krásné|krásně|pěkný|pěkná|pěkné|"
            "pěkně|hezký|hezká|hezké|hezky|chutný|chutná|chutné|chutnalo|milý|milá|milé|milí|"
            "příjemný|příjemná|příjemné|příjemně|ochotný|ochotná|ochotní|ochotně|vstřícný|"
            "vstřícná|vstřícní|čistý|čistá|čisté|čisto|rychlý|rychlá|rychlé|rychle|pohodlný|"
            "pohodlná|pohodlné|spokojený|spokojená|spokojeni|spokojenost|šťastný|šťastná|"
            "doporučuji|doporučuju|doporučujeme|vřele doporučuji|děkuji|děkujeme|díky|miluji|"
            "miluju|líbí|líbilo|líbil|líbila|funguje|paráda|parádní|bezvadný|bezvadná|bezvadné|"
            "bezvadně|radost|profesionální|profesionálně|ideální|kvalitní|určitě se vrátíme|"
            "výtečný|výtečná|výtečné|výtečně|skvělí|úžasní|příjemní|usměvavý|usměvavá|usměvaví|"
            "rychlí|pohodlí|útulný|útulná|útulné|chutnal|chutnala|chutnaly|dobrota|mňam|spokojení|"
            "šťastní|nadšený|nadšená|nadšení|děkuju|zbožňuji|zbožňuju|stojí za to|vyplatí se|"
            "bezchybný|bezchybná|bezchybné|bezchybně|spolehlivý|spolehlivá|spolehlivé|čerstvý|"
            "čerstvá|čerstvé"
            "|nemůžu se dočkat|těším se|těšíme se|hrdý|hrdá|vděčný|vděčná|úleva|ulevilo se mi"
            "|zamilovaný|zamilovaná|bavilo mě|užívám si|užili jsme si|mám štěstí|dojatý"
            "|dojatá|plný naděje"
        ),
        negative=_set(
            "špatný|špatná|špatné|špatně|špatného|špatnou|hrozný|hrozná|hrozné|hrozně|strašný|"
            "strašná|strašné|příšerný|příšerná|příšerné|otřesný|otřesná|otřesné|katastrofa|"
            "katastrofální|zklamaný|zklamaná|zklamaní|zklamání|zklamal|zklamala|nepříjemný|"
            "nepříjemná|nepříjemné|nepříjemně|neochotný|neochotná|neochotní|drzý|drzá|drzé|"
            "nezdvořilý|nezdvořilá|pomalý|pomalá|pomalé|špinavý|špinavá|špinavé|studený|"
            "studená|studené|předražený|předražená|předražené|moc drahé|příliš drahé|rozbitý|"
            "rozbitá|rozbité|poškozený|poškozená|poškozené|nudný|nudná|nudné|nechutný|nechutná|"
            "nechutné|odporný|odporná|odporné|problém|problémy|problémem|zpoždění|podvod|"
            "ostuda|hanba|nedoporučuji|nedoporučuju|nedoporučujeme|nelíbí|nelíbilo|nelíbil|"
            "nelíbila|nefunguje|nefungovalo|bohužel|škoda|nenávidím|smutný|smutná|naštvaný|"
            "naštvaná|naštvaní|hlučný|hlučná|hlučné|nepohodlný|nepohodlná|nepohodlné|"
            "nikdy více|nikdy víc|už nikdy|nespokojený|nespokojená|nespokojeni|hrůza|děs|"
            "průšvih|nekvalitní|ztráta času|ztráta peněz|unavený|unavená|unavení|vyčerpaný|"
            "vyčerpaná|vyčerpaní|otrávený|otrávená|rozčilený|rozčilená|vzteklý|vzteklá|smutní|"
            "smutné|nuda|otrava|otravný|otravná|otravné|ztratil|ztratila|ztratili|ztracený|"
            "ztracená|zapomněl|zapomněla|zapomněli|pozdě|zpožděný|zpožděná|rozbil|rozbila|rozbilo|"
            "nefunkční|vadný|vadná|vadné|vlažný|vlažná|vlažné|nejhorší|horší|hnusný|hnusná|hnusné|"
            "hnus|arogantní|neprofesionální|neprofesionálně|nekompetentní|mizerný|mizerná|mizerné|"
            "mizerně|tragický|tragická|tragické|tragédie|zklamáni|hluk|smrad|smrdí|špína|"
            "nesnesitelný|nesnesitelná|nesnesitelné|nedobrý|nedobrá|nedobré|připálené|přesolené|"
            "okradli|podvodníci|šmejd|šmejdi"
            "|mám obavy|obávám se|ustaraný|ustaraná|nervózní|bojím se|vystrašený|vystrašená"
            "|strach|ve stresu|vystresovaný|vystresovaná|mám toho dost|nudím se|znuděný"
            "|znuděná|osamělý|osamělá|zlomené srdce|frustrovaný|frustrovaná|podrážděný"
            "|podrážděná|stydím se|lituji|lituju|je mi líto|stýská se mi|chybíš mi|znechucený"
            "|znechucená|podvedený|podvedená|nesnáším|deprimovaný|deprimovaná"
        ),
        negators=_set(
            "ne|není|nebyl|nebyla|nebylo|nebyli|nejsou|nejsem|nebude|nikdy|žádný|žádná|žádné|"
            "nic|bez|ani"
        ),
        breaks=_set("a|i|ale|nebo|však|ovšem|protože|jenže|zato"),
        neutral=_set(
            "dobrý den|dobré ráno|dobrý večer|dobrou noc|dobrou chuť|hezký den|hezký víkend|"
            "šťastnou cestu|na shledanou|krásný den|krásný víkend|hezký večer"
        ),
    ),
    "ru": Language(
        positive=_set(
            "хороший|хорошая|хорошее|хорошие|хорошего|хорошую|хорошо|отличный|отличная|"
            "отличное|отличные|отличного|отлично|прекрасный|прекрасная|прекрасное|прекрасные|"
            "прекрасно|замечательный|замечательная|замечательное|замечательные|замечательно|"
            "великолепный|великолепная|великолепное|великолепно|превосходный|превосходно|"
            "потрясающий|потрясающая|потрясающе|чудесный|чудесная|чудесно|супер|класс|классный|"
            "классная|классное|классно|шикарный|шикарная|шикарно|идеальный|идеальная|"
            "идеальное|идеально|лучший|лучшая|лучшее|лучшие|вкусный|вкусная|вкусное|вкусные|"
            "вкусно|красивый|красивая|красивое|красивые|красиво|приятный|приятная|приятное|"
            "приятно|удобный|удобная|удобное|удобно|чистый|чистая|чистое|чисто|быстрый|"
            "быстрая|быстро|вежливый|вежливая|вежливые|приветливый|приветливая|приветливые|"
            "дружелюбный|дружелюбная|внимательный|внимательная|внимательные|уютный|уютная|"
            "уютное|уютно|доволен|довольна|довольны|счастлив|счастлива|счастливы|рад|рада|рады|"
            "спасибо|благодарю|большое спасибо|рекомендую|советую|нравится|понравился|"
            "понравилась|понравилось|понравились|люблю|обожаю|работает|в восторге|восторг|"
            "молодцы|радость|восхитительный|восхитительная|восхитительно|изумительный|изумительная|"
            "изумительно|бесподобный|бесподобно|вкуснейший|вкуснейшая|вкуснятина|вежливо|"
            "приветливо|дружелюбные|дружелюбно|отзывчивый|отзывчивая|отзывчивые|профессиональный|"
            "профессиональная|профессионально|чистые|быстрые|удобные|уютные|приятные|довольный|"
            "довольная|счастье|счастливый|счастливая|благодарен|благодарна|благодарны|рекомендуем|"
            "советуем|нравятся|шикарное|шикарные|круто|крутой|крутая|крутое|клёвый|клевый|кайф|"
            "здорово|великолепные|свежий|свежая|свежее|свежие|надёжный|надежный|надёжная|надежная|"
            "молодец"
            "|не могу дождаться|жду не дождусь|с нетерпением жду|горжусь|облегчение|влюблён"
            "|влюблен|влюблена|было весело|весело|наслаждаюсь|повезло|впечатлён|впечатлен"
            "|впечатлена|тронут|тронута|растроган|растрогана"
        ),
        negative=_set(
            "плохой|плохая|плохое|плохие|плохо|ужасный|ужасная|ужасное|ужасные|ужасно|ужас|"
            "отвратительный|отвратительная|отвратительное|отвратительно|кошмар|кошмарный|"
            "кошмарно|мерзкий|мерзко|противный|противно|худший|худшая|худшее|хуже|"
            "разочарован|разочарована|разочарованы|разочарование|разочаровал|разочаровала|"
            "грубый|грубая|грубые|грубо|хамство|невежливый|невежливая|медленный|медленная|"
            "медленно|грязный|грязная|грязное|грязные|грязно|холодный|холодная|холодное|"
            "холодные|слишком дорого|очень дорого|сломан|сломана|сломано|сломанный|сломался|"
            "сломалась|поврежден|повреждён|повреждена|скучный|скучная|скучно|невкусный|"
            "невкусная|невкусно|проблема|проблемы|проблем|опоздание|задержка|обман|обманули|"
            "позор|отстой|жаль|к сожалению|ненавижу|грустно|грустный|злой|злая|шумно|шумный|"
            "неудобный|неудобная|неудобно|никогда больше|больше никогда|недоволен|недовольна|"
            "недовольны|неприятный|неприятная|неприятно|провал|зря|деньги на ветер|"
            "потеря времени|устал|устала|устали|уставший|уставшая|измотан|измотана|вымотан|"
            "вымотана|раздражает|раздражён|раздражен|раздражена|бесит|бесят|злюсь|обидно|грустная|"
            "грустные|печально|печальный|тоска|скука|скучные|потерял|потеряла|потеряли|потерялся|"
            "потерялась|забыл|забыла|забыли|опоздал|опоздала|опоздали|поздно|дорого|дороговато|"
            "сломали|сломаны|отвратительные|мерзкая|мерзкое|противная|хамы|хамский|грубость|"
            "неприятные|остывший|остывшая|остывшее|остыл|остыла|невкусные|пересолено|подгорело|"
            "худшие|обманщики|мошенники|лохотрон|безобразие|возмутительно|неудобные|шумные|"
            "разочаровали|фигня|хрень|дерьмо|бардак|жуть|жуткий|жуткая|бесполезный|бесполезная|"
            "бесполезно|отвратно|некомпетентный|непрофессионально|непрофессиональный|испорчен|"
            "испорчена|испорченный|испортили"
            "|беспокоюсь|переживаю|тревога|тревожно|нервничаю|боюсь|страшно|напуган|напугана"
            "|стресс|в стрессе|надоело|достало|сыт по горло|одиноко|одинокий|одинокая"
            "|разбитое сердце|расстроен|расстроена|расстроился|расстроилась|стыдно|жалею"
            "|сожалею|скучаю|обижен|обижена"
        ),
        negators=_set("не|нет|ни|никогда|без|ничего"),
        breaks=_set("и|но|а|или|однако|зато|хотя|потому"),
        neutral=_set(
            "добрый день|доброе утро|добрый вечер|доброй ночи|спокойной ночи|"
            "приятного аппетита|хорошего дня|хорошего вечера|хороших выходных|"
            "счастливого пути|всего хорошего"
        ),
    ),
    "uk": Language(
        positive=_set(
            "добрий|добра|добре|добрі|доброго|добру|гарний|гарна|гарне|гарні|гарно|хороший|"
            "хороша|хороше|хороші|відмінний|відмінна|відмінне|відмінно|чудовий|чудова|чудове|"
            "чудові|чудово|прекрасний|прекрасна|прекрасне|прекрасно|неймовірний|неймовірна|"
            "неймовірно|класний|класна|класне|класно|супер|ідеальний|ідеальна|ідеальне|"
            "ідеально|найкращий|найкраща|найкраще|найкращі|смачний|смачна|смачне|смачні|"
            "смачно|красивий|красива|красиве|красиво|приємний|приємна|приємне|приємно|"
            "зручний|зручна|зручне|зручно|чистий|чиста|чисте|чисто|швидкий|швидка|швидко|"
            "ввічливий|ввічлива|ввічливі|привітний|привітна|привітні|уважний|уважна|уважні|"
            "затишний|затишна|затишно|задоволений|задоволена|задоволені|щасливий|щаслива|"
            "щасливі|радий|раді|дякую|дякуємо|щиро дякую|рекомендую|раджу|подобається|"
            "сподобався|сподобалася|сподобалось|сподобалося|сподобались|люблю|обожнюю|працює|"
            "у захваті|в захваті|молодці|радість|неперевершений|неперевершена|неперевершено|милий|"
            "мила|миле|милі|ввічливо|привітно|доброзичливий|доброзичлива|доброзичливі|професійний|"
            "професійна|професійно|чисті|швидкі|зручні|затишні|приємні|свіжий|свіжа|свіже|свіжі|"
            "щастя|вдячний|вдячна|вдячні|радимо|рекомендуємо|обожнюємо|круто|крутий|крута|круте|"
            "класні|надійний|надійна|надійно|бездоганний|бездоганна|бездоганно|молодець|"
            "задоволення"
            "|не можу дочекатися|з нетерпінням|пишаюся|пишаюсь|полегшення|закоханий|закохана"
            "|було весело|весело|насолоджуюсь|пощастило|вражений|вражена|зворушений|зворушена"
        ),
        negative=_set(
            "поганий|погана|погане|погані|погано|жахливий|жахлива|жахливе|жахливі|жахливо|жах|"
            "огидний|огидна|огидне|огидно|кошмар|найгірший|найгірша|найгірше|гірше|"
            "розчарований|розчарована|розчаровані|розчарування|грубий|груба|грубі|грубо|"
            "хамство|неввічливий|неввічлива|повільний|повільна|повільно|брудний|брудна|брудне|"
            "брудні|брудно|холодний|холодна|холодне|холодні|занадто дорого|дуже дорого|"
            "зламаний|зламана|зламане|зламався|зламалася|пошкоджений|пошкоджена|пошкоджене|"
            "нудний|нудна|нудно|несмачний|несмачна|несмачно|проблема|проблеми|проблем|"
            "затримка|запізнення|обман|обманули|ганьба|сором|шкода|на жаль|ненавиджу|сумно|"
            "сумний|злий|шумно|галасливо|галасливий|незручний|незручна|незручно|"
            "ніколи більше|більше ніколи|незадоволений|незадоволена|незадоволені|неприємний|"
            "неприємна|неприємно|провал|марно|гроші на вітер|втрата часу|відстій|зле|втомився|"
            "втомилася|втомилась|втомлений|втомлена|втомлені|виснажений|виснажена|дратує|"
            "роздратований|роздратована|бісить|злюся|сердитий|сердита|образливо|сумна|сумні|нудьга|"
            "нудні|загубив|загубила|загубили|втратив|втратила|втратили|забув|забула|забули|"
            "запізнився|запізнилася|запізнились|пізно|дорого|дорогувато|зламали|огидні|неприємні|"
            "несмачні|пересолено|шахраї|обдурили|безлад|бардак|найгірші|гірший|гірша|нікчемний|"
            "нікчемна|непрофесійно|непрофесійний|некомпетентний|зіпсований|зіпсована|зіпсували|"
            "розчарували|розчарувало|обурливо|неприйнятно|засмучений|засмучена|прикро"
            "|хвилююся|переживаю|тривога|тривожно|нервую|боюся|боюсь|страшно|наляканий"
            "|налякана|стрес|набридло|самотньо|самотній|самотня|розбите серце|соромно|шкодую"
            "|сумую|скучаю|ображений|ображена|ошукали"
        ),
        negators=_set("не|ні|ніколи|без|нема|немає|нічого|ані"),
        breaks=_set("і|й|та|але|а|або|чи|однак|проте|зате|хоча|бо"),
        neutral=_set(
            "добрий день|доброго дня|добрий ранок|доброго ранку|добрий вечір|доброго вечора|"
            "на добраніч|добраніч|смачного|гарного дня|гарного вечора|гарних вихідних|"
            "щасливої дороги|на все добре"
        ),
    ),
    "sv": Language(
        positive=_set(
            "bra|jättebra|kanonbra|toppen|super|utmärkt|utmärkta|fantastisk|fantastiskt|"
            "fantastiska|underbar|underbart|underbara|perfekt|perfekta|härlig|härligt|härliga|"
            "strålande|suverän|suveränt|god|gott|goda|jättegod|jättegott|läcker|läckert|läckra|"
            "vacker|vackert|vackra|fin|fint|fina|trevlig|trevligt|trevliga|vänlig|vänligt|"
            "vänliga|hjälpsam|hjälpsamt|hjälpsamma|tillmötesgående|mysig|mysigt|mysiga|ren|"
            "rena|snabb|snabbt|snabba|smidig|smidigt|bekväm|bekvämt|bekväma|skön|skönt|sköna|"
            "nöjd|nöjda|glad|glada|lycklig|lyckliga|tack|tack så mycket|stort tack|"
            "rekommenderar|rekommenderas|rekommendera|älskar|älskade|gillar|gillade|fungerar|"
            "imponerad|imponerande|prisvärd|prisvärt|värt|värt pengarna|professionell|"
            "professionellt|proffsig|proffsigt|glädje|njöt|jättetrevlig|jättetrevligt|"
            "jättetrevliga|grym|grymt|grymma|ljuvlig|ljuvligt|ljuvliga|magisk|magiskt|magiska|"
            "välsmakande|städat|effektiv|effektivt|effektiva|punktlig|punktligt|avslappnad|"
            "avslappnande|lugn|lugnt|lugna|supernöjd|jättenöjd|lyckad|lyckat|lyckade|tacksam|"
            "tacksamma|kul|rolig|roligt|roliga|charmig|charmigt|charmiga|professionella|fräsch|"
            "fräscht|fräscha|superbra|prisvärda|funkar|uppskattade|omtänksam|omtänksamma"
            "|längtar|ser fram emot|stolt|stolta|lättad|lättade|förälskad|hade roligt|njuter"
            "|hade tur|har tur|vilken tur|imponerade|rörd|hoppfull|överlycklig|förtjust"
            "|peppad|taggad"
        ),
        negative=_set(
            "dålig|dåligt|dåliga|sämre|sämst|hemsk|hemskt|hemska|fruktansvärd|fruktansvärt|"
            "fruktansvärda|förskräcklig|förskräckligt|usel|uselt|usla|katastrof|katastrofal|"
            "katastrofalt|besviken|besviket|besvikna|besvikelse|oförskämd|oförskämt|oförskämda|"
            "otrevlig|otrevligt|otrevliga|ohövlig|ohövligt|långsam|långsamt|långsamma|smutsig|"
            "smutsigt|smutsiga|kall|kallt|dyr|dyrt|dyra|för dyrt|överprisat|trasig|trasigt|"
            "trasiga|sönder|skadad|skadat|skadade|tråkig|tråkigt|tråkiga|äcklig|äckligt|"
            "äckliga|problem|problemet|problemen|försenad|försenat|försening|bedrägeri|"
            "skandal|skam|tyvärr|synd|hatar|ledsen|ledsna|arg|arga|irriterad|irriterande|"
            "högljudd|obekväm|obekvämt|aldrig mer|aldrig igen|missnöjd|missnöjda|värdelös|"
            "värdelöst|värdelösa|bedrövlig|bedrövligt|pinsam|pinsamt|slöseri|kass|kasst|"
            "oacceptabel|oacceptabelt|trött|trötta|utmattad|utmattade|slutkörd|irriterade|sur|sura|"
            "förbannad|förbannade|glömde|glömt|tappade|tappat|borttappad|försvunnen|försvann|"
            "förlorade|för sent|alldeles för sent|försenade|förseningar|ljummen|ljummet|ljumma|"
            "överprisad|överprisade|skräp|skit|skitdåligt|sämsta|värsta|stökigt|stökig|bullrig|"
            "bullrigt|stressad|stressade|stressigt|jobbigt|jobbig|frustrerad|frustrerande|ångrar|"
            "ointresserad|ointresserade|oprofessionell|oprofessionellt|inkompetent|inkompetenta|"
            "lurad|lurade|misslyckad|misslyckat|avskyr|avskyvärd|avskyvärt|hopplös|hopplöst|usch"
            "|orolig|oroliga|oroar mig|ängslig|nervös|rädd|rädda|trött på|uttråkad"
            "|känner mig ensam|ensamhet|krossat hjärta|upprörd|upprörda|generad|skäms"
            "|saknar dig|saknar|sårad|äcklad|deprimerad"
        ),
        negators=_set("inte|ej|aldrig|ingen|inget|inga|utan|knappast"),
        breaks=_set("och|men|eller|fast|eftersom|dock|trots"),
        neutral=_set(
            "god morgon|godmorgon|god dag|goddag|god kväll|god natt|godnatt|trevlig helg|"
            "ha en bra dag|ha en trevlig dag|ha det bra|smaklig måltid|trevlig resa|hej då"
        ),
        negation_after=True,
    ),
    "da": Language(
        positive=_set(
            "god|godt|gode|super|fantastisk|fantastiske|fremragende|udmærket|udmærkede|perfekt|"
            "perfekte|dejlig|dejligt|dejlige|lækker|lækkert|lækre|flot|flotte|smuk|smukt|"
            "smukke|skøn|skønt|skønne|herlig|herligt|herlige|vidunderlig|vidunderligt|"
            "vidunderlige|suveræn|suverænt|venlig|venligt|venlige|hjælpsom|hjælpsomme|sød|søde|"
            "rar|rare|hyggelig|hyggeligt|hyggelige|imødekommende|rene|hurtig|hurtigt|hurtige|"
            "behagelig|behageligt|behagelige|komfortabel|komfortable|tilfreds|tilfredse|glad|"
            "glade|lykkelig|tak|tusind tak|mange tak|anbefaler|anbefales|anbefale|elsker|"
            "elskede|kan lide|fungerer|imponeret|imponerende|professionel|professionelt|værd|"
            "pengene værd|glæde|fornøjelse|nød|nyder|supergod|supergodt|sjov|sjovt|sjove|rolig|"
            "roligt|rolige|effektiv|effektivt|effektive|hjertelig|hjertelige|begejstret|"
            "begejstrede|taknemmelig|taknemmelige|tak skal du have|velsmagende|friske|frisk|pæn|"
            "pænt|pæne|fint|lykkelige|professionelle|smilende|superflot"
            "|glæder mig|ser frem til|stolt|stolte|lettet|forelsket|heldig|heldige|rørt"
            "|håbefuld|forventningsfuld"
        ),
        negative=_set(
            "dårlig|dårligt|dårlige|ringe|elendig|elendigt|elendige|forfærdelig|forfærdeligt|"
            "forfærdelige|frygtelig|frygteligt|frygtelige|skrækkelig|skrækkeligt|katastrofe|"
            "katastrofal|katastrofalt|skuffet|skuffede|skuffende|skuffelse|uhøflig|uhøfligt|"
            "uhøflige|uvenlig|uvenligt|uvenlige|langsom|langsomt|langsomme|beskidt|beskidte|"
            "snavset|snavsede|kold|koldt|kolde|dyr|dyrt|dyre|for dyrt|overpris|i stykker|"
            "ødelagt|ødelagte|beskadiget|kedelig|kedeligt|kedelige|ulækker|ulækkert|ulækre|"
            "klam|klamt|klamme|problem|problemer|problemet|forsinket|forsinkelse|svindel|"
            "skandale|skam|desværre|ærgerlig|ærgerligt|hader|ked af det|vred|vrede|irriteret|"
            "irriterende|larmende|ubehagelig|ubehageligt|ubehagelige|aldrig mere|aldrig igen|"
            "utilfreds|utilfredse|værdiløs|håbløs|håbløst|pinlig|pinligt|spild af penge|"
            "spild af tid|uacceptabel|uacceptabelt|værst|værre|typisk|glemt|glemte|tabt|mistet|"
            "mistede|forsvundet|træt|trætte|udmattet|udkørt|irriterede|sur|sure|trist|triste|"
            "for sent|lunkent|lunken|lunkne|skrald|lort|møg|værste|skod|skodt|frustreret|"
            "frustrerende|stresset|stressende|besværlig|besværligt|larm|støjende|uprofessionel|"
            "uprofessionelt|inkompetent|inkompetente|snyd|snydt|fup|afskyelig|afskyeligt|øv|træls"
            "|bekymret|bekymrede|ængstelig|nervøs|bange|træt af|keder mig|ensom|ensomme"
            "|knust hjerte|flov|skammer mig|fortryder|savner|såret|deprimeret"
        ),
        negators=_set("ikke|aldrig|ingen|intet|uden|hverken"),
        breaks=_set("og|men|eller|fordi|selvom|dog|alligevel"),
        neutral=_set(
            "godmorgen|god morgen|goddag|god dag|god aften|godnat|god nat|god weekend|god tur|"
            "god rejse|hav en god dag|ha en god dag|velbekomme|farvel"
        ),
        negation_after=True,
    ),
    "no": Language(
        positive=_set(
            "god|godt|gode|bra|kjempebra|knallbra|super|topp|kanon|fantastisk|fantastiske|"
            "strålende|utmerket|utmerkede|perfekt|perfekte|deilig|deilige|nydelig|nydelige|"
            "herlig|herlige|flott|flotte|vakker|vakkert|vakre|fin|fint|fine|kjempegod|"
            "kjempegodt|velsmakende|lekker|lekkert|lekre|vennlig|vennlige|hjelpsom|hjelpsomme|"
            "imøtekommende|hyggelig|hyggelige|koselig|koselige|snill|snille|rene|rask|raskt|"
            "raske|behagelig|behagelige|komfortabel|komfortable|fornøyd|fornøyde|glad|glade|"
            "lykkelig|takk|tusen takk|mange takk|anbefaler|anbefales|anbefale|elsker|elsket|"
            "liker|likte|fungerer|imponert|imponerende|profesjonell|profesjonelt|verdt|"
            "verdt pengene|glede|nøt|nyter|kjempefin|kjempefint|kjempefine|kjempehyggelig|morsom|"
            "morsomt|morsomme|gøy|artig|artige|rolig|rolige|effektiv|effektivt|effektive|punktlig|"
            "punktlige|hjertelig|hjertelige|begeistret|begeistra|takknemlig|takknemlige|anbefalt|"
            "digg|smakfull|smakfullt|smakfulle|smilende|profesjonelle|storfornøyd|kjempefornøyd|"
            "funker"
            "|gleder meg|ser frem til|stolt|stolte|lettet|forelsket|koser meg|koste meg"
            "|heldig|heldige|rørt|håpefull"
        ),
        negative=_set(
            "dårlig|dårlige|elendig|elendige|forferdelig|forferdelige|fryktelig|fryktelige|"
            "grusom|grusomt|grusomme|katastrofe|katastrofal|katastrofalt|skuffet|skuffede|"
            "skuffende|skuffelse|uhøflig|uhøflige|uvennlig|uvennlige|frekk|frekke|treg|tregt|"
            "trege|langsom|langsomt|skitten|skittent|skitne|kald|kaldt|kalde|dyr|dyrt|dyre|"
            "for dyrt|altfor dyrt|ødelagt|ødelagte|i stykker|skadet|kjedelig|kjedelige|ekkel|"
            "ekkelt|ekle|problem|problemer|problemet|forsinket|forsinkelse|svindel|skandale|"
            "skam|dessverre|synd|hater|lei meg|sint|sinte|irritert|irriterende|bråkete|"
            "ubehagelig|ubehagelige|aldri mer|aldri igjen|misfornøyd|misfornøyde|verdiløs|"
            "håpløs|håpløst|pinlig|pinlige|bortkastet|sløsing|uakseptabel|uakseptabelt|verst|"
            "verre|sliten|slitne|utslitt|utmattet|irriterte|sur|sure|forbanna|forbannet|frustrert|"
            "frustrerende|trist|triste|glemt|glemte|mistet|mista|forsvant|for sent|lunken|lunkent|"
            "overpriset|søppel|dritt|verste|stressa|stresset|stressende|slitsomt|slitsom|tungvint|"
            "uprofesjonell|uprofesjonelt|inkompetent|inkompetente|avskyelig|avskyelige"
            "|bekymret|engstelig|nervøs|redd|utkjørt|lei av|drittlei|kjeder meg|ensom|ensomme"
            "|knust hjerte|flau|skammer meg|angrer|savner|såret|lurt|snytt|deprimert"
        ),
        negators=_set("ikke|aldri|ingen|ingenting|intet|uten|verken"),
        breaks=_set("og|men|eller|fordi|likevel"),
        neutral=_set(
            "god morgen|god dag|god kveld|god natt|god helg|god tur|god reise|ha en fin dag|"
            "ha en god dag|ha det bra|ha det fint|takk for maten|vel bekomme"
        ),
        negation_after=True,
    ),
    "tr": Language(
        positive=_set(
            "iyi|iyiydi|iyiyim|güzel|güzeldi|çok güzel|harika|harikaydı|harikasınız|mükemmel|"
            "mükemmeldi|muhteşem|muhteşemdi|şahane|olağanüstü|süper|süperdi|efsane|enfes|"
            "lezzetli|lezzetliydi|nefis|leziz|temiz|temizdi|tertemiz|hızlı|hızlıydı|rahat|"
            "rahattı|konforlu|kibar|nazik|güler yüzlü|yardımsever|yardımcı oldu|"
            "yardımcı oldular|samimi|memnun|memnunum|memnunuz|memnun kaldım|memnun kaldık|mutlu|"
            "mutluyum|mutluyuz|sevindim|teşekkürler|teşekkür ederim|teşekkür ederiz|sağ olun|"
            "sağolun|tavsiye ederim|tavsiye ediyorum|tavsiye ederiz|öneririm|beğendim|beğendik|"
            "bayıldım|bayıldık|sevdim|sevdik|seviyorum|hoşuma gitti|keyifli|keyifliydi|başarılı|"
            "başarılıydı|kaliteli|uygun fiyatlı|değdi|sorunsuz|kusursuz|profesyonel|güvenilir|"
            "çalışıyor|tekrar geleceğiz|tekrar gelirim|bravo|enfesti|nefisti|şahaneydi|müthiş|"
            "müthişti|güler yüzlüydü|ilgililer|kibardı|nazikti|ferah|huzurlu|keyif|keyifle|"
            "sevindik|seviyoruz|özenli|özenliydi|ilgiliydi|sıcacık|tavsiye ediyoruz|yine geleceğiz|"
            "hoşumuza gitti"
            "|heyecanlıyım|heyecanlı|heyecanlandım|sabırsızlanıyorum|iple çekiyorum"
            "|gurur duyuyorum|gururluyum|gurur duydum|minnettarım|minnettar|müteşekkirim"
            "|rahatladım|içim rahatladı|çok mutluyum|aşığım|aşık oldum|eğlendim|eğlendik"
            "|keyif aldım|tadını çıkardım|dört gözle bekliyorum|şanslıyım|şanslı|etkilendim"
            "|duygulandım|umutluyum|umutlu|hayran kaldım|büyülendim"
        ),
        negative=_set(
            "kötü|kötüydü|berbat|berbattı|rezalet|rezaletti|rezil|felaket|korkunç|korkunçtu|"
            "iğrenç|iğrençti|pis|pisti|kirli|kirliydi|soğuk|soğuktu|yavaş|yavaştı|gecikme|"
            "gecikti|geç geldi|kaba|kabaydı|ilgisiz|ilgisizdi|saygısız|pahalı|pahalıydı|"
            "çok pahalı|kazık|bozuk|bozuldu|kırık|kırıldı|hasarlı|sıkıcı|sıkıcıydı|lezzetsiz|"
            "tatsız|sorun|sorunlu|problem|problemli|şikayetçiyim|hayal kırıklığı|"
            "hayal kırıklığına uğradım|dolandırıcı|dolandırıldım|utanç|maalesef|ne yazık ki|"
            "yazık|nefret|nefret ediyorum|üzüldüm|üzücü|sinir bozucu|sinirlendim|gürültülü|"
            "rahatsız|memnun kalmadım|memnun kalmadık|memnuniyetsiz|beğenmedim|beğenmedik|"
            "sevmedim|tavsiye etmem|tavsiye etmiyorum|tavsiye etmiyoruz|önermem|önermiyorum|"
            "bir daha asla|bir daha gelmem|bir daha gelmeyiz|çalışmıyor|vasat|zaman kaybı|"
            "para kaybı|en kötü|daha kötü|kabul edilemez|bayat|yorgun|yorgunum|yorulduk|yoruldum|"
            "bitkin|bitkinim|sinirli|sinirliyim|kızgın|kızgınım|sinir oldum|bıktım|sıkıldım|üzgün|"
            "hüzünlü|mutsuz|mutsuzum|kaybettim|kayboldu|kaybettiler|unuttum|unuttular|unutulmuş|"
            "geç kaldı|geç kaldılar|ılık|en kötüsü|felaketti|saygısızdı|kabalık|ilgisizlik|"
            "dolandırıcılık|yanık|yanmış|tatsızdı|lezzetsizdi|şikayet|şikayetçiyiz|pişman|pişmanım|"
            "pişman oldum|sorunlar|problemler|rahatsızdı|gürültü|pislik|sıkıntı|sıkıntılı|stres|"
            "stresli|can sıkıcı"
            "|endişeliyim|endişeli|endişelendim|kaygılıyım|kaygılı|gerginim|gergin|korkuyorum"
            "|korktum|stresliyim|tükendim|usandım|canım sıkıldı|yalnızım|kalbim kırıldı"
            "|üzgünüm|utandım|utanıyorum|özledim|özlüyorum|kırıldım|iğrendim|kazıklandım"
            "|kandırıldım"
        ),
        negators=frozenset(),  # Turkish negates after the word: see after_negators
        breaks=_set("ve|ama|fakat|ancak|veya|çünkü|rağmen"),
        neutral=_set(
            "iyi günler|iyi akşamlar|iyi geceler|iyi sabahlar|günaydın|hoş geldiniz|hoş geldin|"
            "hoşça kalın|iyi yolculuklar|iyi tatiller|iyi bayramlar|iyi çalışmalar|"
            "iyi hafta sonları|afiyet olsun|kolay gelsin"
        ),
        after_negators=_set(
            "değil|değildi|değilim|değiliz|değilsin|değilsiniz|değildir|değildik|değilmiş|yok|"
            "yoktu|yoktur"
        ),
    ),
    "ro": Language(
        positive=_ro(
            "bun|bună|buni|bune|bine|foarte bine|excelent|excelentă|excelenți|excelente|perfect|"
            "perfectă|perfecți|perfecte|minunat|minunată|minunați|minunate|grozav|grozavă|grozavi|"
            "grozave|superb|superbă|superbi|superbe|fantastic|fantastică|fantastici|fantastice|"
            "extraordinar|extraordinară|extraordinari|extraordinare|senzațional|senzațională|"
            "splendid|splendidă|frumos|frumoasă|frumoși|frumoase|frumusețe|delicios|delicioasă|"
            "delicioși|delicioase|gustos|gustoasă|gustoși|gustoase|amabil|amabilă|amabili|amabile|"
            "prietenos|prietenoasă|prietenoși|prietenoase|drăguț|drăguță|drăguți|drăguțe|politicos|"
            "politicoasă|politicoși|politicoase|atent|atentă|atenți|atente|ospitalier|ospitalieră|"
            "ospitalieri|curat|curată|curați|curate|curățenie|rapid|rapidă|rapizi|rapide|repede|"
            "prompt|promptă|confortabil|confortabilă|confortabili|confortabile|comod|comodă|comode|"
            "liniștit|liniștită|liniștite|fericit|fericită|fericiți|fericite|bucuros|bucuroasă|"
            "bucuroși|bucurie|mulțumit|mulțumită|mulțumiți|mulțumite|încântat|încântată|încântați|"
            "mulțumesc|mulțumim|mersi|iubesc|ador|îmi place|ne place|mi-a plăcut|ne-a plăcut|"
            "mi-au plăcut|ne-au plăcut|plăcut|plăcută|plăcuți|plăcute|recomand|recomandăm|"
            "recomandat|recomandată|recomandate|recomand cu căldură|super|impecabil|impecabilă|"
            "impecabile|ideal|ideală|fain|faină|faine|mișto|profesionist|profesionistă|"
            "profesioniști|competent|competentă|funcționează|merită|a meritat|merită banii|"
            "vom reveni|revenim cu drag|cu siguranță revenim|proaspăt|proaspătă|proaspete|"
            "de calitate|eficient|eficientă|de încredere|apetisant|apetisantă|savuros|savuroasă|"
            "incredibil|incredibilă|uimitor|uimitoare|entuziasmat|entuziasmată|recunoscător|"
            "recunoscătoare|cel mai bun|cea mai bună|top"
            "|abia aștept|mândru|mândră|mândri|ușurat|ușurată|îndrăgostit|îndrăgostită"
            "|m-am distrat|ne-am distrat|mă bucur|ne bucurăm|norocos|norocoasă|am avut noroc"
            "|impresionat|impresionată|plin de speranță"
        ),
        negative=_ro(
            "rău|rea|rele|prost|proastă|proști|proaste|foarte prost|groaznic|groaznică|groaznici|"
            "groaznice|oribil|oribilă|oribili|oribile|îngrozitor|îngrozitoare|îngrozitori|jalnic|"
            "jalnică|jalnice|dezastru|dezastruos|dezastruoasă|catastrofal|catastrofală|dezamăgit|"
            "dezamăgită|dezamăgiți|dezamăgite|dezamăgitor|dezamăgitoare|dezamăgire|lent|lentă|"
            "lenți|lente|nepoliticos|nepoliticoasă|nepoliticoși|nepoliticoase|obraznic|obraznică|"
            "obraznici|mitocan|mitocani|mitocănie|murdar|murdară|murdari|murdare|mizerie|"
            "mâncare rece|mâncarea rece|mâncarea era rece|s-a răcit|prea scump|prea scumpă|"
            "prea scumpe|foarte scump|foarte scumpă|exagerat de scump|stricat|stricată|stricați|"
            "stricate|defect|defectă|defecte|spart|spartă|sparte|deteriorat|deteriorată|"
            "deteriorate|întârziere|întârzieri|întârziat|întârziată|a întârziat|au întârziat|"
            "plictisitor|plictisitoare|plictisitori|plictiseală|plictisit|plictisită|trist|tristă|"
            "triști|triste|tristețe|supărat|supărată|supărați|nervos|nervoasă|nervoși|furios|"
            "furioasă|furioși|enervat|enervată|enervant|enervantă|enervante|iritat|iritată|obosit|"
            "obosită|obosiți|epuizat|epuizată|epuizați|frânt|frântă|urăsc|detest|niciodată nu mai|"
            "nu mai revin|nu mai venim|problemă|probleme|problema|problemele|din păcate|păcat|"
            "cel mai rău|cea mai rea|cel mai prost|cea mai proastă|pierdut|pierdută|pierduți|"
            "pierdute|am pierdut|am uitat|a uitat|au uitat|ați uitat|dezgustător|dezgustătoare|"
            "scârbos|scârboasă|inacceptabil|inacceptabilă|insuportabil|insuportabilă|țeapă|"
            "escrocherie|înșelătorie|înșelat|rușine|rușinos|rușinoasă|zgomotos|zgomotoasă|gălăgie|"
            "incomod|incomodă|nemulțumit|nemulțumită|nemulțumiți|slab|slabă|slabe|mediocru|"
            "mediocră|nasol|nasoală|naspa|jale|bătaie de joc|nesimțit|nesimțită|nesimțiți|"
            "fără gust|insipid|insipidă|frustrat|frustrată|stresat|stresată|bolnav|bolnavă|regret|"
            "neplăcut|neplăcută|neplăcute|lamentabil|varză|penibil|penibilă"
            "|îngrijorat|îngrijorată|îngrijorați|anxios|anxioasă|neliniștit|neliniștită"
            "|mi-e frică|frică|speriat|speriată|m-am săturat|sătul|sătulă|mă plictisesc"
            "|singurătate|inimă frântă|jenat|jenată|îmi pare rău|îmi lipsește|mi-e dor|rănit"
            "|rănită|dezgustat|dezgustată|păcălit|păcălită|țepuit|înșelată"
        ),
        negators=_ro(
            "nu|n-a|n-am|n-ai|n-au|n-ați|n-o|nu-mi|nu-i|nu-l|nu-s|nu-ți|nici|niciodată|niciun|"
            "nicio|fără|deloc"
        ),
        breaks=_ro("și|dar|iar|sau|ori|însă|deși|fiindcă|căci|totuși"),
        neutral=_ro(
            "bună ziua|bună dimineața|bună seara|noapte bună|drum bun|poftă bună|o zi bună|"
            "o zi frumoasă|zi frumoasă|weekend plăcut|o seară plăcută|seară plăcută|"
            "sărbători fericite|crăciun fericit|paște fericit|an nou fericit|bun venit|"
            "bine ați venit|bine ai venit|toate cele bune|cu bine|numai bine|vacanță plăcută|"
            "călătorie plăcută"
        ),
    ),
    "el": Language(
        positive=_el(
            "καλός|καλή|καλό|καλοί|καλές|καλά|πολύ καλό|τέλειος|τέλεια|τέλειο|τέλειοι|τέλειες|"
            "υπέροχος|υπέροχη|υπέροχο|υπέροχοι|υπέροχες|υπέροχα|εξαιρετικός|εξαιρετική|εξαιρετικό|"
            "εξαιρετικοί|εξαιρετικές|εξαιρετικά|φανταστικός|φανταστική|φανταστικό|φανταστικοί|"
            "φανταστικές|φανταστικά|καταπληκτικός|καταπληκτική|καταπληκτικό|καταπληκτικοί|"
            "καταπληκτικές|καταπληκτικά|εκπληκτικός|εκπληκτική|εκπληκτικό|εκπληκτικοί|εκπληκτικά|"
            "απίθανος|απίθανη|απίθανο|απίθανα|άψογος|άψογη|άψογο|άψογοι|άψογα|νόστιμος|νόστιμη|"
            "νόστιμο|νόστιμα|πεντανόστιμος|πεντανόστιμη|πεντανόστιμο|πεντανόστιμα|γευστικός|"
            "γευστική|γευστικό|γευστικά|ωραίος|ωραία|ωραίο|ωραίοι|ωραίες|ωραιότατος|ωραιότατη|"
            "ωραιότατο|ωραιότατα|όμορφος|όμορφη|όμορφο|όμορφοι|όμορφες|όμορφα|πανέμορφος|πανέμορφη|"
            "πανέμορφο|πανέμορφα|φιλικός|φιλική|φιλικό|φιλικοί|φιλικές|ευγενικός|ευγενική|ευγενικό|"
            "ευγενικοί|ευγενικές|εξυπηρετικός|εξυπηρετική|εξυπηρετικοί|φιλόξενος|φιλόξενη|"
            "φιλόξενοι|καθαρός|καθαρή|καθαρό|καθαροί|καθαρές|πεντακάθαρος|πεντακάθαρη|πεντακάθαρο|"
            "πεντακάθαρα|γρήγορος|γρήγορη|γρήγορο|γρήγορα|άνετος|άνετη|άνετο|άνετα|βολικός|βολική|"
            "βολικό|ευχάριστος|ευχάριστη|ευχάριστο|ευχάριστα|ευτυχισμένος|ευτυχισμένη|ευτυχισμένοι|"
            "χαρούμενος|χαρούμενη|χαρούμενοι|χαρά|ικανοποιημένος|ικανοποιημένη|ικανοποιημένοι|"
            "ευχαριστημένος|ευχαριστημένη|ευχαριστημένοι|ευχαριστώ|ευχαριστούμε|αγαπώ|λατρεύω|"
            "μου αρέσει|μου άρεσε|μας αρέσει|μας άρεσε|μου άρεσαν|μας άρεσαν|προτείνω|συνιστώ|"
            "συστήνω|σούπερ|μπράβο|αξίζει|άξιζε|θα ξαναέρθουμε|θα ξαναέρθω|μαγικός|μαγική|μαγικό|"
            "μαγικά|ονειρεμένος|ονειρεμένη|ονειρεμένο|απολαυστικός|απολαυστική|απολαυστικό|"
            "απολαύσαμε|απόλαυση|φρέσκος|φρέσκια|φρέσκο|φρέσκα|κορυφαίος|κορυφαία|κορυφαίο|"
            "εξαίσιος|εξαίσια|εξαίσιο|αξιόπιστος|αξιόπιστη|αξιόπιστο|επαγγελματίες|προσεγμένος|"
            "προσεγμένη|προσεγμένο|προσεγμένα|ήσυχος|ήσυχη|ήσυχο|χαίρομαι|ενθουσιασμένος|"
            "ενθουσιασμένη|ενθουσιασμένοι|ευγένεια|λειτουργεί"
            "|ανυπομονώ|περήφανος|περήφανη|υπερήφανος|υπερήφανη|ευγνώμων|ευγνωμονώ"
            "|ανακουφισμένος|ανακουφισμένη|ανακουφίστηκα|ερωτευμένος|ερωτευμένη|διασκέδασα"
            "|απολαμβάνω|απόλαυσα|τυχερός|τυχερή|εντυπωσιασμένος|εντυπωσιασμένη|συγκινημένος"
            "|συγκινημένη|συγκινήθηκα|αισιόδοξος|αισιόδοξη|χάρηκα"
        ),
        negative=_el(
            "κακός|κακή|κακό|κακοί|κακές|κακά|άσχημος|άσχημη|άσχημο|άσχημα|χάλια|απαίσιος|απαίσια|"
            "απαίσιο|απαίσιοι|απαίσιες|φρικτός|φρικτή|φρικτό|φρικτά|τραγικός|τραγική|τραγικό|"
            "τραγικά|άθλιος|άθλια|άθλιο|άθλιοι|απογοητευμένος|απογοητευμένη|απογοητευμένοι|"
            "απογοήτευση|απογοητευτικός|απογοητευτική|απογοητευτικό|απογοητευτικά|αργός|αργή|αργό|"
            "αργοί|πολύ αργά|αγενής|αγενείς|αγένεια|απότομος|απότομη|απότομοι|αδιάφορος|αδιάφορη|"
            "αδιάφοροι|βρώμικος|βρώμικη|βρώμικο|βρώμικα|βρόμικος|βρόμικη|βρόμικο|βρόμικα|βρωμιά|"
            "βρόμα|κρύο φαγητό|κρύα φαγητά|το φαγητό ήταν κρύο|ήρθε κρύο|πανάκριβος|πανάκριβη|"
            "πανάκριβο|πανάκριβα|πολύ ακριβό|πολύ ακριβά|ακριβός|ακριβό|ακριβά|χαλασμένος|"
            "χαλασμένη|χαλασμένο|χαλασμένα|χάλασε|σπασμένος|σπασμένη|σπασμένο|σπασμένα|έσπασε|"
            "καθυστέρηση|καθυστερήσεις|καθυστέρησε|άργησε|άργησαν|βαρετός|βαρετή|βαρετό|βαρετά|"
            "βαρέθηκα|βαριέμαι|λυπημένος|λυπημένη|λυπημένοι|στενοχωρημένος|στενοχωρημένη|"
            "στεναχωρημένος|στεναχωρημένη|στενοχώρια|στεναχώρια|θλίψη|θυμωμένος|θυμωμένη|θυμωμένοι|"
            "εκνευρισμένος|εκνευρισμένη|εκνευρισμένοι|εκνευριστικός|εκνευριστική|εκνευριστικό|"
            "εκνευρίστηκα|τσαντισμένος|τσαντισμένη|κουρασμένος|κουρασμένη|κουρασμένοι|εξαντλημένος|"
            "εξαντλημένη|εξαντλημένοι|μισώ|σιχαίνομαι|αηδία|αηδιαστικός|αηδιαστική|αηδιαστικό|"
            "ποτέ ξανά|ποτέ πια|πρόβλημα|προβλήματα|δυστυχώς|κρίμα|χειρότερος|χειρότερη|χειρότερο|"
            "χειρότεροι|χειρότερα|χάθηκε|χάθηκαν|έχασα|έχασε|έχασαν|ξέχασα|ξέχασε|ξέχασαν|ξεχάσατε|"
            "απαράδεκτος|απαράδεκτη|απαράδεκτο|απαράδεκτα|απαράδεκτοι|αίσχος|ντροπή|κοροϊδία|απάτη|"
            "απατεώνες|θορυβώδης|θόρυβος|φασαρία|άβολος|άβολη|άβολο|άβολα|μέτριος|μέτρια|μέτριο|"
            "άχρηστος|άχρηστη|άχρηστο|άχρηστα|ανεύθυνος|ανεύθυνοι|άνοστος|άνοστη|άνοστο|άνοστα|"
            "μπαγιάτικος|μπαγιάτικο|μπαγιάτικα|σπατάλη|χάσιμο χρόνου|πεταμένα λεφτά|θλιμμένος|"
            "θλιμμένη|ανυπόφορος|ανυπόφορη|ανυπόφορο|ενοχλητικός|ενοχλητική|ενοχλητικό|ενοχλημένος|"
            "ενοχλημένη|αγχωμένος|αγχωμένη|άρρωστος|άρρωστη|κλοπή|αναξιόπιστος|αναξιόπιστοι"
            "|ανησυχώ|ανήσυχος|ανήσυχη|άγχος|φοβάμαι|φοβισμένος|φοβισμένη|μπούχτισα|μοναξιά"
            "|ραγισμένη καρδιά|στενοχωρήθηκα|αναστατωμένος|αναστατωμένη|ντρέπομαι|μετανιώνω"
            "|λυπάμαι|μου λείπεις|μου λείπει|πληγωμένος|πληγωμένη|αηδιασμένος|αηδιασμένη"
            "|με κορόιδεψαν|εξαπατημένος"
        ),
        negators=_set(
            "δεν|δε|μην|μη|όχι|οχι|ούτε|ουτε|ποτέ|χωρίς|χωρις|κανένα|κανένας|καμία|καμιά|τίποτα|"
            "τιποτα|καθόλου|καθολου"
        ),
        breaks=_set("και|αλλά|αλλα|ή|όμως|ομως|ενώ|ενω|γιατί|γιατι|επειδή|επειδη|αφού|αφου"),
        neutral=_el(
            "καλό βράδυ|καλή όρεξη|καλό ταξίδι|καλή εβδομάδα|καλό μήνα|καλό σαββατοκύριακο|"
            "καλή χρονιά|καλά χριστούγεννα|καλό απόγευμα|καλή μέρα|καλή σας μέρα|καλή συνέχεια|"
            "καλή τύχη|καλή επιτυχία|καλό πάσχα|καλή ανάσταση|καλές γιορτές|καλό καλοκαίρι|"
            "καλή ξεκούραση|ευτυχισμένο το νέο έτος|ευτυχισμένο νέο έτος|"
            "ευτυχισμένος ο καινούργιος χρόνος|καλή αντάμωση|καλή διασκέδαση|να είσαι καλά|"
            "να είστε καλά"
        ),
    ),
    "he": Language(
        positive=_set(
            "טוב|טובה|טובים|טובות|וטוב|וטובה|מצוין|מצוינת|מצוינים|מצוינות|ומצוין|מעולה|מעולים|"
            "מעולות|ומעולה|נהדר|נהדרת|נהדרים|נהדרות|ונהדר|מדהים|מדהימה|מדהימים|מדהימות|ומדהים|"
            "ומדהימה|מושלם|מושלמת|מושלמים|מושלמות|נפלא|נפלאה|נפלאים|נפלאות|יפה|יפים|יפות|ויפה|"
            "יפהפה|יפהפייה|טעים|טעימה|טעימים|טעימות|וטעים|וטעימה|הכי טעים|אדיב|אדיבה|אדיבים|אדיבות|"
            "ואדיב|ואדיבה|נחמד|נחמדה|נחמדים|נחמדות|ונחמד|ונחמדה|חביב|חביבה|חביבים|ידידותי|ידידותית|"
            "ידידותיים|נקי|נקייה|נקיה|נקיים|נקיות|ונקי|ונקייה|מהיר|מהירה|מהירים|ומהיר|ומהירה|נוח|"
            "נוחה|נוחים|ונוח|שמח|שמחה|שמחים|שמחות|מאושר|מאושרת|מאושרים|מרוצה|מרוצים|מרוצות|אוהב|"
            "אוהבת|אוהבים|אוהבות|אהבתי|אהבנו|ממליץ|ממליצה|ממליצים|ממליצות|מומלץ|מומלצת|מומלצים|"
            "ומומלץ|ממליץ בחום|תודה|תודה רבה|אחלה|סבבה|כיף|כיפי|כיפית|מקסים|מקסימה|מקסימים|מקסימות|"
            "מהמם|מהממת|מהממים|מהממות|שווה|שווה כל שקל|מרשים|מרשימה|מרשימים|מקצועי|מקצועית|"
            "מקצועיים|מקצועיות|מפנק|מפנקת|מפנקים|טרי|טרייה|טריים|טריות|שקט|שקטה|שקטים|מושקע|מושקעת|"
            "חמוד|חמודה|חמודים|תענוג|נהנינו|נהניתי|אושר|מרגש|מרגשת|נעים|נעימה|נעימים|נעימות|"
            "הכי טוב|הטוב ביותר|אמין|אמינה|אמינים|יעיל|יעילה|יעילים|קשוב|קשובה|קשובים|הטוב|הטובה|"
            "המעולה|הנהדר|הטעים|הטעימה|הנחמד|הנחמדה|המדהים|מפרגן|מפרגנת|אין על|אין כמו|עובד מצוין|"
            "מומלצות"
            "|מתרגש|מתרגשת|מתרגשים|לא יכול לחכות|לא יכולה לחכות|מחכה בקוצר רוח|גאה|גאים"
            "|אסיר תודה|אסירת תודה|הוקל לי|הקלה|מאוהב|מאוהבת|בר מזל|ברת מזל|התמזל מזלי"
            "|התרשמתי|נרגש|נרגשת|מלא תקווה|מלאה תקווה|אופטימי|אופטימית"
        ),
        negative=_set(
            "רע|רעה|רעים|גרוע|גרועה|גרועים|גרועות|וגרוע|הכי גרוע|הגרוע ביותר|נורא|נוראה|נוראי|"
            "נוראית|נוראיים|איום|איומה|איומים|זוועה|זוועתי|זוועתית|מחריד|מחרידה|מאכזב|מאכזבת|"
            "מאכזבים|אכזבה|מאוכזב|מאוכזבת|מאוכזבים|התאכזבתי|התאכזבנו|איטי|איטית|איטיים|ואיטי|"
            "גס רוח|גסי רוח|חצוף|חצופה|חצופים|חוצפה|מלוכלך|מלוכלכת|מלוכלכים|מלוכלכות|ומלוכלך|מטונף|"
            "מטונפת|לכלוך|האוכל קר|האוכל היה קר|הגיע קר|יקר מדי|יקר מאוד|יקרה מדי|יקרים מדי|"
            "מחירים מופקעים|מופקע|מופקעים|שבור|שבורה|שבורים|שבורות|נשבר|נשברה|מקולקל|מקולקלת|"
            "מקולקלים|התקלקל|התקלקלה|תקלה|תקלות|באיחור|איחור|איחר|איחרה|איחרו|משעמם|משעממת|משעממים|"
            "שעמום|עצוב|עצובה|עצובים|כועס|כועסת|כועסים|עצבני|עצבנית|עצבניים|מעצבן|מעצבנת|מעצבנים|"
            "עייף|עייפה|עייפים|מותש|מותשת|מותשים|שונא|שונאת|שונאים|שנאתי|לעולם לא|אף פעם לא|בעיה|"
            "בעיות|בעייתי|בעייתית|לצערי|לצערנו|חבל|איבדתי|איבדו|אבד|אבדה|הלך לאיבוד|שכחתי|שכחו|שכח|"
            "שכחה|גועל|מגעיל|מגעילה|מגעילים|עקיצה|רמאות|רמאים|נוכלים|בושה|מביש|מבישה|שערורייה|רועש|"
            "רועשת|רועשים|רעש|בזבוז|בזבוז זמן|בזבוז כסף|תפל|תפלה|מבאס|מבאסת|באסה|מבואס|מבואסת|"
            "מתסכל|מתסכלת|תסכול|עלוב|עלובה|עלובים|זבל|חרא|על הפנים|מזעזע|מזעזעת|מצחין|מסריח|מסריחה|"
            "צפוף|צפופה|כואב|לחוץ|לחוצה|מאוכזבות|הגרוע|הגרועה|המלוכלך|האיטי|המשעמם|מפחיד|מפחידה|"
            "מחדל|שערוריה|סיוט"
            "|מודאג|מודאגת|דואג|דואגת|חרד|חרדה|פוחד|פוחדת|מפחד|מפחדת|מפוחד|פחד|נמאס לי|נמאס"
            "|משועמם|משועממת|בודד|בודדה|לב שבור|מתוסכל|מתוסכלת|מעוצבן|מעוצבנת|נבוך|נבוכה"
            "|מתבייש|מתביישת|מתחרט|מתחרטת|מצטער|מצטערת|מתגעגע|מתגעגעת|פגוע|פגועה|נגעל|נגעלת"
            "|רימו אותי|עקצו אותי"
        ),
        negators=_set("לא|ולא|שלא|אין|ואין|בלי|ובלי|אף|אינו|אינה|אינם|אינני|מעולם|שום|מבלי"),
        breaks=_set("אבל|אך|או|כי|אולם|למרות|ואילו|בגלל|אלא"),
        neutral=_set(
            "בוקר טוב|ערב טוב|לילה טוב|יום טוב|שבוע טוב|חג שמח|שנה טובה|שנה טובה ומתוקה|"
            "יום הולדת שמח|מזל טוב|נסיעה טובה|סוף שבוע טוב|סופ״ש נעים|סופש נעים|סוף שבוע נעים|"
            "המשך יום נעים|המשך יום טוב|יום נעים|ערב נעים|נעים מאוד|נעים להכיר|בשעה טובה|חנוכה שמח|"
            "פורים שמח|פסח שמח|חג פסח שמח|כל טוב|ארוחה טובה|חופשה נעימה"
        ),
    ),
    "vi": Language(
        positive=_set(
            "tốt|tuyệt|tuyệt vời|tuyệt hảo|xuất sắc|hoàn hảo|ngon|ngon lành|ngon miệng|đẹp|xinh|"
            "xinh đẹp|dễ thương|đáng yêu|thân thiện|nhiệt tình|chu đáo|lịch sự|niềm nở|dễ chịu|"
            "sạch|sạch sẽ|nhanh|nhanh chóng|thoải mái|tiện lợi|tiện nghi|ấm cúng|yên tĩnh|rộng rãi|"
            "hài lòng|vui|vui vẻ|hạnh phúc|yêu|thích|cảm ơn|cám ơn|khuyên dùng|nên thử|đáng tiền|"
            "đáng thử|đáng giá|hợp lý|rẻ|ưng ý|ưng|chuyên nghiệp|tận tình|tận tâm|hấp dẫn|thú vị|"
            "hữu ích|tươi|tươi ngon|đỉnh|xịn|tuyệt cú mèo|ổn|ổn áp|mượt|ok lắm|sẽ quay lại|ủng hộ|"
            "hài hước|vui tính|may mắn|thành công|tự hào|biết ơn|cảm động|tuyệt đẹp|lộng lẫy|thơm|"
            "thơm ngon|vừa miệng|đậm đà|bổ ích|ấn tượng|tin cậy|uy tín|nhanh nhẹn|chất lượng cao|"
            "an toàn|đúng giờ|mê|yêu thích|thư giãn|sảng khoái|ngon tuyệt|xứng đáng|sạch đẹp|"
            "rất hay|hay quá|tiện|mát mẻ|thoáng mát|trong lành|nên mua|đáng mua|cực kỳ hài lòng|"
            "bổ dưỡng|hợp khẩu vị|nhã nhặn|ân cần|hiếu khách|sạch bong|tinh tế|sang trọng|lãng mạn|"
            "yên bình|thơ mộng|tuyệt diệu|đẹp mắt|xinh xắn|dễ dùng|bền|đáng đồng tiền|mỹ mãn|"
            "đáng khen|phấn khởi|sung sướng|mãn nguyện|vừa ý|nhanh gọn|gọn gàng|ngăn nắp|ấm áp|"
            "thân mật|cởi mở|chân thành|trung thực|đáng tin|vượt mong đợi|hoàn mỹ|vui sướng|"
            "thích thú|hào hứng"
            "|háo hức|nóng lòng|mong chờ|nhẹ nhõm|phấn khích|vui mừng|tận hưởng|xúc động"
            "|thán phục"
        ),
        negative=_set(
            "tệ|tồi|tồi tệ|dở|dở tệ|kém|kinh khủng|khủng khiếp|thất vọng|chậm|chậm chạp|thô lỗ|"
            "bất lịch sự|hỗn láo|láo|bẩn|dơ|dơ bẩn|bẩn thỉu|nguội|nguội lạnh|đắt|đắt đỏ|quá đắt|"
            "mắc|chặt chém|hỏng|bị hỏng|hư|bị hư|vỡ|bị vỡ|trễ|muộn|giao trễ|giao chậm|chán|"
            "nhàm chán|buồn|buồn bã|tức giận|giận|bực|bực mình|bực bội|khó chịu|mệt|mệt mỏi|"
            "kiệt sức|ghét|ghét nhất|không bao giờ quay lại|sẽ không quay lại|có vấn đề|gặp vấn đề|"
            "bị lỗi|lỗi|tiếc|tiếc là|đáng tiếc|rất tiếc|tệ nhất|dở nhất|tồi tệ nhất|bị mất|làm mất|"
            "mất đồ|quên|quên mất|bỏ quên|lừa đảo|bị lừa|ồn|ồn ào|chật|chật chội|hôi|hôi thối|tanh|"
            "nhạt|nhạt nhẽo|chờ lâu|đợi lâu|phí tiền|phí thời gian|lãng phí|cáu|cáu kỉnh|kém cỏi|"
            "ốm|bị ốm|bị bệnh|đau|khóc|sợ|lo lắng|căng thẳng|áp lực|chán nản|tệ hại|dở ẹc|xấu|"
            "xấu xí|vô lý|vô trách nhiệm|cẩu thả|hết hạn|ôi thiu|thiu|hỏng hóc|trục trặc|sự cố|"
            "phiền phức|rắc rối|khổ|khổ sở|đau khổ|tuyệt vọng|ức chế|tức điên|điên tiết|phẫn nộ|"
            "chê|đáng chê|không đáng|xui|xui xẻo|thảm họa|thảm hại|rác|đồ rác|tởm|ghê tởm|kinh tởm|"
            "ngán|ngấy|quá tải|chen chúc|lạnh tanh|lạnh ngắt"
            "|lo âu|bồn chồn|sợ hãi|phát ngán|cô đơn|tan nát|đau lòng|bức xúc|xấu hổ|hối hận"
            "|tổn thương"
        ),
        negators=_set("không|chẳng|chả|chưa|đừng|thiếu"),
        breaks=_set("và|nhưng|mà|hoặc|vì|tuy|song|gian|khí|chỉ"),
        neutral=_set(
            "chúc ngủ ngon|ngủ ngon|buồn ngủ|buồn cười|vui lòng|xin lỗi|chúc một ngày tốt lành|"
            "một ngày tốt lành|ngày tốt lành|chúc mừng năm mới|chúc mừng sinh nhật|năm mới vui vẻ|"
            "năm mới hạnh phúc|giáng sinh vui vẻ|cuối tuần vui vẻ|chúc vui vẻ|chúc ngon miệng|"
            "thượng lộ bình an|sinh nhật vui vẻ|chúc bạn vui vẻ|chúc bạn may mắn|chúc may mắn|"
            "chúc thành công|tốt nghiệp|mắc cười|tức là|tuyệt đối|yêu cầu|đắt hàng|đỉnh núi"
        ),
    ),
    "ar": Language(
        positive=_ar(
            "جيد|جيدة|جيدين|جيدا|ممتاز|ممتازة|ممتازين|رائع|رائعة|رائعين|رائعون|روعة|جميل|جميلة|"
            "جميلين|جميلات|حلو|حلوة|حلوين|لذيذ|لذيذة|لذيذين|شهي|شهية|لطيف|لطيفة|لطيفين|ودود|ودودة|"
            "ودودين|محترم|محترمة|محترمين|مهذب|مهذبة|مهذبين|نظيف|نظيفة|نظيفين|سريع|سريعة|سريعين|"
            "مريح|مريحة|مريحين|سعيد|سعيدة|سعداء|سعيدين|مبسوط|مبسوطة|مبسوطين|فرحان|فرحانة|فرحانين|"
            "أحب|أحببت|أحببته|أحببتها|حبيت|بحب|أعشق|أعجبني|أعجبتني|أعجبنا|عجبني|عجبتني|عجبنا|أنصح|"
            "أنصح به|أنصح بها|أنصحكم|أنصح بشدة|شكرا|شكرا جزيلا|شكرا لكم|مشكور|مشكورين|"
            "يعطيكم العافية|ممتع|ممتعة|مذهل|مذهلة|مثالي|مثالية|تحفة|خيالي|خيالية|مميز|مميزة|مميزين|"
            "راقي|راقية|عظيم|عظيمة|أنيق|أنيقة|هادئ|هادئة|هادي|مرتب|مرتبة|طازج|طازجة|كويس|كويسة|"
            "كويسين|زين|تمام|ما شاء الله|ماشاء الله|يجنن|تجنن|أفضل|الأفضل|أحسن|سعادة|فرح|فرحة|"
            "يستاهل|تستاهل|يستحق|تستحق|يستحق التجربة|يستاهل التجربة|احترافي|احترافية|محترف|محترفين|"
            "متعاون|متعاونة|متعاونين|بشوش|بشوشين|خدوم|ما في مشكلة|مافي مشكلة|ما فيه مشكلة|"
            "مافيش مشكلة|مبدع|مبدعين|إبداع|ابداع|فخم|فخمة|واو|ممتن|ممتنة|الممتاز|الممتازة|الرائع|"
            "الرائعة|الجميل|الجميلة|اللذيذ|اللذيذة|اللطيف|اللطيفة|النظيف|النظيفة|السريع|السريعة|"
            "المريح|المريحة|وممتاز|وممتازة|ورائع|ورائعة|وجميل|وجميلة|ولذيذ|ولذيذة|ولطيف|ولطيفة|"
            "ونظيف|ونظيفة|وسريع|وسريعة|ومريح|ومريحة|لذيذا|رائعا|ممتازا|جميلا|نظيفا|سريعا|مريحا|"
            "لطيفا"
            "|متحمس|متحمسة|متشوق|متشوقة|لا أطيق الانتظار|فخور|فخورة|مرتاح|ارتحت|مسرور|مسرورة"
            "|استمتعت|استمتعنا|أستمتع|محظوظ|محظوظة|معجب|معجبة|منبهر|منبهرة|متفائل|متفائلة"
        ),
        negative=_ar(
            "سيء|سيئ|سيئة|سيئين|وحش|وحشة|زفت|مروع|مروعة|كارثة|كارثي|كارثية|مخيب|مخيبة|مخيب للآمال|"
            "خيبة أمل|محبط|محبطة|محبطين|بطيء|بطيئ|بطيئة|بطء|وقح|وقحة|وقحين|قليل الأدب|قليلة الأدب|"
            "وسخ|وسخة|قذر|قذرة|قذارة|متسخ|متسخة|الأكل بارد|الأكل كان بارد|الطعام بارد|وصل بارد|"
            "وصلت باردة|غالي جدا|غالية جدا|غالي مرة|أسعار غالية|الأسعار غالية|مبالغ فيه|مبالغ فيها|"
            "مكسور|مكسورة|معطل|معطلة|خربان|خربانة|تالف|تالفة|متأخر|متأخرة|متأخرين|تأخير|تأخر|تأخرت|"
            "ممل|مملة|حزين|حزينة|حزينين|زعلان|زعلانة|غاضب|غاضبة|معصب|معصبة|متضايق|متضايقة|مستاء|"
            "مستاءة|منزعج|منزعجة|مزعج|مزعجة|إزعاج|أكره|كرهت|لن أعود|لن نعود|لن أكرر|لن نكررها|"
            "مشكلة|مشاكل|للأسف|مع الأسف|الأسوأ|أسوأ|الاسوء|اسوء|ضاع|ضاعت|ضايع|مفقود|مفقودة|فقدت|"
            "نسيت|نسي|نسوا|قرف|مقرف|مقرفة|نصب|نصابين|احتيال|عيب|فضيحة|رديء|رديئة|رديئ|تافه|تافهة|"
            "سخيف|سخيفة|ندمت|خسارة|مستفز|مستفزة|زبالة|خايس|خايسة|بايخ|بايخة|تعبان|تعبانة|تعبت|مرهق|"
            "مرهقة|منهك|منهكة|ضعيف|ضعيفة|ما عجبني|ما عجبتني|ما عجبنا|ما أعجبني|ما حبيت|ما أنصح|"
            "ما أنصح به|ما انصح فيه|سرقة|حرامية|إهمال|مهمل|مهملة|فوضى|ضجة|زحمة|مزدحم|متهالك|"
            "متهالكة|بدون طعم|ماله طعم|مالها طعم|مريض|مريضة|متوتر|متوترة|قلق|ما يستاهل|حرام عليكم|"
            "السيء|السيئ|السيئة|الوسخ|القذر|البطيء|البطيئة|الممل|المملة|المزعج|المزعجة|الرديء|"
            "الرديئة|وسيء|وسيئة|وبطيء|وبطيئة|ووسخ|وقذر|ومزعج|وممل|ومملة|ومقرف|ومكسور|ومتأخر|سيئا|"
            "مملا|بطيئا|مزعجا"
            "|قلقة|قلقان|خائف|خائفة|خايف|خايفة|زهقت|مللت|زهقان|قلبي مكسور|محرج|محرجة|نادم"
            "|نادمة|آسف|آسفة|أفتقد|اشتقت|مجروح|مجروحة|اشمئزاز|نصب علي"
        ),
        negators=_ar(
            "لا|ليس|ليست|لست|لسنا|ليسوا|لم|لن|غير|بدون|دون|بلا|مش|مو|مب|ولا|ولم|ولن|وليس|أبدا|ابدا"
        ),
        breaks=_ar("لكن|ولكن|لكنه|لكنها|بس|أو|او|لأن|لان|بينما|رغم|بالرغم|إنما|انما"),
        neutral=_ar(
            "صباح الخير|مساء الخير|صباح النور|مساء النور|تصبح على خير|عيد سعيد|عيد مبارك|"
            "رمضان كريم|عيد ميلاد سعيد|سنة سعيدة|عام سعيد|يوم سعيد|نهارك سعيد|نهاركم سعيد|"
            "ليلة سعيدة|رحلة سعيدة|سفرة سعيدة|جمعة مباركة|أمسية سعيدة|عطلة سعيدة|إجازة سعيدة|"
            "أسبوع سعيد|كل عام وأنتم بخير"
        ),
    ),
    "hi": Language(
        positive=_set(
            "अच्छा|अच्छी|अच्छे|बढ़िया|बढिया|बेहतरीन|शानदार|उत्कृष्ट|उम्दा|लाजवाब|ज़बरदस्त|जबरदस्त|"
            "कमाल|मस्त|सुंदर|सुन्दर|खूबसूरत|ख़ूबसूरत|स्वादिष्ट|मज़ेदार|मजेदार|दोस्ताना|विनम्र|"
            "मददगार|साफ़|साफ|साफ़-सुथरा|साफ-सुथरा|साफ़-सुथरी|साफ-सुथरी|तेज़|आरामदायक|आरामदेह|खुश|"
            "ख़ुश|प्रसन्न|संतुष्ट|खुशी|ख़ुशी|प्यार|प्रेम|पसंद|पसंद आया|पसंद आई|पसंद आए|धन्यवाद|"
            "शुक्रिया|बहुत-बहुत धन्यवाद|परफेक्ट|बेस्ट|सबसे अच्छा|सबसे अच्छी|गज़ब|गजब|अद्भुत|प्यारा|"
            "प्यारी|प्यारे|शांत|ताज़ा|ताजा|ताज़ी|ताजी|किफायती|भरोसेमंद|विश्वसनीय|मज़ा|मजा|मज़ा आया|"
            "मजा आया|आनंद|वाह|सराहनीय|उत्तम|श्रेष्ठ|सिफारिश|सिफ़ारिश|शुक्रगुज़ार|शुक्रगुजार|आभार|"
            "आभारी|खुशनुमा|ख़ुशनुमा|सुहाना|सुहानी|लजीज़|लज़ीज़|लजीज|सहायक|सभ्य|ईमानदार|पेशेवर|"
            "सुविधाजनक|आसान|बेहतर|उत्साहित|गर्व|मनपसंद|पसंदीदा|दिलचस्प|रोचक|अनोखा|अनोखी|खास|ख़ास|"
            "सफल|सफलता|शाबाश|तारीफ़|तारीफ|प्रभावशाली|स्वच्छ|फ़ास्ट|फास्ट|मनमोहक|अविस्मरणीय|"
            "संतोषजनक|आकर्षक|मनोरंजक|सुकून|राहत|सुरक्षित|साफ़ सुथरा|साफ सुथरा|शुद्ध|थैंक्स|थैंक यू|"
            "नाइस|ऑसम|सुपर|उपयोगी|फायदेमंद|फ़ायदेमंद|हंसमुख|मिलनसार|प्रशंसनीय"
            "|बेसब्री|राहत मिली|रोमांचित|भाग्यशाली|खुशकिस्मत|प्रभावित|आशावादी|आशान्वित"
        ),
        negative=_set(
            "बुरा|बुरी|बुरे|खराब|ख़राब|बेकार|घटिया|बकवास|भयानक|भयंकर|निराश|निराशा|निराशाजनक|धीमा|"
            "धीमी|धीमे|असभ्य|बदतमीज़|बदतमीज|बदतमीज़ी|बदतमीजी|गंदा|गंदी|गंदे|गन्दा|गन्दी|गंदगी|"
            "ठंडा खाना|खाना ठंडा|महंगा|महँगा|महंगी|महँगी|महंगे|महँगे|टूटा|टूटी|टूटे|टूट गया|टूट गई|"
            "देरी|देर से|उबाऊ|बोरिंग|दुखी|दुःखी|उदास|दुख|दुःख|गुस्सा|ग़ुस्सा|नाराज़|नाराज|थका|थकी|"
            "थके|थका हुआ|थकी हुई|थकान|परेशान|परेशानी|चिढ़|चिढ़चिढ़ा|नफ़रत|नफरत|फिर कभी नहीं|समस्या|"
            "समस्याएं|समस्याएँ|दिक्कत|दिक़्क़त|मुसीबत|अफ़सोस|अफसोस|दुर्भाग्य से|दुर्भाग्यवश|"
            "सबसे बुरा|सबसे खराब|सबसे ख़राब|खो गया|खो गई|गुम|भूल गया|भूल गई|भूल गए|धोखा|धोखाधड़ी|"
            "ठगी|शर्मनाक|शोर|बेस्वाद|फीका|फीकी|बासी|बर्बाद|बर्बादी|पैसे की बर्बादी|समय की बर्बादी|"
            "नापसंद|घिनौना|घिनौनी|बदबू|बदबूदार|तकलीफ़|तकलीफ|दर्द|बीमार|असंतुष्ट|कचरा|झंझट|गड़बड़|"
            "गड़बड़ी|बेईमान|लापरवाह|लापरवाही|अपमान|अपमानजनक|झूठा|झूठे|तनाव|चिंता|डर|दुखद|निकम्मा|"
            "निकम्मे|ख़तरनाक|खतरनाक|नुकसान|शिकायत|असुविधा|असुविधाजनक|बदसूरत|बेहूदा|फ़ालतू|फालतू|"
            "रद्दी|सड़ा|सड़ी|सड़े|जला हुआ|जली हुई"
            "|चिंतित|घबराहट|घबराया|घबराई|डरा हुआ|डरी हुई|थक गया|थक गई|ऊब गया|ऊब गई|अकेला"
            "|अकेली|अकेलापन|दिल टूट गया|झुंझलाहट|शर्मिंदा|शर्म|पछतावा|याद आती|याद आ रही|आहत"
            "|घृणा|ठगा गया"
        ),
        negators=_set("बिना|बगैर|बग़ैर"),
        breaks=_set("और|लेकिन|पर|मगर|या|क्योंकि|किंतु|किन्तु|परंतु|परन्तु"),
        neutral=_set(
            "खुश रहो|खुश रहें|ख़ुश रहो|ख़ुश रहें|हमेशा खुश रहो|शुभ प्रभात|शुभ रात्रि|"
            "जन्मदिन मुबारक|नया साल मुबारक|ईद मुबारक|दिवाली की शुभकामनाएं|प्यार भरी शुभकामनाएं|"
            "आपका दिन शुभ हो"
            "|चिंता मत|फ़िक्र मत|फिक्र मत"
        ),
        after_negators=_set("नहीं|नही|ना|न"),
    ),
    "fi": Language(
        positive=_set(
            "hyvä|hyvää|hyviä|hyvät|hyvän|hyvältä|erittäin hyvä|loistava|loistavaa|loistavat|"
            "loistavasti|erinomainen|erinomaista|erinomaiset|erinomaisesti|mahtava|mahtavaa|"
            "mahtavat|mahtavasti|upea|upeaa|upeat|upeasti|ihana|ihanaa|ihanat|ihanasti|täydellinen|"
            "täydellistä|täydelliset|täydellisesti|hieno|hienoa|hienot|hienosti|kaunis|kaunista|"
            "kauniit|kauniisti|herkullinen|herkullista|herkulliset|herkullisia|maukas|maukasta|"
            "maukkaat|maukkaita|ystävällinen|ystävällistä|ystävälliset|ystävällisesti|mukava|"
            "mukavaa|mukavat|mukavasti|kiva|kivaa|kivat|kivasti|siisti|siistiä|siistit|siististi|"
            "puhdas|puhdasta|puhtaat|nopea|nopeaa|nopeat|nopeasti|viihtyisä|viihtyisää|viihtyisät|"
            "iloinen|iloista|iloiset|onnellinen|onnellista|onnelliset|tyytyväinen|tyytyväisiä|"
            "tyytyväiset|kiitos|kiitoksia|kiitti|paljon kiitoksia|suuri kiitos|rakastan|rakastin|"
            "tykkään|tykkäsin|tykättiin|tykkäsimme|pidin|pidimme|suosittelen|suosittelemme|"
            "suositeltava|suositella|avulias|avuliaat|avuliasta|palvelualtis|palvelualttiit|"
            "asiantunteva|asiantuntevaa|asiantuntevat|ammattitaitoinen|ammattitaitoista|"
            "ammattitaitoiset|huippu|huippua|huikea|huikeaa|hauska|hauskaa|hauskat|nautin|nautimme|"
            "toimii|toimivat|edullinen|edullista|edulliset|rauhallinen|rauhallista|tuore|tuoretta|"
            "tuoreet|helppo|helppoa|vaivaton|vaivatonta|sujuva|sujuvaa|sujuvasti|kohtelias|"
            "kohteliaat|kohteliaasti|ilahduin|ilahduttava|ihastuin|ihastunut|innoissani|"
            "loistopaikka|miellyttävä|miellyttävää|miellyttävät|kodikas|kodikasta|kätevä|kätevää|"
            "nappiin|onnistunut|onnistui|kannattaa|kannatti|palaamme|tulemme uudestaan|"
            "ehdottomasti suosittelen|priima|timanttinen|kehut|kiitollinen|kiitollisia|iloa|ilo|"
            "rakkaus|parhaat|paras|parasta|erinomaisen|mahtavan|upean|ihanan|hienon|herkullisen|"
            "ystävällisen|mukavan|kivan"
            "|innostunut|innostuin|odotan innolla|en malta odottaa|ylpeä|olen ylpeä"
            "|helpottunut|helpotus|rakastunut|oli hauskaa|onnekas|vaikuttunut|liikuttunut"
            "|toiveikas|haltioissani|ilahtunut"
        ),
        negative=_set(
            "huono|huonoa|huonot|huonosti|huonompi|huonoin|huonoja|kamala|kamalaa|kamalat|kauhea|"
            "kauheaa|kauheat|surkea|surkeaa|surkeat|surkeasti|järkyttävä|järkyttävää|järkyttävät|"
            "karmea|karmeaa|karmeat|pettynyt|pettyneitä|pettyneet|pettymys|pettymyksen|pettymystä|"
            "petyin|petyimme|hidas|hidasta|hitaat|hitaasti|töykeä|töykeää|töykeät|epäkohtelias|"
            "epäkohteliaat|epäystävällinen|epäystävällistä|epäystävälliset|likainen|likaista|"
            "likaiset|likaisia|kylmänä|jäähtynyt|jäähtynyttä|haaleaa|haalea|kallis|kallista|"
            "kalliit|liian kallis|ylihinnoiteltu|ylihintainen|rikki|rikkinäinen|hajosi|hajonnut|"
            "myöhässä|myöhästyi|myöhästyminen|viivästys|viivästyi|tylsä|tylsää|tylsät|surullinen|"
            "surullista|surulliset|vihainen|vihaisia|vihaiset|ärsyttävä|ärsyttävää|ärsyttää|"
            "ärsyyntynyt|väsynyt|väsyneitä|väsyneet|väsyttää|uupunut|uupuneet|vihaan|inhoan|"
            "ei enää ikinä|ei ikinä enää|ei koskaan enää|ongelma|ongelmia|ongelmaa|ongelmat|"
            "valitettavasti|harmi|harmillista|harmittaa|sääli|pahin|pahinta|kadonnut|kadotin|"
            "hukkasin|hukassa|unohdin|unohtui|unohtivat|unohti|paha|pahaa|pahat|huijaus|huijari|"
            "huijarit|häpeä|häpeällinen|meluisa|meluisaa|epämukava|epämukavaa|keskinkertainen|"
            "keskinkertaista|mauton|mautonta|kuvottava|inhottava|inhottavaa|ällöttävä|turhauttava|"
            "turhautunut|paska|paskaa|en suosittele|emme suosittele|en tykännyt|emme tykänneet|"
            "en pitänyt|emme pitäneet|ei toimi|ei toiminut|vituttaa|ketuttaa|sotku|sotkuinen|"
            "stressaa|stressaava|stressaantunut|sairas|kipeä|kurja|kurjaa|onneton|vastenmielinen|"
            "raivostuttava|raivoissaan|suuttunut|tympeä|tympeää|epäonnistui|epäonnistunut|rahastus|"
            "rahanhukkaa|ajanhukkaa|aikaa hukkaan|roskaa|myrkytys|ruokamyrkytys|valitus|"
            "reklamaatio|ala-arvoinen|ala-arvoista|katastrofi|katastrofaalinen|kehno|kehnoa|heikko|"
            "heikkoa|ikävä|ikävää|ikävät|epäsiisti|epäsiistiä|likaa|ruuhkainen|ahdas|ahdasta|"
            "huonon"
            "|huolissani|huolestunut|huoli|ahdistunut|ahdistaa|hermostunut|pelkään|pelottaa"
            "|peloissani|stressi|kyllästynyt|kyllästyttää|tylsistynyt|yksinäinen"
            "|särkynyt sydän|sydänsuru|järkyttynyt|turhauttaa|nolo|nolottaa|häpeän|kadun"
            "|kaipaan|loukkaantunut|inhottaa|ällöttää|huijattu"
        ),
        negators=_set("ei|en|et|emme|ette|eivät|eikä|ettei|älä|ilman"),
        breaks=_set("ja|mutta|tai|vaan|koska|kuitenkin|vaikka|sillä"),
        neutral=_set(
            "hyvää huomenta|hyvää päivää|hyvää iltaa|hyvää yötä|hyvää viikonloppua|hyvää joulua|"
            "hyvää uutta vuotta|hyvää matkaa|hyvää ruokahalua|hyvää syntymäpäivää|"
            "hyvää päivänjatkoa|hyvää jatkoa|hyvää kesää|hyvää juhannusta|hyvää pääsiäistä|"
            "hyvää äitienpäivää|hyvää isänpäivää|mukavaa päivää|mukavaa viikonloppua|mukavaa iltaa|"
            "kivaa päivää|kivaa viikonloppua|hauskaa joulua|hauskaa viikonloppua|"
            "onnellista uutta vuotta|oikein hyvää joulua|kaikkea hyvää|ihanaa viikonloppua|"
            "ihanaa päivää|ikävä sinua|on ikävä|minulla on ikävä|parasta ennen|parhain terveisin|"
            "parhaat terveiset|parhaat onnittelut"
        ),
    ),
    "hu": Language(
        positive=_set(
            "jó|jók|jól|jót|kiváló|kiválóan|kiválóak|remek|remekül|remekek|nagyszerű|nagyszerűen|"
            "nagyszerűek|csodálatos|csodálatosan|csodálatosak|fantasztikus|fantasztikusan|"
            "fantasztikusak|tökéletes|tökéletesen|tökéletesek|szuper|szép|szépen|szépek|gyönyörű|"
            "gyönyörűen|gyönyörűek|finom|finomak|finomat|ízletes|ízletesek|barátságos|barátságosak|"
            "barátságosan|kedvesek|kedvesen|nagyon kedves|kedves volt|kedvesség|udvarias|"
            "udvariasak|udvariasan|segítőkész|segítőkészek|tiszta|tiszták|tisztaság|gyors|gyorsan|"
            "gyorsak|kényelmes|kényelmesek|boldog|boldogok|elégedett|elégedettek|elégedettség|"
            "köszönöm|köszönjük|köszi|köszönet|imádom|imádtam|imádtuk|szeretem|szerettem|szeretjük|"
            "szerettük|tetszett|tetszik|ajánlom|ajánljuk|csak ajánlani tudom|kellemes|kellemesen|"
            "kellemesek|hangulatos|kiemelkedő|profi|megbízható|öröm|örülök|örültem|örülünk|"
            "boldogság|élmény|vidám|ízlett|ízlettek|friss|frissen|megéri|megérte|pompás|príma|"
            "klassz|csúcs|zseniális|hibátlan|hibátlanul|működik|visszajövünk|visszatérünk|"
            "figyelmes|figyelmesek|ügyes|ügyesek|lenyűgöző|elbűvölő|isteni|mennyei|fenomenális|"
            "precíz|pontos|gördülékeny|gördülékenyen|csendes|nyugodt|nyugis|kitűnő|kitűnően|"
            "ragyogó|jószívű|szívélyes|szívélyesek|vendégszerető|tágas|rendezett|megelégedés|hálás|"
            "hálásak|elragadó|jópofa|vicces|szórakoztató|izgalmas|különleges|kedvenc|kedvencem|"
            "legjobb|szuperül|baráti|megfizethető"
            "|alig várom|büszke|büszke vagyok|hálás vagyok|megkönnyebbültem|megkönnyebbült"
            "|el vagyok ragadtatva|szerelmes|jól éreztem magam|jól szórakoztam|élvezem"
            "|élveztem|szerencsés|lenyűgözött|le vagyok nyűgözve|meghatódtam|meghatott"
            "|bizakodó"
        ),
        negative=_set(
            "rossz|rosszul|rosszak|rosszat|rosszabb|legrosszabb|borzalmas|borzalmasan|borzalmasak|"
            "borzasztó|szörnyű|szörnyűek|katasztrófa|katasztrofális|pocsék|csalódott|csalódottak|"
            "csalódás|csalódást|csalódtam|csalódtunk|lassú|lassúak|udvariatlan|udvariatlanok|bunkó|"
            "bunkók|goromba|gorombák|modortalan|koszos|koszosak|piszkos|piszkosak|mocskos|kosz|"
            "kihűlt|kihűlve|túl drága|nagyon drága|túlárazott|drágák|törött|eltört|elromlott|hibás|"
            "hibásan|sérült|sérülten|késés|késik|késett|késve|késtek|unalmas|unalmasak|unatkoztam|"
            "szomorú|szomorúak|szomorúan|mérges|mérgesek|dühös|dühösek|ideges|idegesek|idegesítő|"
            "bosszantó|bosszús|felháborító|fáradt|fáradtak|kimerült|kimerültek|utálom|utáltam|"
            "gyűlölöm|soha többé|többé soha|probléma|problémák|problémát|problémás|gond|gondok|"
            "gondot|baj|bajok|sajnos|kár|elveszett|elvesztettem|elvesztették|elfelejtettem|"
            "elfelejtették|elfelejtette|átverés|csalás|csaló|csalók|szégyen|szégyenletes|gyalázat|"
            "gyalázatos|zajos|zaj|kényelmetlen|kényelmetlenek|középszerű|ízetlen|undorító|"
            "gusztustalan|elégedetlen|elégedetlenek|kiábrándító|szar|pénzkidobás|időpocsékolás|"
            "ehetetlen|panasz|panaszt|reklamáció|szemtelen|arrogáns|nemtörődöm|hanyag|hanyagul|"
            "igénytelen|lehangoló|siralmas|felejthető|nevetséges|elfogadhatatlan|tűrhetetlen|rémes|"
            "rémesen|vacak|gagyi|silány|kellemetlen|kellemetlenek|kellemetlenül|fájdalmas|beteg|"
            "stresszes|frusztráló|frusztrált|idegesített|felidegesített|lerobbant|lepukkant|"
            "koszlott|büdös|bűzös|szaga volt|sótlan|sótlanok|túlsózott|odaégett|állott|romlott|"
            "rothadt|ócska|elkeserítő|kiábrándult|rosszkedvű|morcos|dühít|bosszant"
            "|aggódom|aggódtam|aggódó|szorongok|szorongás|idegesít|félek|megijedtem"
            "|kimerültem|elegem van|unom|unatkozom|magányos|összetört a szívem|szívfájdalom"
            "|felháborodott|zavarban vagyok|szégyellem|sajnálom|megbántam|hiányzol"
            "|megsértődtem|undorodom|átvertek"
        ),
        negators=_set("nem|sem|se|nincs|nincsen|nincsenek|sincs|soha|sosem|semmi|semmilyen"),
        breaks=_set("és|de|vagy|pedig|azonban|mert|viszont|hanem|bár|mégis|ám"),
        neutral=_set(
            "jó reggelt|jó napot|jó estét|jó éjszakát|jó étvágyat|jó utat|jó hétvégét|jó pihenést|"
            "jó szórakozást|jó munkát|jó éjt|boldog születésnapot|boldog új évet|boldog karácsonyt|"
            "boldog névnapot|boldog ünnepeket|kellemes ünnepeket|kellemes karácsonyt|"
            "kellemes hétvégét|kellemes húsvéti ünnepeket|szép napot|szép estét|szép hétvégét|"
            "minden jót|sok boldogságot|jó egészséget|jó étvágyat kívánok|jó utat kívánok|"
            "minden jót kívánok|minden legjobbat|a legjobbakat|legjobbakat"
        ),
        after_negators=_set("nélkül|nélküli"),
    ),
    "id": Language(
        positive=_set(
            "bagus|baik|enak|lezat|mantap|mantul|keren|hebat|luar biasa|sempurna|indah|cantik|"
            "ganteng|tampan|ramah|sopan|bersih|cepat|nyaman|senang|bahagia|gembira|puas|memuaskan|"
            "suka|cinta|terima kasih|makasih|trims|rekomen|direkomendasikan|merekomendasikan|"
            "sangat direkomendasikan|asyik|asik|seru|menyenangkan|menarik|lucu|segar|wangi|harum|"
            "rapi|tenang|lancar|membantu|sabar|profesional|amanah|terpercaya|berkualitas|layak|"
            "terbaik|juara|jempol|nikmat|gurih|sedap|maknyus|menakjubkan|mengagumkan|spektakuler|"
            "istimewa|bangga|lega|bersyukur|beruntung|asri|terjangkau|murah meriah|worth it|sukses|"
            "berhasil|ajaib|memukau|memesona|mempesona|responsif|tanggap|sigap|cekatan|informatif|"
            "bermanfaat|berguna|mudah|praktis|hemat|ekonomis|sejuk|adem|damai|menggemaskan|imut|"
            "mantap jiwa|top markotop|recommended|oke banget|rekomendasi banget|kagum|takjub|"
            "terharu|bersemangat|terhibur|teratur|tertata|higienis|kece|jos|ciamik|apik|top|nagih|"
            "bikin nagih|ketagihan|cocok|sesuai harapan|sesuai ekspektasi|melebihi ekspektasi|"
            "akan kembali lagi|pasti balik lagi|pasti kembali|bakal balik lagi"
            "|berterima kasih|jatuh cinta|menikmati|terkesan|penuh harapan"
        ),
        negative=_set(
            "buruk|jelek|parah|payah|mengecewakan|kecewa|lambat|lelet|lama banget|lama sekali|"
            "kelamaan|nunggu lama|menunggu lama|kasar|jutek|judes|ketus|kotor|jorok|dekil|"
            "sudah dingin|udah dingin|mahal|kemahalan|terlalu mahal|rusak|pecah|cacat|telat|"
            "terlambat|keterlambatan|membosankan|bosan|bosen|sedih|marah|kesal|kesel|sebal|sebel|"
            "jengkel|capek|lelah|letih|benci|kapok|masalah|bermasalah|sayangnya|sangat disayangkan|"
            "disayangkan|terburuk|paling buruk|paling parah|hilang|kehilangan|lupa|kelupaan|"
            "penipuan|penipu|tipu|ditipu|tertipu|malu|memalukan|berisik|bising|hambar|basi|amis|"
            "bau|pusing|stres|ribet|sakit|kacau|berantakan|zonk|nyesel|menyesal|rugi|sia-sia|gagal|"
            "ngecewain|tidak akan kembali|tidak akan kembali lagi|nggak bakal balik|"
            "gak bakal balik lagi|ga bakal balik lagi|menyebalkan|menjengkelkan|nyebelin|ngeselin|"
            "bikin kesel|bikin emosi|emosi|gondok|dongkol|murka|galau|busuk|apek|pengap|sempit|"
            "sumpek|gerah|keasinan|kemanisan|gosong|mentah|alot|kurang ajar|cuek|sombong|acuh|"
            "lalai|ceroboh|teledor|palsu|kw|abal-abal|penyesalan|buang-buang uang|buang uang|"
            "buang waktu|buang-buang waktu|ngaret|molor|tertunda|keluhan|komplain|nyesal|sial|"
            "sialan|celaka|musibah|bencana|menyedihkan|mengerikan|seram|menakutkan|takut|khawatir|"
            "cemas|was-was"
            "|gugup|kelelahan|muak|kesepian|patah hati|frustrasi|kangen|rindu|sakit hati"
            "|jijik"
        ),
        negators=_set(
            "tidak|tak|bukan|belum|nggak|ngga|gak|ga|enggak|engga|ndak|nda|tanpa|kurang|jangan|"
            "tiada|bukannya"
        ),
        breaks=_set(
            "dan|tapi|tetapi|namun|atau|karena|soalnya|padahal|sedangkan|walaupun|meskipun|walau|"
            "meski|cuma|hanya"
        ),
        neutral=_set(
            "selamat pagi|selamat siang|selamat sore|selamat malam|selamat tidur|semoga sukses|"
            "sukses selalu|semoga bahagia|semoga lancar|semoga cepat sembuh|cepat sembuh|"
            "selamat ulang tahun|selamat tahun baru|selamat hari raya|selamat berbahagia|"
            "semoga harimu menyenangkan|semoga harimu indah|selamat menikmati|selamat berlibur|"
            "tidur nyenyak|mimpi indah|terima kasih kembali|baik-baik saja|kabar baik|salam sukses|"
            "jangan lupa"
        ),
    ),
    "zh": Language(
        positive=_set(
            "很好|真好|太好了|非常好|特别好|特別好|挺好|蛮好|好极了|好極了|不错|不錯|还不错|還不錯|"
            "很不错|很不錯|不差|好吃|好喝|好看|好用|好玩|好听|好聽|美味|可口|很棒|太棒了|真棒|超棒|"
            "好棒|棒极了|棒極了|优秀|優秀|出色|一流|完美|精彩|漂亮|美丽|美麗|好美|很美|真美|优美|"
            "優美|满意|滿意|喜欢|喜歡|喜爱|喜愛|热爱|熱愛|我爱|我愛|爱你|愛你|爱死|愛死|可爱|可愛|"
            "推荐|推薦|强烈推荐|強烈推薦|值得|值得一试|值得一試|谢谢|謝謝|感谢|感謝|多谢|多謝|感恩|"
            "开心|開心|高兴|高興|快乐|快樂|幸福|愉快|舒服|舒适|舒適|干净|乾淨|整洁|整潔|亲切|親切|"
            "热情|熱情|友好|友善|周到|贴心|貼心|很耐心|非常耐心|很专业|很專業|非常专业|非常專業|"
            "快速|迅速|上菜快|上菜很快|发货快|發貨快|速度快|送货快|送貨快|方便|实惠|實惠|划算|"
            "物美价廉|物美價廉|性价比高|性價比高|新鲜|新鮮|安静|安靜|温馨|溫馨|惊喜|驚喜|感动|感動|"
            "享受|好评|好評|点赞|點讚|點贊|超赞|超讚|很赞|很讚|给力|給力|靠谱|靠譜|放心|顺利|順利|"
            "太厉害了|太厲害了|好厉害|好厲害|真厉害|真厲害|还会再来|還會再來|下次还来|下次還來|"
            "会再来|會再來|无可挑剔|無可挑剔|赞不绝口|讚不絕口|物超所值|超值|值了|优质|優質|精致|"
            "精緻|优雅|優雅|舒心|暖心|用心|没问题|沒問題|没有问题|沒有問題|没什么问题|沒什麼問題|"
            "不贵|不貴|愉悦|愉悅|太爽了|好爽|很爽|难忘|難忘|期待|没得说|沒得說|不会失望|不會失望|"
            "不失望|不后悔|不後悔|棒棒哒|棒棒噠|美好|美滋滋|好評如潮|好评如潮|称赞|稱讚|赞美|讚美|"
            "完美无缺|完美無缺|宾至如归|賓至如歸|心满意足|心滿意足|津津有味|回味无穷|回味無窮|"
            "喜出望外|太美了|很滿意"
            "|兴奋|興奮|迫不及待|等不及|为你骄傲|為你驕傲|自豪|感激|谢天谢地|謝天謝地"
            "|松了一口气|鬆了一口氣|松了口气|鬆了口氣|欣喜|爱上|愛上|玩得很开心|玩得很開心"
            "|幸运|幸運|佩服|充满希望|充滿希望|惊艳|驚艷|驚豔"
        ),
        negative=_set(
            "不好|很不好|不好吃|不好喝|不好看|不好用|不好玩|不太好|不太好吃|不是很好|不怎么好|"
            "不怎麼好|不怎么样|不怎麼樣|很差|太差|真差|好差|超差|差劲|差勁|质量差|質量差|品质差|"
            "品質差|服务差|服務差|态度差|態度差|差评|差評|糟糕|糟透了|太烂|太爛|很烂|很爛|烂透了|"
            "爛透了|垃圾|难吃|難吃|难喝|難喝|难看|難看|难用|難用|难受|難受|难过|難過|失望|太慢|"
            "很慢|好慢|慢死了|速度慢|上菜慢|态度不好|態度不好|没礼貌|沒禮貌|不礼貌|不禮貌|粗鲁|"
            "粗魯|很脏|很髒|太脏|太髒|好脏|好髒|脏兮兮|髒兮兮|不干净|不乾淨|脏乱|髒亂|凉了|涼了|"
            "冷掉|太贵|太貴|很贵|很貴|好贵|好貴|贵死了|貴死了|不值|不值得|不划算|坑人|被坑|坏了|"
            "壞了|坏掉|壞掉|损坏|損壞|破损|破損|碎了|迟到|遲到|延误|延誤|无聊|無聊|没意思|沒意思|"
            "伤心|傷心|生气|生氣|气死了|氣死了|愤怒|憤怒|好累|很累|太累|累死了|疲惫|疲憊|烦死了|"
            "煩死了|很烦|很煩|好烦|好煩|烦人|煩人|讨厌|討厭|我恨|恨死|再也不来|再也不來|再也不会|"
            "再也不會|不会再来|不會再來|不推荐|不推薦|不喜欢|不喜歡|不太喜欢|不太喜歡|不满意|"
            "不滿意|不太满意|不太滿意|不舒服|不方便|不新鲜|不新鮮|不开心|不開心|不高兴|不高興|"
            "不放心|不顺利|不順利|没用|沒用|可惜|遗憾|遺憾|最差|最烂|最爛|丢了|丟了|弄丢|弄丟|丢失|"
            "丟失|忘了|忘记|忘記|骗子|騙子|骗人|騙人|恶心|噁心|惡心|后悔|後悔|崩溃|崩潰|郁闷|鬱悶|"
            "头疼|頭疼|倒霉|倒楣|太吵|很吵|吵死了|嘈杂|嘈雜|痛苦|可怕|恐怖|不友好|冷漠|敷衍|不耐烦|"
            "不耐煩|没有耐心|沒有耐心|浪费|浪費|坑爹|有问题|有問題|出问题|出問題|问题很多|問題很多|"
            "毛病|故障|投诉|投訴|假货|假貨|难闻|難聞|很臭|好臭|臭死了|上当|上當|受骗|受騙|恶劣|"
            "惡劣|不靠谱|不靠譜|不专业|不專業|不热情|不熱情|担心|擔心|焦虑|焦慮|压力大|壓力大|心累|"
            "麻烦死了|麻煩死了|太麻烦|太麻煩|很麻烦|很麻煩|不爽|失败|失敗|太咸|太鹹|太油|油腻|油膩|"
            "难以下咽|難以下嚥|难以接受|難以接受|过期|過期|变质|變質|发霉|發霉|一般般|很一般|"
            "太一般|不值这个价|不值這個價"
            "|不幸运|不幸運|不期待|不感动|不感動|不兴奋|不興奮|紧张|緊張|害怕|恐惧|恐懼"
            "|筋疲力尽|筋疲力盡|受够了|受夠了|腻了|膩了|孤独|孤獨|寂寞|心碎|沮丧|沮喪|恼火"
            "|惱火|烦躁|煩躁|气死|氣死|尴尬|尷尬|丢脸|丟臉|受伤|受傷|被骗|被騙"
        ),
        negators=frozenset(),
        breaks=frozenset(),
        neutral=_set(
            "早上好|晚上好|下午好|中午好|生日快乐|生日快樂|新年快乐|新年快樂|节日快乐|節日快樂|"
            "周末愉快|週末愉快|圣诞快乐|聖誕快樂|中秋快乐|中秋快樂|春节快乐|春節快樂|一路顺风|"
            "一路順風|祝你好运|祝你好運|旅途愉快|工作顺利|工作順利|祝你快乐|祝你快樂|天天开心|"
            "天天開心|别忘了|別忘了|不要忘了|别忘记|別忘記|不要忘记|不要忘記|倒垃圾|扔垃圾|垃圾桶|"
            "垃圾分类|垃圾分類|不好意思|好不好|没用过|沒用過|别生气|別生氣|别难过|別難過|别担心|"
            "別擔心|不用担心|不用擔心|不用谢|不用謝|恭喜发财|恭喜發財|万事如意|萬事如意|学习顺利|"
            "學習順利|一切顺利|一切順利|美好的一天|温馨提示|溫馨提示|方便面|方便麵|可口可乐|"
            "可口可樂|开心果|開心果"
            "|不担心|不擔心|不紧张|不緊張|别紧张|別緊張|别害怕|別害怕|不害怕"
        ),
        substring=True,
    ),
    "ja": Language(
        positive=_set(
            "美味しい|おいしい|美味しかった|おいしかった|美味しく|おいしく|うまい|旨い|美味い|"
            "うまかった|美味|最高|素晴らしい|すばらしい|素晴らしかった|すばらしかった|素敵|すてき|"
            "ステキ|良かった|よかった|良い|いいね|いい感じ|楽しい|楽しかった|たのしい|たのしかった|"
            "楽しめ|嬉しい|うれしい|嬉しかった|うれしかった|幸せ|しあわせ|大好き|だいすき|好き|"
            "愛してる|愛してます|ありがとう|有難う|感謝|助かりました|助かります|助かる|親切|優しい|"
            "やさしい|丁寧|ていねい|清潔|きれい|綺麗|キレイ|快適|便利|おすすめ|オススメ|お勧め|"
            "お薦め|お奨め|満足|大満足|完璧|かわいい|可愛い|カワイイ|美しい|感動|新鮮|絶品|面白い|"
            "おもしろい|面白かった|おもしろかった|ワクワク|わくわく|安い|お得|リーズナブル|"
            "また来たい|また行きたい|また来ます|また行きます|リピート|気持ちいい|気持ち良い|"
            "気持ちよかった|心地よい|心地良い|居心地が良|居心地がいい|居心地よ|癒され|癒やされ|"
            "ほっこり|速い|迅速|スムーズ|素早い|感激|ありがたい|有り難い|最強|ナイス|上手|じょうず|"
            "おしゃれ|オシャレ|お洒落|かっこいい|カッコいい|格好いい|優秀|見事|さすが|流石|"
            "文句なし|問題ない|問題なし|問題なく|悪くない|悪くなかった|満喫|堪能|楽しみ|期待以上|"
            "期待通り|親しみやすい|フレンドリー|誠実|信頼できる|安心|喜び|笑顔|明るい|静か|爽やか|"
            "さわやか|忘れられない|良心的|コスパが良|コスパがいい|コスパ最高|ボリューム満点|絶妙|"
            "上品|贅沢|豪華|充実|快く|気に入|感心|ベスト|パーフェクト|グッド|ハッピー|ラッキー|"
            "嬉しく|楽しく|美味しそう|おいしそう|ほっとし|よくできて|良くできて|役に立|役立|"
            "頼もしい|心強い|温かい|あたたかい|和やか|なごやか|清々しい|すがすがしい|元気が出|"
            "元気になり"
            "|待ちきれない|誇りに思|誇らしい|ホッとした|ほっとした|安心した|楽しんで|楽しんだ"
            "|運がいい|嫌いじゃない|嫌いではない|後悔しない|後悔はない|後悔なし|退屈しない"
            "|飽きない|ストレスフリー|ストレス解消|ストレス発散"
        ),
        negative=_set(
            "まずい|不味い|まずかった|不味かった|最悪|ひどい|酷い|ひどかった|酷かった|悪い|"
            "悪かった|最低|つまらない|つまらなかった|残念|がっかり|ガッカリ|遅い|遅かった|遅すぎ|"
            "遅れ|遅刻|遅延|失礼な|無礼|汚い|きたない|汚かった|不潔|冷めて|ぬるい|ぬるかった|"
            "高すぎ|割高|ぼったくり|壊れ|故障|不良|不具合|退屈|悲しい|かなしい|悲しかった|腹が立|"
            "腹立|ムカつく|むかつく|イライラ|いらいら|疲れた|つかれた|疲れました|疲れて|くたくた|"
            "クタクタ|ヘトヘト|へとへと|嫌い|きらい|大嫌い|嫌だ|いやだ|二度と|問題があ|問題が多|"
            "問題だらけ|なくした|無くした|失くした|紛失|忘れた|忘れてい|忘れられた|うるさい|不親切|"
            "不満|不快|期待外れ|期待はずれ|微妙|いまいち|イマイチ|ダメ|だめ|駄目|怖い|こわい|痛い|"
            "寂しい|さみしい|淋しい|ショック|困った|困って|損した|待たされ|美味しくない|"
            "おいしくない|美味しくなかった|おいしくなかった|良くない|よくない|良くなかった|"
            "よくなかった|好きじゃない|好きではない|楽しくない|面白くない|おもしろくない|"
            "嬉しくない|おすすめしない|おすすめできない|お勧めしない|お勧めできない|オススメしない|"
            "オススメできない|満足できない|満足できなかった|不満足|使えない|動かない|"
            "きれいじゃない|綺麗じゃない|安くない|不便|不安|上手くいかな|うまくいかな|失敗|詐欺|"
            "騙され|だまされ|怒って|怒った|怒り|激怒|落ち込|憂鬱|ゆううつ|しんどい|面倒|"
            "めんどくさい|面倒くさい|苦痛|気持ち悪い|気持ちわるい|キモい|きもい|くさい|汚れ|"
            "楽しめなかった|楽しめない|気に入らない|気に入らなかった|安心できない|役に立たない|"
            "役に立たなかった|役立たず|ホコリ|カビ|狭い|狭かった|不愉快|不誠実|許せない|ありえない|"
            "あり得ない|ひどすぎ|悔しい|くやしい|後悔|つらい|つらかった|泣いた|泣きたい|病気|"
            "ストレス|うんざり|冷たい対応|不愛想|無愛想|雑な|雑だった|手抜き|不十分|物足りない|"
            "油っぽい|生焼け|期限切れ|腐って|腐った|失望|絶望|迷惑|苦情|クレーム|態度が悪|愛想が悪|"
            "対応が悪|サービスが悪|下手|へた|ヘタ|不安定|だるい|ダルい|憂うつ|寒かった|うっとうし|"
            "鬱陶し|邪魔|酷すぎ|値段が高|不衛生|ガタガタ"
            "|楽しみじゃない|感心しない|感動しなかった|心配|緊張|怖かった|疲れ果て|もう嫌"
            "|飽きた|さびしい|孤独|失恋|動揺|腹が立つ|腹立つ|恥ずかしい|傷ついた|騙された"
            "|だまされた"
        ),
        negators=frozenset(),
        breaks=frozenset(),
        neutral=_set(
            "良いお年を|よいお年を|良い週末を|良い一日を|良い旅を|よい週末を|よい一日を|よかったら|"
            "良かったら|好き嫌い|最低限|最低でも|最高気温|最低気温|遅い時間|悪いけど|お疲れ様|"
            "お疲れさま|おつかれさま|お疲れ|おつかれ|失礼します|失礼しました|お大事に|"
            "お誕生日おめでとう|ごちそうさま|ご馳走様"
            "|心配ない|心配なし|心配いらない|ご心配なく|心配しないで"
        ),
        substring=True,
    ),
    "ko": Language(
        positive=_set(
            "좋아|좋았|좋네|좋은|좋고|좋다|좋습니|좋음|좋더|좋게|좋아요|좋아하|최고|훌륭|멋지|멋있|"
            "멋져|멋진|맛있|맛나|친절|깨끗|빠르|빨라|빨랐|빠른|편하|편해|편했|편안|편리|아름다|"
            "아름답|예쁘|예뻐|예쁜|예뻤|이쁘|이뻐|이쁜|행복|기쁘|기뻐|기쁜|사랑|추천|강추|감사|"
            "고마워|고맙|고마웠|완벽|만족|대박|짱|재밌|재미있|즐거|즐겁|신선|저렴|가성비 좋|"
            "가성비좋|가성비 최고|또 올게|또 오고 싶|또 갈게|또 가고 싶|재방문 의사 있|재방문할게|"
            "재방문 할게|상냥|상쾌|쾌적|정성|꼼꼼|세심|푸짐|감동|최상|흡족|감탄|힐링|뿌듯|다행|"
            "훈훈|존맛|꿀맛|최애|맘에 들|마음에 들|나쁘지 않|나쁘지않|나쁘진 않|문제없|문제 없|"
            "문제가 없|비싸지 않|비싸지않|불만 없|불만없|흠잡을 데 없|실망하지 않|실망 안|후회 없|"
            "후회없|후회 안|실망시키지 않|아깝지 않|아깝지않|신속|든든|알차|아늑|포근|고급스럽|"
            "깔끔|청결|정갈|유쾌|즐겼|즐길|설레|기대 이상|기대이상|믿을 수 있|믿음직|자상|다정|"
            "따뜻|따듯|맛집|재구매 의사 있|만점|별 다섯|별다섯|엄지척|칭찬"
            "|기대돼|기대된다|기대가 돼|기대가 된다|자랑스러|자랑스럽|다행이|다행히|안심"
            "|사랑해|사랑에 빠|반했|즐거웠|즐기|운이 좋|감명|스트레스 풀|스트레스가 풀"
            "|스트레스 해소|걱정이 없|걱정 없|싫지 않|후회하지 않|지루하지 않|피곤하지 않"
        ),
        negative=_set(
            "안 좋|안좋|좋지 않|좋지않|좋진 않|별로|최악|나쁘|나빠|나쁜|나빴|실망|느리|느려|느린|"
            "느렸|지연|너무 늦|늦게 왔|늦게 도착|배송이 늦|늦어졌|불친절|무례|더럽|더러워|더러운|"
            "더러웠|지저분|식었|식어|식은|비싸|비쌌|비싼|고장|깨졌|망가졌|망가진|망가져|"
            "재구매 의사 없|재구매 안|불행|좋아하지 않|깨진|부서졌|파손|지루|재미없|재미 없|노잼|"
            "슬프|슬퍼|슬픈|슬펐|화나|화가 나|화났|화남|짜증|피곤|힘들|지쳤|지친|싫어|싫다|싫은|"
            "싫었|싫네|싫음|싫고|미워|다시는 안|다시는 가지 않|두 번 다시|다신 안|재방문 의사 없|"
            "재방문 안|재방문은 안|문제가|문제 있|문제있|문제점|아쉽|아쉬워|아쉬운|아쉬웠|안타깝|"
            "안타까|유감|잃어버|분실|잊어버|까먹|깜빡|맛없|맛 없|비추|비추천|후회|엉망|형편없|끔찍|"
            "쓰레기|사기꾼|사기당|불만|불편|불편하|불편해|불편했|불편한|속상|우울|외로|아프|아파|"
            "아픈|걱정|시끄럽|시끄러|냄새나|좁아|좁은|좁고|좁았|불결|엉터리|구려|구리다|구린|싱거|"
            "질기|비위생|불쾌|열받|빡치|답답|한심|돈 아깝|돈아깝|시간 아깝|아깝|창피|무섭|"
            "추천하지 않|추천 안|추천안|깨끗하지 않|친절하지 않|신선하지 않|마음에 안 들|"
            "맘에 안 들|마음에 들지 않|실망스럽|짜증나|귀찮|괴롭|괴로|서운|섭섭|억울|황당|어이없|"
            "어이가 없|당황|불안|스트레스|망했|손해|바가지|불량|환불해|환불 요청|늦었어요|"
            "늦었습니다|지각|엉성|허접|저질|별점 하나|별 하나|최하"
            "|재미가 없|감동 없|감동이 없|안심이 안|안심할 수 없|걱정돼|걱정된다|걱정이"
            "|걱정스러|긴장돼|긴장된다|무서워|두려|지친다|피곤해|피곤하|지겨워|지겹|질렸"
            "|지루해|지루하|심심해|외로워|외롭|마음이 아파|가슴 아파|속상해|속상하|답답해"
            "|답답하|화나요|창피해|창피하|미안해|미안하|상처|역겨워|역겹"
        ),
        negators=frozenset(),
        breaks=frozenset(),
        neutral=_set(
            "좋은 하루|좋은 아침|좋은 밤|좋은 주말|좋은 꿈|좋은 저녁|행복한 하루|행복한 주말|"
            "행복한 한 해|행복하세요|즐거운 하루|즐거운 주말|즐거운 시간 보내|즐거운 여행|"
            "맛있게 드세요|맛있게 드십시오|맛있게 먹어|추천해 주세요|추천해주세요|추천 부탁|"
            "추천 좀|아프지 마|아프지마|걱정 마|걱정마|걱정하지 마|걱정하지마|메리 크리스마스|"
            "새해 복 많이 받으세요|생일 축하|최고 기온|최고기온|"
            "영화"  # "movie": read first, so "영화나" ("a movie or") holds no "화나" (angry)
        ),
        substring=True,
    ),
}
CODE = {
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Italian": "it",
    "Portuguese": "pt",
    "Dutch": "nl",
    "Polish": "pl",
    "Czech": "cs",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian": "no",
    "Turkish": "tr",
    "Romanian": "ro",
    "Greek": "el",
    "Hebrew": "he",
    "Vietnamese": "vi",
    "Arabic": "ar",
    "Hindi": "hi",
    "Finnish": "fi",
    "Hungarian": "hu",
    "Indonesian": "id",
    "Chinese": "zh",
    "Japanese": "ja",
    "Korean": "ko",
}
_CLAUSE = re.compile(r"[.,;:!?()\[\]\"“”«»…–—،؛؟।]+|\s-\s")
# A letter, or a Devanagari vowel sign, virama or nukta (Hindi words are split without them).
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963])"
_TOKEN = re.compile(rf"{_LETTER}+(?:-{_LETTER}+)*")
# Hebrew points and Arabic short vowels and tatweel: dropped, the word lists are written without.
_MARKS = re.compile(
    "[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670]"
)


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


def _clauses(text: str, code: str = "") -> list[list[str]]:
    if code == "tr":  # Turkish dotted and dotless i: "IYI" is "ıyı", "İYİ" is "iyi"
        text = text.replace("I", "ı")
    text = text.replace("İ", "i")  # Python lowers "İ" to "i" plus a combining dot
    plain = _MARKS.sub("", unicodedata.normalize("NFC", text.replace("’", "'")).lower())
    return [_TOKEN.findall(part) for part in _CLAUSE.split(plain)]


def _negated_before(tokens: list[str], start: int, language: Language) -> bool:
    for token in reversed(tokens[max(0, start - NEGATION_BEFORE) : start]):
        if token in language.breaks:
            return False
        if token in language.negators:
            return True
    return False


def _negated_after(tokens: list[str], end: int, language: Language) -> bool:
    """German, Dutch and the Scandinavian languages: "Das gefällt mir nicht", "Ik raad het niet
    aan", "Jeg liker det ikke". Turkish: "güzel değil", "hiç sorun yok" (see ``_postposed``)."""
    if language.after_negators:
        return _postposed(tokens, end, language)
    if not language.negation_after:
        return False
    tail = tokens[end : end + NEGATION_AFTER]
    for offset, token in enumerate(tail):
        if token in language.breaks:
            return False
        if token in language.negators:
            return len(tokens) - (end + offset + 1) <= 1  # clause-final, or one word after
    return False


def _postposed(tokens: list[str], end: int, language: Language) -> bool:
    """A negator that follows the word it negates ("iyi bir otel değil") flips the nearest hit
    before it: another list word or a clause break in between ends the reach."""
    for token in tokens[end : end + NEGATION_AFTER]:
        if token in language.after_negators:
            return True
        if token in language.breaks or token in language.positive or token in language.negative:
            return False
    return False


def _read_anywhere(text: str, code: str, language: Language) -> Reading:
    """Chinese, Japanese and Korean (``Language.substring``): the entries found anywhere in
    ``text``, left to right, the longest at each place ("불편하" before the "편하" inside it),
    each character read once."""
    plain = unicodedata.normalize("NFC", text).lower()
    entries = language.positive | language.negative | language.neutral
    longest = max(map(len, entries))
    reading = Reading(code)
    i = 0
    while i < len(plain):
        size = next(
            (n for n in range(min(longest, len(plain) - i), 0, -1) if plain[i : i + n] in entries),
            0,
        )
        item = plain[i : i + size]
        if item in language.positive:
            reading.positive.append(item)
        elif item in language.negative:
            reading.negative.append(item)
        i += max(size, 1)
    return reading


def read(text: str, code: str) -> Reading | None:
    """The word-list reading of ``text`` in language ``code``, or ``None`` with no hit at all."""
    language = LANGUAGES[code]
    if language.substring:
        found = _read_anywhere(text, code, language)
        return found if found.positive or found.negative else None
    reading = Reading(code)
    longest = max(len(p.split()) for p in language.positive | language.negative | language.neutral)
    for tokens in _clauses(text, code):
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
    "ruins|frio|defect|perfect|ramp|jammer|vies|boos|irritant|"
    # the languages added later: English words ("bra", "glad", "hater") and words of the six
    # languages above or their everyday text ("fin", "verre", "gott", "vrede", "pis", "tak")
    "bra|god|gott|fin|fina|fine|glad|glade|tack|arg|rare|ren|rene|hater|kanon|sint|flot|vrede|"
    "klam|ringe|verre|pis|tak|tragedia|"
    # added with the later word lists: English words ("mist", "fade", "sure", "regret"), names
    # ("moe", "timo", "rikki") and everyday words of other languages ("sur", "amis", "prost")
    "mist|ennui|fade|fades|lamentable|sublime|sublimes|nickel|adorable|timo|gave|moe|nuda|skit|"
    "sur|sure|frisk|artig|bun|fantastic|rapid|prompt|competent|splendid|superb|detest|regret|"
    "slab|curate|insipid|prost|merita|rau|amabile|kiva|rikki|profi|recommended|bau|suka|cinta|"
    "lega|lupa|alot|amis|basi|"
    # added with the emotion words: English words ("angst", "trots", "solitude")
    "angst|trots|solitude"
)
# The languages that had word lists first; the later ones never take their words as evidence.
FIRST = ("de", "fr", "es", "it", "pt", "nl")


def language_evidence(code: str) -> frozenset[str]:
    """Single list words of language ``code`` that also show a text is in that language."""
    language = LANGUAGES[code]
    evidence = (
        frozenset(w for w in language.positive | language.negative if " " not in w)
        - NOT_LANGUAGE_EVIDENCE
    )
    if code in FIRST:
        return evidence
    # "perfekt" (German), "lekker" (Dutch): a later language's word that one of the first six
    # also lists shows neither, so a German or Dutch text keeps its old reading.
    return evidence - frozenset().union(*(_words(LANGUAGES[c]) for c in FIRST))


def _words(language: Language) -> frozenset[str]:
    return language.positive | language.negative | language.negators | language.breaks
