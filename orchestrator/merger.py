"""The merger: one Answer from the plan's task states, with a text built from each rendering."""

from __future__ import annotations

from collections.abc import Sequence

from hive.answer import Answer, AnswerStatus, TaskView, UnsupportedPart


def answer_status(
    tasks: Sequence[TaskView], unsupported: Sequence[UnsupportedPart]
) -> AnswerStatus:
    """done / partial / failed / unsupported / running, from what each part became."""
    if any(t.status in ("pending", "running") for t in tasks):
        return "running"
    if not tasks:
        return "unsupported" if unsupported else "failed"
    done = sum(t.status == "done" for t in tasks)
    if done == len(tasks) and not unsupported:
        return "done"
    if done == 0:
        return "failed"
    return "partial"


def sentence(task: TaskView) -> str:
    """The line a task contributes to the merged text."""
    if task.status == "done" and task.output is not None:
        text = str(task.output.get("text") or task.output.get("value"))
        return text if text.endswith((".", "!", "?")) else text + "."
    if task.status == "failed":
        return f"{task.id} ({task.specialist}) failed: {task.error}"
    if task.status == "skipped":
        return f"{task.id} ({task.specialist}) was skipped: {task.error}"
    return f"{task.id} ({task.specialist}) is {task.status}."


def merge(
    query_id: str,
    tasks: Sequence[TaskView],
    unsupported: Sequence[UnsupportedPart] = (),
    latency_ms: float | None = None,
    query: str | None = None,
) -> Answer:
    """Build the Answer; the text lists every part so a reader sees what failed and why."""
    lines = [sentence(t) for t in tasks]
    lines += [f"Not answered: {u.text!r} — {u.reason}" for u in unsupported]
    return Answer(
        query_id=query_id,
        status=answer_status(tasks, unsupported),
        text=" ".join(lines),
        tasks=list(tasks),
        unsupported=list(unsupported),
        latency_ms=latency_ms,
        query=query,
    )
