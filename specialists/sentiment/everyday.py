"""Everyday registers the first generator missed: repeat annoyances and sarcasm, lukewarm 'meh',
short exclamations and anticipation, one-line reviews, and plain notifications and rules.

Every list here is split by position like the others (``data.vocabulary``), and every shape list
goes through ``Gen.template``, so dev sentences use annoyances, phrases and shapes never trained on.
"""

from __future__ import annotations

from specialists.sentiment.lexicon import words
from specialists.sentiment.templates import NEG, POS, Family, Gen, cap, low

# Things that go wrong in daily life, as past-tense clauses with no opinion word.
ANNOYANCES = words(
    "the app crashed|the update deleted my playlists|the wifi dropped|the printer jammed|"
    "the train was late|the dishwasher leaked|my order got cancelled|the site went down|"
    "the login failed|the bus never showed up|the heating broke|they billed me twice|"
    "the sync lost my files|the game froze|my flight got moved|the laptop restarted mid-call|"
    "the router died|the delivery went to the wrong house|the parcel got lost|the lift broke down|"
    "the password reset didn't work|the checkout failed|the tap started leaking|"
    "the car wouldn't start|the phone reset itself|my bag got left behind|the power went out|"
    "the meeting got rescheduled for the fourth time|the washing machine flooded the kitchen|"
    "the new firmware bricked my speaker|the upgrade erased my contacts|my coffee spilled"
)
# Things that keep happening, as nouns: "another recall".
REPEATS = words(
    "outage|delay|price hike|recall|cancellation|data breach|glitch|strike|round of layoffs|"
    "service fee|crash|broken promise|bug|rate hike|power cut|bill increase|security scare|"
    "late fee|system failure|software update that breaks everything"
)
# Relief: something broken works again; "finally" marks the good news.
RELIEFS = words(
    "the update fixed the crashes|the wifi is back|my refund came through|the parcel turned up|"
    "the heating works again|the bug is gone|we got the keys|the rain stopped|my visa came through|"
    "the lift is working again|the test results came back clear|I found my passport|"
    "the repair shop fixed my laptop|I got an answer from support|the baby slept through the night|"
    "the sun is out|payday|the weekend|a day off|some good news"
)
SOFTWARE = words(
    "update|version|release|patch|build|app|firmware|driver|beta|redesign|interface|system"
)
SOFTWARE_BAD = words(
    "laggy|unstable|broken|buggy|half-baked|glitchy|painfully slow|bloated|unusable|a mess|"
    "full of bugs|a downgrade"
)
SOFTWARE_FAILS = words(
    "freezes every few minutes|drains the battery|keeps logging me out|crashes constantly|"
    "won't sync|loses my data|won't even open|breaks everything|hangs on startup|"
    "eats all my memory|keeps forgetting my settings|throws errors all day"
)
SOFTWARE_GOOD = words(
    "fast|stable|smooth|polished|snappy|rock solid|a big improvement|clean|reliable|lightweight|"
    "intuitive|a joy to use"
)
SOFTWARE_WORKS = words(
    "runs beautifully|fixed every crash I had|boots in seconds|syncs instantly|"
    "finally remembers my settings|uses half the battery|never freezes|loads instantly|"
    "works flawlessly|made everything faster|feels so much smoother|just works"
)
# Lukewarm: neither pleased nor displeased.
SHRUGS = words(
    "eh|hmm|whatever|meh|it's ok|it's fine|shrug|okay I guess|so-so|fine|it'll do|not sure"
)
LUKEWARM = words(
    "does the job|nothing to write home about|it's alright|it works I guess|"
    "not bad, not great|could be better, could be worse|nothing special|fine for the price|"
    "pretty standard|"
    "middle of the road|it's passable|I've seen better and I've seen worse|serviceable|"
    "no complaints, no praise|it does what it says|okay-ish|average|it's just a phone|"
    "nothing more, nothing less|it exists|fair enough I suppose|not my thing but fine|"
    "it's fine for now|neither here nor there"
)
# Positive exclamations, greetings and anticipation: short and without an opinion adjective.
CHEERS = words(
    "can't wait to see you|so excited for the trip|welcome aboard|can't wait to start|"
    "looking forward to it|counting down the days|can't wait for the weekend|see you soon|"
    "see you tomorrow|congrats on the new job|happy birthday|have a great trip|enjoy your holiday|"
    "good luck tomorrow, you've got this|well deserved|thanks so much|cheers, you're a star|"
    "so glad you came|what a lovely surprise|great news|this made my day|we did it|"
    "can't wait for the concert|see you at the party|hope you feel better soon|"
    "congratulations to you both|first day of the holidays|best news all week|"
    "just booked the tickets|here we go|what a day|so ready for this"
)
# Negative exclamations and dread: the counterpart, so "can't wait" alone does not decide.
DREADS = words(
    "dreading tomorrow|not looking forward to Monday|can't wait for this week to be over|"
    "oh no|not again|ugh, here we go again|I give up|so done with today|"
    "please make it stop|hope I never see that place again|why me|this day can't end soon enough|"
    "another Monday, kill me|nope|dreading the dentist|can't face work tomorrow|"
    "what a day, and not in a good way|I need this week to end|wish I had stayed in bed|"
    "this is the last straw"
)
SHORT_PRAISE = words(
    "5/5|ten out of ten|full marks|five stars|two thumbs up|would recommend|would buy again|"
    "will order again|recommended|great seller|fast shipping|exactly as pictured|works great|"
    "perfect fit|good value|love it|top quality|very happy|A+++|arrived quickly|"
    "does exactly what I needed|my kids love it|bought a second one|no complaints"
)
SHORT_PANS = words(
    "one star|1/5|zero stars if I could|would not recommend|never again|avoid|returned it|"
    "broke in a week|not as described|cheap junk|waste of money|total rip-off|arrived broken|"
    "doesn't fit|poor quality|still waiting for a refund|stopped working|fell apart|"
    "missing parts|seller never replied|smells of plastic|false advertising|"
    "worse than the photos|don't buy"
)
# Notifications: messages from shops, services and systems, neutral whatever the news.
NOTICES = words(
    "Your order #{n}{n}{n}{n} has been dispatched.|Your parcel is out for delivery today.|"
    "Your package will be delivered on {day} between {time} and 6 pm.|"
    "Your order has been received and is being processed.|We have received your return.|"
    "Your appointment is confirmed for {day} at {time}.|Your subscription renews on {day}.|"
    "Your password was changed on {day}.|Your invoice for this month is now available.|"
    "Your table for {n} is booked for {time}.|Flight {n}{n}{n} is now boarding at gate {n}.|"
    "Your tracking number is {n}{n}{n}{n}{n}{n}.|Your item has been shipped by {company}.|"
    "The courier will collect the parcel on {day}.|Your booking reference is {n}{n}K{n}.|"
    "Reminder: your dental check-up is on {day} at {time}.|"
    "Your prescription is ready for collection.|Your statement is ready to view online.|"
    "This is an automated message, please do not reply.|"
    "Your order has left our {city} warehouse.|Your delivery is scheduled for {day}.|"
    "Your account details have been updated.|Your order has been shipped.|"
    "The parcel was left with your neighbour at number {n}.|"
    "Your refund of {n}0 dollars was issued.|"
    "Your library books are due back on {day}.|Your car is booked in for a service on {day}.|"
    "Your ticket has been assigned to an agent.|Your download is ready.|"
    "Your meeting with {name} starts in 15 minutes.|The item is back in stock.|"
    "Your visa application is being processed."
)
# Rules, policies and schedules: documents state them without an opinion, even about penalties.
RULES = words(
    "Members must show their card at reception.|Late payments incur a fee of {n} pounds.|"
    "Any breach of these rules may lead to suspension of membership.|"
    "Complaints must be made in writing within {n} days.|"
    "The committee reviews disciplinary cases every quarter.|"
    "Smoking is not permitted anywhere on the premises.|Guests must be signed in by a member.|"
    "Refunds are issued within {n} working days.|"
    "The {role}, {fullname}, is responsible for enforcing these rules.|"
    "Disputes are settled by the {role}, whose decision is final.|"
    "Penalties for late returns are listed in section {n}.|"
    "Failure to comply may result in termination of the contract.|"
    "Employees must report any accident to the {role}.|Dogs must be kept on a lead at all times.|"
    "The deposit is non-refundable.|Appeals should be sent to the {role}, {fullname}.|"
    "Payment is due within 30 days of the invoice date.|"
    "Lost items are kept at reception for {n} weeks.|"
    "The {role}, {fullname}, chairs the disciplinary panel.|"
    "Violations will be reported to the {role}.|This policy applies to all staff and contractors.|"
    "Overdue accounts will be passed to a collection agency.|Parking is at the owner's risk.|"
    "Unpaid fees will be deducted from the deposit.|"
    "Questions about this policy should go to {fullname}, the {role}.|"
    "The pool is closed for cleaning every {day} from {time}.|"
    "Registration closes at {time} on {day}.|Office hours are 9 to 5, Monday to Friday.|"
    "Serious misconduct may lead to dismissal without notice.|"
    "The {role} may refuse entry to anyone who breaks these rules.|"
    "Bins are collected every other {day}.|Trains on this line run every {n}0 minutes."
)
ROLES = words(
    "club secretary|head coach|site manager|committee chair|facilities manager|HR director|"
    "league referee|building supervisor|data protection officer|course leader|team captain|"
    "office manager"
)


