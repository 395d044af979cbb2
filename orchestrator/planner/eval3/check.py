"""Independent validator for a planner eval set (eval3/dev3.jsonl by default, or the JSONL
path given, e.g. eval2/dev2.jsonl) and the documents.json beside it.

It reads only the two output files (not build.py's specs) and checks:
  * JSON validity, keys, ids t1..tN in order, specialists known;
  * every {tK} cited is listed in depends_on and vice versa, refs point backwards;
  * expected keys == node ids, value types per specialist;
  * numbers and dates in node inputs (outside {tK}) occur in the query;
  * unsupported spans occur in the query;
  * docs substrings occur in exactly one sentence of exactly one document;
  * entity spans occur in the node's text (or in the supporting doc sentence);
  * structural tags (partsN, spec:*, chain, unsupported, nested) match the plan;
  * and it RECOMPUTES values where it can parse the node input on its own:
    dates with hand-written month clamping, units with pint from a small alias
    table, math with fractions after rewriting the words into an expression.
Exit status 1 on any error.
"""

import calendar
import datetime as dt
import json
import math
import os
import re
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
SPECIALISTS = {"math", "units", "dates", "sentiment", "entities", "language", "docs"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LANGS = set(
    "en fr de es it pt nl sv da no fi pl cs ru uk el tr ar he hi ja zh ko id vi ro hu".split()
)
ETYPES = {"PERSON", "LOCATION", "ORGANIZATION", "DATE"}
REF = re.compile(r"\{(t\d+)\}")
NUM = re.compile(r"\d+(?:[.,:]\d+)*")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9

errors: list[str] = []


def err(i, msg):
    errors.append(f"line {i + 1}: {msg}")


def sentences(text):
    out = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", line.strip()):
            if s:
                out.append(s)
    return out


# ------------------------------------------------------------ recomputation
def parse_date(s):
    s = s.strip().strip(".,?")
    mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if mo:
        return dt.date(*map(int, mo.groups()))
    mo = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", s)
    if mo and mo.group(2).lower() in MONTHS:
        return dt.date(int(mo.group(3)), MONTHS[mo.group(2).lower()], int(mo.group(1)))
    mo = re.fullmatch(r"([A-Za-z]+) (\d{1,2}),? (\d{4})", s)
    if mo and mo.group(1).lower() in MONTHS:
        return dt.date(int(mo.group(3)), MONTHS[mo.group(1).lower()], int(mo.group(2)))
    return None


DATE_RE = r"(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Za-z]+ \d{4}|[A-Za-z]+ \d{1,2},? \d{4})"
WORDNUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "one hundred": 100,
}


def add_months(d, n):
    y, mth = divmod(d.month - 1 + n, 12)
    y += d.year
    mth += 1
    return dt.date(y, mth, min(d.day, calendar.monthrange(y, mth)[1]))


def recompute_dates(text):
    t = text.strip()
    mo = re.fullmatch(r"(?:what )?weekday (?:of|is) " + DATE_RE, t)
    if mo:
        d = parse_date(mo.group(1))
        return WEEKDAYS[d.weekday()] if d else None
    mo = re.fullmatch(r"days between " + DATE_RE + " and " + DATE_RE, t)
    if mo:
        a, b = parse_date(mo.group(1)), parse_date(mo.group(2))
        return abs((b - a).days) if a and b else None
    pats = [
        (
            r"(one hundred|[\w,]+) (day|week|month|year)s? (after|before) " + DATE_RE,
            ("n", "u", "dir", "d"),
        ),
        (r"add (\w+) (day|week|month|year)s? to " + DATE_RE, ("n", "u", "d")),
        (DATE_RE + r" (plus|minus) (\w+) (day|week|month|year)s?", ("d", "dir", "n", "u")),
    ]
    for pat, names in pats:
        mo = re.fullmatch(pat, t)
        if not mo:
            continue
        g = dict(zip(names, mo.groups(), strict=True))
        d = parse_date(g["d"])
        nn = g["n"].replace(",", "")
        n = int(nn) if nn.isdigit() else WORDNUM.get(nn)
        if d is None or n is None:
            return None
        if g.get("dir") in ("before", "minus"):
            n = -n
        if g["u"] == "day":
            return (d + dt.timedelta(days=n)).isoformat()
        if g["u"] == "week":
            return (d + dt.timedelta(weeks=n)).isoformat()
        if g["u"] == "month":
            return add_months(d, n).isoformat()
        return add_months(d, 12 * n).isoformat()
    return None


