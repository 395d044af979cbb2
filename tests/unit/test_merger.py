from hive.answer import TaskView, UnsupportedPart
from orchestrator.merger import answer_status, merge


def view(node_id: str, status: str, **kw: object) -> TaskView:
    return TaskView(id=node_id, specialist="math", input="1+1", status=status, **kw)  # type: ignore[arg-type]


def test_all_done_is_done_and_text_joins_renderings() -> None:
    tasks = [
        view("t1", "done", output={"value": 2, "text": "1 + 1 = 2"}),
        view("t2", "done", output={"value": "Friday", "text": "It is a Friday."}),
    ]
    answer = merge("q1", tasks)
    assert answer.status == "done"
    assert answer.text == "1 + 1 = 2. It is a Friday."


def test_failed_and_skipped_parts_make_a_partial_answer_that_says_why() -> None:
    tasks = [
        view("t1", "done", output={"value": 2, "text": "1 + 1 = 2."}),
        view("t2", "failed", error="deadline exceeded"),
        view("t3", "skipped", error="depends on t2, which did not complete"),
    ]
    answer = merge("q1", tasks)
    assert answer.status == "partial"
    assert "t2 (math) failed: deadline exceeded" in answer.text
    assert "t3 (math) was skipped: depends on t2" in answer.text


def test_nothing_done_is_failed() -> None:
    assert answer_status([view("t1", "failed", error="x")], []) == "failed"


def test_only_unsupported_parts_is_unsupported_with_reason() -> None:
    answer = merge("q1", [], [UnsupportedPart(text="write me a poem", reason="no specialist")])
    assert answer.status == "unsupported"
    assert "write me a poem" in answer.text and "no specialist" in answer.text


def test_done_tasks_plus_unsupported_part_is_partial() -> None:
    unsupported = [UnsupportedPart(text="sing", reason="no specialist")]
    assert (
        answer_status([view("t1", "done", output={"value": 1, "text": "1"})], unsupported)
        == "partial"
    )


def test_unfinished_tasks_mean_running() -> None:
    assert answer_status([view("t1", "done"), view("t2", "running")], []) == "running"
