# ruff: noqa: E501
"""The five user documents that eval3's docs questions are answered from (written by hand)."""

DOCS = {
    "ferry_notice": """Skerry Isles Ferry Company: Passenger Notice for the 2027 Summer Season

The summer timetable runs from 1 May 2027 to 30 September 2027, with sailings from Port Ardlow to Inchmurren every ninety minutes between 06:30 and 21:00.
An adult single ticket costs 14 pounds and a child single costs 7 pounds, while children under five travel free when seated on an adult's lap.
Islanders holding a valid resident card pay a flat fare of 3 pounds on every crossing.
Foot passengers should arrive at the terminal at least 20 minutes before departure, and drivers must be in the vehicle lane no later than 45 minutes before sailing.
Cars up to 5 metres long are charged 38 pounds each way, and campervans over that length pay 61 pounds.
Each passenger may bring two pieces of luggage free of charge, and any additional bag is charged at 4 pounds.
Dogs are welcome on the open deck and in the rear lounge but must stay on a lead at all times, and assistance dogs may go anywhere on board.
Bicycles travel free, but electric bikes must have their batteries removed before boarding.
If a sailing is cancelled because of weather, tickets are automatically valid on the next available crossing, or you can claim a full refund within 28 days.
Refunds for other reasons are paid minus an administration fee of 2 pounds per ticket.
The onboard cafe is run by Gullhaven Catering and closes 15 minutes before arrival.
Lost property is kept at the Port Ardlow office for three months before being donated to charity.
For questions about accessibility, contact our passenger care manager, Morag Lindqvist, who has led the team since March 2019.
We are delighted to welcome our new vessel, the MV Corran Star, which joins the fleet in June 2027 and has twice the indoor seating of her predecessor.
""",
    "vet_clinic": """Hollybank Veterinary Practice: Information for New Clients

Thank you for registering your pet with Hollybank.
Our surgery on Tanner Lane is open from 8am to 7pm on weekdays and from 9am to 1pm on Saturdays, and we are closed on Sundays and bank holidays.
Outside these hours, emergencies are handled by our partner clinic, Northgate Animal Hospital, which is about 12 minutes away by car.
A standard consultation lasts 15 minutes and costs 52 pounds, and a second opinion appointment is booked as a double slot.
New puppies and kittens receive their first health check free of charge if it takes place within 14 days of registration.
Primary vaccinations are given as two injections three weeks apart, followed by a yearly booster.
Our Healthy Paws plan costs 16 pounds a month for cats and 19 pounds a month for dogs, and it covers boosters, flea and worm treatment and a 10 percent discount on neutering.
Payment is due at the time of treatment, and we accept cards but no longer accept cheques.
If you need to cancel an appointment, please give us at least 24 hours' notice, otherwise a missed appointment fee of 20 pounds may be charged.
Repeat prescriptions must be requested 48 hours in advance and can be collected from reception.
Dogs should be kept on a short lead in the waiting room, and cats must arrive in a secure carrier.
Our head vet, Tomasz Brennan, joined the practice in 2015 after ten years at the Royal Veterinary College.
Nurse clinics for weight checks and nail clipping are free for Healthy Paws members.
We are sorry that parking outside the surgery is limited to three spaces, but there is a public car park behind the library on Mercer Street.
""",
    "observatory_guide": """Carrowmore Hill Observatory: Guide for Public Stargazing Nights

Public nights take place every Friday from October to March, starting one hour after sunset.
Tickets cost 9 pounds for adults and 5 pounds for under-16s, and a family ticket for two adults and up to three children costs 24 pounds.
Bookings close at noon on the day of the event, and we cannot accept walk-in visitors.
If the sky is cloudy, the evening goes ahead with a planetarium show and a talk instead, and no refunds are given for poor weather.
Each evening lasts roughly two hours, and the last viewing through the main telescope is at 10.30pm.
Our main instrument is a 40-centimetre reflecting telescope that was donated by the Hartley Trust in 1998.
Please dress warmly, because the dome is not heated and temperatures on the hill often fall below freezing.
Use red torches only, as white light ruins everyone's night vision for up to twenty minutes.
The car park is at the foot of the hill, and the walk up to the dome takes about ten minutes on a gravel path.
Visitors with limited mobility can book a place in the accessible minibus, which leaves the car park every quarter of an hour.
Children under 12 must be accompanied by an adult throughout the visit.
Our volunteers are amateur astronomers from the Carrowmore Astronomical Society, and they love answering questions.
The annual meteor watch on 12 August 2027 is a special all-night event with its own separate tickets.
Photography is welcome, but flash must be switched off inside the dome.
We had a wonderful response to last season's comet night, and we are grateful to every visitor who braved the cold.
""",
    "apiary_rules": """Wrenfield Beekeepers' Association: Teaching Apiary Rules

The teaching apiary is located behind the community orchard on Linden Road and is open to members on Sunday mornings from April to September.
No member may open a hive without a trained mentor present during their first season.
Full protective suits, gloves and boots are compulsory inside the apiary fence, and spare suits can be borrowed from the shed.
Membership costs 35 pounds per year, and it includes third-party insurance through the British Beekeepers Association.
Beginners must complete the six-week introductory course, which costs an extra 60 pounds and includes a copy of the association handbook.
Hive inspections should take place every seven to nine days during the swarming season.
Smokers must only be lit inside the metal bin next to the shed, and all fuel must be fully extinguished before you leave.
Honey harvested from the association hives is sold at the autumn fair, and the profits go towards replacing old equipment.
Members who keep their own colonies may extract honey in the club kitchen for a fee of 5 pounds per session.
Anyone who is allergic to bee stings must tell the apiary manager before their first visit.
Our apiary manager is Elspeth Achterberg, and she can be contacted through the association website.
Visitors who are not members may attend one open day per year, which in 2027 falls on 20 June.
Swarm collection requests from the public are handled by a rota of experienced volunteers and are never charged for.
Varroa treatment is carried out in August and again in December, and members are asked not to open treated hives for two weeks afterwards.
Sadly, two colonies were lost last winter, so please report any signs of disease immediately.
""",
    "battery_warranty": """VoltNest H10 Home Battery: Limited Warranty Summary

VoltNest Energy Ltd warrants the H10 battery against defects in materials and workmanship for ten years from the date of installation.
The warranty also guarantees that the battery will retain at least 70 percent of its original usable capacity of 10.2 kWh after ten years or 4,000 full cycles, whichever comes first.
To be covered, the battery must be installed by an accredited VoltNest partner and registered online within 60 days of installation.
Batteries that are not registered in time receive a reduced warranty of five years.
The battery must be operated between minus 10 and 45 degrees Celsius, and damage caused by flooding, fire or pests is not covered.
Software updates are installed automatically over Wi-Fi, and the battery must stay connected to the internet for at least one hour in every 30 days.
If a fault is confirmed, VoltNest will repair or replace the battery at its own cost, including the installer's labour.
The replacement unit is covered for the remainder of the original warranty period, not for a new ten-year term.
The warranty is transferable to a new owner if the house is sold, provided the transfer form is submitted within 90 days of the sale.
Claims should be made through the installer, or directly to the VoltNest support centre in Eindhoven if the installer has stopped trading.
A diagnostic visit that finds no fault is charged at 95 euros.
This summary was last updated on 1 February 2027 and replaces all earlier versions.
Customers have told us they appreciate the simple claims process, and we are proud that most repairs are completed within five working days.
""",
}
