"""Hand-written, reviewed vocabularies the training generator composes into sentences.

Every list is written for this project (no external corpus). ``|`` separates items so multi-word
phrases stay readable; subjects ending in ``+`` are plural ("the staff+" takes "were").
"""

from __future__ import annotations


def words(spec: str) -> list[str]:
    """Split a ``|``-separated literal into stripped, non-empty items."""
    return [w.strip() for w in spec.split("|") if w.strip()]


# Things people judge, by domain; each domain also has its own fitting adjectives below.
SUBJECTS: dict[str, list[str]] = {
    "product": words(
        "the phone|this laptop|the headphones+|the battery|the charger|this blender|these shoes+|"
        "the jacket|the camera|the keyboard|this vacuum|the mattress|the screen|the speaker|"
        "my new watch|the printer|this backpack|the tablet|the earbuds+|the coffee maker|"
        "the sofa|this kettle|the build quality|the packaging|the fridge|the drill|the router|"
        "the sound quality|this moisturizer|the lamp|these jeans+|the monitor|the controller"
    ),
    "food": words(
        "the food|the pizza|the coffee|the burger|the pasta|dessert|the steak|the soup|"
        "the sushi|the waiter|the service|the portions+|the fries+|the tacos+|the curry|"
        "the bread|our server|the wine list|the brunch|the salad|the cake|the noodles+|"
        "the menu|the atmosphere|this cafe|the restaurant|the takeout|the ramen|the cocktails+"
    ),
    "travel": words(
        "the hotel|our room|the flight|the staff+|the beach|the check-in|the train|the view|"
        "the airline|the pool|the tour guide|the resort|the airbnb|the bed|the breakfast|"
        "the cruise|the hostel|the location|the rental car|the bus ride|the trip|the campsite|"
        "the front desk|the shuttle|our guide|the museum|the city|the layover"
    ),
    "media": words(
        "the movie|the ending|the plot|the acting|the soundtrack|this album|the book|the show|"
        "the new season|the finale|the game|the concert|the sequel|the documentary|the podcast|"
        "the episode|the characters+|the dialogue|the special effects+|the novel|this song|"
        "the play|the musical|the director's cut|the animation|the band|the comedian|the film"
    ),
    "work": words(
        "my manager|the meeting|the new policy|my team|the onboarding|the project|my boss|"
        "the workshop|the training session|my coworkers+|the office|the new hire|the deadline|"
        "the presentation|the interview|the conference|the reorg|the team lunch|my job|"
        "the review process|the new intern|the workload|the client|the standup|the offsite"
    ),
    "service": words(
        "customer support|the delivery|the app|the website|the plumber|the bank|the doctor|"
        "the gym|the dentist|the mechanic|the courier|the landlord|the internet provider|"
        "the hairdresser|the update|the checkout|the refund process|the help desk|the clinic|"
        "the cleaners+|the insurance company|the salon|the call center|the subscription|"
        "the moving company|the repair shop|the software|the new feature|the vet"
    ),
    "life": words(
        "today|this weekend|my day|the party|the weather|my birthday|the wedding|the holiday|"
        "our vacation|the date|the weekend trip|this week|the neighbours+|my morning|"
        "the commute|the match|the festival|the family dinner|the class|the exam|my new haircut|"
        "the hike|the road trip|the game night|the graduation|my first week|the picnic"
    ),
}

