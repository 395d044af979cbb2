"""Plans: a DAG of task nodes, validated before anything runs."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from decimal import Decimal

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field, model_validator

from hive.answer import UnsupportedPart
from hive.errors import PlanError

# {t1} cites node t1's value; {t1.unit} one of its output's fields.
REFERENCE = re.compile(r"\{(t\d+)(?:\.([a-z_]+))?\}")
MAX_NODES = 32
MAX_INPUT_CHARS = 4000


class TaskNode(BaseModel):
    """One sub-task: which specialist, on what input, after which other nodes."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^t\d+$", description="t1, t2, ...; cited in inputs as {t1}.")
    specialist: str = Field(min_length=1)
    input: str = Field(min_length=1, max_length=MAX_INPUT_CHARS)
    depends_on: list[str] = Field(default_factory=list)

    def references(self) -> list[str]:
        """Node ids cited in the input as ``{tN}`` or ``{tN.field}``, in order, once each."""
        return list(dict.fromkeys(node_id for node_id, _ in REFERENCE.findall(self.input)))

    @model_validator(mode="after")
    def _citing_implies_depending(self) -> TaskNode:
        # Citing {t1} means waiting for t1; adding the edge here spares plan authors a trap.
        for ref in self.references():
            if ref not in self.depends_on:
                self.depends_on.append(ref)
        return self


class Plan(BaseModel):
    """A query's task graph, plus the parts no specialist serves."""

    model_config = ConfigDict(extra="forbid")

    nodes: list[TaskNode] = Field(default_factory=list, max_length=MAX_NODES)
    unsupported: list[UnsupportedPart] = Field(default_factory=list)

    def graph(self) -> nx.DiGraph:
        """Edges point from a dependency to its dependent."""
        graph = nx.DiGraph()
        for node in self.nodes:
            graph.add_node(node.id)
            graph.add_edges_from((dep, node.id) for dep in node.depends_on)
        return graph

    def node(self, node_id: str) -> TaskNode:
        """The node with this id."""
        return next(n for n in self.nodes if n.id == node_id)


def validate_plan(plan: Plan, known_specialists: Collection[str]) -> nx.DiGraph:
    """Check a plan can run; returns its graph or raises ``PlanError`` saying what is wrong."""
    if not plan.nodes and not plan.unsupported:
        raise PlanError("the plan has no tasks")
    ids = [n.id for n in plan.nodes]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise PlanError(f"duplicate task ids: {', '.join(duplicates)}", node=duplicates[0])
    for node in plan.nodes:
        if node.specialist not in known_specialists:
            known = ", ".join(sorted(known_specialists)) or "none"
            raise PlanError(
                f"task {node.id} names unknown specialist {node.specialist!r} (known: {known})",
                node=node.id,
            )
        for dep in node.depends_on:
            if dep not in ids:
                raise PlanError(
                    f"task {node.id} refers to {dep}, which is not in the plan", node=node.id
                )
            if dep == node.id:
                raise PlanError(f"task {node.id} depends on itself", node=node.id)
    graph = plan.graph()
    if not nx.is_directed_acyclic_graph(graph):
        edges = nx.find_cycle(graph)
        cycle = " -> ".join([edge[0] for edge in edges] + [edges[0][0]])
        raise PlanError(f"the plan has a cycle: {cycle}")
    return graph


def render_value(value: object) -> str:
    """How an upstream value is written into a downstream input."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        text = f"{value:.12g}"  # 12 significant digits, in plain digits: no '9.46e+12', which
        return format(Decimal(text), "f") if "e" in text else text  # no specialist reads
    if isinstance(value, (int, str)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def substitute(text: str, outputs: dict[str, dict[str, object]]) -> str:
    """Replace every ``{tN}`` by node tN's value and ``{tN.field}`` by that output field."""

    def one(match: re.Match[str]) -> str:
        node_id, field = match.group(1), match.group(2) or "value"
        if node_id not in outputs:
            raise PlanError(f"no value for {{{node_id}}} yet", node=node_id)
        if field not in outputs[node_id]:
            raise PlanError(f"{node_id} has no field {field!r} to cite", node=node_id)
        return render_value(outputs[node_id][field])

    return REFERENCE.sub(one, text)
