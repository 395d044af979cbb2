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
_LEFTOVER = re.compile(r"\s*[(\[]\s*[)\]]|^[\s,:;\-–—]+|[\s,:;\-–—]+(?=[?.!]?$)|\s+(?=[?.!,])")


def normalise(question: str) -> str:
    """``question`` without its references to the user's documents as a whole."""
    stripped = _LEFTOVER.sub("", _META.sub(" ", question))
    stripped = " ".join(stripped.split())
    return stripped if any(ch.isalnum() for ch in stripped) else question