def _event(g: Gen, name: str) -> str:
    return low(g.pick(name))


def annoyance(g: Gen, pol: int) -> str:
    """Repeat annoyances and sarcasm ("It crashed. Again."); relief with "finally" when positive."""
    if pol == POS:
        r = _event(g, "relief")
        shapes = [
            f"Finally, {r}!",
            f"{cap(r)}, finally!",
            f"Finally {r}.",
            f"At last, {r}!",
            f"Finally! {cap(r)}.",
            f"Phew, {r}.",
            f"{cap(r)}. Finally!",
            f"Yes! {cap(r)}!",
        ]
        return cap(g.template(shapes))
    e = _event(g, "annoyance")
    shapes = [
        f"{cap(e)}. Again.",
        f"{cap(e)}. Of course.",
        f"Of course {e}.",
        f"{cap(e)} again. Unbelievable.",
        f"And {e} again. Great.",
        f"{cap(e)}. Fantastic. Just fantastic.",
        f"Oh great, {e}.",
        f"{cap(e)} for the third time this week.",
        f"{cap(e)}. Just what I needed.",
        f"{cap(e)}. Thanks a lot.",
        f"Love it when {e}.",
        f"Wow, {e}. Amazing work.",
        f"{cap(e)}, because why not.",
        f"Naturally, {e}.",
        f"{cap(e)}. Typical.",
        f"{cap(e)}. Every. Single. Time.",
        f"{cap(e)}. Why am I not surprised?",
        f"Cool, {e} again.",
        f"{cap(e)}, as usual.",
        f"Well that's perfect, {e}.",
    ]
    return cap(g.template(shapes))


