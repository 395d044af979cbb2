"""eval6 items, part B: compound math / units / dates queries, chained and independent."""

from build_specs import add, btw, m, u, wd

ITEMS_B: list[tuple[object, ...]] = [
    (
        "convert 12 km to miles and then what's that times 4. oh and 12 km in feet as well",
        [
            u("convert 12 km to miles", 12, "km", "mile"),
            m("{t1} times 4", "{t1}*4"),
            u("convert 12 km to feet", 12, "km", "foot"),
        ],
        [],
        "",
    ),
    (
        "I'm 34 and my sister is 5 years older than me. My nephew is exactly half her age. "
        "How old is he, and how many months is that?",
        [
            m("34 plus 5", "34+5"),
            m("half of {t1}", "{t1}/2"),
            u("convert {t2} years to months", "{t2}", "year", "month"),
        ],
        [],
        "",
    ),
    (
        "recipe wants 2.5 lb of flour, how many grams is that, and then split it evenly across "
        "3 loaves, and give me each share in ounces too",
        [
            u("convert 2.5 lb to grams", 2.5, "lb", "g"),
            m("{t1} divided by 3", "{t1}/3"),
            u("convert {t2} g to oz", "{t2}", "g", "oz"),
        ],
        [],
        "",
    ),
    (
        "whats the date 100 days aftr 2027-02-01 and waht weekday will it be? and 100 days "
        "is how many weeks",
        [
            add("100 days after 2027-02-01", "2027-02-01", days=100),
            wd("weekday of {t1}", "{t1}"),
            u("convert 100 days to weeks", 100, "day", "week"),
        ],
        [],
        "typo",
    ),
    (
        "days between 2027-03-01 and 2027-09-30 - and how many weeks is that?",
        [
            btw("days between 2027-03-01 and 2027-09-30", "2027-03-01", "2027-09-30"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "",
    ),
    (
        "which weekday falls 45 days after 18 June 2027",
        [
            add("45 days after 18 June 2027", "2027-06-18", days=45),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "drove 420 km on 31 litres. km per litre? also the 420 km in miles and the 31 litres "
        "in US gallons",
        [
            m("420 divided by 31", "420/31"),
            u("convert 420 km to miles", 420, "km", "mile"),
            u("convert 31 litres to US gallons", 31, "liter", "gallon"),
        ],
        [],
        "multi-question",
    ),
    (
        "1) 2,800 times 12\n2) then take off 22 percent\n3) then divide by 52",
        [
            m("2,800 times 12", "2800*12"),
            m("{t1} minus 22%", "{t1}*78/100"),
            m("{t2} divided by 52", "{t2}/52"),
        ],
        [],
        "",
    ),
    (
        "ran my first marathon (42.195 km) in 3.5 hours!! average speed in km/h? and convert "
        "that to mph",
        [
            m("42.195 divided by 3.5", "42.195/3.5"),
            u("convert {t1} km/h to mph", "{t1}", "km/h", "mph"),
        ],
        [],
        "multi-question",
    ),
    (
        "weekday of 1 January 2028? and of 1 January 2029? how many days apart are they, and "
        "how many weeks is that",
        [
            wd("weekday of 1 January 2028", "2028-01-01"),
            wd("weekday of 1 January 2029", "2029-01-01"),
            btw("days between 1 January 2028 and 1 January 2029", "2028-01-01", "2029-01-01"),
            u("convert {t3} days to weeks", "{t3}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "2 to the 10th is what, and how many MB is 1024 KiB",
        [m("2 to the 10th", "2**10"), u("convert 1024 KiB to MB", 1024, "KiB", "MB")],
        [],
        "multi-question",
    ),
    (
        "checking in 2027-06-12 and staying 17 nights. checkout date? what day of the week is "
        "that? and 17 days in hours, for the parking ticket",
        [
            add("17 days after 2027-06-12", "2027-06-12", days=17),
            wd("weekday of {t1}", "{t1}"),
            u("convert 17 days to hours", 17, "day", "hour"),
        ],
        [],
        "multi-question",
    ),
    (
        "convet these pls:\n1. 5 ft to cm\n2. 180 lb to kg\n3. 30 mph to km/h\n"
        "4. 2 gallons to litres",
        [
            u("convert 5 ft to cm", 5, "foot", "cm"),
            u("convert 180 lb to kg", 180, "lb", "kg"),
            u("convert 30 mph to km/h", 30, "mph", "km/h"),
            u("convert 2 gallons to litres", 2, "gallon", "liter"),
        ],
        [],
        "typo filler",
    ),
    (
        "10 miles to km. double it. then give me that in metres",
        [
            u("convert 10 miles to km", 10, "mile", "km"),
            m("double {t1}", "2*{t1}"),
            u("convert {t2} km to metres", "{t2}", "km", "m"),
        ],
        [],
        "",
    ),
    (
        "we've got 3 kids, 7 cousins and 2 grandparents coming and each eats about 180 g of "
        "pasta. how many kg do i buy?",
        [
            m("(3 plus 7 plus 2) times 180", "(3+7+2)*180"),
            u("convert {t1} g to kg", "{t1}", "g", "kg"),
        ],
        [],
        "",
    ),
    (
        "what is 15% of 260, and what is 260 minus 15%, and the difference between those two",
        [
            m("15% of 260", "15/100*260"),
            m("260 minus 15%", "260*85/100"),
            m("{t2} minus {t1}", "{t2}-{t1}"),
        ],
        [],
        "multi-question",
    ),
    (
        "add 3 months to 2027-11-30 and then count the days from 2027-11-30 to that date",
        [
            add("add 3 months to 2027-11-30", "2027-11-30", months=3),
            btw("days between 2027-11-30 and {t1}", "2027-11-30", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "My car loan started on 2026-09-15 and runs 18 months. End date? How many days is that "
        "in total? And what weekday is the end date?",
        [
            add("18 months after 2026-09-15", "2026-09-15", months=18),
            btw("days between 2026-09-15 and {t1}", "2026-09-15", "{t1}"),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "multi-question",
    ),
    (
        "thermometer says 101.3 F. what's that in celsius, and how far above 37 is it",
        [
            u("convert 101.3 °F to °C", 101.3, "degF", "degC"),
            m("{t1} minus 37", "{t1}-37"),
        ],
        [],
        "multi-question",
    ),
    (
        "pool is 25 m. I swam sixty-four lengths. total distance in km, and then miles",
        [
            m("25 times sixty-four", "25*64"),
            u("convert {t1} m to km", "{t1}", "m", "km"),
            u("convert {t2} km to miles", "{t2}", "km", "mile"),
        ],
        [],
        "number-words",
    ),
    (
        "how mnay seconds in 3.5 hours, and how many hours is 10,000 seconds",
        [
            u("convert 3.5 hours to seconds", 3.5, "hour", "second"),
            u("convert 10,000 seconds to hours", 10000, "second", "hour"),
        ],
        [],
        "multi-question typo",
    ),
    (
        "baby was born 2026-12-30 — when is she a hundred days old, and when is her 6 month "
        "birthday (and what weekday is that one)",
        [
            add("a hundred days after 2026-12-30", "2026-12-30", days=100),
            add("6 months after 2026-12-30", "2026-12-30", months=6),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question number-words",
    ),
    (
        "how many GiB is 2 TB - scratch that, 4 TB - and how many MB is 0.75 GB",
        [
            u("convert 4 TB to GiB", 4, "TB", "GiB"),
            u("convert 0.75 GB to MB", 0.75, "GB", "MB"),
        ],
        [],
        "multi-question self-correction",
    ),
    (
        "convert 60 kg to lb — no wait, 65 kg — then knock 10% off that",
        [u("convert 65 kg to lb", 65, "kg", "lb"), m("{t1} minus 10%", "{t1}*90/100")],
        [],
        "self-correction",
    ),
    (
        "days from 2027-01-01 to 2027-07-04, divided by 7",
        [
            btw("days between 2027-01-01 and 2027-07-04", "2027-01-01", "2027-07-04"),
            m("{t1} divided by 7", "{t1}/7"),
        ],
        [],
        "",
    ),
    (
        "WHAT DAY IS 2028-02-29 AND WHAT IS 2028-02-29 PLUS ONE YEAR",
        [
            wd("weekday of 2028-02-29", "2028-02-29"),
            add("2028-02-29 plus one year", "2028-02-29", years=1),
        ],
        [],
        "number-words multi-question",
    ),
    (
        "room is 4.2 m by 3.6 m. area in m², then in square feet",
        [
            m("4.2 times 3.6", "4.2*3.6"),
            u("convert {t1} m² to square feet", "{t1}", "m**2", "ft**2"),
        ],
        [],
        "",
    ),
    (
        "100 m/s in km/h, in mph and in knots",
        [
            u("convert 100 m/s to km/h", 100, "m/s", "km/h"),
            u("convert 100 m/s to mph", 100, "m/s", "mph"),
            u("convert 100 m/s to knots", 100, "m/s", "knot"),
        ],
        [],
        "",
    ),
    (
        "what weekday is 2027-10-06, what's the date 3 weeks after it, and what weekday does "
        "that one fall on",
        [
            wd("weekday of 2027-10-06", "2027-10-06"),
            add("3 weeks after 2027-10-06", "2027-10-06", weeks=3),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "multi-question",
    ),
    (
        "20 kg to lb; then 15% of that; then subtract that 15% from the pound figure",
        [
            u("convert 20 kg to lb", 20, "kg", "lb"),
            m("15% of {t1}", "15/100*{t1}"),
            m("{t1} minus {t2}", "{t1}-{t2}"),
        ],
        [],
        "",
    ),
    (
        "I was born on 1990-05-17. How many days old will I be on 2027-05-17, and how many "
        "weeks is that? Also which weekday was I born on, and what's 2027 minus 1990?",
        [
            btw("days between 1990-05-17 and 2027-05-17", "1990-05-17", "2027-05-17"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
            wd("weekday of 1990-05-17", "1990-05-17"),
            m("2027 minus 1990", "2027-1990"),
        ],
        [],
        "multi-question",
    ),
    (
        "3 cubed plus 4 cubed, then the sqaure root of that",
        [m("3 cubed plus 4 cubed", "3**3+4**3"), m("square root of {t1}", "sqrt({t1})")],
        [],
        "typo",
    ),
    (
        "my tank holds 13 US gallons. how many litres? at 1.89 a litre what does a fill cost, "
        "and what's that split between 2 of us",
        [
            u("convert 13 US gallons to litres", 13, "gallon", "liter"),
            m("{t1} times 1.89", "{t1}*1.89"),
            m("{t2} divided by 2", "{t2}/2"),
        ],
        [],
        "multi-question",
    ),
    (
        "exam on 2027-06-21, today is 2027-04-30. how many days do I have left and what weekday "
        "is the exam, and those days in weeks",
        [
            btw("days between 2027-04-30 and 2027-06-21", "2027-04-30", "2027-06-21"),
            wd("weekday of 2027-06-21", "2027-06-21"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "180 cm tall - feet? and 75 kg in stone, and in lb",
        [
            u("convert 180 cm to feet", 180, "cm", "foot"),
            u("convert 75 kg to stone", 75, "kg", "stone"),
            u("convert 75 kg to lb", 75, "kg", "lb"),
        ],
        [],
        "multi-question",
    ),
    (
        "a 1.5 litre bottle is how many US fl oz, and how many 8 oz glasses is that",
        [
            u("convert 1.5 litres to fl oz", 1.5, "liter", "fluid_ounce"),
            m("{t1} divided by 8", "{t1}/8"),
        ],
        [],
        "multi-question",
    ),
    (
        "if the project starts 2027-03-15 and takes 120 days, when does it end; then add a 2 "
        "week buffer on top of that, and what weekday is the final date",
        [
            add("120 days after 2027-03-15", "2027-03-15", days=120),
            add("2 weeks after {t1}", "{t1}", weeks=2),
            wd("weekday of {t2}", "{t2}"),
        ],
        [],
        "",
    ),
    (
        "i walk 6,500 steps a day, each about 0.75 m. how many km a day, and how many km in a "
        "30 day month",
        [
            m("6,500 times 0.75", "6500*0.75"),
            u("convert {t1} m to km", "{t1}", "m", "km"),
            m("{t2} times 30", "{t2}*30"),
        ],
        [],
        "multi-question",
    ),
    (
        "12 times 1.35 plus 4 times 2.10 - what's the total, then split 3 ways",
        [
            m("12 times 1.35 plus 4 times 2.10", "12*1.35+4*2.10"),
            m("{t1} divided by 3", "{t1}/3"),
        ],
        [],
        "",
    ),
    (
        "convert -40 C to F, 300 K to C and 0 F to C",
        [
            u("convert -40 °C to °F", -40, "degC", "degF"),
            u("convert 300 K to °C", 300, "kelvin", "degC"),
            u("convert 0 °F to °C", 0, "degF", "degC"),
        ],
        [],
        "",
    ),
]
