"""Hand-written clauses: events that imply a polarity without opinion words, and neutral facts.

Written for this project and reviewed by hand; ``{slots}`` are filled by the generator with Faker
names, cities, days and times, so neutral statements do not repeat verbatim.
"""

from __future__ import annotations

from specialists.sentiment.lexicon import words

# Things that happened; the polarity is in the event, not in an opinion word.
POSITIVE_EVENTS = words(
    "it arrived a day early|the battery lasts all day|it paid for itself in a month|"
    "setup took two minutes|it still works perfectly after three years|"
    "the chef came out to say hi|they gave us a free dessert|the portions were huge|"
    "they upgraded us to a suite for free|we landed twenty minutes early|"
    "the view from our balcony took my breath away|they fixed it in minutes|"
    "I got a full refund without any hassle|support answered within five minutes|"
    "the technician went above and beyond|I got the promotion|"
    "we shipped the project ahead of schedule|my manager praised my work in front of everyone|"
    "I passed my driving test|we won the match|my best friend surprised me with concert tickets|"
    "the kids laughed the whole time|everything went smoothly|the waiter remembered our names|"
    "they replaced it for free, no questions asked|I slept like a baby|"
    "the whole audience gave a standing ovation|I finally got the job|"
    "we got engaged last night|the doctor said I'm completely healthy|"
    "the new update made everything twice as fast|I lost ten pounds and feel amazing|"
    "my flight was on time and the crew were so kind|we saved so much money"
)

NEGATIVE_EVENTS = words(
    "it stopped working after a week|the screen cracked on day one|"
    "the battery dies in two hours|it arrived damaged|half the parts were missing|"
    "it keeps crashing|I waited an hour for my food|there was a hair in my soup|"
    "they got my order wrong twice|I got food poisoning|we were ignored for 30 minutes|"
    "they lost my luggage|the flight was delayed six hours|our room smelled of smoke|"
    "there were bugs in the bed|they cancelled our reservation without telling us|"
    "they charged me twice|nobody ever called me back|I've been on hold for two hours|"
    "the package never arrived|they closed my ticket without fixing anything|"
    "I got laid off today|the meeting ran two hours over|my boss took credit for my work|"
    "they cancelled my bonus|I missed my train|my car broke down on the highway|"
    "it rained the entire weekend|I failed the exam|someone stole my bike|"
    "the app logged me out and deleted my notes|the heating didn't work all week|"
    "the shower was cold every morning|they hung up on me|my order showed up a week late|"
    "the seat was broken and nobody cared|I fell asleep halfway through|"
    "the ink ran out after ten pages|we had to ask three times for water"
)

# Neutral statements and questions; slots: {name} {city} {day} {time} {n} {company} {color}
NEUTRAL_FACTS = words(
    "The meeting has been moved to {time} on {day}.|{name}'s flight lands at {time}.|"
    "Your order has shipped and should arrive on {day}.|The office is closed on {day}.|"
    "The train to {city} leaves from platform {n}.|Rehearsal starts at {time}.|"
    "The report is due on {day}.|The store opens at {time} on weekdays.|"
    "The phone has a 6.1-inch screen and 128 GB of storage.|The jacket comes in {color}.|"
    "The hotel has {n} rooms and an indoor pool.|The museum is open from 9 to 5.|"
    "The film runs about {n}0 minutes.|The book has {n} chapters.|"
    "{city} is about {n}00 km from here.|The recipe calls for two eggs and a cup of flour.|"
    "I bought a new kettle yesterday.|We're having pasta for dinner.|"
    "I'm heading to {city} next week.|{name} is working from home today.|"
    "I took the bus to work this morning.|I need to renew my passport.|"
    "My sister lives in {city}.|{company} is moving its office to {city}.|"
    "The package weighs {n} kilograms.|The conference takes place in {city} in May.|"
    "The bill comes to {n}0 dollars.|The lecture is in room {n}0{n}.|"
    "{name} will present the quarterly numbers on {day}.|The update is version {n}.2.|"
    "The restaurant is on the corner of Main Street.|It's {n}8 degrees outside.|"
    "The parking lot is behind the building.|The shop sells shoes and bags.|"
    "Our flight is at {time}.|The course lasts {n} weeks.|The printer is on the second floor.|"
    "I have two cats and a dog.|The sky is cloudy today.|The bus comes every 15 minutes.|"
    "The laptop weighs 1.3 kg.|The invoice number is {n}4{n}7.|The show airs on {day}s.|"
    "He works as an accountant in {city}.|The form has {n} pages.|"
    "The lease ends in {n} months.|Dinner is at {time}.|The pool closes at {time}.|"
    "{company} released its annual report.|The album has twelve tracks.|"
    "The movie is based on a novel.|The app is available on Android and iOS.|"
    "Tickets go on sale on {day}.|The school is next to the library.|"
    "I moved to {city} in 2019.|She ordered a coffee and a croissant.|"
    "The river runs through the center of {city}.|The new policy starts next month.|"
    "The tour takes about two hours.|The team has {n} members.|Check-out is at 11 am."
)

