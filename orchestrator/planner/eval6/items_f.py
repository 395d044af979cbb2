"""eval6 items, part F: quoted texts for sentiment / language / entities, in many languages."""

from build_specs import btw, ent, lang, m, sen, u, wd

ITEMS_F: list[tuple[object, ...]] = [
    (
        "'Das Essen war kalt und der Kellner unhöflich.' - what language? and the sentiment?",
        [
            lang("language of 'Das Essen war kalt und der Kellner unhöflich.'", "de"),
            sen("sentiment of 'Das Essen war kalt und der Kellner unhöflich.'", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "my friend just texted me 'Che bella giornata, sono felicissima!' what language is that "
        "and is she happy lol",
        [
            lang("language of 'Che bella giornata, sono felicissima!'", "it"),
            sen("sentiment of 'Che bella giornata, sono felicissima!'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "who's mentioned in 'Frida Kahlo nació en Coyoacán en 1907.' and what language is it, "
        "and 2027 minus 1907",
        [
            ent(
                "entities in 'Frida Kahlo nació en Coyoacán en 1907.'",
                [("Frida Kahlo", "PERSON"), ("Coyoacán", "LOCATION"), ("1907", "DATE")],
            ),
            lang("language of 'Frida Kahlo nació en Coyoacán en 1907.'", "es"),
            m("2027 minus 1907", "2027-1907"),
        ],
        [],
        "multi-question",
    ),
    (
        "review of our hotel:\n'Bu otel berbattı, bir daha asla gelmem.'\n1. what language\n"
        "2. sentiment\n3. days between 2027-02-10 and 2027-02-14 (our stay)\n"
        "4. weekday of 2027-02-10",
        [
            lang("language of 'Bu otel berbattı, bir daha asla gelmem.'", "tr"),
            sen("sentiment of 'Bu otel berbattı, bir daha asla gelmem.'", "negative"),
            btw("days between 2027-02-10 and 2027-02-14", "2027-02-10", "2027-02-14"),
            wd("weekday of 2027-02-10", "2027-02-10"),
        ],
        [],
        "",
    ),
    (
        "compare the vibe of these two reviews: 'Mijn nieuwe fiets is geweldig!' vs 'Этот фильм "
        "был скучным и слишком длинным.' and tell me which languages they are",
        [
            sen("sentiment of 'Mijn nieuwe fiets is geweldig!'", "positive"),
            sen("sentiment of 'Этот фильм был скучным и слишком длинным.'", "negative"),
            lang("language of 'Mijn nieuwe fiets is geweldig!'", "nl"),
            lang("language of 'Этот фильм был скучным и слишком длинным.'", "ru"),
        ],
        [],
        "",
    ),
    (
        "translate 'Ο καιρός σήμερα είναι υπέροχος.' into English, or at least tell me which "
        "language it is and whether it's good news",
        [
            lang("language of 'Ο καιρός σήμερα είναι υπέροχος.'", "el"),
            sen("sentiment of 'Ο καιρός σήμερα είναι υπέροχος.'", "positive"),
        ],
        ["translate 'Ο καιρός σήμερα είναι υπέροχος.' into English"],
        "",
    ),
    (
        "Hi Hive,\n\nCould you check the tone of this customer message: 'Third time this month "
        "the app crashed during checkout. Unacceptable.' Also, which language is 'Bedankt voor "
        "je snelle reactie'? And please book a call with the customer for Monday.\n\nBest,\n"
        "Ruth",
        [
            sen(
                "sentiment of 'Third time this month the app crashed during checkout. "
                "Unacceptable.'",
                "negative",
            ),
            lang("language of 'Bedankt voor je snelle reactie'", "nl"),
        ],
        ["book a call with the customer for Monday"],
        "filler multi-question",
    ),
    (
        "entities + sentiment: 'Volkswagen cut 3,000 jobs at its Wolfsburg plant in March 2025, "
        "angering unions.'",
        [
            ent(
                "entities in 'Volkswagen cut 3,000 jobs at its Wolfsburg plant in March 2025, "
                "angering unions.'",
                [
                    ("Volkswagen", "ORGANIZATION"),
                    ("Wolfsburg", "LOCATION"),
                    ("March 2025", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Volkswagen cut 3,000 jobs at its Wolfsburg plant in March 2025, "
                "angering unions.'",
                "negative",
            ),
        ],
        [],
        "",
    ),
    (
        "is 'Jeg elsker denne byen.' danish or norwegian? and how positive is it",
        [
            lang("language of 'Jeg elsker denne byen.'", "no"),
            sen("sentiment of 'Jeg elsker denne byen.'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "3 things: language of 'Tack för en underbar kväll!', language of 'Tak for en dejlig "
        "aften!', and are they both positive",
        [
            lang("language of 'Tack för en underbar kväll!'", "sv"),
            lang("language of 'Tak for en dejlig aften!'", "da"),
            sen("sentiment of 'Tack för en underbar kväll!'", "positive"),
            sen("sentiment of 'Tak for en dejlig aften!'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "who/where/when in this: 'Ernest Shackleton sailed from Plymouth on 8 August 1914.' "
        "and what weekday was 8 August 1914, and days from 8 August 1914 to 1 January 1915",
        [
            ent(
                "entities in 'Ernest Shackleton sailed from Plymouth on 8 August 1914.'",
                [
                    ("Ernest Shackleton", "PERSON"),
                    ("Plymouth", "LOCATION"),
                    ("8 August 1914", "DATE"),
                ],
            ),
            wd("weekday of 8 August 1914", "1914-08-08"),
            btw("days between 8 August 1914 and 1 January 1915", "1914-08-08", "1915-01-01"),
        ],
        [],
        "",
    ),
    (
        "Nie polecam, obsługa była okropna. <- my colleague wrote this on a review site. is it "
        "negative? which language exactly (i assume polish)",
        [
            sen("sentiment of 'Nie polecam, obsługa była okropna.'", "negative"),
            lang("language of 'Nie polecam, obsługa była okropna.'", "pl"),
        ],
        [],
        "multi-question",
    ),
    (
        "what language: 'Ця книга змінила моє життя.' and what language: 'Эта книга изменила "
        "мою жизнь.' - and are they both positive?",
        [
            lang("language of 'Ця книга змінила моє життя.'", "uk"),
            lang("language of 'Эта книга изменила мою жизнь.'", "ru"),
            sen("sentiment of 'Ця книга змінила моє життя.'", "positive"),
            sen("sentiment of 'Эта книга изменила мою жизнь.'", "positive"),
        ],
        [],
        "",
    ),
    (
        "sentiment of each line:\n- 'loved every minute of the workshop, thank you!'\n"
        "- 'the parcel is at the front desk'\n- 'worst customer service ever'",
        [
            sen("sentiment of 'loved every minute of the workshop, thank you!'", "positive"),
            sen("sentiment of 'the parcel is at the front desk'", "neutral"),
            sen("sentiment of 'worst customer service ever'", "negative"),
        ],
        [],
        "",
    ),
    (
        "hindi? 'यह फ़िल्म बहुत अच्छी थी।' and is the review good or bad",
        [
            lang("language of 'यह फ़िल्म बहुत अच्छी थी।'", "hi"),
            sen("sentiment of 'यह फ़िल्म बहुत अच्छी थी।'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "what lang is 'هذا المنتج سيء جدا' and whats the sentimnet, and translate it for me",
        [
            lang("language of 'هذا المنتج سيء جدا'", "ar"),
            sen("sentiment of 'هذا المنتج سيء جدا'", "negative"),
        ],
        ["translate it for me"],
        "multi-question typo",
    ),
    (
        "language id for 'הטיסה התעכבה שלוש שעות' and convert 3 hours to minutes - no, make "
        "that 3.5 hours",
        [
            lang("language of 'הטיסה התעכבה שלוש שעות'", "he"),
            u("convert 3.5 hours to minutes", 3.5, "hour", "minute"),
        ],
        [],
        "self-correction",
    ),
    (
        "'上海这家餐厅的菜很好吃。' WHAT LANGUAGE, POSITIVE OR NEGATIVE, AND ANY PLACES IN IT",
        [
            lang("language of '上海这家餐厅的菜很好吃。'", "zh"),
            sen("sentiment of '上海这家餐厅的菜很好吃。'", "positive"),
            ent("entities in '上海这家餐厅的菜很好吃。'", [("上海", "LOCATION")]),
        ],
        [],
        "",
    ),
    (
        "which language is '오늘 회의는 오후 3시에 시작합니다.' and what weekday is 2027-10-04, "
        "and what time is it in Seoul right now",
        [
            lang("language of '오늘 회의는 오후 3시에 시작합니다.'", "ko"),
            wd("weekday of 2027-10-04", "2027-10-04"),
        ],
        ["what time is it in Seoul right now"],
        "",
    ),
    (
        "Tôi rất thích cà phê ở đây. - what language is that? and find any place names in "
        "'Chúng tôi đã đến Hà Nội vào tháng Ba.' and tell me the sentiment of that second one",
        [
            lang("language of 'Tôi rất thích cà phê ở đây.'", "vi"),
            ent("entities in 'Chúng tôi đã đến Hà Nội vào tháng Ba.'", [("Hà Nội", "LOCATION")]),
            sen("sentiment of 'Chúng tôi đã đến Hà Nội vào tháng Ba.'", "neutral"),
        ],
        [],
        "multi-question",
    ),
    (
        "Nagyon köszönöm a segítséget, Péter! -- hungarain? sentimant? names?",
        [
            lang("language of 'Nagyon köszönöm a segítséget, Péter!'", "hu"),
            sen("sentiment of 'Nagyon köszönöm a segítséget, Péter!'", "positive"),
            ent("entities in 'Nagyon köszönöm a segítséget, Péter!'", [("Péter", "PERSON")]),
        ],
        [],
        "multi-question typo",
    ),
    (
        "pls check: 'Mulțumesc, a fost o seară minunată.' language + sentiment, and also "
        "'Kahvi oli kylmää ja kallista.' language + sentiment",
        [
            lang("language of 'Mulțumesc, a fost o seară minunată.'", "ro"),
            sen("sentiment of 'Mulțumesc, a fost o seară minunată.'", "positive"),
            lang("language of 'Kahvi oli kylmää ja kallista.'", "fi"),
            sen("sentiment of 'Kahvi oli kylmää ja kallista.'", "negative"),
        ],
        [],
        "filler",
    ),
    (
        "my customer wrote 'Obrigado por nada, o pacote chegou partido.' is that portuguese or "
        "spanish? and is he angry. also draft me a reply apologising",
        [
            lang("language of 'Obrigado por nada, o pacote chegou partido.'", "pt"),
            sen("sentiment of 'Obrigado por nada, o pacote chegou partido.'", "negative"),
        ],
        ["draft me a reply apologising"],
        "multi-question",
    ),
    (
        "entities: 'Barack Obama visited Hiroshima in May 2016 with Shinzo Abe.' then also what "
        "weekday was 27 May 2016 and how many days from 27 May 2016 to 27 May 2027",
        [
            ent(
                "entities in 'Barack Obama visited Hiroshima in May 2016 with Shinzo Abe.'",
                [
                    ("Barack Obama", "PERSON"),
                    ("Hiroshima", "LOCATION"),
                    ("May 2016", "DATE"),
                    ("Shinzo Abe", "PERSON"),
                ],
            ),
            wd("weekday of 27 May 2016", "2016-05-27"),
            btw("days between 27 May 2016 and 27 May 2027", "2016-05-27", "2027-05-27"),
        ],
        [],
        "",
    ),
    (
        "'Je suis en retard, désolé, le métro est bloqué à Châtelet.' language? entities?",
        [
            lang("language of 'Je suis en retard, désolé, le métro est bloqué à Châtelet.'", "fr"),
            ent(
                "entities in 'Je suis en retard, désolé, le métro est bloqué à Châtelet.'",
                [("Châtelet", "LOCATION")],
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "Tak for mad! is that danish? and 'Takk for maten!' is what? and 'Dobrou chuť!'? and "
        "'Enjoy your meal!' lol",
        [
            lang('language of "Tak for mad!"', "da"),
            lang("language of 'Takk for maten!'", "no"),
            lang("language of 'Dobrou chuť!'", "cs"),
            lang("language of 'Enjoy your meal!'", "en"),
        ],
        [],
        "multi-question",
    ),
    (
        "I'm writing a report. Pull the entities from 'The World Health Organization declared "
        "the outbreak over in Kinshasa on 1 December 2022.' and then tell me the number of days "
        "between 1 December 2022 and 1 December 2027, and how many weeks that is.",
        [
            ent(
                "entities in 'The World Health Organization declared the outbreak over in "
                "Kinshasa on 1 December 2022.'",
                [
                    ("World Health Organization", "ORGANIZATION"),
                    ("Kinshasa", "LOCATION"),
                    ("1 December 2022", "DATE"),
                ],
            ),
            btw(
                "days between 1 December 2022 and 1 December 2027",
                "2022-12-01",
                "2027-12-01",
            ),
            u("convert {t2} days to weeks", "{t2}", "day", "week"),
        ],
        [],
        "",
    ),
    (
        "Saya akan tiba besok pagi - which language? also the sentiment",
        [
            lang("language of 'Saya akan tiba besok pagi'", "id"),
            sen("sentiment of 'Saya akan tiba besok pagi'", "neutral"),
        ],
        [],
        "multi-question",
    ),
    (
        "tone check before I send this to my boss: 'Per your request, the revised draft is "
        "attached.' and also how many hours is 2 working days of 7.5 hours, times 4 for the "
        "whole team",
        [
            sen("sentiment of 'Per your request, the revised draft is attached.'", "neutral"),
            m("2 times 7.5", "2*7.5"),
            m("{t2} times 4", "{t2}*4"),
        ],
        [],
        "",
    ),
    (
        "sentiment of my tweet 'cannot WAIT for the concert tonight!!! 🎉' and how many minutes "
        "is 2.75 hours",
        [
            sen("sentiment of 'cannot WAIT for the concert tonight!!! 🎉'", "positive"),
            u("convert 2.75 hours to minutes", 2.75, "hour", "minute"),
        ],
        [],
        "",
    ),
    (
        "¿En qué idioma está 'Obrigada pela ajuda' y es positivo?",
        [
            lang("language of 'Obrigada pela ajuda'", "pt"),
            sen("sentiment of 'Obrigada pela ajuda'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "Kannst du mir sagen, welche Sprache 'Dank je wel voor alles' ist, und wie viele "
        "Kilometer 26.2 Meilen sind, und das dann in Metern?",
        [
            lang("language of 'Dank je wel voor alles'", "nl"),
            u("convert 26.2 miles to km", 26.2, "mile", "km"),
            u("convert {t2} km to metres", "{t2}", "km", "m"),
        ],
        [],
        "multi-question",
    ),
    (
        "can you tag the names in this headline: 'Airbus handed its new jet to Iberia in Madrid on "
        "3 November 2024.' is the headline positive or negative? what weekday was 3 November "
        "2024, and what language is 'Boa noite a todos'?",
        [
            ent(
                "entities in 'Airbus handed its new jet to Iberia in Madrid on 3 November 2024.'",
                [
                    ("Airbus", "ORGANIZATION"),
                    ("Iberia", "ORGANIZATION"),
                    ("Madrid", "LOCATION"),
                    ("3 November 2024", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Airbus handed its new jet to Iberia in Madrid on 3 November 2024.'",
                "neutral",
            ),
            wd("weekday of 3 November 2024", "2024-11-03"),
            lang("language of 'Boa noite a todos'", "pt"),
        ],
        [],
        "multi-question",
    ),
    (
        "ok so my gran's old diary says 'Met Harold at Victoria Station in London, 14 February "
        "1962.' who's in it, is it a happy entry, and what weekday was 14 February 1962?",
        [
            ent(
                "entities in 'Met Harold at Victoria Station in London, 14 February 1962.'",
                [
                    ("Harold", "PERSON"),
                    ("Victoria Station", "LOCATION"),
                    ("London", "LOCATION"),
                    ("14 February 1962", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Met Harold at Victoria Station in London, 14 February 1962.'",
                "neutral",
            ),
            wd("weekday of 14 February 1962", "1962-02-14"),
        ],
        [],
        "multi-question",
    ),
    (
        "extrae las entidades: 'Gabriel García Márquez recibió el Nobel en Estocolmo en 1982.' "
        "y cuántos años son 2027 menos 1982",
        [
            ent(
                "entities in 'Gabriel García Márquez recibió el Nobel en Estocolmo en 1982.'",
                [
                    ("Gabriel García Márquez", "PERSON"),
                    ("Estocolmo", "LOCATION"),
                    ("1982", "DATE"),
                ],
            ),
            m("2027 minus 1982", "2027-1982"),
        ],
        [],
        "",
    ),
]
