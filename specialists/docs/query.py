"""Drop the words of a question that point at "my documents" rather than at what is asked.

"According to my notes, when is the launch?" and "when is the launch? (in the files I uploaded)"
ask what "when is the launch?" asks; but "notes", "files" and "uploaded" are rare words in the
passages, so MaxSim and BM25 weight them highly and match them to whatever sentence mentions a
file. Only references to the documents as a whole go: "in the lease" or "per the onboarding
guide" name one document and stay. A fixed phrase list, as no library knows that a question's
"my notes" is the corpus it is asked against.
"""

from __future__ import annotations

import re

_CORPUS = r"(?:notes|documents?|docs|files?|uploads|records|papers)"
_ADDED = (
    r"(?:(?:that|which)\s+)?(?:i(?:'ve| have)?|we(?:'ve| have)?)\s+"
    r"(?:added|uploaded|saved|shared|gave you|sent)"
)
_META = re.compile(
    rf"""
    \b(?:according\s+to|as\s+per|based\s+on|in|from|within|per)\s+(?:my|our|the)\s+{_CORPUS}
        (?:\s+{_ADDED})?\b
    | \b(?:can|could)\s+you\s+(?:please\s+)?(?:check|search|look\s+(?:in|through|at))\s+
        (?:my|our|the)\s+{_CORPUS}\b
    | \b(?:please\s+)?(?:check|search|look\s+(?:up\s+)?in)\s+(?:my|our|the)\s+{_CORPUS}\b
    | \bwhat\s+do(?:es)?\s+(?:my|our|the)\s+{_CORPUS}\s+say(?:\s+about)?\b
    | \bfind\s+(?:where|what)\s+(?:my|our|the)\s+{_CORPUS}\s+(?:mentions?|says?)(?:\s+about)?\b
    | \b{_ADDED}\b
    | \blook\s+up\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "Find the sentence in the launch plan about X" asks for X: the request for a sentence, line or
# passage names no content to retrieve with. A document it names moves to the end ("X in the
# launch plan"), where the rules above drop it if it is the corpus as a whole ("my notes").
_PASSAGE = re.compile(
    r"""
    ^\s*(?:(?:please|hey|ok(?:ay)?|so)[\s,]+)*
    (?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?
    (?:find|fetch|get|grab|pull\s+(?:up|out)|show|give|bring\s+up|quote|retrieve|locate|return)
    \s+(?:me\s+|us\s+)?(?:the|a|an)\s+(?:exact\s+|relevant\s+|specific\s+|one\s+)?
    (?:sentence|line|part|passage|bit|section|paragraph|snippet|excerpt|quote|text)s?
    (?:\s+(?:in|from|of)\s+(?P<doc>(?:my|our|the|this|that)\s+[\w'’\- ]+?))?
    (?:\s*,)?\s+(?:
        about|on|regarding|concerning|covering|mentioning|describing|explaining|with|for
      | that\s+(?:says|mentions|talks\s+about|covers|explains|describes|tells\s+(?:me|us))
      | which\s+(?:says|mentions|talks\s+about|covers|explains|describes)
      | where\s+(?:it\s+)?(?:says|mentions|talks\s+about)
      | where
    )\s+
    """,
    re.IGNORECASE | re.VERBOSE,
)
_LEFTOVER = re.compile(r"\s*[(\[]\s*[)\]]|^[\s,:;\-–—]+|[\s,:;\-–—]+(?=[?.!]?$)|\s+(?=[?.!,])")


def _without_passage_request(question: str) -> str:
    """ "Get the sentence in the plan about who owns X?" -> "who owns X in the plan?"."""
    match = _PASSAGE.match(question)
    if not match:
        return question
    rest = question[match.end() :]
    doc = match.group("doc")
    if doc and rest.strip():
        end = re.search(r"[?.!]*\s*$", rest)
        cut = end.start() if end else len(rest)
        rest = f"{rest[:cut]} in {doc}{rest[cut:]}"
    return rest


def normalise(question: str) -> str:
    """``question`` without its references to the user's documents as a whole."""
    stripped = _LEFTOVER.sub("", _META.sub(" ", _without_passage_request(question)))
    stripped = " ".join(stripped.split())
    return stripped if any(ch.isalnum() for ch in stripped) else question
