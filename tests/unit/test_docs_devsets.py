"""The docs specialist's question sets are answerable as written: every answer is a substring that
occurs once in its own document, and (for the development corpus) in no other document of its
file, so recall@1 can only count the passage that truly holds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from specialists.docs.evaluate import CORPUS_DIR, DEV_DIR, EVAL_DIR, EXTRA_DIR, HARD_DIR
from specialists.evaluation import load_jsonl

SETS = [(DEV_DIR, "questions.jsonl"), (EXTRA_DIR, "questions.jsonl"), (EVAL_DIR, "heldout.jsonl")]


def _check(documents: dict[str, str], items: list[dict[str, str]], *, alone: bool) -> list[str]:
    problems = []
    for item in items:
        text = documents.get(item["doc"])
        if text is None:
            problems.append(f"{item['question']!r}: no document {item['doc']!r}")
        elif text.count(item["answer"]) != 1:
            problems.append(f"{item['question']!r}: answer found {text.count(item['answer'])}x")
        elif alone and any(item["answer"] in t for d, t in documents.items() if d != item["doc"]):
            problems.append(f"{item['question']!r}: answer also in another document")
    return problems


@pytest.mark.parametrize(("directory", "questions"), SETS, ids=lambda v: getattr(v, "name", v))
def test_every_answer_occurs_once_in_its_document(directory: Path, questions: str) -> None:
    documents = json.loads((directory / "documents.json").read_text("utf-8"))
    items = load_jsonl(directory / questions)
    assert len(items) >= 100
    assert _check(documents, items, alone=False) == []


def test_development_corpus_is_ten_files_of_answerable_questions() -> None:
    files = sorted(CORPUS_DIR.glob("p*.json"))
    assert len(files) == 10
    for path in files:
        data = json.loads(path.read_text("utf-8"))
        assert len(data["documents"]) == 8, path.name
        assert len(data["questions"]) >= 150, path.name
        assert _check(data["documents"], data["questions"], alone=True) == [], path.name


def test_harder_corpus_is_eight_files_of_ten_documents() -> None:
    files = sorted(HARD_DIR.glob("*.json"))
    assert [f.stem for f in files] == [f"t{i}" for i in range(1, 9)]
    for path in files:
        data = json.loads(path.read_text("utf-8"))
        assert len(data["documents"]) == 10, path.name
        assert len(data["questions"]) >= 200, path.name
        assert _check(data["documents"], data["questions"], alone=True) == [], path.name


def test_a_misplaced_answer_is_reported() -> None:
    documents = {"a": "The gym opens at 6 am.", "b": "The pool opens at 6 am."}
    items = [{"question": "when does the gym open?", "doc": "a", "answer": "opens at 6 am"}]
    assert _check(documents, items, alone=True) == [
        "'when does the gym open?': answer also in another document"
    ]
    assert _check(documents, items, alone=False) == []
