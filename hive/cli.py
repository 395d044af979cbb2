"""The ``hive`` command: run a hive, ask it questions, train its specialists."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from hive.answer import Answer
from hive.client import DEFAULT_URL, APIError, Client
from hive.client_errors import APITimeoutError
from hive.types import (
    AnswerEvent,
    DocumentList,
    PlanEvent,
    QueryEvent,
    TaskDoneEvent,
    TaskFailedEvent,
    TaskStartedEvent,
)

app = typer.Typer(help="Hive: a hive of small specialist models.", no_args_is_help=True)
docs_app = typer.Typer(help="Documents the docs specialist answers from.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")
console = Console()
err_console = Console(stderr=True, soft_wrap=True)  # an error stays one line


def _fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def _load_settings():  # type: ignore[no-untyped-def]
    from hive.settings import Settings

    try:
        return Settings()
    except ValidationError as exc:
        lines = [f"  HIVE_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()]
        raise _fail("invalid settings:\n" + "\n".join(lines)) from None


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


@app.command()
def up() -> None:
    """Run the whole hive in the foreground: Redis, Ray, every specialist, the API."""
    import uvicorn

    from hive.api.app import create_app
    from hive.errors import HiveError
    from hive.stack import local_hive

    settings = _load_settings()
    if not _port_free(settings.host, settings.port):
        raise _fail(f"{settings.host}:{settings.port} is in use; set HIVE_PORT to another port")
    try:
        with local_hive(settings) as hive:
            names = ", ".join(f"{n} x{len(r)}" for n, r in hive.replicas.items())
            console.print(f"[green]replicas ready:[/] {names}")
            console.print(f"redis: {hive.redis_url}")
            console.print(
                f"[bold]Hive API on http://{settings.host}:{settings.port}[/] (Ctrl-C stops)"
            )
            api = create_app(settings, hive.redis_url, hive.manifests)
            uvicorn.run(api, host=settings.host, port=settings.port, log_level="warning")
    except HiveError as exc:
        raise _fail(str(exc)) from None
    console.print("hive stopped")


@app.command()
def serve(
    wait: Annotated[
        float, typer.Option(help="Seconds to wait for `hive deploy` to publish specialists.")
    ] = 120.0,
) -> None:
    """Run the API and orchestrator on an existing Redis, for replicas `hive deploy` placed."""
    from hive.cluster import redis_client, wait_for_manifests
    from hive.errors import HiveError

    settings = _load_settings()
    if settings.redis_url is None:
        raise _fail("hive serve needs HIVE_REDIS_URL; `hive up` runs a whole hive on one machine")
    if not _port_free(settings.host, settings.port):
        raise _fail(f"{settings.host}:{settings.port} is in use; set HIVE_PORT to another port")
    try:
        with redis_client(settings.redis_url) as client:
            manifests = wait_for_manifests(client, wait)
    except HiveError as exc:
        raise _fail(str(exc)) from None
    import uvicorn

    from hive.api.app import create_app

    console.print(f"specialists: {', '.join(manifests)}")
    console.print(f"[bold]Hive API on http://{settings.host}:{settings.port}[/] (Ctrl-C stops)")
    api = create_app(settings, settings.redis_url, manifests)
    uvicorn.run(api, host=settings.host, port=settings.port, log_level="warning")


@app.command()
def deploy(
    min_nodes: Annotated[
        int, typer.Option(min=1, help="Ray nodes to wait for before placing, so replicas spread.")
    ] = 1,
    once: Annotated[
        bool, typer.Option("--once", help="Exit once every replica is ready; they keep running.")
    ] = False,
    remove_on_exit: Annotated[
        bool, typer.Option("--remove-on-exit", help="Kill the replicas when stopped.")
    ] = False,
    ready_timeout: Annotated[
        float, typer.Option(help="Seconds for the nodes to join and every replica to be ready.")
    ] = 300.0,
    check_every: Annotated[float, typer.Option(help="Seconds between checks.")] = 2.0,
) -> None:
    """Place specialist replicas on the Ray cluster at HIVE_RAY_ADDRESS and keep them alive."""
    from hive.errors import HiveError

    settings = _load_settings()
    try:
        from hive.cluster import preflight

        preflight(settings)[2].close()  # clear errors before importing Ray
        from hive.supervisor import deploy_forever

        deploy_forever(
            settings,
            min_nodes=min_nodes,
            ready_timeout_s=ready_timeout,
            every_s=check_every,
            once=once,
            remove_on_exit=remove_on_exit,
            say=lambda line: console.print(line, soft_wrap=True),
        )
    except HiveError as exc:
        raise _fail(str(exc)) from None
    console.print("hive deploy stopped")


@app.command()
def ask(
    text: Annotated[str, typer.Argument(help="The question, e.g. a compound query.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (one event a line).")] = False,
    stream: Annotated[
        bool, typer.Option("--stream", help="Print the plan and every task as it happens.")
    ] = False,
    url: Annotated[
        str, typer.Option(envvar="HIVE_URL", help="Where the hive listens.")
    ] = DEFAULT_URL,
    api_key: Annotated[
        str | None,
        typer.Option(envvar="HIVE_API_KEY", help="Bearer key, when the hive needs one."),
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the answer.")] = 60.0,
) -> None:
    """Ask a running hive and print the answer."""
    try:
        with Client(url, api_key=api_key, timeout=timeout + 5) as client:
            if stream:
                answer = _follow(client.stream(text, timeout_s=timeout), as_json)
            else:
                answer = client.ask(text, timeout_s=timeout)
    except APIError as exc:
        raise _fail(str(exc)) from None
    if stream:
        return
    if as_json:
        typer.echo(json.dumps(answer.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    console.print(_answer_line(answer))
    for task in answer.tasks:
        took = f"{task.latency_ms:.1f} ms" if task.latency_ms is not None else "-"
        console.print(f"  [dim]{task.id} {task.specialist:<10} {task.status:<8} {took}[/]")


def _follow(events: Iterator[QueryEvent], as_json: bool) -> Answer:
    """Print each event the moment it arrives; return the answer that ends the stream."""
    for event in events:
        if as_json:
            typer.echo(event.model_dump_json())
        else:
            console.print(_event_line(event), highlight=False, soft_wrap=True)
        if isinstance(event, AnswerEvent):
            return event.answer
    raise _fail("the event stream ended without an answer")


def _answer_line(answer: Answer) -> str:
    colour = {"done": "green", "partial": "yellow"}.get(answer.status, "red")
    return f"[{colour}]{answer.status}[/] {escape(answer.text)}"


def _event_line(event: QueryEvent) -> str:
    """One line per event: what happened, to which task, how long it took."""
    if isinstance(event, PlanEvent):
        nodes = [
            f"{n.id} {n.specialist}"
            + (f" (after {', '.join(n.depends_on)})" if n.depends_on else "")
            for n in event.plan.nodes
        ]
        skipped = [f"not served: {u.text!r}" for u in event.plan.unsupported]
        return f"[bold]plan[/]    {escape('; '.join(nodes + skipped) or 'nothing to run')}"
    if isinstance(event, TaskStartedEvent):
        return f"[blue]start[/]   {event.task_id} <- {escape(repr(event.input))}"
    if isinstance(event, TaskDoneEvent | TaskFailedEvent):
        task = event.task
        took = f"{task.latency_ms:.1f} ms" if task.latency_ms is not None else "-"
        if isinstance(event, TaskFailedEvent):
            return f"[red]failed[/]  {task.id} {task.specialist} {took}  {escape(task.error or '')}"
        value = (task.output or {}).get("value")
        return f"[green]done[/]    {task.id} {task.specialist} {took}  -> {escape(repr(value))}"
    took = f" ({event.answer.latency_ms:.1f} ms)" if event.answer.latency_ms is not None else ""
    return f"[bold]answer[/]  {_answer_line(event.answer)}{took}"


@app.command()
def train(
    name: Annotated[str, typer.Argument(help="Specialist to (re)build, e.g. math.")],
    quick: Annotated[bool, typer.Option(help="A small, fast run (what CI runs).")] = False,
    out: Annotated[Path | None, typer.Option(help="Write here instead of the package.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Rebuild a specialist's model artifact from its recipe (seeded, with progress)."""
    import importlib

    from specialists.registry import BUILTINS

    known = {*BUILTINS, "planner"}
    if name not in known:
        raise _fail(f"no training recipe for {name!r}; known: {', '.join(sorted(known))}")
    if name == "docs":
        from specialists.docs.export import MODEL_DIR, export

        report = export(out or MODEL_DIR)
    else:
        package = "orchestrator.planner" if name == "planner" else f"specialists.{name}"
        recipe = importlib.import_module(f"{package}.train")
        kwargs = {"quick": quick, "seed": seed} | ({"out_dir": out} if out else {})
        report = recipe.train(**kwargs)
    console.print_json(json.dumps(report, default=str))


