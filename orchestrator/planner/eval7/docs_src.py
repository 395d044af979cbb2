"""The four eval7 user documents, each a list of lines joined with newlines."""

CARSHARE = [
    "Linnet Car Club: Member Rules",
    "",
    "Joining",
    "- Membership is open to drivers aged 21 or over who have held a full licence for at "
    "least two years.",
    "- The one-off joining fee is 35 pounds, payable when your application is approved.",
    "- Monthly membership costs 8.50 pounds and is taken by direct debit on the first "
    "working day of each month.",
    "",
    "Booking",
    "- Cars can be booked through the app up to 28 days in advance.",
    "- The minimum booking is 30 minutes, and a booking can be extended from the app if "
    "the car is still free.",
    "- Hourly rates are 5.20 pounds for the small hatchbacks and 6.90 pounds for the estate cars.",
    "- A full day of 24 hours is capped at 49 pounds in any car.",
    "",
    "Mileage and fuel",
    "- The first 40 miles of each booking are free, and after that we charge 22 pence per mile.",
    "- Fuel is included. Use the fuel card in the glovebox and never pay with your own money.",
    "",
    "Returning the car",
    "- Return the car to its home bay by the end of your booking.",
    "- Late returns cost a flat 15 pounds plus the hourly rate for the extra time.",
    "- If the home bay is blocked, park in the nearest legal street space and ring the office.",
    "",
    "Damage and cleanliness",
    "- Report any new damage in the app before you drive off.",
    "- The damage excess is 500 pounds per incident, or 150 pounds if you add Excess Cover "
    "for 6 pounds a month.",
    "- A cleaning charge of 40 pounds applies if a pet travels without the seat cover or "
    "if anyone smokes in the car.",
    "",
    "Contact",
    "- The club office at 14 Foundry Yard, Ashcombe, is open from 8am to 6pm on weekdays.",
    "- Out of hours, call the breakdown line on 0800 612 447.",
    "- Our club manager, Priya Kendal, reads every complaint herself.",
    "- Members who refer a friend get two free hours of driving once the friend has made "
    "a first booking.",
]

DENTAL = [
    "Millbrook Dental Practice: Patient Information",
    "",
    "Q: How do I register as a new patient?",
    "A: Fill in the medical history form at reception or online, and bring photo ID to "
    "your first visit.",
    "",
    "Q: What does a check-up cost?",
    "A: A routine check-up for adults costs 62 pounds, and children under 18 are seen "
    "free of charge.",
    "",
    "Q: How much is a scale and polish?",
    "A: A 30-minute hygienist appointment is 78 pounds.",
    "",
    "Q: What if I need to cancel?",
    "A: Please give us at least 48 hours of notice. Missed appointments are charged at "
    "25 pounds, and after three missed appointments we may remove you from our list.",
    "",
    "Q: Do you offer payment plans?",
    "A: Yes, treatment costing more than 400 pounds can be spread over 10 monthly "
    "instalments without interest.",
    "",
    "Q: What should I do in a dental emergency?",
    "A: Ring the practice at 8am, when we release same-day emergency slots. Out of hours, "
    "call the urgent dental line on 0345 220 918.",
    "",
    "Q: Who are the dentists?",
    "A: Dr Anjali Ferreira is the principal dentist, and Dr Tomasz Brennan joined us from "
    "Leeds Dental Institute in 2024.",
    "",
    "Q: When are you open?",
    "A: Monday to Thursday from 8am to 7pm, Friday from 8am to 4pm, and the first "
    "Saturday of each month from 9am to 1pm.",
    "",
    "Q: I get very nervous. Can you help?",
    "A: Our team is gentle and patient, and many anxious patients tell us that their "
    "visits here are the calmest they have ever had.",
    "",
    "Q: Can I bring my children?",
    "A: Children are welcome from their first tooth, and we suggest a first visit before "
    "their first birthday.",
    "",
    "Q: Is there parking?",
    "A: There are four patient spaces behind the building, including one disabled bay "
    "next to the side entrance.",
    "",
    "Q: How often should I have a check-up?",
    "A: Most adults need a check-up every 6 to 12 months, depending on the health of "
    "their teeth and gums.",
    "",
    "Q: Do you whiten teeth?",
    "A: Home whitening trays cost 295 pounds and take about two weeks to show results.",
]

