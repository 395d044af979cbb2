# ruff: noqa: E501  (hand-written queries and document sentences are kept on one line)
"""Hand-written items of eval4: (query, [node specs], [unsupported spans], "manual tags").

Node ids are t1..tN in spec order; {tK} in a spec's text is a reference to an earlier node.
The specs (../eval2/build_specs.py) compute every gold value; nothing here is a typed-in answer
except the labels of sentiment / language / entities and the docs substrings.
"""

from build_specs import add, btw, doc, ent, lang, m, sen, u, wd

G = "climbing_gym"
A = "allotment_rules"
S = "music_school"
C = "carshare_faq"
H = "hostel_guide"

ITEMS = [
    # ------------------------------------------------------------------ one part
    (
        "how far is 26.2 miles in kilometres 🏃",
        [u("convert 26.2 miles to km", 26.2, "mile", "km")],
        [],
        "",
    ),
    ("whats 17% of 2,340", [m("17% of 2,340", "17*2340/100")], [], ""),
    (
        "What day of the week will 14 February 2028 be?",
        [wd("weekday of 14 February 2028", "2028-02-14")],
        [],
        "",
    ),
    (
        "hey so um my recipe says 350 fahrenheit and my oven only does celsius, what do i set it to",
        [u("convert 350 fahrenheit to celsius", 350, "degF", "degC")],
        [],
        "filler",
    ),
    (
        "HOW MANY DAYS BETWEEN 2 JANUARY 2027 AND 19 MAY 2027",
        [btw("days between 2 January 2027 and 19 May 2027", "2027-01-02", "2027-05-19")],
        [],
        "",
    ),
    (
        "is this reveiw positive or negatvie: 'The battery died after two days and support never replied.'",
        [
            sen(
                "sentiment of 'The battery died after two days and support never replied.'",
                "negative",
            )
        ],
        [],
        "typo",
    ),
    (
        "which language is 'Jeg gleder meg til sommerferien'",
        [lang("language of 'Jeg gleder meg til sommerferien'", "no")],
        [],
        "",
    ),
    (
        "at granite loft how much notice do i have to give if i want to quit",
        [
            doc(
                "how much notice is needed to cancel a Granite Loft membership",
                G,
                "give 30 days' notice in writing",
            )
        ],
        [],
        "",
    ),
    (
        "pick out the entities in: 'Amara Okafor flew from Lagos to Toronto to join Shopify in March 2026.'",
        [
            ent(
                "entities in 'Amara Okafor flew from Lagos to Toronto to join Shopify in March 2026.'",
                [
                    ("Amara Okafor", "PERSON"),
                    ("Lagos", "LOCATION"),
                    ("Toronto", "LOCATION"),
                    ("Shopify", "ORGANIZATION"),
                    ("March 2026", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "what date is 100 days after 12 March 2027?",
        [add("100 days after 12 March 2027", "2027-03-12", days=100)],
        [],
        "",
    ),
    (
        "i weigh 11 stone 6 lb, what is that in kilos",
        [u("convert 11 stone 6 lb to kg", 160, "lb", "kg")],
        [],
        "",
    ),
    ("sqrt of 7056?", [m("square root of 7056", "sqrt(7056)")], [], ""),
    ("mulitply 48 by 365 pls", [m("48 times 365", "48*365")], [], "typo filler"),
    (
        "how many tablespoons are in 250 ml",
        [u("convert 250 ml to tablespoons", 250, "ml", "tablespoon")],
        [],
        "",
    ),
    (
        "mood of this tweet pls: 'cannot believe my flight got cancelled AGAIN, thanks for nothing'",
        [
            sen(
                "sentiment of 'cannot believe my flight got cancelled AGAIN, thanks for nothing'",
                "negative",
            )
        ],
        [],
        "filler",
    ),
    (
        "what is the weekday of the 29th of February 2028",
        [wd("weekday of 29 February 2028", "2028-02-29")],
        [],
        "",
    ),
    (
        "a running pace of 12 km/h, waht is that in mph",
        [u("convert 12 km/h to mph", 12, "km/h", "mph")],
        [],
        "typo",
    ),
    (
        "Wat language is this: 'Dziękuję za pyszny obiad'",
        [lang("language of 'Dziękuję za pyszny obiad'", "pl")],
        [],
        "typo",
    ),
    (
        "when does fenwick lane's autumn term finish",
        [doc("when does the Fenwick Lane autumn term end", S, "ends on Friday 17 December 2027")],
        [],
        "",
    ),
    ("2 to the pwoer of 20", [m("2 to the power of 20", "2**20")], [], "typo"),
    (
        "how mnay weeks is 182 days",
        [u("convert 182 days to weeks", 182, "day", "week")],
        [],
        "typo",
    ),
    (
        "my phone has 128 GB of storage (SI), how many MiB is that",
        [u("convert 128 GB to MiB", 128, "GB", "MiB")],
        [],
        "",
    ),
    (
        "who and what is mentioned here — 'Lukas Brandt joined Siemens in Munich on 4 May 2021.'",
        [
            ent(
                "entities in 'Lukas Brandt joined Siemens in Munich on 4 May 2021.'",
                [
                    ("Lukas Brandt", "PERSON"),
                    ("Siemens", "ORGANIZATION"),
                    ("Munich", "LOCATION"),
                    ("4 May 2021", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "is it ok to bring my dog down to the allotments",
        [doc("are dogs allowed on the Hollybrook allotments", A, "Dogs must be kept on a lead")],
        [],
        "",
    ),
    (
        "date six weeks before 1 October 2027?",
        [add("six weeks before 1 October 2027", "2027-10-01", weeks=-6)],
        [],
        "number-words",
    ),
    ("What's 1,250 minus 15%?", [m("1,250 minus 15%", "1250*85/100")], [], ""),
    (
        "idk what language this is: 'Tôi muốn uống cà phê sữa đá'",
        [lang("language of 'Tôi muốn uống cà phê sữa đá'", "vi")],
        [],
        "",
    ),
    (
        "Sentiment of the following, please: 'The new ward is spotless, the nurses were lovely and I was seen within ten minutes.'",
        [
            sen(
                "sentiment of 'The new ward is spotless, the nurses were lovely and I was seen within ten minutes.'",
                "positive",
            )
        ],
        [],
        "",
    ),
    (
        "can i vape in a wheelshare car",
        [
            doc(
                "is vaping allowed in Wheelshare cars",
                C,
                "Smoking and vaping are banned in all vehicles",
            )
        ],
        [],
        "",
    ),
    (
        "at the hostel where do we go if the fire alarm goes off",
        [
            doc(
                "fire alarm meeting point at Driftwood Hostel",
                H,
                "meet in the car park by the blue gate",
            )
        ],
        [],
        "",
    ),
    (
        "Could you tell me how much it costs to replace a lost key card at Driftwood Hostel?",
        [
            doc(
                "cost of replacing a lost key card at Driftwood Hostel",
                H,
                "lost key card costs 10 pounds",
            )
        ],
        [],
        "",
    ),
    ("what temp is 37.5 C in F 🤒", [u("convert 37.5 C to F", 37.5, "degC", "degF")], [], ""),
    (
        "what time does granite loft open and shut on a saturday",
        [doc("Granite Loft weekend opening hours", G, "from 9am to 8pm at weekends")],
        [],
        "",
    ),
    (
        "How many liters in 15 US gallons?",
        [u("convert 15 US gallons to liters", 15, "gallon", "liter")],
        [],
        "",
    ),
    (
        "In which language was this written? 'Holnap elmegyünk a piacra.'",
        [lang("language of 'Holnap elmegyünk a piacra.'", "hu")],
        [],
        "",
    ),
    (
        "what weekday does 25/12/2027 fall on",
        [wd("weekday of 25 December 2027", "2027-12-25")],
        [],
        "",
    ),
    (
        "what is three days before 1 March 2028",
        [add("three days before 1 March 2028", "2028-03-01", days=-3)],
        [],
        "number-words",
    ),
    (
        "ok so my sister texted me 'well that was a complete waste of an evening' after the gig... is that as negative as it sounds",
        [sen("sentiment of 'well that was a complete waste of an evening'", "negative")],
        [],
        "filler",
    ),
    (
        "tell me the entities in 'Nkechi Adeyemi will speak at the Barbican in London on 9 June 2027.'",
        [
            ent(
                "entities in 'Nkechi Adeyemi will speak at the Barbican in London on 9 June 2027.'",
                [
                    ("Nkechi Adeyemi", "PERSON"),
                    ("Barbican", "LOCATION"),
                    ("London", "LOCATION"),
                    ("9 June 2027", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "music school: what's the deadline for exam entries",
        [doc("deadline for graded exam entries at Fenwick Lane", S, "must enter by 8 October")],
        [],
        "",
    ),
    ("what's 7 factorial", [m("7 factorial", "factorial(7)")], [], ""),
    (
        "how much to rent a surfboard for the day at driftwood",
        [
            doc(
                "cost of hiring a surfboard at Driftwood Hostel",
                H,
                "hired at the desk for 18 pounds a day",
            )
        ],
        [],
        "",
    ),
    (
        "Please, which language is it: 'Kde je nejbližší zastávka autobusu?' I think it is polish but I am not sure.",
        [lang("language of 'Kde je nejbližší zastávka autobusu?'", "cs")],
        [],
        "",
    ),
    (
        "add 45 days to 20 November 2027",
        [add("add 45 days to 20 November 2027", "2027-11-20", days=45)],
        [],
        "",
    ),
    ("what weekday was 4 July 1976", [wd("weekday of 4 July 1976", "1976-07-04")], [], ""),
    (
        "how many kilojoules is 650 kcal",
        [u("convert 650 kcal to kJ", 650, "kcal", "kJ")],
        [],
        "",
    ),
    (
        "this sentence 'Мы переехали в Казань прошлой весной' — what language?",
        [lang("language of 'Мы переехали в Казань прошлой весной'", "ru")],
        [],
        "",
    ),
    (
        "what's the mood of 'The package arrives on Thursday.'",
        [sen("sentiment of 'The package arrives on Thursday.'", "neutral")],
        [],
        "",
    ),
    (
        "Compute (18 + 27) x 4 - 60.",
        [m("(18 + 27) times 4 minus 60", "(18+27)*4-60")],
        [],
        "",
    ),
    ("1 TiB in GB", [u("convert 1 TiB to GB", 1, "TiB", "GB")], [], ""),
    (
        "Could you please tell me what date it will be 18 months after 31 August 2027?",
        [add("18 months after 31 August 2027", "2027-08-31", months=18)],
        [],
        "",
    ),
    (
        "pull out any people, orgs, places or dates: 'The Red Cross opened a shelter in Valparaíso after the fires of February 2024.'",
        [
            ent(
                "entities in 'The Red Cross opened a shelter in Valparaíso after the fires of February 2024.'",
                [
                    ("Red Cross", "ORGANIZATION"),
                    ("Valparaíso", "LOCATION"),
                    ("February 2024", "DATE"),
                ],
            )
        ],
        [],
        "",
    ),
    (
        "how old is a house built in 1887 in the year 2027",
        [m("2027 minus 1887", "2027-1887")],
        [],
        "",
    ),
    (
        "whats the longest i can stay at the hostel",
        [doc("maximum stay at Driftwood Hostel", H, "maximum stay is 14 nights")],
        [],
        "",
    ),
    (
        "is 'Ho dimenticato le chiavi a casa' spanish or italian?",
        [lang("language of 'Ho dimenticato le chiavi a casa'", "it")],
        [],
        "",
    ),
    ("WHAT IS 12.5% OF 96", [m("12.5% of 96", "12.5*96/100")], [], ""),
    (
        "can you figure out the weekday for March 3, 2029",
        [wd("weekday of March 3, 2029", "2029-03-03")],
        [],
        "",
    ),
    ("how many seconds in a week", [u("convert a week to seconds", 1, "week", "second")], [], ""),
    (
        "what's the vibe of this message: 'lol ok see u at 8 then'",
        [sen("sentiment of 'lol ok see u at 8 then'", "neutral")],
        [],
        "",
    ),
    (
        "convert 100 km to miles, nah actually make it 120 km",
        [u("convert 120 km to miles", 120, "km", "mile")],
        [],
        "self-correction",
    ),
    (
        "what weekday is 3 June 2027... wait no, 3 July 2027",
        [wd("weekday of 3 July 2027", "2027-07-03")],
        [],
        "self-correction",
    ),
    (
        "sentiment of 'meh' — scratch that, sentiment of 'This is the happiest I have been in years'",
        [sen("sentiment of 'This is the happiest I have been in years'", "positive")],
        [],
        "self-correction",
    ),
    ("kg->lb 68", [u("convert 68 kg to lb", 68, "kg", "lb")], [], ""),
    ("wkday 2027-11-11", [wd("weekday of 2027-11-11", "2027-11-11")], [], "typo"),
    (
        "CONVERT TWELVE STONE TO KG",
        [u("convert twelve stone to kg", 12, "stone", "kg")],
        [],
        "number-words",
    ),
    (
        "whats two hundred and fifty times forty",
        [m("two hundred and fifty times forty", "250*40")],
        [],
        "number-words",
    ),
    (
        "can I lead climb at granite loft straight away or do I need something first",
        [
            doc(
                "what is needed before lead climbing at Granite Loft",
                G,
                "once you hold a Granite Loft lead tag",
            )
        ],
        [],
        "",
    ),
    # all out of scope
    (
        "will it rain in porthkennack tomorrow",
        [],
        ["will it rain in porthkennack tomorrow"],
        "",
    ),
    ("tell me a joke about tomatoes", [], ["tell me a joke about tomatoes"], ""),
    (
        "How much is 46 pounds in euros right now?",
        [],
        ["How much is 46 pounds in euros right now"],
        "currency",
    ),
    (
        "Please write a polite email to my landlord asking for my deposit back.",
        [],
        ["write a polite email to my landlord asking for my deposit back"],
        "",
    ),
    (
        "summarise the hostel house guide in three bullet points",
        [],
        ["summarise the hostel house guide in three bullet points"],
        "",
    ),
    (
        "what time is it in Tokyo when it's 9am in London?",
        [],
        ["what time is it in Tokyo when it's 9am in London"],
        "",
    ),
    (
        "translate 'Wir treffen uns morgen am Bahnhof' into english pls",
        [],
        ["translate 'Wir treffen uns morgen am Bahnhof' into english"],
        "filler",
    ),
    # ------------------------------------------------------------------ two parts
    (
        "my commute is 7.5 miles each way, whats that in km, and then times 10 for a week of trips",
        [u("convert 7.5 miles to km", 7.5, "mile", "km"), m("{t1} times 10", "{t1}*10")],
        [],
        "",
    ),
    (
        "which day of the week falls 90 days after 3 march 2027",
        [add("90 days after 3 March 2027", "2027-03-03", days=90), wd("weekday of {t1}", "{t1}")],
        [],
        "nested",
    ),
    (
        "days bewteen 14 february 2027 and 1 april 2027, and how many weeks is taht",
        [
            btw("days between 14 February 2027 and 1 April 2027", "2027-02-14", "2027-04-01"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "typo",
    ),
    (
        "whats 15% of 260; whats 260 plus 15%",
        [m("15% of 260", "15*260/100"), m("260 plus 15%", "260*115/100")],
        [],
        "multi-question",
    ),
    (
        "Convert 180 cm to feet.\nAlso, what weekday is 1 January 2028?",
        [
            u("convert 180 cm to feet", 180, "cm", "foot"),
            wd("weekday of 1 January 2028", "2028-01-01"),
        ],
        [],
        "multi-question",
    ),
    (
        "sentiment and language of 'Jag älskar den här staden, allt är så vackert!'",
        [
            sen("sentiment of 'Jag älskar den här staden, allt är så vackert!'", "positive"),
            lang("language of 'Jag älskar den här staden, allt är så vackert!'", "sv"),
        ],
        [],
        "",
    ),
    (
        "My colleague sent 'Je suis en retard pour le train, désolé' — what language is that and can you translate it for me?",
        [lang("language of 'Je suis en retard pour le train, désolé'", "fr")],
        ["translate it for me"],
        "multi-question",
    ),
    (
        "how much does wheelshare charge per hour, and is there a cap for a whole day",
        [
            doc("Wheelshare hourly driving rate", C, "5.50 pounds per hour plus 24p per mile"),
            doc("Wheelshare cap for a full day", C, "capped at 49 pounds"),
        ],
        [],
        "multi-question",
    ),
    (
        "what date is 6 weeks after 1 May 2027 and what weekday is that",
        [add("6 weeks after 1 May 2027", "2027-05-01", weeks=6), wd("weekday of {t1}", "{t1}")],
        [],
        "multi-question",
    ),
    (
        "HOW MUCH IS 2.5 KG IN POUNDS AND WHAT IS 40 C IN F",
        [
            u("convert 2.5 kg to pounds", 2.5, "kg", "lb"),
            u("convert 40 C to F", 40, "degC", "degF"),
        ],
        [],
        "multi-question",
    ),
    (
        "sqrt 1764 then devide by 6",
        [m("square root of 1764", "sqrt(1764)"), m("{t1} divided by 6", "{t1}/6")],
        [],
        "typo",
    ),
    (
        "who is named in 'Ingrid Solberg rowed from Bergen to Shetland in July 2025.' and what's the mood of it",
        [
            ent(
                "entities in 'Ingrid Solberg rowed from Bergen to Shetland in July 2025.'",
                [
                    ("Ingrid Solberg", "PERSON"),
                    ("Bergen", "LOCATION"),
                    ("Shetland", "LOCATION"),
                    ("July 2025", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Ingrid Solberg rowed from Bergen to Shetland in July 2025.'",
                "neutral",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "20 percent off 85 pounds is how much, and book me a table at Luigi's for 7",
        [m("85 minus 20%", "85*80/100")],
        ["book me a table at Luigi's for 7"],
        "",
    ),
    (
        "how many days from 17 august 2027 to 2 january 2028? then add one so both days count",
        [
            btw("days between 17 August 2027 and 2 January 2028", "2027-08-17", "2028-01-02"),
            m("{t1} plus one", "{t1}+1"),
        ],
        [],
        "number-words",
    ),
    (
        "At the allotment, when's rent due and what happens if I still haven't paid at the end of April?",
        [
            doc("when is Hollybrook rent due", A, "Rent is due on 1 April"),
            doc(
                "what happens to Hollybrook plots unpaid at the end of April",
                A,
                "offered to the next person on the waiting list",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "What is 3/8 of 1,000, and then take away 45?",
        [m("3/8 of 1,000", "3/8*1000"), m("{t1} minus 45", "{t1}-45")],
        [],
        "",
    ),
    (
        "tell me the langauge and the sentimnet of 'Bu akşam sinemaya gidiyoruz, çok heyecanlıyım!'",
        [
            lang("language of 'Bu akşam sinemaya gidiyoruz, çok heyecanlıyım!'", "tr"),
            sen("sentiment of 'Bu akşam sinemaya gidiyoruz, çok heyecanlıyım!'", "positive"),
        ],
        [],
        "typo",
    ),
    (
        "find the bit of the music school letter about the winter concert and pull out the places and dates in it",
        [
            doc(
                "where and when is the Fenwick Lane winter concert",
                S,
                "St Aldhelm's Church on 11 December 2027",
            ),
            ent(
                "entities in {t1}",
                [("St Aldhelm's Church", "LOCATION"), ("11 December 2027", "DATE")],
            ),
        ],
        [],
        "",
    ),
    (
        "Please conver 72 kg to stone, and then substract 1.5 from the result.",
        [u("convert 72 kg to stone", 72, "kg", "stone"), m("{t1} minus 1.5", "{t1}-1.5")],
        [],
        "typo",
    ),
    (
        "I'm 95 kg and 1.82 m tall. BMI is weight divided by height squared, so what's mine? And is that a healthy BMI?",
        [m("95 divided by 1.82 squared", "95/1.82**2")],
        ["is that a healthy BMI"],
        "multi-question",
    ),
    (
        "write me a haiku about moss and tell me the sentiment of 'the moss on the north wall is finally gone, best day ever'",
        [
            sen(
                "sentiment of 'the moss on the north wall is finally gone, best day ever'",
                "positive",
            )
        ],
        ["write me a haiku about moss"],
        "",
    ),
    (
        "how long before 11 December 2027 is 8 October 2027? in weeks too pls",
        [
            btw("days between 8 October 2027 and 11 December 2027", "2027-10-08", "2027-12-11"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "filler",
    ),
    (
        "whats the language of 'Hvor ligger det nærmeste apotek? Jeg har ondt i hovedet' and of 'Var ligger närmaste apotek?'",
        [
            lang("language of 'Hvor ligger det nærmeste apotek? Jeg har ondt i hovedet'", "da"),
            lang("language of 'Var ligger närmaste apotek?'", "sv"),
        ],
        [],
        "",
    ),
    (
        "convert 1500 MiB to GB and tell me which cloud storage plan is cheapest",
        [u("convert 1500 MiB to GB", 1500, "MiB", "GB")],
        ["tell me which cloud storage plan is cheapest"],
        "",
    ),
    (
        "wat day of the wek is 12 june 2027 and whats 12 june 2027 plus 3 months",
        [
            wd("weekday of 12 June 2027", "2027-06-12"),
            add("12 June 2027 plus 3 months", "2027-06-12", months=3),
        ],
        [],
        "typo multi-question",
    ),
    (
        "ok what date is two hundred and fifty days before 1 january 2028, then tell me its weekday",
        [
            add("two hundred and fifty days before 1 January 2028", "2028-01-01", days=-250),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "number-words",
    ),
    (
        "Fenwick Lane says violin hire is 11 pounds a month. what's 11 times 10, and who do i pay the exam entry fee to?",
        [
            m("11 times 10", "11*10"),
            doc(
                "who is the Fenwick Lane exam entry fee paid to",
                S,
                "paid directly to the exam board",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "language + entities for 'Wir haben Anna gestern in Hamburg getroffen.'",
        [
            lang("language of 'Wir haben Anna gestern in Hamburg getroffen.'", "de"),
            ent(
                "entities in 'Wir haben Anna gestern in Hamburg getroffen.'",
                [("Anna", "PERSON"), ("Hamburg", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "I run 10 km four times a week. Convert 10 km to miles and multiply it by four please.",
        [u("convert 10 km to miles", 10, "km", "mile"), m("{t1} times four", "{t1}*4")],
        [],
        "number-words",
    ),
    (
        "what's 2027-05-14 plus 10 weeks, also find me a cheap flight to Lisbon that week",
        [add("2027-05-14 plus 10 weeks", "2027-05-14", weeks=10)],
        ["find me a cheap flight to Lisbon that week"],
        "",
    ),
    (
        "at wheelshare how old do you have to be, and how long does approval take",
        [
            doc(
                "minimum age for Wheelshare",
                C,
                "at least 21 and have held a full licence for two years",
            ),
            doc("how long Wheelshare approval takes", C, "usually takes two working days"),
        ],
        [],
        "multi-question",
    ),
    (
        "Sentiment for both: 'The soup was cold and the waiter ignored us.' and 'Dessert, though, was heavenly.'",
        [
            sen("sentiment of 'The soup was cold and the waiter ignored us.'", "negative"),
            sen("sentiment of 'Dessert, though, was heavenly.'", "positive"),
        ],
        [],
        "",
    ),
    (
        "calcualte 7 x 8 x 9 then halve it",
        [m("7 times 8 times 9", "7*8*9"), m("half of {t1}", "{t1}/2")],
        [],
        "typo",
    ),
    (
        "Language check: 'Obrigado pela ajuda de ontem' — and entities in 'Carlos Mendes works for Petrobras in Recife.'",
        [
            lang("language of 'Obrigado pela ajuda de ontem'", "pt"),
            ent(
                "entities in 'Carlos Mendes works for Petrobras in Recife.'",
                [
                    ("Carlos Mendes", "PERSON"),
                    ("Petrobras", "ORGANIZATION"),
                    ("Recife", "LOCATION"),
                ],
            ),
        ],
        [],
        "",
    ),
    (
        "is breakfast included at driftwood hostel? also what date is 14 days after 3 August 2027 (my checkout)",
        [
            doc(
                "is breakfast included at Driftwood Hostel",
                H,
                "costs 6.50 pounds unless you booked the bed-and-breakfast rate",
            ),
            add("14 days after 3 August 2027", "2027-08-03", days=14),
        ],
        [],
        "multi-question",
    ),
    (
        "9 cubed, and then subtract that from 1000",
        [m("9 cubed", "9**3"), m("1000 minus {t1}", "1000-{t1}")],
        [],
        "",
    ),
    (
        "whats the mood of 'Finally passed my driving test!!!' and what language is 'Ich habe endlich meine Fahrprüfung bestanden'",
        [
            sen("sentiment of 'Finally passed my driving test!!!'", "positive"),
            lang("language of 'Ich habe endlich meine Fahrprüfung bestanden'", "de"),
        ],
        [],
        "multi-question",
    ),
    (
        "what date is 1 year after 29 February 2028, and whcih weekday",
        [
            add("1 year after 29 February 2028", "2028-02-29", years=1),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "typo",
    ),
    (
        "price of bitcoin right now and convert 0.5 miles to feet",
        [u("convert 0.5 miles to feet", 0.5, "mile", "foot")],
        ["price of bitcoin right now"],
        "",
    ),
    (
        "for my allotment: how much is a full plot, and do over 65s get a discount?",
        [
            doc("yearly cost of a full plot at Hollybrook", A, "costs 62 pounds a year"),
            doc("discount for Hollybrook plot holders over 65", A, "25 percent discount on rent"),
        ],
        [],
        "multi-question",
    ),
    (
        "take 3600 times 24 and convert that many seconds into days",
        [m("3600 times 24", "3600*24"), u("convert {t1} seconds to days", "{t1}", "second", "day")],
        [],
        "",
    ),
    (
        "the entities in 'Mei Lin left Alibaba and moved to Singapore in 2019.' then the sentiment of the same sentence",
        [
            ent(
                "entities in 'Mei Lin left Alibaba and moved to Singapore in 2019.'",
                [
                    ("Mei Lin", "PERSON"),
                    ("Alibaba", "ORGANIZATION"),
                    ("Singapore", "LOCATION"),
                    ("2019", "DATE"),
                ],
            ),
            sen("sentiment of 'Mei Lin left Alibaba and moved to Singapore in 2019.'", "neutral"),
        ],
        [],
        "",
    ),
    (
        "CAN U TELL ME THE LANGUAGE OF 'Mulțumesc pentru cadou, este minunat' AND IF ITS POSITIVE",
        [
            lang("language of 'Mulțumesc pentru cadou, este minunat'", "ro"),
            sen("sentiment of 'Mulțumesc pentru cadou, este minunat'", "positive"),
        ],
        [],
        "",
    ),
    (
        "'Saya tidak bisa datang besok' what language, and the entities in 'Budi Santoso tinggal di Surabaya.'",
        [
            lang("language of 'Saya tidak bisa datang besok'", "id"),
            ent(
                "entities in 'Budi Santoso tinggal di Surabaya.'",
                [("Budi Santoso", "PERSON"), ("Surabaya", "LOCATION")],
            ),
        ],
        [],
        "",
    ),
    (
        "what is 250 square metres in square feet, and a quarter of that?",
        [
            u("convert 250 square metres to square feet", 250, "m**2", "ft**2"),
            m("a quarter of {t1}", "{t1}/4"),
        ],
        [],
        "",
    ),
    (
        "2 weeks after 30 december 2027 whats the weekday",
        [
            add("2 weeks after 30 December 2027", "2027-12-30", weeks=2),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "anything in the allotment rules about theft? and is the tone of that line negative",
        [
            doc(
                "anything about theft in the Hollybrook rules",
                A,
                "Thieves took three wheelbarrows last winter",
            ),
            sen("sentiment of {t1}", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "Wheelshare charges 5.50 an hour and 0.24 per mile. Whats 5.50 times 6 plus 0.24 times 40, and how much is that in dollars",
        [m("5.50 times 6 plus 0.24 times 40", "5.50*6+0.24*40")],
        ["how much is that in dollars"],
        "currency",
    ),
    (
        "Would you be so kind as to convert 500 grams into ounces, and afterwards tell me what 500 grams is in pounds?",
        [
            u("convert 500 grams to ounces", 500, "g", "oz"),
            u("convert 500 grams to pounds", 500, "g", "lb"),
        ],
        [],
        "",
    ),
    (
        "i need the sentiment of 'Che bella giornata, andiamo al mare!' and its language",
        [
            sen("sentiment of 'Che bella giornata, andiamo al mare!'", "positive"),
            lang("language of 'Che bella giornata, andiamo al mare!'", "it"),
        ],
        [],
        "",
    ),
    (
        "date 10 days before 8 October 2027, and the weekday of that date",
        [
            add("10 days before 8 October 2027", "2027-10-08", days=-10),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "entites please: 'Olamide Bello signed with Arsenal on 2 August 2026.' and also the language of 'Olamide Bello firmó con el Arsenal'",
        [
            ent(
                "entities in 'Olamide Bello signed with Arsenal on 2 August 2026.'",
                [
                    ("Olamide Bello", "PERSON"),
                    ("Arsenal", "ORGANIZATION"),
                    ("2 August 2026", "DATE"),
                ],
            ),
            lang("language of 'Olamide Bello firmó con el Arsenal'", "es"),
        ],
        [],
        "typo",
    ),
    (
        "my gym, granite loft, costs how much per month for students? and can i freeze it if i break my wrist",
        [
            doc(
                "Granite Loft monthly price for students",
                G,
                "39 pounds for students with a valid card",
            ),
            doc(
                "can a Granite Loft membership be frozen for an injury",
                G,
                "up to three months a year for medical reasons",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "Take 1,024 and divide by 16, then square the answer.",
        [m("1,024 divided by 16", "1024/16"), m("{t1} squared", "{t1}**2")],
        [],
        "",
    ),
    (
        "whats the language of 'Σήμερα ήταν μια υπέροχη μέρα' and also the mood",
        [
            lang("language of 'Σήμερα ήταν μια υπέροχη μέρα'", "el"),
            sen("sentiment of 'Σήμερα ήταν μια υπέροχη μέρα'", "positive"),
        ],
        [],
        "",
    ),
    (
        "3 months after 30 November 2027 please, and then how many days is that from 30 November 2027",
        [
            add("3 months after 30 November 2027", "2027-11-30", months=3),
            btw("days between 30 November 2027 and {t1}", "2027-11-30", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "tell me the sentiment of this review: 'Room was tiny but the staff were so kind that I didn't care.' Also book me the same room again for June.",
        [
            sen(
                "sentiment of 'Room was tiny but the staff were so kind that I didn't care.'",
                "positive",
            )
        ],
        ["book me the same room again for June"],
        "",
    ),
    (
        "whats 14% of 300 i mean 14% of 3,000, then add 200",
        [m("14% of 3,000", "14*3000/100"), m("{t1} plus 200", "{t1}+200")],
        [],
        "self-correction",
    ),
    (
        "language of 'Merci beaucoup' - oops no, I meant this one: 'Tack så mycket för hjälpen'",
        [lang("language of 'Tack så mycket för hjälpen'", "sv")],
        [],
        "self-correction",
    ),
    (
        "which weekday is six months after 31 March 2027",
        [
            add("six months after 31 March 2027", "2027-03-31", months=6),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested number-words",
    ),
    (
        "how many km is three laps of 8.5 miles",
        [m("three times 8.5", "3*8.5"), u("convert {t1} miles to km", "{t1}", "mile", "km")],
        [],
        "nested number-words",
    ),
    (
        "weekday of the date 40 days before 1 january 2028",
        [
            add("40 days before 1 January 2028", "2028-01-01", days=-40),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "who is the head setter at granite loft? list the people named in that line",
        [
            doc("who is the head setter at Granite Loft", G, "Our head setter, Marta Quill"),
            ent("entities in {t1}", [("Marta Quill", "PERSON")]),
        ],
        [],
        "multi-question",
    ),
    (
        "who runs the senior choir at fenwick lane, and pull the names out of that sentence",
        [
            doc(
                "who leads the Fenwick Lane senior choir",
                S,
                "led by our new director, Priyanka Dhar",
            ),
            ent("entities in {t1}", [("Priyanka Dhar", "PERSON")]),
        ],
        [],
        "",
    ),
    (
        "what does the music school letter say about the practice rooms, and is that line positive or negative",
        [
            doc(
                "what the Fenwick Lane letter says about the practice rooms",
                S,
                "practice rooms will stay closed on weekday mornings",
            ),
            sen("sentiment of {t1}", "negative"),
        ],
        [],
        "multi-question",
    ),
    (
        "how did fenwick lane pupils do in exams last year? whats the sentiment of that sentence",
        [
            doc(
                "Fenwick Lane exam results last year",
                S,
                "93 percent of our exam candidates passed with merit or distinction",
            ),
            sen("sentiment of {t1}", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "whats the last line of the granite loft terms about and what language is it in",
        [
            doc(
                "closing line of the Granite Loft terms",
                G,
                "we hope you have a brilliant time climbing with us",
            ),
            lang("language of {t1}", "en"),
        ],
        [],
        "multi-question",
    ),
    (
        "who is the night porter at driftwood, and give me the person names from the answer",
        [
            doc("name of the Driftwood Hostel night porter", H, "our night porter, Tomasz Wrona"),
            ent("entities in {t1}", [("Tomasz Wrona", "PERSON")]),
        ],
        [],
        "",
    ),
    (
        "What's the opening line of the hostel guide? Extract the entities from it.",
        [
            doc(
                "opening line of the Driftwood Hostel guide",
                H,
                "run by the Kernow Youth Trust since 2009",
            ),
            ent(
                "entities in {t1}",
                [
                    ("Driftwood Hostel", "ORGANIZATION"),
                    ("Porthkennack", "LOCATION"),
                    ("Kernow Youth Trust", "ORGANIZATION"),
                    ("2009", "DATE"),
                ],
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "when were the hollybrook allotment rules agreed? and find the entities in that line",
        [
            doc(
                "when were the Hollybrook rules agreed",
                A,
                "agreed at the annual meeting on 14 February 2027",
            ),
            ent(
                "entities in {t1}",
                [
                    ("Hollybrook Community Allotments", "ORGANIZATION"),
                    ("14 February 2027", "DATE"),
                ],
            ),
        ],
        [],
        "",
    ),
    (
        "Please I want know how many kilometer is 26 mile and also what is day of week for 2 june 2027, thank you very much",
        [
            u("convert 26 miles to km", 26, "mile", "km"),
            wd("weekday of 2 June 2027", "2027-06-02"),
        ],
        [],
        "filler",
    ),
    (
        "Good afternoon. I would be very grateful if you could tell me the number of days between 3 March 2027 and 21 September 2027, and then, if it is not too much trouble, how many weeks that comes to. Many thanks in advance.",
        [
            btw("days between 3 March 2027 and 21 September 2027", "2027-03-03", "2027-09-21"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "filler",
    ),
    (
        "so yesterday my neighbour at the allotment told me i cant have a bonfire whenever i want?? when am i actually allowed one, and what weekday is 4 September 2027",
        [
            doc(
                "when are bonfires allowed at Hollybrook",
                A,
                "first Saturday of each month, before 10am",
            ),
            wd("weekday of 4 September 2027", "2027-09-04"),
        ],
        [],
        "multi-question",
    ),
    (
        "ive got 2 kids wanting to climb at granite loft, theyre 12 and 15. does the 12 year old need an adult with her? and how many days from 2 January 2027 to 2 April 2027",
        [
            doc(
                "does a 12 year old need an adult at Granite Loft",
                G,
                "Children under 14 must be supervised",
            ),
            btw("days between 2 January 2027 and 2 April 2027", "2027-01-02", "2027-04-02"),
        ],
        [],
        "multi-question",
    ),
    (
        "GIVE ME THE WEEKDAY OF 6 SEPTEMBER 2027 AND ADD THE WHOLE TERM TO MY GOOGLE CALENDAR",
        [wd("weekday of 6 September 2027", "2027-09-06")],
        ["ADD THE WHOLE TERM TO MY GOOGLE CALENDAR"],
        "",
    ),
    (
        "The entities in 'Sofia Rossi opened a bakery called Forno Verde in Turin on 1 March 2025.' and the sentiment of 'Sofia's bread sold out on the first morning, what a start!'",
        [
            ent(
                "entities in 'Sofia Rossi opened a bakery called Forno Verde in Turin on 1 March 2025.'",
                [
                    ("Sofia Rossi", "PERSON"),
                    ("Forno Verde", "ORGANIZATION"),
                    ("Turin", "LOCATION"),
                    ("1 March 2025", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Sofia's bread sold out on the first morning, what a start!'",
                "positive",
            ),
        ],
        [],
        "",
    ),
    (
        "convert 200 euros to yen and 200 km to miles",
        [u("convert 200 km to miles", 200, "km", "mile")],
        ["convert 200 euros to yen"],
        "currency",
    ),
    (
        "if the troughs at hollybrook go off on 1 November 2027, how many days is that until 15 March 2028",
        [btw("days between 1 November 2027 and 15 March 2028", "2027-11-01", "2028-03-15")],
        [],
        "",
    ),
    (
        "what language is 'Ik fiets elke dag naar mijn werk'",
        [lang("language of 'Ik fiets elke dag naar mijn werk'", "nl")],
        [],
        "",
    ),
    (
        "'הקפה כאן פשוט נוראי' — language and sentiment please",
        [
            lang("language of 'הקפה כאן פשוט נוראי'", "he"),
            sen("sentiment of 'הקפה כאן פשוט נוראי'", "negative"),
        ],
        [],
        "",
    ),
    (
        "what languages are these: 'أين محطة القطار؟' and 'मुझे चाय बहुत पसंद है'",
        [
            lang("language of 'أين محطة القطار؟'", "ar"),
            lang("language of 'मुझे चाय बहुत पसंद है'", "hi"),
        ],
        [],
        "",
    ),
    (
        "language of '今日はとても暑いですね' and of '오늘 저녁에 뭐 먹을까요?'",
        [
            lang("language of '今日はとても暑いですね'", "ja"),
            lang("language of '오늘 저녁에 뭐 먹을까요?'", "ko"),
        ],
        [],
        "",
    ),
    (
        "entities in '王伟下个月要去上海工作' and its language",
        [
            ent("entities in '王伟下个月要去上海工作'", [("王伟", "PERSON"), ("上海", "LOCATION")]),
            lang("language of '王伟下个月要去上海工作'", "zh"),
        ],
        [],
        "",
    ),
    (
        "is this ukrainian: 'Я дуже люблю каву з молоком'? and is it a happy sentence",
        [
            lang("language of 'Я дуже люблю каву з молоком'", "uk"),
            sen("sentiment of 'Я дуже люблю каву з молоком'", "positive"),
        ],
        [],
        "multi-question",
    ),
    (
        "what wifi password does the hostel use, and can you hack my neighbours wifi",
        [
            doc(
                "where is the Driftwood Hostel wifi password",
                H,
                "printed on the back of your key card sleeve",
            )
        ],
        ["hack my neighbours wifi"],
        "",
    ),
    # ------------------------------------------------------------------ three or more parts
    (
        "convert 12 miles to km, multply by 2, then add 5",
        [
            u("convert 12 miles to km", 12, "mile", "km"),
            m("{t1} times 2", "{t1}*2"),
            m("{t2} plus 5", "{t2}+5"),
        ],
        [],
        "typo",
    ),
    (
        "1. weekday of 5 November 2027\n2. 5 November 2027 plus 8 weeks\n3. sentiment of 'fireworks scare my dog half to death every single year'",
        [
            wd("weekday of 5 November 2027", "2027-11-05"),
            add("5 November 2027 plus 8 weeks", "2027-11-05", weeks=8),
            sen(
                "sentiment of 'fireworks scare my dog half to death every single year'", "negative"
            ),
        ],
        [],
        "",
    ),
    (
        "hey! few things: how much does granite loft charge to hire shoes, whats 4 times 12, and is chalk allowed",
        [
            doc("cost of hiring climbing shoes at Granite Loft", G, "hired for 4 pounds a session"),
            m("4 times 12", "4*12"),
            doc(
                "is chalk allowed at Granite Loft",
                G,
                "loose chalk is banned on the bouldering floor",
            ),
        ],
        [],
        "filler multi-question",
    ),
    (
        "days betwen 6 september 2027 and 25 october 2027, convert that to hours, then divide by 7",
        [
            btw("days between 6 September 2027 and 25 October 2027", "2027-09-06", "2027-10-25"),
            u("convert {t1} days to hours", "{t1}", "day", "hour"),
            m("{t2} divided by 7", "{t2}/7"),
        ],
        [],
        "typo",
    ),
    (
        "Find the language of 'Ik heb mijn fiets verloren', the sentiment of 'I hate Mondays', and translate the first one into French",
        [
            lang("language of 'Ik heb mijn fiets verloren'", "nl"),
            sen("sentiment of 'I hate Mondays'", "negative"),
        ],
        ["translate the first one into French"],
        "",
    ),
    (
        "convert 8 kg to lb; convert 3 kg to lb; then add the two results",
        [
            u("convert 8 kg to lb", 8, "kg", "lb"),
            u("convert 3 kg to lb", 3, "kg", "lb"),
            m("{t1} plus {t2}", "{t1}+{t2}"),
        ],
        [],
        "",
    ),
    (
        "Whats 25 December 2027 minus 4 weeks?\nwhat day is that?\nhow many days from then until 31 December 2027?",
        [
            add("25 December 2027 minus 4 weeks", "2027-12-25", weeks=-4),
            wd("weekday of {t1}", "{t1}"),
            btw("days between {t1} and 31 December 2027", "{t1}", "2027-12-31"),
        ],
        [],
        "multi-question",
    ),
    (
        "who runs wheelshare? give me the companies and places in that line, and also how much is membership a month",
        [
            doc("who runs Wheelshare", C, "run by Cobble Mobility Ltd"),
            ent(
                "entities in {t1}",
                [
                    ("Wheelshare", "ORGANIZATION"),
                    ("Cobble Mobility Ltd", "ORGANIZATION"),
                    ("Bristol", "LOCATION"),
                ],
            ),
            doc("Wheelshare monthly membership fee", C, "Membership is 6 pounds a month"),
        ],
        [],
        "multi-question",
    ),
    (
        "weather in cornwall this weekend, a packing list for surfing, and what's 18 times 3",
        [m("18 times 3", "18*3")],
        ["weather in cornwall this weekend", "a packing list for surfing"],
        "",
    ),
    (
        "convert 60 mph to km/h — sorry, 70 mph — and what's the weekday of 2 May 2027",
        [
            u("convert 70 mph to km/h", 70, "mph", "km/h"),
            wd("weekday of 2 May 2027", "2027-05-02"),
        ],
        [],
        "self-correction multi-question",
    ),
    (
        "WHAT IS 15% OF 480, WHAT IS 480 DIVIDED BY 12 AND WHAT DAY IS 15 JANUARY 2027",
        [
            m("15% of 480", "15*480/100"),
            m("480 divided by 12", "480/12"),
            wd("weekday of 15 January 2027", "2027-01-15"),
        ],
        [],
        "multi-question",
    ),
    (
        "So my daughter starts violin at Fenwick Lane on 6 September 2027 and her grade exam is 16 weeks later. What date is that, what weekday, and how much does violin hire cost per month there?",
        [
            add("16 weeks after 6 September 2027", "2027-09-06", weeks=16),
            wd("weekday of {t1}", "{t1}"),
            doc("monthly cost of violin hire at Fenwick Lane", S, "at 11 pounds a month"),
        ],
        [],
        "multi-question",
    ),
    (
        "how many days between 1 may 2027 and 1 june 2027 sorry i meant 1 july 2027, and tell me the weekday of 1 July 2027 and the date 6 weeks after it",
        [
            btw("days between 1 May 2027 and 1 July 2027", "2027-05-01", "2027-07-01"),
            wd("weekday of 1 July 2027", "2027-07-01"),
            add("6 weeks after 1 July 2027", "2027-07-01", weeks=6),
        ],
        [],
        "self-correction",
    ),
    (
        "convert 2 GiB to MB, then divide that by 4, then how many GB is that",
        [
            u("convert 2 GiB to MB", 2, "GiB", "MB"),
            m("{t1} divided by 4", "{t1}/4"),
            u("convert {t2} MB to GB", "{t2}", "MB", "GB"),
        ],
        [],
        "",
    ),
    (
        "hi!! at the hostel: when can i check in, how much are towels, and when does breakfast run",
        [
            doc("Driftwood Hostel check-in time", H, "Check-in opens at 3pm"),
            doc("towel rental at Driftwood Hostel", H, "Towels can be rented for 2 pounds"),
            doc("Driftwood Hostel breakfast hours", H, "served in the Galley from 7:30 to 9:30"),
        ],
        [],
        "filler",
    ),
    (
        "sentiment of 'the lift is broken again and nobody cares', language of 'La vie est belle', and what's 17 squared",
        [
            sen("sentiment of 'the lift is broken again and nobody cares'", "negative"),
            lang("language of 'La vie est belle'", "fr"),
            m("17 squared", "17**2"),
        ],
        [],
        "",
    ),
    (
        "i bought 3 bags of compost at 4.75 each and 2 of manure at 6.20 each, whats the total, whats 10% off that, and remind me to collect them friday",
        [
            m("3 times 4.75 plus 2 times 6.20", "3*4.75+2*6.20"),
            m("{t1} minus 10%", "{t1}*90/100"),
        ],
        ["remind me to collect them friday"],
        "",
    ),
    (
        "Entities in 'Tanvir Hossain from Dhaka joined UNESCO in Paris in 2022.', and the sentiment of it",
        [
            ent(
                "entities in 'Tanvir Hossain from Dhaka joined UNESCO in Paris in 2022.'",
                [
                    ("Tanvir Hossain", "PERSON"),
                    ("Dhaka", "LOCATION"),
                    ("UNESCO", "ORGANIZATION"),
                    ("Paris", "LOCATION"),
                    ("2022", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Tanvir Hossain from Dhaka joined UNESCO in Paris in 2022.'",
                "neutral",
            ),
        ],
        [],
        "",
    ),
    (
        "how many square feet is 0.5 acres, then divide by 4 plots, then convert the answer to square metres",
        [
            u("convert 0.5 acres to square feet", 0.5, "acre", "ft**2"),
            m("{t1} divided by 4", "{t1}/4"),
            u("convert {t2} square feet to square metres", "{t2}", "ft**2", "m**2"),
        ],
        [],
        "",
    ),
    (
        "what's 1 april 2027 minus 2 months, its weekdya, and the days from then until 1 april 2027",
        [
            add("1 April 2027 minus 2 months", "2027-04-01", months=-2),
            wd("weekday of {t1}", "{t1}"),
            btw("days between {t1} and 1 April 2027", "{t1}", "2027-04-01"),
        ],
        [],
        "typo",
    ),
    (
        "cube rooot of 2744, times 3, minus 2",
        [
            m("cube root of 2744", "2744**(Rational(1,3))"),
            m("{t1} times 3", "{t1}*3"),
            m("{t2} minus 2", "{t2}-2"),
        ],
        [],
        "typo",
    ),
    (
        "can i pay the wheelshare fuel with my own card? also what's 24 times 0.24 and what is 24 miles in km",
        [
            doc("how to pay for fuel in a Wheelshare car", C, "use the fuel card in the glovebox"),
            m("24 times 0.24", "24*0.24"),
            u("convert 24 miles to km", 24, "mile", "km"),
        ],
        [],
        "multi-question",
    ),
    (
        "I need three things:\n- 120 days after 1 February 2027\n- the weekday of that\n- 120 days in weeks",
        [
            add("120 days after 1 February 2027", "2027-02-01", days=120),
            wd("weekday of {t1}", "{t1}"),
            u("convert 120 days to weeks", 120, "day", "week"),
        ],
        [],
        "",
    ),
    (
        "convert 40 litres to gallons, times 3, then convert back to litres",
        [
            u("convert 40 litres to gallons", 40, "liter", "gallon"),
            m("{t1} times 3", "{t1}*3"),
            u("convert {t2} gallons to litres", "{t2}", "gallon", "liter"),
        ],
        [],
        "",
    ),
    (
        "yo whats the sentiment of 'ngl the new album slaps', what language is 'Kiitos kun tulit', and what's the capital of Australia",
        [
            sen("sentiment of 'ngl the new album slaps'", "positive"),
            lang("language of 'Kiitos kun tulit'", "fi"),
        ],
        ["what's the capital of Australia"],
        "filler",
    ),
    (
        "My son missed his cello lesson and I only told them the night before. Will I be charged, and if the lesson is 19 pounds what is 19 times 3 for the three he missed? Also write an apology to his teacher.",
        [
            doc(
                "is a lesson missed without enough notice charged",
                S,
                "the lesson is charged in full",
            ),
            m("19 times 3", "19*3"),
        ],
        ["write an apology to his teacher"],
        "multi-question",
    ),
    (
        "2 miles in km, 2 km in miles, and the difference between them",
        [
            u("convert 2 miles to km", 2, "mile", "km"),
            u("convert 2 km to miles", 2, "km", "mile"),
            m("{t1} minus {t2}", "{t1}-{t2}"),
        ],
        [],
        "",
    ),
    (
        "Quick maths:\n1,200 plus 8%\nthen minus 250\nthen divided by 3",
        [
            m("1,200 plus 8%", "1200*108/100"),
            m("{t1} minus 250", "{t1}-250"),
            m("{t2} divided by 3", "{t2}/3"),
        ],
        [],
        "",
    ),
    (
        "what day of the week is 14 february 2027, whats 14 february 2027 plus 1 year, and what day of the week is that",
        [
            wd("weekday of 14 February 2027", "2027-02-14"),
            add("14 February 2027 plus 1 year", "2027-02-14", years=1),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "concert's on 11 December 2027 at St Aldhelm's — how many days from 6 September 2027 is that, how many tickets do we get free, and what do extra ones cost",
        [
            btw("days between 6 September 2027 and 11 December 2027", "2027-09-06", "2027-12-11"),
            doc("how many free tickets per performer", S, "request up to four free tickets"),
            doc("cost of extra concert tickets", S, "further tickets cost 7 pounds"),
        ],
        [],
        "multi-question",
    ),
    (
        "how much is 480 divided by 12, and what is 46 times 12, and whats the difference",
        [
            m("480 divided by 12", "480/12"),
            m("46 times 12", "46*12"),
            m("{t2} minus 480", "{t2}-480"),
        ],
        [],
        "multi-question",
    ),
    (
        "I'm planning a trip. My flight leaves 19 August 2027 and I'm back 40 days later. Which date is that, which weekday, and can you find me travel insurance and a hotel in Porto?",
        [
            add("40 days after 19 August 2027", "2027-08-19", days=40),
            wd("weekday of {t1}", "{t1}"),
        ],
        ["find me travel insurance and a hotel in Porto"],
        "multi-question",
    ),
    (
        "days between 1 january 2027 and 31 december 2027, plus 1 to count both ends, then divide by 7",
        [
            btw("days between 1 January 2027 and 31 December 2027", "2027-01-01", "2027-12-31"),
            m("{t1} plus 1", "{t1}+1"),
            m("{t2} divided by 7", "{t2}/7"),
        ],
        [],
        "",
    ),
    (
        "pls help w/ 3 things — 350 g flour to cups?? no wait, 350 g flour to ounces. then 180 C in F. then weekday 20 December 2027",
        [
            u("convert 350 g to ounces", 350, "g", "oz"),
            u("convert 180 C to F", 180, "degC", "degF"),
            wd("weekday of 20 December 2027", "2027-12-20"),
        ],
        [],
        "self-correction filler",
    ),
    (
        "entities in 'Aiyana Redcloud met Tomás Ortega at the Smithsonian in Washington on 12 October 2024.', and is the tone positive",
        [
            ent(
                "entities in 'Aiyana Redcloud met Tomás Ortega at the Smithsonian in Washington on 12 October 2024.'",
                [
                    ("Aiyana Redcloud", "PERSON"),
                    ("Tomás Ortega", "PERSON"),
                    ("Smithsonian", "ORGANIZATION"),
                    ("Washington", "LOCATION"),
                    ("12 October 2024", "DATE"),
                ],
            ),
            sen(
                "sentiment of 'Aiyana Redcloud met Tomás Ortega at the Smithsonian in Washington on 12 October 2024.'",
                "neutral",
            ),
        ],
        [],
        "",
    ),
    (
        "how many weeks between 1 march 2027 and 1 march 2028? give me days first, then weeks, then weeks rounded... actually just days and weeks",
        [
            btw("days between 1 March 2027 and 1 March 2028", "2027-03-01", "2028-03-01"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "self-correction",
    ),
    (
        "how much is 19 times 12 lessons, then add 11 times 3 for hire, and what's the total in dollars",
        [
            m("19 times 12", "19*12"),
            m("{t1} plus 11 times 3", "{t1}+11*3"),
        ],
        ["what's the total in dollars"],
        "currency",
    ),
    (
        "If I give up my allotment, by when do I have to tell them? And how many days is it from 31 January 2028 to 1 April 2028? And what's 62 minus 25 percent?",
        [
            doc("deadline to give up a Hollybrook plot", A, "tell the secretary by 31 January"),
            btw("days between 31 January 2028 and 1 April 2028", "2028-01-31", "2028-04-01"),
            m("62 minus 25%", "62*75/100"),
        ],
        [],
        "multi-question",
    ),
    (
        "sentimnet of 'Delivery was late but the driver apologised and the food was still hot' plus langauge of 'Leider ist der Zug ausgefallen' plus its sentiment",
        [
            sen(
                "sentiment of 'Delivery was late but the driver apologised and the food was still hot'",
                "positive",
            ),
            lang("language of 'Leider ist der Zug ausgefallen'", "de"),
            sen("sentiment of 'Leider ist der Zug ausgefallen'", "negative"),
        ],
        [],
        "typo",
    ),
    (
        "what weekday is 18 months after 31 August 2027, and how many days is that from 31 August 2027",
        [
            add("18 months after 31 August 2027", "2027-08-31", months=18),
            wd("weekday of {t1}", "{t1}"),
            btw("days between 31 August 2027 and {t1}", "2027-08-31", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "ok last one lol - 3 kg of potatoes at 1.20 a kg plus 2 kg of onions at 0.90 a kg, total? then convert 5 kg to pounds, then tell me a potato recipe",
        [
            m("3 times 1.20 plus 2 times 0.90", "3*1.20+2*0.90"),
            u("convert 5 kg to pounds", 5, "kg", "lb"),
        ],
        ["tell me a potato recipe"],
        "filler",
    ),
    (
        "HOW MANY DAYS FROM 6 SEPTEMBER 2027 TO 25 DECEMBER 2027, HOW MANY WEEKS IS THAT, AND WHAT WEEKDAY IS 25 DECEMBER 2027",
        [
            btw("days between 6 September 2027 and 25 December 2027", "2027-09-06", "2027-12-25"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 25 December 2027", "2027-12-25"),
        ],
        [],
        "multi-question",
    ),
    (
        "Dear assistant, my grandmother wrote 'Je suis si fière de toi, mon petit' on my card. Could you tell me which language this is, whether the sentiment is positive, and also help me write a thank-you note back to her?",
        [
            lang("language of 'Je suis si fière de toi, mon petit'", "fr"),
            sen("sentiment of 'Je suis si fière de toi, mon petit'", "positive"),
        ],
        ["help me write a thank-you note back to her"],
        "multi-question",
    ),
    (
        "convert 10,000 steps... no, 8 km to miles; then multiply by 7 days; then convert that to km again",
        [
            u("convert 8 km to miles", 8, "km", "mile"),
            m("{t1} times 7", "{t1}*7"),
            u("convert {t2} miles to km", "{t2}", "mile", "km"),
        ],
        [],
        "self-correction",
    ),
    (
        "what does wheelshare charge for pet hair, if it's 35 what's that times 2, and is my dog allowed in the front seat",
        [
            doc("Wheelshare cleaning fee for pet hair", C, "cleaning fee of 35 pounds"),
            m("35 times 2", "35*2"),
            doc(
                "where can pets travel in a Wheelshare car",
                C,
                "Pets are allowed in a secure carrier",
            ),
        ],
        [],
        "multi-question",
    ),
    (
        "what is 2 to the 10th, then convert that many KiB to MB, and whats a kibibyte anyway",
        [
            m("2 to the 10th", "2**10"),
            u("convert {t1} KiB to MB", "{t1}", "KiB", "MB"),
        ],
        ["whats a kibibyte anyway"],
        "multi-question",
    ),
    (
        "Heute ist mein Geburtstag und ich freue mich riesig! what language is that, what is its sentiment, and what weekday is 9 March 2027 (my birthday)",
        [
            lang("language of 'Heute ist mein Geburtstag und ich freue mich riesig'", "de"),
            sen("sentiment of 'Heute ist mein Geburtstag und ich freue mich riesig'", "positive"),
            wd("weekday of 9 March 2027", "2027-03-09"),
        ],
        [],
        "multi-question",
    ),
    (
        "how much does a granite loft annual pass cost, what is 480 divided by 12, and what's 46 minus that",
        [
            doc(
                "cost of an annual Granite Loft membership",
                G,
                "annual membership paid up front costs 480 pounds",
            ),
            m("480 divided by 12", "480/12"),
            m("46 minus {t2}", "46-{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "what weekday is 30 January 2028 plus 1 month, and what weekday is 30 January 2028 itself, and how far apart are they in days",
        [
            add("30 January 2028 plus 1 month", "2028-01-30", months=1),
            wd("weekday of {t1}", "{t1}"),
            wd("weekday of 30 January 2028", "2028-01-30"),
            btw("days between 30 January 2028 and {t1}", "2028-01-30", "{t1}"),
        ],
        [],
        "nested multi-question",
    ),
    (
        "1) 45 mins in hours 2) 45 hours in days 3) 45 days in weeks 4) what's 45 squared",
        [
            u("convert 45 minutes to hours", 45, "minute", "hour"),
            u("convert 45 hours to days", 45, "hour", "day"),
            u("convert 45 days to weeks", 45, "day", "week"),
            m("45 squared", "45**2"),
        ],
        [],
        "",
    ),
    (
        "at hollybrook: how much of the plot has to be cultivated, whats three quarters of 250, and whats 250 square metres in square yards",
        [
            doc(
                "how much of a Hollybrook plot must be cultivated",
                A,
                "three quarters of each plot must be cultivated",
            ),
            m("three quarters of 250", "Rational(3,4)*250"),
            u("convert 250 square metres to square yards", 250, "m**2", "yard**2"),
        ],
        [],
        "number-words multi-question",
    ),
    (
        "what's the date 2 years after 29 February 2028, what weekday, and what's 2 years in days (730?) — just the date and weekday please",
        [
            add("2 years after 29 February 2028", "2028-02-29", years=2),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "self-correction",
    ),
    (
        "weekday of 13 August 2027, days from 13 August 2027 to 13 November 2027, that in weeks, and whats the moon phase that night",
        [
            wd("weekday of 13 August 2027", "2027-08-13"),
            btw("days between 13 August 2027 and 13 November 2027", "2027-08-13", "2027-11-13"),
            u("convert {t2} days to weeks", "{t2}", "day", "week"),
        ],
        ["whats the moon phase that night"],
        "",
    ),
    (
        "I left the car in the wrong street last week. How much is the recovery charge, how much is the late fine, what's 80 plus 15, and can you dispute it for me",
        [
            doc(
                "Wheelshare charge for leaving the car away from its bay",
                C,
                "recovery charge of 80 pounds",
            ),
            doc("Wheelshare late return fine", C, "fine of 15 pounds"),
            m("80 plus 15", "80+15"),
        ],
        ["dispute it for me"],
        "multi-question",
    ),
    (
        "NEED 3 THINGS FAST: 5 FT IN CM, 5 LB IN KG, 5 GALLONS IN LITRES",
        [
            u("convert 5 ft to cm", 5, "foot", "cm"),
            u("convert 5 lb to kg", 5, "lb", "kg"),
            u("convert 5 gallons to litres", 5, "gallon", "liter"),
        ],
        [],
        "",
    ),
    (
        "hlaf of 1,750, then 20% of that, then add 99",
        [
            m("half of 1,750", "1750/2"),
            m("20% of {t1}", "20*{t1}/100"),
            m("{t2} plus 99", "{t2}+99"),
        ],
        [],
        "typo",
    ),
    (
        "how many days between 12 March 2027 and 4 July 2027, half of that, and what date is that many days after 12 March 2027",
        [
            btw("days between 12 March 2027 and 4 July 2027", "2027-03-12", "2027-07-04"),
            m("half of {t1}", "{t1}/2"),
            add("{t2} days after 12 March 2027", "2027-03-12", days="{t2}"),
        ],
        [],
        "",
    ),
    (
        "what language is 'Kamu mau pergi ke mana hari ini?' and 'Chào buổi sáng' and 'Jó reggelt kívánok' and 'Bună dimineața'",
        [
            lang("language of 'Kamu mau pergi ke mana hari ini?'", "id"),
            lang("language of 'Chào buổi sáng'", "vi"),
            lang("language of 'Jó reggelt kívánok'", "hu"),
            lang("language of 'Bună dimineața'", "ro"),
        ],
        [],
        "",
    ),
    (
        "what's in 'Kenji Watanabe will join Toyota in Nagoya in April 2028.' — entities please — then translate it to japanese and tell me a fun fact about Nagoya",
        [
            ent(
                "entities in 'Kenji Watanabe will join Toyota in Nagoya in April 2028.'",
                [
                    ("Kenji Watanabe", "PERSON"),
                    ("Toyota", "ORGANIZATION"),
                    ("Nagoya", "LOCATION"),
                    ("April 2028", "DATE"),
                ],
            )
        ],
        ["translate it to japanese", "tell me a fun fact about Nagoya"],
        "",
    ),
    (
        "my student membership at granite loft, whats it a month, and whats 39 times 12, and is the annual one (480) cheaper — whats 480 minus that",
        [
            doc(
                "monthly student price at Granite Loft",
                G,
                "39 pounds for students with a valid card",
            ),
            m("39 times 12", "39*12"),
            m("480 minus {t2}", "480-{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "what if i fail the belay check at granite loft? how soon can i retake it and what date is 7 days after 10 January 2027",
        [
            doc(
                "when can a failed belay check be retaken",
                G,
                "retake it after seven days at no extra cost",
            ),
            add("7 days after 10 January 2027", "2027-01-10", days=7),
        ],
        [],
        "multi-question",
    ),
]
