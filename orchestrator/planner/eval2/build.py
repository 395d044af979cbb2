"""Build eval2/dev2.jsonl and eval2/documents.json.

Every query, split and node input below was written by hand. Gold values are
never typed: each node carries a small spec and the value is computed here
(sympy for math, pint for units, datetime + dateutil.relativedelta for dates).
Labels for sentiment / language / entities and docs substrings are the
author's judgement.

Run:  .venv/bin/python orchestrator/planner/eval2/build.py
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_specs import REF, add, u  # noqa: E402
from docs_src import DOCS  # noqa: E402
from items import ITEMS  # noqa: E402

QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»|‘[^’]*’")
EMOJI = re.compile("[\U0001f000-\U0001ffff\u2600-\u27bf]")
BIN_UNITS = ("KiB", "MiB", "GiB", "TiB", "kibibyte", "mebibyte", "gibibyte", "tebibyte")
SI_UNITS = ("kB", "MB", "GB", "TB", "kilobyte", "megabyte", "gigabyte", "terabyte")


def auto_tags(query, nodes, unsupported):
    tags = set()
    n = len(nodes)
    parts = n + len(unsupported)
    tags.add(f"parts{parts}")
    for nd in nodes:
        tags.add("spec:" + nd.specialist)
    if unsupported:
        tags.add("unsupported")
        if not nodes:
            tags.add("all-unsupported")
    # dependency structure
    deps = {f"t{i + 1}": sorted(set(REF.findall(nd.text))) for i, nd in enumerate(nodes)}
    if any(deps.values()):
        tags.add("chain")
    depth = {}
    for i in range(n):
        k = f"t{i + 1}"
        depth[k] = 1 + max([depth[d] for d in deps[k]] or [0])
    if depth and max(depth.values()) >= 3:
        tags.add("chain3")
    # connected components
    parent = {k: k for k in deps}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for k, ds in deps.items():
        for d in ds:
            parent[find(k)] = find(d)
    if len({find(k) for k in deps}) >= 2:
        tags.add("parallel")
    if n == 1 and not unsupported:
        tags.add("single")
    for i in range(n):
        k = f"t{i + 1}"
        for d in deps[k]:
            if int(d[1:]) < i:
                # cites a result older than the immediately preceding node
                tags.add("backref-early")
    for i, nd in enumerate(nodes):
        if nd.specialist == "docs" and any(f"t{i + 1}" in ds for ds in deps.values()):
            tags.add("docs-chain")
        if isinstance(nd, add) and getattr(nd, "clamped", False):
            tags.add("month-clamp")
        if isinstance(nd, u):
            us = (nd.src, nd.dst)
            if any(x in us for x in BIN_UNITS):
                tags.add("data-binary")
            if any(x in us for x in SI_UNITS):
                tags.add("data-si")
    outside = QUOTED.sub("", query)
    letters = [c for c in outside if c.isalpha()]
    if letters and not any(c.isupper() for c in letters):
        tags.add("lower")
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        tags.add("caps")
    stripped = EMOJI.sub("", query).rstrip()
    if not stripped.endswith((".", "?", "!", ")", "'", '"')):
        tags.add("nopunct")
    if "\n" in query:
        tags.add("newline")
    if ";" in outside:
        tags.add("semicolon")
    if EMOJI.search(query):
        tags.add("emoji")
    return tags


def build_item(idx, item):
    query, nodes, unsupported, manual = item
    env = {}
    out_nodes = []
    for i, nd in enumerate(nodes):
        nid = f"t{i + 1}"
        deps = sorted(set(REF.findall(nd.text)), key=lambda x: int(x[1:]))
        for d in deps:
            assert int(d[1:]) <= i, (idx, query, nid, d)
        env[nid] = nd.compute(env)
        out_nodes.append(
            {"id": nid, "specialist": nd.specialist, "input": nd.text, "depends_on": deps}
        )
    tags = auto_tags(query, nodes, unsupported) | set(manual.split())
    rec = {
        "query": query,
        "plan": {"nodes": out_nodes, "unsupported": [{"text": t} for t in unsupported]},
        "expected": env,
        "tags": sorted(tags),
    }
    return rec


def main():
    recs = [build_item(i, it) for i, it in enumerate(ITEMS)]
    seen = set()
    for r in recs:
        assert r["query"] not in seen, r["query"]
        seen.add(r["query"])
    with open(os.path.join(HERE, "dev2.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "documents.json"), "w", encoding="utf-8") as f:
        json.dump(DOCS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(recs)} items, {len(DOCS)} documents")


if __name__ == "__main__":
    main()
