# ruff: noqa: E501
"""eval3 items, written by hand: (query, [node specs], [unsupported spans], "manual tags").

Node specs compute their own gold values (see build_specs.py).  Inputs keep numbers,
dates and quoted texts exactly as the query wrote them; instruction typos are fixed.
"""

from build_specs import add, btw, doc, ent, lang, m, sen, u, wd

ITEMS = [
    # ------------------------------------------------------------ singles
    (
        "how many kilomtres is a half marathon of 13.1 miles",
        [u("convert 13.1 miles to km", 13.1, "mile", "km")],
        [],
        "typo",
    ),
    (
        "WHAT IS 4.5 LITRES IN US GALLONS",
        [u("convert 4.5 litres to US gallons", 4.5, "liter", "gallon")],
        [],
        "",
    ),
    (
        "convrt 350 fahrenheit to celsius pls",
        [u("convert 350 fahrenheit to celsius", 350, "degF", "degC")],
        [],
        "typo filler",
    ),
    (
        "My baby weighed 3.4 kg at birth, what's that in punds?",
        [u("convert 3.4 kg to pounds", 3.4, "kg", "lb")],
        [],
        "typo",
    ),
    ("two TiB in GiB?", [u("convert two TiB to GiB", 2, "TiB", "GiB")], [], "number-words"),
    (
        "How many bytes... sorry, how many megabytes are in 3.2 GB (decimal)?",
        [u("convert 3.2 GB to MB", 3.2, "GB", "MB")],
        [],
        "self-correction",
    ),
    ("whats 17% fo 2,340", [m("17% of 2,340", "17/100*2340")], [], "typo"),
    (
        "Could you work out 1,284 divided by 12 for me? Cheers!",
        [m("1,284 divided by 12", "1284/12")],
        [],
        "filler",
    ),
    ("sqaure root of 7056", [m("square root of 7056", "sqrt(7056)")], [], "typo"),
    ("(48 + 17) * 3 - 11 = ?", [m("(48 + 17) * 3 - 11", "(48+17)*3-11")], [], ""),
    (
        "twelve to the power of three",
        [m("twelve to the power of three", "12**3")],
        [],
        "number-words",
    ),
    (
        "What day of teh week is 29 February 2028?",
        [wd("weekday of 29 February 2028", "2028-02-29")],
        [],
        "typo",
    ),
    ("day of week for 2026-12-25", [wd("weekday of 2026-12-25", "2026-12-25")], [], ""),
    (
        "how many dyas from march 3 2027 to october 19 2027",
        [btw("days between March 3 2027 and October 19 2027", "2027-03-03", "2027-10-19")],
        [],
        "typo",
    ),
    (
        "what's the date one hundred days after 14 January 2027?",
        [add("one hundred days after 14 January 2027", "2027-01-14", days=100)],
        [],
        "number-words",
    ),
    (
        "Six months before 31 August 2027 is which date?",
        [add("six months before 31 August 2027", "2027-08-31", months=-6)],
        [],
        "number-words",
    ),
    (
        'Is this review positive or negative: "The battery died after two days and support never answered."',
        [
            sen(
                'sentiment of "The battery died after two days and support never answered."',
                "negative",
            )
        ],
        [],
        "",
    ),
    (
        "vibe check on this tweet pls 'honestly best concert of my life, still shaking 😭🔥'",
        [sen("sentiment of 'honestly best concert of my life, still shaking 😭🔥'", "positive")],
        [],
        "filler",
    ),
    (
        "Whcih language is 'Dziękuję za pomoc, do zobaczenia jutro'? 🤔",
        [lang("what language is 'Dziękuję za pomoc, do zobaczenia jutro'", "pl")],
        [],
        "typo",
    ),
    (
        "what lang is this: 'Bu akşam sinemaya gidelim mi?'",
        [lang("what language is 'Bu akşam sinemaya gidelim mi?'", "tr")],
        [],
        "",
    ),
    (
        'Find the people, places and organisations in: "Angela Merkel met Emmanuel Macron in Aachen on 22 January 2019."',
        [
            ent(
                'entities in "Angela Merkel met Emmanuel Macron in Aachen on 22 January 2019."',
                [
                    ("Angela Merkel", "PERSON"),
                    ("Emmanuel Macron", "PERSON"),
                    ("Aachen", "LOCATION"),
                    ("22 January 2019", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "extrat entities — 'Spotify opened a new office in Toronto last spring, said Daniel Ek.'",
        [
            ent(
                "entities in 'Spotify opened a new office in Toronto last spring, said Daniel Ek.'",
                [("Spotify", "ORGANIZATION"), ("Toronto", "LOCATION"), ("Daniel Ek", "PERSON")],
            )
        ],
        [],
        "typo",
    ),
    (
        "how much is a 5 metre car on the ferry",
        [
            doc(
                "how much is a 5 metre car on the ferry",
                "ferry_notice",
                "charged 38 pounds each way",
            )
        ],
        [],
        "",
    ),
    (
        "what does the vet charge if I just don't turn up to an appointment?",
        [
            doc(
                "what does the vet charge for a missed appointment",
                "vet_clinic",
                "missed appointment fee of 20 pounds",
            )
        ],
        [],
        "",
    ),
    (
        "Can I just turn up on the night at the observatory without booking?",
        [
            doc(
                "can I turn up at the observatory without booking",
                "observatory_guide",
                "we cannot accept walk-in visitors",
            )
        ],
        [],
        "",
    ),
    (
        "How much capacity should my battery still have after ten years according to the warranty?",
        [
            doc(
                "how much capacity should the battery still have after ten years",
                "battery_warranty",
                "at least 70 percent of its original usable capacity",
            )
        ],
        [],
        "",
    ),
    (
        "beekeeping club - how often are we meant to inspect the hives in swarm season",
        [
            doc(
                "how often should hives be inspected in swarming season",
                "apiary_rules",
                "every seven to nine days",
            )
        ],
        [],
        "",
    ),
    ("how fast is 30 knots in km/h?", [u("convert 30 knots to km/h", 30, "knot", "km/h")], [], ""),
    # ------------------------------------------------------------ all out of scope
    (
        "write me a limerick about a cat who hates mondays",
        [],
        ["write me a limerick about a cat who hates mondays"],
        "",
    ),
    (
        "What will the weather be like in Lisbon on Saturday?",
        [],
        ["What will the weather be like in Lisbon on Saturday"],
        "",
    ),
    (
        "how many yen is 250 euros right now",
        [],
        ["how many yen is 250 euros right now"],
        "currency",
    ),
    (
        "Book me a table for four at an Italian place near Union Square tonight, thanks",
        [],
        ["Book me a table for four at an Italian place near Union Square tonight"],
        "filler",
    ),
    (
        "write a python function that reverses a linked list",
        [],
        ["write a python function that reverses a linked list"],
        "",
    ),
    (
        "Do you think remote work is better than working in an office?",
        [],
        ["Do you think remote work is better than working in an office"],
        "",
    ),
    (
        "Translate 'where is the train station' into Portuguese, and set a reminder to call mum at 6",
        [],
        [
            "Translate 'where is the train station' into Portuguese",
            "set a reminder to call mum at 6",
        ],
        "",
    ),
    (
        "can u summarise the ferry notice for me in 3 bullet points",
        [],
        ["summarise the ferry notice for me in 3 bullet points"],
        "",
    ),
    (
        "what's the current share price of Nvidia and who is its CEO",
        [],
        ["what's the current share price of Nvidia", "who is its CEO"],
        "",
    ),
    (
        "Draft a polite email to my landlord asking to fix the boiler.",
        [],
        ["Draft a polite email to my landlord asking to fix the boiler"],
        "",
    ),
    (
        "what time is it in Sydney when it's 9am in London",
        [],
        ["what time is it in Sydney when it's 9am in London"],
        "",
    ),
    (
        "recommend a good sci-fi novel for a long flight",
        [],
        ["recommend a good sci-fi novel for a long flight"],
        "",
    ),
    # ------------------------------------------------------------ parallel, two parts
    (
        "convert 72 inches to cm and what weekday is 4 July 2027 and whats the langauge of 'Feliz día de la independencia'",
        [
            u("convert 72 inches to cm", 72, "inch", "cm"),
            wd("weekday of 4 July 2027", "2027-07-04"),
            lang("what language is 'Feliz día de la independencia'", "es"),
        ],
        [],
        "typo",
    ),
    (
        "What's 15% of 260? Also, what language is 'Kiitos, nähdään huomenna'? Also entities in 'Sibelius was born in Hämeenlinna in 1865'.",
        [
            m("15% of 260", "15/100*260"),
            lang("what language is 'Kiitos, nähdään huomenna'", "fi"),
            ent(
                "entities in 'Sibelius was born in Hämeenlinna in 1865'",
                [("Sibelius", "PERSON"), ("Hämeenlinna", "LOCATION"), ("1865", "DATE")],
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "days between 2027-02-10 and 2027-06-01; 9 stone in kg",
        [
            btw("days between 2027-02-10 and 2027-06-01", "2027-02-10", "2027-06-01"),
            u("convert 9 stone to kg", 9, "stone", "kg"),
        ],
        [],
        "",
    ),
    (
        "1. 88 times 14\n2. weekday of 1 January 2028\n3. 10 weeks after 1 January 2028\n4. sentiment of 'new year, same old problems'",
        [
            m("88 times 14", "88*14"),
            wd("weekday of 1 January 2028", "2028-01-01"),
            add("10 weeks after 1 January 2028", "2028-01-01", weeks=10),
            sen("sentiment of 'new year, same old problems'", "negative"),
        ],
        [],
        "",
    ),
    (
        "How many litres is 2 US gallons? How many cups is 500 ml? How many fl oz is 500 ml?",
        [
            u("convert 2 US gallons to litres", 2, "gallon", "liter"),
            u("convert 500 ml to cups", 500, "ml", "cup"),
            u("convert 500 ml to fl oz", 500, "ml", "fluid_ounce"),
        ],
        [],
        "multi-question",
    ),
    (
        "sentiment of 'Le service était lent et la soupe froide.' and which language is it, and pull out any entities from 'Le chef Paul Bocuse est né à Lyon.'",
        [
            sen("sentiment of 'Le service était lent et la soupe froide.'", "negative"),
            lang("what language is 'Le service était lent et la soupe froide.'", "fr"),
            ent(
                "entities in 'Le chef Paul Bocuse est né à Lyon.'",
                [("Paul Bocuse", "PERSON"), ("Lyon", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "Tell me what language 'Eu adoro esta cidade' is in and whether it's positive or negative.",
        [
            lang("what language is 'Eu adoro esta cidade'", "pt"),
            sen("sentiment of 'Eu adoro esta cidade'", "positive"),
        ],
        [],
        "",
    ),
    (
        "WHO IS MENTIONED IN 'Serena Williams visited Nairobi with UNICEF in 2019' AND WHAT IS 2^10 THEN DIVIDE THAT BY 8",
        [
            ent(
                "entities in 'Serena Williams visited Nairobi with UNICEF in 2019'",
                [
                    ("Serena Williams", "PERSON"),
                    ("Nairobi", "LOCATION"),
                    ("UNICEF", "ORGANIZATION"),
                    ("2019", "DATE"),
                ],
            ),
            m("2^10", "2**10"),
            m("{t2} divided by 8", "{t2}/8"),
        ],
        [],
        "",
    ),
    (
        "what's 5 miles in metres, and 400 metres in feet, and how many laps of 400 metres make 5 miles",
        [
            u("convert 5 miles to metres", 5, "mile", "m"),
            u("convert 400 metres to feet", 400, "m", "foot"),
            m("{t1} divided by 400", "{t1}/400"),
        ],
        [],
        "",
    ),
    (
        "weekday of 15 March 2027? weekday of 15 March 2028? days between them? weeks between them?",
        [
            wd("weekday of 15 March 2027", "2027-03-15"),
            wd("weekday of 15 March 2028", "2028-03-15"),
            btw("days between 15 March 2027 and 15 March 2028", "2027-03-15", "2028-03-15"),
            u("convert {t3} days to weeks", "{t3}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "I need 3/8 + 5/12 as a decimal, and the date 45 days before 2 May 2027, and the weekday of that date",
        [
            m("3/8 + 5/12", "Rational(3,8)+Rational(5,12)"),
            add("45 days before 2 May 2027", "2027-05-02", days=-45),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "how much does a resident pay on the ferry? and what time do the sailings start. also 6 times 3",
        [
            doc(
                "how much does a resident pay on the ferry", "ferry_notice", "flat fare of 3 pounds"
            ),
            doc(
                "what time do the ferry sailings start",
                "ferry_notice",
                "every ninety minutes between 06:30 and 21:00",
            ),
            m("6 times 3", "6*3"),
        ],
        [],
        "multi-question",
    ),
    (
        "vet question: are they open sundays? also how long is a normal consultation, and can u book my cat in for thursday",
        [
            doc(
                "is the vet open on Sundays",
                "vet_clinic",
                "we are closed on Sundays and bank holidays",
            ),
            doc(
                "how long is a standard consultation",
                "vet_clinic",
                "A standard consultation lasts 15 minutes",
            ),
        ],
        ["book my cat in for thursday"],
        "multi-question",
    ),
    (
        "Convert 180 lb to kg, and tell me the sentiment of \"meh, it was fine I guess\" and which langauge 'Wie geht’s dir?' is",
        [
            u("convert 180 lb to kg", 180, "lb", "kg"),
            sen('sentiment of "meh, it was fine I guess"', "neutral"),
            lang("what language is 'Wie geht’s dir?'", "de"),
        ],
        [],
        "typo",
    ),
    (
        "1 acre in square metres + what's 7 cubed + weekday of 2027-10-31 + 'Happy Halloween everyone!!' sentiment",
        [
            u("convert 1 acre to square metres", 1, "acre", "m**2"),
            m("7 cubed", "7**3"),
            wd("weekday of 2027-10-31", "2027-10-31"),
            sen("sentiment of 'Happy Halloween everyone!!'", "positive"),
        ],
        [],
        "",
    ),
    (
        "Which language: 'Jeg glæder mig til sommerferien'. Which language: 'Jag längtar till sommaren'.",
        [
            lang("what language is 'Jeg glæder mig til sommerferien'", "da"),
            lang("what language is 'Jag längtar till sommaren'", "sv"),
        ],
        [],
        "multi-question",
    ),
    (
        "what's 1,500 kcal in kJ and 250 g in oz, then the oz figure times 4",
        [
            u("convert 1,500 kcal to kJ", 1500, "kcal", "kJ"),
            u("convert 250 g to oz", 250, "g", "oz"),
            m("{t2} times 4", "{t2}*4"),
        ],
        [],
        "",
    ),
    (
        "hey so three things\n- what date is 3 weeks after 2027-11-20\n- 640 divided by 16\n- language of 'Hyvää joulua'",
        [
            add("3 weeks after 2027-11-20", "2027-11-20", weeks=3),
            m("640 divided by 16", "640/16"),
            lang("what language is 'Hyvää joulua'", "fi"),
        ],
        [],
        "filler",
    ),
    (
        "Pull out names and places from 'Greta Thunberg sailed from Plymouth to New York in August 2019', and tell me the mood of 'what a pointless waste of an afternoon', and the language of 'Tack för maten'",
        [
            ent(
                "entities in 'Greta Thunberg sailed from Plymouth to New York in August 2019'",
                [
                    ("Greta Thunberg", "PERSON"),
                    ("Plymouth", "LOCATION"),
                    ("New York", "LOCATION"),
                    ("August 2019", "DATE"),
                ],
            ),
            sen("sentiment of 'what a pointless waste of an afternoon'", "negative"),
            lang("what language is 'Tack för maten'", "sv"),
        ],
        [],
        "",
    ),
    (
        "Is the observatroy dome heated? And how much is a famly ticket?",
        [
            doc("is the observatory dome heated", "observatory_guide", "the dome is not heated"),
            doc(
                "how much is a family ticket at the observatory",
                "observatory_guide",
                "costs 24 pounds",
            ),
        ],
        [],
        "multi-question typo",
    ),
    (
        "what is 0.75 of 920 and what is 920 minus 18%, then the difference between those two, then that difference as a percentage of 920",
        [
            m("0.75 of 920", "Rational(75,100)*920"),
            m("920 minus 18%", "920*(1-Rational(18,100))"),
            m("{t2} minus {t1}", "{t2}-{t1}"),
            m("{t3} as a percentage of 920", "{t3}/920*100"),
        ],
        [],
        "",
    ),
    (
        "Days between Christmas Day 2026 (2026-12-25) and 2027-04-01, plus what's 64 kg in stone? And 64 kg in pounds?",
        [
            btw("days between 2026-12-25 and 2027-04-01", "2026-12-25", "2027-04-01"),
            u("convert 64 kg to stone", 64, "kg", "stone"),
            u("convert 64 kg to pounds", 64, "kg", "lb"),
        ],
        [],
        "",
    ),
    (
        "in what language is 'Mən səni sevirəm'... no wait, I meant 'Я тебя люблю', and how much is 12.5% of 96",
        [lang("what language is 'Я тебя люблю'", "ru"), m("12.5% of 96", "Rational(125,1000)*96")],
        [],
        "self-correction",
    ),
    (
        "how many GB is 750,000 MB (SI), and what's 16 GiB in MiB, and 16 GiB in GB",
        [
            u("convert 750,000 MB to GB", 750000, "MB", "GB"),
            u("convert 16 GiB to MiB", 16, "GiB", "MiB"),
            u("convert 16 GiB to GB", 16, "GiB", "GB"),
        ],
        [],
        "",
    ),
    (
        "Quick ones: 999 + 1,001? 60 mph in km/h? 'Schnell, schnell!' language? weekday 2027-01-01?",
        [
            m("999 + 1,001", "999+1001"),
            u("convert 60 mph to km/h", 60, "mph", "km/h"),
            lang("what language is 'Schnell, schnell!'", "de"),
            wd("weekday of 2027-01-01", "2027-01-01"),
        ],
        [],
        "multi-question",
    ),
    (
        "language of 'Mi piace molto questo libro' & language of 'Ik heb honger' & language of 'Dobrý den, jak se máte?'",
        [
            lang("what language is 'Mi piace molto questo libro'", "it"),
            lang("what language is 'Ik heb honger'", "nl"),
            lang("what language is 'Dobrý den, jak se máte?'", "cs"),
        ],
        [],
        "",
    ),
    (
        "What weekday did 11 November 2026 fall on, and how many days are there between that date and 11 November 2027? And how many weeks is that?",
        [
            wd("weekday of 11 November 2026", "2026-11-11"),
            btw("days between 11 November 2026 and 11 November 2027", "2026-11-11", "2027-11-11"),
            u("convert {t2} days to weeks", "{t2}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        'entities please: "Toyota recalled 50,000 cars in Japan in March 2024." and the sentiment of the same sentence, and the language too',
        [
            ent(
                'entities in "Toyota recalled 50,000 cars in Japan in March 2024."',
                [("Toyota", "ORGANIZATION"), ("Japan", "LOCATION"), ("March 2024", "DATE")],
            ),
            sen('sentiment of "Toyota recalled 50,000 cars in Japan in March 2024."', "neutral"),
            lang('what language is "Toyota recalled 50,000 cars in Japan in March 2024."', "en"),
        ],
        [],
        "",
    ),
    (
        "Convert 25 psi to bar. Also what's 19 squared? And 19 squared minus 61?",
        [
            u("convert 25 psi to bar", 25, "psi", "bar"),
            m("19 squared", "19**2"),
            m("{t2} minus 61", "{t2}-61"),
        ],
        [],
        "",
    ),
    (
        "what's the weekday of 2027-06-21 and 1.8 m in feet and 1.8 m in inches and the sentiment of 'longest day of the year, love it'",
        [
            wd("weekday of 2027-06-21", "2027-06-21"),
            u("convert 1.8 m to feet", 1.8, "m", "foot"),
            u("convert 1.8 m to inches", 1.8, "m", "inch"),
            sen("sentiment of 'longest day of the year, love it'", "positive"),
        ],
        [],
        "",
    ),
    (
        "sentiment: 'Nie polecam, obsługa była niemiła.'; language: 'Nie polecam, obsługa była niemiła.'; entities: 'Lech Wałęsa mieszkał w Gdańsku.'",
        [
            sen("sentiment of 'Nie polecam, obsługa była niemiła.'", "negative"),
            lang("what language is 'Nie polecam, obsługa była niemiła.'", "pl"),
            ent(
                "entities in 'Lech Wałęsa mieszkał w Gdańsku.'",
                [("Lech Wałęsa", "PERSON"), ("Gdańsku", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "HOW MANY TABLESPOONS IN 200 ML AND HOW MANY TEASPOONS IN 200 ML AND WHAT IS 200 DIVIDED BY 15",
        [
            u("convert 200 ml to tablespoons", 200, "ml", "tablespoon"),
            u("convert 200 ml to teaspoons", 200, "ml", "teaspoon"),
            m("200 divided by 15", "200/15"),
        ],
        [],
        "",
    ),
    (
        "what's 3 hours 45 minutes in minutes and what date is 2 years after 2026-02-28 and what weekday is that date",
        [
            u("convert 3 hours 45 minutes to minutes", 225, "minute", "minute"),
            add("2 years after 2026-02-28", "2026-02-28", years=2),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        'can you tell me what language "Η θάλασσα είναι ήρεμη σήμερα" is, and what "O mar está calmo hoje" is?',
        [
            lang('what language is "Η θάλασσα είναι ήρεμη σήμερα"', "el"),
            lang('what language is "O mar está calmo hoje"', "pt"),
        ],
        [],
        "",
    ),
    (
        "percentage question: what is 42 as a percentage of 56? and 7 factorial, and 7 factorial divided by 42",
        [
            m("42 as a percentage of 56", "42/56*100"),
            m("7 factorial", "factorial(7)"),
            m("{t2} divided by 42", "{t2}/42"),
        ],
        [],
        "multi-question",
    ),
    (
        "how warm is 22 °C in fahrenheit. and 300 kelvin in celsius. and whats the sentimnet of 'too cold for me, brrr'",
        [
            u("convert 22 °C to fahrenheit", 22, "degC", "degF"),
            u("convert 300 kelvin to celsius", 300, "kelvin", "degC"),
            sen("sentiment of 'too cold for me, brrr'", "negative"),
        ],
        [],
        "typo",
    ),
    # ------------------------------------------------------------ chains
    (
        "convert 26.2 miles to km, then divdie the result by 42",
        [u("convert 26.2 miles to km", 26.2, "mile", "km"), m("{t1} divided by 42", "{t1}/42")],
        [],
        "typo",
    ),
    (
        "what date is 90 days after 2027-03-15 and what weekday is that and how many weeks is 90 days and days between 2027-03-15 and 2027-12-25",
        [
            add("90 days after 2027-03-15", "2027-03-15", days=90),
            wd("weekday of {t1}", "{t1}"),
            u("number of weeks in 90 days", 90, "day", "week"),
            btw("days between 2027-03-15 and 2027-12-25", "2027-03-15", "2027-12-25"),
        ],
        [],
        "",
    ),
    (
        "days between 2026-09-01 and 2027-01-15, after that convert it to weeks",
        [
            btw("days between 2026-09-01 and 2027-01-15", "2026-09-01", "2027-01-15"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "",
    ),
    (
        "Take 48 x 12, and with that, add 15 percent, and with that, divide by 12. separately: weekday of 2027-05-05",
        [
            m("48 x 12", "48*12"),
            m("add 15 percent to {t1}", "{t1}*Rational(115,100)"),
            m("{t2} divided by 12", "{t2}/12"),
            wd("weekday of 2027-05-05", "2027-05-05"),
        ],
        [],
        "",
    ),
    (
        "How many kg is 11 stone? Once you have that, multiply by 2.2",
        [
            u("convert 11 stone to kg", 11, "stone", "kg"),
            m("{t1} times 2.2", "{t1}*Rational(22,10)"),
        ],
        [],
        "multi-question",
    ),
    (
        "what's the weekday 3 months after 31 May 2027",
        [add("3 months after 31 May 2027", "2027-05-31", months=3), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "add 6 weeks to 2027-10-04. next, how many days is it from that date to 2027-12-31? and what weekday is that first date",
        [
            add("6 weeks after 2027-10-04", "2027-10-04", weeks=6),
            btw("days between {t1} and 2027-12-31", "{t1}", "2027-12-31"),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "I'm running 10 km. convert that to miles, then work out how many minutes per mile if I finish in 52 minutes",
        [u("convert 10 km to miles", 10, "km", "mile"), m("52 divided by {t1}", "52/{t1}")],
        [],
        "",
    ),
    (
        "waht is 2.5 kg in lb and then double it and then convert that bak to kg",
        [
            u("convert 2.5 kg to lb", 2.5, "kg", "lb"),
            m("double {t1}", "2*{t1}"),
            u("convert {t2} lb to kg", "{t2}", "lb", "kg"),
        ],
        [],
        "typo",
    ),
    (
        "how many days between 2027-01-01 and 2027-08-09, using that number, how many hours is that, and how many minutes is that",
        [
            btw("days between 2027-01-01 and 2027-08-09", "2027-01-01", "2027-08-09"),
            u("convert {t1} days to hours", "{t1}", "day", "hour"),
            u("convert {t2} hours to minutes", "{t2}", "hour", "minute"),
        ],
        [],
        "",
    ),
    (
        "Start with 1,250. Subtract 20%, then take a third of what's left.",
        [m("1,250 minus 20%", "1250*(1-Rational(20,100))"), m("a third of {t1}", "{t1}/3")],
        [],
        "",
    ),
    (
        "2027-04-30 plus 10 months, what day of the week is it? and how many days from 2027-04-30 to then",
        [
            add("2027-04-30 plus 10 months", "2027-04-30", months=10),
            wd("weekday of {t1}", "{t1}"),
            btw("days between 2027-04-30 and {t1}", "2027-04-30", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "Convert 5 gallons to litres, then convert the result to cups. then halve that",
        [
            u("convert 5 gallons to litres", 5, "gallon", "liter"),
            u("convert {t1} litres to cups", "{t1}", "liter", "cup"),
            m("half of {t2}", "{t2}/2"),
        ],
        [],
        "",
    ),
    (
        "which weekday is 200 days before 1 December 2027",
        [
            add("200 days before 1 December 2027", "2027-12-01", days=-200),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "mulitply 37 by 24 and convert that many minutes into hours. and what's the sentiment of 'overtime again, just fantastic...'",
        [
            m("37 times 24", "37*24"),
            u("convert {t1} minutes to hours", "{t1}", "minute", "hour"),
            sen("sentiment of 'overtime again, just fantastic...'", "negative"),
        ],
        [],
        "typo",
    ),
    (
        "what is 14 days after 2027-02-20?\nwhat is 14 days after that?\nweekday of the last one?",
        [
            add("14 days after 2027-02-20", "2027-02-20", days=14),
            add("14 days after {t1}", "{t1}", days=14),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "My flight is 5,570 miles. How many km is that, and then how many hours at 900 km/h?",
        [u("convert 5,570 miles to km", 5570, "mile", "km"), m("{t1} divided by 900", "{t1}/900")],
        [],
        "multi-question",
    ),
    (
        "sum of 348 and 977, then square root of that result. also 348 as a percentage of 977",
        [
            m("348 plus 977", "348+977"),
            m("square root of {t1}", "sqrt({t1})"),
            m("348 as a percentage of 977", "348/977*100"),
        ],
        [],
        "",
    ),
    (
        "How many weeks in 182 days? multiply that by 5. ALSO the date 182 days after 2027-01-01 and its weekday",
        [
            u("number of weeks in 182 days", 182, "day", "week"),
            m("{t1} times 5", "{t1}*5"),
            add("182 days after 2027-01-01", "2027-01-01", days=182),
            wd("weekday of {t3}", "{t3}"),
        ],
        [],
        "multi-question",
    ),
    (
        "Take the date 2027-07-19, go forward 120 days, then 5 weeks back from there. What weekday do I land on?",
        [
            add("120 days after 2027-07-19", "2027-07-19", days=120),
            add("5 weeks before {t1}", "{t1}", weeks=-5),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "conver 1.5 TB to GB (SI) and devide it by 4",
        [u("convert 1.5 TB to GB", 1.5, "TB", "GB"), m("{t1} divided by 4", "{t1}/4")],
        [],
        "typo",
    ),
    (
        "3 dozen eggs is 36 eggs, each about 60 g -> total grams? then in pounds. and cost at 0.25 each?",
        [
            m("36 times 60", "36*60"),
            u("convert {t1} g to pounds", "{t1}", "g", "lb"),
            m("36 times 0.25", "36*Rational(25,100)"),
        ],
        [],
        "",
    ),
    (
        "what's 68 °F in celsius, then add 5 to it",
        [u("convert 68 °F to celsius", 68, "degF", "degC"), m("{t1} plus 5", "{t1}+5")],
        [],
        "",
    ),
    (
        "days from 2026-11-30 to 2027-03-01 -> minus 7 -> divided by 2",
        [
            btw("days between 2026-11-30 and 2027-03-01", "2026-11-30", "2027-03-01"),
            m("{t1} minus 7", "{t1}-7"),
            m("{t2} divided by 2", "{t2}/2"),
        ],
        [],
        "",
    ),
    (
        "I was born on 1990-06-14. What weekday was that, and what date was I 10,000 days old? How many days from 1990-06-14 to 2027-06-14? And what's 10,000 days in weeks?",
        [
            wd("weekday of 1990-06-14", "1990-06-14"),
            add("10,000 days after 1990-06-14", "1990-06-14", days=10000),
            btw("days between 1990-06-14 and 2027-06-14", "1990-06-14", "2027-06-14"),
            u("convert 10,000 days to weeks", 10000, "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "the date 10,000 days after 1988-03-02, and the weekday of that date",
        [
            add("10,000 days after 1988-03-02", "1988-03-02", days=10000),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "convert 40 km/h to mph. using that, times 1.5. next: 40 km/h in m/s",
        [
            u("convert 40 km/h to mph", 40, "km/h", "mph"),
            m("{t1} times 1.5", "{t1}*Rational(3,2)"),
            u("convert 40 km/h to m/s", 40, "km/h", "m/s"),
        ],
        [],
        "",
    ),
    (
        "first 15% of 480, then take that away from 480, then convert the answer from grams to ounces",
        [
            m("15% of 480", "15/100*480"),
            m("480 minus {t1}", "480-{t1}"),
            u("convert {t2} grams to ounces", "{t2}", "g", "oz"),
        ],
        [],
        "",
    ),
    (
        "What date is twelve weeks after 8 January 2027, and what weekday?",
        [
            add("twelve weeks after 8 January 2027", "2027-01-08", weeks=12),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "number-words",
    ),
    (
        "how many days are there between 2027-05-05 and 2027-09-09? convert that to weeks and then the weeks to hours",
        [
            btw("days between 2027-05-05 and 2027-09-09", "2027-05-05", "2027-09-09"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            u("convert {t2} weeks to hours", "{t2}", "week", "hour"),
        ],
        [],
        "multi-question",
    ),
    (
        "half of 8,800 then add 10 percent, and 8,800 minus 10 percent",
        [
            m("half of 8,800", "8800/2"),
            m("add 10 percent to {t1}", "{t1}*Rational(110,100)"),
            m("8,800 minus 10%", "8800*(1-Rational(10,100))"),
        ],
        [],
        "",
    ),
    (
        "the weekdya of 1 year after 29 February 2028",
        [
            add("1 year after 29 February 2028", "2028-02-29", years=1),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested typo",
    ),
    (
        "2.4 metres to inches; that divided by 12; weekday of 2027-02-02; sentiment of 'what a gorgeous morning'",
        [
            u("convert 2.4 metres to inches", 2.4, "m", "inch"),
            m("{t1} divided by 12", "{t1}/12"),
            wd("weekday of 2027-02-02", "2027-02-02"),
            sen("sentiment of 'what a gorgeous morning'", "positive"),
        ],
        [],
        "",
    ),
    (
        "What is 17 × 23? Then what date is that many days after 2027-01-10? And which weekday is it?",
        [
            m("17 × 23", "17*23"),
            add("{t1} days after 2027-01-10", "2027-01-10", days="{t1}"),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "how many days between 2027-03-28 and 2027-10-31, plus 1 so both ends count",
        [
            btw("days between 2027-03-28 and 2027-10-31", "2027-03-28", "2027-10-31"),
            m("{t1} plus 1", "{t1}+1"),
        ],
        [],
        "",
    ),
    (
        "Convert 3 cups to ml. Multiply by 4. Convert back to litres.",
        [
            u("convert 3 cups to ml", 3, "cup", "ml"),
            m("{t1} times 4", "{t1}*4"),
            u("convert {t2} ml to litres", "{t2}", "ml", "liter"),
        ],
        [],
        "",
    ),
    (
        "the weekday of the date 21 days before 2027-12-24?",
        [add("21 days before 2027-12-24", "2027-12-24", days=-21), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "500 GiB in MiB and then that in KiB, and also 500 GB in GiB",
        [
            u("convert 500 GiB to MiB", 500, "GiB", "MiB"),
            u("convert {t1} MiB to KiB", "{t1}", "MiB", "KiB"),
            u("convert 500 GB to GiB", 500, "GB", "GiB"),
        ],
        [],
        "",
    ),
    (
        "Whats 8 hours in seconds? now divide that by 45. and 8 hours in days",
        [
            u("convert 8 hours to seconds", 8, "hour", "second"),
            m("{t1} divided by 45", "{t1}/45"),
            u("convert 8 hours to days", 8, "hour", "day"),
        ],
        [],
        "multi-question",
    ),
    (
        "i'm 5 ft 9 in, in cm please and then in metres. my friend is 180 cm, what's the difference in cm",
        [
            u("convert 5 ft 9 in to cm", 69, "inch", "cm"),
            u("convert {t1} cm to metres", "{t1}", "cm", "m"),
            m("180 minus {t1}", "180-{t1}"),
        ],
        [],
        "filler",
    ),
    (
        "count the days between 2026-07-04 and 2027-07-04, then divide that by 7, and round nothing, just give me the number",
        [
            btw("days between 2026-07-04 and 2027-07-04", "2026-07-04", "2027-07-04"),
            m("{t1} divided by 7", "{t1}/7"),
        ],
        [],
        "",
    ),
    # ------------------------------------------------------------ mixed supported + unsupported
    (
        "convert 20 km to miles and write a short poem about running",
        [u("convert 20 km to miles", 20, "km", "mile")],
        ["write a short poem about running"],
        "",
    ),
    (
        "What's the weather in Oslo tomorrow and what weekday is 2027-01-19?",
        [wd("weekday of 2027-01-19", "2027-01-19")],
        ["What's the weather in Oslo tomorrow"],
        "",
    ),
    (
        "how much is 80 dollars in pounds, and 80 kg in pounds",
        [u("convert 80 kg to pounds", 80, "kg", "lb")],
        ["how much is 80 dollars in pounds"],
        "currency",
    ),
    (
        "Translate 'Guten Morgen, wie geht es dir?' to English and tell me what language it is",
        [lang("what language is 'Guten Morgen, wie geht es dir?'", "de")],
        ["Translate 'Guten Morgen, wie geht es dir?' to English"],
        "",
    ),
    (
        "1) book a taxi to the airport for 5am 2) what's 14% of 350 3) remind me to pack chargers",
        [m("14% of 350", "14/100*350")],
        ["book a taxi to the airport for 5am", "remind me to pack chargers"],
        "",
    ),
    (
        "what date is 30 days after 2027-04-12? put it in my google calendar",
        [add("30 days after 2027-04-12", "2027-04-12", days=30)],
        ["put it in my google calendar"],
        "",
    ),
    (
        "How do I fix a 'module not found' error in Node? also 4096 divided by 64",
        [m("4096 divided by 64", "4096/64")],
        ["How do I fix a 'module not found' error in Node"],
        "",
    ),
    ("convert 300 euros to dollars pls", [], ["convert 300 euros to dollars"], "currency filler"),
    (
        "sentiment of 'the hotel was filthy and the staff were rude' and write a complaint letter to the hotel about it",
        [sen("sentiment of 'the hotel was filthy and the staff were rude'", "negative")],
        ["write a complaint letter to the hotel about it"],
        "",
    ),
    (
        "what's the ferry cancellation policy for bad weather, and what's the forecast for Saturday's crossing",
        [
            doc(
                "what happens if a sailing is cancelled because of weather",
                "ferry_notice",
                "tickets are automatically valid on the next available crossing",
            )
        ],
        ["what's the forecast for Saturday's crossing"],
        "",
    ),
    (
        "Summarise the vet leaflet and tell me how much the dog plan costs per month",
        [
            doc(
                "how much does the Healthy Paws plan cost for dogs",
                "vet_clinic",
                "19 pounds a month for dogs",
            )
        ],
        ["Summarise the vet leaflet"],
        "",
    ),
    (
        "what's 12 GBP in USD and how many days between 2027-02-01 and 2027-02-28",
        [btw("days between 2027-02-01 and 2027-02-28", "2027-02-01", "2027-02-28")],
        ["what's 12 GBP in USD"],
        "currency",
    ),
    (
        "entities in 'Lionel Messi joined Inter Miami in July 2023' and who is the best footballer ever in your opinion",
        [
            ent(
                "entities in 'Lionel Messi joined Inter Miami in July 2023'",
                [
                    ("Lionel Messi", "PERSON"),
                    ("Inter Miami", "ORGANIZATION"),
                    ("July 2023", "DATE"),
                ],
            )
        ],
        ["who is the best footballer ever in your opinion"],
        "",
    ),
    (
        "SET AN ALARM FOR 6:30 AND TELL ME WHAT DAY OF THE WEEK 2027-08-02 IS",
        [wd("weekday of 2027-08-02", "2027-08-02")],
        ["SET AN ALARM FOR 6:30"],
        "",
    ),
    (
        "Write a haiku about autumn. What language is 'Autunno, foglie cadono'? What's 33 times 3?",
        [lang("what language is 'Autunno, foglie cadono'", "it"), m("33 times 3", "33*3")],
        ["Write a haiku about autumn"],
        "multi-question",
    ),
    (
        "could u check flights from Dublin to Rome on 14 May 2027 and tell me the weekday of that date",
        [wd("weekday of 14 May 2027", "2027-05-14")],
        ["check flights from Dublin to Rome on 14 May 2027"],
        "",
    ),
    (
        "when is the apiary open day this year? and sign me up for it",
        [doc("when is the apiary open day", "apiary_rules", "in 2027 falls on 20 June")],
        ["sign me up for it"],
        "",
    ),
    (
        "what language is 'Сайн байна уу'... actually forget that, just do 81 divided by 9. oh and what's the capital of Mongolia",
        [m("81 divided by 9", "81/9")],
        ["what's the capital of Mongolia"],
        "self-correction",
    ),
    (
        'what\'s the sentiment of "Worst update ever, the app crashes constantly" and can you write a reply from the developer',
        [sen('sentiment of "Worst update ever, the app crashes constantly"', "negative")],
        ["can you write a reply from the developer"],
        "",
    ),
    (
        "Battery warranty: what's the operating temperature range? Also what's the temperature in Eindhoven right now?",
        [
            doc(
                "what is the battery's operating temperature range",
                "battery_warranty",
                "between minus 10 and 45 degrees Celsius",
            )
        ],
        ["what's the temperature in Eindhoven right now"],
        "multi-question",
    ),
    (
        "Rewrite this more formally: 'gonna be late lol' and also tell me its sentiment",
        [sen("sentiment of 'gonna be late lol'", "neutral")],
        ["Rewrite this more formally: 'gonna be late lol'"],
        "",
    ),
    # ------------------------------------------------------------ docs chains
    (
        "who do I talk to on the ferry about wheelchair access? then pull the names and dates out of that answer",
        [
            doc(
                "who to contact about accessibility on the ferry",
                "ferry_notice",
                "passenger care manager, Morag Lindqvist",
            ),
            ent("entities in {t1}", [("Morag Lindqvist", "PERSON"), ("March 2019", "DATE")]),
        ],
        [],
        "multi-question",
    ),
    (
        "What does the ferry notice say about the new boat, and is the tone of that positive?",
        [
            doc(
                "what does the ferry notice say about the new vessel",
                "ferry_notice",
                "the MV Corran Star",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "",
    ),
    (
        "who is the head vet at Hollybank - and extract entities from the answer",
        [
            doc("who is the head vet at Hollybank", "vet_clinic", "Our head vet, Tomasz Brennan"),
            ent(
                "entities in {t1}",
                [
                    ("Tomasz Brennan", "PERSON"),
                    ("2015", "DATE"),
                    ("Royal Veterinary College", "ORGANIZATION"),
                ],
            ),
        ],
        [],
        "",
    ),
    (
        "where do emergencies go out of hours at the vet? find the organisations in that",
        [
            doc(
                "where are out-of-hours emergencies handled",
                "vet_clinic",
                "Northgate Animal Hospital",
            ),
            ent("entities in {t1}", [("Northgate Animal Hospital", "ORGANIZATION")]),
        ],
        [],
        "multi-question",
    ),
    (
        "Where did the observatory's big telescope come from? Give me the entities in that sentence too.",
        [
            doc(
                "where did the main telescope come from",
                "observatory_guide",
                "donated by the Hartley Trust in 1998",
            ),
            ent("entities in {t1}", [("Hartley Trust", "ORGANIZATION"), ("1998", "DATE")]),
        ],
        [],
        "multi-question",
    ),
    (
        "how did the comet night go according to the observatory guide, and what's the sentiment of that line",
        [
            doc(
                "how did last season's comet night go",
                "observatory_guide",
                "wonderful response to last season's comet night",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "",
    ),
    (
        "did the beekeepers lose any hives last winter? sentiment of the answer pls",
        [
            doc(
                "did the association lose any colonies last winter",
                "apiary_rules",
                "two colonies were lost last winter",
            ),
            sen("sentiment of {t1}", "negative"),
        ],
        [],
        "filler multi-question",
    ),
    (
        "What insurance comes with apiary membership? After that, list the organisations mentioned in it.",
        [
            doc(
                "what insurance comes with membership",
                "apiary_rules",
                "third-party insurance through the British Beekeepers Association",
            ),
            ent("entities in {t1}", [("British Beekeepers Association", "ORGANIZATION")]),
        ],
        [],
        "multi-question",
    ),
    (
        "where do I send a warranty claim if my installer went bust; entities in that answer",
        [
            doc(
                "where to claim if the installer has stopped trading",
                "battery_warranty",
                "VoltNest support centre in Eindhoven",
            ),
            ent("entities in {t1}", [("VoltNest", "ORGANIZATION"), ("Eindhoven", "LOCATION")]),
        ],
        [],
        "",
    ),
    (
        "When was the warranty summary last updated? Then tell me what language that sentence is in, and the dates in it",
        [
            doc(
                "when was the warranty summary last updated",
                "battery_warranty",
                "last updated on 1 February 2027",
            ),
            lang("what language is {t1}", "en"),
            ent("entities in {t1}", [("1 February 2027", "DATE")]),
        ],
        [],
        "multi-question",
    ),
    (
        "what do customers think of the claims process (per the warranty doc) + sentiment of it",
        [
            doc(
                "what do customers think of the claims process",
                "battery_warranty",
                "appreciate the simple claims process",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "",
    ),
    (
        "who runs the ferry cafe?? and any organisations in that answer",
        [
            doc("who runs the onboard cafe", "ferry_notice", "run by Gullhaven Catering"),
            ent("entities in {t1}", [("Gullhaven Catering", "ORGANIZATION")]),
        ],
        [],
        "",
    ),
    (
        "when is the meteor watch at the observatory, what language is the answer, and how many days is it from 2027-06-01 to 12 August 2027",
        [
            doc(
                "when is the annual meteor watch",
                "observatory_guide",
                "annual meteor watch on 12 August 2027",
            ),
            lang("what language is {t1}", "en"),
            btw("days between 2027-06-01 and 12 August 2027", "2027-06-01", "2027-08-12"),
        ],
        [],
        "",
    ),
    # ------------------------------------------------------------ docs with other specialists
    (
        "my battery got installed on 2027-03-10. what's 60 days after that, and what happens if I miss the registration deadline?",
        [
            add("60 days after 2027-03-10", "2027-03-10", days=60),
            doc(
                "what happens if the battery is not registered in time",
                "battery_warranty",
                "reduced warranty of five years",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "Observatory:\n- how much for an adult ticket\n- do they refund if it's cloudy\nAnd what's 2 adults at 9 pounds plus 3 kids at 5 pounds?",
        [
            doc(
                "how much is an adult ticket at the observatory",
                "observatory_guide",
                "Tickets cost 9 pounds for adults",
            ),
            doc(
                "are there refunds if it is cloudy",
                "observatory_guide",
                "no refunds are given for poor weather",
            ),
            m("2 times 9 plus 3 times 5", "2*9+3*5"),
        ],
        [],
        "",
    ),
    (
        "Does the Healthy Paws plan cover neutering? and what is 10% off 280",
        [
            doc(
                "does the Healthy Paws plan cover neutering",
                "vet_clinic",
                "10 percent discount on neutering",
            ),
            m("280 minus 10%", "280*(1-Rational(10,100))"),
        ],
        [],
        "multi-question",
    ),
    (
        "how often are vaccinations given for a new puppy, what date is 3 weeks after 2027-05-18, and what weekday",
        [
            doc(
                "how are primary vaccinations given",
                "vet_clinic",
                "two injections three weeks apart",
            ),
            add("3 weeks after 2027-05-18", "2027-05-18", weeks=3),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "When is varroa treatment done? And what date is two weeks after 2027-08-16?",
        [
            doc(
                "when is varroa treatment carried out",
                "apiary_rules",
                "Varroa treatment is carried out in August and again in December",
            ),
            add("two weeks after 2027-08-16", "2027-08-16", weeks=2),
        ],
        [],
        "multi-question number-words",
    ),
    (
        "can I smoke... I mean light my smoker anywhere at the apiary?",
        [
            doc(
                "where can smokers be lit at the apiary",
                "apiary_rules",
                "only be lit inside the metal bin next to the shed",
            )
        ],
        [],
        "self-correction",
    ),
    # ------------------------------------------------------------ three and four part mixes
    (
        "convert 15 cm to inches, what's 2027-10-10 plus 3 months, and the sentiment of 'this update is a disaster'",
        [
            u("convert 15 cm to inches", 15, "cm", "inch"),
            add("2027-10-10 plus 3 months", "2027-10-10", months=3),
            sen("sentiment of 'this update is a disaster'", "negative"),
        ],
        [],
        "",
    ),
    (
        "four things:\n1. 144 / 16\n2. language of 'Saya suka makan nasi goreng'\n3. weekday of 2027-09-13\n4. the first answer squared",
        [
            m("144 / 16", "144/16"),
            lang("what language is 'Saya suka makan nasi goreng'", "id"),
            wd("weekday of 2027-09-13", "2027-09-13"),
            m("{t1} squared", "{t1}**2"),
        ],
        [],
        "",
    ),
    (
        "What's 3.5 hours in minutes, what's 210 times 4, and what's the weather going to do this weekend?",
        [u("convert 3.5 hours to minutes", 3.5, "hour", "minute"), m("210 times 4", "210*4")],
        ["what's the weather going to do this weekend"],
        "",
    ),
    (
        "entities in 'Rafael Nadal won at Roland Garros on 5 June 2022', language of 'Buenas noches a todos', and convert 42.195 km to miles",
        [
            ent(
                "entities in 'Rafael Nadal won at Roland Garros on 5 June 2022'",
                [
                    ("Rafael Nadal", "PERSON"),
                    ("Roland Garros", "LOCATION"),
                    ("5 June 2022", "DATE"),
                ],
            ),
            lang("what language is 'Buenas noches a todos'", "es"),
            u("convert 42.195 km to miles", 42.195, "km", "mile"),
        ],
        [],
        "",
    ),
    (
        "ok so. 7.5% of 18,400? then add that to 18,400. also weekday of 2026-12-31",
        [
            m("7.5% of 18,400", "Rational(75,1000)*18400"),
            m("{t1} plus 18,400", "{t1}+18400"),
            wd("weekday of 2026-12-31", "2026-12-31"),
        ],
        [],
        "",
    ),
    (
        "HOW MANY DAYS BETWEEN 2027-01-20 AND 2027-07-04 AND WHAT DAY OF THE WEEK IS 2027-07-04 AND HOW MANY WEEKS IS THE GAP",
        [
            btw("days between 2027-01-20 and 2027-07-04", "2027-01-20", "2027-07-04"),
            wd("weekday of 2027-07-04", "2027-07-04"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "",
    ),
    (
        "Sentiment of 'Absolutely loved the new menu!' and 'The portions were tiny and overpriced' – and what language is 'Das Essen war ausgezeichnet'? And its sentiment?",
        [
            sen("sentiment of 'Absolutely loved the new menu!'", "positive"),
            sen("sentiment of 'The portions were tiny and overpriced'", "negative"),
            lang("what language is 'Das Essen war ausgezeichnet'", "de"),
            sen("sentiment of 'Das Essen war ausgezeichnet'", "positive"),
        ],
        [],
        "",
    ),
    (
        "convert 2 miles to km and then to metres, and also what's 1 hectare in acres, and 1 hectare in square feet",
        [
            u("convert 2 miles to km", 2, "mile", "km"),
            u("convert {t1} km to metres", "{t1}", "km", "m"),
            u("convert 1 hectare to acres", 1, "hectare", "acre"),
            u("convert 1 hectare to square feet", 1, "hectare", "ft**2"),
        ],
        [],
        "",
    ),
    (
        "weekday of 2027-02-14? 6 weeks after it? and weekday of that?",
        [
            wd("weekday of 2027-02-14", "2027-02-14"),
            add("6 weeks after 2027-02-14", "2027-02-14", weeks=6),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "i have 3 questions lol: whats 13% of 900, what language is 'Xin chào các bạn', and can you order me a pizza",
        [m("13% of 900", "13/100*900"), lang("what language is 'Xin chào các bạn'", "vi")],
        ["order me a pizza"],
        "filler",
    ),
    (
        "🙏 pls convert 100 m² to square feet, and 2,000 square feet to m², and the ratio 2,000/100 🙏",
        [
            u("convert 100 m² to square feet", 100, "m**2", "ft**2"),
            u("convert 2,000 square feet to m²", 2000, "ft**2", "m**2"),
            m("2,000/100", "2000/100"),
        ],
        [],
        "filler",
    ),
    (
        'entities in "Microsoft bought GitHub for $7.5 billion in June 2018", then what\'s 7.5 times 1000, and the sentiment of that headline',
        [
            ent(
                'entities in "Microsoft bought GitHub for $7.5 billion in June 2018"',
                [("Microsoft", "ORGANIZATION"), ("GitHub", "ORGANIZATION"), ("June 2018", "DATE")],
            ),
            m("7.5 times 1000", "Rational(75,10)*1000"),
            sen('sentiment of "Microsoft bought GitHub for $7.5 billion in June 2018"', "neutral"),
        ],
        [],
        "",
    ),
    (
        "How many days between 2027-04-05 and 2027-06-30, what is that number times 8, and can you put a reminder on 2027-06-30",
        [
            btw("days between 2027-04-05 and 2027-06-30", "2027-04-05", "2027-06-30"),
            m("{t1} times 8", "{t1}*8"),
        ],
        ["put a reminder on 2027-06-30"],
        "",
    ),
    (
        "what's 1 mile in feet; 1 km in feet; the difference between them",
        [
            u("convert 1 mile to feet", 1, "mile", "foot"),
            u("convert 1 km to feet", 1, "km", "foot"),
            m("{t1} minus {t2}", "{t1}-{t2}"),
        ],
        [],
        "",
    ),
    (
        "Language of 'Szeretlek' and language of 'Te iubesc' and language of 'Seni seviyorum' and language of 'Kocham cię'",
        [
            lang("what language is 'Szeretlek'", "hu"),
            lang("what language is 'Te iubesc'", "ro"),
            lang("what language is 'Seni seviyorum'", "tr"),
            lang("what language is 'Kocham cię'", "pl"),
        ],
        [],
        "",
    ),
    (
        "what weekday is 2027-11-25, convert 20 lb to kg, what is 45 squared, and translate 'happy thanksgiving' into French",
        [
            wd("weekday of 2027-11-25", "2027-11-25"),
            u("convert 20 lb to kg", 20, "lb", "kg"),
            m("45 squared", "45**2"),
        ],
        ["translate 'happy thanksgiving' into French"],
        "",
    ),
    (
        "need help with a few conversions for a recipe: 2 cups flour to ml, 8 oz butter to grams, 180 C to F, 1 tsp vanilla in ml",
        [
            u("convert 2 cups to ml", 2, "cup", "ml"),
            u("convert 8 oz to grams", 8, "oz", "g"),
            u("convert 180 C to F", 180, "degC", "degF"),
            u("convert 1 tsp to ml", 1, "teaspoon", "ml"),
        ],
        [],
        "",
    ),
    (
        "who's in this: 'Yesterday Taylor Swift and Travis Kelce were spotted in Kansas City' - and is it positive",
        [
            ent(
                "entities in 'Yesterday Taylor Swift and Travis Kelce were spotted in Kansas City'",
                [
                    ("Taylor Swift", "PERSON"),
                    ("Travis Kelce", "PERSON"),
                    ("Kansas City", "LOCATION"),
                ],
            ),
            sen(
                "sentiment of 'Yesterday Taylor Swift and Travis Kelce were spotted in Kansas City'",
                "neutral",
            ),
        ],
        [],
        "",
    ),
    (
        "date 1 month after 2027-01-31, date 1 month after that, and days between 2027-01-31 and the second one",
        [
            add("1 month after 2027-01-31", "2027-01-31", months=1),
            add("1 month after {t1}", "{t1}", months=1),
            btw("days between 2027-01-31 and {t2}", "2027-01-31", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "what's 64 GB in GiB, and with that, how many 4 GiB files fit. and what language is 'Speicher voll'",
        [
            u("convert 64 GB to GiB", 64, "GB", "GiB"),
            m("{t1} divided by 4", "{t1}/4"),
            lang("what language is 'Speicher voll'", "de"),
        ],
        [],
        "",
    ),
    (
        "yo whats 2k steps... sorry 2,000 steps at 0.75 m each in km",
        [
            m("2,000 times 0.75", "2000*Rational(75,100)"),
            u("convert {t1} m to km", "{t1}", "m", "km"),
        ],
        [],
        "self-correction filler",
    ),
    (
        "compute (2/3) * 81, then 2027-03-01 plus that many days, then which weekday",
        [
            m("(2/3) * 81", "Rational(2,3)*81"),
            add("{t1} days after 2027-03-01", "2027-03-01", days="{t1}"),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "What language is 'مرحبا بكم في بيتنا'? What language is 'ברוכים הבאים'? What language is 'स्वागत है'?",
        [
            lang("what language is 'مرحبا بكم في بيتنا'", "ar"),
            lang("what language is 'ברוכים הבאים'", "he"),
            lang("what language is 'स्वागत है'", "hi"),
        ],
        [],
        "multi-question",
    ),
    (
        "convert 95 kg to stone, whats 95 times 0.8, weekday of 2027-05-01, and who is going to win the premier league",
        [
            u("convert 95 kg to stone", 95, "kg", "stone"),
            m("95 times 0.8", "95*Rational(8,10)"),
            wd("weekday of 2027-05-01", "2027-05-01"),
        ],
        ["who is going to win the premier league"],
        "",
    ),
    (
        "sentiment of 'I can't believe how good this is' then language of the same, then entities in 'Nokia is based in Espoo, Finland'",
        [
            sen("sentiment of 'I can't believe how good this is'", "positive"),
            lang("what language is 'I can't believe how good this is'", "en"),
            ent(
                "entities in 'Nokia is based in Espoo, Finland'",
                [("Nokia", "ORGANIZATION"), ("Espoo", "LOCATION"), ("Finland", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "how many days between 2028-01-01 and 2028-03-01 (leap year!) and the weekday of 2028-03-01, and 2028-02-29 plus 1 year, and the weekday of that",
        [
            btw("days between 2028-01-01 and 2028-03-01", "2028-01-01", "2028-03-01"),
            wd("weekday of 2028-03-01", "2028-03-01"),
            add("2028-02-29 plus 1 year", "2028-02-29", years=1),
            wd("weekday of {t3}", "{t3}"),
        ],
        [],
        "",
    ),
    (
        "convert 1 light year to km and divide by 1,000,000, and how many km is 1 astronomical unit",
        [
            u("convert 1 light year to km", 1, "light_year", "km"),
            m("{t1} divided by 1,000,000", "{t1}/1000000"),
            u("convert 1 astronomical unit to km", 1, "astronomical_unit", "km"),
        ],
        [],
        "",
    ),
    (
        "calculate 1,000 * 1.05^3 and subtract 1,000 from it, then what's that as a percentage of 1,000",
        [
            m("1,000 * 1.05^3", "1000*Rational(105,100)**3"),
            m("{t1} minus 1,000", "{t1}-1000"),
            m("{t2} as a percentage of 1,000", "{t2}/1000*100"),
        ],
        [],
        "",
    ),
    (
        "What's the sentiment here: 'Not the worst film I've seen, but close.' And what's the language of 'Ce n'est pas grave'? And entities in 'The festival in Cannes ended on 25 May 2024.'",
        [
            sen("sentiment of 'Not the worst film I've seen, but close.'", "negative"),
            lang("what language is 'Ce n'est pas grave'", "fr"),
            ent(
                "entities in 'The festival in Cannes ended on 25 May 2024.'",
                [("Cannes", "LOCATION"), ("25 May 2024", "DATE")],
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "convert 12 fl oz to ml, multiply by 6, and tell me what a six-pack costs in Norway",
        [u("convert 12 fl oz to ml", 12, "fluid_ounce", "ml"), m("{t1} times 6", "{t1}*6")],
        ["tell me what a six-pack costs in Norway"],
        "",
    ),
    (
        "entities: 'On 9 May 1950 Robert Schuman spoke in Paris.' entities: 'The BBC moved staff to Salford in 2011.' language: 'Salford est près de Manchester.'",
        [
            ent(
                "entities in 'On 9 May 1950 Robert Schuman spoke in Paris.'",
                [("9 May 1950", "DATE"), ("Robert Schuman", "PERSON"), ("Paris", "LOCATION")],
            ),
            ent(
                "entities in 'The BBC moved staff to Salford in 2011.'",
                [("BBC", "ORGANIZATION"), ("Salford", "LOCATION"), ("2011", "DATE")],
            ),
            lang("what language is 'Salford est près de Manchester.'", "fr"),
        ],
        [],
        "multi-question",
    ),
    (
        "what date is 18 months after 2026-08-31 and how many days away is that from 2026-08-31 and what weekday is that date",
        [
            add("18 months after 2026-08-31", "2026-08-31", months=18),
            btw("days between 2026-08-31 and {t1}", "2026-08-31", "{t1}"),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "Is the ferry dog friendly? Convert 14 kg (my dog) to lb. And what's the sentiment of 'my dog hates boats'?",
        [
            doc(
                "are dogs allowed on the ferry", "ferry_notice", "Dogs are welcome on the open deck"
            ),
            u("convert 14 kg to lb", 14, "kg", "lb"),
            sen("sentiment of 'my dog hates boats'", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "convert 75 mph to m/s, 75 mph to knots and tell me the speed limit on German autobahns",
        [
            u("convert 75 mph to m/s", 75, "mph", "m/s"),
            u("convert 75 mph to knots", 75, "mph", "knot"),
        ],
        ["tell me the speed limit on German autobahns"],
        "",
    ),
]

ITEMS += [
    # ------------------------------------------------------------ four-part and noisy extras
    (
        "1) sentimnet of 'Zero stars, the driver never showed up' 2) who's mentioned in 'Uber and Lyft drivers protested in San Francisco on 8 May 2019' 3) weekday of 8 May 2019 4) 3 hours in minutes",
        [
            sen("sentiment of 'Zero stars, the driver never showed up'", "negative"),
            ent(
                "entities in 'Uber and Lyft drivers protested in San Francisco on 8 May 2019'",
                [
                    ("Uber", "ORGANIZATION"),
                    ("Lyft", "ORGANIZATION"),
                    ("San Francisco", "LOCATION"),
                    ("8 May 2019", "DATE"),
                ],
            ),
            wd("weekday of 8 May 2019", "2019-05-08"),
            u("convert 3 hours to minutes", 3, "hour", "minute"),
        ],
        [],
        "typo",
    ),
    (
        "convert 10 miles to km, add 5% to it, then convert back to miles, and tell me if 'almost there, legs are dead' is positive",
        [
            u("convert 10 miles to km", 10, "mile", "km"),
            m("add 5% to {t1}", "{t1}*Rational(105,100)"),
            u("convert {t2} km to miles", "{t2}", "km", "mile"),
            sen("sentiment of 'almost there, legs are dead'", "negative"),
        ],
        [],
        "",
    ),
    (
        "teh date 9 weeks before 2027-12-01, its weekday, how many days from it to 2027-12-25, and that number of days in hours",
        [
            add("9 weeks before 2027-12-01", "2027-12-01", weeks=-9),
            wd("weekday of {t1}", "{t1}"),
            btw("days between {t1} and 2027-12-25", "{t1}", "2027-12-25"),
            u("convert {t3} days to hours", "{t3}", "day", "hour"),
        ],
        [],
        "typo",
    ),
    (
        "Langauges please: 'Dank je wel', 'Tusen takk for sist', 'Grazie mille', 'Muito obrigado'",
        [
            lang("what language is 'Dank je wel'", "nl"),
            lang("what language is 'Tusen takk for sist'", "no"),
            lang("what language is 'Grazie mille'", "it"),
            lang("what language is 'Muito obrigado'", "pt"),
        ],
        [],
        "typo",
    ),
    (
        "350 g to oz, 2 tablespoons to ml, 1 cup to tablespoons and 400 F to C - for grandma's cake recipe 🎂",
        [
            u("convert 350 g to oz", 350, "g", "oz"),
            u("convert 2 tablespoons to ml", 2, "tablespoon", "ml"),
            u("convert 1 cup to tablespoons", 1, "cup", "tablespoon"),
            u("convert 400 F to C", 400, "degF", "degC"),
        ],
        [],
        "",
    ),
    (
        "what's the sentiment of 'Great, another Monday.' and its language, then entities in 'Jim Davis drew the first strip in Muncie in June 1978', and make me a Monday meme",
        [
            sen("sentiment of 'Great, another Monday.'", "negative"),
            lang("what language is 'Great, another Monday.'", "en"),
            ent(
                "entities in 'Jim Davis drew the first strip in Muncie in June 1978'",
                [("Jim Davis", "PERSON"), ("Muncie", "LOCATION"), ("June 1978", "DATE")],
            ),
        ],
        ["make me a Monday meme"],
        "",
    ),
    (
        "ferry q's: how early do drivers need to check in? do under-fives go free? also convert 5 metres to feet and what weekday is 1 May 2027",
        [
            doc(
                "how early must drivers check in for the ferry",
                "ferry_notice",
                "no later than 45 minutes before sailing",
            ),
            doc(
                "do children under five travel free on the ferry",
                "ferry_notice",
                "children under five travel free",
            ),
            u("convert 5 metres to feet", 5, "m", "foot"),
            wd("weekday of 1 May 2027", "2027-05-01"),
        ],
        [],
        "multi-question",
    ),
    (
        "Hollybank: can I still pay by cheque? whats the monthly price of the cat plan? 16 x 12? and is 'the vets were lovely with my nervous cat' positive",
        [
            doc("can I pay by cheque at Hollybank", "vet_clinic", "no longer accept cheques"),
            doc(
                "how much is the Healthy Paws plan for cats",
                "vet_clinic",
                "16 pounds a month for cats",
            ),
            m("16 x 12", "16*12"),
            sen("sentiment of 'the vets were lovely with my nervous cat'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "bee club - do i need my own suit, what days is the apiary open, who do i tell about a sting allergy, and what's the date six weeks after 2027-04-04",
        [
            doc(
                "do I need my own protective suit",
                "apiary_rules",
                "spare suits can be borrowed from the shed",
            ),
            doc(
                "when is the teaching apiary open",
                "apiary_rules",
                "open to members on Sunday mornings from April to September",
            ),
            doc(
                "who should be told about a bee sting allergy",
                "apiary_rules",
                "must tell the apiary manager before their first visit",
            ),
            add("six weeks after 2027-04-04", "2027-04-04", weeks=6),
        ],
        [],
        "number-words",
    ),
    (
        "VoltNest H10: how often does it have to be online, and what do they charge if a diagnostic visit finds nothing? plus convert 95 euros to pounds, and 10.2 kWh to kJ",
        [
            doc(
                "how often must the battery be connected to the internet",
                "battery_warranty",
                "at least one hour in every 30 days",
            ),
            doc(
                "what is the charge for a diagnostic visit that finds no fault",
                "battery_warranty",
                "charged at 95 euros",
            ),
            u("convert 10.2 kWh to kJ", 10.2, "kWh", "kJ"),
        ],
        ["convert 95 euros to pounds"],
        "currency multi-question",
    ),
    (
        "I need: days between 1 Sep 2027 and 23 Dec 2027, the number of weeks that is, the weekday of 23 December 2027, and the weekday of 1 September 2027",
        [
            btw("days between 1 Sep 2027 and 23 Dec 2027", "2027-09-01", "2027-12-23"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 23 December 2027", "2027-12-23"),
            wd("weekday of 1 September 2027", "2027-09-01"),
        ],
        [],
        "",
    ),
    (
        "observatory: what time is the last look through the telescope, can I bring a normal torch, how big is the telescope in inches (it's 40 cm), and what weekday is 12 August 2027",
        [
            doc(
                "when is the last viewing through the main telescope",
                "observatory_guide",
                "last viewing through the main telescope is at 10.30pm",
            ),
            doc(
                "can I use a normal torch at the observatory",
                "observatory_guide",
                "Use red torches only",
            ),
            u("convert 40 cm to inches", 40, "cm", "inch"),
            wd("weekday of 12 August 2027", "2027-08-12"),
        ],
        [],
        "",
    ),
    (
        "'Ευχαριστώ πολύ' lang? 'Большое спасибо, всё было отлично!' lang? and sentiment of that russian one?",
        [
            lang("what language is 'Ευχαριστώ πολύ'", "el"),
            lang("what language is 'Большое спасибо, всё было отлично!'", "ru"),
            sen("sentiment of 'Большое спасибо, всё было отлично!'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "CALCULATE 2,400 DIVIDED BY 16, THEN TIMES 3, THEN MINUS 45%, AND WHAT DAY IS 2027-03-17",
        [
            m("2,400 divided by 16", "2400/16"),
            m("{t1} times 3", "{t1}*3"),
            m("{t2} minus 45%", "{t2}*(1-Rational(45,100))"),
            wd("weekday of 2027-03-17", "2027-03-17"),
        ],
        [],
        "",
    ),
    (
        "how many mililitres in a quart? how many quarts in four litres? whats twenty five percent of eighty?",
        [
            u("convert a quart to millilitres", 1, "quart", "ml"),
            u("convert four litres to quarts", 4, "liter", "quart"),
            m("twenty five percent of eighty", "Rational(25,100)*80"),
        ],
        [],
        "typo multi-question number-words",
    ),
    (
        "entities in 'Ada Lovelace worked with Charles Babbage in London' and in 'Alan Turing joined Bletchley Park in September 1939', plus the weekday of 1 September 1939 and what's 1939 minus 1815",
        [
            ent(
                "entities in 'Ada Lovelace worked with Charles Babbage in London'",
                [("Ada Lovelace", "PERSON"), ("Charles Babbage", "PERSON"), ("London", "LOCATION")],
            ),
            ent(
                "entities in 'Alan Turing joined Bletchley Park in September 1939'",
                [
                    ("Alan Turing", "PERSON"),
                    ("Bletchley Park", "ORGANIZATION"),
                    ("September 1939", "DATE"),
                ],
            ),
            wd("weekday of 1 September 1939", "1939-09-01"),
            m("1939 minus 1815", "1939-1815"),
        ],
        [],
        "",
    ),
    (
        "so my parcel weighs 4.6 lb, no sorry 6.4 lb, what's that in kg, and what date is 5 working... ugh, just 5 days after 2027-06-28",
        [
            u("convert 6.4 lb to kg", 6.4, "lb", "kg"),
            add("5 days after 2027-06-28", "2027-06-28", days=5),
        ],
        [],
        "self-correction",
    ),
    (
        "how many days between my two exams (2027-05-12 and 2027-06-03)\nhow many hours is that\nhalf of that\n😩",
        [
            btw("days between 2027-05-12 and 2027-06-03", "2027-05-12", "2027-06-03"),
            u("convert {t1} days to hours", "{t1}", "day", "hour"),
            m("half of {t2}", "{t2}/2"),
        ],
        [],
        "",
    ),
    (
        "what language is '今日はとても暑いですね'",
        [lang("what language is '今日はとても暑いですね'", "ja")],
        [],
        "",
    ),
    (
        "'我明天去北京开会' - language? and pull out the places",
        [
            lang("what language is '我明天去北京开会'", "zh"),
            ent("entities in '我明天去北京开会'", [("北京", "LOCATION")]),
        ],
        [],
        "",
    ),
    (
        "Which language is '오늘 날씨가 정말 좋네요' and is it a positive thing to say? also 6 ft in cm",
        [
            lang("what language is '오늘 날씨가 정말 좋네요'", "ko"),
            sen("sentiment of '오늘 날씨가 정말 좋네요'", "positive"),
            u("convert 6 ft to cm", 6, "foot", "cm"),
        ],
        [],
        "",
    ),
    (
        "language of 'Дякую, все добре' (is it russian or ukrainian??)",
        [lang("what language is 'Дякую, все добре'", "uk")],
        [],
        "",
    ),
    (
        "sentiment of 'The meeting has been moved to room 4B.' and of 'The package arrives on Tuesday.'",
        [
            sen("sentiment of 'The meeting has been moved to room 4B.'", "neutral"),
            sen("sentiment of 'The package arrives on Tuesday.'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "weekday of 2027-04-01 next the sentiment of 'the office closes at 5pm on Fridays'",
        [
            wd("weekday of 2027-04-01", "2027-04-01"),
            sen("sentiment of 'the office closes at 5pm on Fridays'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "hiya!! 😊 what's 2027-09-05 minus 3 weeks, and what weekday is it",
        [add("2027-09-05 minus 3 weeks", "2027-09-05", weeks=-3), wd("weekday of {t1}", "{t1}")],
        [],
        "filler",
    ),
    (
        "convert 0.5 miles into yards then times by 4",
        [u("convert 0.5 miles to yards", 0.5, "mile", "yard"), m("{t1} times 4", "{t1}*4")],
        [],
        "",
    ),
    (
        "What’s the tone of 'Thanks a million, you saved my weekend' – and is it English?",
        [
            sen("sentiment of 'Thanks a million, you saved my weekend'", "positive"),
            lang("what language is 'Thanks a million, you saved my weekend'", "en"),
        ],
        [],
        "",
    ),
    (
        "how much is the honey extraction fee at the bee club and what's 5 times 6",
        [
            doc(
                "how much is the honey extraction fee",
                "apiary_rules",
                "fee of 5 pounds per session",
            ),
            m("5 times 6", "5*6"),
        ],
        [],
        "",
    ),
    (
        "what is 1,024 / 32 oh sorry 1,024 / 64 — and 2 to the power of 6",
        [m("1,024 / 64", "1024/64"), m("2 to the power of 6", "2**6")],
        [],
        "self-correction",
    ),
]
