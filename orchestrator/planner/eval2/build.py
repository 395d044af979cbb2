"""Build eval2/dev2.jsonl and eval2/documents.json.

Every query, split and node input below was written by hand. Gold values are
never typed: each node carries a small spec and the value is computed here
(sympy for math, pint for units, datetime + dateutil.relativedelta for dates).
Labels for sentiment / language / entities and docs substrings are the
author's judgement.

Run:  .venv/bin/python orchestrator/planner/eval2/build.py
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

import pint
import sympy
from dateutil.relativedelta import relativedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_src import DOCS  # noqa: E402
from items import ITEMS  # noqa: E402

UREG = pint.UnitRegistry()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REF = re.compile(r"\{(t\d+)\}")


# ---------------------------------------------------------------- node specs
class Node:
    specialist = None

    def __init__(self, text):
        self.text = text

    def compute(self, env):
        raise NotImplementedError


def _resolve(v, env):
    """A spec operand: literal, or a '{tK}' reference to an upstream gold value."""
    if isinstance(v, str):
        m = REF.fullmatch(v.strip())
        if m:
            return env[m.group(1)]
    return v


def _round_sig(x, sig=10):
    if x == 0:
        return 0.0
    return float(f"{x:.{sig}g}")


def _exact_to_json(r):
    r = sympy.nsimplify(r) if not isinstance(r, sympy.Basic) else r
    r = sympy.simplify(r)
    if r.is_Integer:
        return int(r)
    if r.is_Rational:
        return float(r)
    return float(sympy.N(r, 30))


class m(Node):
    """math: expr is a sympy expression; {tK} are replaced by exact upstream gold values."""
    specialist = "math"

    def __init__(self, text, expr):
        super().__init__(text)
        self.expr = expr

    def compute(self, env):
        def sub(mo):
            return "(" + str(sympy.Rational(repr(env[mo.group(1)]))) + ")"
        e = REF.sub(sub, self.expr)
        val = sympy.sympify(e, rational=True)
        return _exact_to_json(val)


class u(Node):
    """units: value (literal or '{tK}') in unit `src` converted to `dst`."""
    specialist = "units"

    def __init__(self, text, value, src, dst):
        super().__init__(text)
        self.value, self.src, self.dst = value, src, dst

    def compute(self, env):
        v = _resolve(self.value, env)
        v = sympy.Rational(repr(v)) if isinstance(v, float) else sympy.Rational(str(v))
        q = UREG.Quantity(float(v), self.src).to(self.dst).magnitude
        return _round_sig(q)


def _date(v, env):
    v = _resolve(v, env)
    return dt.date.fromisoformat(v)


class wd(Node):
    """dates: weekday of a date (ISO literal or '{tK}')."""
    specialist = "dates"

    def __init__(self, text, date):
        super().__init__(text)
        self.date = date

    def compute(self, env):
        return WEEKDAYS[_date(self.date, env).weekday()]


class add(Node):
    """dates: date + offset; negative numbers mean 'before'. Offsets may be '{tK}'."""
    specialist = "dates"

    def __init__(self, text, date, years=0, months=0, weeks=0, days=0):
        super().__init__(text)
        self.date = date
        self.off = dict(years=years, months=months, weeks=weeks, days=days)

    def compute(self, env):
        d = _date(self.date, env)
        off = {}
        for k, v in self.off.items():
            if isinstance(v, str):
                sign = -1 if v.startswith("-") else 1
                v = sign * _resolve(v.lstrip("-"), env)
            off[k] = int(v)
        res = d + relativedelta(**off)
        self.clamped = (off["months"] or off["years"]) and res.day != d.day
        return res.isoformat()


class btw(Node):
    """dates: absolute number of days between two dates."""
    specialist = "dates"

    def __init__(self, text, d1, d2):
        super().__init__(text)
        self.d1, self.d2 = d1, d2

    def compute(self, env):
        return abs((_date(self.d2, env) - _date(self.d1, env)).days)


class sen(Node):
    specialist = "sentiment"

    def __init__(self, text, label):
        super().__init__(text)
        assert label in ("positive", "negative", "neutral"), label
        self.label = label

    def compute(self, env):
        return self.label


class lang(Node):
    specialist = "language"

    def __init__(self, text, code):
        super().__init__(text)
        self.code = code

    def compute(self, env):
        return self.code


class ent(Node):
    specialist = "entities"

    def __init__(self, text, ents):
        super().__init__(text)
        self.ents = ents

    def compute(self, env):
        return [{"text": t, "type": ty} for t, ty in self.ents]


class doc(Node):
    specialist = "docs"

    def __init__(self, text, doc_id, answer):
        super().__init__(text)
        self.doc_id, self.answer = doc_id, answer

    def compute(self, env):
        assert self.answer in DOCS[self.doc_id], (self.doc_id, self.answer)
        return self.answer


# ------------------------------------------------------------------- tagging
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»|‘[^’]*’")
EMOJI = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF]")
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
    deps = {f"t{i+1}": sorted(set(REF.findall(nd.text))) for i, nd in enumerate(nodes)}
    if any(deps.values()):
        tags.add("chain")
    depth = {}
    for i in range(n):
        k = f"t{i+1}"
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
        k = f"t{i+1}"
        for d in deps[k]:
            if int(d[1:]) < i:
                # cites a result older than the immediately preceding node
                tags.add("backref-early")
    for i, nd in enumerate(nodes):
        if nd.specialist == "docs" and any(f"t{i+1}" in ds for ds in deps.values()):
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
        nid = f"t{i+1}"
        deps = sorted(set(REF.findall(nd.text)), key=lambda x: int(x[1:]))
        for d in deps:
            assert int(d[1:]) <= i, (idx, query, nid, d)
        env[nid] = nd.compute(env)
        out_nodes.append({"id": nid, "specialist": nd.specialist, "input": nd.text,
                          "depends_on": deps})
    tags = auto_tags(query, nodes, unsupported) | set(manual.split())
    rec = {"query": query,
           "plan": {"nodes": out_nodes, "unsupported": [{"text": t} for t in unsupported]},
           "expected": env,
           "tags": sorted(tags)}
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