UNIT_ALIASES = {
    "kg": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "pounds": "lb",
    "pound": "lb",
    "lb": "lb",
    "lbs": "lb",
    "g": "g",
    "grams": "g",
    "oz": "oz",
    "ounces": "oz",
    "ounce": "oz",
    "stone": "stone",
    "km": "km",
    "miles": "mile",
    "mile": "mile",
    "metres": "m",
    "meters": "m",
    "m": "m",
    "feet": "foot",
    "ft": "foot",
    "cm": "cm",
    "inches": "inch",
    "yards": "yard",
    "fathoms": "fathom",
    "light year": "light_year",
    "°f": "degF",
    "fahrenheit": "degF",
    "f": "degF",
    "°c": "degC",
    "celsius": "degC",
    "k": "kelvin",
    "us gallons": "gallon",
    "gallons": "gallon",
    "litres": "liter",
    "liters": "liter",
    "litre": "liter",
    "ml": "ml",
    "millilitres": "ml",
    "cups": "cup",
    "us cups": "cup",
    "tablespoons": "tablespoon",
    "pints": "pint",
    "quart": "quart",
    "fl oz": "fluid_ounce",
    "us fl oz": "fluid_ounce",
    "km/h": "km/h",
    "m/s": "m/s",
    "mph": "mph",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "square metres": "m**2",
    "m²": "m**2",
    "square feet": "ft**2",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "gib": "GiB",
    "mib": "MiB",
    "tib": "TiB",
    "kib": "KiB",
    "weeks": "week",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "seconds": "second",
    "kcal": "kcal",
    "kj": "kJ",
    "knots": "knot",
    "psi": "psi",
    "bar": "bar",
    "kwh": "kWh",
    "mj": "MJ",
    "teaspoons": "teaspoon",
    "quarts": "quart",
    "c": "degC",
    "kelvin": "kelvin",
    "astronomical unit": "astronomical_unit",
    "tablespoon": "tablespoon",
    "cup": "cup",
    "acre": "acre",
    "kb": "kB",
    "tsp": "teaspoon",
}
_UREG = None


def recompute_units(text):
    global _UREG
    t = text.strip()
    mo2 = re.fullmatch(r"number of (\w+) in ([\d.,]+) (\w+)", t)
    if mo2:
        # "number of weeks in N days": the first unit is the target
        v = float(mo2.group(2).replace(",", ""))
        src, dst = UNIT_ALIASES.get(mo2.group(3)), UNIT_ALIASES.get(mo2.group(1))
    else:
        mo = re.fullmatch(r"convert ([\-\d.,]+|a|[a-z]+) (.+?) (?:to|in) (.+)", t)
        if not mo:
            return None
        num = mo.group(1)
        if num == "a":
            v = 1.0
        elif num in WORDNUM:
            v = float(WORDNUM[num])
        else:
            try:
                v = float(num.replace(",", ""))
            except ValueError:
                return None
        src = UNIT_ALIASES.get(mo.group(2).lower().replace(" °", "°"))
        dst = UNIT_ALIASES.get(mo.group(3).lower().replace(" °", "°"))
    if not src or not dst:
        return None
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
    q = _UREG.Quantity(v, src).to(dst).magnitude
    return float(f"{q:.10g}")