POSITIVE_ADJ: dict[str, list[str]] = {
    "any": words(
        "great|excellent|amazing|wonderful|fantastic|lovely|superb|brilliant|awesome|perfect|"
        "outstanding|impressive|incredible|terrific|delightful|fabulous|phenomenal|exceptional|"
        "magnificent|marvelous|stellar|top-notch|first-rate|splendid|good|nice|solid|decent|"
        "fine|pleasant|enjoyable|fun|cool|sweet|neat|awesome sauce|spectacular|flawless|ideal|"
        "remarkable|sublime|divine|glorious|exquisite|first class|faultless|a delight|"
        "worth it|worth every penny|a joy|world-class|stunning|beautiful|gorgeous|great value"
    ),
    "product": words(
        "reliable|sturdy|fast|durable|well made|easy to use|intuitive|comfortable|light|"
        "responsive|crisp|well designed|good value|a bargain|quiet|powerful|sleek|handy"
    ),
    "food": words(
        "delicious|tasty|fresh|flavorful|mouthwatering|yummy|scrumptious|cooked to perfection|"
        "generous|savory|perfectly seasoned|crispy|juicy|tender|heavenly|appetizing"
    ),
    "travel": words(
        "spotless|clean|cozy|spacious|welcoming|relaxing|breathtaking|on time|comfy|"
        "peaceful|charming|friendly|helpful|convenient|well located|luxurious"
    ),
    "media": words(
        "gripping|hilarious|moving|captivating|beautifully shot|thought-provoking|"
        "entertaining|riveting|a masterpiece|funny|heartwarming|clever|touching|epic|catchy"
    ),
    "work": words(
        "productive|supportive|helpful|well organized|inspiring|efficient|encouraging|"
        "rewarding|smooth|fair|motivating|useful|insightful|collaborative|kind"
    ),
    "service": words(
        "quick|professional|friendly|helpful|efficient|attentive|polite|prompt|courteous|"
        "responsive|patient|knowledgeable|seamless|hassle-free|painless|speedy"
    ),
    "life": words(
        "fun|relaxing|perfect|sunny|memorable|beautiful|unforgettable|magical|cozy|"
        "a blast|so much fun|the best|wholesome|lovely|peaceful|productive"
    ),
}

NEGATIVE_ADJ: dict[str, list[str]] = {
    "any": words(
        "terrible|awful|horrible|bad|poor|disappointing|dreadful|atrocious|abysmal|lousy|"
        "pathetic|useless|unacceptable|a disaster|a joke|a nightmare|a mess|appalling|"
        "rubbish|garbage|trash|crap|crappy|subpar|second-rate|shoddy|awful value|horrendous|"
        "frustrating|annoying|infuriating|a letdown|a rip-off|overpriced|not worth it|"
        "a waste of money|a total waste|underwhelming|sad|embarrassing|ridiculous|the worst|"
        "miserable|disgraceful|inexcusable|hopeless|a complete failure|sloppy|unbearable"
    ),
    "product": words(
        "flimsy|broken|defective|cheap|buggy|laggy|slow|unreliable|noisy|uncomfortable|"
        "faulty|clunky|fragile|overheating|dead on arrival|poorly made|glitchy|heavy"
    ),
    "food": words(
        "bland|cold|stale|soggy|greasy|overcooked|undercooked|burnt|tasteless|salty|"
        "disgusting|inedible|gross|rubbery|watery|dry|tiny|nasty|raw in the middle"
    ),
    "travel": words(
        "dirty|filthy|cramped|noisy|rude|delayed|smelly|run-down|unhelpful|chaotic|"
        "overcrowded|moldy|freezing|shabby|sketchy|exhausting|a tourist trap"
    ),
    "media": words(
        "boring|dull|predictable|cringe|cringey|tedious|painful to watch|forgettable|"
        "confusing|pointless|overrated|badly acted|a snooze|unwatchable|lifeless|shallow"
    ),
    "work": words(
        "pointless|stressful|chaotic|disorganized|toxic|demoralizing|exhausting|unfair|"
        "a waste of time|draining|micromanaged|a shambles|overwhelming|unbearable|tense"
    ),
    "service": words(
        "slow|rude|unhelpful|incompetent|unprofessional|late|careless|dismissive|"
        "useless|a scam|unresponsive|clueless|sloppy|impossible to reach|condescending"
    ),
    "life": words(
        "awful|exhausting|miserable|stressful|a disaster|depressing|rainy and gloomy|"
        "lonely|boring|rough|brutal|a nightmare|hectic|gloomy|tough|draining"
    ),
}

# Degree words; "quite"/"pretty" are mild but keep polarity.
INTENSIFIERS = words(
    "really|very|so|super|extremely|incredibly|absolutely|truly|totally|quite|pretty|"
    "insanely|ridiculously|genuinely|seriously|unbelievably|remarkably|exceptionally|"
    "sooo|soooo|hella|way too|beyond|especially|utterly|downright|thoroughly|crazy"
)

