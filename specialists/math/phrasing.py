"""Rewrite a few everyday phrasings the parser reads wrongly into ones it reads well.

Runs on the masked text (numbers are ``N0``, ``N1``, ... in order of appearance), after the
refusal checks and before the model, so no number is ever added or dropped (one rule,
``told_age``, moves an age to where "her age" names it and numbers the slots again; and one
rule, ``apart``, runs on the program the model wrote):

- sharing: "split N0 evenly across N1 glasses", "share N0 between N1", "divide N0 among N1
  people" mean N0 / N1; the parser sometimes reversed the operands ("split" never appears in its
  training questions), so the verb phrase becomes the "N0 / N1" it always reads right and any
  words after it (", then add N2", "glasses") stay as they were.
- named amounts: "N0 eggs times N1", "N0 cups of flour plus N1": the words naming what was
  counted stand between the number and the operator, and the parser read "N0 eggs times N1" as
  a division; they are dropped ("N0 times N1").
- a rate for a count of its units: "N0 a day for N1 days", "N0 per mile for N1 miles" is
  N0 * N1 (the parser divided or added).
- products and prices: "N0 packs of N1 cans", "N0 rows of N1 chairs" are N0 * N1, as are
  "N0 tickets at N1 each", "N0 bags for N1 apiece", "N0 hours at N1 an hour" and "N0 kg of
  potatoes at N1 a kg" (also with the period between: "N0 kWh this month at N1 per kWh"), and
  two of them joined by "and" are a sum; the parser divided or refused them.
- named charges: "plus a standing charge of N0", "minus the delivery fee of N0" add or take off
  N0; the words naming it are dropped (the parser divided by it).
- shares: "0.75 of 920" is 0.75 * 920 (the parser divided).
- word problems, written whole as symbols (read without the model): a unit price ("if N0
  pens cost N1, how much are N2 pens" is N1 / N0 * N2) and a rate that names the units of two
  amounts ("N0 km using N1 litres, km per litre" is N0 / N1); the parser added or multiplied.
- fitting: "how many N0 ml glasses in N1 ml" asks how many times N0 goes into N1, in the words
  the parser reads right (it refused the first, or divided N0 by N1).
- "double N0 then add N1" doubles N0 alone ("N0 doubled then ..."); the parser had doubled
  the sum as well. So for "halve" and "triple".
- differences (``apart``): "the difference between N0 and N1" is the larger less the smaller,
  as people mean it; the parser wrote N0 - N1 whatever the order.
- recipes for some people cooked for others: "bread for N0 needs N1 g flour, I'm baking for N2,
  how much flour" is N1 / N0 * N2 (the parser subtracted).
- ages: a parent's age at a birth adds to the child's ("I'm N0 and my mum was N1 when she had
  me, how old is she" is N0 + N1), and an age told first is put where "her age" names it ("she
  is N0. what is N1 times her age plus N2", "I'm N0 and my son is a quarter of my age"); the
  parser had refused the first and multiplied all three numbers of the second.
- purpose clauses: "add N0 to N1 to include both ends" asks "add N0 to N1"; a trailing "to
  include/count/account for ..." (or "so that ...", "(inclusive)") holding no number made the
  parser answer "not arithmetic", so it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from specialists.math.normalize import VOCABULARY, Masked
from specialists.math.program import Node

# Words that may stand between the amount and the preposition ("N0 dollars equally among"),
# but never an operator or a connector that starts a new step.
_FILLER = r"(?:(?!(?:and|then|by|plus|minus|times|of|over|into|to)\b)[a-z$£€']+\s+)"
_ARTICLE = r"(?:(?:the|a|an|this|that|our|my|your)\s+)?"
_SHARE = re.compile(
    rf"""
    \b(?:
        (?:split|share|distribute|spread|divvy(?:\s+up)?)\s+(?:up\s+)?
            {_ARTICLE}(?P<a>N\d+)\s+{_FILLER}{{0,3}}
            (?:across|among|amongst|between|into|over|to)
      | divide\s+(?:up\s+)?
            {_ARTICLE}(?P<b>N\d+)\s+{_FILLER}{{0,3}}
            (?:across|among|amongst|between)
    )\s+(?:each\s+of\s+)?(?:the\s+)?(?P<n>N\d+)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A word naming what was counted ("eggs", "packs", "grams"): never a word of arithmetic, a
