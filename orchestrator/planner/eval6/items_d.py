"""eval6 items, part D: questions over kennel_faq, calder_notice and escola_course."""

from build_specs import add, btw, doc, ent, lang, m, sen, wd

AL, ST, KE, CA, ES = (
    "allotment_rules",
    "studio_hire",
    "kennel_faq",
    "calder_notice",
    "escola_course",
)

ITEMS_D: list[tuple[object, ...]] = [
    # ---- kennel_faq
    (
        "HOLLOWMERE KENNELS PRICE PER NIGHT FOR A CAT??",
        [doc("price per night for a cat", KE, "a cat costs 17 pounds a night")],
        [],
        "",
    ),
    (
        "my two dogs share one kennel, is the second one cheaper? and what's 28 plus half of 28, "
        "oh wait I mean 39 plus half of 39",
        [
            doc(
                "discount for a second dog",
                KE,
                "A second dog sharing the same kennel pays half price",
            ),
            m("39 plus half of 39", "39+Rational(39, 2)"),
        ],
        [],
        "multi-question self-correction",
    ),
    (
        "what happens if my dog gets ill at the kennels? and pull out any names in that answer",
        [
            doc(
                "what happens if a pet falls ill",
                KE,
                "take your pet to Brackenford Veterinary Centre",
            ),
            ent(
                "entities in {t1}",
                [("Brackenford Veterinary Centre", "ORGANIZATION"), ("Hollowmere", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "deposit for boarding over christmas? and how many nights is 2027-12-22 to 2027-12-28",
        [
            doc(
                "deposit for stays over Christmas",
                KE,
                "rising to 100 pounds for stays over Christmas",
            ),
            btw("days between 2027-12-22 and 2027-12-28", "2027-12-22", "2027-12-28"),
        ],
        [],
        "",
    ),
    (
        "my puppy have 12 weeks, he can stay in your kennel? he is born 2027-05-10, which date "
        "he has 16 weeks?",
        [
            doc("can a 12 week old puppy board", KE, "We board puppies from 16 weeks old"),
            add("16 weeks after 2027-05-10", "2027-05-10", weeks=16),
        ],
        [],
        "multi-question",
    ),
    (
        "what does the kennel faq say about the kennel cough jab? we arrive 2027-08-20 so also "
        "give me the date 14 days before that and its weekday",
        [
            doc(
                "when must the kennel cough vaccine be given",
                KE,
                "at least 14 days before arrival",
            ),
            add("14 days before 2027-08-20", "2027-08-20", days=-14),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "we might have to cancel about a month ahead, what happens to the deposit at the kennels?",
        [
            doc(
                "what happens to the deposit when cancelling a month ahead",
                KE,
                "we move the deposit to a future stay",
            )
        ],
        [],
        "",
    ),
    (
        "does the kennel say dogs are happy there? is it upbeat about it?",
        [
            doc("are dogs happy at the kennels", KE, "most dogs go home happier than they arrived"),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "multi-question",
    ),
    # ---- calder_notice
    (
        "lift is out from 12 April 2027 for eleven weeks, when's it back? and what help does "
        "the notice offer people who can't manage the stairs? oh and what weekday is the lift "
        "back",
        [
            add("eleven weeks after 12 April 2027", "2027-04-12", weeks=11),
            doc(
                "help for residents with limited mobility during the lift works",
                CA,
                "temporary ground-floor parking bay",
            ),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "number-words multi-question",
    ),
    (
        "what's the new service charge for a 2 bed at calder house? and what's 1,842 divided "
        "by 12, and 1,842 divided by 1.045 (the old charge), and 1,842 minus that old charge",
        [
            doc(
                "new service charge for a 2 bedroom flat",
                CA,
                "to 1,842 pounds for a two-bedroom flat",
            ),
            m("1,842 divided by 12", "1842/12"),
            m("1,842 divided by 1.045", "1842/1.045"),
            m("1,842 minus {t3}", "1842-{t3}"),
        ],
        [],
        "multi-question",
    ),
    (
        "Who's the building manager for Calder House, and what's the phone number?",
        [
            doc("who is the building manager", CA, "the building manager, Tomasz Wilk"),
            doc("phone number for the building manager", CA, "call 0161 555 0193"),
        ],
        [],
        "multi-question",
    ),
    (
        "my plants live on a south-facing balcony, when do they have to come in? extract the "
        "date from that",
        [
            doc(
                "deadline for bringing in plants from south-facing balconies",
                CA,
                "must be brought inside by 14 May 2027",
            ),
            ent("entities in {t1}", [("14 May 2027", "DATE")]),
        ],
        [],
        "",
    ),
    (
        "who actually sent the calder house notice? give me just the organisation",
        [
            doc("who issued the notice", CA, "Issued by Northvale Property Management"),
            ent("entities in {t1}", [("Northvale Property Management", "ORGANIZATION")]),
        ],
        [],
        "",
    ),
    # ---- escola_course
    (
        "how much is the 2-week intensive at Escola Atlântico, and what's that in GBP",
        [doc("price of the two-week intensive", ES, "The two-week intensive costs 390 euros")],
        ["what's that in GBP"],
        "currency",
    ),
    (
        "wen does the summer sesion start in porto? pull the date out",
        [
            doc(
                "when does the summer session begin",
                ES,
                "The summer session begins on 5 July 2027",
            ),
            ent("entities in {t1}", [("5 July 2027", "DATE")]),
        ],
        [],
        "typo",
    ),
    (
        "if I do two courses do I pay the enrolment fee twice?",
        [
            doc(
                "is the enrolment fee paid for every course",
                ES,
                "paid only once, however many courses you take",
            )
        ],
        [],
        "",
    ),
    (
        "can i just tell them my level instead of doing a test",
        [
            doc(
                "can students self-assess their level instead of taking a test",
                ES,
                "nobody is placed by self-assessment alone",
            )
        ],
        [],
        "",
    ),
    (
        "private lessons are 38 an hour I think? check that, and what would 10 hours a week for "
        "2 weeks cost at 38",
        [
            doc("price of private lessons per hour", ES, "Private lessons cost 38 euros an hour"),
            m("38 times 10 times 2", "38*10*2"),
        ],
        [],
        "multi-question",
    ),
    (
        "cancelling 2 weeks before start - what do I lose? also whats 25% of 390, and 390 minus "
        "that",
        [
            doc(
                "what is kept when cancelling 2 weeks before the start",
                ES,
                "we keep 25 percent of the course fee",
            ),
            m("25% of 390", "25/100*390"),
            m("390 minus {t2}", "390-{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "what's the very last line of the escola sheet and what language is it",
        [
            doc("last line of the course sheet", ES, "Até breve!"),
            lang("language of {t1}", "pt"),
        ],
        [],
        "multi-question",
    ),
    (
        "where do the friday culture walks go? list the places",
        [
            doc(
                "where do the Friday culture walks go",
                ES,
                "a walk through the Ribeira district or a visit to a port cellar",
            ),
            ent(
                "entities in {t1}",
                [("Ribeira", "LOCATION"), ("Vila Nova de Gaia", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "Who runs Escola Atlântico? And what language is 'Até breve' exactly?",
        [
            doc("who runs the school", ES, "Our director, Helena Moutinho"),
            lang("language of 'Até breve'", "pt"),
        ],
        [],
        "multi-question",
    ),
    # ---- two documents at once
    (
        "2 questions: how much is a full allotment plot per year, and what's the studio's "
        "late-night surcharge?",
        [
            doc("price of a full allotment plot per year", AL, "costs 64 pounds a year"),
            doc("late-night surcharge at the studio", ST, "surcharge of 12 pounds an hour"),
        ],
        [],
        "multi-question",
    ),
]
