"""A word-list reading of German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
Russian, Ukrainian, Swedish, Danish, Norwegian (Bokmål) and Turkish text.

Data source: every word list below was written by hand for this project (from general knowledge
of the languages; no external lexicon, corpus or model), and reviewed for correctness. Entries
are common, strongly polar words and short phrases with their usual inflected forms (case,
gender and number forms of adjectives, frequent verb forms, Turkish suffixed forms such as
"harikaydı"), plus the words that negate them and the words that end a negation's reach.

The reading is deliberately simple and only used for text that ``foreign.foreign_language``
already refuses as non-English: each hit counts +1 (positive list) or -1 (negative list), and a
negator shortly before it (or, in German, Dutch, Swedish, Danish and Norwegian, a clause-final
"nicht"/"niet"/"inte"/"ikke" after it) flips it. Turkish negates after the word: "değil" or
"yok" following a hit flips it ("memnun değilim", "hiç sorun yok"), and negated verb forms
("beğenmedim", "tavsiye etmem") are listed as negative phrases. Czech negated verbs
("nedoporučuji") are listed as negative words too. Phrases are matched before single words.
Greetings such as "buenos días" or "dzień dobry" are matched as neutral phrases so they are not
read as praise. A text with no hit gets no reading: the caller keeps its refusal, because no
evidence is not the same as neutral.
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
            "müll|grauenhaft|peinlich|unverschämt|frechheit|zerbrochen|verloren|schlimm|"
            "schlimme|schlimmer|schlimmen|schlimmste|schlimmsten|schlimmstes|übel|übles"
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
            "bez zarzutu|radość|wrócimy|wrócę|na pewno wrócimy"
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
            "nieprzyjemna|nieprzyjemne|strata czasu|strata pieniędzy|żenujący|żenująca|żenada"
        ),
        negators=_set("nie|nigdy|bez|ani|żaden|żadna|żadne|nic|niczego"),
        breaks=_set("i|oraz|ale|a|lub|albo|lecz|jednak|natomiast|ponieważ|bo"),
        neutral=_set(
            "dzień dobry|dobry wieczór|dobranoc|dobrej nocy|smacznego|miłego dnia|"
            "miłego wieczoru|miłego weekendu|dobrej podróży|szczęśliwej podróży|do widzenia"
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
            "bezvadně|radost|profesionální|profesionálně|ideální|kvalitní|určitě se vrátíme"
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
            "průšvih|nekvalitní|ztráta času|ztráta peněz"
        ),
        negators=_set(
            "ne|není|nebyl|nebyla|nebylo|nebyli|nejsou|nejsem|nebude|nikdy|žádný|žádná|žádné|"
            "nic|bez|ani"
        ),
        breaks=_set("a|i|ale|nebo|však|ovšem|protože|jenže|zato"),
        neutral=_set(
            "dobrý den|dobré ráno|dobrý večer|dobrou noc|dobrou chuť|hezký den|hezký víkend|"
            "šťastnou cestu|na shledanou"
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
            "молодцы|радость"
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
            "потеря времени"
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
            "у захваті|в захваті|молодці|радість"
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
            "неприємна|неприємно|провал|марно|гроші на вітер|втрата часу|відстій|зле"
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
            "professionellt|proffsig|proffsigt|glädje|njöt"
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
            "oacceptabel|oacceptabelt"
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
            "pengene værd|glæde|fornøjelse|nød|nyder"
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
            "spild af tid|uacceptabel|uacceptabelt|værst|værre"
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
            "verdt pengene|glede|nøt|nyter"
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
            "verre"
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
            "çalışıyor|tekrar geleceğiz|tekrar gelirim|bravo"
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
            "para kaybı|en kötü|daha kötü|kabul edilemez|bayat"
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


def _clauses(text: str, code: str = "") -> list[list[str]]:
    if code == "tr":  # Turkish dotted and dotless i: "IYI" is "ıyı", "İYİ" is "iyi"
        text = text.replace("I", "ı")
    text = text.replace("İ", "i")  # Python lowers "İ" to "i" plus a combining dot
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


def read(text: str, code: str) -> Reading | None:
    """The word-list reading of ``text`` in language ``code``, or ``None`` with no hit at all."""
    language = LANGUAGES[code]
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
    "klam|ringe|verre|pis|tak|tragedia"
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
