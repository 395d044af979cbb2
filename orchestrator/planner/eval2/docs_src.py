# ruff: noqa: E501
"""The six user documents of eval2 (written by hand for this set)."""

DOCS = {
    "gym_policy": """Ironbark Fitness Club - Membership Policy (effective 1 February 2026)

1. Membership plans
Ironbark Fitness offers three plans.
- Basic: 34 pounds per month, gym floor only, 6am to 10pm.
- Plus: 49 pounds per month, gym floor, pool and up to 8 group classes a month.
- Premier: 72 pounds per month, unlimited classes, sauna and two guest passes per quarter.
Students with a valid card receive a 20 percent discount on the Basic and Plus plans.

2. Joining and contracts
New members pay a one-off joining fee of 25 pounds, which is waived during the January promotion.
The minimum contract term is 6 months for all plans.
After the minimum term, the membership rolls on monthly until cancelled.

3. Freezing and cancelling
You may freeze your membership for up to 3 months per calendar year for a flat fee of 5 pounds per month.
Cancellations require 30 days written notice sent to the front desk or to membership@ironbarkfitness.co.uk.
Refunds are not given for partially used months.

4. Classes and bookings
Class bookings open 7 days in advance through the Ironbark app.
If you miss a booked class without cancelling at least 2 hours before it starts, a no-show fee of 3 pounds is charged.
Three no-shows within 30 days suspend online booking for two weeks.

5. Conduct and safety
Towels must be used on all benches and mats.
Children under 16 may use the gym floor only during supervised family hours on Saturday mornings.
The club manager, Gareth Holloway, has the final say on any breach of these rules.
Lost property is kept for 14 days and then donated to the Hartley Road charity shop.
""",
    "wedding_weekend": """Priya & Tomasz - Wedding Weekend Schedule

Thank you for celebrating with us at Ashcombe Manor, near Bath, from Friday 18 September to Sunday 20 September 2026!

Friday 18 September
- Welcome drinks start at 7pm in the Orangery, hosted by Priya's parents, Anil and Meera Sharma.
- Casual dress; pizza from the wood-fired oven will be served until 10pm.

Saturday 19 September
- Guests should be seated in the walled garden by 1:30pm.
- The ceremony begins at 2pm and will be led by the Reverend Clare Whitfield.
- A shuttle bus leaves the Bath Spa station forecourt at 12:45pm and returns from the manor at midnight.
- Dinner is served in the Great Barn at 5:30pm, followed by speeches from Tomasz's brother, Marek Nowak.
- The ceilidh band, The Loose Reels, plays from 8pm until 11:30pm.

Sunday 20 September
- A farewell brunch runs from 10am to 12pm on the terrace.

Practical notes
Dress code for Saturday is formal, and we kindly ask that the colour white is left to the bride.
Please let us know about dietary requirements by 1 August 2026 so the caterers, Fenwick & Daughters, can plan the menu.
Rooms at the manor are fully booked, but the Royal Crescent Lodge is holding 15 rooms for our guests at 118 pounds per night until 31 July 2026.
Our gift list is with the Little Kitchen Company, although your presence truly is the best present.
Confetti is welcome as long as it is biodegradable petal confetti.
For any questions, call our coordinator Hannah Lowe on 07700 900417.
""",
    "printer_manual": """Halden LX-420 Colour Laser Printer - Quick Reference and Error Codes

Specifications
- Print speed: up to 31 pages per minute in black and 27 pages per minute in colour.
- Paper tray capacity: 250 sheets of 80 gsm paper; the manual feed slot takes one sheet at a time.
- Maximum paper weight: 163 gsm through the manual feed slot.
- Power consumption: about 410 watts while printing and 0.9 watts in deep sleep.

Error codes
- E01: Paper jam in tray 1. Pull out the tray, remove the jammed sheet and fan the remaining paper before reloading.
- E04: Toner cartridge not detected. Reseat the cartridge until it clicks and make sure the orange shipping tab has been removed.
- E12: Fuser temperature error. Switch the printer off, wait at least 30 minutes for the fuser to cool, then switch it back on.
- E19: Drum unit near end of life. The drum is rated for approximately 18,000 pages and should be replaced soon.
- E27: Wireless connection lost. Hold the Wi-Fi button for 5 seconds to restart pairing.
- E33: Firmware update failed. Do not unplug the printer; it will retry the update automatically after 10 minutes.

If an error code keeps coming back after three restarts, contact Halden Support on 0800 046 2210, Monday to Friday, 8am to 6pm.

Maintenance
Clean the paper pickup roller every 3 months with a lint-free cloth slightly moistened with water.
Standard toner cartridges (HT-420K) yield about 2,500 pages, and high-capacity cartridges (HT-420KX) yield about 6,000 pages.
Never use compressed air inside the printer, because toner dust can damage the laser unit.
The warranty lasts 2 years from the date of purchase and can be extended to 4 years by registering the printer online within 60 days.
""",
    "school_trip": """St Aldhelm's Academy - Year 8 Residential Trip to the Brecon Beacons

Dear Parents and Carers,

We are delighted to confirm that our Year 8 residential trip will take place from Monday 11 May to Friday 15 May 2026 at the Llanfrynach Outdoor Centre in Wales.
The trip is led by Mr Daniel Okafor, Head of Geography, supported by six members of staff.

Cost and payment
The total cost of the trip is 385 pounds per student, covering coach travel, full-board accommodation and all activities.
A non-refundable deposit of 60 pounds is due by 16 January 2026.
The remaining balance can be paid in five monthly instalments of 65 pounds through ParentPay.
Families who receive pupil premium funding should speak to Mrs Ruth Caldwell in the school office about financial support.

Activities
- Gorge walking and canoeing on the River Usk.
- A guided night walk to learn about the stars of the Dark Sky Reserve.
- A geography fieldwork day measuring river flow for the GCSE options project.

What to pack
Each student needs waterproof trousers, sturdy walking boots and a sleeping bag.
Mobile phones will be collected on arrival and handed back each evening between 7pm and 8pm.
Students must not bring more than 20 pounds of spending money.

Departure and return
The coach departs from the school car park at 8:15am on Monday, so students should arrive by 7:45am.
We expect to be back at school at around 4:30pm on Friday, and updates will be posted on the school's X account.

Please return the signed consent and medical form by 6 March 2026.

Yours faithfully,
Mrs Helen Brightwater
Headteacher
""",
    "house_rules": """House Rules - 27 Calder Street, Flat 3 (landlord: Morven Properties Ltd)

Welcome to your new home. These rules form part of the tenancy agreement signed with Morven Properties.

Rent and deposit
- Rent of 1,150 pounds is due on the 1st of each month by standing order.
- A late payment charge of 15 pounds applies if rent arrives more than 5 days late.
- Your deposit of 1,325 pounds is protected with the Tenancy Deposit Scheme for Scotland.

Quiet hours and guests
Quiet hours are from 11pm to 7am every night, including weekends.
Overnight guests may stay for no more than 14 nights in any 3-month period without written permission.
Parties of more than 8 people are not allowed in the flat.

Bins and recycling
General waste is collected every Tuesday, and the blue recycling bin is emptied on alternate Thursdays.
Glass must be taken to the bottle bank on Inchview Road, as the council does not collect it from the street.

Pets, smoking and decorating
Smoking and vaping are forbidden anywhere inside the building, including on the balcony.
One cat or one small caged pet is allowed with the landlord's approval and an extra 20 pounds of rent per month.
Tenants may hang pictures using adhesive hooks but must not paint the walls without consent.

Repairs and inspections
Report non-urgent repairs through the Morven tenant portal within 7 days of noticing the problem.
For emergencies such as a burst pipe or a gas smell, ring the 24-hour line on 0131 496 0732.
The property manager, Callum Reid, carries out an inspection every 6 months and gives at least 48 hours notice.

Moving out
Tenants must give 2 months notice in writing to end the tenancy.
The flat must be professionally cleaned before you hand back the keys, and receipts must be kept.
""",
    "conference_guide": """EuroData Summit 2027 - Travel and Venue Guide for Speakers

The EuroData Summit takes place at the Lisbon Congress Centre (CCL) from 9 June to 11 June 2027.
Speaker check-in opens at 8am on 9 June at Desk C, next to the main auditorium.

Getting there
- From Humberto Delgado Airport, the red metro line to Alameda and the green line to Cais do Sodre take about 35 minutes in total.
- A taxi from the airport to the venue usually costs between 18 and 25 euros.
- Train 15 from Cais do Sodre stops right outside the venue at the Belem stop.

Hotels
We have reserved rooms at two partner hotels until 30 April 2027.
- Hotel Tejo Azul: 142 euros per night, a 10 minute walk from the venue.
- Casa Restelo: 118 euros per night including breakfast, a 20 minute walk.
Use the code EDS27SPK when booking to get the speaker rate.

Talks and equipment
Each talk slot is 30 minutes, including 5 minutes for questions.
Slides must be uploaded as 16:9 PDF or PPTX files by 2 June 2027.
Every room has an HDMI connection and a clicker, but please bring your own USB-C adapter.
Rehearsals in the main auditorium are possible on 8 June between 2pm and 6pm.

Expenses
Speakers can claim up to 400 euros of travel costs, with receipts, within 45 days after the event.
Claims are processed by our finance partner, Vela Events Lda, and paid by bank transfer.

Social programme
The speakers' dinner is held on 10 June at 8pm at the Pavilhao Chines bar in Principe Real.
On the final day, Dr Ines Carvalho from the University of Porto gives the closing keynote at 4pm.

Contact
For last-minute changes, contact the speaker team lead, Joana Martins, at speakers@eurodatasummit.eu.
""",
}
