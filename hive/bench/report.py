"""The benchmark's outputs: ``results.json``, a Markdown summary and PNG plots."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SYSTEMS = ("hive", "serve", "direct")
COLOURS = {"hive": "#d08c00", "serve": "#3b6ea8", "direct": "#6a9955"}


def write(report: dict[str, Any], out: Path) -> list[Path]:
    """Write the JSON, the Markdown and the plots under ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    files = [out / "results.json", out / "summary.md"]
    files[0].write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    files[1].write_text(markdown(report), encoding="utf-8")
    files += plots(report, out)
    return files


def markdown(report: dict[str, Any]) -> str:
    """Tables a reader can paste into BENCHMARKS.md."""
    m = report["machine"]
    lines = [
        f"Run {report['started_at']}: `{report['command']}` on {m['cpus']} CPUs, "
        f"{m['memory_gb']} GiB; load average at start {m['load_avg_start']}, "
        f"at end {m.get('load_avg_end')}.",
        "",
        f"Cold start (process start to first answer): {_kv(report['cold_start_s'], ' s')}. "
        f"Peak RSS of the process tree: {_kv(report['peak_rss_mb'], ' MB')}.",
        "",
        "| system | workload | c | n | err | q/s | p50 ms | p95 ms | p99 ms | compute p50 ms "
        "| overhead/level p50 ms | server overhead/level p50 ms | CPU cores | CPU ms/query |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in report["cells"]:
        lat, ov = c["latency_ms"], c["overhead_ms_per_level"]
        lines.append(
            f"| {c['system']} | {c['workload']} | {c['concurrency']} | {c['n']} | {c['errors']} "
            f"| {c['throughput_qps']} | {lat['p50']} | {lat['p95']} | {lat['p99']} "
            f"| {c['compute_ms_p50']} | {ov['p50']} | {c['server_overhead_ms_per_level_p50']} "
            f"| {_dash(c['cpu_cores'])} | {_dash(c['cpu_ms_per_query'])} |"
        )
    if report.get("ratios"):
        lines += [
            "",
            "| workload | c | p50 Hive/Serve | p99 Hive/Serve | q/s Hive/Serve "
            "| overhead/level Hive/Serve | p50 Hive/direct |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in report["ratios"]:
            lines.append(
                f"| {r['workload']} | {r['concurrency']} "
                f"| {_dash(r.get('latency_p50_hive_over_serve'))} "
                f"| {_dash(r.get('latency_p99_hive_over_serve'))} "
                f"| {_dash(r.get('throughput_hive_over_serve'))} "
                f"| {_dash(r.get('overhead_per_level_p50_hive_over_serve'))} "
                f"| {_dash(r.get('latency_p50_hive_over_direct'))} |"
            )
    if report.get("batching"):
        lines += [
            "",
            "| batch max | batch wait ms | workload | c | q/s | p50 ms | p99 ms | CPU ms/query |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for b in sorted(report["batching"], key=lambda b: (b["concurrency"], b["batch_max"])):
            lines.append(
                f"| {b['batch_max']} | {b['batch_wait_ms']} | {b['workload']} "
                f"| {b['concurrency']} | {b['throughput_qps']} | {b['latency_ms']['p50']} "
                f"| {b['latency_ms']['p99']} | {_dash(b['cpu_ms_per_query'])} |"
            )
    lines += ["", "| target | limit | measured | met |", "|---|---|---|---|"]
    for t in report.get("targets", []):
        met = {True: "yes", False: "**no**", None: "-"}[t["met"]]
        lines.append(f"| {t['target']} | {t['limit']} | {_dash(t['measured'])} | {met} |")
    return "\n".join(lines) + "\n"


def plots(report: dict[str, Any], out: Path) -> list[Path]:
    """Latency by workload, throughput by concurrency, and the batching sweep, as PNGs."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # matplotlib comes with the [train] extra; the JSON is what matters
        return []
    cells = report["cells"]
    written = []
    workloads = list(dict.fromkeys(c["workload"] for c in cells if c["system"] != "direct"))
    conc = sorted({c["concurrency"] for c in cells if c["system"] != "direct"})

    fig, axes = plt.subplots(1, len(workloads), figsize=(3.2 * len(workloads), 3.4), sharey=False)
    for ax, workload in zip(list(getattr(axes, "flat", [axes])), workloads, strict=False):
        for i, system in enumerate(SYSTEMS):
            rows = [c for c in cells if c["system"] == system and c["workload"] == workload]
            if not rows:
                continue
            xs = [conc.index(r["concurrency"]) + (i - 1) * 0.27 for r in rows]
            p50 = [r["latency_ms"]["p50"] for r in rows]
            p99 = [r["latency_ms"]["p99"] for r in rows]
            ax.bar(xs, p50, width=0.25, color=COLOURS[system], label=system)
            ax.scatter(xs, p99, marker="_", s=120, color="black")
        ax.set_xticks(range(len(conc)), [f"c={c}" for c in conc])
        ax.set_yscale("log")
        ax.set_title(workload)
        ax.set_ylabel("latency ms (bar p50, dash p99)")
    fig.legend(*fig.axes[0].get_legend_handles_labels(), loc="upper right")
    fig.tight_layout()
    written.append(_save(fig, out / "latency.png"))

    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    for system in ("hive", "serve"):
        for workload, style in zip(workloads, ("-", "--", ":", "-."), strict=False):
            rows = [c for c in cells if c["system"] == system and c["workload"] == workload]
            if rows:
                ax.plot(
                    [r["concurrency"] for r in rows],
                    [r["throughput_qps"] for r in rows],
                    style,
                    marker="o",
                    color=COLOURS[system],
                    label=f"{system} {workload}",
                )
    ax.set_xscale("log", base=2)
    ax.set_xticks(conc, [str(c) for c in conc])
    ax.set_xlabel("concurrency (closed-loop users)")
    ax.set_ylabel("queries / s")
    ax.legend(fontsize=7)
    fig.tight_layout()
    written.append(_save(fig, out / "throughput.png"))

    if report.get("batching"):
        fig, ax = plt.subplots(figsize=(5.5, 3.4))
        batching = report["batching"]
        configs = sorted({(b["batch_max"], b["batch_wait_ms"]) for b in batching})
        for i, (bmax, wait) in enumerate(configs):
            rows = sorted(
                (b for b in batching if (b["batch_max"], b["batch_wait_ms"]) == (bmax, wait)),
                key=lambda b: b["concurrency"],
            )
            xs = [j + (i - 1) * 0.27 for j in range(len(rows))]
            ax.bar(
                xs,
                [r["throughput_qps"] for r in rows],
                width=0.25,
                label=f"max {bmax}, wait {wait:g} ms",
            )
            ax.set_xticks(range(len(rows)), [f"c={r['concurrency']}" for r in rows])
        ax.set_ylabel("queries / s (mix)")
        ax.legend(fontsize=8)
        fig.tight_layout()
        written.append(_save(fig, out / "batching.png"))
    return written


def _save(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _kv(values: dict[str, Any], unit: str) -> str:
    return ", ".join(f"{k} {v}{unit}" for k, v in values.items()) or "-"


def _dash(value: Any) -> str:
    return "-" if value is None else str(value)
