"""eval7 items, part D: questions on `campsite_guide` and `quillpad_release`, some chained."""

from build_specs import btw, doc, ent, m, sen, u, wd
from helpers import num

CG = "campsite_guide"
QP = "quillpad_release"

TENT = "Tent pitch, 2 adults | 18 pounds | 26 pounds"
POOL = "over 3.5 metres deep"
LEAD = "lead no longer than 2 metres"
TOKEN = "each token gives 8 minutes of shower time"
PIT = "hired for 6 pounds a night"
LOGS = "bag of kiln-dried logs costs 8 pounds"
BELL = "Bell tent, sleeps 4 | 65 pounds"
RELEASE = "2027-03-16"
EOS = "2027-09-30"
NEXT = "2027-06-08"
WIN = "182 MB for the Windows installer"
PERSONAL = "39 dollars per year"
TEAM = "7 dollars per user per month"
MIGRATE = "about 90 seconds for every 1,000 notes"
RAM = "Minimum RAM: 4 GB"

ITEMS_D: list[tuple[object, ...]] = [
    # ---- campsite_guide
    (
        "We're 2 adults with a tent in high season for 5 nights. What's the pitch per night at "
        "Hollins Beck, and the total?",
        [
            doc("high-season price of a tent pitch for 2 adults", CG, TENT),
            m("{t1} times 5", num(TENT, 2) + "*5"),
        ],
        [],
        "multi-question",
    ),
    (
        "how deep is the pool under the waterfall at the campsite? in feet please, I only "
        "think in feet",
        [
            doc("depth of the pool below the waterfall", CG, POOL),
            u("convert {t1} to feet", num(POOL), "m", "ft"),
        ],
        [],
        "",
    ),
    (
        "whats the dog lead rule at hollins beck, and convert it to inchs",
        [doc("rule for dog leads", CG, LEAD), u("convert {t1} to inches", num(LEAD), "m", "inch")],
        [],
        "typo",
    ),
    (
        "Who runs the campsite? Then find the entities in that sentence.",
        [
            doc("who runs the campsite", CG, "run by Maggie Thwaite and her brother Owen"),
            ent(
                "entities in {t1}",
                [
                    ("Hollins Beck", "LOCATION"),
                    ("Kelderdale", "LOCATION"),
                    ("Maggie Thwaite", "PERSON"),
                    ("Owen", "PERSON"),
                    ("2009", "DATE"),
                ],
            ),
        ],
        [],
        "",
    ),
    (
        "what happened with a fire last summer according to the campsite guide, and what's the "
        "tone of that line",
        [
            doc("what happened with a fire last summer", CG, "scorched the old oak by the stream"),
            sen("sentiment of {t1}", "negative"),
        ],
        [],
        "",
    ),
    (
        "how long does one shower token last at the campsite? i need 20 minutes (long hair), "
        "how many tokens is that",
        [doc("minutes per shower token", CG, TOKEN), m("20 divided by {t1}", "20/" + num(TOKEN))],
        [],
        "multi-question",
    ),
    (
        "campfire costs: fire pit hire per night, a bag of logs, and the total for 3 nights "
        "if we burn 2 bags a night",
        [
            doc("fire pit hire per night", CG, PIT),
            doc("price of a bag of logs", CG, LOGS),
            m("({t1} plus 2 times {t2}) times 3", f"({num(PIT)}+2*{num(LOGS)})*3"),
        ],
        [],
        "",
    ),
    # ---- quillpad_release
    (
        "when did Quillpad 5.0 come out, and what weekday was it",
        [doc("release date of Quillpad 5.0", QP, RELEASE), wd("weekday of {t1}", "{t1}")],
        [],
        "",
    ),
    (
        "How many days are there between the Quillpad 5.0 release and the end of support for 4.x?",
        [
            doc("release date of Quillpad 5.0", QP, RELEASE),
            doc("end of support date for 4.x", QP, EOS),
            btw("days between {t1} and {t2}", "{t1}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "quillpad 5 windows installer size in MiB?",
        [
            doc("download size of the Windows installer", QP, WIN),
            u("convert {t1} to MiB", num(WIN), "MB", "MiB"),
        ],
        [],
        "",
    ),
    (
        "what's a Quillpad personal licence cost, and what's half that (student discount)",
        [doc("price of a personal licence", QP, PERSONAL), m("half of {t1}", num(PERSONAL) + "/2")],
        [],
        "",
    ),
    (
        "team licence for quillpad: price per user per month, and the total for 9 people over "
        "12 months",
        [doc("team licence price", QP, TEAM), m("{t1} times 9 times 12", num(TEAM) + "*9*12")],
        [],
        "",
    ),
    (
        "When's the next Quillpad release, what weekday is that, and how many days after the "
        "5.0 release does it come?",
        [
            doc("next planned release date", QP, NEXT),
            wd("weekday of {t1}", "{t1}"),
            doc("release date of Quillpad 5.0", QP, RELEASE),
            btw("days between {t3} and {t1}", "{t3}", "{t1}"),
        ],
        [],
        "multi-question",
    ),
    (
        "the guide says how long the library migration takes per 1,000 notes — how long then "
        "for my 6,000 notes, and how many minutes is that",
        [
            doc("migration time per 1,000 notes", QP, MIGRATE),
            m("{t1} times 6", num(MIGRATE) + "*6"),
            u("convert {t2} seconds to minutes", "{t2}", "second", "minute"),
        ],
        [],
        "",
    ),
    (
        "the thank-you bit at the end of the quillpad notes, what does it say and is it positive",
        [
            doc("the thank-you at the end of the release notes", QP, "312 beta testers"),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "",
    ),
    (
        "hollins beck bell tent in low season for 3 nites, how much per night and in total",
        [
            doc("low-season price of the bell tent", CG, BELL),
            m("{t1} times 3", num(BELL, 1) + "*3"),
        ],
        [],
        "typo",
    ),
]
