# ruff: noqa: E501  (hand-written queries and document sentences are kept on one line)
"""The five user documents of eval4, one sentence per line. All names and numbers are fictional."""

CLIMBING_GYM = """Granite Loft Climbing Centre: membership terms for 2027.
A monthly membership costs 46 pounds, or 39 pounds for students with a valid card.
An annual membership paid up front costs 480 pounds and comes with two free guest passes.
New members pay a one-off joining fee of 15 pounds, which is waived in January.
Before climbing unsupervised, every new member must pass a belay check with a duty instructor.
If you fail the belay check, you may retake it after seven days at no extra cost.
Lead climbing is only allowed once you hold a Granite Loft lead tag, which costs 12 pounds to assess.
Children under 14 must be supervised by a registered adult at all times.
Teenagers aged 14 to 17 may climb alone if a parent signs the junior consent form.
The centre is open from 7am to 10pm on weekdays and from 9am to 8pm at weekends.
Members can freeze their membership for up to three months a year for medical reasons, with a doctor's note.
A freeze for any other reason costs 8 pounds per month.
To cancel, give 30 days' notice in writing to memberships@graniteloft.example.
Cancellations by phone or through the front desk are not accepted.
Chalk balls are allowed, but loose chalk is banned on the bouldering floor.
Climbing shoes can be hired for 4 pounds a session, and harnesses are lent free.
The bouldering walls are reset every Tuesday, so the cave stays closed that morning until noon.
Lockers take a 1 pound coin, which comes back when you open the door.
Anyone caught climbing above the red line without a rope will have their membership suspended for a month.
Our head setter, Marta Quill, welcomes route suggestions on the board by the café.
We can't wait to see you on the wall, and we hope you have a brilliant time climbing with us!"""

ALLOTMENT_RULES = """Hollybrook Community Allotments: rules for plot holders, agreed at the annual meeting on 14 February 2027.
A full plot measures 250 square metres and costs 62 pounds a year.
A half plot costs 34 pounds a year.
Rent is due on 1 April.
Plots still unpaid on 30 April are offered to the next person on the waiting list.
Plot holders aged over 65 receive a 25 percent discount on rent.
At least three quarters of each plot must be cultivated during the growing season.
The committee inspects every plot in June and again in September.
A plot that fails two inspections in a row will be sent a notice to quit.
Hosepipes are not allowed, so please fill watering cans from the four water troughs.
The troughs are switched off from 1 November until the middle of March to protect the pipes.
Bonfires are permitted only on the first Saturday of each month, before 10am.
Sheds may be no larger than 2 metres by 1.8 metres and must be painted green or brown.
You may keep up to six hens, but cockerels are not permitted.
Bees are allowed only with written permission from the committee and proof of insurance.
Manure is delivered free in October and heaped by the north gate.
The gate code changes every quarter and is emailed to plot holders by our secretary, Daniel Osei.
Dogs must be kept on a lead and must not enter other people's plots.
Glass of any kind is forbidden on the site.
The tool store lends out a rotavator for 5 pounds a day, bookable through the treasurer.
If you wish to give up your plot, please tell the secretary by 31 January.
Disputes between neighbours go first to the site rep, and then to the full committee.
Thieves took three wheelbarrows last winter, so please lock the shed and never share the code."""

MUSIC_SCHOOL = """Dear parents and pupils,
Welcome back to Fenwick Lane Music School for the autumn term, which begins on Monday 6 September 2027 and ends on Friday 17 December 2027.
Half-term runs from 25 October to 29 October, and no lessons take place that week.
Individual lessons last 30 minutes and cost 19 pounds each, invoiced for the whole term in advance.
Paired lessons for siblings are 14 pounds per child.
Fees must be paid within 21 days of the invoice date.
If you miss a lesson without giving 48 hours' notice, the lesson is charged in full.
Lessons cancelled by your teacher will always be rescheduled or refunded.
Instrument hire is available for violin, cello, flute and clarinet at 11 pounds a month.
Pupils hoping to sit a graded exam this term must enter by 8 October.
The exam entry fee is paid directly to the exam board, not to the school.
Our junior orchestra rehearses on Saturdays from 9:30 to 11:00 in the Elgar Room.
The senior choir meets on Wednesday evenings and is led by our new director, Priyanka Dhar.
The winter concert will be held at St Aldhelm's Church on 11 December 2027.
Each performer may request up to four free tickets, and further tickets cost 7 pounds.
Please label every instrument case with your child's name and a phone number.
Parking on Fenwick Lane is for residents only, so please use the car park behind the library.
We are thrilled that last year 93 percent of our exam candidates passed with merit or distinction.
Sadly, the practice rooms will stay closed on weekday mornings until the damp problem is fixed.
If you have any concerns, please ring the office on 01632 960418.
With warm wishes,
Helen Marsh, Head of School"""

