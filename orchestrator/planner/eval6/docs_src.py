"""The five user documents of eval6, written by hand for this set.

Formats differ on purpose: `allotment_rules` is bullet lists under headings, `studio_hire` is
"Label: value" lines with a small pipe table, `kennel_faq` is Q:/A: pairs, `calder_notice` is
plain prose under headings, and `escola_course` is numbered paragraphs.  Every line is one
sentence or a few sentences (long lines are built from short string pieces so
that no source line is longer than 100 columns); docs answers are substrings that occur once.
"""

ALLOTMENT_RULES = "\n".join(
    [
        "Fernbrook Community Allotments: Rules for Plot Holders, 2027 Season",
        "These rules apply to every tenancy on the Mill Lane site.",
        "Rent and deposits",
        (
            "- A full plot of 250 square metres costs 64 pounds a year, and a half plot costs "
            "36 pounds."
        ),
        (
            "- Rent is due by 1 March, and plots still unpaid on 31 March are offered to the "
            "waiting list."
        ),
        "- New tenants pay a one-off key deposit of 15 pounds for the gate padlock.",
        "- Members over 65 or receiving Universal Credit get a 25 percent reduction on their rent.",
        "Cultivation",
        (
            "- At least three quarters of each plot must be under cultivation during the "
            "growing season."
        ),
        "- Plots are inspected in May, July and September.",
        "- After two failed inspections in a row, your tenancy may be ended with 28 days' notice.",
        "- Fruit trees must be on dwarfing rootstock and kept below 2.5 metres.",
        "Structures",
        (
            "- Each plot may have one shed no larger than 2.4 by 1.8 metres, plus one "
            "greenhouse or polytunnel."
        ),
        "- Old carpet, tyres and asbestos sheeting are banned everywhere on site.",
        "Water and bonfires",
        "- Hosepipes may only be used to fill water butts, never to water beds directly.",
        "- The troughs are drained from 1 November until 31 March so the pipes do not freeze.",
        "- Bonfires are allowed between 1 October and 28 February, and only before 10 am.",
        "Animals",
        "- Hens may be kept with written permission, up to six birds per plot.",
        "- Cockerels are not allowed because neighbours on Mill Lane complained about the crowing.",
        "Communal areas",
        "- Every plot holder gives 4 hours a year to the communal work days.",
        (
            "- The manure heap by the north gate is free to members, but please take no more "
            "than two barrows a week."
        ),
        (
            "- The trading hut sells seed potatoes, compost and netting on Sunday mornings "
            "from 10 until noon."
        ),
        "- Sadly, the old pear tree beside the trading hut was lost in the February storm.",
        "Questions go to the site secretary, Marian Osei, at fernbrook.plots@example.org.",
    ]
)

STUDIO_HIRE = "\n".join(
    [
        "Blackbird Lane Studios: Hire Sheet",
        "Address: Unit 7, Blackbird Lane, Leeds LS9 8QR",
        "Bookings: 0113 496 0721",
        "Open: 9 am to midnight, seven days a week",
        "| Room | Floor area | Day rate (10 hours) | Per hour |",
        "| Live Room A | 48 square metres | 420 pounds | 55 pounds |",
        "| Live Room B | 26 square metres | 260 pounds | 34 pounds |",
        "| Vocal Booth | 6 square metres | 150 pounds | 19 pounds |",
        "| Rehearsal Room | 30 square metres | 175 pounds | 22 pounds |",
        (
            "Engineer: every booking includes an in-house engineer, except the Rehearsal Room, "
            "which you run yourselves."
        ),
        "Deposit: 30 percent of the quoted price, paid when you book.",
        "Cancellation: free up to 14 days before the session; after that the deposit is kept.",
        "Overtime: billed in 30-minute blocks at the hourly rate plus 10 percent.",
        "Late sessions: anything running past 10 pm carries a surcharge of 12 pounds an hour.",
        (
            "Backline: the house drum kit, a bass amp and two guitar amps are free to use, but "
            "bring your own cymbals."
        ),
        "Mixing: 180 pounds per song, with two rounds of revisions included.",
        "Mastering: 45 pounds per track, or 380 pounds for an album of up to 12 tracks.",
        "Files: multitrack sessions stay on our server for 60 days and are then deleted for good.",
        "Parking: two spaces in the yard, and the load-in is through the roller door on the left.",
        "Drinks: nothing but water in the control room, ever.",
        "Noise: amps go down to practice level after 11 pm because of the flats next door.",
        "Students: 20 percent off weekday daytime bookings with a valid student card.",
        (
            "Our last three clients all came back for a second album, which tells you "
            "everything about the sound of Live Room A!"
        ),
    ]
)