@app.command("new-specialist")
def new_specialist(
    name: Annotated[str, typer.Argument(help="Name, e.g. 'tickets'.")],
    parent: Annotated[Path, typer.Option(help="Where to create hive-NAME/.")] = Path("."),
) -> None:
    """Scaffold a pip-installable specialist that trains on your examples and serves ONNX."""
    from hive.errors import ConfigError
    from hive.scaffold import scaffold

    try:
        root = scaffold(name, parent)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    console.print(f"created {root}; next: edit data/train.jsonl, then see {root / 'README.md'}")


@app.command()
def bench(
    quick: Annotated[bool, typer.Option(help="Smoke run (~1 min): 1 s cells, no Serve.")] = False,
    out: Annotated[Path, typer.Option(help="Directory for results.json, plots.")] = Path(
        "bench-out"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report JSON.")] = False,
    concurrency: Annotated[
        str | None, typer.Option(help="Comma-separated closed-loop users, e.g. 1,8,32.")
    ] = None,
    duration: Annotated[float | None, typer.Option(help="Seconds per cell.")] = None,
    requests: Annotated[int | None, typer.Option(help="Queries per cell (instead).")] = None,
    serve: Annotated[
        bool | None, typer.Option(help="Run the Ray Serve baseline (default: not with --quick).")
    ] = None,
    sweep: Annotated[
        bool | None, typer.Option(help="Sweep micro-batch settings (default: not with --quick).")
    ] = None,
) -> None:
    """Latency, throughput, CPU and RSS of Hive against direct calls and Ray Serve."""
    from hive.bench import BenchConfig, run_bench
    from hive.bench.report import write

    config = BenchConfig.quick(out) if quick else BenchConfig(out=out)
    config.serve = config.serve if serve is None else serve
    if sweep is not None:
        config.sweep = BenchConfig().sweep if sweep else []
    if concurrency:
        config.concurrency = [int(c) for c in concurrency.split(",")]
    config.duration_s = duration or config.duration_s
    config.requests = requests
    say = err_console.print if as_json else console.print
    report = run_bench(config, progress=lambda line: say(line, highlight=False))
    files = write(report, out)
    if as_json:
        typer.echo(json.dumps(report, indent=2))
    else:
        console.print((out / "summary.md").read_text(encoding="utf-8"), highlight=False)
        console.print(f"wrote {', '.join(str(f) for f in files)}")


eval_app = typer.Typer(help="Score specialists and the planner.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("planner")
def eval_planner(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    misses: Annotated[int, typer.Option(help="How many wrong plans to show.")] = 10,
    e2e: Annotated[
        str | None, typer.Option(help="Ask every query through the hive at this URL instead.")
    ] = None,
    eval_set: Annotated[
        str,
        typer.Option(
            "--set",
            help="dev, dev2 ... dev7, heldout (never tuned on), or a JSONL path (documents "
            "beside).",
        ),
    ] = "dev",
) -> None:
    """Exact plans, node/edge F1, unsupported P/R and latency on the planner's eval sets."""
    from orchestrator.planner.evaluate import EVAL_SETS, evaluate, evaluate_end_to_end, load_items

    path = EVAL_SETS.get(eval_set, Path(eval_set))
    if not path.is_file():
        raise _fail(f"no eval set {eval_set!r}: use dev, heldout or a JSONL file")
    items = load_items(path)
    # The documents the set's docs questions are about (documents.json next to the set; the
    # held-out set ships none): added to the hive, or shown to the planner, as a user would.
    documents_file = path.parent / "documents.json"
    documents = (
        json.loads(documents_file.read_text(encoding="utf-8"))
        if eval_set != "heldout" and documents_file.is_file()
        else {}
    )
    if e2e is not None:
        with Client(e2e, timeout=120) as client:
            for doc_id, text in documents.items():
                client.add_document(doc_id, text)
            client.wait_indexed()  # else early questions are answered without the documents
            result = evaluate_end_to_end(client, items)
        result["wrong_sample"] = result["wrong_sample"][:misses]
        typer.echo(json.dumps(result, indent=2, default=str))
        return
    from orchestrator.planner.learned import LearnedPlanner
    from specialists.registry import BUILTINS, manifest_of

    planner = LearnedPlanner([manifest_of(name) for name in BUILTINS])
    planner.set_documents(documents)
    report = evaluate(planner, items)
    wrong = report.pop("misses_sample")[:misses]
    if as_json:
        typer.echo(json.dumps(report | {"misses_sample": wrong}, indent=2))
        return
    for key, value in report.items():
        console.print(f"{key:>24}: {value}")
    for miss in wrong:
        console.print(
            f"[yellow]{miss['query']}[/]\n  got  {miss['predicted']}\n  want {miss['gold']}"
        )


@eval_app.command("specialists")
def eval_specialists(
    names: Annotated[list[str] | None, typer.Argument(help="Default: every built-in.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score every specialist on its held-out set, against its peer; size and latency."""
    from hive.evaluation import evaluate_all

    reports = evaluate_all(names)
    if as_json:
        typer.echo(json.dumps(reports, indent=2, default=str))
        return
    from rich.table import Table

    table = Table(
        "specialist", "metric", "score", "n", "target", "peer", "params", "MB", "ms/1", "ms/item@32"
    )
    for r in reports:
        peer = f"{r['peer']} {r['peer_score']:.3f}" if r["peer"] else "-"
        mark = {True: "[green]met[/]", False: "[red]missed[/]", None: ""}[r["met"]]
        table.add_row(
            r["specialist"],
            r["metric"],
            f"{r['score']:.3f} {mark}",
            str(r["n"]),
            str(r["target"]),
            peer,
            f"{r['parameters'] / 1e6:.1f}M",
            str(r["artifact_mb"]),
            str(r["p50_ms_one"]),
            str(r["p50_ms_per_item_batch32"]),
        )
    console.print(table)


URL_OPTION = typer.Option(envvar="HIVE_URL", help="Where the hive listens.")


@docs_app.command("add")
def docs_add(
    files: Annotated[list[Path], typer.Argument(help="Text files; the file name is the id.")],
    url: Annotated[str, URL_OPTION] = DEFAULT_URL,
    wait: Annotated[
        float,
        typer.Option(
            help="Seconds to wait, with a progress bar, for the docs replicas to index "
            "the files (0: return once they are stored)."
        ),
    ] = 600.0,
) -> None:
    """Add (or replace) documents from text files."""
    version = 0
    with Client(url) as client:
        for path in files:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise _fail(f"cannot read {path}: {exc}") from None
            try:
                stored = client.add_document(path.name, text)
            except APIError as exc:
                raise _fail(f"{path}: {exc}") from None
            version = max(version, stored.version or 0)
            console.print(f"added {stored.id} ({stored.chars} chars)")
        if wait > 0 and version:
            try:
                _wait_indexed(client, version, wait)
            except APIError as exc:
                raise _fail(f"stored, but cannot follow the indexing: {exc}") from None


def _wait_indexed(client: Client, version: int, wait_s: float) -> None:
    """Follow the docs replicas with a progress bar until each answers from ``version``."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeElapsedColumn

    columns = ("{task.description}", BarColumn(), TaskProgressColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        bar = progress.add_task("indexing", total=1.0)

        def show(status: DocumentList) -> None:
            progress.update(
                bar,
                completed=min(r.progress(version) for r in status.replicas),
                description=f"indexing in {len(status.behind(version))} of "
                f"{len(status.replicas)} docs replicas",
            )

        try:
            status = client.wait_indexed(version, timeout=wait_s, on_progress=show)
        except APITimeoutError as exc:
            console.print(f"{exc}; `hive docs list` shows how far they are")
            return
    if not status.replicas:
        console.print("no docs replica is running; one indexes the documents as it starts")
        return
    passages = min(r.passages for r in status.replicas)
    console.print(
        f"indexed by {len(status.replicas)} docs replica(s), {passages} sentences to search"
    )


@docs_app.command("list")
def docs_list(url: Annotated[str, URL_OPTION] = DEFAULT_URL) -> None:
    """List the stored documents, and how far each docs replica has indexed them."""
    try:
        with Client(url) as client:
            status = client.index_status()
    except APIError as exc:
        raise _fail(str(exc)) from None
    for doc in status.documents:
        console.print(f"{doc.id}  [dim]{doc.chars} chars[/]")
    if not status.documents:
        console.print("no documents yet; add some with `hive docs add FILE...`")
    for replica in status.replicas:
        fraction = replica.progress(status.version)
        state = "up to date" if fraction == 1.0 else f"indexing, {fraction:.0%}"
        console.print(
            f"[dim]docs replica {escape(replica.replica)}: {state}, "
            f"{replica.documents} documents, {replica.passages} sentences[/]"
        )


@docs_app.command("rm")
def docs_rm(
    doc_id: Annotated[str, typer.Argument(help="Id of the document to delete.")],
    url: Annotated[str, URL_OPTION] = DEFAULT_URL,
) -> None:
    """Delete a document."""
    try:
        with Client(url) as client:
            client.remove_document(doc_id)
    except APIError as exc:
        raise _fail(str(exc)) from None
    console.print(f"removed {doc_id}")


if __name__ == "__main__":
    app()
