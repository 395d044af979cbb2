"""Hand-written phrasings for the dates training data (written and reviewed for this project).

Phrasings compose: a shift expression ``{e}`` (``3 weeks after {d}``, ``{d} minus 3 weeks``) sits
inside a shift frame (``what date is {e}``) or a weekday frame (``what day of the week is {e}``);
frames and expressions are split so the dev set has ones training never saw. Direction words are
all in training (they are a closed list); only the sentences around them are held out.
Slots: ``{d}``/``{d2}`` dates, ``{n}`` a count, ``{u}`` a unit, ``{after}``/``{before}`` relation
words, ``{plus}``/``{minus}`` operators.
"""

from __future__ import annotations

AFTER = "after|from|later than|past|following|on from|beyond|counting from|starting from|since"
BEFORE = "before|prior to|earlier than|preceding|back from|ahead of|leading up to|until"
PLUS = "plus|+|and|add|with|plus another|added to|+ another"
MINUS = "minus|-|less|take away|without|subtract|−|take off|less another"

# Shift expressions: (text, direction). "rel" and "op" expressions take their direction from
# the word drawn for the slot.
EXPRESSIONS = [
    ("{n} {u} {rel} {d}", "rel"),
    ("{d} {op} {n} {u}", "op"),
    ("{n} {u} {rel} {d}", "rel"),
    ("{d} {op} {n} {u}", "op"),
    ("{n} {u} {rel} the date {d}", "rel"),
    ("{n} {u} ago from {d}", "minus"),
    ("{n} {u} before the day {d}", "minus"),
    ("in {n} {u} from {d}", "plus"),
    ("{n} {u} later than {d}", "plus"),
    ("{n} {u} earlier than {d}", "minus"),
    ("{d} + {n} {u}", "plus"),
    ("{d} - {n} {u}", "minus"),
    ("{d} plus {n} more {u}", "plus"),
    ("{d}, {n} {u} later", "plus"),
    ("{d}, {n} {u} earlier", "minus"),
    ("{n} {u} on from {d}", "plus"),
    ("{n} {u} back from {d}", "minus"),
    ("{d} moved forward {n} {u}", "plus"),
    ("{d} moved back {n} {u}", "minus"),
    ("{n} {u} after {d}", "plus"),
    ("{n} {u} before {d}", "minus"),
    ("{n} {u} past {d}", "plus"),
    ("{n} {u} prior to {d}", "minus"),
    ("{n} {u} following {d}", "plus"),
]

# Imperatives are whole requests with their own direction.
IMPERATIVES = [
    ("add {n} {u} to {d}", "plus"),
    ("subtract {n} {u} from {d}", "minus"),
    ("move {d} forward by {n} {u}", "plus"),
    ("move {d} back by {n} {u}", "minus"),
    ("go forward {n} {u} from {d}", "plus"),
    ("go back {n} {u} from {d}", "minus"),
    ("count {n} {u} forward from {d}", "plus"),
    ("count back {n} {u} from {d}", "minus"),
    ("take {n} {u} off {d}", "minus"),
    ("add {n} {u} onto {d}", "plus"),
    ("advance {d} by {n} {u}", "plus"),
    ("rewind {d} by {n} {u}", "minus"),
    ("skip ahead {n} {u} from {d}", "plus"),
    ("roll {d} back {n} {u}", "minus"),
    ("shift {d} forward {n} {u}", "plus"),
    ("shift {d} back {n} {u}", "minus"),
    ("jump {n} {u} ahead of {d}", "plus"),
    ("step back {n} {u} from {d}", "minus"),
    ("deduct {n} {u} from {d}", "minus"),
    ("put {n} {u} on top of {d}", "plus"),
    ("remove {n} {u} from {d}", "minus"),
    ("fast forward {d} by {n} {u}", "plus"),
    ("if today is {d}, what's the date in {n} {u}", "plus"),
    ("if it's {d} now, what was the date {n} {u} ago", "minus"),
    ("starting on {d}, what date is it {n} {u} later", "plus"),
    ("it's {d}; what was the date {n} {u} earlier", "minus"),
]

SHIFT_FRAMES = [
    "what is {e}",
    "what's {e}",
    "whats {e}",
    "what date is {e}",
    "{e}",
    "{e}?",
    "{e} is what date",
    "when is {e}",
    "the date {e}",
    "tell me the date {e}",
    "which date is {e}",
    "what was the date {e}",
    "what will the date be {e}",
    "calculate {e}",
    "find the date {e}",
    "date of {e}",
    "{e} falls on what date",
    "{e} = ?",
    "what date comes {e}",
    "give me the date that is {e}",
    "compute {e}",
    "what date would it be {e}",
    "which day is {e}",
    "due date: {e}",
    "{e} — what date?",
    "what's the date {e}",
    "the deadline is {e}, which date is that",
    "what date lands {e}",
    "work out {e}",
    "{e} gives what date",
]

