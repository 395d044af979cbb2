"""Build eval6/dev6.jsonl and eval6/documents.json from items.py + docs_src.py.

It builds a later set the same way when run by that set's build.py with ``HERE`` (the set's
folder) and ``SET`` (its name, "dev7") given: ``runpy.run_path(this file, init_globals=...)``.

Each item is (query, [node specs], [unsupported spans], "manual tags").  Node ids are
t1..tN in spec order; depends_on is read off the {tK} references in each node's text;
gold values come from the specs in eval2/build_specs.py (imported unchanged, and reading
this set's docs_src.py because this folder is first on sys.path).  Structural and surface
tags are added automatically here; manual tags (typo, filler, self-correction, number-words,
multi-question, nested, currency) come from the item.

The mechanics follow eval3/build.py.  Additions: every docs answer is asserted to occur once,
in one sentence of one document, and quoted texts are asserted to be verbatim in the query.
"""

import json
import os
import re
import sys

HERE = globals().get("HERE") or os.path.dirname(os.path.abspath(__file__))  # the set's folder
SET = globals().get("SET") or "dev6"
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.join(os.path.dirname(HERE), "eval2"))  # the node specs, shared
from build_specs import DOCS, REF, add, doc  # noqa: E402
from items import ITEMS  # noqa: E402

EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2764]")
MANUAL = {
    "typo",
    "filler",
    "self-correction",
    "number-words",
    "multi-question",
    "nested",
    "currency",
}
QUOTED = re.compile(r"'(.+)'|\"(.+)\"|“(.+)”|«(.+)»")


def _sentences(text):
    out = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", line.strip()):
            if s:
                out.append(s)
    return out


SENTENCES = [s for t in DOCS.values() for s in _sentences(t)]


def _depth(nodes):
    """Longest dependency path, counted in nodes."""
    d = {}
    for n in nodes:
        d[n["id"]] = 1 + max((d[r] for r in n["depends_on"]), default=0)
    return max(d.values(), default=0)


def _components(nodes):
    parent = {n["id"]: n["id"] for n in nodes}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for n in nodes:
        for r in n["depends_on"]:
            parent[find(n["id"])] = find(r)
    return len({find(n["id"]) for n in nodes})


def surface_tags(query, quoted):
    """Tags about the wording, computed with the analysed quoted texts removed."""
    bare = query
    for q in sorted(quoted, key=len, reverse=True):
        bare = bare.replace(q, " ")
    tags = set()
    stripped = query.rstrip()
    if not stripped or stripped[-1] not in ".?!":
        tags.add("nopunct")
    letters = [c for c in bare if c.isalpha()]
    if letters and not any(c.isupper() for c in letters):
        tags.add("lower")
    if len(letters) >= 8 and not any(c.islower() for c in letters):
        tags.add("caps")
    if ";" in bare:
        tags.add("semicolon")
    if "\n" in query:
        tags.add("newline")
    if EMOJI.search(bare):
        tags.add("emoji")
    if re.search(r"[?!]{2,}", bare):
        tags.add("extra-punct")
    if re.search(r"(?m)^\s*\d+[.)]\s", query):
        tags.add("numbered")
    if re.search(r"(?m)^\s*[-*•]\s", query):
        tags.add("bulleted")
    return tags


def _check_doc_answer(query, sp):
    text = DOCS[sp.doc_id]
    assert text.count(sp.answer) == 1, ("docs answer not once in its document", query, sp.answer)
    others = [k for k, t in DOCS.items() if k != sp.doc_id and sp.answer in t]
    assert not others, ("docs answer in another document", query, sp.answer, others)
    hits = [s for s in SENTENCES if sp.answer in s]
    assert len(hits) == 1, ("docs answer not in exactly one sentence", query, sp.answer)


def build():
    out = []
    seen = set()
    for idx, item in enumerate(ITEMS):
        query, specs, uns, manual = item
        manual_tags = set(manual.split())
        bad = manual_tags - MANUAL
        assert not bad, (idx, query, bad)
        assert query not in seen, ("duplicate", query)
        seen.add(query)
        env, nodes, expected = {}, [], {}
        quoted = []
        clamp = False
        for k, sp in enumerate(specs):
            tid = f"t{k + 1}"
            val = sp.compute(env)
            env[tid] = val
            expected[tid] = val
            deps = sorted(set(REF.findall(sp.text)), key=lambda r: int(r[1:]))
            for r in deps:
                assert int(r[1:]) <= k, (query, tid, r)
            nodes.append(
                {"id": tid, "specialist": sp.specialist, "input": sp.text, "depends_on": deps}
            )
            if sp.specialist in ("sentiment", "language", "entities") and not deps:
                mo = QUOTED.search(sp.text)
                assert mo, (query, sp.text)
                body = next(g for g in mo.groups() if g)
                assert body in query, ("quoted text not verbatim", query, body)
                quoted.append(body)
            if isinstance(sp, doc):
                _check_doc_answer(query, sp)
            if isinstance(sp, add) and getattr(sp, "clamped", False):
                clamp = True
        for s in uns:
            assert s.lower() in query.lower(), ("unsupported span", query, s)
        tags = set(manual_tags)
        parts = len(nodes) + len(uns)
        tags.add(f"parts{parts}")
        tags.update(f"spec:{n['specialist']}" for n in nodes)
        if len(nodes) == 1 and not uns:
            tags.add("single")
        if nodes and _components(nodes) >= 2:
            tags.add("parallel")
        if any(n["depends_on"] for n in nodes):
            tags.add("chain")
        if _depth(nodes) >= 3:
            tags.add("chain3")
        for k, n in enumerate(nodes):
            if any(int(r[1:]) < k for r in n["depends_on"]):
                tags.add("backref-early")
            if n["specialist"] in ("sentiment", "entities", "language") and any(
                nodes[int(r[1:]) - 1]["specialist"] == "docs" for r in n["depends_on"]
            ):
                tags.add("docs-chain")
        if uns:
            tags.add("unsupported")
            if not nodes:
                tags.add("all-unsupported")
        if clamp:
            tags.add("month-clamp")
        unit_inputs = " ".join(n["input"] for n in nodes if n["specialist"] == "units")
        if re.search(r"\b[kMGT]B\b|\b(?:kilo|mega|giga|tera)bytes?\b", unit_inputs):
            tags.add("data-si")
        if re.search(r"\b[KMGT]iB\b|\b(?:kibi|mebi|gibi|tebi)bytes?\b", unit_inputs):
            tags.add("data-binary")
        tags |= surface_tags(query, quoted)
        out.append(
            {
                "query": query,
                "plan": {"nodes": nodes, "unsupported": [{"text": s} for s in uns]},
                "expected": expected,
                "tags": sorted(tags),
            }
        )
    with open(os.path.join(HERE, f"{SET}.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "documents.json"), "w", encoding="utf-8") as f:
        json.dump(DOCS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} items, {len(DOCS)} documents")


if __name__ == "__main__":
    build()
