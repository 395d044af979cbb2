"""eval7 items, part F: quoted texts for sentiment, language and entities, often combined."""

from build_specs import add, ent, lang, sen, u

ITEMS_F: list[tuple[object, ...]] = [
    (
        "sentiment and language of 'Questo ristorante è stata una delusione totale'",
        [
            sen("sentiment of 'Questo ristorante è stata una delusione totale'", "negative"),
            lang("what language is 'Questo ristorante è stata una delusione totale'", "it"),
        ],
        [],
        "",
    ),
    (
        "'Η παράσταση ήταν υπέροχη!' what language is this, and is it a positive comment?",
        [
            lang("what language is 'Η παράσταση ήταν υπέροχη!'", "el"),
            sen("sentiment of 'Η παράσταση ήταν υπέροχη!'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "entities + sentiment for: 'Amara Okafor praised Lagos State University for its "
        "wonderful new library.'",
        [
            ent(
                "entities in 'Amara Okafor praised Lagos State University for its wonderful "
                "new library.'",
                [("Amara Okafor", "PERSON"), ("Lagos State University", "ORGANIZATION")],
            ),
            sen(
                "sentiment of 'Amara Okafor praised Lagos State University for its wonderful "
                "new library.'",
                "positive",
            ),
        ],
        [],
        "",
    ),
    (
        "three thank-you texts, which languages are they? 'Dziękuję bardzo', 'Děkuji moc', "
        "'Дякую дуже'",
        [
            lang("what language is 'Dziękuję bardzo'", "pl"),
            lang("what language is 'Děkuji moc'", "cs"),
            lang("what language is 'Дякую дуже'", "uk"),
        ],
        [],
        "",
    ),
    (
        "get the people and places out of 'Marek and Zofia drove from Gdańsk to Vienna in July "
        "2026.' and tell me if it sounds upbeat",
        [
            ent(
                "entities in 'Marek and Zofia drove from Gdańsk to Vienna in July 2026.'",
                [
                    ("Marek", "PERSON"),
                    ("Zofia", "PERSON"),
                    ("Gdańsk", "LOCATION"),
                    ("Vienna", "LOCATION"),
                    ("July 2026", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Marek and Zofia drove from Gdańsk to Vienna in July 2026.'",
                "neutral",
            ),
        ],
        [],
        "",
    ),
    (
        "Our guest left this: 'Spotless flat, great view, and our host Teodora was an angel.' "
        "Sentiment? Any names in it?",
        [
            sen(
                "sentiment of 'Spotless flat, great view, and our host Teodora was an angel.'",
                "positive",
            ),
            ent(
                "entities in 'Spotless flat, great view, and our host Teodora was an angel.'",
                [("Teodora", "PERSON")],
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "What language: 'Selamat pagi, apa kabar?' And 'Chào buổi sáng'?",
        [
            lang("what language is 'Selamat pagi, apa kabar?'", "id"),
            lang("what language is 'Chào buổi sáng'", "vi"),
        ],
        [],
        "multi-question",
    ),
    (
        "'नमस्ते, आप कैसे हैं?' - what language? and the sentiment of 'I am so done with this week.'",
        [
            lang("what language is 'नमस्ते, आप कैसे हैं?'", "hi"),
            sen("sentiment of 'I am so done with this week.'", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "'오늘 정말 행복해요' langauge + sentimnet",
        [
            lang("what language is '오늘 정말 행복해요'", "ko"),
            sen("sentiment of '오늘 정말 행복해요'", "positive"),
        ],
        [],
        "typo",
    ),
    (
        'this tweet: "Can\'t believe Northwind Outdoors cancelled my order AGAIN. Unreal." '
        "how negative is it, and which company is it about",
        [
            sen(
                "sentiment of \"Can't believe Northwind Outdoors cancelled my order AGAIN. "
                'Unreal."',
                "negative",
            ),
            ent(
                'entities in "Can\'t believe Northwind Outdoors cancelled my order AGAIN. Unreal."',
                [("Northwind Outdoors", "ORGANIZATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "'Günaydın, kahvaltı hazır' which language? then the date 3 weeks after 2027-11-08",
        [
            lang("what language is 'Günaydın, kahvaltı hazır'", "tr"),
            add("3 weeks after 2027-11-08", "2027-11-08", weeks=3),
        ],
        [],
        "",
    ),
    (
        "find entities in 'Dr. Leila Haddad moved from Beirut to Montreal in 2019 to work at "
        "McGill University.'",
        [
            ent(
                "entities in 'Dr. Leila Haddad moved from Beirut to Montreal in 2019 to work at "
                "McGill University.'",
                [
                    ("Leila Haddad", "PERSON"),
                    ("Beirut", "LOCATION"),
                    ("Montreal", "LOCATION"),
                    ("2019", "DATE"),
                    ("McGill University", "ORGANIZATION"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "'הקפה פה מעולה' what lang? and 'القهوة هنا باردة جدا' what lang and what mood",
        [
            lang("what language is 'הקפה פה מעולה'", "he"),
            lang("what language is 'القهوة هنا باردة جدا'", "ar"),
            sen("sentiment of 'القهوة هنا باردة جدا'", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "sentiment of each review:\n1. 'Works exactly as described.'\n2. 'Stopped charging "
        "after a week.'\n3. 'The box is blue.'",
        [
            sen("sentiment of 'Works exactly as described.'", "positive"),
            sen("sentiment of 'Stopped charging after a week.'", "negative"),
            sen("sentiment of 'The box is blue.'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "'Ik heb de trein gemist' - which language? and how many minutes is 2.5 hours, which is "
        "how long I have to wait for the next one",
        [
            lang("what language is 'Ik heb de trein gemist'", "nl"),
            u("convert 2.5 hours to minutes", 2.5, "hour", "minute"),
        ],
        [],
        "multi-question",
    ),
    (
        "'私は来週東京に行きます' what language is that and find the entities in it",
        [
            lang("what language is '私は来週東京に行きます'", "ja"),
            ent("entities in '私は来週東京に行きます'", [("東京", "LOCATION")]),
        ],
        [],
        "",
    ),
    (
        "Mensagem da minha avó: 'Estou muito orgulhosa de ti, meu querido.' Que língua é e qual "
        "é o sentimento?",
        [
            lang("what language is 'Estou muito orgulhosa de ti, meu querido.'", "pt"),
            sen("sentiment of 'Estou muito orgulhosa de ti, meu querido.'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "„Der Zug hat schon wieder zwei Stunden Verspätung.“ Sprache und Stimmung bitte",
        [
            lang("what language is 'Der Zug hat schon wieder zwei Stunden Verspätung.'", "de"),
            sen("sentiment of 'Der Zug hat schon wieder zwei Stunden Verspätung.'", "negative"),
        ],
        [],
        "",
    ),
    (
        "language of 'Servicio pésimo, no volveremos.' and of 'Отличный отель, очень чистый.', "
        "plus the sentiment of the russian one",
        [
            lang("what language is 'Servicio pésimo, no volveremos.'", "es"),
            lang("what language is 'Отличный отель, очень чистый.'", "ru"),
            sen("sentiment of 'Отличный отель, очень чистый.'", "positive"),
        ],
        [],
        "",
    ),
    (
        "'我明天在北京见王伟' wich langauge is it, and what are the entities",
        [
            lang("what language is '我明天在北京见王伟'", "zh"),
            ent("entities in '我明天在北京见王伟'", [("北京", "LOCATION"), ("王伟", "PERSON")]),
        ],
        [],
        "typo multi-question",
    ),
    (
        "'Köszönöm szépen a segítséget!' - language, sentiment, and translate it to English for me",
        [
            lang("what language is 'Köszönöm szépen a segítséget!'", "hu"),
            sen("sentiment of 'Köszönöm szépen a segítséget!'", "positive"),
        ],
        ["translate it to English"],
        "",
    ),
    (
        "'Tak for en dejlig aften, vi ses snart!' dansk eller norsk? and what's the mood",
        [
            lang("what language is 'Tak for en dejlig aften, vi ses snart!'", "da"),
            sen("sentiment of 'Tak for en dejlig aften, vi ses snart!'", "positive"),
        ],
        [],
        "multi-question",
    ),
]
