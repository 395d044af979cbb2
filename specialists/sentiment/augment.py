"""Surface noise a real writer adds: casing, punctuation, filler, typos, emoji, request wrappers."""

from __future__ import annotations

import random
import re

from specialists.sentiment.lexicon import words

FILLERS = words(
    "Honestly,|Tbh|Well,|Ok so|I mean,|Overall,|So|Just saying,|Gotta say,|Not gonna lie,|"
    "Real talk:|Quick review:|Update:|Okay,|Anyway,|Btw|Hmm,|Look,|Frankly,|In short,"
)
SUFFIXES = words("lol|haha|tbh|imo|fr|!!|...|ngl|lmao|for real|honestly")
EMOJI = {
    0: words("😡|😠|😞|😢|😭|👎|💔|🤮|😤|😒|🙄|😩|🤬|😫|🤦|💩"),
    1: words("🤔|📅|📦|☕|🚆|📍|✈️|🏠|🗓️|📌"),
    2: words("😍|😊|🙂|😀|😁|🥰|❤️|👍|🎉|🙌|✨|💯|🔥|😎|🤩|👏|😋|🥳"),
}
HASHTAGS = {
    0: words("#fail|#disappointed|#neveragain|#worst|#annoyed|#ripoff"),
    1: words("#monday|#update|#travel|#work|#news|#reminder"),
    2: words("#blessed|#happy|#love|#winning|#grateful|#bestdayever"),
}
# Requests wrapping the judged text; every one must be undone by parsing.judged_text.
WRAPPERS = words(
    'What is the sentiment of "{t}"?|Is this positive or negative: {t}|'
    "classify the tone: '{t}'|Sentiment: {t}|Analyze the sentiment of this review: {t}|"
    "{t} -- positive, negative or neutral?|How does this sound? {t}|"
    "Tell me the mood of this tweet: {t}|what's the sentiment of {t}|"
    "Can you classify the sentiment of the following text? {t}|“{t}” - positive or negative?|"
    "Determine the polarity: {t}|Is the following positive, negative or neutral? {t}|"
    "sentiment analysis: {t}|Would you say this is positive or negative? “{t}”|"
    "Label the sentiment of this comment — {t}|What's the tone of this message: '{t}'|"
    "Rate the sentiment: {t}|pos or neg? {t}|Give me the sentiment of this sentence: {t}"
)
_WORD = re.compile(r"[A-Za-z]{4,}")


def typo(rng: random.Random, text: str) -> str:
    """One swap, drop, doubling or neighbour slip inside a longer word."""
    found = list(_WORD.finditer(text))
    if not found:
        return text
    match = rng.choice(found)
    word, i = match.group(), rng.randrange(1, len(match.group()) - 1)
    kind = rng.random()
    if kind < 0.3:
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif kind < 0.6:
        new = word[:i] + word[i + 1 :]
    elif kind < 0.8:
        new = word[:i] + word[i] + word[i:]
    else:
        new = word[:i] + rng.choice("aeiounrst") + word[i + 1 :]
    return text[: match.start()] + new + text[match.end() :]


def _case(rng: random.Random, text: str) -> str:
    """Mostly as written; sometimes all lower, all caps, or a lower-case first letter."""
    roll = rng.random()
    if roll < 0.2:
        return text.lower()
    if roll < 0.25:
        return text.upper()
    if roll < 0.32:
        return text[:1].lower() + text[1:]
    return text


def _punctuate(rng: random.Random, text: str) -> str:
    """Vary the final punctuation the way chat and reviews do."""
    roll = rng.random()
    core = text.rstrip(".!? ")
    if roll < 0.2:
        return core
    if roll < 0.3 and text.endswith(("!", ".")):
        return core + rng.choice(["!!", "!!!", "...", "!?"])
    return text


def _decorate(rng: random.Random, text: str, label: int) -> str:
    """Add filler, a chatty suffix, an emoji or a hashtag that agrees with the label."""
    if rng.random() < 0.12:
        filler = rng.choice(FILLERS)
        text = f"{filler} {text[:1].lower()}{text[1:]}"
    if rng.random() < 0.07:
        text = f"{text} {rng.choice(SUFFIXES)}"
    if rng.random() < 0.1:
        text = f"{text} {rng.choice(EMOJI[label]) * rng.choice([1, 1, 2, 3])}"
    if rng.random() < 0.04:
        text = f"{text} {rng.choice(HASHTAGS[label])}"
    return text


def augment(rng: random.Random, text: str, label: int) -> str:
    """Apply writer noise; typos hit about a third of the items."""
    text = _decorate(rng, _punctuate(rng, text), label)
    for _ in range(rng.choice([0, 0, 0, 0, 0, 0, 1, 1, 2])):
        text = typo(rng, text)
    return _case(rng, text)


def wrap(rng: random.Random, text: str, wrappers: list[str]) -> str:
    """Put the text inside a request, as a user asking for its sentiment would."""
    return rng.choice(wrappers).replace("{t}", text)