NEUTRAL_QUESTIONS = words(
    "What time does the pharmacy close?|Where is the nearest train station?|"
    "Has anyone tried the new {product}?|How much does the {product} cost?|"
    "Is the museum open on {day}?|Can you send me the slides?|Did {name} reply to your email?|"
    "Which platform does the train to {city} leave from?|Is the {product} any good?|"
    "Can anyone recommend a good dentist in {city}?|What's the best way to get to {city}?|"
    "Which is better for travel, the {product} or a tablet?|Does the hotel have parking?|"
    "When is the next meeting?|How long is the flight to {city}?|Who is coming on {day}?|"
    "Do I need a reservation?|What's the wifi password?|Should I bring anything?|"
    "Are the tickets refundable?|How do I reset my password?|What size should I order?|"
    "Is it going to rain tomorrow?|Where did you park?|Can we move the call to {time}?|"
    "Do you know if the {product} is worth it?|What are the opening hours on {day}?|"
    "Has the package shipped yet?|Does the price include breakfast?|What did {name} say?"
)

NEUTRAL_INSTRUCTIONS = words(
    "Please submit the form by {day}.|Turn left at the second traffic light.|"
    "Remember to bring your ID.|Press and hold the power button for five seconds.|"
    "Add the onions and stir for two minutes.|Reply to this email to confirm.|"
    "Call {name} before {time}.|Plug the cable into the port on the back.|"
    "Send the invoice to accounting.|Pick up milk on the way home.|"
    "Update the spreadsheet before the meeting.|Take the second exit at the roundabout.|"
    "Store in a cool, dry place.|Meet me at the entrance at {time}."
)

# Evaluations that commit to neither side.
NEUTRAL_VERDICTS = words(
    "It was okay.|It's fine, I guess.|Average.|It's alright.|Neither good nor bad.|"
    "It was about what I expected.|No strong feelings either way.|It's a standard room.|"
    "It's an ordinary {product}.|It's okay, nothing more, nothing less.|"
    "Some parts were good, some weren't.|I have mixed feelings about it.|"
    "It's a fairly typical {product}.|Not sure what to think yet.|Haven't decided yet.|"
    "It is what it is.|Can't say either way yet.|So-so.|It's average for the price.|"
    "I don't have an opinion on it.|It's neither great nor terrible."
)

PRODUCTS = words(
    "phone|laptop|headphones|air fryer|smartwatch|e-reader|vacuum|camera|tablet|blender|"
    "espresso machine|treadmill|drone|monitor|robot vacuum|electric toothbrush|speaker"
)

COLORS = words("black and white|blue and grey|red|navy|green and beige|three colors|silver")

