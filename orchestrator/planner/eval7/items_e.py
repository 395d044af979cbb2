"""eval7 items, part E: queries with out-of-scope parts (some entirely out of scope)."""

from build_specs import btw, doc, lang, m, sen, u, wd

ITEMS_E: list[tuple[object, ...]] = [
    (
        "convert 250 euros to yen and also 250 km to miles",
        [u("convert 250 km to miles", 250, "km", "mile")],
        ["convert 250 euros to yen"],
        "currency",
    ),
    (
        "what's the weather looking like in Bergen tomorrow",
        [],
        ["what's the weather looking like in Bergen tomorrow"],
        "",
    ),
    (
        "write a limerick about my cat Biscuit, and what weekday is her birthday, 2027-04-22?",
        [wd("weekday of 2027-04-22", "2027-04-22")],
        ["write a limerick about my cat Biscuit"],
        "",
    ),
    (
        "translate 'Wo ist der Bahnhof?' into English and tell me what language it is",
        [lang("what language is 'Wo ist der Bahnhof?'", "de")],
        ["translate 'Wo ist der Bahnhof?' into English"],
        "",
    ),
    (
        "book me a table for 4 at 7pm somewhere italian near Leith",
        [],
        ["book me a table for 4 at 7pm somewhere italian near Leith"],
        "",
    ),
    (
        "how much is 1,200 USD in GBP right now, and what's 18% of 1,200",
        [m("18% of 1,200", "18/100*1200")],
        ["how much is 1,200 USD in GBP right now"],
        "currency",
    ),
    (
        "who won the 1966 World Cup and how many years before 2027 was that",
        [m("2027 minus 1966", "2027-1966")],
        ["who won the 1966 World Cup"],
        "",
    ),
    (
        "set an alarm for 6:15 and tell me how many minutes are in 7.5 hours",
        [u("convert 7.5 hours to minutes", 7.5, "hour", "minute")],
        ["set an alarm for 6:15"],
        "",
    ),
    (
        "What's the capital of Mongolia? Also, sentiment of 'Honestly the worst hotel breakfast "
        "I have ever had.'",
        [sen("sentiment of 'Honestly the worst hotel breakfast I have ever had.'", "negative")],
        ["What's the capital of Mongolia?"],
        "multi-question",
    ),
    (
        "summarise the Quillpad release notes for me and tell me when 5.1 is expected",
        [doc("expected date of release 5.1", "quillpad_release", "2027-06-08")],
        ["summarise the Quillpad release notes for me"],
        "",
    ),
    (
        "is it a good idea to buy bitcoin now? and whats 2.5% of 8,000",
        [m("2.5% of 8,000", "2.5/100*8000")],
        ["is it a good idea to buy bitcoin now?"],
        "multi-question",
    ),
    (
        "email my landlord that the boiler broke again; also days between 2027-01-09 and "
        "2027-02-20",
        [btw("days between 2027-01-09 and 2027-02-20", "2027-01-09", "2027-02-20")],
        ["email my landlord that the boiler broke again"],
        "",
    ),
    ("what time is it in Auckland right now?", [], ["what time is it in Auckland right now?"], ""),
    (
        "Convert 60 mph to km/h, then tell me how long it takes to drive from Cork to Galway "
        "at that speed",
        [u("convert 60 mph to km/h", 60, "mph", "km/h")],
        ["how long it takes to drive from Cork to Galway at that speed"],
        "",
    ),
    (
        "order 3 bags of dog food from the pet shop, and tell me what 3 bags of 12 kg weigh in "
        "pounds",
        [m("3 times 12", "3*12"), u("convert {t1} kg to pounds", "{t1}", "kg", "lb")],
        ["order 3 bags of dog food from the pet shop"],
        "",
    ),
    ("tell me a joke about accountants", [], ["tell me a joke about accountants"], ""),
    (
        "whats nintendo's share price today, and how many days from 2027-02-01 to 2027-03-31",
        [btw("days between 2027-02-01 and 2027-03-31", "2027-02-01", "2027-03-31")],
        ["whats nintendo's share price today"],
        "",
    ),
    (
        "draft a reply to this: 'Thanks so much for sorting the refund so quickly!' and check "
        "its sentiment",
        [sen("sentiment of 'Thanks so much for sorting the refund so quickly!'", "positive")],
        ["draft a reply to this: 'Thanks so much for sorting the refund so quickly!'"],
        "",
    ),
    ("convert 45 euros to dollars pls", [], ["convert 45 euros to dollars"], "currency"),
    (
        "remind me on 2027-09-14 to renew my passport, and what day of the week is that",
        [wd("weekday of 2027-09-14", "2027-09-14")],
        ["remind me on 2027-09-14 to renew my passport"],
        "",
    ),
    (
        "what's the exchange rate from AUD to NZD, and 15 percent of 640?",
        [m("15 percent of 640", "15/100*640")],
        ["what's the exchange rate from AUD to NZD"],
        "currency",
    ),
    (
        "find me cheap flights from Porto to Krakow in May and tell me what weekday 2027-05-12 is",
        [wd("weekday of 2027-05-12", "2027-05-12")],
        ["find me cheap flights from Porto to Krakow in May"],
        "",
    ),
    (
        "Is 'Bonne chance pour demain' French or Italian, and how do you say it in Spanish?",
        [lang("what language is 'Bonne chance pour demain'", "fr")],
        ["how do you say it in Spanish?"],
        "multi-question",
    ),
    (
        "which is healthier, rice or pasta? also convet 500 g to pounds",
        [u("convert 500 g to pounds", 500, "g", "lb")],
        ["which is healthier, rice or pasta?"],
        "multi-question typo",
    ),
    (
        "play some jazz and work out 17 tmies 23",
        [m("17 times 23", "17*23")],
        ["play some jazz"],
        "typo",
    ),
    ("Explain photosynthesis like I'm five.", [], ["Explain photosynthesis like I'm five."], ""),
    (
        "can i bring my 3 dogs to hollins beck? and book us a pitch for 2027-08-06",
        [doc("how many dogs are allowed per pitch", "campsite_guide", "up to two per pitch")],
        ["book us a pitch for 2027-08-06"],
        "multi-question",
    ),
    (
        "rewrite this more politely: 'Fix the printer NOW.' and what language is it",
        [lang("what language is 'Fix the printer NOW.'", "en")],
        ["rewrite this more politely: 'Fix the printer NOW.'"],
        "",
    ),
    (
        "what's the damage excess on linnet club cars, and how much is that in euros",
        [doc("damage excess", "carshare_rules", "damage excess is 500 pounds per incident")],
        ["how much is that in euros"],
        "currency",
    ),
    (
        "WHATS 3 OUNCES IN GRAMS, WHATS THE WEATHER IN OSLO, AND WHATS 1/8 OF 360",
        [u("convert 3 ounces to grams", 3, "oz", "g"), m("1/8 of 360", "Rational(1, 8)*360")],
        ["WHATS THE WEATHER IN OSLO"],
        "multi-question",
    ),
]