CARSHARE_FAQ = """Wheelshare Car Club: frequently asked questions.
How do I join?
Sign up in the Wheelshare app and upload both sides of your driving licence.
Approval usually takes two working days.
You must be at least 21 and have held a full licence for two years.
What does it cost?
Membership is 6 pounds a month.
Driving costs 5.50 pounds per hour plus 24p per mile.
A full day of 24 hours is capped at 49 pounds, before mileage.
Fuel is included, so please use the fuel card in the glovebox and never pay with your own money.
What if I am running late?
You can extend a booking in the app as long as nobody has booked the car after you.
Returning the car late without extending costs a fine of 15 pounds, plus the normal hourly rate.
What about damage?
Before every trip, walk around the car and report any new scratches in the app.
The damage excess is 500 pounds.
You can reduce it to 100 pounds with the Peace of Mind add-on, which costs 3 pounds a month.
Can I take a pet?
Pets are allowed in a secure carrier, but a cleaning fee of 35 pounds applies if hair is left behind.
Smoking and vaping are banned in all vehicles.
Where do I return the car?
Always return the car to its home bay, which is shown on the booking screen.
Leaving the car anywhere else will cost a recovery charge of 80 pounds.
Can I drive abroad?
Trips to the mainland on the ferry need written approval from our team at least 5 days in advance.
Who do I call if the car breaks down?
Call our 24-hour helpline on 0808 157 0926 and do not try to repair the car yourself.
Wheelshare is run by Cobble Mobility Ltd, a company registered in Bristol."""

HOSTEL_GUIDE = """Welcome to Driftwood Hostel in Porthkennack, run by the Kernow Youth Trust since 2009!
Check-in opens at 3pm and check-out is by 10:30am.
Reception is staffed from 8am to 11pm, and after that our night porter, Tomasz Wrona, can help in an emergency.
A lost key card costs 10 pounds to replace.
Breakfast is served in the Galley from 7:30 to 9:30 and costs 6.50 pounds unless you booked the bed-and-breakfast rate.
The guest kitchen closes at 10pm sharp so that the cleaners can work.
Please label your food with your name and checkout date, because unlabelled food is cleared every Sunday.
Quiet hours are from 11pm to 7am in all dorms and corridors.
Guests may not bring alcohol into the dorms, but it is fine in the garden until 10pm.
Towels can be rented for 2 pounds, and bed linen is always included.
The laundry room has one washer and one dryer, each taking 3 pounds in tokens from reception.
Bikes can be stored free of charge in the shed behind the surfboard rack.
Surfboards and wetsuits can be hired at the desk for 18 pounds a day.
Luggage can be left in the storeroom on your day of departure until 6pm.
Guests under 18 may stay only in a private room with a parent or guardian.
The maximum stay is 14 nights in any 30-day period.
Smoking is allowed only at the far end of the garden, beyond the fire pit.
The fire pit may be lit on Friday and Saturday evenings if a member of staff is present.
If the fire alarm sounds, leave by the nearest exit and meet in the car park by the blue gate.
The wifi password is printed on the back of your key card sleeve.
We hope you love the coast as much as we do, so please leave us a review if you had a good time!"""

DOCS = {
    "climbing_gym": CLIMBING_GYM,
    "allotment_rules": ALLOTMENT_RULES,
    "music_school": MUSIC_SCHOOL,
    "carshare_faq": CARSHARE_FAQ,
    "hostel_guide": HOSTEL_GUIDE,
}
