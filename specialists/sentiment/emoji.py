"""Emoji and emoticons spelled as words: the MiniLM vocabulary maps every emoji to [UNK]."""

from __future__ import annotations

import re
import unicodedata

EMOJI_WORDS: dict[str, str] = {
    "😍": "love it",
    "🥰": "love",
    "😘": "kiss love",
    "😊": "happy smile",
    "🙂": "smile",
    "😀": "happy grin",
    "😃": "happy grin",
    "😄": "happy grin",
    "😁": "happy grin",
    "😆": "laughing",
    "😂": "laughing",
    "🤣": "laughing",
    "😅": "nervous laugh",
    "😉": "wink",
    "😎": "cool",
    "🤩": "amazing",
    "😋": "yummy",
    "🥳": "celebration",
    "🎉": "celebration",
    "🎊": "celebration",
    "❤": "love",
    "♥": "love",
    "💕": "love",
    "💖": "love",
    "💗": "love",
    "💓": "love",
    "💘": "love",
    "💯": "perfect",
    "👍": "thumbs up",
    "👌": "great",
    "👏": "applause",
    "🙌": "hooray",
    "🙏": "thank you",
    "💪": "strong",
    "🔥": "fire",
    "✨": "sparkle",
    "⭐": "star",
    "🌟": "star",
    "🏆": "winner",
    "🤗": "hug",
    "😌": "relieved",
    "😡": "angry",
    "😠": "angry",
    "🤬": "furious cursing",
    "😤": "frustrated",
    "😒": "annoyed",
    "🙄": "eye roll",
    "😞": "disappointed",
    "😔": "sad",
    "😟": "worried",
    "😕": "confused",
    "🙁": "frown",
    "☹": "frown",
    "😢": "crying",
    "😭": "sobbing",
    "😩": "weary",
    "😫": "tired",
    "😖": "upset",
    "😣": "upset",
    "😰": "anxious",
    "😱": "scream",
    "😬": "awkward",
    "🤦": "facepalm",
    "💔": "heartbroken",
    "👎": "thumbs down",
    "🤮": "disgusting",
    "🤢": "nauseated",
    "💩": "crap",
    "😷": "sick",
    "🤒": "sick",
    "😴": "sleepy",
    "🥱": "boring",
    "😐": "meh",
    "😑": "meh",
    "🤔": "hmm",
    "🤷": "shrug",
}
EMOTICONS: dict[str, str] = {
    ":)": "smile",
    ":-)": "smile",
    ":]": "smile",
    "=)": "smile",
    ":D": "happy grin",
    ":-D": "happy grin",
    "xD": "laughing",
    "XD": "laughing",
    ";)": "wink",
    "<3": "love",
    ":(": "frown",
    ":-(": "frown",
    ":'(": "crying",
    ">:(": "angry",
    ":/": "unsure",
    ":-/": "unsure",
    "</3": "heartbroken",
}
_EMOTICON = re.compile(
    r"(?<!\S)(" + "|".join(re.escape(e) for e in sorted(EMOTICONS, key=len, reverse=True)) + r")"
    r"(?=\s|$|[.,!?])"
)
_IGNORABLE = {"\ufe0f", "\ufe0e", "\u200d"}


def _emoji_word(char: str) -> str | None:
    """Words for a pictograph: our table, else its Unicode name; ``None`` for ordinary text."""
    if char in EMOJI_WORDS:
        return EMOJI_WORDS[char]
    if unicodedata.category(char) == "So" and ord(char) >= 0x2190:
        return unicodedata.name(char, "").lower() or None
    return None


def normalise(text: str) -> str:
    """Spell emoji and emoticons as words (the encoder maps them all to [UNK])."""
    text = _EMOTICON.sub(lambda m: f" {EMOTICONS[m.group(1)]} ", text)
    out: list[str] = []
    for char in text:
        if char in _IGNORABLE or "\U0001f3fb" <= char <= "\U0001f3ff":  # skin tones, joiners
            continue
        word = _emoji_word(char)
        out.append(f" ({word}) " if word else char)
    return re.sub(r"\s+", " ", "".join(out)).strip()
