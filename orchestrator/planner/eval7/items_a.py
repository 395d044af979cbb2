"""eval7 items, part A: single requests, one per specialist, phrased in unexpected ways."""

from build_specs import add, ent, lang, m, sen, u, wd

ITEMS_A: list[tuple[object, ...]] = [
    # ---- math
    (
        "if you chop 7,830 into 18 equal slcies how big is each slice",
        [m("7,830 divided by 18", "7830/18")],
        [],
        "typo",
    ),
    (
        "remind me what 13 cubed is, my brain has completely stopped working today",
        [m("13 cubed", "13**3")],
        [],
        "",
    ),
    (
        "What do I get when 0.35 is multiplied by 1,260?",
        [m("0.35 multiplied by 1,260", "0.35*1260")],
        [],
        "",
    ),
    (
        "percent-wise, how good is 57 out of 76 on a test",
        [m("57 as a percentage of 76", "57/76*100")],
        [],
        "",
    ),
    (
        "seventeen squared minus forty",
        [m("seventeen squared minus forty", "17**2-40")],
        [],
        "number-words",
    ),
    # ---- units
    (
        "my son is 190 cm now, what is that in feet??",
        [u("convert 190 cm to feet", 190, "cm", "ft")],
        [],
        "",
    ),
    (
        "My oven only speaks fahrenheit and the recipe wants 220 °C",
        [u("convert 220 °C to °F", 220, "degC", "degF")],
        [],
        "",
    ),
    (
        "how many tablespons fit in 1.5 cups",
        [u("convert 1.5 cups to tablespoons", 1.5, "cup", "tablespoon")],
        [],
        "typo",
    ),
    (
        "marathon = 42.195 km. in miles?",
        [u("convert 42.195 km to miles", 42.195, "km", "mile")],
        [],
        "",
    ),
    (
        "a 2.4 TB drive holds how many GiB",
        [u("convert 2.4 TB to GiB", 2.4, "TB", "GiB")],
        [],
        "",
    ),
    (
        "The sticker on the door frame says 36 psi. Whats that in bar",
        [u("convert 36 psi to bar", 36, "psi", "bar")],
        [],
        "",
    ),
    # ---- dates
    (
        "what day of the week will 14 February 2027 be",
        [wd("weekday of 14 February 2027", "2027-02-14")],
        [],
        "",
    ),
    (
        "I was born 1990-07-23 and nobody ever told me what weekday it was",
        [wd("weekday of 1990-07-23", "1990-07-23")],
        [],
        "",
    ),
    (
        "the lease runs for 18 months starting 31 August 2026, so it ends on what date",
        [add("18 months after 31 August 2026", "2026-08-31", months=18)],
        [],
        "",
    ),
    (
        "whats the date 100 days befor 2027-01-01",
        [add("100 days before 2027-01-01", "2027-01-01", days=-100)],
        [],
        "typo",
    ),
    # ---- sentiment
    (
        "vibe check on this review pls: 'Arrived cracked, support never answered, never again.'",
        [sen("sentiment of 'Arrived cracked, support never answered, never again.'", "negative")],
        [],
        "",
    ),
    (
        'Is my boss pleased or annoyed? He wrote: "Good work on the Fenwick proposal, exactly '
        'what we needed."',
        [
            sen(
                'sentiment of "Good work on the Fenwick proposal, exactly what we needed."',
                "positive",
            )
        ],
        [],
        "",
    ),
    (
        "emotional tone of 'The meeting has been moved to room 4B.'",
        [sen("sentiment of 'The meeting has been moved to room 4B.'", "neutral")],
        [],
        "",
    ),
    # ---- language
    (
        "what tongue is this written in — 'Kesäloma alkaa ensi viikolla'",
        [lang("what language is 'Kesäloma alkaa ensi viikolla'", "fi")],
        [],
        "",
    ),
    (
        "found this on the back of a postcard: 'Mulțumesc pentru tot, ne vedem în iunie!' "
        "which language would that be",
        [lang("what language is 'Mulțumesc pentru tot, ne vedem în iunie!'", "ro")],
        [],
        "",
    ),
    (
        "'Jag saknar dig redan' <- identify the language",
        [lang("what language is 'Jag saknar dig redan'", "sv")],
        [],
        "",
    ),
    # ---- entities
    (
        "pull out the names, places and companies from: 'Lucía Moreno left Telefónica in "
        "Madrid in March 2026 to join Spotify.'",
        [
            ent(
                "entities in 'Lucía Moreno left Telefónica in Madrid in March 2026 to join "
                "Spotify.'",
                [
                    ("Lucía Moreno", "PERSON"),
                    ("Telefónica", "ORGANIZATION"),
                    ("Madrid", "LOCATION"),
                    ("March 2026", "DATE"),
                    ("Spotify", "ORGANIZATION"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        'who and where is mentioned in "Kwame Asante flew from Accra to Toronto on 2 May 2027."',
        [
            ent(
                'entities in "Kwame Asante flew from Accra to Toronto on 2 May 2027."',
                [
                    ("Kwame Asante", "PERSON"),
                    ("Accra", "LOCATION"),
                    ("Toronto", "LOCATION"),
                    ("2 May 2027", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "tag the entitys: 'The Royal Society gave its medal to Ingrid Halvorsen in 2025.'",
        [
            ent(
                "entities in 'The Royal Society gave its medal to Ingrid Halvorsen in 2025.'",
                [
                    ("Royal Society", "ORGANIZATION"),
                    ("Ingrid Halvorsen", "PERSON"),
                    ("2025", "DATE"),
                ],
            )
        ],
        [],
        "typo",
    ),
]
