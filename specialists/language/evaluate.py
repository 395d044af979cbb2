"""Score the language specialist on its held-out set, with py3langid on the same items as peer.

The peer is scored twice: unrestricted (its 140 labels) and restricted to our label set; the
target is the restricted figure. Both peers judge the same extracted text the specialist judges
(the quoted part of a request), which is the stronger peer; on the raw input they score lower.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from specialists.base import Output, Specialist
from specialists.evaluation import Score, load_jsonl, run_all
from specialists.language.langs import CODES
from specialists.language.target import extract_target

HELDOUT = Path(__file__).parent / "eval" / "heldout.jsonl"
_INPUT_KEYS = ("input", "text", "query", "utterance", "prompt", "question")
_EXPECTED_KEYS = ("expected", "label", "language", "lang", "code", "answer", "value", "output")
_REFUSALS = {None, "", "error", "und", "none", "invalid"}


def _field(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` present in a held-out item."""
    for key in keys:
        if key in item:
            return item[key]
    raise KeyError(f"held-out item has none of {keys}: {sorted(item)}")


def expected_code(item: dict[str, Any]) -> str | None:
    """The expected ISO code, or None when the item expects a refusal."""
    value = _field(item, _EXPECTED_KEYS)
    if isinstance(value, dict):
        value = value.get("value", value.get("code"))
    code = None if value is None else str(value).strip().lower()
    return None if code in _REFUSALS else code


def _correct(answer: Any, expected: str | None) -> bool:
    """An output matches its code; a refusal is right only when one is expected."""
    if expected is None:
        return isinstance(answer, Exception)
    return isinstance(answer, Output) and answer.value == expected


def _peer_predictions(texts: list[str], restricted: bool) -> list[str]:
    """py3langid's labels for texts, optionally restricted to our languages."""
    from py3langid import langid

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    if restricted:
        identifier.set_languages(list(CODES))
    return [identifier.classify(text)[0] for text in texts]


def _peer_accuracy(predicted: list[str], expected: list[str | None]) -> float:
    """Peer accuracy; the peer never refuses, so refusal items count as misses."""
    hits = sum(
        p == e or (p == "nb" and e == "no") for p, e in zip(predicted, expected, strict=True)
    )
    return hits / max(len(expected), 1)


def evaluate(specialist: Specialist, path: Path = HELDOUT) -> Score:
    """Accuracy on the held-out items, peer (py3langid) on the same items, and the target."""
    items = load_jsonl(path)
    inputs = [str(_field(item, _INPUT_KEYS)) for item in items]
    expected = [expected_code(item) for item in items]
    answers = run_all(specialist, inputs)
    hits = [_correct(a, e) for a, e in zip(answers, expected, strict=True)]
    targets = [extract_target(text) or text for text in inputs]
    restricted = _peer_accuracy(_peer_predictions(targets, True), expected)
    unrestricted = _peer_accuracy(_peer_predictions(targets, False), expected)
    raw_restricted = _peer_accuracy(_peer_predictions(inputs, True), expected)
    confusions = Counter(
        f"{e}->{a.value if isinstance(a, Output) else 'error'}"
        for a, e, hit in zip(answers, expected, hits, strict=True)
        if not hit
    )
    return Score(
        metric="accuracy",
        score=round(sum(hits) / max(len(hits), 1), 4),
        n=len(items),
        target=round(restricted, 4),
        peer="py3langid (restricted to our labels)",
        peer_score=round(restricted, 4),
        details={
            "peer_unrestricted": round(unrestricted, 4),
            "peer_restricted_on_raw_input": round(raw_restricted, 4),
            "errors": dict(confusions.most_common(30)),
        },
    )


if __name__ == "__main__":
    import json

    from specialists.base import Context
    from specialists.language.specialist import LanguageSpecialist

    found = LanguageSpecialist()
    found.load(Context())
    print(json.dumps(evaluate(found).as_dict(), indent=2, ensure_ascii=False))
