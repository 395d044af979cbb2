"""eval7 items, part B: compound math / units / dates, with chains and parallel parts."""

from build_specs import add, btw, m, u, wd

ITEMS_B: list[tuple[object, ...]] = [
    (
        "conver 12 stone to kg and then that to punds too",
        [
            u("convert 12 stone to kg", 12, "stone", "kg"),
            u("convert {t1} kg to pounds", "{t1}", "kg", "lb"),
        ],
        [],
        "typo",
    ),
    (
        "I ran 10 km in 47 minutes. what's my pace in minutes per km, and what's 10 km in miles",
        [m("47 divided by 10", "47/10"), u("convert 10 km to miles", 10, "km", "mile")],
        [],
        "multi-question",
    ),
    (
        "add 2 weks to 2027-05-28 and tell me what day that lands on",
        [
            add("2027-05-28 plus 2 weeks", "2027-05-28", weeks=2),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "typo",
    ),
    (
        "how many days from 3 January 2027 to 3 October 2027, and how many weeks is that",
        [
            btw("days between 3 January 2027 and 3 October 2027", "2027-01-03", "2027-10-03"),
            u("convert {t1} days to weeks", "{t1}", "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "whats 15% of 86.40 and then the total with that added on",
        [m("15% of 86.40", "15/100*86.40"), m("86.40 plus {t1}", "86.40+{t1}")],
        [],
        "",
    ),
    (
        "my suitcase weighs 23 kg. in lbs? and how far over 50 lb is it",
        [u("convert 23 kg to lbs", 23, "kg", "lb"), m("{t1} minus 50", "{t1}-50")],
        [],
        "multi-question",
    ),
    (
        "Pool is 25 m long and I swam 64 lengths this morning. How far is that in metres, "
        "and what is it in miles?",
        [m("25 times 64", "25*64"), u("convert {t1} metres to miles", "{t1}", "m", "mile")],
        [],
        "multi-question",
    ),
    (
        "Outbound flight 2027-12-19, return 2028-01-06. How many nights away is that? Also "
        "which weekday do we leave?",
        [
            btw("days between 2027-12-19 and 2028-01-06", "2027-12-19", "2028-01-06"),
            wd("weekday of 2027-12-19", "2027-12-19"),
        ],
        [],
        "multi-question",
    ),
    (
        "48 times 1.75, then subtract 19 from that, then divide what's left by 4",
        [
            m("48 times 1.75", "48*1.75"),
            m("{t1} minus 19", "{t1}-19"),
            m("{t2} divided by 4", "{t2}/4"),
        ],
        [],
        "",
    ),
    (
        "what is 2^16, and if that's a number of bytes how many KiB is it",
        [m("2^16", "2**16"), u("convert {t1} bytes to KiB", "{t1}", "byte", "KiB")],
        [],
        "",
    ),
    (
        "the recipe wants 350 g of flour and 2 cups of milk - give me the flour in ounces and "
        "the milk in ml",
        [
            u("convert 350 g to ounces", 350, "g", "oz"),
            u("convert 2 cups to ml", 2, "cup", "ml"),
        ],
        [],
        "",
    ),
    (
        "If someone is born on 29 February 2028, what's the date 1 year later, and what "
        "weekday is that?",
        [
            add("1 year after 29 February 2028", "2028-02-29", years=1),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "multi-question",
    ),
    (
        "speed limit is 80 km/h over there, what's that in mph. and 70 mph in km/h while ur at it",
        [
            u("convert 80 km/h to mph", 80, "km/h", "mph"),
            u("convert 70 mph to km/h", 70, "mph", "km/h"),
        ],
        [],
        "",
    ),
    (
        "the field is 2.5 hectares. how many acres? how many square metres?",
        [
            u("convert 2.5 hectares to acres", 2.5, "hectare", "acre"),
            u("convert 2.5 hectares to square metres", 2.5, "hectare", "m**2"),
        ],
        [],
        "multi-question",
    ),
    (
        "what weekday is it 200 days after 2027-01-15",
        [
            add("200 days after 2027-01-15", "2027-01-15", days=200),
            wd("weekday of {t1}", "{t1}"),
        ],
        [],
        "nested",
    ),
    (
        "start at 2027-08-31, add 6 months, then go 6 months back from that result. do i end "
        "up where i started?",
        [
            add("6 months after 2027-08-31", "2027-08-31", months=6),
            add("6 months before {t1}", "{t1}", months=-6),
        ],
        [],
        "",
    ),
    (
        "overnight it went from 14 °F to 41 °F. convert both to celcius for me",
        [
            u("convert 14 °F to °C", 14, "degF", "degC"),
            u("convert 41 °F to °C", 41, "degF", "degC"),
        ],
        [],
        "typo",
    ),
    (
        "Our water butt holds 40 gallons. How many litres is that, and how many 1.5 litre "
        "bottles could I fill?",
        [
            u("convert 40 gallons to litres", 40, "gallon", "liter"),
            m("{t1} divided by 1.5", "{t1}/1.5"),
        ],
        [],
        "multi-question",
    ),
    (
        "i walk about 8,500 steps a day and one step is 0.72 m. how many metres is that, in km "
        "please, and then how many km over 30 days",
        [
            m("8,500 times 0.72", "8500*0.72"),
            u("convert {t1} m to km", "{t1}", "m", "km"),
            m("{t2} times 30", "{t2}*30"),
        ],
        [],
        "",
    ),
    (
        "(18 + 27) × 4 ÷ 9, and then square whatever that gives",
        [m("(18 + 27) × 4 ÷ 9", "(18+27)*4/9"), m("{t1} squared", "{t1}**2")],
        [],
        "",
    ),
    (
        "what's twenty percent of three hundred and then add fifty to it",
        [
            m("twenty percent of three hundred", "Rational(20, 100)*300"),
            m("{t1} plus fifty", "{t1}+50"),
        ],
        [],
        "number-words",
    ),
    (
        "It's 2027-10-10 today. What's the date 45 days from now, and how many weeks are 45 days?",
        [
            add("45 days after 2027-10-10", "2027-10-10", days=45),
            u("convert 45 days to weeks", 45, "day", "week"),
        ],
        [],
        "multi-question",
    ),
    (
        "car uses 6.2 litres per 100 km and the trip is 340 km. how many litres do i need, and "
        "what's that in gallons",
        [
            m("340 divided by 100 times 6.2", "340/100*6.2"),
            u("convert {t1} litres to gallons", "{t1}", "liter", "gallon"),
        ],
        [],
        "multi-question",
    ),
    (
        "take 2027-03-01, add 10 weeks, give me the weekday of the result, then count the days "
        "from 2027-03-01 to the result (should be 70 right?)",
        [
            add("10 weeks after 2027-03-01", "2027-03-01", weeks=10),
            wd("weekday of {t1}", "{t1}"),
            btw("days between 2027-03-01 and {t1}", "2027-03-01", "{t1}"),
        ],
        [],
        "",
    ),
    (
        "1.8 m in feet, 65 kg in stone, 37.5 °C in fahrenheit",
        [
            u("convert 1.8 m to feet", 1.8, "m", "ft"),
            u("convert 65 kg to stone", 65, "kg", "stone"),
            u("convert 37.5 °C to fahrenheit", 37.5, "degC", "degF"),
        ],
        [],
        "",
    ),
    (
        "The bill came to 184.60 for the four of us. Add 12 percent for the tip and then split "
        "it between 4.",
        [
            m("add 12 percent to 184.60", "184.60*1.12"),
            m("{t1} divided by 4", "{t1}/4"),
        ],
        [],
        "",
    ),
    (
        "what's 9 factorial, and that divided by 7 factorial",
        [m("9 factorial", "factorial(9)"), m("{t1} divided by 7 factorial", "{t1}/factorial(7)")],
        [],
        "",
    ),
    (
        "a room is 4.2 m by 3.6 m. area in square metres, then in square feet, and if carpet "
        "is 21 per square metre what does the carpet cost, plus 15% for fitting",
        [
            m("4.2 times 3.6", "4.2*3.6"),
            u("convert {t1} square metres to square feet", "{t1}", "m**2", "ft**2"),
            m("{t1} times 21", "{t1}*21"),
            m("{t3} plus 15%", "{t3}*(1+Rational(15, 100))"),
        ],
        [],
        "",
    ),
    (
        "from 2027-02-01 add 40 days, then tell me the weekday, and how many weeks is 40 days",
        [
            add("40 days after 2027-02-01", "2027-02-01", days=40),
            wd("weekday of {t1}", "{t1}"),
            u("convert 40 days to weeks", 40, "day", "week"),
        ],
        [],
        "",
    ),
    (
        "loan of 12,000 at 4.5% simple interest a year for 3 years: what's the interest per "
        "year, the total interest, and the total to pay back",
        [
            m("4.5% of 12,000", "4.5/100*12000"),
            m("{t1} times 3", "{t1}*3"),
            m("12,000 plus {t2}", "12000+{t2}"),
        ],
        [],
        "",
    ),
]