CAMPSITE = [
    "Welcome to Hollins Beck Campsite",
    "",
    "Hollins Beck is a small site on the edge of the Kelderdale fells, run by Maggie "
    "Thwaite and her brother Owen since 2009. Please read this guide before you pitch up.",
    "",
    "Arrival and departure",
    "Check-in is from 2pm and check-out is by 11am. The barrier at the main gate closes "
    "at 10:30pm, so late arrivals must park in the overflow field by the road and walk in.",
    "",
    "Prices per night",
    "| Pitch | Low season | High season |",
    "| Tent pitch, 2 adults | 18 pounds | 26 pounds |",
    "| Hardstanding with hook-up | 29 pounds | 38 pounds |",
    "| Bell tent, sleeps 4 | 65 pounds | 90 pounds |",
    "Extra adults pay 7 pounds a night and children under 5 stay free. High season runs "
    "from 20 July to 1 September.",
    "",
    "Quiet hours",
    "Quiet hours are from 10pm to 7am. Generators may not be used at any time.",
    "",
    "Campfires",
    "Fires are allowed only in the raised fire pits, which can be hired for 6 pounds a "
    "night. A bag of kiln-dried logs costs 8 pounds from the shop.",
    "",
    "Dogs",
    "Well-behaved dogs are welcome, up to two per pitch, and must be kept on a lead no "
    "longer than 2 metres. There is a fenced dog field beyond the eastern hedge.",
    "",
    "Facilities",
    "The shower block has hot water all day, and each token gives 8 minutes of shower "
    "time. The shop sells milk, bread, gas and firelighters and is open from 8am to 6pm. "
    "Wi-Fi reaches only the area around the shop.",
    "",
    "Swimming",
    "The beck is shallow near the footbridge, but the pool below the waterfall is over "
    "3.5 metres deep and very cold, even in August. Children must be supervised by an "
    "adult at all times near the water.",
    "",
    "Leaving",
    "Please take your rubbish to the recycling point by the gate. Sadly, last summer a "
    "group left a fire pit burning overnight and scorched the old oak by the stream. We "
    "hope you leave with muddy boots and happy memories!",
]

QUILLPAD = [
    "Quillpad 5.0 Release Notes and Upgrade Guide",
    "",
    "Product: Quillpad desktop note editor",
    "Version: 5.0.0",
    "Release date: 2027-03-16",
    "Previous version: 4.8.2",
    "End of support for 4.x: 2027-09-30",
    "Download size: 182 MB for the Windows installer, 164 MB for the macOS disk image",
    "Minimum RAM: 4 GB, with 8 GB recommended for large notebooks",
    "",
    "What's new",
    "- Sync has been rewritten from scratch and is up to three times faster.",
    "- Notes can now be locked with a separate passphrase.",
    "- The new outline view shows every heading in a sidebar.",
    "- Dark mode follows the system setting automatically.",
    "",
    "Fixed",
    "- Pasting a table from a spreadsheet no longer drops the last column.",
    "- Attachments larger than 250 MB now upload instead of failing silently.",
    "- Search now finds words inside PDF attachments.",
    "",
    "Known issues",
    "- On some Linux desktops the tray icon appears twice after waking from sleep.",
    "- Exporting a notebook with more than 10,000 notes can take several minutes.",
    "",
    "Upgrade steps",
    "1. Back up your library from the File menu before upgrading.",
    "2. Close Quillpad on every device, then install 5.0 on one device first.",
    "3. The first launch migrates your library, which takes about 90 seconds for every "
    "1,000 notes.",
    "4. Install 5.0 on your other devices only after that first migration has finished.",
    "",
    "Pricing",
    "Personal licence: 39 dollars per year",
    "Team licence: 7 dollars per user per month, billed annually",
    "Upgrade from 4.x: free for anyone with an active licence",
    "Students get 50 percent off the personal licence with a university email address.",
    "",
    "Support",
    "Email: help@quillpad.example",
    "Support lead: Hiroshi Lindqvist",
    "Next planned release: 5.1, expected on 2027-06-08",
    "",
    "Thank you to the 312 beta testers whose reports made this our most stable release ever.",
]

DOCS = {
    "carshare_rules": "\n".join(CARSHARE),
    "dental_leaflet": "\n".join(DENTAL),
    "campsite_guide": "\n".join(CAMPSITE),
    "quillpad_release": "\n".join(QUILLPAD),
}
