"""eval6 items, part A: short requests - mostly one specialist, some with a follow-up step."""

from build_specs import add, btw, ent, lang, m, sen, u, wd

ITEMS_A: list[tuple[object, ...]] = [
    # ---- math
    (
        "whats 17.5% of 2,340 and then take that off 2,340",
        [m("17.5% of 2,340", "17.5/100*2340"), m("2,340 minus {t1}", "2340-{t1}")],
        [],
        "",
    ),
    (
        "need the square root of 1764 for my son's homework, he swears it's 42 but I don't "
        "trust him",
        [m("square root of 1764", "sqrt(1764)")],
        [],
        "",
    ),
    (
        "WHAT IS 48 TIMES 365... NO SORRY, 52 TIMES 365",
        [m("52 times 365", "52*365")],
        [],
        "self-correction",
    ),
    (
        "quick one: 7 to the power of 5 minus 1000? then divide that by 7",
        [m("7 to the power of 5 minus 1000", "7**5-1000"), m("{t1} divided by 7", "{t1}/7")],
        [],
        "",
    ),
    (
        "how much is 3/8 plus 5/12 as a decimal",
        [m("3/8 plus 5/12", "Rational(3, 8) + Rational(5, 12)")],
        [],
        "",
    ),
    (
        "we printed 1,250 flyers for the street party and handed out 866 of them at the market "
        "on saturday. how many have we got left? and if the 4 of us split the rest, how many "
        "each?",
        [m("1,250 minus 866", "1250-866"), m("{t1} divided by 4", "{t1}/4")],
        [],
        "multi-question",
    ),
    (
        "please what is result of 96 divide on 8 and after multiply 3",
        [m("96 divided by 8 times 3", "96/8*3")],
        [],
        "",
    ),
    ("calcualte 12.5 sqared", [m("12.5 squared", "12.5**2")], [], "typo"),
    (
        "what's nine hundred divided by twelve",
        [m("nine hundred divided by twelve", "900/12")],
        [],
        "number-words",
    ),
    (
        "Hiya! Could you work out 3,600 plus 15% for me, and then split it over 3 monthly "
        "payments? It's for an invoice. Thanks so much x",
        [m("3,600 plus 15%", "3600*115/100"), m("{t1} divided by 3", "{t1}/3")],
        [],
        "filler",
    ),
    # ---- units
    (
        "how many kilometres is a half marathon, it's 13.1 miles right? and if I finish in 2 "
        "hours what's that in km per hour",
        [u("convert 13.1 miles to km", 13.1, "mile", "km"), m("{t1} divided by 2", "{t1}/2")],
        [],
        "",
    ),
    (
        "oven dial says 220 C, whats that in fahrenheit",
        [u("convert 220 °C to °F", 220, "degC", "degF")],
        [],
        "",
    ),
    (
        "convrt 3.5 cups to ml pls",
        [u("convert 3.5 cups to ml", 3.5, "cup", "ml")],
        [],
        "typo filler",
    ),
    (
        "my checked bag weighs 22 kg, how much is that in lbs, and how far under the 50 lb "
        "limit am I",
        [u("convert 22 kg to pounds", 22, "kg", "lb"), m("50 minus {t1}", "50-{t1}")],
        [],
        "",
    ),
    (
        "How many MiB is 3.2 GB (SI)?",
        [u("convert 3.2 GB to MiB", 3.2, "GB", "MiB")],
        [],
        "",
    ),
    ("how many hours in 9 days", [u("number of hours in 9 days", 9, "day", "hour")], [], ""),
    (
        "Wind gusts of 40 knots forecast for the crossing. km/h?",
        [u("convert 40 knots to km/h", 40, "knot", "km/h")],
        [],
        "",
    ),
    (
        "the flat is listed as 750 sq ft, what is that in square metres? at 4,100 per square "
        "metre what would it cost",
        [
            u("convert 750 square feet to square metres", 750, "ft**2", "m**2"),
            m("{t1} times 4,100", "{t1}*4100"),
        ],
        [],
        "",
    ),
    (
        "tyre presure 2.4 bar into psi",
        [u("convert 2.4 bar to psi", 2.4, "bar", "psi")],
        [],
        "typo",
    ),
    (
        "2 TiB = ? GB. and how many 500 GB drives is that",
        [u("convert 2 TiB to GB", 2, "TiB", "GB"), m("{t1} divided by 500", "{t1}/500")],
        [],
        "",
    ),
    # ---- dates
    (
        "wat day is 10 days after 2027-11-25",
        [add("10 days after 2027-11-25", "2027-11-25", days=10), wd("weekday of {t1}", "{t1}")],
        [],
        "typo nested",
    ),
    (
        "How many days are there between 14 February 2027 and 1 June 2027, and how many weeks "
        "is that?",
        [
            btw(
                "days between 14 February 2027 and 1 June 2027",
                "2027-02-14",
                "2027-06-01",
            ),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "",
    ),
    (
        "my visa is good for 90 days from 3 August 2027 - what's the date it runs out and "
        "which day of the week will that be",
        [
            add("90 days after 3 August 2027", "2027-08-03", days=90),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "If I add 6 months to 31 August 2027 what date do I land on?",
        [add("add 6 months to 31 August 2027", "2027-08-31", months=6)],
        [],
        "",
    ),
    (
        "whcih day of the week was 4 July 1976",
        [wd("weekday of 4 July 1976", "1976-07-04")],
        [],
        "typo",
    ),
    (
        "what day of the week is 3 weeks before 2027-01-10?",
        [add("3 weeks before 2027-01-10", "2027-01-10", weeks=-3), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "hey so our anniversary is the 19th of October 2027, what weekday is that? thx",
        [wd("weekday of 19 October 2027", "2027-10-19")],
        [],
        "filler",
    ),
    (
        "Subtract 2 years and 3 months from 2029-05-31.",
        [add("2 years and 3 months before 2029-05-31", "2029-05-31", years=-2, months=-3)],
        [],
        "",
    ),
    (
        "days betwen 2026-12-25 and 2027-03-15, times 24",
        [
            btw("days between 2026-12-25 and 2027-03-15", "2026-12-25", "2027-03-15"),
            m("{t1} times 24", "{t1}*24"),
        ],
        [],
        "typo",
    ),
    # ---- sentiment
    (
        "sentiment? 'the delivery guy left my parcel in the rain AGAIN, box totally soaked'",
        [
            sen(
                "sentiment of 'the delivery guy left my parcel in the rain AGAIN, box totally "
                "soaked'",
                "negative",
            )
        ],
        [],
        "",
    ),
    (
        "Is this review positive or not: \"Honestly the best ramen I've had outside Japan, "
        'the broth was unreal."',
        [
            sen(
                "sentiment of \"Honestly the best ramen I've had outside Japan, the broth was "
                'unreal."',
                "positive",
            )
        ],
        [],
        "",
    ),
    (
        "what's the tone of this message from my landlord: 'The boiler inspection is booked "
        "for Thursday between 8 and 12.'",
        [
            sen(
                "sentiment of 'The boiler inspection is booked for Thursday between 8 and 12.'",
                "neutral",
            )
        ],
        [],
        "",
    ),
    (
        "c'est positif ou négatif ? « Franchement, le service était lent et le plat froid. »",
        [
            sen(
                "sentiment of « Franchement, le service était lent et le plat froid. »",
                "negative",
            )
        ],
        [],
        "",
    ),
    # ---- language
    (
        "what language is 'Dziękuję za wszystko' and is it a nice thing to say",
        [
            lang("language of 'Dziękuję za wszystko'", "pl"),
            sen("sentiment of 'Dziękuję za wszystko'", "positive"),
        ],
        [],
        "",
    ),
    (
        "which langauge is this: 'Kiitos kun tulit'",
        [lang("language of 'Kiitos kun tulit'", "fi")],
        [],
        "typo",
    ),
    (
        "no idea what this says, my neighbour wrote it in a card: 'Gott nytt år och tack för "
        "hjälpen!' what language?",
        [lang("language of 'Gott nytt år och tack för hjälpen!'", "sv")],
        [],
        "",
    ),
    (
        "lang of: Selamat pagi, apa kabar?",
        [lang('language of "Selamat pagi, apa kabar?"', "id")],
        [],
        "",
    ),
    (
        "is 'Vă mulțumesc frumos' romanian or something else",
        [lang("language of 'Vă mulțumesc frumos'", "ro")],
        [],
        "",
    ),
    # ---- entities
    (
        "pull out the people, places and dates: 'Ada Lovelace met Charles Babbage in London "
        "in June 1833.'",
        [
            ent(
                "entities in 'Ada Lovelace met Charles Babbage in London in June 1833.'",
                [
                    ("Ada Lovelace", "PERSON"),
                    ("Charles Babbage", "PERSON"),
                    ("London", "LOCATION"),
                    ("June 1833", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "entities in: Siemens opened a new plant in Charlotte on 12 March 2024. also weekday of "
        "12 March 2024",
        [
            ent(
                'entities in "Siemens opened a new plant in Charlotte on 12 March 2024"',
                [
                    ("Siemens", "ORGANIZATION"),
                    ("Charlotte", "LOCATION"),
                    ("12 March 2024", "DATE"),
                ],
            ),
            wd("weekday of 12 March 2024", "2024-03-12"),
        ],
        [],
        "",
    ),
    (
        "Welche Namen und Orte stehen in diesem Satz? «Angela Merkel hielt 2019 eine Rede an "
        "der Harvard University in Cambridge.»",
        [
            ent(
                "entities in «Angela Merkel hielt 2019 eine Rede an der Harvard University in "
                "Cambridge.»",
                [
                    ("Angela Merkel", "PERSON"),
                    ("2019", "DATE"),
                    ("Harvard University", "ORGANIZATION"),
                    ("Cambridge", "LOCATION"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "ner on this tweet pls: 'cant believe Spotify poached Ms Okonkwo from Netflix lol'",
        [
            ent(
                "entities in 'cant believe Spotify poached Ms Okonkwo from Netflix lol'",
                [
                    ("Spotify", "ORGANIZATION"),
                    ("Okonkwo", "PERSON"),
                    ("Netflix", "ORGANIZATION"),
                ],
            )
        ],
        [],
        "filler",
    ),
]
