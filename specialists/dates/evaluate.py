"""Answer accuracy of the dates specialist on its held-out set (exact value match).

The peer is regular expressions plus dateutil with no model: it finds dates and ``N
days|weeks|months|years``, reads ``before``/``ago``/``minus`` as backwards, and answers between
for two dates, shift for one date and an amount, weekday otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from specialists.evaluation import Score, score_answers

EVAL_DIR = Path(__file__).parent / "eval"
TARGET = 0.97
_DATE = re.compile(
    r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Za-z]{3,9}\.?,? \d{4}"
    r"|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
)
_AMOUNT = re.compile(r"(\d+)\s*(day|week|month|year)s?", re.IGNORECASE)


def is_correct(output: Any, expected: str | int | None) -> bool:
    """Same ISO date, weekday (any case) or day count; a refusal where one is expected."""
    if expected is None:
        return isinstance(output, Exception)
    if isinstance(output, Exception):
        return False
    return str(output.value).strip().lower() == str(expected).strip().lower()


def regex_peer(text: str) -> Any:
    """The rule-based baseline's answer, or an exception when it has none."""
    from specialists.dates.datemath import days_between, parse_date, shift, weekday

    try:
        dates = [parse_date(m) for m in _DATE.findall(text)]
        if len(dates) >= 2:
            return days_between(dates[0], dates[1])
        amount = _AMOUNT.search(text)
        if dates and amount:
            sign = -1 if re.search(r"before|ago|minus|subtract|earlier|back", text, re.I) else 1
            return shift(dates[0], sign * int(amount.group(1)), amount.group(2).lower()).isoformat()
        return weekday(dates[0]) if dates else ValueError("no date")
    except Exception as error:  # any failure of the baseline counts as no answer
        return error


def evaluate(specialist: Any) -> Score:
    """Score every held-out item, the regex peer on the same items, and the bad inputs."""
    return score_answers(
        specialist,
        EVAL_DIR,
        is_correct,
        lambda item: str(regex_peer(item["text"])).lower() == str(item["value"]).lower(),
        metric="answer accuracy (exact)",
        peer="regular expressions + dateutil (no model)",
        target=TARGET,
    )
