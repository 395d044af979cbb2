"""The hand-written items of eval5: (query, [node specs], [unsupported spans], "manual tags").

Node specs come from eval2/build_specs.py (build.py puts it on sys.path). Gold values are
computed by the specs, never typed in. Node ids are t1..tN in spec order; a {tK} in a node's
text is a reference to an earlier node's gold value.
"""

from build_specs import add, btw, doc, ent, lang, m, sen, u, wd

D = "dental_practice"
C = "coworking_handbook"
B = "barn_booking"
K = "bike_workshop"
S = "swim_lessons"

P, L, ORG, DT = "PERSON", "LOCATION", "ORGANIZATION", "DATE"

ITEMS = [
    # ------------------------------------------------------------------ single requests
    ("whats 17% of 2,340", [m("17% of 2,340", "17*2340/100")], [], ""),
    (
        "can you chek the sentiment of this review for me: "
        "'Arrived two weeks late and the lid was cracked. Never again.'",
        [
            sen(
                "sentiment of 'Arrived two weeks late and the lid was cracked. Never again.'",
                "negative",
            )
        ],
        [],
        "typo",
    ),
    (
        "which language is 'Dziękuję za pomoc, naprawdę to doceniam'",
        [lang("what language is 'Dziękuję za pomoc, naprawdę to doceniam'", "pl")],
        [],
        "",
    ),
    (
        "pull out the names and places from 'Amara Osei flew from Accra to Lisbon on "
        "4 June 2026 to meet the Gulbenkian Foundation.'",
        [
            ent(
                "entities in 'Amara Osei flew from Accra to Lisbon on 4 June 2026 to meet the "
                "Gulbenkian Foundation.'",
                [
                    ("Amara Osei", P),
                    ("Accra", L),
                    ("Lisbon", L),
                    ("4 June 2026", DT),
                    ("Gulbenkian Foundation", ORG),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "my dentist appt is tomorrow and i cant make it, how much warning am i meant to give them",
        [
            doc(
                "how much notice the dental practice needs to cancel an appointment",
                D,
                "at least 24 hours' notice",
            )
        ],
        [],
        "",
    ),
    (
        "I BOUGHT 4 BAGS OF COMPOST AT 6.49 EACH, WHAT DID I SPEND",
        [m("4 times 6.49", "4*6.49")],
        [],
        "",
    ),
    (
        "recipe says 180C but my oven only does farenheit, what do i set it to",
        [u("convert 180 °C to fahrenheit", 180, "degC", "degF")],
        [],
        "typo",
    ),
    (
        "what weekday was 11 November 1918",
        [wd("weekday of 11 November 1918", "1918-11-11")],
        [],
        "",
    ),
    (
        "Could you tell me how many weeks there are in 119 days?",
        [u("number of weeks in 119 days", 119, "day", "week")],
        [],
        "",
    ),
    (
        "date 90 days after 15 January 2027?",
        [add("90 days after 15 January 2027", "2027-01-15", days=90)],
        [],
        "terse",
    ),
    (
        "is this positive or negative: "
        "'honestly the best haircut I've had in years, Marco is a genius'",
        [
            sen(
                'sentiment of "honestly the best haircut I\'ve had in years, Marco is a genius"',
                "positive",
            )
        ],
        [],
        "",
    ),
    (
        "wat langauge is 'Eu não sei onde deixei as chaves'",
        [lang("what language is 'Eu não sei onde deixei as chaves'", "pt")],
        [],
        "typo",
    ),
    (
        "can flex members get into the loom on a saturday?",
        [doc("when Flex members can access The Loom", C, "7 am to 8 pm on weekdays only")],
        [],
        "",
    ),
    (
        "how much do they charge if we bring our own wine to the barn",
        [doc("corkage charge at Hollybrook Tithe Barn", B, "9 pounds per bottle")],
        [],
        "",
    ),
    (
        "puncture fix price?",
        [doc("price of a puncture repair at Chainline Cycles", K, "Puncture repair: 12 pounds")],
        [],
        "terse",
    ),
    (
        "convert 5 ft 11 in to cm",
        [u("convert 5 ft 11 in to cm", 71, "inch", "cm")],
        [],
        "terse",
    ),
    (
        "850 ml → cups (US)",
        [u("convert 850 ml to US cups", 850, "ml", "cup")],
        [],
        "terse",
    ),
    (
        "Entites in: 'Dr Lena Hoffmann will join Siemens in Munich in March 2027.'",
        [
            ent(
                "entities in 'Dr Lena Hoffmann will join Siemens in Munich in March 2027.'",
                [("Lena Hoffmann", P), ("Siemens", ORG), ("Munich", L), ("March 2027", DT)],
            )
        ],
        [],
        "terse typo",
    ),
    (
        "How many square feet is 45 square metres? Trying to work out flooring for the lounge.",
        [u("convert 45 square metres to square feet", 45, "m**2", "ft**2")],
        [],
        "",
    ),
    (
        "mood of this text message: 'running 10 mins late, save me a seat'",
        [sen("sentiment of 'running 10 mins late, save me a seat'", "neutral")],
        [],
        "",
    ),
    ("2 TB in GB", [u("convert 2 TB to GB", 2, "TB", "GB")], [], "terse"),
    ("how many MiB is 3.5 GiB", [u("convert 3.5 GiB to MiB", 3.5, "GiB", "MiB")], [], ""),
    (
        "add 3 months to 30 November 2026",
        [add("add 3 months to 30 November 2026", "2026-11-30", months=3)],
        [],
        "terse",
    ),
    (
        "till what time can the music play at hollybrook before it has to go quiet",
        [
            doc(
                "what time music must be turned down at Hollybrook Tithe Barn",
                B,
                "turned down by 11.30 pm",
            )
        ],
        [],
        "",
    ),
    (
        "quick one - what language is 'Hvor ligger nærmeste togstation?'",
        [lang("what language is 'Hvor ligger nærmeste togstation?'", "da")],
        [],
        "",
    ),
    (
        "petrol is 1.52 a litre and I put in 38 litres. how much was that",
        [m("1.52 times 38", "1.52*38")],
        [],
        "story",
    ),
    (
        "my son was born on 19 July 2019. how many dyas old is he on 1 January 2027?",
        [btw("days between 19 July 2019 and 1 January 2027", "2019-07-19", "2027-01-01")],
        [],
        "story typo",
    ),
    (
        "please I want know the day of week for 17 of may 2027, is national day in my country",
        [wd("weekday of 17 May 2027", "2027-05-17")],
        [],
        "non-native",
    ),
    (
        "Tell me if this tweet is positive, negative or neutral: "
        "'The new bus timetable starts on Monday.'",
        [sen("sentiment of 'The new bus timetable starts on Monday.'", "neutral")],
        [],
        "",
    ),
    (
        "the jacket is 1,299 kr and there's 15% off, what do i actually pay",
        [m("1,299 minus 15%", "1299*85/100")],
        [],
        "",
    ),
    (
        "HOW MANY DAYS BETWEEN 2026-12-24 AND 2027-04-05",
        [btw("days between 2026-12-24 and 2027-04-05", "2026-12-24", "2027-04-05")],
        [],
        "",
    ),
    (
        "who and what is mentioned here — "
        "'Kenji Watanabe signed with Yamaha Motor in Shizuoka last week.'",
        [
            ent(
                "entities in 'Kenji Watanabe signed with Yamaha Motor in Shizuoka last week.'",
                [("Kenji Watanabe", P), ("Yamaha Motor", ORG), ("Shizuoka", L)],
            )
        ],
        [],
        "",
    ),
    (
        "The hotel was spotless and the staff remembered our names. Would stay again! "
        "<- sentiment pls",
        [
            sen(
                "sentiment of 'The hotel was spotless and the staff remembered our names. "
                "Would stay again!'",
                "positive",
            )
        ],
        [],
        "",
    ),
    (
        "do students get money off at chainline",
        [
            doc(
                "what discount students get at Chainline Cycles",
                K,
                "10 percent off any service package",
            )
        ],
        [],
        "",
    ),
    (
        "Good afternoon,\n\nI have just registered with Brightwater Dental and I was wondering "
        "whether my two children, aged 9 and 12, will have to pay for their check-ups. "
        "I am registered there myself.\n\nMany thanks,\nAnita Patel",
        [
            doc(
                "do children pay for check-ups at Brightwater Dental when a parent is registered",
                D,
                "free of charge when they are registered alongside a parent",
            )
        ],
        [],
        "polite",
    ),
    (
        "dinner bill: 14.99 + 8.50 + 3.20, split 3 ways",
        [m("(14.99 + 8.50 + 3.20) divided by 3", "(14.99+8.50+3.20)/3")],
        [],
        "terse",
    ),
    (
        "my tyres say 2.5 bar on the side, what's that in psi",
        [u("convert 2.5 bar to psi", 2.5, "bar", "psi")],
        [],
        "",
    ),
    (
        "when is 1 year after 29 February 2028",
        [add("1 year after 29 February 2028", "2028-02-29", years=1)],
        [],
        "",
    ),
    (
        "pick out the entities: 'Priyanka Rao and Tom Becker presented their findings at the "
        "Royal Society on 12 May 2026.'",
        [
            ent(
                "entities in 'Priyanka Rao and Tom Becker presented their findings at the "
                "Royal Society on 12 May 2026.'",
                [
                    ("Priyanka Rao", P),
                    ("Tom Becker", P),
                    ("Royal Society", ORG),
                    ("12 May 2026", DT),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "what's 15% of 240 — no wait, 18% of 240",
        [m("18% of 240", "18*240/100")],
        [],
        "self-correction",
    ),
    (
        "sentiment?? 'worst customer service ever, 45 min on hold and then they hung up'",
        [
            sen(
                "sentiment of 'worst customer service ever, 45 min on hold and then they hung up'",
                "negative",
            )
        ],
        [],
        "",
    ),
    (
        "what's twenty-four times fifteen",
        [m("twenty-four times fifteen", "24*15")],
        [],
        "number-words",
    ),
    (
        "is it cards only at the dentist or can i write a cheque",
        [
            doc(
                "which payment methods Brightwater Dental accepts",
                D,
                "accept cards but not cheques",
            )
        ],
        [],
        "",
    ),
    (
        "who do i ring if my tooth is killing me at 11pm on a sunday",
        [doc("phone number for urgent dental care out of hours", D, "0300 555 0199")],
        [],
        "",
    ),
    (
        "if i book the big meeting room for 4 hrs do i need permission from someone",
        [
            doc(
                "who must approve meeting room bookings longer than three hours",
                C,
                "approval from our community manager, Priya Lindqvist",
            )
        ],
        [],
        "",
    ),
    (
        "what happens if I leave my bike at chainline for like 4 months and forget about it lol",
        [
            doc(
                "what happens to bikes left at Chainline Cycles for a long time",
                K,
                "more than 90 days may be sold",
            )
        ],
        [],
        "filler",
    ),
    (
        "Does my daughter need a swim cap? She has a short bob.",
        [doc("who needs to wear a swimming hat", S, "hair longer than shoulder length")],
        [],
        "",
    ),
    (
        "missed a swimming lesson because of chickenpox — can we get the money back?",
        [doc("are missed swimming lessons refunded", S, "Missed lessons cannot be refunded")],
        [],
        "",
    ),
    (
        "NER on this pls: 'Chioma Eze joined the World Health Organization in Geneva in 2019.'",
        [
            ent(
                "entities in 'Chioma Eze joined the World Health Organization in Geneva in 2019.'",
                [
                    ("Chioma Eze", P),
                    ("World Health Organization", ORG),
                    ("Geneva", L),
                    ("2019", DT),
                ],
            )
        ],
        [],
        "terse",
    ),
    (
        "whos in this: 'Mei Lin and her brother Jun moved from Chengdu to Vancouver in 2015 "
        "to work for Shopify.'",
        [
            ent(
                "entities in 'Mei Lin and her brother Jun moved from Chengdu to Vancouver in "
                "2015 to work for Shopify.'",
                [
                    ("Mei Lin", P),
                    ("Jun", P),
                    ("Chengdu", L),
                    ("Vancouver", L),
                    ("2015", DT),
                    ("Shopify", ORG),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "what's three and a half kilos in pounds",
        [u("convert three and a half kilos to pounds", 3.5, "kg", "lb")],
        [],
        "number-words",
    ),
    (
        "forty-five days after 2 February 2027 — what date?",
        [add("forty-five days after 2 February 2027", "2027-02-02", days=45)],
        [],
        "number-words",
    ),
    ("what's a third of nine hundred", [m("a third of nine hundred", "900/3")], [], "number-words"),
    (
        "weekday of the twenty-first of june 2027",
        [wd("weekday of the twenty-first of June 2027", "2027-06-21")],
        [],
        "number-words",
    ),
    (
        "I am need to know how many kilometre is 50 mile, for my travel in America",
        [u("convert 50 miles to km", 50, "mile", "km")],
        [],
        "non-native",
    ),
    (
        "what language is 'Hyvää huomenta' — oh wait, I pasted the wrong one, "
        "it's 'Godmorgon allihopa'",
        [lang("what language is 'Godmorgon allihopa'", "sv")],
        [],
        "self-correction",
    ),
    (
        "convert 5 gallons to litres, no actually make that 5 quarts",
        [u("convert 5 quarts to litres", 5, "quart", "liter")],
        [],
        "self-correction",
    ),
    (
        "what's 2,500 divided by 8, i mean divided by 6",
        [m("2,500 divided by 6", "2500/6")],
        [],
        "self-correction",
    ),
    (
        "2 adults at 14.50 each + 3 kids at 8.25 each for the zoo, plus 6 for parking. total??",
        [m("2 times 14.50 plus 3 times 8.25 plus 6", "2*14.50+3*8.25+6")],
        [],
        "",
    ),
    (
        "'Kde je nejbližší lékárna, prosím?' what language is this, im in prague and a "
        "tourist just asked me",
        [lang("what language is 'Kde je nejbližší lékárna, prosím?'", "cs")],
        [],
        "",
    ),
    (
        "Whats the sentimnet of 'Este producto es una maravilla, lo recomiendo a todos'",
        [sen("sentiment of 'Este producto es una maravilla, lo recomiendo a todos'", "positive")],
        [],
        "typo",
    ),
    (
        "waht weekday is 25 december 2026",
        [wd("weekday of 25 December 2026", "2026-12-25")],
        [],
        "typo",
    ),
    (
        "convrt 10 stone 4 lb to kg",
        [u("convert 10 stone 4 lb to kg", 144, "lb", "kg")],
        [],
        "typo",
    ),
    # ------------------------------------------------------------------ entirely out of scope
    (
        "what's the weather going to be like in Harrogate on saturday",
        [],
        ["what's the weather going to be like in Harrogate on saturday"],
        "",
    ),
    (
        "Translate 'Wo ist der Bahnhof?' into English please.",
        [],
        ["Translate 'Wo ist der Bahnhof?' into English"],
        "",
    ),
    ("how much is 250 euros in dollars", [], ["how much is 250 euros in dollars"], "currency"),
    (
        "remind me to ring the dentist on friday morning",
        [],
        ["remind me to ring the dentist on friday morning"],
        "",
    ),
    (
        "can you summarise the coworking member handbook in 3 bullet points",
        [],
        ["summarise the coworking member handbook in 3 bullet points"],
        "",
    ),
    (
        "write me a short funny toast for my brother's wedding",
        [],
        ["write me a short funny toast for my brother's wedding"],
        "",
    ),
    ("whats tesla stock trading at right now", [], ["whats tesla stock trading at right now"], ""),
    ("what time is it in auckland rn", [], ["what time is it in auckland rn"], ""),
    (
        "can you recommend a decent hybrid bike under 600 quid",
        [],
        ["recommend a decent hybrid bike under 600 quid"],
        "",
    ),
    ("who won the tour de france in 1989", [], ["who won the tour de france in 1989"], ""),
    (
        "Book the Weaver Room for Thursday 2 till 4.",
        [],
        ["Book the Weaver Room for Thursday 2 till 4"],
        "",
    ),
    (
        "hey can u write a python script that renames all my photos by date",
        [],
        ["write a python script that renames all my photos by date"],
        "filler",
    ),
    ("Convert 80 GBP to EUR.", [], ["Convert 80 GBP to EUR"], "currency"),
    # ------------------------------------------------------------------ two parts
    (
        "recipe uses 250 g butter for 12 cookies. i want to make 30 — how much butter do i "
        "need, and whats that in ounces",
        [
            m("250 divided by 12 times 30", "250/12*30"),
            u("convert {t1} g to oz", "{t1}", "g", "oz"),
        ],
        [],
        "story",
    ),
    (
        "sentimant + languge of "
        "'Ce restaurant est une catastrophe, le service était lent et froid.'",
        [
            sen(
                "sentiment of 'Ce restaurant est une catastrophe, le service était lent et froid.'",
                "negative",
            ),
            lang(
                "what language is 'Ce restaurant est une catastrophe, le service était lent "
                "et froid.'",
                "fr",
            ),
        ],
        [],
        "typo",
    ),
    (
        "Flying out 2 May 2027, back 23 May 2027. how many nights is that, how many weeks is "
        "that, and what day do i get back",
        [
            btw("days between 2 May 2027 and 23 May 2027", "2027-05-02", "2027-05-23"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 23 May 2027", "2027-05-23"),
        ],
        [],
        "multi-question",
    ),
    (
        "electric bill is 186.40 for 3 months and there are 4 of us. how much each, and "
        "what's that per month each",
        [m("186.40 divided by 4", "186.40/4"), m("{t1} divided by 3", "{t1}/3")],
        [],
        "story",
    ),
    (
        "Lisbon to Porto is 313 km. how far is that in miles? and at 60 mph how many hours "
        "of driving",
        [
            u("convert 313 km to miles", 313, "km", "mile"),
            m("{t1} divided by 60", "{t1}/60"),
        ],
        [],
        "multi-question",
    ),
    (
        "what language is 'Saya sedang menunggu bus di halte' and can you translate it for me",
        [lang("what language is 'Saya sedang menunggu bus di halte'", "id")],
        ["translate it for me"],
        "",
    ),
    (
        "'Lufthansa lost my bag in Frankfurt again, thanks a lot.' who's mentioned and what's "
        "the tone",
        [
            ent(
                "entities in 'Lufthansa lost my bag in Frankfurt again, thanks a lot.'",
                [("Lufthansa", ORG), ("Frankfurt", L)],
            ),
            sen(
                "sentiment of 'Lufthansa lost my bag in Frankfurt again, thanks a lot.'", "negative"
            ),
        ],
        [],
        "",
    ),
    (
        "uploading a 2.4 GB file at 5 MB per second. how many MB is the file and how many "
        "seconds will it take",
        [
            u("convert 2.4 GB to MB", 2.4, "GB", "MB"),
            m("{t1} divided by 5", "{t1}/5"),
        ],
        [],
        "",
    ),
    (
        "pls tell me the date 100 days after 3 March 2027 and what weekday that is",
        [
            add("100 days after 3 March 2027", "2027-03-03", days=100),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "filler",
    ),
    (
        "find the bit of the loom handbook that says where the building is and list the "
        "places in it",
        [
            doc("where The Loom is located", C, "former textile mill on Canal Street"),
            ent("entities in {t1}", [("The Loom", ORG), ("Canal Street", L), ("Harwick", L)]),
        ],
        [],
        "",
    ),
    (
        "book a table for 6 at Rosa's on friday night, and work out 6 times 32.50 for the set menu",
        [m("6 times 32.50", "6*32.50")],
        ["book a table for 6 at Rosa's on friday night"],
        "",
    ),
    (
        "how many days til the wedding? its on 18 September 2027 and today is 9 March 2027. "
        "and in weeks? also what day of the week is it on",
        [
            btw("days between 9 March 2027 and 18 September 2027", "2027-03-09", "2027-09-18"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 18 September 2027", "2027-09-18"),
        ],
        [],
        "multi-question",
    ),
    (
        "langage check: 'Holnap elmegyünk a nagymamához' and 'Am uitat telefonul acasă'",
        [
            lang("what language is 'Holnap elmegyünk a nagymamához'", "hu"),
            lang("what language is 'Am uitat telefonul acasă'", "ro"),
        ],
        [],
        "typo",
    ),
    (
        "is 'the battery life on this laptop is a joke' negative? what about "
        "'delivery was quick, no complaints'",
        [
            sen("sentiment of 'the battery life on this laptop is a joke'", "negative"),
            sen("sentiment of 'delivery was quick, no complaints'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "how long is a swimming term at kestrel and what does one lesson cost",
        [
            doc("how long a swimming term is at Kestrel Leisure Centre", S, "each of twelve weeks"),
            doc("price of one junior swimming lesson", S, "7.50 pounds each"),
        ],
        [],
        "multi-question",
    ),
    (
        "my car does 48 mpg, how far can i go on 9 gallons? and where's the cheapest diesel "
        "near me",
        [m("48 times 9", "48*9")],
        ["where's the cheapest diesel near me"],
        "multi-question",
    ),
    (
        "convert 37.8 C to F and tell me if thats a fever",
        [u("convert 37.8 °C to °F", 37.8, "degC", "degF")],
        ["tell me if thats a fever"],
        "",
    ),
    (
        "13 × 27 and 13 × 72, then add the two up",
        [m("13 × 27", "13*27"), m("13 × 72", "13*72"), m("{t1} plus {t2}", "{t1}+{t2}")],
        [],
        "terse",
    ),
    (
        "my passport runs out on 14 January 2028 and they want 6 months left on it. what's "
        "the last date i can travel, and what day is that",
        [
            add("6 months before 14 January 2028", "2028-01-14", months=-6),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "story",
    ),
    (
        "Language and sentiment for: 'Ten film był absolutnie wspaniały, polecam każdemu!'",
        [
            lang("what language is 'Ten film był absolutnie wspaniały, polecam każdemu!'", "pl"),
            sen("sentiment of 'Ten film był absolutnie wspaniały, polecam każdemu!'", "positive"),
        ],
        [],
        "",
    ),
    (
        "entities in 'Ingrid Solberg åpnet et nytt bakeri i Bergen i april 2026.' + which "
        "language is it",
        [
            ent(
                "entities in 'Ingrid Solberg åpnet et nytt bakeri i Bergen i april 2026.'",
                [("Ingrid Solberg", P), ("Bergen", L), ("april 2026", DT)],
            ),
            lang(
                "what language is 'Ingrid Solberg åpnet et nytt bakeri i Bergen i april 2026.'",
                "no",
            ),
        ],
        [],
        "",
    ),
    (
        "at the dentist how much is a scale and polish and who actually does it",
        [
            doc("price of a scale and polish at Brightwater Dental", D, "costs 58 pounds"),
            doc(
                "who does the scale and polish at Brightwater Dental",
                D,
                "with our hygienist, Mrs Delia Okonjo",
            ),
        ],
        [],
        "",
    ),
    (
        "how many weeks btween 1 March 2027 and 24 May 2027",
        [
            btw("days between 1 March 2027 and 24 May 2027", "2027-03-01", "2027-05-24"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "typo",
    ),
    (
        "what time does everyone have to be out of the barn by? also can you write the "
        "invitation wording for us",
        [doc("when guests must leave Hollybrook Tithe Barn", B, "leave the grounds by midnight")],
        ["write the invitation wording for us"],
        "multi-question",
    ),
    (
        "I'm 27 and my mum was 31 when she had me. how old is she, and how many months is that",
        [
            m("27 plus 31", "27+31"),
            u("convert {t1} years to months", "{t1}", "year", "month"),
        ],
        [],
        "story",
    ),
    (
        "Hello, I am from Brazil. I have 1.65 meters of height, how many feet this is? And my "
        "weight 62 kilos, how much in pounds please?",
        [
            u("convert 1.65 meters to feet", 1.65, "m", "foot"),
            u("convert 62 kilos to pounds", 62, "kg", "lb"),
        ],
        [],
        "non-native multi-question",
    ),
    (
        "what date is 45 days after 20 December 2026, and how many days from then until "
        "1 April 2027",
        [
            add("45 days after 20 December 2026", "2026-12-20", days=45),
            btw("days between {t1} and 1 April 2027", "{t1}", "2027-04-01"),
        ],
        [],
        "",
    ),
    (
        "how much do they charge to keep a bike after the free week is up, and can you ring "
        "them to say i'll be late picking it up",
        [
            doc(
                "storage charge after the free collection period at Chainline Cycles",
                K,
                "3 pounds per day for storage",
            )
        ],
        ["ring them to say i'll be late picking it up"],
        "",
    ),
    (
        "convert 1,200 sq ft to m² then divide by 4 rooms",
        [
            u("convert 1,200 square feet to m²", 1200, "ft**2", "m**2"),
            m("{t1} divided by 4", "{t1}/4"),
        ],
        [],
        "",
    ),
    (
        "WHAT IS 250 ML IN FL OZ AND IN TABLESPOONS",
        [
            u("convert 250 ml to fl oz", 250, "ml", "fluid_ounce"),
            u("convert 250 ml to tablespoons", 250, "ml", "tablespoon"),
        ],
        [],
        "",
    ),
    (
        "'Loved the tapas at Casa Lola in Valencia, Javier was the sweetest waiter' — "
        "sentiment and entities?",
        [
            sen(
                "sentiment of 'Loved the tapas at Casa Lola in Valencia, Javier was the sweetest "
                "waiter'",
                "positive",
            ),
            ent(
                "entities in 'Loved the tapas at Casa Lola in Valencia, Javier was the sweetest "
                "waiter'",
                [("Casa Lola", ORG), ("Valencia", L), ("Javier", P)],
            ),
        ],
        [],
        "",
    ),
    (
        "how many litres is 14 US galons? and at 1.48 a litre what does that cost, and what's "
        "my half if i split it with my brother",
        [
            u("convert 14 US gallons to litres", 14, "gallon", "liter"),
            m("{t1} times 1.48", "{t1}*1.48"),
            m("half of {t2}", "{t2}/2"),
        ],
        [],
        "multi-question typo",
    ),
    (
        "'Ich habe keine Ahnung' - language? and what does it mean",
        [lang("what language is 'Ich habe keine Ahnung'", "de")],
        ["what does it mean"],
        "multi-question",
    ),
    (
        "whats a 20% tip on 86.50, what's the total with it, and what's that split 2 ways",
        [
            m("20% of 86.50", "20*86.50/100"),
            m("86.50 plus {t1}", "86.50+{t1}"),
            m("{t2} divided by 2", "{t2}/2"),
        ],
        [],
        "",
    ),
    (
        "How many days are there between my two dentist appointments on 3 February 2027 and "
        "11 August 2027? And how much is a normal check-up there?",
        [
            btw("days between 3 February 2027 and 11 August 2027", "2027-02-03", "2027-08-11"),
            doc(
                "price of a routine adult check-up at Brightwater Dental",
                D,
                "34 pounds for adults",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "convert 15 km to miles; 15 miles to km",
        [
            u("convert 15 km to miles", 15, "km", "mile"),
            u("convert 15 miles to km", 15, "mile", "km"),
        ],
        [],
        "terse",
    ),
    (
        "'Le président Macron a visité Marseille le 14 juillet 2026.' entities and language pls",
        [
            ent(
                "entities in 'Le président Macron a visité Marseille le 14 juillet 2026.'",
                [("Macron", P), ("Marseille", L), ("14 juillet 2026", DT)],
            ),
            lang(
                "what language is 'Le président Macron a visité Marseille le 14 juillet 2026.'",
                "fr",
            ),
        ],
        [],
        "",
    ),
    (
        "hey quick qs: 1) what's 7 factorial 2) cube root of 2197",
        [m("7 factorial", "factorial(7)"), m("cube root of 2197", "2197**(1/3)")],
        [],
        "filler multi-question",
    ),
    (
        "baby due 12 December 2026. the pool says they can start at twelve weeks old — what "
        "date would that be? and which days are the baby classes on",
        [
            add("twelve weeks after 12 December 2026", "2026-12-12", weeks=12),
            doc(
                "which days the parent and baby classes run",
                S,
                "Tuesday and Thursday mornings",
            ),
        ],
        [],
        "number-words multi-question",
    ),
    (
        "days between 2027-06-01 and 2027-08-31 counting both ends (so add 1)",
        [
            btw("days between 2027-06-01 and 2027-08-31", "2027-06-01", "2027-08-31"),
            m("{t1} plus 1", "{t1}+1"),
        ],
        [],
        "",
    ),
    (
        "train on 14 October 2027, away 19 nights, wat date am i back and what weekday",
        [
            add("19 days after 14 October 2027", "2027-10-14", days=19),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "terse typo",
    ),
    (
        "Our kitchen is 3.2 m by 4.5 m. What's the floor area, and what is that in square feet?",
        [
            m("3.2 times 4.5", "3.2*4.5"),
            u("convert {t1} square metres to square feet", "{t1}", "m**2", "ft**2"),
        ],
        [],
        "multi-question",
    ),
    (
        "how much is a day pass at the loom and what's it in dollars",
        [doc("price of a day pass at The Loom", C, "Day pass: 18 pounds")],
        ["what's it in dollars"],
        "currency",
    ),
    (
        "sentiment of 'the gig was loud, sweaty and absolutely unforgettable' + what's 18% of "
        "55 for the booking fees",
        [
            sen(
                "sentiment of 'the gig was loud, sweaty and absolutely unforgettable'",
                "positive",
            ),
            m("18% of 55", "18*55/100"),
        ],
        [],
        "",
    ),
    (
        "tell me the weekday of 31 December 2027, the date 2 weeks after it, and the weekday "
        "of that date too",
        [
            wd("weekday of 31 December 2027", "2027-12-31"),
            add("2 weeks after 31 December 2027", "2027-12-31", weeks=2),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "translate 'Sayonara' to english and what language is 'さようなら、また明日'",
        [lang("what language is 'さようなら、また明日'", "ja")],
        ["translate 'Sayonara' to english"],
        "",
    ),
    (
        "What's the weather in Bergen this weekend and how many days between 10 June 2027 and "
        "2 July 2027?",
        [btw("days between 10 June 2027 and 2 July 2027", "2027-06-10", "2027-07-02")],
        ["What's the weather in Bergen this weekend"],
        "multi-question",
    ),
    (
        "if you miss 2 appointments in a row what does the dentist charge, and do they send "
        "reminders?",
        [
            doc("charge for missing two appointments in a row", D, "fee of 25 pounds"),
            doc(
                "does Brightwater Dental send appointment reminders",
                D,
                "text reminder two days before every visit",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "how much is it to hire the barn on a weekday in winter, and what if our caterer "
        "isn't on their list",
        [
            doc(
                "hire fee for a weekday from October to April at Hollybrook Tithe Barn",
                B,
                "Any weekday from October to April: 3,400 pounds",
            ),
            doc(
                "fee for an outside caterer not on the approved list",
                B,
                "kitchen fee of 350 pounds",
            ),
        ],
        [],
        "",
    ),
    (
        "Brake pads front and back — cost? also are parts guaranteed",
        [
            doc("cost of fitting brake pads at Chainline Cycles", K, "10 pounds per wheel"),
            doc("warranty on parts at Chainline Cycles", K, "usually one or two years"),
        ],
        [],
        "terse multi-question",
    ),
    (
        "convert 20 miles to km, sorry I meant 26.2 miles, and then into metres",
        [
            u("convert 26.2 miles to km", 26.2, "mile", "km"),
            u("convert {t1} km to metres", "{t1}", "km", "m"),
        ],
        [],
        "self-correction",
    ),
    (
        "find the wedding barn's contact person and pull the name out of it",
        [
            doc(
                "who is the contact person at Hollybrook Tithe Barn",
                B,
                "Marguerite Ashdown, Events Coordinator",
            ),
            ent("entities in {t1}", [("Marguerite Ashdown", P)]),
        ],
        [],
        "",
    ),
    (
        "What do patients say about the staff at Brightwater, and is that positive or negative?",
        [
            doc(
                "what patients say about the staff at Brightwater Dental",
                D,
                "gentle, unhurried approach of our staff",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "kids love the badge thing apparently?? find what the swim guide says about it and "
        "tell me the sentiment",
        [
            doc(
                "what the swimming guide says about the badge ceremony",
                S,
                "love the badge ceremony",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "",
    ),
    (
        "sentiment of 'can't believe they cancelled the show AGAIN' and the entities in "
        "'Netflix cancelled the show after two seasons'",
        [
            sen('sentiment of "can\'t believe they cancelled the show AGAIN"', "negative"),
            ent(
                "entities in 'Netflix cancelled the show after two seasons'",
                [("Netflix", ORG)],
            ),
        ],
        [],
        "",
    ),
    (
        "My grandma turns 85 on 30 March 2027. What day of the week is that, and what's the "
        "date 6 weeks before so I can send the invites?",
        [
            wd("weekday of 30 March 2027", "2027-03-30"),
            add("6 weeks before 30 March 2027", "2027-03-30", weeks=-6),
        ],
        [],
        "story multi-question",
    ),
    (
        "is 'Je suis tellement fatigué de ce travail' french? and how does it feel",
        [
            lang("what language is 'Je suis tellement fatigué de ce travail'", "fr"),
            sen("sentiment of 'Je suis tellement fatigué de ce travail'", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "whats 1,000 divided by 7 and then times 3",
        [m("1,000 divided by 7", "1000/7"), m("{t1} times 3", "{t1}*3")],
        [],
        "",
    ),
    (
        "how many GB is 750 GiB, and is it enough for a 4k movie library",
        [u("convert 750 GiB to GB", 750, "GiB", "GB")],
        ["is it enough for a 4k movie library"],
        "",
    ),
    (
        "Nederlands of Duits? 'Wij gaan morgen met de fiets naar de markt' + the sentiment",
        [
            lang("what language is 'Wij gaan morgen met de fiets naar de markt'", "nl"),
            sen("sentiment of 'Wij gaan morgen met de fiets naar de markt'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "add 18 months to 31 July 2026 and tell me the weekday",
        [
            add("18 months after 31 July 2026", "2026-07-31", months=18),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "hi!! can u tell me how many days bewteen 3 march 2027 and 3 june 2027 and what that "
        "is in weeks",
        [
            btw("days between 3 March 2027 and 3 June 2027", "2027-03-03", "2027-06-03"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "filler typo",
    ),
    (
        "entities: 'Rafael Nadal trained in Manacor with his coach Carlos Moyá in November "
        "2024.' and is it positive",
        [
            ent(
                "entities in 'Rafael Nadal trained in Manacor with his coach Carlos Moyá in "
                "November 2024.'",
                [("Rafael Nadal", P), ("Manacor", L), ("Carlos Moyá", P), ("November 2024", DT)],
            ),
            sen(
                "sentiment of 'Rafael Nadal trained in Manacor with his coach Carlos Moyá in "
                "November 2024.'",
                "neutral",
            ),
        ],
        [],
        "",
    ),
    (
        "Entities + language: 'Olga Kowalska pracuje w Krakowie dla firmy Comarch od 2018 roku.'",
        [
            ent(
                "entities in 'Olga Kowalska pracuje w Krakowie dla firmy Comarch od 2018 roku.'",
                [("Olga Kowalska", P), ("Krakowie", L), ("Comarch", ORG), ("2018", DT)],
            ),
            lang(
                "what language is 'Olga Kowalska pracuje w Krakowie dla firmy Comarch od 2018 "
                "roku.'",
                "pl",
            ),
        ],
        [],
        "",
    ),
    (
        "'Sundar Pichai spoke at Stanford on 9 April 2026.' give me the entities and then "
        "look up what he said",
        [
            ent(
                "entities in 'Sundar Pichai spoke at Stanford on 9 April 2026.'",
                [("Sundar Pichai", P), ("Stanford", ORG), ("9 April 2026", DT)],
            )
        ],
        ["look up what he said"],
        "",
    ),
    (
        "Bought trainers for 89.99, socks for 12 and a cap for 17.50. total? and how much is "
        "that in dollars",
        [m("89.99 plus 12 plus 17.50", "89.99+12+17.50")],
        ["how much is that in dollars"],
        "currency multi-question",
    ),
    (
        "'Jeg har glemt min cykelnøgle derhjemme igen, typisk!' what language and what's the mood",
        [
            lang("what language is 'Jeg har glemt min cykelnøgle derhjemme igen, typisk!'", "da"),
            sen("sentiment of 'Jeg har glemt min cykelnøgle derhjemme igen, typisk!'", "negative"),
        ],
        [],
        "",
    ),
    (
        "i dropped my bike at chainline on 6 April 2027 and it was ready that evening. how "
        "long have i got to collect it before they start charging, and what's the date 7 days "
        "after 6 April 2027",
        [
            doc(
                "how long to collect a finished bike free of charge",
                K,
                "seven days to collect it free of charge",
            ),
            add("7 days after 6 April 2027", "2027-04-06", days=7),
        ],
        [],
        "story",
    ),
    (
        "how old was the Eiffel Tower in days on 31 March 2027 if it opened on 31 March 1889, "
        "how many weeks is that, and what day of the week did it open",
        [
            btw("days between 31 March 1889 and 31 March 2027", "1889-03-31", "2027-03-31"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 31 March 1889", "1889-03-31"),
        ],
        [],
        "",
    ),
    (
        "weekday of 10 weeks after 5 January 2027?",
        [
            add("10 weeks after 5 January 2027", "2027-01-05", weeks=10),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested terse",
    ),
    (
        "which day of the week will it be 6 months after 31 August 2027",
        [
            add("6 months after 31 August 2027", "2027-08-31", months=6),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "what weekday falls 500 days before 1 January 2028",
        [
            add("500 days before 1 January 2028", "2028-01-01", days=-500),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "WHAT DAY OF THE WEEK IS 2 YEARS AFTER 29 FEBRUARY 2028",
        [
            add("2 years after 29 February 2028", "2028-02-29", years=2),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "hi, how many days have I been married if the wedding was 14 May 2011 and today is "
        "14 May 2027? and how many weeks is that",
        [
            btw("days between 14 May 2011 and 14 May 2027", "2011-05-14", "2027-05-14"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "Electricity: I used 312 kWh this month at 0.27 per kWh plus a standing charge of 0.53 "
        "a day for 30 days. What's the bill? And what's 312 kWh in MJ?",
        [
            m("312 times 0.27 plus 0.53 times 30", "312*0.27+0.53*30"),
            u("convert 312 kWh to MJ", 312, "kWh", "MJ"),
        ],
        [],
        "multi-question",
    ),
    (
        "who's mentioned in 'Angela Merkel met Emmanuel Macron in Aachen on 22 January 2019.' "
        "and what language is 'Merci pour tout'",
        [
            ent(
                "entities in 'Angela Merkel met Emmanuel Macron in Aachen on 22 January 2019.'",
                [
                    ("Angela Merkel", P),
                    ("Emmanuel Macron", P),
                    ("Aachen", L),
                    ("22 January 2019", DT),
                ],
            ),
            lang("what language is 'Merci pour tout'", "fr"),
        ],
        [],
        "",
    ),
    (
        "my son he have 9 years and my daughter 14 years, together how much years they have "
        "and what is the difference",
        [m("9 plus 14", "9+14"), m("14 minus 9", "14-9")],
        [],
        "non-native",
    ),
    (
        "Please, the days between 12 of march 2027 and 30 of april 2027, and the 30 of april is "
        "which day?",
        [
            btw("days between 12 March 2027 and 30 April 2027", "2027-03-12", "2027-04-30"),
            wd("weekday of 30 April 2027", "2027-04-30"),
        ],
        [],
        "non-native",
    ),
    (
        "Dear Sir or Madam,\nI would be very grateful if you could help me with a small "
        "calculation. We are planning to lay new turf in our back garden, which measures "
        "12.5 metres by 8 metres. Could you tell me the area, and also what that comes to in "
        "square feet?\nKind regards,\nGeoffrey",
        [
            m("12.5 times 8", "12.5*8"),
            u("convert {t1} square metres to square feet", "{t1}", "m**2", "ft**2"),
        ],
        [],
        "polite",
    ),
    (
        "days between 1 June 2027 and 1 September 2027... scratch that, 1 June 2027 and "
        "1 October 2027. and the weekday of that second date",
        [
            btw("days between 1 June 2027 and 1 October 2027", "2027-06-01", "2027-10-01"),
            wd("weekday of 1 October 2027", "2027-10-01"),
        ],
        [],
        "self-correction",
    ),
    (
        "I'm leaving the Loom - how much notice do I need to give, and if I hand it in on "
        "17 March 2027 what's the date 1 month after that",
        [
            doc(
                "notice period to end a membership at The Loom",
                C,
                "one full calendar month's notice in writing",
            ),
            add("1 month after 17 March 2027", "2027-03-17", months=1),
        ],
        [],
        "",
    ),
    (
        "sentimnet of 'Hands down the comfiest trainers I own' and 'meh, they squeak'",
        [
            sen("sentiment of 'Hands down the comfiest trainers I own'", "positive"),
            sen("sentiment of 'meh, they squeak'", "negative"),
        ],
        [],
        "typo",
    ),
    (
        "how many days betwen 15 April 2027 and 1 August 2027, and whats 1 August 2027 plus "
        "10 days",
        [
            btw("days between 15 April 2027 and 1 August 2027", "2027-04-15", "2027-08-01"),
            add("1 August 2027 plus 10 days", "2027-08-01", days=10),
        ],
        [],
        "typo",
    ),
    (
        "wich language is 'Tôi thích uống cà phê sữa đá vào buổi sáng' and is it a happy sentence",
        [
            lang("what language is 'Tôi thích uống cà phê sữa đá vào buổi sáng'", "vi"),
            sen("sentiment of 'Tôi thích uống cà phê sữa đá vào buổi sáng'", "positive"),
        ],
        [],
        "typo",
    ),
    (
        "mulitply 12.75 by 16 and then take away 20%",
        [m("12.75 times 16", "12.75*16"), m("{t1} minus 20%", "{t1}*80/100")],
        [],
        "typo",
    ),
    (
        "If I show my NHS badge at the bike shop will I get money off an e-bike service?",
        [
            doc(
                "does the NHS discount apply to e-bike work at Chainline Cycles",
                K,
                "does not apply to parts or to e-bike work",
            )
        ],
        [],
        "",
    ),
    (
        "we want wedding on 19 June 2027 in the barn. what day is this, and how many guests "
        "can come for the evening party?",
        [
            wd("weekday of 19 June 2027", "2027-06-19"),
            doc(
                "how many guests the barn holds for the evening reception",
                B,
                "holds 180 for the evening reception",
            ),
        ],
        [],
        "non-native multi-question",
    ),
    (
        "we cancelled our barn booking 4 months before the wedding, do we get anything back? "
        "also please cancel the florist for us",
        [
            doc(
                "refund for cancelling within six months of the wedding",
                B,
                "no refunds can be given",
            )
        ],
        ["cancel the florist for us"],
        "",
    ),
    # ------------------------------------------------------------------ three or more parts
    (
        "Banana bread for 8 needs 280 g flour. I'm baking for 14 — how much flour? what's "
        "that in ounces? and roughly how many cups if a cup is 125 g",
        [
            m("280 divided by 8 times 14", "280/8*14"),
            u("convert {t1} g to oz", "{t1}", "g", "oz"),
            m("{t1} divided by 125", "{t1}/125"),
        ],
        [],
        "story multi-question",
    ),
    (
        "I need 3 quarts of stock for the soup. how many litres is that, how many ml, and "
        "how many 500 ml cartons would I need",
        [
            u("convert 3 quarts to litres", 3, "quart", "liter"),
            u("convert {t1} litres to ml", "{t1}", "liter", "ml"),
            m("{t2} divided by 500", "{t2}/500"),
        ],
        [],
        "",
    ),
    (
        "We're putting away 45 a week from 4 January 2027 to 29 March 2027. How many days is "
        "that, how many weeks, and how much will we have saved?",
        [
            btw("days between 4 January 2027 and 29 March 2027", "2027-01-04", "2027-03-29"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            m("{t2} times 45", "{t2}*45"),
        ],
        [],
        "story multi-question",
    ),
    (
        "Hola! 1) language of '주말에 친구들과 영화를 볼 거예요' 2) sentiment of 'The "
        "pharmacy was shut again, third time this week' 3) what's 12.5% of 96",
        [
            lang("what language is '주말에 친구들과 영화를 볼 거예요'", "ko"),
            sen(
                "sentiment of 'The pharmacy was shut again, third time this week'",
                "negative",
            ),
            m("12.5% of 96", "12.5*96/100"),
        ],
        [],
        "filler",
    ),
    (
        "for the barn: what's it cost on a Friday in summer, which caterer off their list is "
        "best, and if 130 guests eat at 62 a head what's the food bill",
        [
            doc(
                "hire fee for a Friday in peak season at Hollybrook Tithe Barn",
                B,
                "Friday or Sunday in peak season: 5,200 pounds",
            ),
            m("130 times 62", "130*62"),
        ],
        ["which caterer off their list is best"],
        "",
    ),
    (
        "Contract starts 1 February 2027 and runs for 18 months. When does it end, what "
        "weekday is that, and how many days long is it?",
        [
            add("18 months after 1 February 2027", "2027-02-01", months=18),
            wd("weekday of {t1}", "{t1}"),
            btw("days between 1 February 2027 and {t1}", "2027-02-01", "{t1}"),
        ],
        [],
        "multi-question",
    ),
    (
        "Grandad was born on 2 March 1945 and wants a party when he's 30,000 days old. What "
        "date is that, which day of the week, and how many weeks is 30,000 days?",
        [
            add("30,000 days after 2 March 1945", "1945-03-02", days=30000),
            wd("weekday of {t1}", "{t1}"),
            u("convert 30,000 days to weeks", 30000, "day", "week"),
        ],
        [],
        "story multi-question",
    ),
    (
        "sentiment, language and entities for "
        "'Gracias a Lucía y al equipo de Iberia, el vuelo a Bogotá fue perfecto.'",
        [
            sen(
                "sentiment of 'Gracias a Lucía y al equipo de Iberia, el vuelo a Bogotá fue "
                "perfecto.'",
                "positive",
            ),
            lang(
                "what language is 'Gracias a Lucía y al equipo de Iberia, el vuelo a Bogotá fue "
                "perfecto.'",
                "es",
            ),
            ent(
                "entities in 'Gracias a Lucía y al equipo de Iberia, el vuelo a Bogotá fue "
                "perfecto.'",
                [("Lucía", P), ("Iberia", ORG), ("Bogotá", L)],
            ),
        ],
        [],
        "",
    ),
    (
        "ok so: weekday of 31 October 2027, 31 October 2027 plus 1 month, 10 miles in km, and "
        "whats a good costume for halloween",
        [
            wd("weekday of 31 October 2027", "2027-10-31"),
            add("31 October 2027 plus 1 month", "2027-10-31", months=1),
            u("convert 10 miles to km", 10, "mile", "km"),
        ],
        ["whats a good costume for halloween"],
        "",
    ),
    (
        "road trip is 460 miles and the car gets 31 mpg. how many gallons will we burn, what's "
        "that in liters, and at 1.12 per liter how much will gas cost? also where should we "
        "stop for lunch",
        [
            m("460 divided by 31", "460/31"),
            u("convert {t1} gallons to liters", "{t1}", "gallon", "liter"),
            m("{t2} times 1.12", "{t2}*1.12"),
        ],
        ["where should we stop for lunch"],
        "multi-question",
    ),
    (
        "New member here 👋 how many people can I bring in as guests, what if they stay into "
        "the evening, and can I leave stuff in the fridge over the weekend?",
        [
            doc("how many guests a member may bring per day", C, "up to two guests a day"),
            doc("what guests staying into the evening must do", C, "must buy a day pass"),
            doc("when the fridge at The Loom is cleared", C, "cleared every Friday at 4 pm"),
        ],
        [],
        "multi-question",
    ),
    (
        "Council tax is 1,947 a year paid over 10 months. What's the monthly payment? If it "
        "goes up 4.99%, what's the new yearly bill and the new monthly?",
        [
            m("1,947 divided by 10", "1947/10"),
            m("1,947 plus 4.99%", "1947*(1+4.99/100)"),
            m("{t2} divided by 10", "{t2}/10"),
        ],
        [],
        "multi-question",
    ),
    (
        "which languages are these: 'Tôi rất vui được gặp bạn', 'Kiitos, hyvää "
        "päivänjatkoa', 'Yarın sabah erkenden yola çıkacağız'",
        [
            lang("what language is 'Tôi rất vui được gặp bạn'", "vi"),
            lang("what language is 'Kiitos, hyvää päivänjatkoa'", "fi"),
            lang("what language is 'Yarın sabah erkenden yola çıkacağız'", "tr"),
        ],
        [],
        "",
    ),
    (
        "what's 3 weeks after 12 August 2027 — sorry, 4 weeks — and what day of the week is that",
        [
            add("4 weeks after 12 August 2027", "2027-08-12", weeks=4),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "self-correction",
    ),
    (
        "I'm a new patient booked in at Brightwater on 22 April 2027. What day is that, how "
        "long will the first visit take, and how much for a check-up plus a filling (34 + 95)?",
        [
            wd("weekday of 22 April 2027", "2027-04-22"),
            doc("how long a new patient's first check-up lasts", D, "lasts about 40 minutes"),
            m("34 plus 95", "34+95"),
        ],
        [],
        "multi-question",
    ),
    (
        "1) 48 × 1.25\n2) 48 ÷ 1.25\n3) add those two together",
        [m("48 × 1.25", "48*1.25"), m("48 ÷ 1.25", "48/1.25"), m("{t1} plus {t2}", "{t1}+{t2}")],
        [],
        "terse",
    ),
    (
        "convert 100 m to yards and 100 yards to m, then what's the difference between the two",
        [
            u("convert 100 m to yards", 100, "m", "yard"),
            u("convert 100 yards to m", 100, "yard", "m"),
            m("{t1} minus {t2}", "{t1}-{t2}"),
        ],
        [],
        "",
    ),
    (
        "For the garden plans: 2.5 acres in m², 0.8 hectares in acres, 30 ft in metres and "
        "12 m in feet",
        [
            u("convert 2.5 acres to m²", 2.5, "acre", "m**2"),
            u("convert 0.8 hectares to acres", 0.8, "hectare", "acre"),
            u("convert 30 ft to metres", 30, "foot", "m"),
            u("convert 12 m to feet", 12, "m", "foot"),
        ],
        [],
        "",
    ),
    (
        "WHAT DAY IS 1 MAY 2027, WHAT DAY IS 1 MAY 2028 AND HOW MANY DAYS BETWEEN THEM",
        [
            wd("weekday of 1 May 2027", "2027-05-01"),
            wd("weekday of 1 May 2028", "2028-05-01"),
            btw("days between 1 May 2027 and 1 May 2028", "2027-05-01", "2028-05-01"),
        ],
        [],
        "multi-question",
    ),
    (
        "rate these reviews pos/neg/neutral:\n- 'Great value, fits perfectly'\n- 'Stopped "
        "working after a week'\n- 'It is a blue mug.'",
        [
            sen("sentiment of 'Great value, fits perfectly'", "positive"),
            sen("sentiment of 'Stopped working after a week'", "negative"),
            sen("sentiment of 'It is a blue mug.'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "find the bike shop's address, pull out the place names, and give me directions from "
        "the train station",
        [
            doc("address of Chainline Cycles", K, "7 Ropewalk Lane, Cardiff"),
            ent("entities in {t1}", [("Ropewalk Lane", L), ("Cardiff", L)]),
        ],
        ["give me directions from the train station"],
        "",
    ),
    (
        "school term: starts 6 September 2027, half term begins 25 October 2027, ends "
        "17 December 2027. what weekday is each, and how many days from start to end?",
        [
            wd("weekday of 6 September 2027", "2027-09-06"),
            wd("weekday of 25 October 2027", "2027-10-25"),
            wd("weekday of 17 December 2027", "2027-12-17"),
            btw("days between 6 September 2027 and 17 December 2027", "2027-09-06", "2027-12-17"),
        ],
        [],
        "multi-question",
    ),
    (
        "So my flight from Manchester leaves on 3 August 2027 and takes 8.5 hours to get to "
        "Toronto. What day of the week do I fly, how many minutes is the flight, and what time "
        "will it be in Toronto when I land if I leave at 10:15?",
        [
            wd("weekday of 3 August 2027", "2027-08-03"),
            u("convert 8.5 hours to minutes", 8.5, "hour", "minute"),
        ],
        ["what time will it be in Toronto when I land if I leave at 10:15"],
        "story multi-question",
    ),
    (
        "My flat is 68 square metres and the rent is 1,020 a month. What's that per square "
        "metre, how many square feet is the flat, and what's the rent per square foot?",
        [
            m("1,020 divided by 68", "1020/68"),
            u("convert 68 square metres to square feet", 68, "m**2", "ft**2"),
            m("1,020 divided by {t2}", "1020/{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "three questions about brightwater: are they open saturdays, what should I do if my "
        "face swells up near my eye, and who's the practice manager",
        [
            doc(
                "Saturday opening hours at Brightwater Dental",
                D,
                "9.00 am to 1.00 pm (every other week)",
            ),
            doc(
                "what to do about swelling that affects breathing or eyesight",
                D,
                "go straight to hospital",
            ),
            doc("who is the practice manager at Brightwater Dental", D, "Ruth Abernethy"),
        ],
        [],
        "",
    ),
    (
        "tax return deadline is 31 January 2028. what weekday is that, how many days is it "
        "from 1 November 2027, and set a reminder for me 2 weeks before",
        [
            wd("weekday of 31 January 2028", "2028-01-31"),
            btw("days between 1 November 2027 and 31 January 2028", "2027-11-01", "2028-01-31"),
        ],
        ["set a reminder for me 2 weeks before"],
        "",
    ),
    (
        "Scaling a curry from 4 people to 10. For 4 it needs 600 g chicken, 400 ml coconut "
        "milk and 2 tablespoons of curry paste. How much of each for 10, and what's the "
        "coconut milk in cups?",
        [
            m("600 divided by 4 times 10", "600/4*10"),
            m("400 divided by 4 times 10", "400/4*10"),
            m("2 divided by 4 times 10", "2/4*10"),
            u("convert {t2} ml to cups", "{t2}", "ml", "cup"),
        ],
        [],
        "story",
    ),
    (
        "Two of my kids are starting at Kestrel. Is there a discount for siblings, how do they "
        "move up a level, and does my youngest (6) need picking up from the changing rooms?",
        [
            doc("discount for siblings at Kestrel swimming", S, "15 percent discount"),
            doc(
                "how children move up a stage in swimming lessons",
                S,
                "signed off every skill on the stage card",
            ),
            doc(
                "must young children be collected from the changing village",
                S,
                "Children under eight must be collected",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "My phone has 128 GB and each photo is about 3.2 MB. How many MB is 128 GB, how many "
        "photos will fit, and can you back them all up to Google Photos for me?",
        [
            u("convert 128 GB to MB", 128, "GB", "MB"),
            m("{t1} divided by 3.2", "{t1}/3.2"),
        ],
        ["back them all up to Google Photos for me"],
        "multi-question",
    ),
    (
        "the wedding's on 18 June 2027 at hollybrook. when's the first half of the balance due, "
        "when's the rest due, and what dates are 18 June 2027 minus 6 months and 18 June 2027 "
        "minus 8 weeks",
        [
            doc("when the first half of the balance is due", B, "six months before the wedding"),
            doc("when the rest of the balance is due", B, "eight weeks before"),
            add("18 June 2027 minus 6 months", "2027-06-18", months=-6),
            add("18 June 2027 minus 8 weeks", "2027-06-18", weeks=-8),
        ],
        [],
        "multi-question",
    ),
    (
        "'Καλημέρα, τι κάνεις σήμερα;' 'Доброе утро, как дела?' 'Добрий ранок, як справи?' "
        "— languages?",
        [
            lang("what language is 'Καλημέρα, τι κάνεις σήμερα;'", "el"),
            lang("what language is 'Доброе утро, как дела?'", "ru"),
            lang("what language is 'Добрий ранок, як справи?'", "uk"),
        ],
        [],
        "terse",
    ),
    (
        "copy out the line in the wedding terms explaining why outdoor music isn't allowed "
        "and tell me its language and sentiment",
        [
            doc("why amplified music is not allowed outdoors", B, "dairy herd is easily startled"),
            lang("what language is {t1}", "en"),
            sen("sentiment of {t1}", "neutral"),
        ],
        [],
        "",
    ),
    (
        "Sorry to bother you! Could you please work out three things for me: how many days "
        "are there between 5 January 2027 and 5 March 2027, what is 15% of 2,480, and how "
        "many kilometres is 13.1 miles? Thank you so much!",
        [
            btw("days between 5 January 2027 and 5 March 2027", "2027-01-05", "2027-03-05"),
            m("15% of 2,480", "15*2480/100"),
            u("convert 13.1 miles to km", 13.1, "mile", "km"),
        ],
        [],
        "polite filler",
    ),
    (
        "i cycle 14 km each way to work, 2 trips a day, 4 days a week. how many km a week, "
        "whats that in miles, and how many calories is that",
        [
            m("14 times 2 times 4", "14*2*4"),
            u("convert {t1} km to miles", "{t1}", "km", "mile"),
        ],
        ["how many calories is that"],
        "multi-question",
    ),
    (
        "language + sentiment + entities: "
        "'Hamburg ist im Winter grau, aber die Elbphilharmonie ist ein Traum.'",
        [
            lang(
                "what language is 'Hamburg ist im Winter grau, aber die Elbphilharmonie ist ein "
                "Traum.'",
                "de",
            ),
            sen(
                "sentiment of 'Hamburg ist im Winter grau, aber die Elbphilharmonie ist ein "
                "Traum.'",
                "positive",
            ),
            ent(
                "entities in 'Hamburg ist im Winter grau, aber die Elbphilharmonie ist ein Traum.'",
                [("Hamburg", L), ("Elbphilharmonie", L)],
            ),
        ],
        [],
        "",
    ),
    (
        "what's 35 °C in F, what should I pack for Dubai, and how many days from 1 July 2027 "
        "to 19 July 2027",
        [
            u("convert 35 °C to °F", 35, "degC", "degF"),
            btw("days between 1 July 2027 and 19 July 2027", "2027-07-01", "2027-07-19"),
        ],
        ["what should I pack for Dubai"],
        "",
    ),
    (
        "Hiya, bike questions:\n1. what's included in the e-bike service\n2. how much is a "
        "safety check\n3. what's 10% off 65\n4. can you book me in for tuesday",
        [
            doc(
                "what the E-bike Service includes at Chainline Cycles",
                K,
                "motor diagnostic and a firmware update",
            ),
            doc("price of a Safety Check at Chainline Cycles", K, "Safety Check: 25 pounds"),
            m("65 minus 10%", "65*90/100"),
        ],
        ["book me in for tuesday"],
        "filler",
    ),
    (
        "can u do 45 divded by 0.3, then add 17, then squre root it",
        [
            m("45 divided by 0.3", "45/0.3"),
            m("{t1} plus 17", "{t1}+17"),
            m("square root of {t2}", "sqrt({t2})"),
        ],
        [],
        "typo",
    ),
    (
        "'Tim Cook announced the new iPhone in Cupertino on 9 September 2026.' entities "
        "please, and the sentiment, and can you write a tweet about it",
        [
            ent(
                "entities in 'Tim Cook announced the new iPhone in Cupertino on 9 September 2026.'",
                [("Tim Cook", P), ("Cupertino", L), ("9 September 2026", DT)],
            ),
            sen(
                "sentiment of 'Tim Cook announced the new iPhone in Cupertino on 9 September "
                "2026.'",
                "neutral",
            ),
        ],
        ["write a tweet about it"],
        "",
    ),
    (
        "Me and 3 mates are renting a cottage for 1,380 for the week. Split 4 ways that's what? "
        "And per night each if it's 7 nights? And what's 1,380 minus the 200 deposit we "
        "already paid",
        [
            m("1,380 divided by 4", "1380/4"),
            m("{t1} divided by 7", "{t1}/7"),
            m("1,380 minus 200", "1380-200"),
        ],
        [],
        "story multi-question",
    ),
    (
        "my due date is 15 December 2027. how many days from 1 October 2027 to then, what is "
        "that in weeks, and 40 minus that",
        [
            btw("days between 1 October 2027 and 15 December 2027", "2027-10-01", "2027-12-15"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            m("40 minus {t2}", "40-{t2}"),
        ],
        [],
        "",
    ),
    (
        "lang of 'मुझे कल दफ़्तर जल्दी जाना है', 'אני לא מבין מה הוא אמר', "
        "'أين أقرب محطة قطار؟' and '我今天晚上想吃饺子'",
        [
            lang("what language is 'मुझे कल दफ़्तर जल्दी जाना है'", "hi"),
            lang("what language is 'אני לא מבין מה הוא אמר'", "he"),
            lang("what language is 'أين أقرب محطة قطار؟'", "ar"),
            lang("what language is '我今天晚上想吃饺子'", "zh"),
        ],
        [],
        "terse",
    ),
    (
        "The quiz night is on 13 November 2026. Is that a Friday? And what's the date 13 weeks "
        "before it, and what weekday is that one?",
        [
            wd("weekday of 13 November 2026", "2026-11-13"),
            add("13 weeks before 13 November 2026", "2026-11-13", weeks=-13),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "'Ryanair cancelled my flight from Dublin to Rome on 2 July 2026 and offered nothing.' "
        "entities, sentiment, and help me write a complaint email",
        [
            ent(
                "entities in 'Ryanair cancelled my flight from Dublin to Rome on 2 July 2026 and "
                "offered nothing.'",
                [("Ryanair", ORG), ("Dublin", L), ("Rome", L), ("2 July 2026", DT)],
            ),
            sen(
                "sentiment of 'Ryanair cancelled my flight from Dublin to Rome on 2 July 2026 "
                "and offered nothing.'",
                "negative",
            ),
        ],
        ["help me write a complaint email"],
        "",
    ),
    (
        "HI PLEASE CONVERT 6 FEET TO CM, 180 CM TO FEET AND THEN DOUBLE THE FIRST ONE",
        [
            u("convert 6 feet to cm", 6, "foot", "cm"),
            u("convert 180 cm to feet", 180, "cm", "foot"),
            m("double {t1}", "2*{t1}"),
        ],
        [],
        "filler",
    ),
    (
        "find where the swim guide mentions who runs the lessons, and get the name out of it, "
        "and what's the date 12 weeks after 7 September 2026 (end of term)",
        [
            doc(
                "who coordinates the swimming lessons", S, "Lesson coordinator: Bronwen Achterberg"
            ),
            ent("entities in {t1}", [("Bronwen Achterberg", P)]),
            add("12 weeks after 7 September 2026", "2026-09-07", weeks=12),
        ],
        [],
        "",
    ),
    (
        "What's the rule about the front door at the Loom, who do I ask about long room "
        "bookings, and when do I have access if I'm on a Resident plan",
        [
            doc(
                "rule about the front door at The Loom",
                C,
                "never prop it open",
            ),
            doc(
                "who approves long meeting room bookings at The Loom",
                C,
                "Bookings longer than three hours need approval",
            ),
            doc(
                "when Resident members can access The Loom",
                C,
                "any hour, every day of the year",
            ),
        ],
        [],
        "",
    ),
    (
        "quote threshold at chainline? do they phone before big jobs? also how long for big jobs",
        [
            doc(
                "when Chainline Cycles phones with a quote",
                K,
                "quote before doing anything over 40 pounds",
            ),
            doc("how long bigger jobs take at Chainline Cycles", K, "up to five working days"),
        ],
        [],
        "terse multi-question",
    ),
    (
        "my flatmate's the worst. anyway, 3 of us share a 94.20 internet bill and a 61.50 water "
        "bill. whats each person's share of internet, of water, and both together",
        [
            m("94.20 divided by 3", "94.20/3"),
            m("61.50 divided by 3", "61.50/3"),
            m("{t1} plus {t2}", "{t1}+{t2}"),
        ],
        [],
        "story",
    ),
    (
        "what's the sentiment of 'The tram was late but the driver was lovely and apologised' "
        "and who is mentioned in 'Sofia Marchetti runs the Teatro Verdi in Trieste'",
        [
            sen(
                "sentiment of 'The tram was late but the driver was lovely and apologised'",
                "positive",
            ),
            ent(
                "entities in 'Sofia Marchetti runs the Teatro Verdi in Trieste'",
                [("Sofia Marchetti", P), ("Teatro Verdi", ORG), ("Trieste", L)],
            ),
        ],
        [],
        "",
    ),
    (
        "dog walker charges 14 per walk, 5 walks a week, for 6 weeks while we're away. total? "
        "and she wants a 10% deposit, how much is that, and what's left to pay after it",
        [
            m("14 times 5 times 6", "14*5*6"),
            m("10% of {t1}", "10*{t1}/100"),
            m("{t1} minus {t2}", "{t1}-{t2}"),
        ],
        [],
        "story",
    ),
    (
        "i'm 5 ft 4 and 9 stone 2, what's that in cm and kg",
        [
            u("convert 5 ft 4 in to cm", 64, "inch", "cm"),
            u("convert 9 stone 2 lb to kg", 128, "lb", "kg"),
        ],
        [],
        "terse",
    ),
    (
        "Mortgage overpayment question. I overpay 150 a month. How much in 3 years (36 months)? "
        "And what's that plus 2%?",
        [m("150 times 36", "150*36"), m("{t1} plus 2%", "{t1}*102/100")],
        [],
        "story multi-question",
    ),
    (
        "what language are these two: 'Obrigado pela ajuda' and 'Grazie per l'aiuto'",
        [
            lang("what language is 'Obrigado pela ajuda'", "pt"),
            lang('what language is "Grazie per l\'aiuto"', "it"),
        ],
        [],
        "",
    ),
    (
        "how many days did the Apollo 11 mission last, launched 16 July 1969, splashed down "
        "24 July 1969? and how many hours is that",
        [
            btw("days between 16 July 1969 and 24 July 1969", "1969-07-16", "1969-07-24"),
            u("convert {t1} days to hours", "{t1}", "day", "hour"),
        ],
        [],
        "multi-question",
    ),
    (
        "a 1.5 kW heater running for 6 hours a day — how many kWh a day, and what's that in MJ",
        [
            m("1.5 times 6", "1.5*6"),
            u("convert {t1} kWh to MJ", "{t1}", "kWh", "MJ"),
        ],
        [],
        "",
    ),
]
