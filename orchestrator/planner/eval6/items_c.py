"""eval6 items, part C: questions over allotment_rules and studio_hire, alone or mixed."""

from build_specs import add, btw, doc, ent, m, sen, u, wd

AL, ST, KE, CA, ES = (
    "allotment_rules",
    "studio_hire",
    "kennel_faq",
    "calder_notice",
    "escola_course",
)

ITEMS_C: list[tuple[object, ...]] = [
    # ---- allotment_rules
    (
        "at fernbrook how much does a half plot cost a year? mine is 125 square metres, what's "
        "that in square feet",
        [
            doc("how much does a half plot cost per year", AL, "a half plot costs 36 pounds"),
            u("convert 125 square metres to square feet", 125, "m**2", "ft**2"),
        ],
        [],
        "",
    ),
    (
        "can i keep chikens on my allotmnet?",
        [
            doc(
                "can chickens be kept on an allotment plot",
                AL,
                "Hens may be kept with written permission",
            )
        ],
        [],
        "typo",
    ),
    (
        "When am I allowed to have a bonfire on the allotment site? And what weekday is 1 "
        "October 2027?",
        [
            doc(
                "when are bonfires allowed on the allotment site",
                AL,
                "between 1 October and 28 February, and only before 10 am",
            ),
            wd("weekday of 1 October 2027", "2027-10-01"),
        ],
        [],
        "multi-question",
    ),
    (
        "I'm 67 and on a pension. Do older members get anything off the allotment rent?",
        [
            doc(
                "do older members get a reduction on allotment rent",
                AL,
                "get a 25 percent reduction on their rent",
            )
        ],
        [],
        "",
    ),
    (
        "what's the biggest shed I'm allowed at Fernbrook? and convert 2.4 m and 1.8 m to feet "
        "while you're at it",
        [
            doc("maximum shed size on a plot", AL, "one shed no larger than 2.4 by 1.8 metres"),
            u("convert 2.4 m to feet", 2.4, "m", "foot"),
            u("convert 1.8 m to feet", 1.8, "m", "foot"),
        ],
        [],
        "multi-question",
    ),
    (
        "why aren't cockerels allowed at the allotments, and which street is named in that rule?",
        [
            doc(
                "why are cockerels not allowed",
                AL,
                "neighbours on Mill Lane complained about the crowing",
            ),
            ent("entities in {t1}", [("Mill Lane", "LOCATION")]),
        ],
        [],
        "",
    ),
    (
        "who do i contact about allotment stuff? just give me the persons name",
        [
            doc("who to contact with allotment questions", AL, "the site secretary, Marian Osei"),
            ent("entities in {t1}", [("Marian Osei", "PERSON")]),
        ],
        [],
        "",
    ),
    (
        "how often do they inspect the plots, and what weekday is 2027-05-03 (pretty sure the "
        "first one is then)",
        [
            doc("when are plots inspected", AL, "inspected in May, July and September"),
            wd("weekday of 2027-05-03", "2027-05-03"),
        ],
        [],
        "multi-question",
    ),
    (
        "what happened to the old pear tree by the trading hut? and would you call that "
        "sentence sad or happy",
        [
            doc(
                "what happened to the pear tree by the trading hut",
                AL,
                "old pear tree beside the trading hut was lost in the February storm",
            ),
            sen("sentiment of {t1}", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "when do the allotment troughs get drained? and how many days is it from 2027-11-01 "
        "to 2028-03-31, in weeks?",
        [
            doc("when are the water troughs drained", AL, "drained from 1 November until 31 March"),
            btw("days between 2027-11-01 and 2028-03-31", "2027-11-01", "2028-03-31"),
            u("convert {t2} days to weeks", "{t2}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    # ---- studio_hire
    (
        "Blackbird Lane Studios: what's a full day in Live Room B? and 10 hours in minutes",
        [
            doc("day rate for Live Room B", ST, "Live Room B | 26 square metres | 260 pounds"),
            u("convert 10 hours to minutes", 10, "hour", "minute"),
        ],
        [],
        "",
    ),
    (
        "whats the deposit rule at the studio? if its 30% of 420 how much do we pay up front, "
        "and how much is left to pay on the day",
        [
            doc("deposit when booking the studio", ST, "Deposit: 30 percent of the quoted price"),
            m("30% of 420", "30/100*420"),
            m("420 minus {t2}", "420-{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "if we cancel our studio session 10 days before, do we lose anything? the session is "
        "2027-09-17, so what date is 14 days before that",
        [
            doc("cancelling a studio session 10 days before", ST, "after that the deposit is kept"),
            add("14 days before 2027-09-17", "2027-09-17", days=-14),
        ],
        [],
        "",
    ),
    (
        "how long does blackbird lane keep our multitracks? and give me the date 60 days after "
        "2027-03-02 just in case, plus what weekday that is",
        [
            doc("how long are multitrack sessions kept", ST, "stay on our server for 60 days"),
            add("60 days after 2027-03-02", "2027-03-02", days=60),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "is there a student discount at blackbird lane, and what's 260 with 20% off",
        [
            doc("student discount", ST, "20 percent off weekday daytime bookings"),
            m("260 minus 20%", "260*80/100"),
        ],
        [],
        "",
    ),
    (
        "what does the hire sheet say about their past clients? positive or negative?",
        [
            doc("what the hire sheet says about past clients", ST, "came back for a second album"),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "STUDIO BOOKING PHONE NUMBER PLS",
        [doc("phone number for studio bookings", ST, "Bookings: 0113 496 0721")],
        [],
        "filler",
    ),
    (
        "where do we laod our gear in, and is there parkign?",
        [
            doc("where is the load-in", ST, "the load-in is through the roller door on the left"),
            doc("is there parking", ST, "Parking: two spaces in the yard"),
        ],
        [],
        "typo",
    ),
]
