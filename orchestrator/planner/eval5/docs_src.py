"""The five user documents of eval5. Fictional names, places and numbers.

Each document is written the way a real one looks: a title line without a full stop,
section headings, paragraphs (one paragraph per line), and a bulleted list or a small
"Label: value" block. build.py splits the paragraphs into sentences to check that every
docs answer occurs exactly once, in one sentence of one document.
"""

DENTAL = "\n".join(
    [
        "Brightwater Dental Practice – Patient Information",
        "",
        "Opening hours",
        "Monday to Thursday: 8.00 am to 6.30 pm",
        "Friday: 8.00 am to 4.00 pm",
        "Saturday: 9.00 am to 1.00 pm (every other week)",
        "",
        "Registering with us",
        "New patients are welcome to register at the front desk or through our website. "
        "Please bring a list of any medicines you take and the name of your previous dentist. "
        "Your first check-up lasts about 40 minutes and includes two small X-rays if you have "
        "not had any in the last two years. "
        "Children under 18 are seen free of charge when they are registered alongside a parent.",
        "",
        "Fees",
        "A routine check-up costs 34 pounds for adults. "
        "A scale and polish with our hygienist, Mrs Delia Okonjo, costs 58 pounds and takes "
        "half an hour. "
        "White fillings start at 95 pounds per tooth, and a single crown is priced at 420 pounds. "
        "Payment is due on the day, and we accept cards but not cheques.",
        "",
        "Missed appointments",
        "We understand that plans change. "
        "If you need to cancel, please give us at least 24 hours' notice. "
        "Patients who miss two appointments in a row without telling us will be charged a fee "
        "of 25 pounds before we book them again. "
        "We send a text reminder two days before every visit.",
        "",
        "Dental emergencies",
        "If you are in severe pain during opening hours, call reception before 10 am and we will "
        "try to see you the same day. "
        "Out of hours, please ring the county urgent dental line on 0300 555 0199. "
        "Swelling that affects your breathing or eyesight is a medical emergency, so go straight "
        "to hospital.",
        "",
        "Our team",
        "- Dr Tomasz Wierzbicki, principal dentist",
        "- Dr Hannah Ferreira, associate dentist",
        "- Mrs Delia Okonjo, dental hygienist",
        "- Ruth Abernethy, practice manager",
        "",
        "We are always happy to hear your feedback. "
        "Our patients tell us that the gentle, unhurried approach of our staff makes even the "
        "most nervous visitors feel completely at ease.",
    ]
)

COWORKING = "\n".join(
    [
        "The Loom Coworking – Member Handbook",
        "",
        "Welcome to The Loom",
        "The Loom occupies the top two floors of a former textile mill on Canal Street in "
        "Harwick. "
        "This handbook covers the everyday rules that keep the space pleasant for around 140 "
        "members. "
        "Please read it before your first day and keep it somewhere handy.",
        "",
        "Access and opening times",
        "Members on a Resident plan can use their key fob at any hour, every day of the year. "
        "Flex members have access from 7 am to 8 pm on weekdays only. "
        "The front door locks automatically, so never prop it open, even for a moment.",
        "",
        "Plans and prices",
        "Flex desk: 145 pounds per month",
        "Resident desk: 260 pounds per month",
        "Private studio for four: 890 pounds per month",
        "Day pass: 18 pounds",
        "",
        "Meeting rooms",
        "Each plan includes meeting room credits, which reset on the first day of every month. "
        "The Weaver Room seats ten people and the smaller Bobbin Room seats four. "
        "Unused credits do not roll over, so book them while you can. "
        "Bookings longer than three hours need approval from our community manager, "
        "Priya Lindqvist.",
        "",
        "Guests",
        "You may bring up to two guests a day at no charge, as long as you sign them in at "
        "reception. "
        "Guests staying beyond 5 pm must buy a day pass.",
        "",
        "Printing and post",
        "Every member gets 50 free black-and-white pages a month, and colour pages cost 12p each. "
        "Parcels are held at reception for a maximum of ten days, after which they are returned "
        "to the sender.",
        "",
        "Kitchen and phone booths",
        "Coffee and tea are free, but please wash your own mug. "
        "Phone booths can be used for up to 45 minutes at a time. "
        "The fridge is cleared every Friday at 4 pm, and anything unlabelled goes in the bin.",
        "",
        "Leaving The Loom",
        "We ask for one full calendar month's notice in writing to end your membership. "
        "Please hand your key fob back at reception on your last day.",
    ]
)

