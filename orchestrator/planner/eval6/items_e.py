"""eval6 items, part E: parts no specialist serves, next to served parts or on their own."""

from build_specs import add, btw, doc, ent, lang, m, sen, u, wd

ITEMS_E: list[tuple[object, ...]] = [
    (
        "whats the weather in Leeds tomorrow and convert 14 C to F and to kelvin",
        [
            u("convert 14 °C to °F", 14, "degC", "degF"),
            u("convert 14 °C to kelvin", 14, "degC", "kelvin"),
        ],
        ["whats the weather in Leeds tomorrow"],
        "",
    ),
    (
        "book me a table for 4 at 8pm somewhere near the studio, and how many days between "
        "2027-05-01 and 2027-05-20",
        [btw("days between 2027-05-01 and 2027-05-20", "2027-05-01", "2027-05-20")],
        ["book me a table for 4 at 8pm somewhere near the studio"],
        "",
    ),
    (
        "Write an email to my landlord complaining about the lift, and tell me what weekday "
        "12 April 2027 is and how many days it is from 12 April 2027 to 28 June 2027.",
        [
            wd("weekday of 12 April 2027", "2027-04-12"),
            btw("days between 12 April 2027 and 28 June 2027", "2027-04-12", "2027-06-28"),
        ],
        ["Write an email to my landlord complaining about the lift"],
        "",
    ),
    (
        "who won the champions league final last night",
        [],
        ["who won the champions league final last night"],
        "",
    ),
    (
        "convert 250 USD to GBP and 250 lb to kg",
        [u("convert 250 lb to kg", 250, "lb", "kg")],
        ["convert 250 USD to GBP"],
        "currency",
    ),
    (
        "translate 'Obrigado pela paciência' to english and tell me what language it is",
        [lang("language of 'Obrigado pela paciência'", "pt")],
        ["translate 'Obrigado pela paciência' to english"],
        "",
    ),
    (
        "remind me on 2027-03-02 to fill the kettle, and what weekday is that",
        [wd("weekday of 2027-03-02", "2027-03-02")],
        ["remind me on 2027-03-02 to fill the kettle"],
        "",
    ),
    (
        "summarise the kennel FAQ for me in 3 bullet points",
        [],
        ["summarise the kennel FAQ for me in 3 bullet points"],
        "",
    ),
    (
        "what do you think of the new Zelda game? also 3.5 times 18, then divide by 4",
        [m("3.5 times 18", "3.5*18"), m("{t1} divided by 4", "{t1}/4")],
        ["what do you think of the new Zelda game"],
        "",
    ),
    (
        "is Tesla stock up today and what's 12% of 3,450, and 3,450 minus that",
        [m("12% of 3,450", "12/100*3450"), m("3,450 minus {t1}", "3450-{t1}")],
        ["is Tesla stock up today"],
        "",
    ),
    (
        "recommend a good vegan restaurant in Porto and tell me what language 'Bom apetite!' is",
        [lang("language of 'Bom apetite!'", "pt")],
        ["recommend a good vegan restaurant in Porto"],
        "",
    ),
    (
        "write me a python function that sorts a list, then compute 2 to the power of 20",
        [m("2 to the power of 20", "2**20")],
        ["write me a python function that sorts a list"],
        "",
    ),
    ("what time is it in Tokyo right now", [], ["what time is it in Tokyo right now"], ""),
    (
        "set an alarm for 6am, convert 5 km to miles and 5 miles to km, and what's the capital "
        "of Australia",
        [
            u("convert 5 km to miles", 5, "km", "mile"),
            u("convert 5 miles to km", 5, "mile", "km"),
        ],
        ["set an alarm for 6am", "what's the capital of Australia"],
        "",
    ),
    (
        "draft a polite reply to this: 'We regret to inform you that your application has been "
        "unsuccessful.' and also what's the sentiment of it",
        [
            sen(
                "sentiment of 'We regret to inform you that your application has been "
                "unsuccessful.'",
                "negative",
            )
        ],
        [
            "draft a polite reply to this: 'We regret to inform you that your application has "
            "been unsuccessful.'"
        ],
        "",
    ),
    ("how far is Porto from Lisbon by train", [], ["how far is Porto from Lisbon by train"], ""),
    (
        "Sign me up for the Fernbrook waiting list, and how much is a full plot?",
        [
            doc(
                "price of a full plot",
                "allotment_rules",
                "A full plot of 250 square metres costs 64 pounds a year",
            )
        ],
        ["Sign me up for the Fernbrook waiting list"],
        "",
    ),
    (
        "who is the prime minister of Japan and what language is 'ありがとうございます'",
        [lang("language of 'ありがとうございます'", "ja")],
        ["who is the prime minister of Japan"],
        "",
    ),
    (
        "order 3 bags of compost for me and conevrt 40 litres to US gallons",
        [u("convert 40 litres to US gallons", 40, "liter", "gallon")],
        ["order 3 bags of compost for me"],
        "typo",
    ),
    (
        "whats 80 euros in dollars? and 80 km in miles",
        [u("convert 80 km to miles", 80, "km", "mile")],
        ["whats 80 euros in dollars"],
        "currency",
    ),
    (
        "call the kennels and ask if they've got space in August",
        [],
        ["call the kennels and ask if they've got space in August"],
        "",
    ),
    (
        "Can you give me a synonym for 'happy' and tell me the sentiment of 'I'm so happy you "
        "came!'",
        [sen("sentiment of 'I'm so happy you came!'", "positive")],
        ["give me a synonym for 'happy'"],
        "",
    ),
    (
        "what weekday is 4 weeks after 5 July 2027 (end of my course), and plan a 3 day "
        "itinerary for Porto",
        [add("4 weeks after 5 July 2027", "2027-07-05", weeks=4), wd("weekday of {t1}", "{t1}")],
        ["plan a 3 day itinerary for Porto"],
        "nested",
    ),
    (
        "how many calories in a banana? also 250 kcal to kJ",
        [u("convert 250 kcal to kJ", 250, "kcal", "kJ")],
        ["how many calories in a banana"],
        "",
    ),
    (
        "is it going to rain on 3 March 2027? that's the calder house water shut-off day right - "
        "what hours is the water off",
        [doc("hours of the water shut-off", "calder_notice", "between 9 am and 3 pm")],
        ["is it going to rain on 3 March 2027"],
        "",
    ),
    (
        "text my sister that I'll be late and tell me the entities in 'Meet me at Piccadilly "
        "Gardens with Tom at noon'",
        [
            ent(
                "entities in 'Meet me at Piccadilly Gardens with Tom at noon'",
                [("Piccadilly Gardens", "LOCATION"), ("Tom", "PERSON")],
            )
        ],
        ["text my sister that I'll be late"],
        "",
    ),
    (
        "rewrite this so it sounds nicer: 'ur late AGAIN. typical.' and whats its sentiment",
        [sen("sentiment of 'ur late AGAIN. typical.'", "negative")],
        ["rewrite this so it sounds nicer: 'ur late AGAIN. typical.'"],
        "",
    ),
    (
        "should I buy a house or keep renting? also how much is 1,842 plus 4.5%, divided by 12",
        [m("1,842 plus 4.5%", "1842*1045/1000"), m("{t1} divided by 12", "{t1}/12")],
        ["should I buy a house or keep renting"],
        "",
    ),
    (
        "find me cheap flights to Porto in July and how many days from 2027-07-05 to 2027-08-02 "
        "and what weekday is 2027-08-02",
        [
            btw("days between 2027-07-05 and 2027-08-02", "2027-07-05", "2027-08-02"),
            wd("weekday of 2027-08-02", "2027-08-02"),
        ],
        ["find me cheap flights to Porto in July"],
        "",
    ),
    (
        "generate a QR code for our studio wifi password",
        [],
        ["generate a QR code for our studio wifi password"],
        "",
    ),
    (
        "whats the best programming language to learn in 2027",
        [],
        ["whats the best programming language to learn in 2027"],
        "",
    ),
    (
        "explain quantum computing like I'm 5 and convert 1 light year to km",
        [u("convert 1 light year to km", 1, "light_year", "km")],
        ["explain quantum computing like I'm 5"],
        "",
    ),
    (
        "cancel my booking at blackbird lane for next friday and tell me their cancellation policy",
        [
            doc(
                "cancellation policy",
                "studio_hire",
                "Cancellation: free up to 14 days before the session",
            )
        ],
        ["cancel my booking at blackbird lane for next friday"],
        "",
    ),
    ("how much is 500 yen in euro", [], ["how much is 500 yen in euro"], "currency"),
    (
        "Dear assistant, please (1) email the allotment secretary about my shed, (2) tell me how "
        "many hours of communal work each plot holder owes, (3) convert 64 pounds to euros, "
        "(4) tell me what weekday 1 March 2027 is. Kind regards, Bill",
        [
            doc(
                "hours of communal work per plot holder",
                "allotment_rules",
                "gives 4 hours a year to the communal work days",
            ),
            wd("weekday of 1 March 2027", "2027-03-01"),
        ],
        ["email the allotment secretary about my shed", "convert 64 pounds to euros"],
        "currency filler",
    ),
    (
        "What's the population of Leeds, and what's 48 m² in sq ft, and 26 m²?",
        [
            u("convert 48 m² to square feet", 48, "m**2", "ft**2"),
            u("convert 26 m² to square feet", 26, "m**2", "ft**2"),
        ],
        ["What's the population of Leeds"],
        "multi-question",
    ),
    (
        "hey can u make me a playlist for the gym and also how many minutes is 2.5 hours, and "
        "how many 30 minute sets is that",
        [
            u("convert 2.5 hours to minutes", 2.5, "hour", "minute"),
            m("{t1} divided by 30", "{t1}/30"),
        ],
        ["make me a playlist for the gym"],
        "filler",
    ),
    (
        "tell me a joke about dogs, and whats the sentiment of 'my dog ate my passport the day "
        "before our flight'",
        [sen("sentiment of 'my dog ate my passport the day before our flight'", "negative")],
        ["tell me a joke about dogs"],
        "",
    ),
]