WEEKDAY_FRAMES = [
    "what day of the week is {x}",
    "what weekday is {x}",
    "which day of the week was {x}",
    "what day was {x}",
    "what day will {x} be",
    "day of the week for {x}",
    "{x} is what day of the week",
    "{x} falls on what day",
    "on what day of the week does {x} fall",
    "what day does {x} fall on",
    "weekday of {x}",
    "tell me the weekday of {x}",
    "{x}: which day of the week?",
    "which weekday was {x}",
    "is {x} a weekend or a weekday",
    "was {x} a monday",
    "what day of the week did {x} fall on",
    "find the day of the week for {x}",
    "{x} day of week",
    "day of week {x}",
    "which day of the week will {x} be",
    "do you know what weekday {x} is",
    "was {x} a friday or a saturday",
    "what's the weekday of {x}",
    "what weekday did {x} land on",
    "name the weekday of {x}",
    "what weekday will it be {x}",
    "what day of the week will it be {x}",
    "which weekday falls {x}",
    "is {x} a tuesday",
    "weekday for {x}?",
    "what day of the week would {x} be",
]

BETWEEN = [
    "how many days between {d} and {d2}",
    "days from {d} to {d2}",
    "how many days until {d2} from {d}",
    "number of days between {d} and {d2}",
    "how long is it from {d} to {d2}",
    "count the days from {d} until {d2}",
    "how many days separate {d} and {d2}",
    "{d} to {d2} is how many days",
    "days between {d} and {d2}?",
    "how many days are there from {d} to {d2}",
    "how many days since {d} as of {d2}",
    "difference in days between {d} and {d2}",
    "how far apart are {d} and {d2}",
    "{d2} minus {d} in days",
    "how many days is it from {d} till {d2}",
    "days elapsed between {d} and {d2}",
    "how many days lie between {d} and {d2}",
    "from {d} to {d2}, how many days",
    "what's the number of days from {d} to {d2}",
    "how many days passed between {d} and {d2}",
    "how many days after {d} is {d2}",
    "how many days before {d2} is {d}",
    "gap in days: {d} vs {d2}",
    "time between {d} and {d2} in days",
    "how many days do i have from {d} to {d2}",
    "how many days from {d} through {d2}",
    "{d} - {d2}: how many days",
    "days {d} to {d2}",
    "how many days from {d} to {d2}",
    "how many weeks between {d} and {d2}",
    "how long between {d} and {d2}",
    "days until {d2}, counting from {d}",
    "{d} → {d2} in days",
    "how many days since {d} until {d2}",
    "the number of days from {d} until {d2}",
    "count days between {d} and {d2}",
    "how many days separate {d} from {d2}",
    "{d} and {d2}: days apart?",
    "how many days is {d} from {d2}",
    "days difference {d} {d2}",
]

OTHER = [
    "convert {n} km to miles",
    "how many days are in {n} weeks",
    "convert {n} weeks to days",
    "how many hours in {n} days",
    "what is {n} plus {n2}",
    "what's {n} times {n2}",
    "what's the weather like in {city}",
    "who is {name}",
    "translate '{sentence}' into french",
    "tell me a joke",
    "what's the capital of {country}",
    "define {word}",
    "summarize this: {sentence}",
    "i love this {word}!",
    "set an alarm for {n} am",
    "what time is it in {city}",
    "how old is {name}",
    "{sentence}",
    "what is {n} percent of {n2}",
    "how many people live in {country}",
    "play some music by {name}",
    "is it going to rain in {city}",
    "what does {word} mean",
    "recommend a restaurant in {city}",
    "how tall is {name}",
    "what is the square root of {n}",
    "write an email to {name}",
    "how do i get to {city}",
    "{n} degrees celsius in fahrenheit",
    "i feel {word} today",
    "what language is '{sentence}'",
    "how many {word} are there",
    "how many minutes in {n} hours",
    "{n} days in seconds",
]

WRAPPERS = (
    "|hey|hi|quick question:|please|can you tell me|i wonder|um|so|ok|could you check|"
    "excuse me,|help:|hello there,|yo|question -|i need to know|just wondering,|pls|"
    "assistant:|real quick,|one question:|tell me|do you know|any idea|i'd like to know|"
    "hey, quick one:|can u tell me|could you work out|need help:|calendar question:|"
    "i was wondering|let me know|btw|first,|one more:|help me out:|hmm,"
).split("|")
TAILS = (
    "|thanks|thank you|please|?|!|thx|asap|for my calendar|for planning|cheers|ty|"
    "if you know|please and thanks|for a deadline|??|right?|for work|for a trip|:)|"
    "thanks a lot|if possible|please?|real quick|for school|for the invoice"
).split("|")


def split(items: list, part: str) -> list:
    """Every fifth item is dev-only; the rest are for training."""
    return [x for i, x in enumerate(items) if (i % 5 == 2) == (part == "dev")]