BARN = "\n".join(
    [
        "Hollybrook Tithe Barn – Booking Terms 2027",
        "",
        "Securing your date",
        "Your date is held for seven days once we have sent you a provisional booking form. "
        "To confirm it, we need the signed contract and a non-refundable deposit of 1,500 pounds. "
        "After that, the date is yours and we will not offer it to anyone else.",
        "",
        "Payment schedule",
        "The remaining venue hire is paid in two instalments. "
        "Half of the balance is due six months before the wedding, and the rest is due eight "
        "weeks before. "
        "We also take a refundable damage bond of 500 pounds, which we return within 14 days of "
        "the event if nothing is broken.",
        "",
        "Hire fees",
        "- Saturday in peak season (May to September): 6,800 pounds",
        "- Friday or Sunday in peak season: 5,200 pounds",
        "- Any weekday from October to April: 3,400 pounds",
        "",
        "Guests and timings",
        "The barn seats 130 guests for a meal and holds 180 for the evening reception. "
        "Music must be turned down by 11.30 pm, and all guests must leave the grounds by "
        "midnight. "
        "Amplified music is not allowed outdoors at any time, because our neighbours' dairy "
        "herd is easily startled.",
        "",
        "Catering and drinks",
        "You are free to choose any caterer from our approved list of six suppliers. "
        "Outside caterers not on the list pay a kitchen fee of 350 pounds. "
        "Corkage on wine brought in by the couple is 9 pounds per bottle.",
        "",
        "Decorations",
        "Candles are permitted only inside glass holders. "
        "Confetti must be biodegradable, and sky lanterns are banned completely. "
        "Nothing may be nailed, taped or screwed to the oak beams.",
        "",
        "Cancellations",
        "If you cancel more than twelve months before the wedding, you lose only the deposit. "
        "Cancellations between twelve and six months beforehand forfeit half of all payments "
        "made. "
        "Within six months of the date, no refunds can be given.",
        "",
        "Contact: Marguerite Ashdown, Events Coordinator",
        "Phone: 01632 960 447",
    ]
)

BIKE = "\n".join(
    [
        "Chainline Cycles – Workshop Service Menu",
        "",
        "How booking works",
        "Drop your bike off any weekday before 10 am and we aim to have it ready the same "
        "evening. "
        "Bigger jobs may take up to five working days, and we will always phone you with a "
        "quote before doing anything over 40 pounds. "
        "Please remove lights, bottles and bags before you hand your bike in.",
        "",
        "Service packages",
        "Safety Check: 25 pounds. "
        "Brakes, gears and tyres adjusted, bolts torqued, and a quick test ride.",
        "Standard Service: 65 pounds. "
        "Everything in the basic check, plus a drivetrain clean and wheel truing.",
        "Full Overhaul: 140 pounds. "
        "The bike is stripped, every bearing is cleaned or replaced, and all cables are renewed.",
        "E-bike Service: 90 pounds. "
        "Includes a motor diagnostic and a firmware update where available.",
        "",
        "Common repairs",
        "- Puncture repair: 12 pounds, inner tube included",
        "- Chain replacement: 18 pounds labour plus the chain",
        "- Brake pad fitting: 10 pounds per wheel",
        "- Wheel true: 15 pounds per wheel",
        "",
        "Collection and storage",
        "Once we text you that your bike is ready, you have seven days to collect it free of "
        "charge. "
        "After that we charge 3 pounds per day for storage. "
        "Bikes left with us for more than 90 days may be sold to cover unpaid costs.",
        "",
        "Our workshop guarantee",
        "All labour is guaranteed for 30 days. "
        "If something we adjusted slips out of place in that time, bring the bike back and we "
        "will fix it at no cost. "
        "Parts carry the manufacturer's warranty, which is usually one or two years.",
        "",
        "Student and NHS discount",
        "Show a valid student card or NHS staff badge and we will take 10 percent off any "
        "service package. "
        "The discount does not apply to parts or to e-bike work.",
        "",
        "Head mechanic: Osian Pritchard",
        "Workshop phone: 029 4960 0813",
        "Address: 7 Ropewalk Lane, Cardiff",
    ]
)

SWIM = "\n".join(
    [
        "Kestrel Leisure Centre – Junior Swimming Lessons: A Guide for Parents",
        "",
        "Our programme",
        "Lessons follow a ladder of eight stages, from water confidence in Stage 1 to stroke "
        "technique and lifesaving skills in Stage 8. "
        "Each lesson lasts 30 minutes, with no more than eight children per teacher in the "
        "early stages. "
        "Children move up when their teacher has signed off every skill on the stage card, "
        "not after a fixed number of weeks.",
        "",
        "Terms and fees",
        "There are three terms a year, each of twelve weeks. "
        "Lessons cost 7.50 pounds each and the whole term is paid in advance by direct debit. "
        "Siblings who swim in the same term receive a 15 percent discount on the second and "
        "any further child. "
        "Missed lessons cannot be refunded, but you may book one make-up lesson per term.",
        "",
        "What to bring",
        "- A swimming costume or trunks (no long shorts)",
        "- A swimming hat for anyone with hair longer than shoulder length",
        "- Goggles, if your child prefers them",
        "- A towel and a bottle of water",
        "",
        "On the poolside",
        "Please arrive ten minutes early so your child can use the toilet and shower first. "
        "Parents watch from the viewing gallery upstairs, not from the poolside. "
        "Children under eight must be collected from the changing village by an adult straight "
        "after the lesson.",
        "",
        "Parent and baby classes",
        "Babies can join from twelve weeks old. "
        "These sessions run on Tuesday and Thursday mornings, and one adult must be in the "
        "water with each baby at all times.",
        "",
        "Assessment weeks",
        "In the final week of each term, teachers assess every swimmer. "
        "You will receive a short written report and, where earned, a badge and certificate. "
        "Our swimmers love the badge ceremony, and many parents tell us it is the highlight of "
        "their week.",
        "",
        "Lesson coordinator: Bronwen Achterberg",
        "Email: swim@kestrelleisure.example",
    ]
)

DOCS = {
    "dental_practice": DENTAL,
    "coworking_handbook": COWORKING,
    "barn_booking": BARN,
    "bike_workshop": BIKE,
    "swim_lessons": SWIM,
}