KENNEL_FAQ = "\n".join(
    [
        "Hollowmere Kennels and Cattery: Frequently Asked Questions",
        "Q: What vaccinations does my dog need?",
        (
            "A: Dogs must be vaccinated against distemper, parvovirus, hepatitis and "
            "leptospirosis, and the kennel cough vaccine must be given at least 14 days before "
            "arrival."
        ),
        "Q: And cats?",
        "A: Cats need an up-to-date vaccination against cat flu and enteritis.",
        "Q: How much does a stay cost?",
        (
            "A: A dog costs 28 pounds a night in a standard kennel or 39 pounds in a garden "
            "suite, and a cat costs 17 pounds a night."
        ),
        "Q: Is there a discount for two dogs?",
        "A: A second dog sharing the same kennel pays half price.",
        "Q: When can I drop off and collect?",
        (
            "A: Drop-off and collection are from 8 to 11 in the morning and from 4 to 6 in the "
            "afternoon, never on Sundays or bank holidays."
        ),
        "Q: Do you charge for the day I collect?",
        "A: Collection after 11 am counts as a full extra night.",
        "Q: Can I bring my dog's own food?",
        "A: Yes, and we take 2 pounds a night off the price if you supply every meal.",
        "Q: What happens if my pet falls ill?",
        (
            "A: We ring you first, then take your pet to Brackenford Veterinary Centre in "
            "Hollowmere village, and any vet bills are added to your invoice."
        ),
        "Q: Is there a deposit?",
        (
            "A: A non-refundable deposit of 50 pounds secures the booking, rising to 100 "
            "pounds for stays over Christmas."
        ),
        "Q: Can I cancel?",
        (
            "A: If you cancel more than 21 days ahead we move the deposit to a future stay; "
            "closer than that, it is lost."
        ),
        "Q: Will my dog be walked?",
        (
            "A: Every dog gets two 20-minute walks a day in our fenced paddock, and extra "
            "one-to-one walks cost 6 pounds each."
        ),
        "Q: Do you take puppies?",
        "A: We board puppies from 16 weeks old, once their vaccination course is complete.",
        "Q: Will my dog be happy?",
        "A: Our guests adore the paddock, and most dogs go home happier than they arrived!",
    ]
)

CALDER_NOTICE = "\n".join(
    [
        "Calder House: Notice to Residents about the Spring 2027 Works",
        "Issued by Northvale Property Management on behalf of the freeholder.",
        "Lift replacement",
        (
            "The passenger lift serving floors 1 to 9 will be replaced, starting on Monday 12 "
            "April 2027. The work is expected to take eleven weeks, and during this time the "
            "building will have no working lift. Residents with limited mobility can ask the "
            "office for a temporary ground-floor parking bay and for help carrying up shopping "
            "deliveries."
        ),
        "Water shut-off",
        (
            "The cold water supply will be turned off on Wednesday 3 March 2027 between 9 am "
            "and 3 pm while the rising main is flushed. Please fill a kettle and a few bottles "
            "the night before."
        ),
        "Scaffolding and windows",
        (
            "Scaffolding goes up on the south face in the week of 17 May 2027. For security, "
            "keep windows on that side locked whenever you are out, and never pass anything to "
            "workers through a window. Plants and furniture on south-facing balconies must be "
            "brought inside by 14 May 2027."
        ),
        "Bins and recycling",
        (
            "While the scaffold is up, the bin store moves to the paved bay beside the cycle "
            "shelter. Glass collection changes from Tuesdays to Fridays."
        ),
        "Service charge",
        (
            "The works are paid for from the reserve fund, so there is no extra levy. The "
            "annual service charge rises by 4.5 percent from 1 July 2027, to 1,842 pounds for "
            "a two-bedroom flat."
        ),
        "Parcels",
        (
            "The concierge desk will hold parcels for up to 7 days, after which they are "
            "returned to the sender."
        ),
        "Contact",
        (
            "Please send questions to the building manager, Tomasz Wilk, at "
            "calder@northvale-pm.example or call 0161 555 0193 between 10 am and 4 pm on "
            "weekdays. We are sorry for the disruption and grateful for your patience."
        ),
    ]
)

ESCOLA_COURSE = "\n".join(
    [
        "Escola Atlântico, Porto: Intensive Portuguese Courses 2027",
        (
            "1. Start dates. Two-week intensive courses begin on the first Monday of every "
            "month from February to November. The summer session begins on 5 July 2027 and "
            "lasts four weeks."
        ),
        (
            "2. Levels. We teach every level from A1 to C1. Before your first lesson you take "
            "a 40-minute online placement test, because nobody is placed by self-assessment "
            "alone."
        ),
        (
            "3. Timetable. Group lessons run from 9:30 to 13:00, Monday to Friday, with a "
            "20-minute coffee break. Afternoons are free, apart from an optional conversation "
            "club on Wednesdays."
        ),
        (
            "4. Class size. Groups have at most eight students. If fewer than three people "
            "enrol at a level, the course turns into private lessons of 10 hours per week."
        ),
        (
            "5. Fees. The two-week intensive costs 390 euros, and the enrolment fee of 60 "
            "euros is paid only once, however many courses you take. Private lessons cost 38 "
            "euros an hour."
        ),
        "6. Materials. The coursebook is included; the workbook costs 18 euros and is optional.",
        (
            "7. Accommodation. We can arrange a room with a host family for 27 euros a night "
            "with breakfast, or a bed in a shared student flat near Trindade station for 21 "
            "euros a night."
        ),
        (
            "8. Certificates. Students who attend at least 80 percent of lessons receive a "
            "certificate showing their level and the hours completed."
        ),
        (
            "9. Cancellations. Cancel more than 30 days before the start for a full refund "
            "minus the enrolment fee; within 30 days we keep 25 percent of the course fee."
        ),
        (
            "10. Culture. Every Friday afternoon a teacher leads a walk through the Ribeira "
            "district or a visit to a port cellar in Vila Nova de Gaia, for 12 euros per "
            "person."
        ),
        "Our director, Helena Moutinho, and the whole team look forward to meeting you.",
        "Até breve!",
    ]
)

DOCS = {
    "allotment_rules": ALLOTMENT_RULES,
    "studio_hire": STUDIO_HIRE,
    "kennel_faq": KENNEL_FAQ,
    "calder_notice": CALDER_NOTICE,
    "escola_course": ESCOLA_COURSE,
}
