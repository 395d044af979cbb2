"""eval6 items, part G: registers - SMS, caps, emails, lists, stories and corrections."""

from build_specs import add, btw, doc, ent, lang, m, sen, u, wd

ITEMS_G: list[tuple[object, ...]] = [
    (
        "hey r u there? need 2 know wat day 2027-12-24 is n how many days til then from "
        "2027-11-01 n how many weeks thats thx",
        [
            wd("weekday of 2027-12-24", "2027-12-24"),
            btw("days between 2027-11-01 and 2027-12-24", "2027-11-01", "2027-12-24"),
            u("convert {t2} days to weeks", "{t2}", "day", "week"),
        ],
        [],
        "typo filler",
    ),
    (
        "URGENT!!! HOW MANY KG IS 12 STONE AND HOW MANY CM IS 6 FEET AND WHATS 12 STONE IN POUNDS",
        [
            u("convert 12 stone to kg", 12, "stone", "kg"),
            u("convert 6 feet to cm", 6, "foot", "cm"),
            u("convert 12 stone to pounds", 12, "stone", "lb"),
        ],
        [],
        "multi-question",
    ),
    (
        "Hello,\n\nI am organising our team offsite for 14 people. Each person's room costs 95 "
        "per night and we stay 3 nights. Could you tell me the total, then the cost per "
        "person, and then that per person per night?\n\nMany thanks,\nPriya",
        [
            m("14 times 95 times 3", "14*95*3"),
            m("{t1} divided by 14", "{t1}/14"),
            m("{t2} divided by 3", "{t2}/3"),
        ],
        [],
        "filler",
    ),
    (
        "1. convert 72 F to C\n2. double the result\n3. what weekday is 2027-08-15\n"
        "4. days from 2027-08-15 to 2027-12-25",
        [
            u("convert 72 °F to °C", 72, "degF", "degC"),
            m("double {t1}", "2*{t1}"),
            wd("weekday of 2027-08-15", "2027-08-15"),
            btw("days between 2027-08-15 and 2027-12-25", "2027-08-15", "2027-12-25"),
        ],
        [],
        "",
    ),
    (
        "My grandad was born on 1931-03-22 and passed away on 2019-11-08. How many days did he "
        "live, and what day of the week was he born? And how many hours is that many days?",
        [
            btw("days between 1931-03-22 and 2019-11-08", "1931-03-22", "2019-11-08"),
            wd("weekday of 1931-03-22", "1931-03-22"),
            u("convert {t1} days to hours", "{t1}", "day", "hour"),
        ],
        [],
        "multi-question",
    ),
    (
        "what's 18% of 450... sorry I meant 18% of 540",
        [m("18% of 540", "18/100*540")],
        [],
        "self-correction",
    ),
    (
        "what weekday is 2027-07-14 - actually make that 2027-07-15 - and add 30 days to it",
        [
            wd("weekday of 2027-07-15", "2027-07-15"),
            add("30 days after 2027-07-15", "2027-07-15", days=30),
        ],
        [],
        "self-correction",
    ),
    (
        "Please help me, I am want know how much is 5 kilogram in pound and also which day of "
        "week is 25 December 2027",
        [
            u("convert 5 kg to pounds", 5, "kg", "lb"),
            wd("weekday of 25 December 2027", "2027-12-25"),
        ],
        [],
        "",
    ),
    (
        "waht is 15 percnet of 80 and convrt 80 kilometres to mles and then dobule the miles",
        [
            m("15% of 80", "15/100*80"),
            u("convert 80 km to miles", 80, "km", "mile"),
            m("double {t2}", "2*{t2}"),
        ],
        [],
        "typo",
    ),
    (
        "So my band finally booked Live Room A at Blackbird Lane for a full day (420). We're 5 "
        "people. How much each? And do we need to bring cymbals or are those provided? And how "
        "does overtime work there?",
        [
            m("420 divided by 5", "420/5"),
            doc("are cymbals provided", "studio_hire", "bring your own cymbals"),
            doc(
                "how is overtime billed",
                "studio_hire",
                "billed in 30-minute blocks at the hourly rate plus 10 percent",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "omg kennel cough jab how long b4 boarding?? also 14 days b4 2027-07-30 = ?",
        [
            doc(
                "how long before boarding the kennel cough vaccine must be given",
                "kennel_faq",
                "kennel cough vaccine must be given at least 14 days before arrival",
            ),
            add("14 days before 2027-07-30", "2027-07-30", days=-14),
        ],
        [],
        "multi-question",
    ),
    (
        "WHEN DOES THE CALDER HOUSE SCAFFOLDING GO UP",
        [
            doc(
                "when does the scaffolding go up",
                "calder_notice",
                "Scaffolding goes up on the south face in the week of 17 May 2027",
            )
        ],
        [],
        "",
    ),
    (
        "four things for my porto trip:\n- how long is the placement test\n- convert 30 C to "
        "F\n- book me a host family room\n- what weekday is 5 July 2027",
        [
            doc("how long is the placement test", "escola_course", "40-minute online placement"),
            u("convert 30 °C to °F", 30, "degC", "degF"),
            wd("weekday of 5 July 2027", "2027-07-05"),
        ],
        ["book me a host family room"],
        "",
    ),
    (
        "I'm saving for a bike that costs 1,200 and I put away 75 a week. How many weeks will "
        "it take? If I start on 2027-01-04, what date do I hit the target, what weekday is "
        "that, and how many days from 2027-01-04 is it?",
        [
            m("1,200 divided by 75", "1200/75"),
            add("{t1} weeks after 2027-01-04", "2027-01-04", weeks="{t1}"),
            wd("weekday of {t2}", "{t2}"),
            btw("days between 2027-01-04 and {t2}", "2027-01-04", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "convert 5 miles to km. no wait, 15 miles. then divide by three",
        [u("convert 15 miles to km", 15, "mile", "km"), m("{t1} divided by three", "{t1}/3")],
        [],
        "self-correction number-words",
    ),
    (
        "yo whats 2027-03-31 minus 1 month and 2027-03-31 plus 1 month, and how many days "
        "between those two",
        [
            add("2027-03-31 minus 1 month", "2027-03-31", months=-1),
            add("2027-03-31 plus 1 month", "2027-03-31", months=1),
            btw("days between {t1} and {t2}", "{t1}", "{t2}"),
        ],
        [],
        "filler",
    ),
    (
        "Subject: Calder House works\n\nHi, I live in a two-bedroom flat. When exactly does the "
        "lift replacement start, and is there any extra levy? Also how many days are there from "
        "2027-04-12 to 2027-06-28? And tell the concierge I'm away in May.\n\nThanks, Jo",
        [
            doc(
                "when does the lift replacement start",
                "calder_notice",
                "starting on Monday 12 April 2027",
            ),
            doc("is there an extra levy for the works", "calder_notice", "there is no extra levy"),
            btw("days between 2027-04-12 and 2027-06-28", "2027-04-12", "2027-06-28"),
        ],
        ["tell the concierge I'm away in May"],
        "filler multi-question",
    ),
    (
        "find the ppl and orgs: 'Serena Williams and Nike announced a new academy in Lagos.' "
        "and what language is 'Grazie di tutto'",
        [
            ent(
                "entities in 'Serena Williams and Nike announced a new academy in Lagos.'",
                [
                    ("Serena Williams", "PERSON"),
                    ("Nike", "ORGANIZATION"),
                    ("Lagos", "LOCATION"),
                ],
            ),
            lang("language of 'Grazie di tutto'", "it"),
        ],
        [],
        "",
    ),
    (
        "WHAT IS 9 SQUARED AND WHO WROTE HAMLET AND WHAT LANGUAGE IS 'Être ou ne pas être'",
        [m("9 squared", "9**2"), lang("language of 'Être ou ne pas être'", "fr")],
        ["WHO WROTE HAMLET"],
        "",
    ),
    (
        "My daughter is 8 and I'm 4 times her age plus 3. How old am I? And how many months is "
        "that?",
        [
            m("4 times 8 plus 3", "4*8+3"),
            u("convert {t1} years to months", "{t1}", "year", "month"),
        ],
        [],
        "multi-question",
    ),
    (
        "lol my ex just sent 'hope ur doing well, no hard feelings x' - positive or passive "
        "aggressive?",
        [sen("sentiment of 'hope ur doing well, no hard feelings x'", "positive")],
        [],
        "",
    ),
    (
        "hw many days btwn 2027-02-03 and 2027-04-17, and conver that to weeks, and wat day is "
        "2027-04-17",
        [
            btw("days between 2027-02-03 and 2027-04-17", "2027-02-03", "2027-04-17"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 2027-04-17", "2027-04-17"),
        ],
        [],
        "typo",
    ),
    (
        "The allotment rent is due by 1 March, right? What weekday is 1 March 2027 then?",
        [
            doc("when is allotment rent due", "allotment_rules", "Rent is due by 1 March"),
            wd("weekday of 1 March 2027", "2027-03-01"),
        ],
        [],
        "multi-question",
    ),
    (
        "Q1: 45 mph in m/s? Q2: 3 weeks after 2027-12-20? Q3: weekday of that date?",
        [
            u("convert 45 mph to m/s", 45, "mph", "m/s"),
            add("3 weeks after 2027-12-20", "2027-12-20", weeks=3),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
]