# fraction, a reference to a result or a preposition that joins two amounts.
_NOUN = (
    rf"(?!(?:{'|'.join(sorted(VOCABULARY))}|and|then|by|of|over|into|to|from|out|at|for|each|per"
    r"|x|is|are|was|what|how|much|many|all|that|it|this|result|answer|sum|root|rot|st|nd|rd"
    r"|half|halves|quarters?|thirds?|\w*ths?)\b)[a-z$£€']+"  # fractions: "a 4th of", "2 eighths of"
)
_OPERATION = r"(?:times|multiplied\s+by|divided\s+by|plus|minus|less|x|\*|/|\+|-)"
_NAMED_AMOUNT = re.compile(
    rf"\b(N\d+)\s+(?:{_NOUN}\s+){{1,2}}(?:of\s+(?:{_NOUN}\s+){{1,2}})?(?={_OPERATION}\s)",
    re.IGNORECASE,
)
_PRODUCT = re.compile(
    rf"\b(N\d+)\s+(?:{_NOUN}\s+){{1,2}}of\s+(?:{_ARTICLE})?(N\d+)\b(?!\s*(?:%|percent))",
    re.IGNORECASE,
)
_PRICE = re.compile(
    rf"\b(N\d+)\s+(?:(?:{_NOUN}\s+){{1,3}}(?:of\s+(?:{_NOUN}\s+){{1,2}})?|of\s+(?:{_NOUN}\s+){{1,2}})"
    r"(?:(?:this|last|that|in\s+the|over\s+the)\s+(?:day|week|month|quarter|year|period)\s+)?"
    rf"(?:at|for|costing|@)\s+[$£€]?\s*(N\d+)\s*[$£€]?\s+"
    r"(?:each|apiece|(?:per|an?)\s+[a-z]+)\b",
    re.IGNORECASE,
)
# "plus a standing charge of 0.45 a day", "minus the delivery fee of 4": the words naming an
# amount added or taken off, between the operator and its number (the parser divided by it).
_NAMED_CHARGE = re.compile(
    r"\b(plus|minus|and|less)\s+(?:an?|the|my|our)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:charge|fee|cost|price|deposit|tip|tax|surcharge|payment|bonus|discount)\s+of\s+(?=N\d)",
    re.IGNORECASE,
)
# "0.53 a day for 30 days", "35 a day for 4 days": a rate times the count of its units (the
# parser divided the rate by the count, or added them).
_RATE_FOR = re.compile(
    r"\b(N\d+)\s*[$£€]?\s+(?:an?|per|each)\s+(day|night|week|month|year|hour|minute|mile|km"
    r"|kilomet(?:er|re)|person|head|guest|kwh|unit)\s+for\s+(?:(?:the|a)\s+)?(N\d+)\s+\2s?\b",
    re.IGNORECASE,
)
# "3 bags at 4.75 each and 2 of manure at 6.20 each": two priced amounts bought, a sum (the
# parser multiplied all four numbers).
_PRICES_AND = re.compile(r"(N\d+ \* N\d+)\s*,?\s+and\s+(?=N\d+ \* N\d+)")
# "how many 250 ml glasses in 2000 ml": how many times the first amount goes into the second.
_HOW_MANY_IN = re.compile(
    rf"\bhow\s+many\s+(N\d+)\s+(?:{_NOUN}\s+){{0,3}}(?:(?:can|will|would|do)\s+(?:i\s+|you\s+|we\s+)?"
    rf"(?:fit|get|pour|make|cut|fill)\s+)?(?:are\s+|fit\s+)?(?:in|into|from|out\s+of)\s+"
    rf"(?:{_ARTICLE})?(N\d+)\b",
    re.IGNORECASE,
)
# "double N0 then add N1": the verb doubles N0 alone, as "N0 doubled then add N1" says.
_SCALE_VERB = re.compile(r"\b(doubl|halv|tripl)e\s+(?:the\s+)?(N\d+)\b(?=\s*(?:,|then|and))", re.I)
_DIFFERENCE = re.compile(r"\bdifference\s+(?:between|of)\s+N(\d+)\s+and\s+N(\d+)\b", re.I)
# "if 5 pens cost 7.50, how much is one pen / are 3 pens": the price of one, times the count
# asked about. Written whole as symbols, which are read without the model (``symbolic``).
_UNIT_PRICE = re.compile(
    rf"^(?:if\s+)?(?P<count>N\d+)\s+(?:{_NOUN}\s+){{1,3}}(?:cost|costs|come\s+to|sell\s+for|are"
    rf"|is)\s+[$£€]?\s*(?P<price>N\d+)\s*[$£€]?\s*[,.;]?\s*(?:so\s+|then\s+)?how\s+much\s+"
    rf"(?:is|are|does|do|would|will|for)\s+(?:(?P<asked>N\d+)|an?|each)(?:\s+{_NOUN})*\s*"
    r"(?:cost\s*)?\??\s*$",
    re.IGNORECASE,
)
# "320 km using 24 litres, km per litre": the first amount over the second, when the rate asked
# for names their two units.
_RATE = re.compile(
    r"^(?P<head>.*?)(?P<a>N\d+)\s+(?P<ua>[a-z]+)\b(?P<mid>.*?)(?P<b>N\d+)\s+(?P<ub>[a-z]+)\b"
    r"[\s,.;]*(?:(?:so\s+)?(?:how\s+many|what(?:'s|\s+is)?(?:\s+the)?)\s+)?"
    r"(?P<x>[a-z]+)\s+(?:per|an?|each)\s+(?P<y>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
# "a book costs 12 dollars and I buy 3, what do I pay": the price of one times the count bought.
_PRICE_TIMES = re.compile(
    rf"^(?:if\s+)?(?:a|an|one|each)\s+(?:{_NOUN}\s+){{1,3}}(?:costs?|is|sells\s+for)\s+[$£€]?\s*"
    rf"(?P<a>N\d+)\s*[$£€]?\s*(?:{_NOUN}\s+)?[,.;]?\s*(?:and\s+|so\s+)?(?:if\s+)?(?:i|we|you|he|she"
    rf"|they|[a-z]+)\s+(?:buys?|bought|gets?|orders?|ordered|needs?|wants?|takes?)\s+(?P<b>N\d+)\b"
    r"(?:(?!N\d).)*\b(?:pay|cost|total|spend|owe|how\s+much)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a car uses 6 litres per 100 km, how many litres for 350 km": the rate scaled to the amount.
_PER_AMOUNT = re.compile(
    r"(?P<a>N\d+)\s+(?P<ua>[a-z]+)\s+(?:per|every|each|for\s+every|a)\s+(?P<b>N\d+)\s+"
    r"(?P<ub>[a-z]+)\b(?:(?!N\d).)*?\b(?:for|in|over|on|to\s+(?:go|cover|drive|travel)"
    r"|(?:trip|journey|distance|drive|route|ride)\s+(?:is|of))\s+(?:an?\s+)?(?P<c>N\d+)\s+"
    r"(?P<uc>[a-z]+)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "travels 180 km in 2 hours, what is its speed": distance over time.
_SPEED = re.compile(
    r"\b(?P<a>N\d+)\s*(?:km|kilomet(?:er|re)s?|miles?|mi|m|met(?:er|re)s?)\s*\)?\s+in\s+(?P<b>N\d+)\s*"
    r"(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s)\b(?:(?!N\d).)*\b(?:speed|how\s+fast|velocity)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "ran 10 km in 47 minutes, what's my pace": minutes over distance.
_PACE = re.compile(
    r"\b(?P<a>N\d+)\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\s*\)?\s+in\s+(?P<b>N\d+)\s*"
    r"(?:minutes?|mins?)\b(?:(?!N\d).)*\bpace\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "the pool is 25 m long and I swam 64 lengths, how far is that": a length times the count.
_LENGTHS = re.compile(
    r"\b(?:pool|lane|track|lap|length)\s+(?:is|was|measures)\s+(?P<a>N\d+)\s*(?:m|metres?|meters?"
    r"|yards?|yds?|ft|feet)\b(?:\s+long)?(?:(?!N\d).)*?\b(?P<b>N\d+)\s+(?:lengths|laps)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "7 for 9 people over 12 months", "62 for 2 adults": a price per head times the heads (and
# the periods); never when the words share it out.
_PER_HEAD = (
    r"^(?!.*\b(?:split|share|shared|between|divided|each|per\s+person|among)\b)(?:(?!N\d).)*?"
    r"(?P<a>N\d+)\s*[$£€]?\s+(?:be\s+)?for\s+(?P<b>N\d+)\s+(?:people|persons|users|adults"
    r"|guests|members|kids|children|seats|licen[cs]es|pupils|students)\b"
)
_PER_HEAD_PERIODS = re.compile(
    _PER_HEAD + r"\s+(?:over|for)\s+(?P<c>N\d+)\s+(?:months?|weeks?|days?|years?|nights?)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
_PER_HEAD_ONLY = re.compile(_PER_HEAD + r"(?:(?!N\d).)*$", re.IGNORECASE)
# "2500 a month, how much is that in a year": an amount per period, over a longer period.
_PERIODS = {
    ("minute", "hour"): 60, ("hour", "day"): 24, ("day", "week"): 7, ("day", "year"): 365,
    ("week", "year"): 52, ("month", "year"): 12, ("hour", "week"): 168,
}  # fmt: skip
_PER_PERIOD = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s*[$£€]?\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+(?P<p>minute|hour|day"
    r"|week|month)\b(?:(?!N\d).)*\b(?:in|per|over|for|each|every|a)\s+(?:a\s+|an\s+|one\s+|the\s+|whole\s+"
    r"|full\s+)*(?P<q>hour|day|week|month|year)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a box weighs 12 kg, what do 15 boxes weigh": what one weighs (costs, holds), times the count.
_EACH_TIMES = re.compile(
    r"^(?:if\s+)?(?:a|an|one|each)\s+(?P<noun>[a-z]+)\s+(?:weighs|costs|holds|contains|is|uses"
    r"|takes|lasts|needs)\s+[$£€]?\s*(?P<a>N\d+)\b(?:(?!N\d).)*?\b(?P<b>N\d+)\s+(?P=noun)(?:e?s)?\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a pizza costs 18 and we split it between 4": the amount over the people sharing it.
_SPLIT_IT = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\b(?:(?!N\d).)*?\b(?:(?:split|share)\w*\s+(?:(?:it|that|this"
    r"|the\s+(?:bill|cost|total|price|amount|sum))\s+)?|divide\w*\s+(?:it|that|this"
    r"|the\s+(?:bill|cost|total|price|amount|sum))\s+)(?:evenly\s+|equally\s+)?(?:between|among"
    r"|amongst|by|across)\s+(?P<b>N\d+)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a rectangle is 12 m by 8.5 m, what's the area": length times width.
_AREA = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s*(?:[a-z]+\s+)?(?:by|x|×)\s+(?P<b>N\d+)\b(?:(?!N\d).)*\barea\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "saved 2400 over 8 months, how much per month": the amount over the periods.
_OVER_PERIODS = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)(?:(?!N\d).)*?\b(?:over|in|across|for)\s+(?P<b>N\d+)\s+"
    r"(?P<u>[a-z]+?)s?\b(?:(?!N\d).)*\b(?:per|a|each|every)\s+(?P=u)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "18.50 an hour, 37.5 hours a week, how much weekly": the hourly rate times the hours.
_HOURLY = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s*(?:[a-z$£€]+\s+)?(?:an?|per)\s+hour\b(?:(?!N\d).)*?"
    r"(?P<b>N\d+)\s*(?:hours?|hrs?|h)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a jacket costs 120 and it's 35% off, what do I pay": the price less its discount.
_DISCOUNTED = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)(?:(?!N\d).)*?(?P<b>N\d+)\s*(?:%|percent)\s+(?:off|discount)\b"
    r"(?:(?!N\d).)*\b(?:pay|cost|price|total)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "the price went from 40 to 52, what's the percent increase": the change over the start.
_PERCENT_CHANGE = re.compile(
    r"^(?:(?!N\d).)*\bfrom\s+(?:[$£€]\s*)?(?P<a>N\d+)\s*(?:[a-z$£€]+\s+)?to\s+(?:[$£€]\s*)?"
    r"(?P<b>N\d+)\b"
    r"(?:(?!N\d).)*\b(?:percent(?:age)?|%)\s*(?P<way>increase|decrease|change|rise|drop|fall|raise"
    r"|gain|growth|cut|loss)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "bought 3 packs at 2.49 a pack and paid with a 20, change?": what was given less the cost.
_CHANGE_BACK = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)(?:(?!N\d).)*?\b(?:at|for)\s+(?:[$£€]\s*)?(?P<b>N\d+)\s*[$£€]?\s*"
    r"(?:each|apiece|an?\s+[a-z]+|per\s+[a-z]+)\b(?:(?!N\d).)*?\bpa(?:id|y)\s+with\s+(?:an?\s+)?"
    r"(?:[$£€]\s*)?(?P<c>N\d+)\b(?:(?!N\d).)*\bchange\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "250 g flour for 12 cookies, I want to make 30, how much flour": the recipe scaled.
_SCALED = re.compile(
    r"(?P<a>N\d+)\s*[a-z]*\s+(?:of\s+)?[a-z]+\s+(?:for|makes?|serves?|feeds?)\s+(?P<b>N\d+)\s+"
    r"[a-z]+\b(?:(?!N\d).)*?\b(?:make|for|serve|feed|need|want)\w*\s+(?:to\s+(?:make|serve|feed)"
    r"\s+)?(?P<c>N\d+)\b(?:(?!N\d).)*\bhow\s+(?:much|many)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a recipe for 4 people uses 300 g pasta, how much for 6 people": the same, servings first.
_SCALED_FOR = re.compile(
    r"^(?:(?!N\d).)*\bfor\s+(?P<b>N\d+)\s+(?P<u>[a-z]+)\b(?:(?!N\d).)*?(?P<a>N\d+)(?:(?!N\d).)*?"
    r"\bfor\s+(?P<c>N\d+)\s+(?P=u)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "banana bread for 8 needs 280 g flour, I'm baking for 14, how much flour": a recipe's amount
# for some people, a cook for others (no unit word after the counts, as "_SCALED_FOR" needs).
_SCALED_COOK = re.compile(
    r"^(?:(?!N\d).)*\bfor\s+(?P<b>N\d+)\s+(?:(?:people|persons|servings|portions|guests)\s+)?"
    r"(?:needs?|takes?|uses?|calls\s+for|wants?|requires?)\s+(?P<a>N\d+)\b(?:(?!N\d).)*?"
    r"\b(?:baking|cooking|making|feeding|serving|catering|it'?s|is)(?:\s+(?:it|this|that|them))?"
    r"\s+for\s+(?P<c>N\d+)\b"
    r"(?:(?!N\d).)*\bhow\s+(?:much|many)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "drove 300 miles on 10 gallons, what's the mpg": miles over gallons.
_MPG = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s*(?:miles?|mi)\b(?:(?!N\d).)*?(?P<b>N\d+)\s*(?:gallons?|gal)\b"
    r"(?:(?!N\d).)*\bmpg\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
_ECONOMY = r"(?:mpg|miles?\s+(?:per|a|to\s+the)\s+gallon|km\s+(?:per|a)\s+lit(?:re|er))"
# "my car does 48 mpg, how far can i go on 9 gallons": the rate times the fuel.
_MPG_RANGE = re.compile(
    rf"^(?:(?!N\d).)*(?P<a>N\d+)\s*{_ECONOMY}\b(?:(?!N\d).)*?(?P<b>N\d+)\s*(?:gallons?|gal"
    r"|lit(?:re|er)s?)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "road trip is 460 miles and the car gets 31 mpg. how many gallons": the distance over the rate.
_MPG_FUEL = re.compile(
    rf"^(?:(?!N\d).)*(?P<a>N\d+)\s*(?:miles?|mi|km|kilomet(?:re|er)s?)\b(?:(?!N\d).)*?"
    rf"(?P<b>N\d+)\s*{_ECONOMY}(?:(?!N\d).)*\bhow\s+(?:many|much)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "petrol is 1.52 a litre and I put in 38 litres. how much was that": the price times the amount.
_PRICE_THEN_AMOUNT = re.compile(
    r"^(?:(?!N\d).)*(?P<p>N\d+)\s*(?:a|an|per|/)\s*(?P<u>lit(?:re|er)|gallon|kg|kilo|pound|lb)\b"
    r"(?:(?!N\d).)*?(?P<a>N\d+)\s*(?P=u)s?\b(?:(?!N\d).)*\b(?:how\s+much|cost|pay|total)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a 60 liter tank fills at 4 liters a minute, how long to fill it": the amount over the rate.
_FILL_TIME = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s*(?P<u>[a-z]+?)s?\b(?:(?!N\d).)*?\b(?:at|by)\s+(?P<b>N\d+)\s*"
    r"(?P=u)s?\s+(?:a|an|per|each)\s+(?:second|minute|hour|day)\b(?:(?!N\d).)*\bhow\s+long\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "I have 300 saved and put away 45 a week, how much after 26 weeks": the start plus the
# amount per period times the periods.
_SAVINGS = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)(?:(?!N\d).)*?\b(?:put(?:ting)?\s+(?:away|aside|in)|sav(?:e|es|ing)"
    r"|add(?:s|ing)?|deposit(?:s|ing)?|pay(?:s|ing)?\s+in)\s+(?:[$£€]\s*)?(?P<b>N\d+)\s*[$£€]?\s*"
    r"(?:a|an|per"
    r"|each|every)\s+(?P<u>day|week|month|year)\b(?:(?!N\d).)*?\b(?:after|in|for|over)\s+"
    r"(?P<c>N\d+)\s+(?P=u)s?\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "take away 25% of 225": 225 less a quarter of it (the calculator would take the quarter).
_TAKE_AWAY_SHARE = re.compile(
    r"^\W*(?:take\s+away|knock\s+off|deduct|remove|take\s+off)\s+(?P<p>N\d+)\s*(?:%|percent)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?P<a>N\d+)\W*$",
    re.IGNORECASE,
)
# "5 workers finish a job in 6 hours, how long would 3 workers take": the same work shared by
# fewer or more hands takes the workers times the time over the new number of workers.
_WORKERS = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s+(?P<w>[a-z]+?)s?\b(?:(?!N\d).)*?\b(?P<b>N\d+)\s*(?:hours?|hrs?"
    r"|days?|minutes?|mins?|weeks?)\b(?:(?!N\d).)*?\bhow\s+(?:long|many\s+(?:hours|days|minutes"
    r"|weeks))\b(?:(?!N\d).)*?(?P<c>N\d+)\s+(?P=w)s?\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "{t1} 8% sales tax", "719.20 plus 8% tax": an amount with a charge on top of it.
_WITH_CHARGE = re.compile(
    r"^\W*(?:[$£€]\s*)?(?P<a>N\d+)\s*[$£€]?\s*(?:,\s*)?(?:plus\s+|with\s+|and\s+|\+\s*|add\s+)?"
    r"(?:(?:a|an)\s+)?(?P<p>N\d+)\s*(?:%|percent)\s*(?:sales\s+)?(?:tax|vat|tip|gratuity"
    r"|service(?:\s+charge)?)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "3 shirts at 19.99 each and a 15% off coupon, what do I pay": the count times the price, less
# the share off.
_COUNT_AT_PRICE_OFF = re.compile(
    r"^(?:(?!N\d).)*(?P<a>N\d+)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:at|for)\s+(?:[$£€]\s*)?(?P<b>N\d+)"
    r"\s*[$£€]?\s*(?:each|apiece|a\s+piece|per\s+[a-z]+|a\s+[a-z]+)\b(?:(?!N\d).)*?(?P<p>N\d+)\s*"
    r"(?:%|percent)\s+(?:off|discount)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "carpet costs $3.25 per square foot, the room is 14 by 11 feet": the price times the area.
_PRICE_PER_AREA = re.compile(
    r"^(?:(?!N\d).)*(?:[$£€]\s*)?(?P<p>N\d+)\s*[$£€]?\s*(?:per|a|/)\s*(?:square|sq\.?)\s*"
    r"(?:foot|feet|ft|met(?:er|re)s?|m|yards?|yd)\b(?:(?!N\d).)*?(?P<a>N\d+)\s*(?:[a-z]+\s*)?"
    r"(?:by|x|×)\s*(?P<b>N\d+)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "I save $125 a month, how long until I have $3000": the target over the amount per period;
# "paying off $2,400 with $150 monthly payments, how many months": the debt over the payment.
_PERIODS_TO_TARGET = re.compile(
    r"^(?:(?!N\d).)*\b(?:sav(?:e|es|ing)|put(?:ting)?\s+(?:away|aside))\s+(?:[$£€]\s*)?(?P<b>N\d+)"
    r"\s*[$£€]?\s*(?:a|an|per|each|every)\s+(?:day|week|month|year)\b(?:(?!N\d).)*?\b(?:how\s+long"
    r"|how\s+many\s+(?:days|weeks|months|years))\b(?:(?!N\d).)*?(?:[$£€]\s*)?(?P<a>N\d+)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
_PAYING_OFF = re.compile(
    r"^(?:(?!N\d).)*\b(?:pay(?:ing)?\s+off|owe|repay(?:ing)?)\b(?:(?!N\d).)*?(?:[$£€]\s*)?"
    r"(?P<a>N\d+)(?:(?!N\d).)*?(?:[$£€]\s*)?(?P<b>N\d+)\s*[$£€]?\s*(?:a\s+month|per\s+month"
    r"|monthly|each\s+month|every\s+month)(?:(?!N\d).)*\bhow\s+(?:many\s+months|long)\b"
    r"(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a loan of $5,000 at 6% simple interest per year for 3 years": the interest, or with "total
# repaid"/"owe in total" the amount and the interest.
_SIMPLE_INTEREST = re.compile(
    r"^(?:(?!N\d).)*(?:[$£€]\s*)?(?P<a>N\d+)(?:(?!N\d).)*?(?P<r>N\d+)\s*(?:%|percent)\s+"
    r"(?:simple\s+)?interest\b(?:(?!N\d).)*?\b(?:for|over)\s+(?P<t>N\d+)\s+years?\b"
    r"(?P<rest>(?:(?!N\d).)*)$",
    re.IGNORECASE,
)


def _repaid(match: re.Match[str]) -> bool:
    """Whether the amount paid back is asked ("repay in total"), not the interest alone."""
    asked = r"\b(?:repa(?:id|y)|pay\s+back|paid\s+back|owe|altogether|total\s+(?:amount|cost))\b"
    return re.search(asked, match["rest"], re.IGNORECASE) is not None


# "I paid $48 for dinner, how much is a 20% tip": the tip alone (a total or a split is asked
# in other words).
_TIP_ASKED = re.compile(
    r"^(?:(?!N\d).)*(?:[$£€]\s*)?(?P<a>N\d+)(?:(?!N\d).)*?\bhow\s+much\s+(?:is|would\s+be|should\s+be"
    r"|do\s+i\s+(?:leave|give|add))\s+(?:for\s+)?(?:a|an|the|my)?\s*(?P<p>N\d+)\s*(?:%|percent)\s+"
    r"(?:tip|gratuity)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "what is 3/8 as a percentage": the share, times 100 ("3 out of 4 as a percentage" the parser
# reads itself).
_AS_PERCENTAGE = re.compile(
    r"^\W*(?:(?:what(?:'s|s|\s+is)|convert|express|write)\s+)?(?P<a>N\d+)\s*(?:/|over)\s*"
    r"(?P<b>N\d+)\s+(?:as|in|to|into)\s+(?:a\s+)?(?:percent(?:age)?|%)\W*$",
    re.IGNORECASE,
)
# "percent change from 80 to 92": the change over the start, the words first.
_CHANGE_FROM_TO = re.compile(
    r"^(?:(?!N\d).)*\b(?:percent(?:age)?|%)\s*(?P<way>increase|decrease|change|rise|drop|fall"
    r"|raise|gain|growth|cut|loss)\s+(?:is\s+it\s+)?from\s+(?:[$£€]\s*)?(?P<a>N\d+)\s*"
    r"(?:[a-z$£€]+\s+)?to\s+(?:[$£€]\s*)?(?P<b>N\d+)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
# "a pizza costs 18.99, I buy 3 and have a 10 dollar coupon": the price times the count, less
# the coupon.
_LESS_COUPON = re.compile(
    r"^(?:(?!N\d).)*\bcosts?\s+(?:[$£€]\s*)?(?P<p>N\d+)\b(?:(?!N\d).)*?\b(?:buy|get|order|need)\s+"
    r"(?P<n>N\d+)\b(?:(?!N\d).)*?(?:[$£€]\s*)?(?P<c>N\d+)\s*(?:dollars?|euros?|pounds?|[$£€])?\s*"
    r"(?:off\s+)?(?:coupon|voucher|gift\s+card|discount)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)


# "0.75 of 920": a share of an amount, written as a decimal.
_DECIMAL_OF = re.compile(r"\b(N\d+)\s+of\s+(?:the\s+)?(N\d+)\b")
# The same said before the operand a step adds to: "add N0 so both days count to N1".
_PURPOSE_BEFORE = re.compile(
    r"\s+so(?:\s+that)?\s+(?:both|it|we|the|each)\b(?:(?!N\d)[^(),])*?(?=\s+(?:to|from)\s+N\d)",
    re.IGNORECASE,
)
# An aside after the question, about the asker and holding no number or arithmetic word: "what
# 13 cubed is, my brain has stopped working today". The parser read "today" as "* 2".
_ASIDE = re.compile(
    r"\s*,\s*(?:my|i|i'm|im|i've|ive|he|she|we|it's|this\s+is|that's|thats|thanks|thx|cheers"
    r"|lol|haha|sorry)\b(?P<aside>(?:(?!N\d)[^,;])*)$",
    re.IGNORECASE,
)
_ARITHMETIC_WORDS = VOCABULARY | {
    "double", "doubled", "half", "halve", "halved", "triple", "add", "added", "then", "round",
    "rounded", "each", "per", "left", "more", "less", "of", "by", "over", "into", "twice", "and",
    "share", "split", "take", "away",
}  # fmt: skip


_ASIDE_IN_BRACKETS = re.compile(r"\s*\((?P<aside>(?:(?!N\d)[^()])*)\)\s*[?.!]*\s*$")


def _without_aside(text: str) -> str:
    """``text`` without a trailing aside that names no number and no arithmetic, after a comma
    or in brackets ("... with 20% off (they emailed me a spring offer)")."""
    found = _ASIDE.search(text) or _ASIDE_IN_BRACKETS.search(text)
    if found is None or not re.search(r"N\d", text[: found.start()]):
        return text
    if set(re.findall(r"[a-z]+", found["aside"].lower())) & _ARITHMETIC_WORDS:
        return text
    return text[: found.start()]


_PURPOSE = re.compile(
    r"""
    (?:
        \s*,?\s+(?:(?:so\s+as|in\s+order)\s+)?to\s+
            (?:include|count|cover|account|make\s+(?:it|sure)|be\s+inclusive)\b
      | \s*,?\s+so(?:\s+that)?\s+(?:both|it|we|the|each)\b
      | \s*,?\s*\(?\s*(?:both\s+ends\s+)?inclusive\s*\)?
    )
    (?:(?!N\d)[^()])*\)?\s*[?.!]?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _share(match: re.Match[str]) -> str:
    return f"{match.group('a') or match.group('b')} / {match.group('n')}"


def _same_unit(a: str, b: str) -> bool:
    """ "litres" and "litre", "miles" and "mile": one unit word, plural or not."""
    return a.lower().rstrip("s") == b.lower().rstrip("s")


def _asks_a_count(match: re.Match[str]) -> bool:
    return match["asked"] is not None


def _units_agree(match: re.Match[str]) -> bool:
    return _same_unit(match["ub"], match["uc"])


def _two_amounts(match: re.Match[str]) -> bool:
    return len(re.findall(r"N\d", match.string)) == 2


def _rate_named(match: re.Match[str]) -> bool:
    """Two amounts, no more, and the rate asked names their two units."""
    return not re.search(r"N\d", match["head"] + match["mid"]) and (
        _same_unit(match["x"], match["ua"]) and _same_unit(match["y"], match["ub"])
    )


def _rises(match: re.Match[str]) -> bool:
    return match["way"].lower() not in ("decrease", "drop", "fall", "cut", "loss")  # -25% is 25


# An age from two years: "how old is a house built in N0 in the year N1", "if I was born in N0,
# how old will I be in N1", "how many years old is a tree planted in N0 by N1".
_AGE = re.compile(
    r"^(?=.*\bhow\s+(?:old|many\s+years(?:\s+old)?)\b)(?:(?!N\d).)*?\b(?:born|built|founded|made"
    r"|opened|started|planted|established|bought|married|set\s+up)\s+(?:in\s+)?(?P<a>N\d+)\b"
    r"(?:(?!N\d).)*?\b(?:in|by)\s+(?:the\s+year\s+)?(?P<b>N\d+)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)
_AGE_BORN_LAST = re.compile(
    r"^(?=.*\bhow\s+old\b)(?:(?!N\d).)*?\b(?:in|by)\s+(?:the\s+year\s+)?(?P<b>N\d+)\b"
    r"(?:(?!N\d).)*?\b(?:born|built|founded|made|opened|started|planted|established)\s+(?:in\s+)?"
    r"(?P<a>N\d+)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)

# An age from a parent's age at a birth: "I'm 27 and my mum was 31 when she had me, how old is
# she", "my son is 8 and I was 30 when he was born. how old am I": the two ages added.
_AGE_AT_BIRTH = re.compile(
    r"^(?=.*\bhow\s+old\b)(?:(?!N\d).)*?(?P<a>N\d+)(?:(?!N\d).)*?\b(?:was|were)\s+(?P<b>N\d+)\s+"
    r"(?:years?\s+old\s+)?when\s+(?:[a-z']+\s+){1,3}?(?:had|born|gave\s+birth)\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)


# Word problems read by their frame, in the order they are tried: the pattern, the program over
# its named slots (``#100`` a number written in), and a check the match must pass.
_FRAMES: tuple[tuple[re.Pattern[str], str, Callable[[re.Match[str]], bool] | None], ...] = (
    (_AGE_AT_BIRTH, "{a} + {b}", None),
    (_AGE, "{b} - {a}", None),
    (_AGE_BORN_LAST, "{b} - {a}", None),
    (_UNIT_PRICE, "{price} / {count} * {asked}", _asks_a_count),
    (_UNIT_PRICE, "{price} / {count}", None),
    (_PRICE_TIMES, "{a} * {b}", None),
    (_PER_AMOUNT, "{a} / {b} * {c}", _units_agree),
    (_EACH_TIMES, "{a} * {b}", None),
    (_SPLIT_IT, "{a} / {b}", None),
    (_AREA, "{a} * {b}", None),
    (_SCALED, "{a} / {b} * {c}", None),
    (_SCALED_FOR, "{a} / {b} * {c}", None),
    (_SCALED_COOK, "{a} / {b} * {c}", None),
    (_MPG, "{a} / {b}", None),
    (_MPG_RANGE, "{a} * {b}", None),
    (_MPG_FUEL, "{a} / {b}", None),
    (_PRICE_THEN_AMOUNT, "{p} * {a}", None),
    (_FILL_TIME, "{a} / {b}", None),
    (_WORKERS, "{a} * {b} / {c}", None),
    (_WITH_CHARGE, "{a} * ( #100 + {p} ) / #100", None),
    (_AS_PERCENTAGE, "{a} / {b} * #100", None),
    (_TIP_ASKED, "{a} * {p} / #100", None),
    (_CHANGE_FROM_TO, "( {b} - {a} ) / {a} * #100", _rises),
    (_CHANGE_FROM_TO, "( {a} - {b} ) / {a} * #100", None),
    (_LESS_COUPON, "{p} * {n} - {c}", None),
    (_COUNT_AT_PRICE_OFF, "{a} * {b} * ( #100 - {p} ) / #100", None),
    (_PRICE_PER_AREA, "{p} * {a} * {b}", None),
    (_PERIODS_TO_TARGET, "{a} / {b}", None),
    (_PAYING_OFF, "{a} / {b}", None),
    (_SIMPLE_INTEREST, "{a} + {a} * {r} / #100 * {t}", _repaid),
    (_SIMPLE_INTEREST, "{a} * {r} / #100 * {t}", None),
    (_SAVINGS, "{a} + {b} * {c}", None),
    (_OVER_PERIODS, "{a} / {b}", None),
    (_HOURLY, "{a} * {b}", None),
    (_CHANGE_BACK, "{c} - {a} * {b}", None),
    (_PER_HEAD_PERIODS, "{a} * {b} * {c}", None),
    (_PER_HEAD_ONLY, "{a} * {b}", _two_amounts),
    (_PACE, "{b} / {a}", _two_amounts),
    (_LENGTHS, "{a} * {b}", _two_amounts),
    (_SPEED, "{a} / {b}", _two_amounts),
    (_RATE, "{a} / {b}", _rate_named),
    (_DISCOUNTED, "{a} * ( #100 - {b} ) / #100", None),
    (_PERCENT_CHANGE, "( {b} - {a} ) / {a} * #100", _rises),
    (_PERCENT_CHANGE, "( {a} - {b} ) / {a} * #100", None),
    (_TAKE_AWAY_SHARE, "{a} * ( #100 - {p} ) / #100", None),
)


# "a 2.5 kg bag of rice costs $7.25, what's the price per kilogram", "a 750 ml bottle costs
# 11.25, price per liter": the price over the amount, in the unit asked for.
_UNIT_WORDS = {
    "g": r"g|grams?|gr",
    "kg": r"kg|kgs|kilos?|kilo\w*",
    "ml": r"ml|millilit\w*",
    "l": r"l|lit(?:er|re)s?|ltrs?",
    "oz": r"oz|ounces?",
    "lb": r"lbs?|pounds?",
}
# How many of the bought unit make one of the asked unit.
_PER_UNIT_FACTOR: dict[tuple[str, str], Fraction] = {
    ("g", "g"): Fraction(1), ("g", "kg"): Fraction(1000), ("kg", "kg"): Fraction(1),
    ("kg", "g"): Fraction(1, 1000), ("ml", "ml"): Fraction(1), ("ml", "l"): Fraction(1000),
    ("l", "l"): Fraction(1), ("l", "ml"): Fraction(1, 1000), ("oz", "oz"): Fraction(1),
    ("oz", "lb"): Fraction(16), ("lb", "lb"): Fraction(1), ("lb", "oz"): Fraction(1, 16),
}  # fmt: skip
_ANY_UNIT = "|".join(_UNIT_WORDS.values())
_PRICE_PER_UNIT = re.compile(
    rf"^(?:(?!N\d).)*(?P<a>N\d+)\s*(?P<u>{_ANY_UNIT})\b(?:(?!N\d).)*?\bcosts?\s+(?:[$£€]\s*)?"
    rf"(?P<p>N\d+)\b(?:(?!N\d).)*?\b(?:price|cost)\s+(?:per|a|for\s+(?:a|one|1))\s+"
    rf"(?P<w>{_ANY_UNIT})\b(?:(?!N\d).)*$",
    re.IGNORECASE,
)


def _unit_key(word: str) -> str | None:
    return next((k for k, spelt in _UNIT_WORDS.items() if re.fullmatch(spelt, word, re.I)), None)


def _price_per_unit(text: str) -> str | None:
    """The price of one of the asked unit, for an amount bought in the same kind of unit."""
    found = _PRICE_PER_UNIT.search(text)
    if found is None:
        return None
    factor = _PER_UNIT_FACTOR.get((_unit_key(found["u"]) or "", _unit_key(found["w"]) or ""))
    if factor is None:
        return None
    if factor == 1:
        return f"{found['p']} / {found['a']}"
    if factor.denominator == 1:
        return f"{found['p']} / {found['a']} * #{factor.numerator}"
    return f"{found['p']} / {found['a']} / #{factor.denominator}"


# "my bill was 84 in jan, 97 in feb and 112 in march, whats the average": three or more amounts
# listed, then their average asked (two could be a distance and a time: a speed).
_AVERAGE_ASKED = re.compile(r"\b(?:average|avg|mean)\b(?:(?!N\d).)*$", re.IGNORECASE)


def _average_of_listed(text: str) -> str | None:
    """The mean of every number of a question that lists three or more and asks their average."""
    slots = re.findall(r"N\d+", text)
    found = _AVERAGE_ASKED.search(text)
    if found is None or len(slots) < 3 or re.search(r"N\d", text[found.start() :]):
        return None
    return f"( {' + '.join(slots)} ) / #{len(slots)}"


def _program(text: str) -> str | None:
    """The whole program of a word problem the module knows, over the masked ``text``'s slots
    and numbers written in as ``#N``; None for other questions."""
    for frame, program, check in _FRAMES:
        found = frame.search(text)
        if found is not None and (check is None or check(found)):
            return program.format_map(found.groupdict())
    shared = (
        _shared_with_extra(text)
        or _after_tax(text)
        or _average_of_listed(text)
        or _price_per_unit(text)
    )
    if shared is not None:
        return shared
    period = _PER_PERIOD.match(text)
    factor = _PERIODS.get((period["p"].lower(), period["q"].lower())) if period else None
    return f"{period['a']} * #{factor}" if period and factor else None  # periods in the longer one


def _written_in(masked: Masked, program: str) -> Masked:
    """``program`` over ``masked``'s numbers, each ``#N`` it writes in added as a slot of its
    own (once per number)."""
    numbers, surfaces = list(masked.numbers), list(masked.surfaces)
    slots: dict[str, str] = {}

    def slot(match: re.Match[str]) -> str:
        if match.group(1) not in slots:
            slots[match.group(1)] = f"N{len(numbers)}"
            numbers.append(Fraction(match.group(1)))
            surfaces.append(match.group(1))
        return slots[match.group(1)]

    text = re.sub(r"#(\d+)", slot, program)
    return Masked(text, tuple(numbers), tuple(surfaces))


def _decimal_of(match: re.Match[str], numbers: tuple[Fraction, ...]) -> str:
    """ "N0 of N1" with N0 between 0 and 1 ("0.75 of 920") is the product; others stay."""
    share = numbers[int(match.group(1)[1:])]
    return f"{match.group(1)} * {match.group(2)}" if 0 < share < 1 else match.group(0)


def apart(tree: Node, masked: Masked) -> Node:
    """``tree`` with every difference the question names ("the difference between N0 and N1")
    taken the larger less the smaller, as people mean it ("the difference between 3.5 and
    10.25" is 6.75): the parser writes N0 - N1 whatever the order. Only a subtraction of exactly
    the two named amounts is turned around."""
    named = {frozenset(map(int, pair)) for pair in _DIFFERENCE.findall(masked.text)}
    if not named:
        return tree

    def turned(node: Node) -> Node:
        if node[0] == "-" and len(node) == 3 and node[1][0] == node[2][0] == "num":
            a, b = node[1][1], node[2][1]
            if frozenset((a, b)) in named and masked.numbers[a] < masked.numbers[b]:
                return ("-", node[2], node[1])
        return (node[0], *(turned(c) if isinstance(c, tuple) else c for c in node[1:]))

    return turned(tree)


_PERCENT_SLOT = re.compile(r"(N\d+)\s*(?:%|percent)", re.IGNORECASE)
_PEOPLE_SLOT = re.compile(
    r"(N\d+)\s+(?:of\s+us|people|persons|friends|guests|ways|colleagues|of\s+them)\b"
    r"|\b(?:between|among|amongst|by)\s+(?:the\s+)?(N\d+)\b",
    re.IGNORECASE,
)
_EXTRA_CHARGE = re.compile(r"\b(?:tip|tax|vat|service(?:\s+charge)?|gratuity)\b", re.I)
_EACH_ASKED = re.compile(r"\b(?:each|per\s+person|apiece|a\s+head|split|share)", re.I)


def _shared_with_extra(text: str) -> str | None:
    """ "4 of us split a bill of 86.40 plus a 15% tip, how much each": the bill with its tip (or
    tax) added, over the people sharing it; None for other questions."""
    slots = re.findall(r"N\d+", text)
    percent, people = _PERCENT_SLOT.search(text), _PEOPLE_SLOT.search(text)
    if len(slots) != 3 or not (percent and people and _EXTRA_CHARGE.search(text)):
        return None
    if not _EACH_ASKED.search(text):
        return None
    rate, count = percent.group(1), people.group(1) or people.group(2)
    rest = [slot for slot in slots if slot not in (rate, count)]
    if len(rest) != 1:
        return None
    return f"{rest[0]} * ( #100 + {rate} ) / #100 / {count}"


_NET_ASKED = re.compile(r"\b(?:take[\s-]*home|after\s+tax|net)\b", re.IGNORECASE)
_YEARLY = re.compile(r"\b(?:a|per|each)\s+year\b|\b(?:annual(?:ly)?|yearly)\b", re.I)
_MONTHLY = re.compile(r"\b(?:monthly|a\s+month|per\s+month|each\s+month)\b", re.I)


def _after_tax(text: str) -> str | None:
    """ "52000 a year with 22% tax, what's the monthly take home": the amount less its tax, over
    twelve when a year's amount is asked per month."""
    slots = re.findall(r"N\d+", text)
    percent = _PERCENT_SLOT.search(text)
    if len(slots) != 2 or percent is None or not re.search(r"\btax", text, re.I):
        return None
    if not _NET_ASKED.search(text):
        return None
    amount = slots[0] if slots[1] == percent.group(1) else slots[1]
    program = f"{amount} * ( #100 - {percent.group(1)} ) / #100"
    return f"{program} / #12" if _YEARLY.search(text) and _MONTHLY.search(text) else program


def word_problem(masked: Masked) -> Masked | None:
    """A word problem the module knows (a unit price, a price or weight times a count, a rate,
    a recipe scaled, a price less a percentage off, a percentage change "from N0 to N1", a bill
    and tip split, pay after tax, an amount per period over a longer one, ...) as a whole
    program of symbols, with any number it needs (100, 12) written in; None for other
    questions. The rest of its words are the story's, so nothing else in them is read as
    arithmetic ("what is its speed in km/h" has no variable h)."""
    program = _program(masked.text)
    return None if program is None else _written_in(masked, program)


# An age told, then worked on by name: "she is 8. what is 4 times her age plus 3".
_TOLD_AGE = re.compile(
    r"^(?P<pre>(?:(?!N\d).)*?)\b(?:(?:she|he|they|my\s+[a-z]+)(?:'s|\s+is|\s+are)|i'm|i\s+am|im)\s+"
    r"(?P<a>N\d+)(?:\s+years?\s+old)?\s*[.,;!]*\s*(?:and\s+|so\s+)?"
    r"(?P<rest>.*?\b(?:her|his|my|their)\s+age\b.*)$",
    re.IGNORECASE,
)
_AGE_NAMED = re.compile(r"\b(?:her|his|my|their)\s+age\b", re.IGNORECASE)
_WORKED_ON = re.compile(
    r"N\d|\b(?:times|twice|double|triple|half|third|quarter|fifth|tenth|plus|minus|divided"
    r"|squared|cubed)\b",
    re.IGNORECASE,
)


def told_age(masked: Masked) -> Masked:
    """ "she is N0. what is N1 times her age plus N2" as "what is N1 times N0 plus N2", its
    slots numbered again in order of appearance; other questions as they are. The parser had
    multiplied all three numbers: it never saw an age told apart from the sum."""
    found = _TOLD_AGE.match(masked.text)
    if found is None or len(_AGE_NAMED.findall(found["rest"])) != 1:
        return masked
    rest = _AGE_NAMED.sub(found["a"], found["rest"])
    if not _WORKED_ON.search(_AGE_NAMED.sub("", found["rest"])):
        return masked  # "she is N0, what's her age in months": nothing worked on it here
    return _renumbered(f"{found['pre']}{rest}", masked)


def _renumbered(text: str, masked: Masked) -> Masked:
    """``text``, holding each slot of ``masked`` once, with the slots renamed in order."""
    order = [int(n) for n in re.findall(r"N(\d+)", text)]
    if sorted(order) != list(range(len(masked.numbers))):
        return masked
    new = {old: k for k, old in enumerate(order)}
    return Masked(
        " ".join(re.sub(r"N(\d+)", lambda m: f"N{new[int(m[1])]}", text).split()),
        tuple(masked.numbers[k] for k in order),
        tuple(masked.surfaces[k] for k in order),
    )


def rephrase(masked: Masked) -> Masked:
    """``masked`` with the rewrites the module lists: a unit price, a price times a count, a
    rate, or an amount per period over a longer one ("N0 a month ... in a year") written whole
    as symbols; otherwise sharing made a division, prices, products of counts and decimal shares
    made products, "how many N0 in N1" and "double N0 then" put as the parser reads them, the
    names of counted things before an operator and number-free purpose tails dropped."""
    whole = word_problem(masked)
    if whole is not None:
        return whole
    masked = told_age(masked)
    text = _SHARE.sub(_share, _without_aside(masked.text))
    text = _NAMED_CHARGE.sub(r"\1 ", text)
    text = _PRICE.sub(r"\1 * \2", text)
    text = _RATE_FOR.sub(r"\1 * \3", text)
    text = _PRICES_AND.sub(r"\1 plus ", text)
    text = _HOW_MANY_IN.sub(r"how many times does \1 go into \2", text)
    text = _SCALE_VERB.sub(r"\2 \1ed", text)
    text = _PRODUCT.sub(r"\1 * \2", text)
    text = _NAMED_AMOUNT.sub(r"\1 ", text)
    text = _DECIMAL_OF.sub(lambda m: _decimal_of(m, masked.numbers), text)
    stripped = _PURPOSE.sub("", _PURPOSE_BEFORE.sub("", text))
    if re.search(r"N\d", stripped):  # never strip a whole question away
        text = stripped
    if text == masked.text:
        return masked
    return Masked(" ".join(text.split()), masked.numbers, masked.surfaces)