POSITIVE_VERBS = words(
    "love|adore|really like|enjoyed|am obsessed with|highly recommend|would recommend|"
    "can't get enough of|am impressed with|am happy with|am thrilled with|appreciate|"
    "am in love with|really enjoyed|liked|loved|recommend|am very pleased with|dig|"
    "am satisfied with|am blown away by|treasure|can't stop raving about|was charmed by|"
    "fell in love with|am grateful for|would buy again|would definitely go back to|"
    "will be back for|am a huge fan of|totally recommend|couldn't be happier with"
)

NEGATIVE_VERBS = words(
    "hate|can't stand|regret buying|am disappointed with|would not recommend|"
    "am sick of|despise|am unhappy with|returned|detest|am fed up with|loathe|"
    "am annoyed with|was let down by|am furious with|wouldn't recommend|regret booking|"
    "am done with|will never use|want a refund for|gave up on|can't believe I paid for|"
    "am so over|was really disappointed by|am tired of|will never go back to|"
    "won't be buying|deeply regret choosing|am frustrated with|strongly dislike"
)

POSITIVE_NOUNS = words(
    "gem|treat|joy|masterpiece|lifesaver|win|pleasure|steal|bargain|dream|delight|"
    "hidden gem|game changer|real find|must-see|must-have|winner|triumph|blessing|keeper"
)

NEGATIVE_NOUNS = words(
    "disaster|nightmare|joke|mess|ripoff|waste of money|letdown|scam|trainwreck|"
    "waste of time|headache|fiasco|failure|catastrophe|dumpster fire|con|disgrace|flop"
)

POSITIVE_FEELINGS = words(
    "happy|thrilled|delighted|excited|grateful|glad|over the moon|relieved|proud|"
    "ecstatic|overjoyed|pleased|content|blessed|stoked|pumped|so happy|thankful|"
    "in a great mood|on cloud nine|hyped|amazed|satisfied|chuffed"
)

NEGATIVE_FEELINGS = words(
    "sad|angry|furious|frustrated|upset|annoyed|disappointed|miserable|stressed|"
    "exhausted|heartbroken|worried|depressed|gutted|devastated|fed up|livid|"
    "anxious|irritated|crushed|pissed off|so done|fuming|let down|sick of it"
)

# Reaction tags that carry a polarity alone; the generator adds them before or after clauses.
POSITIVE_TAGS = words(
    "Love it!|Highly recommend.|Would buy again.|10/10.|5 stars.|Five stars!|Can't wait to go "
    "back.|Two thumbs up.|Worth every penny.|So happy.|Best decision ever.|Thank you so much!|"
    "Well done!|Nailed it.|Bravo!|Yay!|Totally worth it.|A+|Big fan.|Will definitely return."
)

NEGATIVE_TAGS = words(
    "Never again.|Avoid.|Not worth it.|1 star.|Zero stars.|Ugh.|Waste of money.|"
    "Do not buy.|Stay away.|So disappointed.|What a joke.|Unbelievable.|Thumbs down.|"
    "Smh.|Terrible experience.|Want my money back.|0/10.|Pass.|Big mistake.|Yikes."
)

# Informal, social-media style phrasings with their polarity.
POSITIVE_SLANG = words(
    "this slaps|absolute fire|lowkey obsessed|big W|it's a vibe|living for this|"
    "chef's kiss|no notes, perfect|iconic|goated|so good omg|obsessed tbh|this hits different|"
    "love love love|ngl this is amazing|10/10 no cap|sooo good|can't stop listening|"
    "best thing ever lol|yesss finally|this rocks|absolutely killing it|so cute|we love to see it"
)

NEGATIVE_SLANG = words(
    "this sucks|huge L|so mid|straight trash|what a flop|ngl pretty disappointed|"
    "hard pass|not it|absolutely cooked|this is a joke lol|smh so bad|ugh hate this|"
    "worst thing ever lol|so cringe|fml|total scam tbh|rip my money|it's giving nothing|"
    "nope nope nope|this ain't it|so over this|rage quit|bruh this is broken|ew"
)