def recompute_math(text):
    t = text.lower().replace(",", "")
    pct = re.fullmatch(r"([\d.]+) (plus|minus) ([\d.]+)%", t)
    if pct:
        x, p = Fraction(pct.group(1)), Fraction(pct.group(3)) / 100
        return x * (1 + p) if pct.group(2) == "plus" else x * (1 - p)
    mo = re.fullmatch(r"(\d+) factorial", t)
    if mo:
        return Fraction(math.factorial(int(mo.group(1))))
    mo = re.fullmatch(r"add ([\d.]+) ?(?:%|percent) to ([\d.]+)", t)
    if mo:
        return Fraction(mo.group(2)) * (1 + Fraction(mo.group(1)) / 100)
    mo = re.fullmatch(r"([\d.\-]+) as a percentage of ([\d.]+)", t)
    if mo:
        return Fraction(mo.group(1)) / Fraction(mo.group(2)) * 100
    mo = re.fullmatch(r"(half|a third|a quarter) of ([\d.]+)", t)
    if mo:
        return Fraction(mo.group(2)) / {"half": 2, "a third": 3, "a quarter": 4}[mo.group(1)]
    mo = re.fullmatch(r"([\d.]+) of ([\d.]+)", t)
    if mo and Fraction(mo.group(1)) < 1:
        return Fraction(mo.group(1)) * Fraction(mo.group(2))
    t = t.replace("sum of ", "").replace(" and ", " + ") if t.startswith("sum of ") else t
    t = re.sub(r"([\d.]+) ?(?:%|percent) of ", r"\1/100*", t)
    reps = [
        ("square root of ", "sqrt "),
        ("cube root of ", "cbrt "),
        ("to the power of", "**"),
        ("to the power", "**"),
        ("multiplied by", "*"),
        ("divided by", "/"),
        ("times", "*"),
        ("plus", "+"),
        ("minus", "-"),
        ("squared", "**2"),
        ("cubed", "**3"),
        ("×", "*"),
        ("÷", "/"),
        (" x ", " * "),
        ("^", "**"),
        ("double ", "2*"),
        ("square of ", "sq "),
    ]
    for a, b in reps:
        t = t.replace(a, b)
    t = re.sub(r"to the (\d+)(?:st|nd|rd|th)?", r"** \1", t)
    if not re.fullmatch(r"[\d.+\-*/() ]*(?:sqrt |cbrt |sq )?[\d.+\-*/() ]*", t):
        return None
    # tokenise into Fractions
    toks = re.findall(r"\d+(?:\.\d+)?|\*\*|[+\-*/()]|sqrt|cbrt|sq", t)
    py = []
    for tok in toks:
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            py.append(f"Fraction('{tok}')")
        elif tok in ("sqrt", "cbrt", "sq"):
            py.append(f"_{tok}")
        else:
            py.append(tok)
    src = " ".join(py)
    # unary function applies to the rest of the expression
    fm = re.search(r"_(?:sqrt|cbrt|sq)\b", src)
    if fm:
        head, tail = src[: fm.end()], src[fm.end() :]
        src = f"{head}({tail})"
    try:
        return eval(
            src, {"Fraction": Fraction, "_sqrt": _sqrt, "_cbrt": _cbrt, "_sq": lambda x: x * x}
        )
    except Exception:
        return None


def _sqrt(x):
    r = math.isqrt(x.numerator) if x.denominator == 1 else None
    if r is not None and r * r == x.numerator:
        return Fraction(r)
    return Fraction(math.sqrt(x))


def _cbrt(x):
    r = round(float(x) ** (1 / 3))
    return Fraction(r) if Fraction(r) ** 3 == x else Fraction(float(x) ** (1 / 3))


def to_json_num(fr):
    if isinstance(fr, Fraction) and fr.denominator == 1:
        return int(fr)
    return float(fr)


def close(a, b, rel):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= rel * max(1.0, abs(b))
    return a == b


