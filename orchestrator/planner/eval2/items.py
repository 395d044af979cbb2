# ruff: noqa: E501
"""Hand-written items for eval2. Format of each item:

    (query, [node specs in plan order], [unsupported spans], "manual tags")

Node specs are defined in build.py; gold values are computed there.
"""

from build_specs import add, btw, doc, ent, lang, m, sen, u, wd  # noqa: F401

ITEMS = []

# ------------------------------------------------------------ single requests
ITEMS += [
    ("what's 17.5% of 4,280?", [m("17.5% of 4,280", "175/1000*4280")], [], ""),
    (
        "Could you work out 2 to the power of 23 for me, please?",
        [m("2 to the power of 23", "2**23")],
        [],
        "filler",
    ),
    ("square root of 7056", [m("square root of 7056", "sqrt(7056)")], [], ""),
    ("HOW MUCH IS 389 MINUS 12%", [m("389 minus 12%", "389*(1-12/100)")], [], ""),
    (
        "fourteen hundred divided by thirty-five",
        [m("fourteen hundred divided by thirty-five", "1400/35")],
        [],
        "number-words",
    ),
    ("(18 + 7) * (44 - 19) / 5 = ?", [m("(18 + 7) * (44 - 19) / 5", "(18+7)*(44-19)/5")], [], ""),
    ("I need 3.75 cubed", [m("3.75 cubed", "3.75**3")], [], ""),
    ("how many pounds is 68 kg", [u("convert 68 kg to pounds", 68, "kg", "lb")], [], ""),
    ("Convert 350°F to Celsius.", [u("convert 350°F to Celsius", 350, "degF", "degC")], [], ""),
    (
        "12 us gallons in litres pls",
        [u("convert 12 US gallons to litres", 12, "gallon", "liter")],
        [],
        "",
    ),
    ("whats 4.2 GiB in MiB", [u("convert 4.2 GiB to MiB", 4.2, "GiB", "MiB")], [], ""),
    (
        "Marathon distance is 42.195 km. How far is that in miles?",
        [u("convert 42.195 km to miles", 42.195, "km", "mile")],
        [],
        "",
    ),
    ("convert 95 km/h into m/s", [u("convert 95 km/h to m/s", 95, "km/h", "m/s")], [], ""),
    (
        "3 cups = how many tablespoons?",
        [u("convert 3 cups to tablespoons", 3, "cup", "tablespoon")],
        [],
        "",
    ),
    (
        "What day of the week was 29 February 2028?",
        [wd("what weekday is 29 February 2028", "2028-02-29")],
        [],
        "",
    ),
    ("weekday for 2027-11-05", [wd("weekday of 2027-11-05", "2027-11-05")], [], ""),
    (
        "what date is 100 days after July 4, 2026",
        [add("100 days after July 4, 2026", "2026-07-04", days=100)],
        [],
        "",
    ),
    (
        "How many days are there between 3 March 2025 and 25 December 2025?",
        [btw("days between 3 March 2025 and 25 December 2025", "2025-03-03", "2025-12-25")],
        [],
        "",
    ),
    (
        "date 6 months before 2029-08-31?",
        [add("6 months before 2029-08-31", "2029-08-31", months=-6)],
        [],
        "",
    ),
    (
        "is this positive or negative: 'The update wiped all my saved settings. Again.'",
        [sen("sentiment of 'The update wiped all my saved settings. Again.'", "negative")],
        [],
        "",
    ),
    (
        'Sentiment check please -> "Absolutely loved the tapas, the staff remembered our names from last year!"',
        [
            sen(
                'sentiment of "Absolutely loved the tapas, the staff remembered our names from last year!"',
                "positive",
            )
        ],
        [],
        "filler",
    ),
    (
        "which language is 'Jeg glemte paraplyen min på toget i går'",
        [lang("what language is 'Jeg glemte paraplyen min på toget i går'", "da")],
        [],
        "",
    ),
    (
        "Language of: «Мы опоздали на последний автобус и пошли домой пешком»",
        [lang("what language is «Мы опоздали на последний автобус и пошли домой пешком»", "ru")],
        [],
        "",
    ),
    (
        "identify the langauge: 'Nie wiem, czy zdążę na spotkanie o dziewiątej.'",
        [lang("identify the language of 'Nie wiem, czy zdążę na spotkanie o dziewiątej.'", "pl")],
        [],
        "typo",
    ),
    (
        "Pull out the names, places, organisations and dates from this: 'Dr Amara Osei joined the World Health Organization in Geneva on 12 May 2019.'",
        [
            ent(
                "extract entities from 'Dr Amara Osei joined the World Health Organization in Geneva on 12 May 2019.'",
                [
                    ("Amara Osei", "PERSON"),
                    ("World Health Organization", "ORGANIZATION"),
                    ("Geneva", "LOCATION"),
                    ("12 May 2019", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        'entities in "Siemens opened a new plant near Charlotte in 2024"',
        [
            ent(
                'extract entities from "Siemens opened a new plant near Charlotte in 2024"',
                [("Siemens", "ORGANIZATION"), ("Charlotte", "LOCATION"), ("2024", "DATE")],
            )
        ],
        [],
        "",
    ),
    (
        "What's the no-show fee at my gym?",
        [
            doc(
                "what is the no-show fee at the gym",
                "gym_policy",
                "a no-show fee of 3 pounds is charged",
            )
        ],
        [],
        "",
    ),
    (
        "what time does the shuttle bus leave for the wedding",
        [
            doc(
                "what time does the shuttle bus leave for the wedding",
                "wedding_weekend",
                "leaves the Bath Spa station forecourt at 12:45pm",
            )
        ],
        [],
        "",
    ),
    (
        "my printer shows E12, what do I do??",
        [
            doc(
                "what to do when the printer shows E12",
                "printer_manual",
                "wait at least 30 minutes for the fuser to cool",
            )
        ],
        [],
        "extra-punct",
    ),
    (
        "By when is the trip deposit due?",
        [doc("by when is the trip deposit due", "school_trip", "due by 16 January 2026")],
        [],
        "",
    ),
    (
        "according to my house rules when is general waste collected",
        [
            doc(
                "when is general waste collected",
                "house_rules",
                "General waste is collected every Tuesday",
            )
        ],
        [],
        "",
    ),
    (
        "How long is each talk slot at the summit?",
        [
            doc(
                "how long is each talk slot at the summit",
                "conference_guide",
                "Each talk slot is 30 minutes",
            )
        ],
        [],
        "",
    ),
    (
        "Can I bring my dog to the flat? check the rules",
        [
            doc(
                "are pets allowed in the flat",
                "house_rules",
                "One cat or one small caged pet is allowed",
            )
        ],
        [],
        "",
    ),
    (
        "who leads the wedding ceremony",
        [
            doc(
                "who leads the wedding ceremony",
                "wedding_weekend",
                "led by the Reverend Clare Whitfield",
            )
        ],
        [],
        "",
    ),
    ("whats the capital of Mongolia", [], ["whats the capital of Mongolia"], ""),
    (
        "Can you translate 'where is the train station' into Japanese?",
        [],
        ["translate 'where is the train station' into Japanese"],
        "",
    ),
    ("remind me at 6pm to call the plumber", [], ["remind me at 6pm to call the plumber"], ""),
    (
        "How many yen is 250 US dollars right now?",
        [],
        ["How many yen is 250 US dollars right now"],
        "currency",
    ),
    ("write a haiku about autumn rain pls 🍂", [], ["write a haiku about autumn rain"], ""),
    (
        "Summarise my wedding schedule document in three bullet points.",
        [],
        ["Summarise my wedding schedule document in three bullet points"],
        "",
    ),
    (
        "what time is it in Sydney when it's 9am in Berlin",
        [],
        ["what time is it in Sydney when it's 9am in Berlin"],
        "",
    ),
    (
        "Book me a table for four at an Italian place tonight.",
        [],
        ["Book me a table for four at an Italian place tonight"],
        "",
    ),
    (
        "seven hundred and twenty plus three hundred and eighty-four",
        [m("seven hundred and twenty plus three hundred and eighty-four", "720+384")],
        [],
        "number-words",
    ),
    (
        "Please convert 2.5 acres to square metres",
        [u("convert 2.5 acres to square metres", 2.5, "acre", "m**2")],
        [],
        "filler",
    ),
    ("1500 MB -> GB (decimal)", [u("convert 1500 MB to GB", 1500, "MB", "GB")], [], ""),
    (
        "what was the weekday on the 1st of january 2025",
        [wd("weekday of 1 January 2025", "2025-01-01")],
        [],
        "",
    ),
    (
        "tell me the sentiment: 'meh. it works I guess, nothing special'",
        [sen("sentiment of 'meh. it works I guess, nothing special'", "neutral")],
        [],
        "",
    ),
    (
        "Welke taal is dit? 'Ik heb de trein gemist omdat mijn fiets lek was.' (answer in English pls)",
        [lang("what language is 'Ik heb de trein gemist omdat mijn fiets lek was.'", "nl")],
        [],
        "",
    ),
    (
        "How many weeks are in 238 days?",
        [u("number of weeks in 238 days", 238, "day", "week")],
        [],
        "",
    ),
    ("8 stone 4 lb is how many kg?", [u("convert 8 stone 4 lb to kg", "116", "lb", "kg")], [], ""),
]

# ------------------------------------------------------------------ parallel
ITEMS += [
    (
        "hey quick ones: 15% of 640, and 5 miles in km",
        [m("15% of 640", "15/100*640"), u("convert 5 miles to km", 5, "mile", "km")],
        [],
        "lower",
    ),
    (
        "What weekday is 2026-12-25 and what weekday is 2027-12-25?",
        [wd("weekday of 2026-12-25", "2026-12-25"), wd("weekday of 2027-12-25", "2027-12-25")],
        [],
        "multi-question",
    ),
    (
        "1) 72°F in celsius\n2) 180 cm in feet\n3) 9 × 14",
        [
            u("convert 72°F to Celsius", 72, "degF", "degC"),
            u("convert 180 cm to feet", 180, "cm", "foot"),
            m("9 × 14", "9*14"),
        ],
        [],
        "numbered",
    ),
    (
        "Is 'Ce film était d'un ennui mortel' positive or negative, and what language is it in?",
        [
            sen("sentiment of 'Ce film était d'un ennui mortel'", "negative"),
            lang("what language is 'Ce film était d'un ennui mortel'", "fr"),
        ],
        [],
        "multi-question",
    ),
    (
        "sentiment + language for 'Das Hotel war sauber und das Frühstück großartig'",
        [
            sen("sentiment of 'Das Hotel war sauber und das Frühstück großartig'", "positive"),
            lang("what language is 'Das Hotel war sauber und das Frühstück großartig'", "de"),
        ],
        [],
        "",
    ),
    (
        "days between 2025-06-01 and 2026-06-01; also weekday of 2026-06-01",
        [
            btw("days between 2025-06-01 and 2026-06-01", "2025-06-01", "2026-06-01"),
            wd("weekday of 2026-06-01", "2026-06-01"),
        ],
        [],
        "",
    ),
    (
        "CONVERT 10 KM TO MILES AND 10 MILES TO KM",
        [
            u("convert 10 km to miles", 10, "km", "mile"),
            u("convert 10 miles to km", 10, "mile", "km"),
        ],
        [],
        "",
    ),
    (
        "Two things:\n- what's 1234 * 56\n- and the square root of 2401",
        [m("1234 * 56", "1234*56"), m("square root of 2401", "sqrt(2401)")],
        [],
        "bulleted",
    ),
    (
        "how much is 3 tbsp in ml, 2 pints in litres and 1 quart in cups",
        [
            u("convert 3 tablespoons to ml", 3, "tablespoon", "ml"),
            u("convert 2 pints to litres", 2, "pint", "liter"),
            u("convert 1 quart to cups", 1, "quart", "cup"),
        ],
        [],
        "",
    ),
    (
        "What's the weather in Oslo tomorrow and how many degrees Fahrenheit is -12°C?",
        [u("convert -12°C to Fahrenheit", -12, "degC", "degF")],
        ["What's the weather in Oslo tomorrow"],
        "multi-question",
    ),
    (
        "who is in this: 'Lionel Messi and Inter Miami visited Toronto on 3 August 2025' and how does it feel (sentiment)",
        [
            ent(
                "extract entities from 'Lionel Messi and Inter Miami visited Toronto on 3 August 2025'",
                [
                    ("Lionel Messi", "PERSON"),
                    ("Inter Miami", "ORGANIZATION"),
                    ("Toronto", "LOCATION"),
                    ("3 August 2025", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Lionel Messi and Inter Miami visited Toronto on 3 August 2025'",
                "neutral",
            ),
        ],
        [],
        "",
    ),
    (
        "Please tell me: (a) 45 minutes in hours, (b) 2.5 hours in minutes. Thanks!",
        [
            u("convert 45 minutes to hours", 45, "minute", "hour"),
            u("convert 2.5 hours to minutes", 2.5, "hour", "minute"),
        ],
        [],
        "filler",
    ),
    (
        "langauge of 'Grazie mille per l'aiuto di ieri sera' and of 'Muchas gracias por todo'",
        [
            lang("what language is 'Grazie mille per l'aiuto di ieri sera'", "it"),
            lang("what language is 'Muchas gracias por todo'", "es"),
        ],
        [],
        "typo",
    ),
    (
        "what weekday is March 14, 2026? and what's 14% of 2026 lol",
        [wd("weekday of March 14, 2026", "2026-03-14"), m("14% of 2026", "14/100*2026")],
        [],
        "multi-question",
    ),
    (
        "how much is a 256 GB phone in GiB, and 750 MiB in MB?",
        [
            u("convert 256 GB to GiB", 256, "GB", "GiB"),
            u("convert 750 MiB to MB", 750, "MiB", "MB"),
        ],
        [],
        "multi-question",
    ),
    (
        "I have two reviews. First: 'Delivery took three weeks and the box was crushed.' Second: 'Fast shipping, exactly as described, would order again.' Sentiment of each?",
        [
            sen("sentiment of 'Delivery took three weeks and the box was crushed.'", "negative"),
            sen(
                "sentiment of 'Fast shipping, exactly as described, would order again.'", "positive"
            ),
        ],
        [],
        "",
    ),
    (
        "what's 2 weeks from 2027-01-20 and 2 weeks before it",
        [
            add("2 weeks after 2027-01-20", "2027-01-20", weeks=2),
            add("2 weeks before 2027-01-20", "2027-01-20", weeks=-2),
        ],
        [],
        "lower",
    ),
    (
        "Find the people and places in 'Angela Merkel met Emmanuel Macron in Aachen' and tell me its language",
        [
            ent(
                "extract entities from 'Angela Merkel met Emmanuel Macron in Aachen'",
                [
                    ("Angela Merkel", "PERSON"),
                    ("Emmanuel Macron", "PERSON"),
                    ("Aachen", "LOCATION"),
                ],
            ),
            lang("what language is 'Angela Merkel met Emmanuel Macron in Aachen'", "en"),
        ],
        [],
        "",
    ),
    (
        "how many US cups in 1 litre? also 500 g in ounces. also recommend a good cookbook",
        [
            u("convert 1 litre to US cups", 1, "liter", "cup"),
            u("convert 500 g to ounces", 500, "g", "oz"),
        ],
        ["recommend a good cookbook"],
        "lower",
    ),
    (
        "Quick math: 88 + 12 × 4, and separately (88 + 12) × 4",
        [m("88 + 12 × 4", "88+12*4"), m("(88 + 12) × 4", "(88+12)*4")],
        [],
        "",
    ),
    (
        "what is the late payment charge for rent and how much notice do I need to give to move out",
        [
            doc(
                "what is the late payment charge for rent",
                "house_rules",
                "late payment charge of 15 pounds",
            ),
            doc(
                "how much notice to give to end the tenancy",
                "house_rules",
                "Tenants must give 2 months notice in writing",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "When does speaker check-in open at EuroData, and what's the taxi fare from the airport?",
        [
            doc(
                "when does speaker check-in open",
                "conference_guide",
                "Speaker check-in opens at 8am on 9 June",
            ),
            doc(
                "what does a taxi from the airport to the venue cost",
                "conference_guide",
                "usually costs between 18 and 25 euros",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "printer error E27 meaning? + how many pages does the HT-420KX cartridge do",
        [
            doc(
                "what does printer error E27 mean",
                "printer_manual",
                "E27: Wireless connection lost",
            ),
            doc(
                "how many pages does the HT-420KX cartridge yield",
                "printer_manual",
                "high-capacity cartridges (HT-420KX) yield about 6,000 pages",
            ),
        ],
        [],
        "",
    ),
    (
        "what's the weekday of 11 May 2026 and how many days from 11 May 2026 to 15 May 2026",
        [
            wd("weekday of 11 May 2026", "2026-05-11"),
            btw("days between 11 May 2026 and 15 May 2026", "2026-05-11", "2026-05-15"),
        ],
        [],
        "lower",
    ),
    (
        "Convert 6 ft 2 in to cm; convert 200 lb to kg; convert 30 mpg... no wait, skip the mpg one",
        [
            u("convert 6 ft 2 in to cm", "74", "inch", "cm"),
            u("convert 200 lb to kg", 200, "lb", "kg"),
        ],
        [],
        "self-correction",
    ),
    (
        "3/8 + 5/12 =? and 0.125 as a percentage of 2 (i.e. 0.125 / 2 * 100)",
        [m("3/8 + 5/12", "3/8+5/12"), m("0.125 / 2 * 100", "0.125/2*100")],
        [],
        "",
    ),
    (
        "What's the sentiment of “Honestly the worst customer service I've had in years” and how many days until 2026-12-31 from 2026-11-24?",
        [
            sen("sentiment of “Honestly the worst customer service I've had in years”", "negative"),
            btw("days between 2026-11-24 and 2026-12-31", "2026-11-24", "2026-12-31"),
        ],
        [],
        "multi-question",
    ),
    (
        "need these converted: 5 km, 10 km, 21.1 km -- all to miles",
        [
            u("convert 5 km to miles", 5, "km", "mile"),
            u("convert 10 km to miles", 10, "km", "mile"),
            u("convert 21.1 km to miles", 21.1, "km", "mile"),
        ],
        [],
        "lower",
    ),
    (
        "weekday of christmas eve 2029 (24 dec 2029) and new year's day 2030 (1 jan 2030)",
        [
            wd("weekday of 24 December 2029", "2029-12-24"),
            wd("weekday of 1 January 2030", "2030-01-01"),
        ],
        [],
        "lower",
    ),
    (
        "Tell me the language of 'Hyvää huomenta, kahvi on valmis' and translate it into English",
        [lang("what language is 'Hyvää huomenta, kahvi on valmis'", "fi")],
        ["translate it into English"],
        "",
    ),
    (
        "can u do 999 x 999 and also 1001 x 999",
        [m("999 x 999", "999*999"), m("1001 x 999", "1001*999")],
        [],
        "lower",
    ),
    (
        "what's 70 mph in km/h and 100 km/h in mph?",
        [
            u("convert 70 mph to km/h", 70, "mph", "km/h"),
            u("convert 100 km/h to mph", 100, "km/h", "mph"),
        ],
        [],
        "multi-question",
    ),
    (
        "entities please: 'Barcelona signed Lamine Yamal to a new deal in July 2025' -- and is it positive?",
        [
            ent(
                "extract entities from 'Barcelona signed Lamine Yamal to a new deal in July 2025'",
                [("Barcelona", "ORGANIZATION"), ("Lamine Yamal", "PERSON"), ("July 2025", "DATE")],
            ),
            sen(
                "sentiment of 'Barcelona signed Lamine Yamal to a new deal in July 2025'", "neutral"
            ),
        ],
        [],
        "",
    ),
    (
        "What language is 'Bugün hava çok güzel, parka gidelim mi?' What language is 'Hôm nay trời đẹp quá'? What language is '今日はとても暑いですね'?",
        [
            lang("what language is 'Bugün hava çok güzel, parka gidelim mi?'", "tr"),
            lang("what language is 'Hôm nay trời đẹp quá'", "vi"),
            lang("what language is '今日はとても暑いですね'", "ja"),
        ],
        [],
        "multi-question",
    ),
    (
        "how many days from 1 Feb 2027 to 1 Mar 2027 and from 1 Feb 2028 to 1 Mar 2028",
        [
            btw("days between 1 Feb 2027 and 1 Mar 2027", "2027-02-01", "2027-03-01"),
            btw("days between 1 Feb 2028 and 1 Mar 2028", "2028-02-01", "2028-03-01"),
        ],
        [],
        "lower",
    ),
    (
        "Could you check the stock price of Nvidia and also compute 12.5% of 18,400?",
        [m("12.5% of 18,400", "125/1000*18400")],
        ["check the stock price of Nvidia"],
        "filler",
    ),
    (
        "• 2.2 lbs → kg\n• 1 mile → yards\n• 1 hectare → acres",
        [
            u("convert 2.2 lb to kg", 2.2, "lb", "kg"),
            u("convert 1 mile to yards", 1, "mile", "yard"),
            u("convert 1 hectare to acres", 1, "hectare", "acre"),
        ],
        [],
        "bulleted",
    ),
    (
        "When is the dietary requirements deadline for the wedding and who are the caterers?",
        [
            doc(
                "when is the dietary requirements deadline for the wedding",
                "wedding_weekend",
                "dietary requirements by 1 August 2026",
            ),
            doc(
                "who are the wedding caterers",
                "wedding_weekend",
                "the caterers, Fenwick & Daughters",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "what is 1 TB in GB? what is 1 TiB in GiB?",
        [u("convert 1 TB to GB", 1, "TB", "GB"), u("convert 1 TiB to GiB", 1, "TiB", "GiB")],
        [],
        "multi-question",
    ),
    (
        "Work out 250 + 17% and also 250 - 17%, please",
        [m("250 plus 17%", "250*(1+17/100)"), m("250 minus 17%", "250*(1-17/100)")],
        [],
        "filler",
    ),
    (
        "Sentiment of these three tweets:\n'Cannot believe they cancelled the show 😡'\n'new album drops friday!!! so hyped'\n'Bus 42 is running 10 minutes late today'",
        [
            sen("sentiment of 'Cannot believe they cancelled the show 😡'", "negative"),
            sen("sentiment of 'new album drops friday!!! so hyped'", "positive"),
            sen("sentiment of 'Bus 42 is running 10 minutes late today'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "date 90 days after 2025-10-15, date 90 days before 2025-10-15",
        [
            add("90 days after 2025-10-15", "2025-10-15", days=90),
            add("90 days before 2025-10-15", "2025-10-15", days=-90),
        ],
        [],
        "lower",
    ),
    (
        "What's the joining fee at Ironbark and how long is the minimum contract?",
        [
            doc(
                "what is the joining fee at Ironbark",
                "gym_policy",
                "one-off joining fee of 25 pounds",
            ),
            doc(
                "how long is the minimum contract",
                "gym_policy",
                "The minimum contract term is 6 months",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "what lang is 'Ekki gleyma'?? nah scratch that, what lang is 'Glöm inte att köpa mjölk'",
        [lang("what language is 'Glöm inte att köpa mjölk'", "sv")],
        [],
        "self-correction lower",
    ),
    (
        "how many ounces in a pound and how many grams in an ounce",
        [
            u("how many ounces in a pound", 1, "lb", "oz"),
            u("how many grams in an ounce", 1, "oz", "g"),
        ],
        [],
        "lower",
    ),
    (
        "Find the entities in 'Maria Schmidt from Bosch will present in Stuttgart on 2 March 2026' and the language of 'Maria kommt morgen nicht'.",
        [
            ent(
                "extract entities from 'Maria Schmidt from Bosch will present in Stuttgart on 2 March 2026'",
                [
                    ("Maria Schmidt", "PERSON"),
                    ("Bosch", "ORGANIZATION"),
                    ("Stuttgart", "LOCATION"),
                    ("2 March 2026", "DATE"),
                ],
            ),
            lang("what language is 'Maria kommt morgen nicht'", "de"),
        ],
        [],
        "",
    ),
    (
        "Whats 3 to the 7th. Whats 7 to the 3rd. And who invented the number zero",
        [m("3 to the 7th", "3**7"), m("7 to the 3rd", "7**3")],
        ["who invented the number zero"],
        "multi-question typo",
    ),
    (
        "weekday 2028-07-04 + weekday 2029-07-04 + days between them",
        [
            wd("weekday of 2028-07-04", "2028-07-04"),
            wd("weekday of 2029-07-04", "2029-07-04"),
            btw("days between 2028-07-04 and 2029-07-04", "2028-07-04", "2029-07-04"),
        ],
        [],
        "",
    ),
    (
        "temperature stuff: 0 K in °C, 37 °C in °F, 451 °F in °C",
        [
            u("convert 0 K to °C", 0, "kelvin", "degC"),
            u("convert 37 °C to °F", 37, "degC", "degF"),
            u("convert 451 °F to °C", 451, "degF", "degC"),
        ],
        [],
        "lower",
    ),
    (
        "is 'Ótimo atendimento, voltarei com certeza' positive? and which language?",
        [
            sen("sentiment of 'Ótimo atendimento, voltarei com certeza'", "positive"),
            lang("what language is 'Ótimo atendimento, voltarei com certeza'", "pt"),
        ],
        [],
        "multi-question lower",
    ),
    (
        "What's 4 dozen times 13? And convert 4 dozen eggs worth of weight, 60 g each... actually just do 48 × 60 g in kg",
        [m("4 dozen times 13", "48*13"), u("convert 48 × 60 g to kg", "2880", "g", "kg")],
        [],
        "self-correction",
    ),
    (
        "Where do the speakers have dinner and what time is the closing keynote?",
        [
            doc(
                "where is the speakers' dinner",
                "conference_guide",
                "at the Pavilhao Chines bar in Principe Real",
            ),
            doc(
                "what time is the closing keynote",
                "conference_guide",
                "gives the closing keynote at 4pm",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "E04 on my Halden printer - fix? Also what's the warranty?",
        [
            doc(
                "how to fix printer error E04",
                "printer_manual",
                "Reseat the cartridge until it clicks",
            ),
            doc(
                "how long is the printer warranty",
                "printer_manual",
                "The warranty lasts 2 years from the date of purchase",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "hey!! so 1) how much spending money can my kid take on the trip 2) what time should they arrive on monday 3) what's 385 minus 60",
        [
            doc(
                "how much spending money can students bring on the trip",
                "school_trip",
                "not bring more than 20 pounds of spending money",
            ),
            doc(
                "what time should students arrive on Monday",
                "school_trip",
                "students should arrive by 7:45am",
            ),
            m("385 minus 60", "385-60"),
        ],
        [],
        "numbered lower",
    ),
    (
        "what's 20% off 89.99, what's 89.99 + 20%",
        [m("89.99 minus 20%", "89.99*(1-20/100)"), m("89.99 plus 20%", "89.99*(1+20/100)")],
        [],
        "lower",
    ),
    (
        "How many seconds in 3.5 hours; how many hours in 3 weeks",
        [
            u("convert 3.5 hours to seconds", 3.5, "hour", "second"),
            u("convert 3 weeks to hours", 3, "week", "hour"),
        ],
        [],
        "nopunct",
    ),
    (
        "Entities: 'On 14 February 2027 Taylor Swift will play two shows in London.' Sentiment: 'Tickets sold out in four minutes and I got none.'",
        [
            ent(
                "extract entities from 'On 14 February 2027 Taylor Swift will play two shows in London.'",
                [("14 February 2027", "DATE"), ("Taylor Swift", "PERSON"), ("London", "LOCATION")],
            ),
            sen("sentiment of 'Tickets sold out in four minutes and I got none.'", "negative"),
        ],
        [],
        "",
    ),
    (
        "What language: 'Αύριο θα πάμε στη θάλασσα'. What language: 'מחר נלך לים'. What language: 'غدا سنذهب إلى البحر'",
        [
            lang("what language is 'Αύριο θα πάμε στη θάλασσα'", "el"),
            lang("what language is 'מחר נלך לים'", "he"),
            lang("what language is 'غدا سنذهب إلى البحر'", "ar"),
        ],
        [],
        "",
    ),
    (
        "Do the following: add 6 months to 2026-08-31, add 1 year to 2028-02-29",
        [
            add("add 6 months to 2026-08-31", "2026-08-31", months=6),
            add("add 1 year to 2028-02-29", "2028-02-29", years=1),
        ],
        [],
        "",
    ),
    (
        "one hundred forty-four divided by twelve, and twelve squared",
        [m("one hundred forty-four divided by twelve", "144/12"), m("twelve squared", "12**2")],
        [],
        "number-words lower",
    ),
    (
        "How many sq ft is 85 m²? And what's a good paint colour for a small living room?",
        [u("convert 85 m² to square feet", 85, "m**2", "ft**2")],
        ["what's a good paint colour for a small living room"],
        "multi-question",
    ),
    (
        "what's 5 feet in metres and 5 metres in feet and what is 5 fathoms in metres",
        [
            u("convert 5 feet to metres", 5, "foot", "m"),
            u("convert 5 metres to feet", 5, "m", "foot"),
            u("convert 5 fathoms to metres", 5, "fathom", "m"),
        ],
        [],
        "lower",
    ),
    (
        "🤔 what weekday was 2025-05-05 and what weekday will 2029-05-05 be",
        [wd("weekday of 2025-05-05", "2025-05-05"), wd("weekday of 2029-05-05", "2029-05-05")],
        [],
        "lower",
    ),
    (
        "Run sentiment on 'The plot was predictable but the acting saved it' and entities on 'Greta Gerwig directed it for Warner Bros.'",
        [
            sen("sentiment of 'The plot was predictable but the acting saved it'", "positive"),
            ent(
                "extract entities from 'Greta Gerwig directed it for Warner Bros.'",
                [("Greta Gerwig", "PERSON"), ("Warner Bros.", "ORGANIZATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "How much is the deposit for my flat and the phone number for emergencies?",
        [
            doc(
                "how much is the deposit for the flat",
                "house_rules",
                "Your deposit of 1,325 pounds is protected",
            ),
            doc(
                "what is the emergency phone number",
                "house_rules",
                "ring the 24-hour line on 0131 496 0732",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "write me a cover letter for a barista job, and what is 37.5 hours × 11.44",
        [m("37.5 × 11.44", "37.5*11.44")],
        ["write me a cover letter for a barista job"],
        "lower",
    ),
    (
        "pls give me: 64 oz in lb, 64 fl oz in litres",
        [
            u("convert 64 oz to lb", 64, "oz", "lb"),
            u("convert 64 fl oz to litres", 64, "fluid_ounce", "liter"),
        ],
        [],
        "lower",
    ),
    (
        "what's the day of the week on 30 April 2027 and on 2 June 2027",
        [wd("weekday of 30 April 2027", "2027-04-30"), wd("weekday of 2 June 2027", "2027-06-02")],
        [],
        "lower",
    ),
    (
        "In 'Samsung and Apple both announced price cuts in Seoul yesterday', what organisations appear? Also, is the Korean text '정말 맛있어요' Korean or Japanese?",
        [
            ent(
                "extract entities from 'Samsung and Apple both announced price cuts in Seoul yesterday'",
                [("Samsung", "ORGANIZATION"), ("Apple", "ORGANIZATION"), ("Seoul", "LOCATION")],
            ),
            lang("what language is '정말 맛있어요'", "ko"),
        ],
        [],
        "multi-question",
    ),
    (
        "Whats 2 to the 10, 2 to the 20 and 2 to the 30",
        [m("2 to the 10", "2**10"), m("2 to the 20", "2**20"), m("2 to the 30", "2**30")],
        [],
        "typo",
    ),
    (
        "convert 1 light year to km and tell me how far Mars is",
        [u("convert 1 light year to km", 1, "light_year", "km")],
        ["tell me how far Mars is"],
        "lower",
    ),
    (
        "calculate 7 to the power 4 and the cube root of 4913",
        [m("7 to the power 4", "7**4"), m("cube root of 4913", "4913**(1/3)")],
        [],
        "lower",
    ),
    (
        "dates pls: 2026-01-31 + 1 month; 2026-03-31 - 1 month; 2027-05-31 + 3 months",
        [
            add("2026-01-31 plus 1 month", "2026-01-31", months=1),
            add("2026-03-31 minus 1 month", "2026-03-31", months=-1),
            add("2027-05-31 plus 3 months", "2027-05-31", months=3),
        ],
        [],
        "lower",
    ),
    (
        "Tell me a joke, tell me 12% of 950, tell me the weekday of 2026-10-31",
        [m("12% of 950", "12/100*950"), wd("weekday of 2026-10-31", "2026-10-31")],
        ["Tell me a joke"],
        "",
    ),
    (
        "SENTIMENT OF 'THIS IS THE BEST DAY OF MY LIFE' AND 'I HATE MONDAYS'",
        [
            sen("sentiment of 'THIS IS THE BEST DAY OF MY LIFE'", "positive"),
            sen("sentiment of 'I HATE MONDAYS'", "negative"),
        ],
        [],
        "",
    ),
    (
        "what's 0.75 miles in metres and 400 m in miles",
        [
            u("convert 0.75 miles to metres", 0.75, "mile", "m"),
            u("convert 400 m to miles", 400, "m", "mile"),
        ],
        [],
        "lower",
    ),
    (
        "Pets allowed at Calder Street? How often are inspections?",
        [
            doc(
                "are pets allowed at Calder Street",
                "house_rules",
                "One cat or one small caged pet is allowed",
            ),
            doc(
                "how often are inspections",
                "house_rules",
                "carries out an inspection every 6 months",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "what's the pool plan called at ironbark and what does premier cost per month",
        [
            doc(
                "which Ironbark plan includes the pool",
                "gym_policy",
                "Plus: 49 pounds per month, gym floor, pool",
            ),
            doc(
                "how much does the Premier plan cost per month",
                "gym_policy",
                "Premier: 72 pounds per month",
            ),
        ],
        [],
        "lower",
    ),
    (
        "Language ID for 'Dziękuję za wszystko', 'Děkuji za všechno' and 'Köszönök mindent'",
        [
            lang("what language is 'Dziękuję za wszystko'", "pl"),
            lang("what language is 'Děkuji za všechno'", "cs"),
            lang("what language is 'Köszönök mindent'", "hu"),
        ],
        [],
        "",
    ),
    (
        "calc: 12,500 * 0.035 ; 12,500 * 0.045",
        [m("12,500 * 0.035", "12500*0.035"), m("12,500 * 0.045", "12500*0.045")],
        [],
        "lower",
    ),
    (
        "Weekday of 9 June 2027 and 11 June 2027? Also book me a hotel in Lisbon for those dates",
        [wd("weekday of 9 June 2027", "2027-06-09"), wd("weekday of 11 June 2027", "2027-06-11")],
        ["book me a hotel in Lisbon for those dates"],
        "",
    ),
    (
        "how many km is 26.2 miles, how many km is 13.1 miles",
        [
            u("convert 26.2 miles to km", 26.2, "mile", "km"),
            u("convert 13.1 miles to km", 13.1, "mile", "km"),
        ],
        [],
        "lower",
    ),
    (
        "Mood of this: 'Het eten was koud en de ober was onbeleefd.' Also language.",
        [
            sen("sentiment of 'Het eten was koud en de ober was onbeleefd.'", "negative"),
            lang("what language is 'Het eten was koud en de ober was onbeleefd.'", "nl"),
        ],
        [],
        "",
    ),
    (
        "1/3 of 2,700 and 2/3 of 2,700?",
        [m("1/3 of 2,700", "2700/3"), m("2/3 of 2,700", "2*2700/3")],
        [],
        "lower",
    ),
    (
        "What's 2 GB in MB, 2 GiB in MiB, and 2 GB in GiB?",
        [
            u("convert 2 GB to MB", 2, "GB", "MB"),
            u("convert 2 GiB to MiB", 2, "GiB", "MiB"),
            u("convert 2 GB to GiB", 2, "GB", "GiB"),
        ],
        [],
        "",
    ),
]

# -------------------------------------------------------------------- chains
ITEMS += [
    (
        "convert 8.5 kg to pounds and then add 20% to that",
        [u("convert 8.5 kg to pounds", 8.5, "kg", "lb"), m("{t1} plus 20%", "{t1}*(1+20/100)")],
        [],
        "lower",
    ),
    (
        "What's 15% of 2,340? Now divide the answer by 9.",
        [m("15% of 2,340", "15/100*2340"), m("{t1} divided by 9", "{t1}/9")],
        [],
        "",
    ),
    (
        "how many days between 2026-02-14 and 2026-09-01, and convert that to weeks",
        [
            btw("days between 2026-02-14 and 2026-09-01", "2026-02-14", "2026-09-01"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "lower",
    ),
    (
        "What is the weekday of the date 3 weeks after 2026-09-09?",
        [add("3 weeks after 2026-09-09", "2026-09-09", weeks=3), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "take 12 × 31, then find the date that many days after 1 January 2027",
        [m("12 × 31", "12*31"), add("{t1} days after 1 January 2027", "2027-01-01", days="{t1}")],
        [],
        "lower",
    ),
    (
        "Add 45 days to 2026-03-10. What weekday is it? And how many days is the first date from 2026-12-25?",
        [
            add("45 days after 2026-03-10", "2026-03-10", days=45),
            wd("weekday of {t1}", "{t1}"),
            btw("days between {t1} and 2026-12-25", "{t1}", "2026-12-25"),
        ],
        [],
        "multi-question",
    ),
    (
        "Convert 26 miles to km, then convert the result to metres",
        [
            u("convert 26 miles to km", 26, "mile", "km"),
            u("convert {t1} km to metres", "{t1}", "km", "m"),
        ],
        [],
        "",
    ),
    (
        "whats 2^12 minus 96 and then the square root of that",
        [m("2^12 minus 96", "2**12-96"), m("square root of {t1}", "sqrt({t1})")],
        [],
        "lower typo",
    ),
    (
        "I was born on 17 October 1998... just kidding, use 17 October 2025: how many days until 17 October 2028 and what weekday is 17 October 2028?",
        [
            btw("days between 17 October 2025 and 17 October 2028", "2025-10-17", "2028-10-17"),
            wd("weekday of 17 October 2028", "2028-10-17"),
        ],
        [],
        "self-correction multi-question",
    ),
    (
        "days from 2027-03-01 to 2027-08-15, times 24 for hours please",
        [
            btw("days between 2027-03-01 and 2027-08-15", "2027-03-01", "2027-08-15"),
            m("{t1} times 24", "{t1}*24"),
        ],
        [],
        "lower",
    ),
    (
        "Convert 100°F to Celsius and tell me the result multiplied by 2",
        [u("convert 100°F to Celsius", 100, "degF", "degC"), m("{t1} multiplied by 2", "{t1}*2")],
        [],
        "",
    ),
    (
        "A recipe needs 2.5 cups of flour. How many ml is that? And how many tablespoons is that many ml?",
        [
            u("convert 2.5 cups to ml", 2.5, "cup", "ml"),
            u("convert {t1} ml to tablespoons", "{t1}", "ml", "tablespoon"),
        ],
        [],
        "multi-question",
    ),
    (
        "what's the date 10 weeks before 2027-06-09 and what day of the week is that",
        [add("10 weeks before 2027-06-09", "2027-06-09", weeks=-10), wd("weekday of {t1}", "{t1}")],
        [],
        "lower",
    ),
    (
        "Extract the entities from the sentence that says who leads the wedding ceremony.",
        [
            doc(
                "who leads the wedding ceremony",
                "wedding_weekend",
                "led by the Reverend Clare Whitfield",
            ),
            ent("extract entities from {t1}", [("Clare Whitfield", "PERSON")]),
        ],
        [],
        "",
    ),
    (
        "find what the couple say about the gift list, then tell me the sentiment of that sentence",
        [
            doc(
                "what do the couple say about the gift list",
                "wedding_weekend",
                "Our gift list is with the Little Kitchen Company",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "lower",
    ),
    (
        "Who gives the closing keynote at the summit? Run entity extraction on that line.",
        [
            doc(
                "who gives the closing keynote at the summit",
                "conference_guide",
                "Dr Ines Carvalho from the University of Porto",
            ),
            ent(
                "extract entities from {t1}",
                [("Ines Carvalho", "PERSON"), ("University of Porto", "ORGANIZATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "what's 3,600 seconds times 7.5, then convert that many seconds into hours",
        [
            m("3,600 times 7.5", "3600*7.5"),
            u("convert {t1} seconds to hours", "{t1}", "second", "hour"),
        ],
        [],
        "lower",
    ),
    (
        "Multiply 37 by 42, subtract 150, then take 10% of it",
        [
            m("37 times 42", "37*42"),
            m("{t1} minus 150", "{t1}-150"),
            m("10% of {t2}", "10/100*{t2}"),
        ],
        [],
        "",
    ),
    (
        "3 months after 2026-11-30 → weekday?",
        [add("3 months after 2026-11-30", "2026-11-30", months=3), wd("weekday of {t1}", "{t1}")],
        [],
        "",
    ),
    (
        "convert 5 gallons to liters, and then how many 330 ml cans is that (divide by 0.33)",
        [
            u("convert 5 gallons to liters", 5, "gallon", "liter"),
            m("{t1} divided by 0.33", "{t1}/0.33"),
        ],
        [],
        "lower",
    ),
    (
        "How many days are there from 2025-12-01 to 2026-04-30? Then how many weeks is that? Then how many hours is that many days?",
        [
            btw("days between 2025-12-01 and 2026-04-30", "2025-12-01", "2026-04-30"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            u("convert {t1} days to hours", "{t1}", "day", "hour"),
        ],
        [],
        "multi-question",
    ),
    (
        "Start with 500. Subtract 18%. Then add 7.5% to the result.",
        [m("500 minus 18%", "500*(1-18/100)"), m("{t1} plus 7.5%", "{t1}*(1+75/1000)")],
        [],
        "",
    ),
    (
        "what day of the week is 60 days after 2028-12-20",
        [add("60 days after 2028-12-20", "2028-12-20", days=60), wd("weekday of {t1}", "{t1}")],
        [],
        "nested lower",
    ),
    (
        "Gimme the ISO code for the language of 'Saya suka makan nasi goreng setiap pagi' and then, um, what is 2029 minus 1945",
        [
            lang("what language is 'Saya suka makan nasi goreng setiap pagi'", "id"),
            m("2029 minus 1945", "2029-1945"),
        ],
        [],
        "",
    ),
    (
        "first convert 1.8 m to feet, second convert 75 kg to stone, third multiply the two results",
        [
            u("convert 1.8 m to feet", 1.8, "m", "foot"),
            u("convert 75 kg to stone", 75, "kg", "stone"),
            m("{t1} times {t2}", "{t1}*{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "Take the date 2 years after 2027-02-28 and tell me the number of days between that and 2029-12-31.",
        [
            add("2 years after 2027-02-28", "2027-02-28", years=2),
            btw("days between {t1} and 2029-12-31", "{t1}", "2029-12-31"),
        ],
        [],
        "",
    ),
    (
        "SO WHAT IS 48 MILES IN KM AND THEN DIVIDE THAT BY 1.5 HOURS... I MEAN JUST DIVIDE BY 1.5",
        [u("convert 48 miles to km", 48, "mile", "km"), m("{t1} divided by 1.5", "{t1}/1.5")],
        [],
        "self-correction",
    ),
    (
        "What does the house rules doc say about quiet hours? Also what language is that written in?",
        [
            doc(
                "what are the quiet hours",
                "house_rules",
                "Quiet hours are from 11pm to 7am every night",
            ),
            lang("what language is {t1}", "en"),
        ],
        [],
        "multi-question",
    ),
    (
        "how many days between my birthday 1990-05-12 and... sorry, between 2026-05-12 and 2027-01-09? and divide that by 7",
        [
            btw("days between 2026-05-12 and 2027-01-09", "2026-05-12", "2027-01-09"),
            m("{t1} divided by 7", "{t1}/7"),
        ],
        [],
        "self-correction lower",
    ),
    (
        "Convert 2 TB to GiB, then how many 4 GiB movies fit (divide by 4)?",
        [u("convert 2 TB to GiB", 2, "TB", "GiB"), m("{t1} divided by 4", "{t1}/4")],
        [],
        "",
    ),
    (
        "What's 1,250 km in miles, how long in hours at 62 mph (divide the miles by 62), and the weather on the way?",
        [u("convert 1,250 km to miles", 1250, "km", "mile"), m("{t1} divided by 62", "{t1}/62")],
        ["the weather on the way"],
        "multi-question",
    ),
    (
        "14 March 2026 plus 200 days = which date, and which weekday?",
        [
            add("200 days after 14 March 2026", "2026-03-14", days=200),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "OK so: the Premier plan price at Ironbark, then what's the sentiment of that sentence",
        [
            doc(
                "how much is the Premier plan at Ironbark",
                "gym_policy",
                "Premier: 72 pounds per month",
            ),
            sen("sentiment of {t1}", "neutral"),
        ],
        [],
        "",
    ),
    (
        "Take 7.25 squared, then add 47.4375, then find the square root",
        [
            m("7.25 squared", "7.25**2"),
            m("{t1} plus 47.4375", "{t1}+47.4375"),
            m("square root of {t2}", "sqrt({t2})"),
        ],
        [],
        "",
    ),
    (
        "convert 350 ml to US fl oz. then to cups. then to tablespoons",
        [
            u("convert 350 ml to US fl oz", 350, "ml", "fluid_ounce"),
            u("convert {t1} fl oz to cups", "{t1}", "fluid_ounce", "cup"),
            u("convert {t2} cups to tablespoons", "{t2}", "cup", "tablespoon"),
        ],
        [],
        "lower",
    ),
    (
        "date 5 weeks after 2025-11-20, then 5 weeks after that, then the weekday of the last one",
        [
            add("5 weeks after 2025-11-20", "2025-11-20", weeks=5),
            add("5 weeks after {t1}", "{t1}", weeks=5),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "Number of days from 2026-06-21 to 2026-12-21, then what percentage of 365 is that?",
        [
            btw("days between 2026-06-21 and 2026-12-21", "2026-06-21", "2026-12-21"),
            m("what percentage of 365 is {t1}", "{t1}/365*100"),
        ],
        [],
        "",
    ),
    (
        "hey can u convert 65 mph to km/h and then tell me how far i go in 2.5 hours at that speed (multiply)",
        [u("convert 65 mph to km/h", 65, "mph", "km/h"), m("{t1} times 2.5", "{t1}*2.5")],
        [],
        "lower",
    ),
    (
        "Who does the inspections at my flat? pull the entities out of that sentence",
        [
            doc(
                "who does the inspections at the flat",
                "house_rules",
                "The property manager, Callum Reid, carries out an inspection",
            ),
            ent("extract entities from {t1}", [("Callum Reid", "PERSON")]),
        ],
        [],
        "",
    ),
    (
        "what is 9 squared plus 40 squared, and what's the square root of that 📐",
        [m("9 squared plus 40 squared", "9**2+40**2"), m("square root of {t1}", "sqrt({t1})")],
        [],
        "lower",
    ),
    (
        "Find the day of the week for the date that is 18 months after 2025-08-31.",
        [add("18 months after 2025-08-31", "2025-08-31", months=18), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "Convert 3 hours 20 minutes... make that 200 minutes to hours, then multiply by 14.5",
        [
            u("convert 200 minutes to hours", 200, "minute", "hour"),
            m("{t1} times 14.5", "{t1}*14.5"),
        ],
        [],
        "self-correction",
    ),
    (
        "weekday of 2026-04-05, the date 40 days before 2026-04-05, and the weekday of that earlier date",
        [
            wd("weekday of 2026-04-05", "2026-04-05"),
            add("40 days before 2026-04-05", "2026-04-05", days=-40),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "What's 6.5 percent of 32,000; then convert that many grams into pounds",
        [
            m("6.5 percent of 32,000", "65/1000*32000"),
            u("convert {t1} grams to pounds", "{t1}", "g", "lb"),
        ],
        [],
        "",
    ),
    (
        "When are welcome drinks at the wedding? Then find the entities in that answer.",
        [
            doc(
                "when are the welcome drinks at the wedding",
                "wedding_weekend",
                "Welcome drinks start at 7pm in the Orangery",
            ),
            ent(
                "extract entities from {t1}",
                [
                    ("Orangery", "LOCATION"),
                    ("Priya", "PERSON"),
                    ("Anil", "PERSON"),
                    ("Meera Sharma", "PERSON"),
                ],
            ),
        ],
        [],
        "",
    ),
    (
        "3 weeks from 2029-01-15?? then how many days between that and 2029-03-01",
        [
            add("3 weeks after 2029-01-15", "2029-01-15", weeks=3),
            btw("days between {t1} and 2029-03-01", "{t1}", "2029-03-01"),
        ],
        [],
        "lower extra-punct",
    ),
    (
        "I drink 2 pints of water a day. In litres? And for a whole week (times 7)?",
        [u("convert 2 pints to litres", 2, "pint", "liter"), m("{t1} times 7", "{t1}*7")],
        [],
        "multi-question",
    ),
    (
        "Convert 180 lb to kg, then convert 1.75 m to cm, then BMI = first result divided by (1.75 squared)",
        [
            u("convert 180 lb to kg", 180, "lb", "kg"),
            u("convert 1.75 m to cm", 1.75, "m", "cm"),
            m("{t1} divided by 1.75 squared", "{t1}/1.75**2"),
        ],
        [],
        "",
    ),
    (
        "whats 1 GB / 1.44 MB floppy... ok just: 1 GB in MB, then divide that by 1.44",
        [u("convert 1 GB to MB", 1, "GB", "MB"), m("{t1} divided by 1.44", "{t1}/1.44")],
        [],
        "self-correction lower",
    ),
    (
        "What date is 1 month after 2027-01-31, and how many days from that date to 2027-03-31?",
        [
            add("1 month after 2027-01-31", "2027-01-31", months=1),
            btw("days between {t1} and 2027-03-31", "{t1}", "2027-03-31"),
        ],
        [],
        "multi-question",
    ),
    (
        "is the language of 'Ce n'est pas grave, on se voit demain' french? also take 17 × 23 then minus 91",
        [
            lang("what language is 'Ce n'est pas grave, on se voit demain'", "fr"),
            m("17 × 23", "17*23"),
            m("{t2} minus 91", "{t2}-91"),
        ],
        [],
        "lower",
    ),
    (
        "How many days from 9 June 2027 to 11 June 2027, and then add that many days to 30 April 2027",
        [
            btw("days between 9 June 2027 and 11 June 2027", "2027-06-09", "2027-06-11"),
            add("{t1} days after 30 April 2027", "2027-04-30", days="{t1}"),
        ],
        [],
        "",
    ),
    (
        "1. convert 72 inches to cm\n2. convert the answer to metres\n3. what's 2026-07-01 + 72 days",
        [
            u("convert 72 inches to cm", 72, "inch", "cm"),
            u("convert {t1} cm to metres", "{t1}", "cm", "m"),
            add("72 days after 2026-07-01", "2026-07-01", days=72),
        ],
        [],
        "numbered",
    ),
    (
        "What's 88 kg in lbs? Double that, then subtract 10.",
        [
            u("convert 88 kg to pounds", 88, "kg", "lb"),
            m("double {t1}", "2*{t1}"),
            m("{t2} minus 10", "{t2}-10"),
        ],
        [],
        "multi-question",
    ),
    (
        "what are the printer's paper tray details and what's the sentiment of that spec line",
        [
            doc(
                "what is the paper tray capacity",
                "printer_manual",
                "Paper tray capacity: 250 sheets of 80 gsm paper",
            ),
            sen("sentiment of {t1}", "neutral"),
        ],
        [],
        "lower",
    ),
    (
        "dates: 2025-09-01 to 2025-12-19 in days; that number plus 14; and the date that many days after 2025-09-01",
        [
            btw("days between 2025-09-01 and 2025-12-19", "2025-09-01", "2025-12-19"),
            m("{t1} plus 14", "{t1}+14"),
            add("{t2} days after 2025-09-01", "2025-09-01", days="{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "How much is 40% of 1,150, then divide the result by 4",
        [m("40% of 1,150", "40/100*1150"), m("{t1} divided by 4", "{t1}/4")],
        [],
        "nopunct",
    ),
    (
        "what weekday was 2025-03-30 and what's the date 4 weeks later, and its weekday",
        [
            wd("weekday of 2025-03-30", "2025-03-30"),
            add("4 weeks after 2025-03-30", "2025-03-30", weeks=4),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "convert 30 °C to F, then subtract 32 from it, then divide by 1.8 (checking the formula 🙂)",
        [
            u("convert 30 °C to F", 30, "degC", "degF"),
            m("{t1} minus 32", "{t1}-32"),
            m("{t2} divided by 1.8", "{t2}/1.8"),
        ],
        [],
        "lower",
    ),
    (
        "Tell me when the school trip consent form is due, and then tell me how many days from 16 January 2026 to 6 March 2026.",
        [
            doc(
                "when is the consent form due",
                "school_trip",
                "signed consent and medical form by 6 March 2026",
            ),
            btw("days between 16 January 2026 and 6 March 2026", "2026-01-16", "2026-03-06"),
        ],
        [],
        "",
    ),
    (
        "How many days until the summit starts (9 June 2027) counting from 2027-01-01? And how many weeks is that?",
        [
            btw("days between 2027-01-01 and 9 June 2027", "2027-01-01", "2027-06-09"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "what is 250 ml in cups, what is 250 g in oz, and sum the two numbers",
        [
            u("convert 250 ml to cups", 250, "ml", "cup"),
            u("convert 250 g to oz", 250, "g", "oz"),
            m("{t1} plus {t2}", "{t1}+{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "Get the language of 'Jeg er så skuffet over denne telefonen' and the sentiment of it, then 12 to the power 3 minus 1000",
        [
            lang("what language is 'Jeg er så skuffet over denne telefonen'", "no"),
            sen("sentiment of 'Jeg er så skuffet over denne telefonen'", "negative"),
            m("12 to the power 3 minus 1000", "12**3-1000"),
        ],
        [],
        "",
    ),
    (
        "8 weeks after 2028-02-10 then weekday then 100 days after the first date",
        [
            add("8 weeks after 2028-02-10", "2028-02-10", weeks=8),
            wd("weekday of {t1}", "{t1}"),
            add("100 days after {t1}", "{t1}", days=100),
        ],
        [],
        "lower",
    ),
    (
        "Calculate 2,880 ÷ 45. Convert that many minutes to hours.",
        [m("2,880 ÷ 45", "2880/45"), u("convert {t1} minutes to hours", "{t1}", "minute", "hour")],
        [],
        "",
    ),
    (
        "a 500 GB drive: how many GiB? and what's 12% of that (the OS reserve)",
        [u("convert 500 GB to GiB", 500, "GB", "GiB"), m("12% of {t1}", "12/100*{t1}")],
        [],
        "lower",
    ),
    (
        "How many days between Sept 18 2026 and Sept 20 2026 plus 1 (inclusive)?",
        [
            btw("days between Sept 18 2026 and Sept 20 2026", "2026-09-18", "2026-09-20"),
            m("{t1} plus 1", "{t1}+1"),
        ],
        [],
        "",
    ),
    (
        "what do I need to pack for the trip? then sentiment of that sentence and its language",
        [
            doc(
                "what do students need to pack for the trip",
                "school_trip",
                "waterproof trousers, sturdy walking boots and a sleeping bag",
            ),
            sen("sentiment of {t1}", "neutral"),
            lang("what language is {t1}", "en"),
        ],
        [],
        "lower",
    ),
    (
        "Compute (120 - 15%) and then (that + 15%) — do I get 120 back?",
        [m("120 minus 15%", "120*(1-15/100)"), m("{t1} plus 15%", "{t1}*(1+15/100)")],
        [],
        "",
    ),
    (
        "Take 2026-10-01. Add 2 months. Add 2 more weeks to that. Which weekday?",
        [
            add("add 2 months to 2026-10-01", "2026-10-01", months=2),
            add("add 2 weeks to {t1}", "{t1}", weeks=2),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "convert 1 mile to feet and then divide by 3 to get yards",
        [u("convert 1 mile to feet", 1, "mile", "foot"), m("{t1} divided by 3", "{t1}/3")],
        [],
        "lower",
    ),
    (
        "What's 27 cubed? Then subtract 9,683. Then what date is that many days after 2026-01-01?",
        [
            m("27 cubed", "27**3"),
            m("{t1} minus 9,683", "{t1}-9683"),
            add("{t2} days after 2026-01-01", "2026-01-01", days="{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "how many days from 2025-07-14 to 2026-07-14 and from 2026-07-14 to 2027-07-14? then add the two",
        [
            btw("days between 2025-07-14 and 2026-07-14", "2025-07-14", "2026-07-14"),
            btw("days between 2026-07-14 and 2027-07-14", "2026-07-14", "2027-07-14"),
            m("{t1} plus {t2}", "{t1}+{t2}"),
        ],
        [],
        "lower",
    ),
    (
        "Convert 1,000 square feet to square metres then what's that in hectares",
        [
            u("convert 1,000 square feet to square metres", 1000, "ft**2", "m**2"),
            u("convert {t1} square metres to hectares", "{t1}", "m**2", "hectare"),
        ],
        [],
        "nopunct",
    ),
    (
        "sentiment of the gym's rule about lost property?",
        [
            doc(
                "what happens to lost property at the gym",
                "gym_policy",
                "Lost property is kept for 14 days",
            ),
            sen("sentiment of {t1}", "neutral"),
        ],
        [],
        "lower",
    ),
    (
        "Weekday of the day 13 weeks before 2029-10-31 please 🎃",
        [add("13 weeks before 2029-10-31", "2029-10-31", weeks=-13), wd("weekday of {t1}", "{t1}")],
        [],
        "nested filler",
    ),
    (
        "What's 45 × 1.6? That's km. Convert it to meters, and then to feet.",
        [
            m("45 × 1.6", "45*1.6"),
            u("convert {t1} km to meters", "{t1}", "km", "m"),
            u("convert {t2} meters to feet", "{t2}", "m", "foot"),
        ],
        [],
        "",
    ),
    (
        "i need the days between 2026-08-03 and 2026-10-26; the number of weeks in that; and the weekday of 2026-10-26",
        [
            btw("days between 2026-08-03 and 2026-10-26", "2026-08-03", "2026-10-26"),
            u("number of weeks in {t1} days", "{t1}", "day", "week"),
            wd("weekday of 2026-10-26", "2026-10-26"),
        ],
        [],
        "lower",
    ),
    (
        "take three hundred sixty five times twenty four and convert that many hours to days (sanity check)",
        [
            m("three hundred sixty five times twenty four", "365*24"),
            u("convert {t1} hours to days", "{t1}", "hour", "day"),
        ],
        [],
        "number-words lower",
    ),
    (
        "Which organisation processes the expense claims at the summit? Extract entities from that sentence.",
        [
            doc(
                "who processes expense claims at the summit",
                "conference_guide",
                "Claims are processed by our finance partner, Vela Events Lda",
            ),
            ent("extract entities from {t1}", [("Vela Events Lda", "ORGANIZATION")]),
        ],
        [],
        "",
    ),
    (
        "what is 75% of 64, the square of that, and the square root of the first result",
        [
            m("75% of 64", "75/100*64"),
            m("square of {t1}", "{t1}**2"),
            m("square root of {t1}", "sqrt({t1})"),
        ],
        [],
        "lower",
    ),
    (
        "Add 1 year to 2025-03-15, then 6 months to the result, and tell me the weekday of the original date too",
        [
            add("add 1 year to 2025-03-15", "2025-03-15", years=1),
            add("add 6 months to {t1}", "{t1}", months=6),
            wd("weekday of 2025-03-15", "2025-03-15"),
        ],
        [],
        "",
    ),
    (
        "2 litres of cola in US fl oz, then divide by 12 for cans",
        [
            u("convert 2 litres to US fl oz", 2, "liter", "fluid_ounce"),
            m("{t1} divided by 12", "{t1}/12"),
        ],
        [],
        "lower",
    ),
    (
        "Days from 2025-01-20 to 2029-01-20? Now convert that to years... no, to weeks.",
        [
            btw("days between 2025-01-20 and 2029-01-20", "2025-01-20", "2029-01-20"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "self-correction",
    ),
    (
        "what is 0.5 kg in grams then divide by 125",
        [u("convert 0.5 kg to grams", 0.5, "kg", "g"), m("{t1} divided by 125", "{t1}/125")],
        [],
        "lower",
    ),
    (
        "weekday of the date 30 days before 1 March 2028",
        [add("30 days before 1 March 2028", "2028-03-01", days=-30), wd("weekday of {t1}", "{t1}")],
        [],
        "nested lower",
    ),
    (
        "Who's the club manager at Ironbark? Give me the entities and the sentiment of that line.",
        [
            doc(
                "who is the club manager at Ironbark",
                "gym_policy",
                "The club manager, Gareth Holloway, has the final say",
            ),
            ent("extract entities from {t1}", [("Gareth Holloway", "PERSON")]),
            sen("sentiment of {t1}", "neutral"),
        ],
        [],
        "multi-question",
    ),
    (
        "compute 1.15 to the power of 5, then multiply by 2,000",
        [m("1.15 to the power of 5", "1.15**5"), m("{t1} times 2,000", "{t1}*2000")],
        [],
        "lower",
    ),
    (
        "15 km run in 1h 20min... first convert 80 minutes to hours, then 15 divided by that",
        [
            u("convert 80 minutes to hours", 80, "minute", "hour"),
            m("15 divided by {t1}", "15/{t1}"),
        ],
        [],
        "lower",
    ),
    (
        "What's 1,024 KiB in MiB, then that in MB?",
        [
            u("convert 1,024 KiB to MiB", 1024, "KiB", "MiB"),
            u("convert {t1} MiB to MB", "{t1}", "MiB", "MB"),
        ],
        [],
        "",
    ),
    (
        "What is the number of days from 2025-05-05 to 2025-08-08, then 2025-08-08 to 2025-12-12, and the difference between the two?",
        [
            btw("days between 2025-05-05 and 2025-08-08", "2025-05-05", "2025-08-08"),
            btw("days between 2025-08-08 and 2025-12-12", "2025-08-08", "2025-12-12"),
            m("{t2} minus {t1}", "{t2}-{t1}"),
        ],
        [],
        "",
    ),
]

# --------------------------------------------- mixed with unsupported parts, more noise
ITEMS += [
    (
        "Convert 150 euros to dollars and 150 kg to lb",
        [u("convert 150 kg to lb", 150, "kg", "lb")],
        ["Convert 150 euros to dollars"],
        "currency",
    ),
    ("how much is 5,000 JPY in GBP?", [], ["how much is 5,000 JPY in GBP"], "currency lower"),
    (
        "what's the population of Lisbon, and how many days from 2027-04-30 to 2027-06-09?",
        [btw("days between 2027-04-30 and 2027-06-09", "2027-04-30", "2027-06-09")],
        ["what's the population of Lisbon"],
        "lower",
    ),
    (
        "Drive time from Bath to Brecon? And convert 95 miles to km.",
        [u("convert 95 miles to km", 95, "mile", "km")],
        ["Drive time from Bath to Brecon"],
        "multi-question",
    ),
    (
        "Translate 'Danke für die Einladung' to English and tell me what language it is",
        [lang("what language is 'Danke für die Einladung'", "de")],
        ["Translate 'Danke für die Einladung' to English"],
        "",
    ),
    (
        "add the wedding to my calendar for 19 September 2026 and tell me what weekday that is",
        [wd("weekday of 19 September 2026", "2026-09-19")],
        ["add the wedding to my calendar for 19 September 2026"],
        "lower",
    ),
    (
        "write python code that reverses a string, and compute 2^16",
        [m("2^16", "2**16")],
        ["write python code that reverses a string"],
        "lower",
    ),
    (
        "Can you summarise the printer manual and then tell me what E33 means?",
        [doc("what does printer error E33 mean", "printer_manual", "E33: Firmware update failed")],
        ["summarise the printer manual"],
        "filler",
    ),
    (
        "What's 1 BTC worth in USD? What's 1 kg in grams lol",
        [u("convert 1 kg to grams", 1, "kg", "g")],
        ["What's 1 BTC worth in USD"],
        "currency multi-question",
    ),
    (
        "Recommend a hotel in Lisbon near the venue and tell me the speaker rate code from my guide",
        [
            doc(
                "what is the booking code for the speaker rate",
                "conference_guide",
                "Use the code EDS27SPK when booking",
            )
        ],
        ["Recommend a hotel in Lisbon near the venue"],
        "",
    ),
    (
        "who won the 2022 world cup? what's 2022 + 4?",
        [m("2022 + 4", "2022+4")],
        ["who won the 2022 world cup"],
        "lower multi-question",
    ),
    (
        "Draft an email to my landlord about the broken boiler, and tell me how I'm supposed to report non-urgent repairs according to the house rules",
        [
            doc(
                "how to report non-urgent repairs",
                "house_rules",
                "Report non-urgent repairs through the Morven tenant portal",
            )
        ],
        ["Draft an email to my landlord about the broken boiler"],
        "",
    ),
    (
        "Set a reminder for 2026-01-16 to pay the trip deposit. Also how many days is 2026-01-16 from 2025-12-01?",
        [btw("days between 2025-12-01 and 2026-01-16", "2025-12-01", "2026-01-16")],
        ["Set a reminder for 2026-01-16 to pay the trip deposit"],
        "multi-question",
    ),
    (
        "What's the time difference between London and Tokyo, and convert 11 hours to minutes",
        [u("convert 11 hours to minutes", 11, "hour", "minute")],
        ["What's the time difference between London and Tokyo"],
        "nopunct",
    ),
    ("how tall is the eiffel tower in feet", [], ["how tall is the eiffel tower in feet"], "lower"),
    (
        "Explain quantum entanglement like I'm five 🙏",
        [],
        ["Explain quantum entanglement like I'm five"],
        "",
    ),
    (
        "give me 3 good names for a golden retriever puppy",
        [],
        ["give me 3 good names for a golden retriever puppy"],
        "lower",
    ),
    (
        "What's the exchange rate EUR to CHF today?",
        [],
        ["What's the exchange rate EUR to CHF today"],
        "currency",
    ),
    (
        "Is it going to rain in Bath on 19 September 2026? And what weekday is it?",
        [wd("weekday of 19 September 2026", "2026-09-19")],
        ["Is it going to rain in Bath on 19 September 2026"],
        "multi-question",
    ),
    (
        "tell me the sentiment of 'The gym is always packed and half the machines are broken' and suggest a better gym nearby",
        [
            sen(
                "sentiment of 'The gym is always packed and half the machines are broken'",
                "negative",
            )
        ],
        ["suggest a better gym nearby"],
        "lower",
    ),
    (
        "whats 600 kcal in kJ and how many calories are in a banana",
        [u("convert 600 kcal to kJ", 600, "kcal", "kJ")],
        ["how many calories are in a banana"],
        "lower typo",
    ),
    (
        "Convert 220 USD to EUR, then convert 220 lb to kg, then tell me the weekday of 2027-02-02.",
        [u("convert 220 lb to kg", 220, "lb", "kg"), wd("weekday of 2027-02-02", "2027-02-02")],
        ["Convert 220 USD to EUR"],
        "currency",
    ),
    (
        "Detect the language of 'Nu înțeleg ce spui' and translate it to French please",
        [lang("detect the language of 'Nu înțeleg ce spui'", "ro")],
        ["translate it to French"],
        "filler",
    ),
    (
        "plz book a taxi to the airport at 5am tomorrow and compute 42 km / 0.75 h",
        [m("42 km divided by 0.75", "42/0.75")],
        ["book a taxi to the airport at 5am tomorrow"],
        "lower typo",
    ),
    (
        "Entities in 'Sundar Pichai said Google will open an office in Nairobi in 2027', and what's Google's current share price?",
        [
            ent(
                "extract entities from 'Sundar Pichai said Google will open an office in Nairobi in 2027'",
                [
                    ("Sundar Pichai", "PERSON"),
                    ("Google", "ORGANIZATION"),
                    ("Nairobi", "LOCATION"),
                    ("2027", "DATE"),
                ],
            )
        ],
        ["what's Google's current share price"],
        "multi-question",
    ),
    (
        "How many km from Lisbon to Porto by car, and how many days between 9 June 2027 and 2 June 2027?",
        [btw("days between 9 June 2027 and 2 June 2027", "2027-06-09", "2027-06-02")],
        ["How many km from Lisbon to Porto by car"],
        "multi-question",
    ),
    (
        "WHAT IS 30% OF 1325 AND WHO IS THE PRIME MINISTER OF SCOTLAND",
        [m("30% of 1325", "30/100*1325")],
        ["WHO IS THE PRIME MINISTER OF SCOTLAND"],
        "",
    ),
    (
        "sentiment of 'Honestly? Best purchase this year.' + write a product review based on it",
        [sen("sentiment of 'Honestly? Best purchase this year.'", "positive")],
        ["write a product review based on it"],
        "lower",
    ),
    (
        "Ok three things, sorry it's a lot:\n1. the weekday of 2 June 2027\n2. a packing list for Lisbon in June\n3. 142 times 3 nights",
        [wd("weekday of 2 June 2027", "2027-06-02"), m("142 times 3", "142*3")],
        ["a packing list for Lisbon in June"],
        "numbered filler",
    ),
    (
        "so my flight lands at 14:05 in lisbon, what's that in New York time? also convert 35 minutes to seconds",
        [u("convert 35 minutes to seconds", 35, "minute", "second")],
        ["my flight lands at 14:05 in lisbon, what's that in New York time"],
        "lower",
    ),
    (
        "Language of 'Obrigado pela paciência' and then convert 18 euros to pounds",
        [lang("what language is 'Obrigado pela paciência'", "pt")],
        ["convert 18 euros to pounds"],
        "currency",
    ),
    (
        "Please, if you don't mind, could you possibly tell me roughly how many millilitres there are in 3 and a half US cups, and also, while you're at it, how many days there are between the 1st of May 2026 and the 31st of October 2026? Many thanks in advance!",
        [
            u("convert 3 and a half US cups to millilitres", 3.5, "cup", "ml"),
            btw("days between 1 May 2026 and 31 October 2026", "2026-05-01", "2026-10-31"),
        ],
        [],
        "filler",
    ),
    (
        "yo\n12 * 12\n13 * 13\n14 * 14",
        [m("12 * 12", "12*12"), m("13 * 13", "13*13"), m("14 * 14", "14*14")],
        [],
        "",
    ),
    (
        "HOW MANY DAYS BETWEEN 2025-04-01 AND 2026-04-01 AND WHAT WEEKDAY IS 2026-04-01",
        [
            btw("days between 2025-04-01 and 2026-04-01", "2025-04-01", "2026-04-01"),
            wd("weekday of 2026-04-01", "2026-04-01"),
        ],
        [],
        "",
    ),
    (
        "is this happy or sad: 'Mi abuela por fin salió del hospital hoy 🥹❤️' and what language",
        [
            sen("sentiment of 'Mi abuela por fin salió del hospital hoy 🥹❤️'", "positive"),
            lang("what language is 'Mi abuela por fin salió del hospital hoy 🥹❤️'", "es"),
        ],
        [],
        "lower",
    ),
    (
        'entities from: "Prof. Kenji Watanabe of Kyoto University will visit Oxford on 22 October 2026." also the language of "これは本当に便利です"',
        [
            ent(
                'extract entities from "Prof. Kenji Watanabe of Kyoto University will visit Oxford on 22 October 2026."',
                [
                    ("Kenji Watanabe", "PERSON"),
                    ("Kyoto University", "ORGANIZATION"),
                    ("Oxford", "LOCATION"),
                    ("22 October 2026", "DATE"),
                ],
            ),
            lang('what language is "これは本当に便利です"', "ja"),
        ],
        [],
        "lower",
    ),
    (
        "what does the language detector say for 'Это было лучшее лето в моей жизни' and the sentiment detector?",
        [
            lang("what language is 'Это было лучшее лето в моей жизни'", "ru"),
            sen("sentiment of 'Это было лучшее лето в моей жизни'", "positive"),
        ],
        [],
        "lower",
    ),
    (
        "What language is 'यह खाना बहुत स्वादिष्ट है', what language is '这家餐厅的服务很好', and what is the sentiment of the second one?",
        [
            lang("what language is 'यह खाना बहुत स्वादिष्ट है'", "hi"),
            lang("what language is '这家餐厅的服务很好'", "zh"),
            sen("sentiment of '这家餐厅的服务很好'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "Compute 1 - 1/2 + 1/3 - 1/4 + 1/5",
        [m("1 - 1/2 + 1/3 - 1/4 + 1/5", "1-1/2+1/3-1/4+1/5")],
        [],
        "nopunct",
    ),
    (
        "the shuttle leaves at 12:45pm; how many minutes is 1 hour 15 minutes? i.e. convert 1.25 hours to minutes. and when do guests need to be seated?",
        [
            u("convert 1.25 hours to minutes", 1.25, "hour", "minute"),
            doc(
                "when do wedding guests need to be seated",
                "wedding_weekend",
                "seated in the walled garden by 1:30pm",
            ),
        ],
        [],
        "lower",
    ),
    (
        "Who is the trip leader and when does the coach come back? Then get the entities from the first answer.",
        [
            doc("who leads the school trip", "school_trip", "The trip is led by Mr Daniel Okafor"),
            doc(
                "when does the coach come back from the trip",
                "school_trip",
                "back at school at around 4:30pm on Friday",
            ),
            ent("extract entities from {t1}", [("Daniel Okafor", "PERSON")]),
        ],
        [],
        "multi-question",
    ),
    (
        "how many rooms are held at the Royal Crescent Lodge and how much per night? language of that sentence too",
        [
            doc(
                "how many rooms are held at the Royal Crescent Lodge and how much per night",
                "wedding_weekend",
                "holding 15 rooms for our guests at 118 pounds per night",
            ),
            lang("what language is {t1}", "en"),
        ],
        [],
        "lower",
    ),
    (
        "convert forty-two kilograms to pounds",
        [u("convert forty-two kilograms to pounds", 42, "kg", "lb")],
        [],
        "number-words lower",
    ),
    (
        "Tell me the day of the week of the date exactly one year after 2028-02-29.",
        [add("one year after 2028-02-29", "2028-02-29", years=1), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "tyhe weekday of 2026-12-31 pls and also 31 december 2026 minus 365 days",
        [
            wd("weekday of 2026-12-31", "2026-12-31"),
            add("31 December 2026 minus 365 days", "2026-12-31", days=-365),
        ],
        [],
        "lower typo",
    ),
    (
        "Calculate: 15.5 + 22.75 + 9.125; then average = that / 3",
        [m("15.5 + 22.75 + 9.125", "15.5+22.75+9.125"), m("{t1} divided by 3", "{t1}/3")],
        [],
        "",
    ),
    (
        "Convert 2.2 lbs to kilos. nope wait I meant 2.2 kg to lbs",
        [u("convert 2.2 kg to lbs", 2.2, "kg", "lb")],
        [],
        "self-correction",
    ),
    (
        "If rent is 1,150 a month, what's 12 times that, plus the 1,325 deposit?",
        [m("12 times 1,150 plus 1,325", "12*1150+1325")],
        [],
        "",
    ),
    (
        "Count the days between 2026-09-18 and 2026-09-20, convert 40 miles to km, and figure out 118 x 2",
        [
            btw("days between 2026-09-18 and 2026-09-20", "2026-09-18", "2026-09-20"),
            u("convert 40 miles to km", 40, "mile", "km"),
            m("118 x 2", "118*2"),
        ],
        [],
        "",
    ),
    (
        "FIND THE DATE 10 DAYS AFTER 2029-06-25 AND THE WEEKDAY OF IT THX",
        [add("10 days after 2029-06-25", "2029-06-25", days=10), wd("weekday of {t1}", "{t1}")],
        [],
        "",
    ),
]

# ------------------------------------------- four-part queries, typos, entities, lists
ITEMS += [
    (
        "ok so four things: convert 5'11\" ... no, 71 inches to cm, 160 lb to kg, what's 19% of 870, and the weekday of 2027-08-14",
        [
            u("convert 71 inches to cm", 71, "inch", "cm"),
            u("convert 160 lb to kg", 160, "lb", "kg"),
            m("19% of 870", "19/100*870"),
            wd("weekday of 2027-08-14", "2027-08-14"),
        ],
        [],
        "self-correction lower",
    ),
    (
        "1. sentimnet of 'Worst hotel ever, the shower was freezing'\n2. langauge of 'Hotellet var fantastisk'\n3. entites in 'Hilton opened a hotel in Reykjavik in 2028'\n4. 45 × 8",
        [
            sen("sentiment of 'Worst hotel ever, the shower was freezing'", "negative"),
            lang("what language is 'Hotellet var fantastisk'", "sv"),
            ent(
                "extract entities from 'Hilton opened a hotel in Reykjavik in 2028'",
                [("Hilton", "ORGANIZATION"), ("Reykjavik", "LOCATION"), ("2028", "DATE")],
            ),
            m("45 × 8", "45*8"),
        ],
        [],
        "numbered typo",
    ),
    (
        "Convert 10 km to miles, then double it, then add 3.1, then convert the result back to km",
        [
            u("convert 10 km to miles", 10, "km", "mile"),
            m("double {t1}", "2*{t1}"),
            m("{t2} plus 3.1", "{t2}+3.1"),
            u("convert {t3} miles to km", "{t3}", "mile", "km"),
        ],
        [],
        "nopunct",
    ),
    (
        "whats the date 100 days after 2026-01-01, its weekday, the date 100 days after that, and its weekday",
        [
            add("100 days after 2026-01-01", "2026-01-01", days=100),
            wd("weekday of {t1}", "{t1}"),
            add("100 days after {t1}", "{t1}", days=100),
            wd("weekday of {t3}", "{t3}"),
        ],
        [],
        "lower typo",
    ),
    (
        "Claculate 345 + 655, then devide by 8",
        [m("345 + 655", "345+655"), m("{t1} divided by 8", "{t1}/8")],
        [],
        "typo nopunct",
    ),
    (
        "waht day of the week is 2025-08-15",
        [wd("weekday of 2025-08-15", "2025-08-15")],
        [],
        "typo lower",
    ),
    (
        "conver 500 ml to cups pls",
        [u("convert 500 ml to cups", 500, "ml", "cup")],
        [],
        "typo lower",
    ),
    (
        "how mnay days btw 2027-02-01 and 2027-10-01",
        [btw("days between 2027-02-01 and 2027-10-01", "2027-02-01", "2027-10-01")],
        [],
        "typo lower",
    ),
    (
        "wat langauge is 'Tack så mycket för hjälpen'",
        [lang("what language is 'Tack så mycket för hjälpen'", "sv")],
        [],
        "typo lower",
    ),
    (
        "extact entities from 'Elon Musk visited the Tesla factory in Berlin in March 2026'",
        [
            ent(
                "extract entities from 'Elon Musk visited the Tesla factory in Berlin in March 2026'",
                [
                    ("Elon Musk", "PERSON"),
                    ("Tesla", "ORGANIZATION"),
                    ("Berlin", "LOCATION"),
                    ("March 2026", "DATE"),
                ],
            )
        ],
        [],
        "typo lower",
    ),
    (
        "sentimant of 'the concert was unforgettable, best night of the summer'",
        [sen("sentiment of 'the concert was unforgettable, best night of the summer'", "positive")],
        [],
        "typo lower",
    ),
    (
        "WHAT IS 15 PERCENT OF 80, WHAT IS 80 FAHRENHEIT IN CELSIUS, WHAT DAY IS 2028-01-01, AND WHO WROTE HAMLET",
        [
            m("15 percent of 80", "15/100*80"),
            u("convert 80 Fahrenheit to Celsius", 80, "degF", "degC"),
            wd("weekday of 2028-01-01", "2028-01-01"),
        ],
        ["WHO WROTE HAMLET"],
        "",
    ),
    (
        "Find the entities in each:\n- 'Olena Kovalenko moved from Kyiv to Warsaw in 2022'\n- 'UNICEF and the Red Cross sent aid to Sudan'\n- 'Pedro Almodóvar premiered his film in Venice on 1 September 2025'",
        [
            ent(
                "extract entities from 'Olena Kovalenko moved from Kyiv to Warsaw in 2022'",
                [
                    ("Olena Kovalenko", "PERSON"),
                    ("Kyiv", "LOCATION"),
                    ("Warsaw", "LOCATION"),
                    ("2022", "DATE"),
                ],
            ),
            ent(
                "extract entities from 'UNICEF and the Red Cross sent aid to Sudan'",
                [("UNICEF", "ORGANIZATION"), ("Red Cross", "ORGANIZATION"), ("Sudan", "LOCATION")],
            ),
            ent(
                "extract entities from 'Pedro Almodóvar premiered his film in Venice on 1 September 2025'",
                [
                    ("Pedro Almodóvar", "PERSON"),
                    ("Venice", "LOCATION"),
                    ("1 September 2025", "DATE"),
                ],
            ),
        ],
        [],
        "bulleted newline",
    ),
    (
        "Text: 'Je suis tellement déçue, Air France a encore perdu ma valise à Lyon.' → language, sentiment, entities",
        [
            lang(
                "what language is 'Je suis tellement déçue, Air France a encore perdu ma valise à Lyon.'",
                "fr",
            ),
            sen(
                "sentiment of 'Je suis tellement déçue, Air France a encore perdu ma valise à Lyon.'",
                "negative",
            ),
            ent(
                "extract entities from 'Je suis tellement déçue, Air France a encore perdu ma valise à Lyon.'",
                [("Air France", "ORGANIZATION"), ("Lyon", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "what's 3 kg in lb, 3 lb in kg, 3 L in gallons and 3 gallons in L?",
        [
            u("convert 3 kg to lb", 3, "kg", "lb"),
            u("convert 3 lb to kg", 3, "lb", "kg"),
            u("convert 3 L to gallons", 3, "liter", "gallon"),
            u("convert 3 gallons to L", 3, "gallon", "liter"),
        ],
        [],
        "lower",
    ),
    (
        "I'm planning the summit trip:\n* days from 2027-04-30 (hotel deadline) to 2027-06-09\n* 142 euros × 3 nights in pounds (ugh, currency)\n* what's 142 × 3 anyway\n* weekday of 2027-06-08",
        [
            btw("days between 2027-04-30 and 2027-06-09", "2027-04-30", "2027-06-09"),
            m("142 × 3", "142*3"),
            wd("weekday of 2027-06-08", "2027-06-08"),
        ],
        ["142 euros × 3 nights in pounds"],
        "bulleted currency",
    ),
    (
        "Who organises the welcome drinks at the wedding, and what's the sentiment of that line? Also convert 118 pounds... the weight, to kg. And what is 118 × 2?",
        [
            doc(
                "who hosts the welcome drinks at the wedding",
                "wedding_weekend",
                "hosted by Priya's parents, Anil and Meera Sharma",
            ),
            sen("sentiment of {t1}", "neutral"),
            u("convert 118 pounds to kg", 118, "lb", "kg"),
            m("118 × 2", "118*2"),
        ],
        [],
        "multi-question",
    ),
    (
        "Entities in the printer manual's support line sentence please, and the language of 'Skriveren virker ikke'",
        [
            doc(
                "what is the Halden Support contact line",
                "printer_manual",
                "contact Halden Support on 0800 046 2210",
            ),
            ent("extract entities from {t1}", [("Halden Support", "ORGANIZATION")]),
            lang("what language is 'Skriveren virker ikke'", "no"),
        ],
        [],
        "",
    ),
    (
        "Who pays speaker expenses? entities from that. and when is the speakers dinner? and weekday of 10 June 2027",
        [
            doc(
                "who processes speaker expense claims",
                "conference_guide",
                "processed by our finance partner, Vela Events Lda",
            ),
            ent("extract entities from {t1}", [("Vela Events Lda", "ORGANIZATION")]),
            doc(
                "when is the speakers' dinner",
                "conference_guide",
                "The speakers' dinner is held on 10 June at 8pm",
            ),
            wd("weekday of 10 June 2027", "2027-06-10"),
        ],
        [],
        "multi-question",
    ),
    (
        "What does E19 mean on the printer and how many pages is the drum rated for, roughly?",
        [
            doc(
                "what does printer error E19 mean",
                "printer_manual",
                "E19: Drum unit near end of life",
            ),
            doc(
                "how many pages is the drum rated for",
                "printer_manual",
                "rated for approximately 18,000 pages",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "How many guests can I have overnight at Calder Street, and how many people max for a party? Also 1,150 × 12.",
        [
            doc(
                "how long can overnight guests stay",
                "house_rules",
                "no more than 14 nights in any 3-month period",
            ),
            doc(
                "what is the maximum party size",
                "house_rules",
                "Parties of more than 8 people are not allowed",
            ),
            m("1,150 × 12", "1150*12"),
        ],
        [],
        "multi-question",
    ),
    (
        "what the school trip letter say about phones? also who runs it",
        [
            doc(
                "what does the trip letter say about mobile phones",
                "school_trip",
                "Mobile phones will be collected on arrival",
            ),
            doc(
                "who leads the school trip",
                "school_trip",
                "led by Mr Daniel Okafor, Head of Geography",
            ),
        ],
        [],
        "lower typo",
    ),
    (
        "Can I freeze my Ironbark membership, and for how much?",
        [
            doc(
                "can I freeze my membership and for how much",
                "gym_policy",
                "flat fee of 5 pounds per month",
            )
        ],
        [],
        "",
    ),
    (
        "rehearsal slot at the summit? and upload deadline for slides? and what's the weekday of that deadline (2 June 2027)",
        [
            doc(
                "when are rehearsals at the summit",
                "conference_guide",
                "Rehearsals in the main auditorium are possible on 8 June",
            ),
            doc(
                "what is the slide upload deadline",
                "conference_guide",
                "uploaded as 16:9 PDF or PPTX files by 2 June 2027",
            ),
            wd("weekday of 2 June 2027", "2027-06-02"),
        ],
        [],
        "lower",
    ),
    (
        "twenty-five times four, then minus thirty-three, then times three, then the square root of that",
        [
            m("twenty-five times four", "25*4"),
            m("{t1} minus thirty-three", "{t1}-33"),
            m("{t2} times three", "{t2}*3"),
            m("square root of {t3}", "sqrt({t3})"),
        ],
        [],
        "number-words lower",
    ),
    (
        "two thousand and twenty-six divided by two, please",
        [m("two thousand and twenty-six divided by two", "2026/2")],
        [],
        "number-words lower filler",
    ),
    (
        "What's half of three hundred and ninety, in metres converted to feet? i.e. first half of 390, then that many metres to feet",
        [m("half of 390", "390/2"), u("convert {t1} metres to feet", "{t1}", "m", "foot")],
        [],
        "",
    ),
    (
        "Date 6 weeks before 2026-03-01; its weekday; days from it to 2026-12-31",
        [
            add("6 weeks before 2026-03-01", "2026-03-01", weeks=-6),
            wd("weekday of {t1}", "{t1}"),
            btw("days between {t1} and 2026-12-31", "{t1}", "2026-12-31"),
        ],
        [],
        "semicolon",
    ),
    (
        "DAYS BETWEEN 2026-11-24 AND 2027-06-09, DIVIDED BY 7, PLUS 2",
        [
            btw("days between 2026-11-24 and 2027-06-09", "2026-11-24", "2027-06-09"),
            m("{t1} divided by 7", "{t1}/7"),
            m("{t2} plus 2", "{t2}+2"),
        ],
        [],
        "",
    ),
    (
        "Convert 12 TB to TiB then times 0.8 then convert that many TiB to GiB",
        [
            u("convert 12 TB to TiB", 12, "TB", "TiB"),
            m("{t1} times 0.8", "{t1}*0.8"),
            u("convert {t2} TiB to GiB", "{t2}", "TiB", "GiB"),
        ],
        [],
        "nopunct",
    ),
    (
        "days from 2025-03-01 to 2025-09-01, that many minutes in hours, and that many hours in days",
        [
            btw("days between 2025-03-01 and 2025-09-01", "2025-03-01", "2025-09-01"),
            u("convert {t1} minutes to hours", "{t1}", "minute", "hour"),
            u("convert {t2} hours to days", "{t2}", "hour", "day"),
        ],
        [],
        "lower",
    ),
    (
        "hey, hope you're well! could you tell me the weekday of the date two months after 2029-03-31? no rush, thanks a lot 😊",
        [add("two months after 2029-03-31", "2029-03-31", months=2), wd("weekday of {t1}", "{t1}")],
        [],
        "nested filler",
    ),
    (
        "the weekday of 4 weeks before christmas 2027 (2027-12-25)",
        [add("4 weeks before 2027-12-25", "2027-12-25", weeks=-4), wd("weekday of {t1}", "{t1}")],
        [],
        "nested lower",
    ),
    (
        "IS 'Niestety, pociąg znowu się spóźnił' NEGATIVE? AND WHAT LANGUAGE IS IT",
        [
            sen("sentiment of 'Niestety, pociąg znowu się spóźnił'", "negative"),
            lang("what language is 'Niestety, pociąg znowu się spóźnił'", "pl"),
        ],
        [],
        "",
    ),
    (
        "sentiment of 'Дякую за чудовий вечір!' and its language? plus entities in 'Володимир приїхав до Львова'",
        [
            sen("sentiment of 'Дякую за чудовий вечір!'", "positive"),
            lang("what language is 'Дякую за чудовий вечір!'", "uk"),
            ent(
                "extract entities from 'Володимир приїхав до Львова'",
                [("Володимир", "PERSON"), ("Львова", "LOCATION")],
            ),
        ],
        [],
        "lower",
    ),
    (
        'Please identify people/orgs/places/dates: "After leaving Google in 2021, Priyanka Nair founded a startup in Bengaluru with Infosys veteran Rahul Mehta."',
        [
            ent(
                'extract entities from "After leaving Google in 2021, Priyanka Nair founded a startup in Bengaluru with Infosys veteran Rahul Mehta."',
                [
                    ("Google", "ORGANIZATION"),
                    ("2021", "DATE"),
                    ("Priyanka Nair", "PERSON"),
                    ("Bengaluru", "LOCATION"),
                    ("Infosys", "ORGANIZATION"),
                    ("Rahul Mehta", "PERSON"),
                ],
            )
        ],
        [],
        "filler",
    ),
    (
        "NER on 'The European Central Bank raised rates in Frankfurt on 5 June 2025' and then tell me if it sounds good or bad",
        [
            ent(
                "extract entities from 'The European Central Bank raised rates in Frankfurt on 5 June 2025'",
                [
                    ("European Central Bank", "ORGANIZATION"),
                    ("Frankfurt", "LOCATION"),
                    ("5 June 2025", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'The European Central Bank raised rates in Frankfurt on 5 June 2025'",
                "neutral",
            ),
        ],
        [],
        "nopunct",
    ),
    (
        "language? 'Dit is echt de beste koffie van Utrecht'. entities? same text. sentiment? same text.",
        [
            lang("what language is 'Dit is echt de beste koffie van Utrecht'", "nl"),
            ent(
                "extract entities from 'Dit is echt de beste koffie van Utrecht'",
                [("Utrecht", "LOCATION")],
            ),
            sen("sentiment of 'Dit is echt de beste koffie van Utrecht'", "positive"),
        ],
        [],
        "lower",
    ),
    (
        "what is 2.75 hours in minutes; what is 2.75 miles in km; what is 2.75% of 2,750; what is 2.75 squared",
        [
            u("convert 2.75 hours to minutes", 2.75, "hour", "minute"),
            u("convert 2.75 miles to km", 2.75, "mile", "km"),
            m("2.75% of 2,750", "275/10000*2750"),
            m("2.75 squared", "2.75**2"),
        ],
        [],
        "lower",
    ),
    (
        "weekday of 2025-12-25, 2026-12-25, 2027-12-25 and 2028-12-25",
        [
            wd("weekday of 2025-12-25", "2025-12-25"),
            wd("weekday of 2026-12-25", "2026-12-25"),
            wd("weekday of 2027-12-25", "2027-12-25"),
            wd("weekday of 2028-12-25", "2028-12-25"),
        ],
        [],
        "lower",
    ),
    (
        "Tell me the weather in Lisbon, the best restaurant near the CCL, a taxi number, and the rate for Casa Restelo from my guide",
        [
            doc(
                "what is the rate for Casa Restelo",
                "conference_guide",
                "Casa Restelo: 118 euros per night including breakfast",
            )
        ],
        ["the weather in Lisbon", "the best restaurant near the CCL", "a taxi number"],
        "",
    ),
    (
        "Translate 'good luck' into Italian, Spanish and German, and what language is 'Buona fortuna'?",
        [lang("what language is 'Buona fortuna'", "it")],
        ["Translate 'good luck' into Italian, Spanish and German"],
        "multi-question",
    ),
    (
        "What's Tesla's stock price, what's 1 GBP in EUR, and what's the weather in Paris?",
        [],
        ["What's Tesla's stock price", "what's 1 GBP in EUR", "what's the weather in Paris"],
        "currency multi-question",
    ),
    (
        "Remind me to pay rent on 2026-12-01 and tell me how many days from 2026-11-24 to 2026-12-01, and convert 1,150 GBP to USD",
        [btw("days between 2026-11-24 and 2026-12-01", "2026-11-24", "2026-12-01")],
        ["Remind me to pay rent on 2026-12-01", "convert 1,150 GBP to USD"],
        "currency nopunct",
    ),
    (
        "sumarize the house rules for me and tell me the quiet hours",
        [doc("what are the quiet hours", "house_rules", "Quiet hours are from 11pm to 7am")],
        ["sumarize the house rules for me"],
        "typo lower",
    ),
]