def repeated(g: Gen, pol: int) -> str:
    """ "Another recall, unbelievable." and its positive twin ("another win")."""
    if pol == POS:
        n = g.pick("pos_noun")
        a = "an" if n[0] in "aeiou" else "a"
        shapes = [
            f"Another {n}, love it!",
            f"Yet another {n} from them!",
            f"What {a} {n}, again!",
            f"Another {n}. They never miss.",
        ]
        return cap(g.template(shapes))
    n = g.pick("repeat")
    shapes = [
        f"Another {n}, unbelievable.",
        f"Yet another {n}.",
        f"Another {n}? You have got to be kidding.",
        f"Great, another {n}.",
        f"Oh look, another {n}.",
        f"Another {n}. Seriously?",
        f"One more {n}, brilliant.",
        f"A {n} again. Wonderful.",
        f"Not another {n}.",
        f"Another {n}, what a surprise.",
        f"And now another {n}. Incredible.",
        f"Third {n} this month.",
    ]
    return cap(g.template(shapes))


def software(g: Gen, pol: int) -> str:
    """Software that breaks or works: "the new update is buggy and crashes constantly"."""
    sw = g.pick("software")
    bad, fails = ("sw_bad", "sw_fails") if pol == NEG else ("sw_good", "sw_works")
    a, f = g.pick(bad), g.pick(fails)
    shapes = [
        f"the new {sw} is {a} and {f}",
        f"Since the last {sw}, it {f}.",
        f"This {sw} {f}.",
        f"The {sw} is {a}.",
        f"New {sw}: {a}, {f}.",
        f"the latest {sw} {f}",
        f"Ever since the {sw} the app {f}.",
        f"Their new {sw}? {cap(a)}. It {f}.",
    ]
    return cap(g.template(shapes))


