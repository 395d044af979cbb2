"""eval7 items, part C: questions on `carshare_rules` and `dental_leaflet`, some chained."""

from build_specs import add, doc, ent, m, sen, u
from helpers import num

CS = "carshare_rules"
DL = "dental_leaflet"

JOIN = "joining fee is 35 pounds"
ESTATE = "6.90 pounds for the estate cars"
ADVANCE = "up to 28 days in advance"
CHECKUP = "check-up for adults costs 62 pounds"
WHITEN = "Home whitening trays cost 295 pounds"
NOTICE = "at least 48 hours of notice"

ITEMS_C: list[tuple[object, ...]] = [
    # ---- carshare_rules
    (
        "how old do u hav to be to join linnet car clubb",
        [doc("minimum age to join the car club", CS, "aged 21 or over")],
        [],
        "typo",
    ),
    (
        "What's the car club's joining fee? And what's that plus 12 months of membership at "
        "8.50 a month?",
        [
            doc("car club joining fee", CS, JOIN),
            m("{t1} plus 12 times 8.50", num(JOIN) + "+12*8.50"),
        ],
        [],
        "multi-question",
    ),
    (
        "if i keep one of the estate cars for 3 hours what does that come to",
        [
            doc("hourly rate for the estate cars", CS, ESTATE),
            m("{t1} times 3", num(ESTATE) + "*3"),
        ],
        [],
        "",
    ),
    (
        "who's the club manager at Linnet? and run entity extraction on that line",
        [
            doc("club manager of the car club", CS, "Priya Kendal"),
            ent("entities in {t1}", [("Priya Kendal", "PERSON")]),
        ],
        [],
        "multi-question",
    ),
    (
        "How far ahead can I book a Linnet car? If I book on 2027-05-03 as far ahead as "
        "allowed, what date would the booking be for?",
        [
            doc("how far in advance cars can be booked", CS, ADVANCE),
            add("{t1} after 2027-05-03", "2027-05-03", days=int(num(ADVANCE))),
        ],
        [],
        "multi-question",
    ),
    # ---- dental_leaflet
    (
        "How much is an adult check-up at Millbrook, and what would it be for 2 adults?",
        [
            doc("price of an adult check-up", DL, CHECKUP),
            m("{t1} times 2", num(CHECKUP) + "*2"),
        ],
        [],
        "multi-question",
    ),
    (
        "Teeth whitening at Millbrook - what's the price, and what is it with 20% off (they "
        "emailed me a spring offer)",
        [
            doc("price of teeth whitening", DL, WHITEN),
            m("20% off {t1}", num(WHITEN) + "*(1-Rational(20, 100))"),
        ],
        [],
        "",
    ),
    (
        "can i pay for my crown in instalments at millbrook? its 640 pounds, so what would "
        "each payment be over 10 months",
        [
            doc("payment plans for treatment", DL, "spread over 10 monthly instalments"),
            m("640 divided by 10", "640/10"),
        ],
        [],
        "multi-question",
    ),
    (
        "which dentists work at Millbrook? list the entities in the answer",
        [
            doc("the dentists at the practice", DL, "Anjali Ferreira is the principal dentist"),
            ent(
                "entities in {t1}",
                [
                    ("Anjali Ferreira", "PERSON"),
                    ("Tomasz Brennan", "PERSON"),
                    ("Leeds Dental Institute", "ORGANIZATION"),
                    ("2024", "DATE"),
                ],
            ),
        ],
        [],
        "",
    ),
    (
        "i'm terrified of dentists. what does the leaflet say about nervous patients, and does "
        "it sound positive",
        [
            doc("what the practice says about nervous patients", DL, "calmest they have ever had"),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "toothache at 2am, what number do i ring",
        [doc("out-of-hours urgent dental number", DL, "urgent dental line on 0345 220 918")],
        [],
        "",
    ),
    (
        "How much notice does the dentist want for a cancellation? Convert that to days.",
        [
            doc("notice needed to cancel an appointment", DL, NOTICE),
            u("convert {t1} to days", num(NOTICE), "hour", "day"),
        ],
        [],
        "",
    ),
    (
        "dentist q's: how often should an adult have a check-up, how much is one, and what's "
        "that times 2 for a year",
        [
            doc("how often adults need a check-up", DL, "every 6 to 12 months"),
            doc("price of an adult check-up", DL, CHECKUP),
            m("{t2} times 2", num(CHECKUP) + "*2"),
        ],
        [],
        "multi-question",
    ),
]