# Idioms whose polarity is the opposite of (or missing from) their words: negation, litotes,
# "can't get enough", complaints without opinion words. ``{s}`` is a judged thing.
POSITIVE_IDIOMS = words(
    "I wasn't disappointed by {s}|{s} didn't disappoint|I can't fault {s}|"
    "couldn't ask for more|nothing to complain about|I can't say enough good things about {s}|"
    "wouldn't change a thing about {s}|no problems at all with {s}|not a single complaint|"
    "never had an issue with {s}|I didn't expect to love {s} this much|I can't stop using {s}|"
    "can't get enough of {s}|I couldn't put it down|{s} is stupidly comfortable|"
    "{s} is crazy good|{s} is insanely good|{s} is a no-brainer|{s} beats anything else I tried|"
    "{s} blew me away|{s} is damn good|{s} is wicked good|{s} exceeded my expectations|"
    "{s} was better than I expected|{s} turned out way better than the reviews said|"
    "I have nothing bad to say about {s}|no regrets at all|I'd do it again in a heartbeat|"
    "{s} is worth the hype|{s} lived up to the hype|what's not to love|{s} never lets me down|"
    "I don't know how I lived without {s}|hard to find anything wrong with {s}|"
    "{s} is not cheap but worth every cent|{s} could not have been better|"
    "I'm not one to leave reviews but {s} deserves it|{s} did the job perfectly|"
    "{s} was anything but boring|I was pleasantly surprised by {s}|{s} punches above its weight|"
    "I keep coming back to {s}|{s} has made my life so much easier|{s} is killer"
)
NEGATIVE_IDIOMS = words(
    "{s} is not what I expected|{s} isn't worth it|not impressed with {s}|{s} didn't work|"
    "{s} is not great|{s} is not the best|{s} no longer works|{s} doesn't work|"
    "{s} won't turn on|can't recommend {s}, sadly|never again|not even close to good|"
    "{s} could have been better|{s} should have been way better|I expected more from {s}|"
    "{s} is not as advertised|not happy with {s}|{s} is not good enough|I wouldn't go back|"
    "don't bother with {s}|don't waste your money on {s}|nobody helped us|no one answered|"
    "nothing works in {s}|thanks for nothing|so much for {s}|good luck getting a refund|"
    "{s} was worse than I expected|{s} is not as described|{s} fell short|"
    "{s} did not live up to expectations|I want my money back|{s} is barely usable|"
    "{s} left a lot to be desired|who thought {s} was a good idea|{s} is anything but relaxing|"
    "{s} is all hype|I gave {s} three chances and it failed every time|{s} went downhill|"
    "{s} used to be good|{s} is no longer what it was|I'm never using {s} again|"
    "what a waste of a day|{s} is a step backwards|I would give {s} zero stars if I could|"
    "{s} is way too expensive for what it is|{s} took forever|{s} is more trouble than it's worth"
)

# Neutral sentences that mention opinions or polar words without holding one.
NEUTRAL_MENTIONS = words(
    "I'm writing a review of {s}.|She asked whether {s} was any good.|"
    "The survey asks how satisfied customers are with {s}.|We need to decide on {s} by {day}.|"
    "{name} is comparing reviews of {s}.|The article compares {s} with two competitors.|"
    "I'll tell you what I think of {s} after the weekend.|Ratings for {s} are due on {day}.|"
    "The form has a box for complaints and one for compliments.|"
    "He wants to know if {s} is worth the price.|Let me know what you think of {s}.|"
    "They are collecting feedback on {s} until {day}.|The meeting is about the bad debt policy.|"
    "The movie is called The Good, the Bad and the Ugly.|The chapter is about happiness.|"
    "The test results will be ready on {day}.|The forecast says rain on {day}.|"
    "I'm not sure yet whether I like {s}.|Is {s} better than the old one?|"
    "The dentist said the X-ray showed nothing unusual.|The lecture covers love poems of the 1800s."
)