def substitute(text, expected):
    return REF.sub(
        lambda mo: (
            repr(expected[mo.group(1)])
            if not isinstance(expected[mo.group(1)], str)
            else expected[mo.group(1)]
        ),
        text,
    )


# -------------------------------------------------------------------- main
def main(path):
    docs = json.load(open(os.path.join(os.path.dirname(path), "documents.json"), encoding="utf-8"))
    doc_sents = {k: sentences(v) for k, v in docs.items()}
    for k, v in docs.items():
        n = len(v.split())
        if not 150 <= n <= 400:
            errors.append(f"document {k}: {n} words")
    recomputed = {"math": 0, "units": 0, "dates": 0}
    skipped = {"math": 0, "units": 0, "dates": 0}
    lines = open(path, encoding="utf-8").read().splitlines()
    queries = set()
    for i, line in enumerate(lines):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(i, f"bad JSON: {e}")
            continue
        if set(rec) != {"query", "plan", "expected", "tags"}:
            err(i, f"keys {sorted(rec)}")
            continue
        q = rec["query"]
        if q in queries:
            err(i, "duplicate query")
        queries.add(q)
        nodes = rec["plan"]["nodes"]
        uns = rec["plan"]["unsupported"]
        exp = rec["expected"]
        tags = set(rec["tags"])
        ids = [n["id"] for n in nodes]
        if ids != [f"t{k + 1}" for k in range(len(nodes))]:
            err(i, f"ids {ids}")
        if set(exp) != set(ids):
            err(i, f"expected keys {sorted(exp)} != ids {ids}")
        if not nodes and not uns:
            err(i, "empty plan")
        for k, n in enumerate(nodes):
            if set(n) != {"id", "specialist", "input", "depends_on"}:
                err(i, f"node keys {sorted(n)}")
            if n["specialist"] not in SPECIALISTS:
                err(i, f"unknown specialist {n['specialist']}")
            refs = set(REF.findall(n["input"]))
            if refs != set(n["depends_on"]):
                err(i, f"{n['id']}: refs {sorted(refs)} != depends_on {n['depends_on']}")
            for r in refs:
                if int(r[1:]) > k:
                    err(i, f"{n['id']} cites later/self {r}")
            for num in NUM.findall(REF.sub(" ", n["input"])):
                if num not in q:
                    err(i, f"{n['id']}: number {num!r} not in query")
            v = exp.get(n["id"])
            sp = n["specialist"]
            if sp == "math" and not isinstance(v, (int, float)):
                err(i, f"{n['id']}: math value {v!r}")
            if sp == "math" and isinstance(v, float) and v.is_integer():
                err(i, f"{n['id']}: whole math value written as float {v!r}")
            if sp == "units" and not isinstance(v, (int, float)):
                err(i, f"{n['id']}: units value {v!r}")
            if sp == "dates":
                ok = (
                    (isinstance(v, int) and v >= 0)
                    or v in WEEKDAYS
                    or (isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v))
                )
                if not ok:
                    err(i, f"{n['id']}: dates value {v!r}")
            if sp == "sentiment" and v not in ("positive", "negative", "neutral"):
                err(i, f"{n['id']}: sentiment {v!r}")
            if sp == "language" and v not in LANGS:
                err(i, f"{n['id']}: language {v!r}")
            # where is the analysed text?
            src_text = n["input"]
            for r in refs:
                up = nodes[int(r[1:]) - 1]
                if up["specialist"] == "docs":
                    hits = [s for ss in doc_sents.values() for s in ss if exp[r] in s]
                    src_text = hits[0] if len(hits) == 1 else src_text
            if sp == "entities":
                if not isinstance(v, list):
                    err(i, f"{n['id']}: entities {v!r}")
                else:
                    for ent in v:
                        if set(ent) != {"text", "type"} or ent["type"] not in ETYPES:
                            err(i, f"{n['id']}: entity {ent}")
                        elif ent["text"] not in src_text:
                            err(i, f"{n['id']}: entity {ent['text']!r} not in its text")
            if sp in ("sentiment", "language", "entities") and not refs:
                if not re.search(r"'[^']+'|\"[^\"]+\"|“[^”]+”|«[^»]+»", n["input"]):
                    err(i, f"{n['id']}: no quoted text in input")
                quoted = re.findall(r"'(.+)'|\"(.+)\"|“(.+)”|«(.+)»", n["input"])
                for grp in quoted:
                    body = next(x for x in grp if x)
                    if body not in q:
                        err(i, f"{n['id']}: quoted text not verbatim in query")
            if sp == "docs":
                if not isinstance(v, str):
                    err(i, f"{n['id']}: docs value {v!r}")
                    continue
                in_docs = [d for d, t in docs.items() if v in t]
                if len(in_docs) != 1 or docs[in_docs[0]].count(v) != 1:
                    err(i, f"{n['id']}: docs substring {v!r} in {in_docs}")
                hits = [s for ss in doc_sents.values() for s in ss if v in s]
                if len(hits) != 1:
                    err(i, f"{n['id']}: docs substring {v!r} in {len(hits)} sentences")
            # recomputation
            if sp in recomputed:
                text = substitute(n["input"], exp)
                if sp == "dates":
                    got = recompute_dates(text)
                    rel = 0
                elif sp == "units":
                    got = recompute_units(text)
                    rel = 1e-9
                else:
                    fr = recompute_math(text)
                    got = to_json_num(fr) if fr is not None else None
                    rel = 1e-9
                if got is None:
                    skipped[sp] += 1
                else:
                    recomputed[sp] += 1
                    if not close(got, v, rel):
                        err(i, f"{n['id']}: recomputed {got!r} != expected {v!r} ({text})")
        for u in uns:
            if set(u) != {"text"} or u["text"].lower() not in q.lower():
                err(i, f"unsupported span not in query: {u}")
        # structural tags
        parts = len(nodes) + len(uns)
        if f"parts{parts}" not in tags:
            err(i, f"missing parts{parts}")
        specs = {n["specialist"] for n in nodes}
        if {t[5:] for t in tags if t.startswith("spec:")} != specs:
            err(i, "spec tags mismatch")
        if ("chain" in tags) != any(n["depends_on"] for n in nodes):
            err(i, "chain tag mismatch")
        if ("unsupported" in tags) != bool(uns):
            err(i, "unsupported tag mismatch")
        if "nested" in tags and not (len(nodes) >= 2 and "t1" in nodes[1]["depends_on"]):
            err(i, "nested tag without inner-first dependency")
    print(f"checked {len(lines)} lines against {len(docs)} documents")
    if "--stats" in sys.argv:
        stats(lines)
    print("independently recomputed:", recomputed, "not parsed (types/refs checked only):", skipped)
    if errors:
        print(f"{len(errors)} ERRORS")
        for msg in errors:
            print("  " + msg)
        return 1
    print("OK")
    return 0


def stats(lines):
    from collections import Counter

    recs = [json.loads(x) for x in lines]
    tags = Counter(t for r in recs for t in r["tags"])
    spq = Counter(s for r in recs for s in {n["specialist"] for n in r["plan"]["nodes"]})
    spn = Counter(n["specialist"] for r in recs for n in r["plan"]["nodes"])
    print(
        f"items {len(recs)}; nodes {sum(spn.values())}; unsupported spans "
        f"{sum(len(r['plan']['unsupported']) for r in recs)}"
    )
    for sp in sorted(spq, key=lambda x: -spq[x]):
        print(f"  {sp:10} queries {spq[sp]:4} nodes {spn[sp]:4}")
    for t, c in sorted(tags.items(), key=lambda x: (x[0].startswith("spec:"), -x[1], x[0])):
        if not t.startswith("spec:"):
            print(f"  {t:16} {c:4} ({100 * c / len(recs):.1f}%)")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(args[0] if args else os.path.join(HERE, "dev3.jsonl")))
