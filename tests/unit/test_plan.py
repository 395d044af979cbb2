import pytest
from pydantic import ValidationError

from hive.errors import PlanError
from orchestrator.plan import Plan, TaskNode, render_value, substitute, validate_plan

KNOWN = {"math", "units", "docs"}


def plan(*nodes: tuple[str, str, str, list[str]]) -> Plan:
    return Plan(nodes=[TaskNode(id=i, specialist=s, input=t, depends_on=d) for i, s, t, d in nodes])


def test_valid_plan_returns_graph_with_dependency_edges() -> None:
    graph = validate_plan(
        plan(("t1", "units", "12 km in miles", []), ("t2", "math", "{t1} * 3", [])), KNOWN
    )
    assert list(graph.edges) == [("t1", "t2")]


def test_citing_a_node_adds_the_dependency() -> None:
    node = TaskNode(id="t2", specialist="math", input="{t1} + {t3}")
    assert node.depends_on == ["t1", "t3"]


def test_cycle_is_rejected_with_the_path() -> None:
    cyclic = plan(("t1", "math", "1 + {t2}", []), ("t2", "math", "{t1} + 1", []))
    with pytest.raises(PlanError, match="cycle: t[12] -> t[12] -> t[12]"):
        validate_plan(cyclic, KNOWN)


def test_unknown_specialist_is_rejected_and_known_ones_listed() -> None:
    with pytest.raises(PlanError, match="unknown specialist 'poetry'.*known: docs, math, units"):
        validate_plan(plan(("t1", "poetry", "a poem", [])), KNOWN)


def test_dangling_reference_is_rejected() -> None:
    with pytest.raises(PlanError, match="t1 refers to t9, which is not in the plan"):
        validate_plan(plan(("t1", "math", "{t9} * 2", [])), KNOWN)


def test_self_dependency_and_duplicate_ids_are_rejected() -> None:
    with pytest.raises(PlanError, match="depends on itself"):
        validate_plan(plan(("t1", "math", "2", ["t1"])), KNOWN)
    with pytest.raises(PlanError, match="duplicate task ids: t1"):
        validate_plan(plan(("t1", "math", "2", []), ("t1", "math", "3", [])), KNOWN)


def test_empty_plan_is_rejected() -> None:
    with pytest.raises(PlanError, match="no tasks"):
        validate_plan(Plan(), KNOWN)


def test_bad_node_ids_and_empty_inputs_fail_validation() -> None:
    with pytest.raises(ValidationError):
        TaskNode(id="first", specialist="math", input="1")
    with pytest.raises(ValidationError):
        TaskNode(id="t1", specialist="math", input="")


def test_substitute_writes_upstream_values_and_fields() -> None:
    outputs = {
        "t1": {"value": 7.456454306848007, "unit": "mile"},
        "t2": {"value": "Friday"},
        "t3": {"value": [1, 2]},
        "t4": {"value": 3},
    }
    text = substitute("{t1} * 3, {t2}, {t3}, {t4}, {t1} {t1.unit}", outputs)
    assert text == "7.45645430685 * 3, Friday, [1, 2], 3, 7.45645430685 mile"


def test_substitute_without_value_or_field_raises() -> None:
    with pytest.raises(PlanError, match=r"no value for \{t2\}"):
        substitute("{t2} + 1", {"t1": {"value": 1}})
    with pytest.raises(PlanError, match="t1 has no field 'unit'"):
        substitute("{t1.unit}", {"t1": {"value": 1}})


def test_field_reference_implies_dependency_once() -> None:
    node = TaskNode(id="t2", specialist="units", input="{t1} {t1.unit} to feet")
    assert node.depends_on == ["t1"]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (9460730472580.8, "9460730472580"),  # was '9.46073047258e+12': math read 'e' as a name
        (1.2e-07, "0.00000012"),
        (14.285714285714286, "14.2857142857"),
        (2.0, "2"),
        (3, "3"),
        ("2027-01-01", "2027-01-01"),
    ],
)
def test_values_are_cited_in_plain_digits(value: object, written: str) -> None:
    assert render_value(value) == written
