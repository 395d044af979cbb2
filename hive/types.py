"""Typed results the API returns and the SDK parses: events, specialists, documents."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from hive.answer import Answer, TaskView, UnsupportedPart


class Submitted(BaseModel):
    """Reply to a query sent with ``wait: false``: poll it or follow its events."""

    query_id: str
    status: str = "running"


class PlanNode(BaseModel):
    """One node of a plan as announced before it runs."""

    id: str
    specialist: str
    input: str
    depends_on: list[str] = Field(default_factory=list)


class PlanView(BaseModel):
    """The task graph of a query, and the parts no specialist serves."""

    nodes: list[PlanNode] = Field(default_factory=list)
    unsupported: list[UnsupportedPart] = Field(default_factory=list)


class _QueryEvent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(description="Position in the event stream; send as Last-Event-ID to resume.")
    query_id: str
    at: float = Field(description="Unix time the orchestrator published the event.")


class PlanEvent(_QueryEvent):
    """The query was planned; ``plan`` is the graph about to run."""

    type: Literal["plan"] = "plan"
    plan: PlanView


class TaskStartedEvent(_QueryEvent):
    """A node was sent to its specialist, with its input after ``{tN}`` substitution."""

    type: Literal["task_started"] = "task_started"
    task_id: str
    input: str


class TaskDoneEvent(_QueryEvent):
    """A node finished with an output."""

    type: Literal["task_done"] = "task_done"
    task: TaskView


class TaskFailedEvent(_QueryEvent):
    """A node failed or ran past its deadline; ``task.error`` says why."""

    type: Literal["task_failed"] = "task_failed"
    task: TaskView


class AnswerEvent(_QueryEvent):
    """The merged answer: always the last event of a query."""

    type: Literal["answer"] = "answer"
    answer: Answer


QueryEvent = Annotated[
    PlanEvent | TaskStartedEvent | TaskDoneEvent | TaskFailedEvent | AnswerEvent,
    Field(discriminator="type"),
]
QUERY_EVENT: TypeAdapter[QueryEvent] = TypeAdapter(QueryEvent)


class ManifestInfo(BaseModel):
    """What a specialist says it does; the planner routes with it."""

    model_config = ConfigDict(extra="allow")

    name: str
    description: str
    examples: list[str] = Field(default_factory=list)
    output_fields: dict[str, str] = Field(default_factory=dict)


class SpecialistInfo(BaseModel):
    """A specialist as it serves now: manifest, live replicas, backlog and recent speed."""

    name: str
    manifest: ManifestInfo
    ready: bool = Field(description="At least one replica sent a heartbeat recently.")
    replicas: int = Field(description="Replicas with a recent heartbeat.")
    configured_replicas: int
    queue_depth: int = Field(description="Tasks waiting or in flight on its stream.")
    p50_latency_ms: float | None = Field(
        default=None, description="Median latency of its recent tasks seen by this API process."
    )
    recent_tasks: int = Field(default=0, description="How many tasks the median is taken over.")


class DocumentInfo(BaseModel):
    """A stored document the ``docs`` specialist answers from."""

    id: str
    chars: int
    version: int | None = Field(
        default=None,
        description="The document set's version once this was stored (when just added): the "
        "docs replicas answer from it once their `version` reaches this.",
    )


class ReplicaIndex(BaseModel):
    """How far one ``docs`` replica has indexed the stored documents."""

    replica: str
    version: int = Field(description="The document set's version it answers from (0: none yet).")
    indexing: int | None = Field(
        default=None, description="The version it is indexing now, if any."
    )
    done_chars: int = Field(default=0, description="Characters indexed of the current run.")
    total_chars: int = Field(default=0, description="Characters the current run indexes.")
    documents: int = Field(default=0, description="Documents it answers from.")
    passages: int = Field(default=0, description="Sentences it answers from.")

    def progress(self, version: int) -> float:
        """How much of ``version`` it has indexed: 1.0 once it answers from it (or a later one),
        its share of characters while indexing it, 0.0 while on an older run."""
        if self.version >= version:
            return 1.0
        if self.indexing is not None and self.indexing >= version and self.total_chars:
            return self.done_chars / self.total_chars
        return 0.0


class ErrorDetail(BaseModel):
    """What went wrong, in words."""

    type: str = Field(description="Stable machine-readable kind, e.g. invalid_plan.")
    message: str


class ErrorBody(BaseModel):
    """The one error shape every endpoint uses."""

    error: ErrorDetail


class SpecialistList(BaseModel):
    """Body of ``GET /v1/specialists``."""

    specialists: list[SpecialistInfo]


class DocumentList(BaseModel):
    """Body of ``GET /v1/documents``."""

    documents: list[DocumentInfo]
    version: int = Field(default=0, description="The document set's current version.")
    replicas: list[ReplicaIndex] = Field(
        default_factory=list, description="Each live docs replica's indexing progress."
    )

    def behind(self, version: int | None = None) -> list[ReplicaIndex]:
        """The live replicas not yet answering from ``version`` (default: the current one)."""
        target = self.version if version is None else version
        return [replica for replica in self.replicas if replica.version < target]
