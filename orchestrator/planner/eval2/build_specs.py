"""Node specs for eval2/build.py and eval3/build.py: each computes its gold value with a tool."""

import datetime as dt
import os
import re
import sys
from typing import Any

import pint
import sympy
from dateutil.relativedelta import relativedelta

HERE = os.path.dirname(os.path.abspath(__file__))
try:  # the documents of the set being built (eval3/build.py puts its own first)
    from docs_src import DOCS
except ImportError:
    sys.path.insert(0, HERE)
    from docs_src import DOCS

UREG: Any = pint.UnitRegistry()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REF = re.compile(r"\{(t\d+)\}")


class Node:
    specialist: str = ""

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
