"""The key-word typo fixer shared by the planner and the math specialist."""

from __future__ import annotations

from specialists.spelling import Corrector, edits

TARGETS = ["sentiment", "between", "calculate", "language", "convert", "three"]
KNOWN = ["there", "what", "the", "of", "in", "lisbon", "merkel"]


def test_edits_are_one_slip_away() -> None:
    near = edits("word")
    assert {"wrd", "owrd", "ward", "words"} <= near
    assert "wo" not in near


def test_fixes_only_near_misses_of_key_words() -> None:
    fix = Corrector(TARGETS, KNOWN)
    assert fix.word("sentimnt") == "sentiment"
    assert fix.word("Calcualte") == "Calculate"
    assert fix.word("BETWEN") == "BETWEEN"
    assert fix.word("there") == "there"  # a real word near "three" stays
    assert fix.word("whats") == "whats"  # a known word plus s stays
    assert fix.word("Merkle") == "Merkle"  # near nothing: unchanged
    assert fix.word("cat") == "cat"  # too short to judge


def test_text_keeps_protected_spans() -> None:
    fix = Corrector(TARGETS, KNOWN)
    text = "sentimnt of 'sentimnt betwen us' and languge"
    start = text.index("'")
    end = text.index("'", start + 1) + 1
    assert fix.text(text, keep=[(start, end)]) == "sentiment of 'sentimnt betwen us' and language"


def test_a_slip_near_two_key_words_goes_to_the_one_seen_before_the_next_word() -> None:
    fix = Corrector(["divide", "decide", "by", "which"], KNOWN, pairs=[("divide", "by")])
    assert fix.text("devide by 6") == "divide by 6"
    assert fix.text("devide which") == "devide which"  # no pair says: left as written
    assert Corrector(["divide", "decide"], KNOWN).text("devide by 6") == "devide by 6"