def exclaim(g: Gen, pol: int) -> str:
    """Short exclamations, greetings and anticipation ("can't wait!") or dread."""
    x = g.pick("cheer" if pol == POS else "dread")
    shapes = [
        f"{x}!",
        f"{x}!!",
        f"{x}.",
        f"Oh, {x}!",
        f"{x}" if pol == NEG else f"{x}, yay!",
        f"{x}. Honestly.",
        f"{x} :)" if pol == POS else f"{x} :(",
        f"{x}, can't wait!" if pol == POS else f"{x}... sigh.",
    ]
    return cap(g.template(shapes))


def short_review(g: Gen, pol: int) -> str:
    """One-line reviews made of stock phrases: "Five stars, would recommend."."""
    key = "praise" if pol == POS else "pan"
    a, b = g.pick(key), g.pick(key)
    if a == b:
        return cap(f"{a}.")
    shapes = [f"{a}, {b}.", f"{cap(a)}. {cap(b)}!", f"{a}! {b}.", f"{a} - {b}"]
    return cap(g.template(shapes))


def lukewarm(g: Gen, pol: int) -> str:
    """Neither pleased nor displeased: "meh. it works I guess, nothing special"."""
    s, b, b2 = g.pick("shrug"), g.pick("lukewarm"), g.pick("lukewarm")
    shapes = [
        f"{s}. {b}",
        f"{s}, {b}",
        f"{b}, {b2}",
        f"{s}. {b}, {b2}.",
        f"{cap(b)}.",
        f"{s}... {b}",
        f"Honestly? {b}.",
        f"{b}. {s}.",
    ]
    return g.template(shapes)


def notice(g: Gen, pol: int) -> str:
    """A notification from a shop, service or system."""
    return _fill(g, g.pick("notice"))


def rule(g: Gen, pol: int) -> str:
    """A rule, policy or schedule line as a document states it."""
    return _fill(g, g.pick("rule"))


def _fill(g: Gen, text: str) -> str:
    """Fill this module's slots, then the shared ones."""
    while "{role}" in text:
        text = text.replace("{role}", g.pick("role"), 1)
    while "{fullname}" in text:
        text = text.replace("{fullname}", g.fake.name(), 1)
    return g.fill(text)


LISTS: dict[str, list[str]] = {
    "annoyance": ANNOYANCES,
    "repeat": REPEATS,
    "relief": RELIEFS,
    "software": SOFTWARE,
    "sw_bad": SOFTWARE_BAD,
    "sw_fails": SOFTWARE_FAILS,
    "sw_good": SOFTWARE_GOOD,
    "sw_works": SOFTWARE_WORKS,
    "shrug": SHRUGS,
    "lukewarm": LUKEWARM,
    "cheer": CHEERS,
    "dread": DREADS,
    "praise": SHORT_PRAISE,
    "pan": SHORT_PANS,
    "notice": NOTICES,
    "rule": RULES,
    "role": ROLES,
}
POLAR: list[tuple[float, Family]] = [
    (8.0, annoyance),
    (3.0, repeated),
    (4.0, software),
    (6.0, exclaim),
    (4.0, short_review),
]
NEUTRAL: list[tuple[float, Family]] = [
    (9.0, notice),
    (9.0, rule),
    (7.0, lukewarm),
]
