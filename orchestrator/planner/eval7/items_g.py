"""eval7 items, part G: registers - emails, SMS, caps, lists, stories, self-corrections."""

from build_specs import add, btw, doc, ent, lang, m, u, wd

ITEMS_G: list[tuple[object, ...]] = [
    (
        "Hi Hive,\n\nCould you help with two things for the community garden budget? First, "
        "18% of 2,450 for the tool fund. Second, the number of days between 2027-03-21 and "
        "2027-10-31 for the growing season.\n\nMany thanks,\nDelphine",
        [
            m("18% of 2,450", "18/100*2450"),
            btw("days between 2027-03-21 and 2027-10-31", "2027-03-21", "2027-10-31"),
        ],
        [],
        "filler",
    ),
    (
        "hw many km is 13.1 mi n wat day is 2027-10-17 thx",
        [
            u("convert 13.1 miles to km", 13.1, "mile", "km"),
            wd("weekday of 2027-10-17", "2027-10-17"),
        ],
        [],
        "typo filler",
    ),
    (
        "CONVERT 5 GALLONS TO LITRES AND 40 °F TO CELSIUS PLEASE",
        [
            u("convert 5 gallons to litres", 5, "gallon", "liter"),
            u("convert 40 °F to celsius", 40, "degF", "degC"),
        ],
        [],
        "",
    ),
    (
        "what's 7% of 3,400 — no wait, make it 9% of 3,400",
        [m("9% of 3,400", "9/100*3400")],
        [],
        "self-correction",
    ),
    (
        "days between 2027-02-14 and 2027-06-30, sorry I meant 2027-07-30",
        [btw("days between 2027-02-14 and 2027-07-30", "2027-02-14", "2027-07-30")],
        [],
        "self-correction",
    ),
    (
        "1. 64 oz in kg\n2. weekday of 1 January 2030\n3. 144 divided by 16",
        [
            u("convert 64 oz to kg", 64, "oz", "kg"),
            wd("weekday of 1 January 2030", "2030-01-01"),
            m("144 divided by 16", "144/16"),
        ],
        [],
        "",
    ),
    (
        "please how many is 3 kilometer in the meter, and after this you multiply with 4",
        [u("convert 3 km to metres", 3, "km", "m"), m("{t1} times 4", "{t1}*4")],
        [],
        "",
    ),
    (
        "My grandmother was born on 12 June 1931 and passed away on 3 December 2019. How many "
        "days did she live? And what day of the week was she born on?",
        [
            btw("days between 12 June 1931 and 3 December 2019", "1931-06-12", "2019-12-03"),
            wd("weekday of 12 June 1931", "1931-06-12"),
        ],
        [],
        "multi-question",
    ),
    (
        "- 2 TiB in GB\n- 500 GB in TiB\n- 2 TB in GiB",
        [
            u("convert 2 TiB to GB", 2, "TiB", "GB"),
            u("convert 500 GB to TiB", 500, "GB", "TiB"),
            u("convert 2 TB to GiB", 2, "TB", "GiB"),
        ],
        [],
        "",
    ),
    (
        "yo hive lol ok so like what's 1,024 divided by 32 and then that times 1.5 thx",
        [m("1,024 divided by 32", "1024/32"), m("{t1} times 1.5", "{t1}*1.5")],
        [],
        "filler",
    ),
    (
        "waht is teh square root of 5,929, then convrt that many feet to metres",
        [
            m("square root of 5,929", "sqrt(5929)"),
            u("convert {t1} feet to metres", "{t1}", "ft", "m"),
        ],
        [],
        "typo",
    ),
    (
        "Add 3 months to 2027-01-31... actually make that 1 month",
        [add("1 month after 2027-01-31", "2027-01-31", months=1)],
        [],
        "self-correction",
    ),
    (
        "¿Cuántos días hay entre el 2027-05-01 y el 2027-09-15? Y convierte 10 millas a "
        "kilómetros, por favor.",
        [
            btw("days between 2027-05-01 and 2027-09-15", "2027-05-01", "2027-09-15"),
            u("convert 10 miles to km", 10, "mile", "km"),
        ],
        [],
        "multi-question",
    ),
    (
        "Combien font 15 % de 480, et quel jour de la semaine tombe le 2027-07-14 ?",
        [m("15% of 480", "15/100*480"), wd("weekday of 2027-07-14", "2027-07-14")],
        [],
        "",
    ),
    (
        "ok so; the marathon is on 2027-04-25; training starts 16 weeks before; what date is "
        "that; and what weekday",
        [
            add("16 weeks before 2027-04-25", "2027-04-25", weeks=-16),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "multi-question",
    ),
    (
        "WHATS THE LATE RETURN FEE FOR LINNET CARS AND IS THERE A CHARGE IF SOMEONE SMOKES IN "
        "THE CAR",
        [
            doc("late return fee", "carshare_rules", "Late returns cost a flat 15 pounds"),
            doc("charge for smoking in a car", "carshare_rules", "anyone smokes in the car"),
        ],
        [],
        "multi-question",
    ),
    (
        "convert 10 kg to pounds, scratch that, 10 stone to pounds",
        [u("convert 10 stone to pounds", 10, "stone", "lb")],
        [],
        "self-correction",
    ),
    (
        "1) translate 'good luck' into Welsh\n2) 30% of 95\n3) is 'Takk for i dag!' Norwegian?",
        [
            m("30% of 95", "30/100*95"),
            lang("what language is 'Takk for i dag!'", "no"),
        ],
        ["translate 'good luck' into Welsh"],
        "",
    ),
    (
        "Dear Millbrook Dental,\nCould you tell me how much a scale and polish costs, and "
        "whether there is parking for disabled patients?\nRegards,\nChinedu Okoro",
        [
            doc(
                "price of a scale and polish",
                "dental_leaflet",
                "hygienist appointment is 78 pounds",
            ),
            doc("disabled parking", "dental_leaflet", "one disabled bay next to the side entrance"),
        ],
        [],
        "filler",
    ),
    (
        "gf says her bday 2027-08-19 is a saturday?? check pls, and how many days is it from "
        "2027-06-01",
        [
            wd("weekday of 2027-08-19", "2027-08-19"),
            btw("days between 2027-06-01 and 2027-08-19", "2027-06-01", "2027-08-19"),
        ],
        [],
        "filler",
    ),
    (
        "Hello,\nI'm sorting out our cycling club's trip.\n1) what weekday is 2027-09-03\n2) 42 "
        "km in miles\n3) 4 cars x 5 seats, how many seats in total\n4) find us a hotel in "
        "Ghent\nCheers, Bram",
        [
            wd("weekday of 2027-09-03", "2027-09-03"),
            u("convert 42 km to miles", 42, "km", "mile"),
            m("4 x 5", "4*5"),
        ],
        ["find us a hotel in Ghent"],
        "filler",
    ),
    (
        "WHAT IS 15% OF 2,200, WHAT DAY IS 2027-12-24 AND HOW MANY KG IS 9 STONE",
        [
            m("15% of 2,200", "15/100*2200"),
            wd("weekday of 2027-12-24", "2027-12-24"),
            u("convert 9 stone to kg", 9, "stone", "kg"),
        ],
        [],
        "multi-question",
    ),
    (
        "entities in 'Sofia Lindgren opened her bakery in Uppsala on 4 April 2024.' and how "
        "many days from 4 April 2024 to 2027-04-04",
        [
            ent(
                "entities in 'Sofia Lindgren opened her bakery in Uppsala on 4 April 2024.'",
                [
                    ("Sofia Lindgren", "PERSON"),
                    ("Uppsala", "LOCATION"),
                    ("4 April 2024", "DATE"),
                ],
            ),
            btw("days between 4 April 2024 and 2027-04-04", "2024-04-04", "2027-04-04"),
        ],
        [],
        "",
    ),
    (
        "cn u do 250 divded by 8, 2027-11-30 wat day, n 5 ft in cm",
        [
            m("250 divided by 8", "250/8"),
            wd("weekday of 2027-11-30", "2027-11-30"),
            u("convert 5 ft to cm", 5, "ft", "cm"),
        ],
        [],
        "typo",
    ),
    (
        "I have 3 question: how many pound is 68 kilo, the 1 of June 2027 is which day of week, "
        "and 13 multiply 13",
        [
            u("convert 68 kg to pounds", 68, "kg", "lb"),
            wd("weekday of 1 June 2027", "2027-06-01"),
            m("13 times 13", "13*13"),
        ],
        [],
        "multi-question",
    ),
]
