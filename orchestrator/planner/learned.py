"""The learned planner: key-word typos fixed, the span segmenter cuts the query into requests
(and reads which use the previous result), the router picks a specialist per request (with the
user's documents in view), references become ``{tN}`` edges, plans are cached by query shape.
The plain-language rules around the learned parts live in ``rules`` and ``operands``."""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from hive.answer import UnsupportedPart
from hive.errors import PlanError
from orchestrator.plan import MAX_NODES, Plan, TaskNode
from orchestrator.planner import operands, route_head, rules
from orchestrator.planner.router import DOC_EVIDENCE, DOCS, Route, Router, payload
from orchestrator.planner.spans import (
    FILLER,
    QUOTED,
    Segment,
    Span,
    SpanSegmenter,
    atoms,
    mask_quotes,
    read_dependency,
    reference_phrase,
    split_per_quote,
    trim,
)
from specialists.base import Manifest
from specialists.spelling import Corrector

if TYPE_CHECKING:
    from specialists.docs.encoder import Encoder

MODEL_DIR = Path(__file__).parent / "model"
# Masked for the plan cache: numbers and quoted spans (the query's "shape" keeps the rest).
_SHAPE = re.compile(r"\"[^\"]*\"|'[^']*'|“[^”]*”|\d+(?:[.,:]\d+)*")


@dataclass
class _Draft:
    """A plan being built: its tasks and refusals, the segment the last task read, and a
    quantity the query started from that the next step is to work on."""

    nodes: list[TaskNode] = field(default_factory=list)
    unsupported: list[UnsupportedPart] = field(default_factory=list)
    read: Segment | None = None
    given: str | None = None
    given_as: tuple[str, str] = ("", "")

    def add(self, segment: Segment, tasks: list[tuple[str, str]]) -> None:
        """Add the tasks a segment became."""
        rules.add_tasks(self.nodes, tasks)
        self.read = segment

    def reword_last(self, task_input: str) -> None:
        """The last task asks ``task_input`` instead (a part said after it belongs to it)."""
        self.nodes[-1] = self.nodes[-1].model_copy(update={"input": task_input})


class LearnedPlanner:
    """Text in, validated-shape Plan out, in a few milliseconds on one CPU thread."""

    def __init__(
        self,
        manifests: Iterable[Manifest],
        model_dir: Path = MODEL_DIR,
        intra_op_threads: int = 1,
        cache_size: int = 4096,
        encoder: Encoder | None = None,
    ) -> None:
        from specialists.docs.encoder import Encoder
        from specialists.docs.export import MODEL_DIR as ENCODER_DIR

        self.manifests = {m.name: m for m in manifests}
        self.encoder = encoder or Encoder(ENCODER_DIR, intra_op_threads)  # shared by all parts
        self.router = Router(self.encoder, head=route_head.load(model_dir, intra_op_threads))
        self.segmenter = SpanSegmenter(model_dir, self.encoder, intra_op_threads)
        bank = model_dir / "router_bank.npz"
        if bank.exists():  # built-ins' sampled requests and the out-of-scope bank
            self.router.load_bank(bank)
        self.router.add_manifests(self.manifests.values())
        self.speller = self._speller()
        self._document_words: set[str] = set()  # never "corrected": the user's own names
        self._embedded: dict[str, np.ndarray] = {}  # document digest -> sentence embeddings
        self.cache: OrderedDict[str, tuple[Plan, int]] = OrderedDict()
        self.cache_size = cache_size
        self.hits = 0

    def _speller(self) -> Corrector:
        """Fixes near-misses of the words requests are made of ("sentimnt", "betwen"): the
        words of every specialist's examples and of the planner's own request pools."""
        from orchestrator.planner import pools

        texts = [t for m in self.manifests.values() for t in (*m.examples, m.description)]
        for group in (pools.STANDALONE, pools.CONSUMERS, pools.IMPLICIT):
            texts += [t for templates in group.values() for t in templates]
        texts += pools.UNSUPPORTED + pools.REFERENCES + pools.COUNT_REFERENCES
        words = [[w.lower() for w in re.findall(r"[A-Za-z]+", t)] for t in texts]
        targets = {w for line in words for w in line}
        pairs = {pair for line in words for pair in pairwise(line)}
        return Corrector(targets, self.encoder.words(), pairs=pairs)

    def set_documents(self, documents: dict[str, str]) -> None:
        """Route with the user's documents in view: a question close to one of their sentences
        goes to ``docs``, one close to none does not. Embeds only documents not seen before.

        Each sentence counts as written and under its document's title and section heading, as
        the docs specialist reads it: "how long can I keep a DVD from the library" is close to
        "Library lending rules: ... DVDs for one week", less so to the sentence alone (either
        alone routed worse on the dev sets: the sentence in context 0.948 / 0.885 / 0.845 exact
        plans on dev / dev2 / dev3, the sentence alone 0.960 / 0.913 / 0.855, both 0.962 /
        0.913 / 0.864)."""
        from specialists.docs.chunking import chunk_document
        from specialists.docs.outline import Outline
        from specialists.docs.specialist import in_context

        known, self._embedded = self._embedded, {}  # documents no longer stored are forgotten
        for doc_id in sorted(documents):
            text = documents[doc_id]
            digest = hashlib.sha256(f"{doc_id}\n{text}".encode()).hexdigest()  # the id may title it
            if digest not in known:
                chunks = chunk_document(text)
                outline = Outline.of(doc_id, text)
                known[digest] = self.encoder.encode(
                    [c.text for c in chunks] + [in_context(outline, c) for c in chunks]
                )
            self._embedded[digest] = known[digest]
        vectors = list(self._embedded.values())
        self.router.set_documents(np.concatenate(vectors) if vectors else np.zeros((0, 384)))
        self._document_words = {w for text in documents.values() for w in re.findall(r"\w+", text)}
        self.speller.also_known(self._document_words)
        self.cache.clear()

    def add_specialist(self, manifest: Manifest) -> None:
        """Route to a new specialist from now on (its examples join the bank)."""
        self.manifests[manifest.name] = manifest
        self.router.add_manifests([manifest])
        self.speller = self._speller()
        self.speller.also_known(self._document_words)
        self.cache.clear()

    def plan(self, text: str) -> Plan:
        """The plan for ``text``; the same query shape reuses a cached plan."""
        text = rules.in_english(text)  # "c'est positif ou négatif ?", before the speller
        text = self.speller.text(text, keep=[m.span() for m in QUOTED.finditer(text)])
        text = rules.english_slips(text, keep=[m.span() for m in QUOTED.finditer(text)])
        text = rules.spelt_out(text)  # "howmany days btwn A and B"
        text = rules.text_quoted(text)  # "Saya akan tiba besok pagi - which language?"
        text = rules.quotes_listed_inline(text)  # "sentiment of each:\n1. 'A'\n2. 'B'"
        text = rules.today_told(text)  # "It's 2027-10-10 today. The date 45 days from now?"
        text = rules.both_converted(text)  # "from 14 °F to 41 °F. convert both to celsius"
        text = rules.percent_wise(text)  # "percent-wise, how good is 57 out of 76"
        text = rules.LEAD_IN.sub("", text)  # "ok last one lol - ..."
        text = rules.PARTIAL_CORRECTION.sub(r"\g<prep> ", text)  # "to cups... no, to ounces"
        text = rules.OPERAND_CORRECTION.sub(r"\g<op> ", text)  # "by 8, i mean divided by 6"
        text = rules.QUOTE_CORRECTION.sub("", text)  # "'X'... no wait, I meant 'Y'"
        text = rules.value_corrected(text)  # "60 mph to km/h - sorry, 70 mph"
        if not QUOTED.search(text):
            text = rules.UNIT_DEFINITION.sub("", text)  # "3500 MB to GB (1 GB = 1000 MB)"
            text = rules.EQUALS_ASKED.sub(r"\1 in \2", text)  # "2 TiB = ? GB"
        shape, values = _shape(text)
        cached = self.cache.get(shape)
        if cached is not None and cached[1] == len(values):
            self.cache.move_to_end(shape)
            self.hits += 1
            return _refill(cached[0], values)
        plan = self._plan(text)
        template = _template(plan, values)
        if template is not None:
            self.cache[shape] = (template, len(values))
            if len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)
        return plan

    def _plan(self, text: str) -> Plan:
        masked = mask_quotes(text)
        segments = self.segments(text)
        routes = self._route([text[s.start : s.end] for s in segments])
        segments, routes = self._list_items_apart(text, masked, segments, routes)
        segments, routes = self._requests_within(text, masked, segments, routes)
        segments, routes = self._operators_restored(text, segments, routes)
        segments, routes = self._priced_amounts_joined(text, segments, routes)
        segments, routes = self._topic_lines_placed(text, segments, routes)
        segments, routes = self._date_stories_joined(text, segments, routes)
        segments, routes = self._date_counts_joined(text, segments, routes)
        routes = self._told_values_given(text, segments, routes)
        segments, routes = self._areas_joined(text, segments, routes)
        segments, routes, stories = self._word_problems_joined(text, segments, routes)
        segments, routes = self._assumed_units_joined(text, segments, routes)
        anchored = zip(segments, routes, strict=True)
        segments = [rules.with_shift_anchor(text, s, r) for s, r in anchored]
        draft = _Draft()
        context = -2  # the last segment dropped as context the requests after it restate
        for index, (segment, route) in enumerate(zip(segments, routes, strict=True)):
            part = text[segment.start : segment.end].strip(" ,;.")
            if rules.hands_over_text(text, segment, segments[index + 1 :], routes[index + 1 :]):
                continue  # "I got this text: 'X'." before "what language, what entities?"
            previous = draft.nodes[-1] if draft.nodes else None
            if previous and previous.specialist == "dates" and rules.YEAR_FOR_DATES.fullmatch(part):
                draft.reword_last(f"{previous.input}, {part}")  # "..., both in 2027"
                continue
            if (previous or draft.given is not None) and rules.ASKED_AGAIN.fullmatch(part):
                # "X plus 200 days = which date": the last task answers it (or the quantity
                # just given: "recipe says 180C but my oven only does fahrenheit, what do I set
                # it to"). A sum asked of amounts just listed ("I paid 1200 and 340, what's the
                # total") says which operation the calculator is to do, so it goes with them.
                if previous and previous.specialist == "math" and rules.ASKS_TOTAL.search(part):
                    draft.reword_last(f"{previous.input}, {part}")
                continue
            if len(segments) > 1 and rules.FILLER_WORD.fullmatch(part):
                continue  # "..., roughly?": a word that asks nothing
            if len(segments) > 1 and rules.PREAMBLE.fullmatch(part):
                continue  # "Could you work out three things for me:" the things follow
            if draft.nodes and rules.HANDOVER.fullmatch(part):
                continue  # "..., once you have that, multiply by 2.2": the next step uses it
            if len(segments) > 1 and rules.ASIDE.fullmatch(text, segment.start, segment.end):
                continue  # "In my itinerary, what's ...", "... (work out the date first)"
            last = draft.nodes[-1].specialist if draft.nodes else None
            if last == "docs" and rules.ELLIPTICAL.fullmatch(part):
                continue  # "Can I freeze my membership, and for how much?": the same question
            unit = rules.unit_asked_alone(part) if last == "docs" else None
            if unit is not None and "units" in self.manifests:  # "..., in feet please"
                quoted = draft.nodes[-1].id
                draft.add(segment, [("units", f"convert {{{quoted}.quantity}} to {unit}")])
                continue
            if last == "docs" and rules.SEE_DOCUMENTS.fullmatch(part):
                continue  # "Can I bring my dog to the flat? check the rules"
            another = rules.ANOTHER_TEXT.fullmatch(part)
            if another and previous is not None and previous.specialist in rules.READS_TEXT:
                draft.add(segment, [(previous.specialist, another["text"])])
                continue  # "what language is 'X', and what about 'Y'": the same reader, on Y
            listed = rules.listed_texts(text, segment, route.specialist, draft.nodes)
            if listed is not None:  # one question asked of several texts: a task per text
                name, texts = listed
                draft.add(segment, [(name, quoted) for quoted in texts])
                continue
            # An amount read as a conversion, a sum or a line of a document; not a request
            # no specialist serves ("Set a reminder to pay the 40 deposit" routes nowhere or to
            # dates).
            told = (
                (segment.start, segment.end) not in stories
                and index + 1 < len(segments)
                and route.specialist in ("math", "units", "docs")
            )
            if told and rules.restated_later(text, part, segment.end, context == index - 1):
                context = index
                continue  # "X charges 5.50 an hour. Whats 5.50 times 6": the request says it
            if (segment.start, segment.end) not in stories:  # a word problem is arithmetic
                route = self._rerouted(text, segment, part, route, draft)
            supposed = rules.SUPPOSED.match(part) and index + 1 < len(segments)
            if supposed and route.specialist not in rules.EXACT and "math" in self.manifests:
                route = Route("math", route.score, route.specialist)  # "if rent is 1,150 a month"
            instruction = rules.spelled_out_step(part) if draft.nodes else None
            if instruction is not None and "math" in self.manifests:  # "... (divide by 0.33)"
                cite = f"{{{draft.nodes[-1].id}}}"
                draft.add(segment, [("math", rules.insert_operand(instruction, cite))])
                continue
            if rules.asks_documents(part, route.specialist) and "docs" in self.manifests:
                route = Route("docs", route.score, route.specialist)  # "find what X say about Y"
            reader = rules.reader_named(part, route.specialist)
            described = rules.described_passage(text, segment, reader, draft.nodes)
            if described is not None and "docs" in self.manifests:  # "sentiment of the rule on X"
                start, end = described
                draft.add(segment, [("docs", text[start:end])])
                cite = f"{{{draft.nodes[-1].id}}}"
                asked = text[segment.start : start] + cite + text[end : segment.end]
                draft.add(segment, [(str(reader), asked.strip(" ,;.?"))])
                continue
            refusal = self._refusal(part, route)
            lacking = rules.nothing_to_work_on(
                text, segment, str(route.specialist), draft.nodes, draft.given
            )
            if refusal is None and lacking is not None:
                near = route.evidence is not None and route.evidence >= DOC_EVIDENCE
                if near and DOCS in self.manifests:  # "how much milk goes in", of a recipe
                    route = Route(DOCS, route.score, route.specialist, evidence=route.evidence)
                else:
                    refusal = lacking
            aside = route.specialist is None and len(segments) > 1
            if refusal is not None and aside and rules.first_person_statement(part):
                continue  # "I'm planning a trip.": what the user tells, not a request
            if refusal is not None:
                draft.unsupported.append(UnsupportedPart(text=part, reason=refusal))
                continue
            assert route.specialist is not None  # a refusal otherwise
            self._place(draft, text, masked, segment, part, route.specialist)
        draft.nodes[:] = rules.shared_targets(draft.nodes)  # "5 km, 10 km and 21 km to miles"
        draft.nodes[:] = rules.results_worked_on(draft.nodes)  # "how many 500 GB drives is it"
        if draft.given is not None:  # a quantity no step used: a task of its own
            rules.add_tasks(draft.nodes, [draft.given_as])
        draft.nodes[:] = rules.elliptical_conversions(draft.nodes)  # "..., and 10 km?"
        if len(draft.nodes) > MAX_NODES:
            raise PlanError(
                f"the query asks for {len(draft.nodes)} tasks and a plan holds at most "
                f"{MAX_NODES}; send it in parts"
            )
        return Plan(nodes=draft.nodes, unsupported=draft.unsupported)

    def _rerouted(
        self, text: str, segment: Segment, part: str, route: Route, draft: _Draft
    ) -> Route:
        """The route, corrected where the request's words settle it against its nearest
        examples: a text reader given a text, arithmetic, a conversion, a calendar step."""
        if rules.reads_given_text(text, segment, route):  # "who is mentioned in 'X'"
            route = Route(route.runner_up, route.score, None)
        asked = QUOTED.sub(" ", part)  # the request's own words, not the text it quotes
        if rules.ENTITY_KINDS_IN.search(asked) and "entities" in self.manifests:
            route = Route("entities", route.score, route.specialist)  # "the dates in it"
        if rules.arithmetic(part, route.specialist) and "math" in self.manifests:
            route = Route("math", route.score, route.specialist)
        if rules.dated_request(part, route.specialist) and "dates" in self.manifests:
            route = Route("dates", route.score, route.specialist)  # "days from A (note) to B"
        converts = rules.converts_count(part, route.specialist)  # "convert that to hours"
        if (converts or rules.conversion(part, route.specialist)) and "units" in self.manifests:
            route = Route("units", route.score, route.specialist)  # "what is 1 TiB in GiB"
        read = bool(draft.nodes) and draft.nodes[-1].specialist in rules.READS_TEXT
        if read and rules.quoted_date(text, segment, part) and "dates" in self.manifests:
            route = Route("dates", route.score, route.specialist)  # the weekday of its date
        moves_date = rules.calendar_step(part, route.specialist, draft.nodes, draft.given)
        if moves_date and "dates" in self.manifests:
            route = Route("dates", route.score, route.specialist)  # "add 2 months to that"
        return route

    def _refusal(self, part: str, route: Route) -> str | None:
        """Why no specialist takes the request, or None: money, an action, no close match."""
        exact = route.specialist in (None, *rules.EXACT)
        if (exact and rules.CURRENCY.search(part)) or rules.MONEY_OF_RESULT.search(part):
            return "converting money needs today's exchange rates, which no specialist has"
        clock = rules.CLOCK_TIME.search(part) and route.specialist != DOCS
        if clock or rules.CLOCK_NOW.search(part):
            return (
                "asks for a time of day or a time zone; the dates specialist counts calendar days"
            )
        if route.specialist == "math" and not rules.has_arithmetic(part):
            return "has no arithmetic to work out: a number word alone is not a sum"
        action = rules.action(part, route.specialist)
        if action is not None:  # "write a reply to 'X'", "book me a flight on 2026-05-14"
            return f"asks to {action.lower()} something, which no specialist does"
        if route.specialist is None or route.specialist not in self.manifests:
            return route.reason or f"the {route.specialist} specialist is not deployed here"
        return None

    def _place(
        self, draft: _Draft, text: str, masked: str, segment: Segment, part: str, name: str
    ) -> None:
        """Add the task (or tasks) one routed request becomes."""
        nodes = draft.nodes
        pulled = rules.pulled_from_answer(part, nodes) if "entities" in self.manifests else None
        if pulled is not None:  # "who do I ask about X? just give me the person's name"
            draft.add(segment, [("entities", pulled)])
            return
        also = rules.same_quantity_in(text, segment, nodes) if name == "units" else None
        if also is not None:  # "100 m/s in km/h, in mph and in knots": each from 100 m/s
            draft.add(segment, [("units", also)])
            return
        assumed = rules.assumed_conversion(part) if name == "units" and nodes else None
        if assumed is not None:  # "treat the result as feet and give me meters"
            given, wanted = assumed
            draft.add(segment, [("units", f"convert {{{nodes[-1].id}}} {given} to {wanted}")])
            return
        other_unit = rules.speed_in_other_unit(part) if name == "math" else None
        if other_unit is not None and "units" in self.manifests:  # "..., its speed in mph"
            question, given, wanted = other_unit
            draft.add(segment, [("math", question)])
            draft.add(segment, [("units", f"convert {{{nodes[-1].id}}} {given} to {wanted}")])
            return
        joined = rules.second_date_of_span(text, draft.read, segment, nodes)
        if joined is not None:  # "days between A (gloss)" + "and B": one question
            draft.reword_last(joined)
            draft.read = replace(draft.read, end=segment.end) if draft.read else segment
            return
        repeated = rules.same_question(text, segment, nodes)
        if repeated:  # "What weekday is 2026-01-01? 2026-04-05?": the question, again
            asked_of = nodes[-1].specialist if nodes and rules.only_dates(part) else name
            draft.add(segment, [(asked_of, question) for question in repeated])
            return
        aspects = self._aspects(text, segment, name)
        if aspects is not None:  # several questions of one text: a task per question
            draft.add(segment, aspects)
            return
        steps = operands.nested_steps(name, part)
        if steps and all(step_of in self.manifests for step_of, _ in steps):
            for step_of, step in steps:  # "the weekday of 2 weeks after X": the date first
                cite = f"{{{nodes[-1].id}}}" if nodes else ""
                draft.add(segment, [(step_of, step.replace(operands.PREVIOUS, cite))])
            return
        # Mid-query too, a quantity told ("And my weight 62 kilos, how much in pounds?"), but
        # not "5 weeks" in "5 weeks after X, then 5 weeks after that": a step's span of time.
        later = name == "units" and not rules.spans_time(part)
        if draft.given is None and name in rules.EXACT and (not nodes or later):
            draft.given = rules.given_quantity(part, name)
            if draft.given is not None:  # "Start with 12 km." is what the next step works on
                draft.given_as = (name, part)
                return
        again = rules.dates_named_again(part, nodes) if name == "dates" else None
        if again is not None:  # "days between A and B, and what weekday is the second date"
            draft.add(segment, [(name, asked) for asked in again])
            return
        asked_again = self._asked_of_same_topic(text, masked, segment, nodes)
        if asked_again is not None:  # "when does the lease start, when does it end"
            draft.add(segment, [("docs", asked_again)])
            return
        segment = rules.operands_read(text, masked, segment, name, nodes, draft.given)
        if draft.given is not None:
            given, draft.given = draft.given, None
            if segment.references or segment.implicit:
                draft.add(segment, [(name, rules.cite_literal(text, segment, given, name))])
                return
            rules.add_tasks(nodes, [draft.given_as])  # not used after all: a task of its own
        earlier = rules.earlier_results(text, segment, nodes, name)
        if earlier is not None:  # "sum the two numbers", "the root of the first result"
            draft.add(segment, [(name, earlier)])
            return
        if not nodes and segment.references and name == "dates":
            named = operands.DATES.findall(text[: segment.start])  # "set a reminder for X and
            if len(named) == 1:  # tell me what weekday that is": that is X, as written
                draft.add(segment, [(name, rules.cite_literal(text, segment, named[0]))])
                return
        dated = rules.quoted_date(text, segment, part) if name == "dates" else None
        if dated is not None and nodes and nodes[-1].specialist in rules.READS_TEXT:
            draft.add(segment, [(name, rules.cite_literal(text, segment, dated, name))])
            return  # "... 'X on 3 May 2025', and the date 100 days after that meeting"
        upstream, literal = rules.source(nodes, name, part, segment)
        if literal is not None:  # "it" is the date a weekday question was asked of
            draft.add(segment, [(name, rules.cite_literal(text, segment, literal))])
            return
        draft.add(segment, [(name, self._input(text, segment, name, upstream, draft))])

    def _input(
        self, text: str, segment: Segment, name: str, upstream: TaskNode | None, draft: _Draft
    ) -> str:
        """A request's text as its specialist should read it: the quoted text it means written
        in, or its references as ``{tN}`` (with a unit where the result carries one)."""
        quote = rules.text_referred_to(text, segment, upstream, draft.read, name)
        if quote is None and rules.asks_of_no_text(text, segment, upstream, name):
            quote = rules.only_quote(text)  # "For 'X': what language, what sentiment?"
        if quote is not None:
            return rules.cite_text(text, segment, quote)
        unit = upstream is not None and self._carries_unit(upstream.specialist)
        node_input = rules.with_references(text, segment, upstream, name, unit)
        if name == "units" and upstream is not None and unit:
            cited = f"{{{upstream.id}}} {{{upstream.id}.unit}}"
            node_input = rules.conversion_of(node_input, cited)
        if name == "units" and upstream is not None and not unit:
            node_input = rules.with_chain_unit(node_input, upstream, draft.nodes)
        if name == "math" and upstream is not None:  # "subtract that from the pound figure"
            node_input = rules.results_named(node_input, draft.nodes)
        given_text = payload(node_input) if name in rules.READS_TEXT else None
        if given_text is not None:  # "NER -> Tim Cook ...": the text, quoted
            node_input = f'{given_text[0]}: "{given_text[1]}"'
        return node_input

    def _aspects(
        self, text: str, segment: Segment, name: str | None
    ) -> list[tuple[str, str]] | None:
        """``[(specialist, input)]`` when a text reader's segment asks several text readers'
        questions of its one quoted text ("sentiment, language and entities of 'X'")."""
        if name not in rules.READS_TEXT:
            return None
        quotes = list(QUOTED.finditer(text, segment.start, segment.end))
        if len(quotes) == 1:  # "sentiment, language and entities of 'X'"
            quote = quotes[0].group(0)
            a, b = quotes[0].span()
            outside = text[segment.start : a] + " " + text[b : segment.end]
        elif not quotes and (only := rules.only_quote(text)) is not None:  # "'X'. What language,
            quote, outside = only, text[segment.start : segment.end]  # what entities?"
        else:
            return None
        asks = [a.strip() for a in rules.ASPECT_SPLIT.split(outside) if any(c.isalpha() for c in a)]
        asks = [a for a in asks if rules.ASKS_OF_TEXT.search(a)]  # not "Review: 'X' - 1) ..."
        if len(asks) < 2:
            return None
        names = [r.specialist for r in self._route(asks)]
        if any(n not in rules.READS_TEXT for n in names) or len(set(names)) != len(names):
            return None
        return [(str(n), f"{ask} {quote}") for n, ask in zip(names, asks, strict=True)]

    def _word_problems_joined(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route], set[tuple[int, int]]]:
        """A word problem's story and the question asked of it, one request for the calculator:
        "if 5 pens cost 7.50, how much is one pen", "Tom has 12 apples and gives away 5, how
        many are left". Cut apart, the story asks nothing and the question has nothing to work
        on. Returns the segments and routes, and the spans of the word problems."""
        stories: set[tuple[int, int]] = set()
        if "math" not in self.manifests:
            return segments, routes, stories
        index = 0
        while index < len(segments):
            story = segments[index]
            said = text[story.start : story.end].strip(" ,;.")
            if (
                QUOTED.search(text, story.start, story.end)
                or not rules.STORY.match(said)
                or operands.count_dates(said)  # "I was born on 1990-06-14, ...": a date question
            ):
                index += 1
                continue
            last = index  # the story may run over several segments ("... and gives away 5")
            while last + 1 < len(segments) and self._tells_more(text, segments[last + 1]):
                last += 1
            asked = last + 1
            told = text[story.start : segments[last].end]
            if asked >= len(segments) or not rules.story_question(
                text[segments[asked].start : segments[asked].end], told
            ):  # "... and we split it between 4 how much does each pay": asked at its end
                asked = last if rules.asks_at_end(told) else -1
            if asked >= 0:
                start = self._story_start(text, segments[index - 1].end if index else 0, story)
                whole = Segment(start, segments[asked].end, False, ())
                segments[index : asked + 1] = [whole]
                routes[index : asked + 1] = [Route("math", routes[asked].score, None)]
                stories.add((whole.start, whole.end))
            index += 1
        return segments, routes, stories

    def _assumed_units_joined(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """A bare result given a unit and the unit it is asked in, one conversion: "treat the
        result as feet | and give me meters", "if that's kilometres, | what is it in miles"."""
        if "units" not in self.manifests:
            return segments, routes
        index = 0
        while index < len(segments):
            segment = segments[index]
            if rules.assumed_unit(text[segment.start : segment.end]) is None:
                index += 1  # nearly every segment
                continue
            if rules.assumed_conversion(text[segment.start : segment.end]) is None:
                joined = (
                    Segment(segment.start, segments[index + 1].end, True, ())
                    if index + 1 < len(segments)
                    else segment
                )
                if rules.assumed_conversion(text[joined.start : joined.end]) is None:
                    index += 1
                    continue
                segments[index : index + 2] = [joined]  # the unit asked is in the next one
                routes[index : index + 2] = [routes[index]]
            routes[index] = Route("units", routes[index].score, None)
            index += 1
        return segments, routes

    @staticmethod
    def _tells_more(text: str, segment: Segment) -> bool:
        """Whether a segment goes on with a story: a statement of amounts, no question."""
        part = text[segment.start : segment.end].strip(" ,;.")
        if QUOTED.search(part) or operands.count_dates(part):
            return False
        return bool(rules.STORY.match(part) or rules.STORY_MORE.match(part))

    @staticmethod
    def _story_start(text: str, after: int, story: Segment) -> int:
        """Where a story begins: its first amount may have been read as filler and dropped
        ("Tom has 12 apples and | gives away 5"), if it is in the same sentence."""
        gap = text[after : story.start]
        lead = len(gap) - len(gap.lstrip(" ,;.!?"))
        stated = gap.strip(" ,;")
        if stated and not re.search(r"[.?!]", stated) and rules.STORY.match(stated):
            return after + lead
        return story.start

    def _list_items_apart(
        self, text: str, masked: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """Segments that run over a new line's list marker ("...in June\n3. 142 times 3"),
        cut there: a numbered or bulleted line is a request of its own."""
        out_segments: list[Segment] = []
        out_routes: list[Route] = []
        for segment, route in zip(segments, routes, strict=True):
            cuts = [
                m.end()
                for m in rules.NEW_ITEM.finditer(text, segment.start, segment.end)
                if segment.start < m.start()
            ]
            if not cuts:
                out_segments.append(segment)
                out_routes.append(route)
                continue
            bounds = [segment.start, *cuts]
            pieces = []
            for index, start in enumerate(bounds):
                end = rules.NEW_ITEM.search(text, start, segment.end)
                stop = end.start() if end is not None and index + 1 < len(bounds) else segment.end
                a, b = trim(text, start, stop)
                if (
                    index == 0
                    and ":" in text[b:stop]
                    and not rules.ASKS_SOMETHING.match(text, a, b)
                ):
                    continue  # "Ok three things, sorry it's a lot:" introduces the list
                if b > a:
                    pieces.append((a, b))
            if any(rules.BARE_QUOTE.fullmatch(text, a, b) for a, b in pieces[1:]):
                out_segments.append(segment)  # "Entities please:\n- 'A'\n- 'B'": texts to read
                out_routes.append(route)
                continue
            fresh = self._route([text[a:b] for a, b in pieces])
            for index, ((a, b), piece_route) in enumerate(zip(pieces, fresh, strict=True)):
                inside = tuple(r for r in segment.references if a <= r[0] and r[1] <= b)
                out_segments.append(Segment(a, b, segment.implicit and index == 0, inside))
                out_routes.append(piece_route)
        return out_segments, out_routes

    def _requests_within(
        self, text: str, masked: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """The segments, with each one that holds several whole requests cut into them.

        The span scorer sometimes keeps two requests as one span ("what's 3^4, 4^3", "how long
        do laptops take to lock? when is training due?"). A segment for an exact specialist is
        cut at its separators when its first part has every operand it needs and each later
        part is a request of an exact specialist that either has its own or lacks one (a step on
        the result: "minus 10%", "in weeks"); a segment for ``docs`` is cut when every part is a
        question of its own (it opens with a question word).
        """
        out_segments: list[Segment] = []
        out_routes: list[Route] = []
        for segment, route in zip(segments, routes, strict=True):
            parts = rules.operand_joined(
                text, [(a, b) for a, b in atoms(masked) if segment.start <= a and b <= segment.end]
            )
            pieces = None
            if len(parts) > 1 and route.specialist in rules.EXACT:
                pieces = self._exact_requests(text, segment, parts, bool(out_segments))
            elif len(parts) > 1 and route.specialist in rules.READS_TEXT:
                pieces = self._request_after_text(text, segment, parts, route)
                pieces = pieces or self._readings_of_one_text(text, masked, segment, parts)
            elif len(parts) > 1 and route.specialist == "docs":
                questions = rules.questions_apart(text, parts)
                if len(questions) > 1:  # a docs question each, or what a text reader names,
                    # or an exact specialist's request with all it needs ("what weekday is
                    # 4 September 2027" after two sentences about the user's allotment)
                    maybe = [q for q in questions if self._may_be_own(text[q[0] : q[1]])]
                    own = dict(zip(maybe, self._route([text[a:b] for a, b in maybe]), strict=True))
                    pieces = [
                        (
                            (a, b),
                            own[a, b] if self._own_request(text[a:b], own.get((a, b))) else route,
                        )
                        for a, b in questions
                    ]
            if not pieces:
                out_segments.append(segment)
                out_routes.append(route)
                continue
            for index, ((a, b), piece_route) in enumerate(pieces):
                inside = tuple(r for r in segment.references if a <= r[0] and r[1] <= b)
                phrase = reference_phrase(masked, a, b) if index else None
                if not inside and phrase and piece_route.specialist in rules.READS_TEXT:
                    inside = (phrase,)  # "..., and its sentiment": the reader's text is named
                implicit = segment.implicit and index == 0
                if not inside and piece_route.specialist in rules.READS_TEXT and segment.references:
                    implicit = not QUOTED.search(text, a, b)  # "the entities and ... of that line"
                out_segments.append(Segment(a, b, implicit, inside))
                out_routes.append(piece_route)
        return out_segments, out_routes

    def _topic_lines_placed(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """A topic line before a question ("Battery warranty: what's the operating range?")
        asks nothing itself: about the user's documents it is part of the question after it,
        which it tells what document to look in; otherwise it is dropped ("for a recipe: 2
        cups to ml")."""
        names = set(self.router.names)
        out_segments: list[Segment] = []
        out_routes: list[Route] = []
        for index, (segment, route) in enumerate(zip(segments, routes, strict=True)):
            after = index + 1
            if after < len(segments) and rules.topic_line(text, segment, names):
                following = routes[after]
                if DOCS in (route.specialist, following.specialist) and DOCS in self.manifests:
                    segments[after] = replace(segments[after], start=segment.start)
                    if following.specialist != DOCS:
                        routes[after] = Route(DOCS, route.score, following.specialist)
                continue
            out_segments.append(segment)
            out_routes.append(route)
        return out_segments, out_routes

    def _operators_restored(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """Segments that lost their operator to a connector ("..., in weeks, plus 1": "plus"
        also joins requests) get it back, and with it their route: "plus 1" is a step."""
        restored = []
        for index, segment in enumerate(segments):
            previous_end = segments[index - 1].end if index else 0
            operator = rules.OPERATOR_BEFORE.search(text, previous_end, segment.start)
            part = text[segment.start : segment.end]
            if (
                operator is None
                or not operands.count_numbers(part)  # "plus entities in 'X'": a connector
                or rules.QUESTION.match(part)  # "plus what's 3 weeks after it": a new question
                or QUOTED.search(part)
                or operands.needs_operand("math", part) is not None
                or not operands.needs_operand("math", f"{operator.group(1)} {part}")
            ):
                continue
            segments[index] = replace(segment, start=operator.start(1), implicit=True)
            restored.append(index)
        if restored:
            fresh = self._route([text[segments[i].start : segments[i].end] for i in restored])
            for index, route in zip(restored, fresh, strict=True):
                routes[index] = route
        return segments, routes

    @staticmethod
    def _may_be_own(part: str) -> bool:
        """Whether a piece cut from a docs span could be another specialist's request: it names
        a text reader, or has every operand some exact specialist needs (only these are routed
        again; most pieces are plain docs questions)."""
        return bool(rules.reader_named(part, None)) or any(
            operands.needs_operand(name, part) is False for name in rules.EXACT
        )

    @staticmethod
    def _own_request(part: str, route: Route | None) -> bool:
        """Whether a piece cut from a docs span is not a docs question: a text reader it names,
        or an exact specialist's request that has every operand it needs."""
        if route is None:
            return False
        if rules.reader_named(part, None):
            return True
        name = route.specialist
        return name in rules.EXACT and operands.needs_operand(name, part) is False

    def _date_stories_joined(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """A story of a date and a span of time and the question of the date they come to, one
        request for the dates specialist (``rules.date_story``); cut apart, the story went to
        docs or units and the question had nothing to work on."""
        if "dates" not in self.manifests:
            return segments, routes
        index = 0
        while index < len(segments):
            first = segments[index]
            if not operands.count_dates(text[first.start : first.end]):
                index += 1
                continue
            for last in range(index + 1, min(index + 3, len(segments))):
                told = text[first.start : segments[last - 1].end]
                asked = text[segments[last].start : segments[last].end]
                if rules.date_story(told, asked):
                    whole = Segment(first.start, segments[last].end, False, ())
                    segments[index : last + 1] = [whole]
                    routes[index : last + 1] = [Route("dates", routes[last].score, None)]
                    break
            index += 1
        return segments, routes

    def _date_counts_joined(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """A question of how many days with the statements of its two dates beside it, one
        request for the dates specialist (``rules.date_count_story``); cut apart, the question
        had no dates and each date was a task of its own."""
        if "dates" not in self.manifests:
            return segments, routes
        index = 0
        while index < len(segments):
            asked = text[segments[index].start : segments[index].end]
            windows = [(index + 1, index + 1 + k) for k in (1, 2)]  # statements after it
            windows += [(index - k, index) for k in (1, 2)]  # or before it
            for first, last in windows:
                if first < 0 or last > len(segments):
                    continue
                told = [text[s.start : s.end] for s in segments[first:last]]
                if rules.date_count_story(asked, told):
                    low, high = min(first, index), max(last - 1, index)
                    whole = Segment(segments[low].start, segments[high].end, False, ())
                    segments[low : high + 1] = [whole]
                    routes[low : high + 1] = [Route("dates", routes[index].score, None)]
                    index = low
                    break
            index += 1
        return segments, routes

    def _told_values_given(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> list[Route]:
        """A statement of one date before "what day is that" is the date the question works on,
        whatever it reads like ("we want the wedding on 19 June 2027 in the barn" sounded like
        the documents): routed to dates, it is given to the question. So is a statement of one
        quantity before "what's that in psi", routed to units."""
        for index in range(len(segments) - 1):
            told, asked = (text[s.start : s.end] for s in segments[index : index + 2])
            route = routes[index]
            dated = "dates" in self.manifests and route.specialist != "dates"
            if dated and rules.weekday_of_told_date(told, asked):
                routes[index] = Route("dates", route.score, route.specialist)
            elif "units" in self.manifests and rules.converts_told_quantity(told, asked):
                if route.specialist != "units":  # "my tyres say 2.5 bar, what's that in psi"
                    routes[index] = Route("units", route.score, route.specialist)
                if routes[index + 1].specialist is None:  # a unit the router never saw
                    routes[index + 1] = Route("units", routes[index + 1].score, None)
        return routes

    def _areas_joined(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """ "Our kitchen is 3.2 m by 4.5 m. | What's the floor area": one product
        (``rules.area_story``); cut apart, the lengths read as a conversion and the area
        question had nothing to work on."""
        if "math" not in self.manifests:
            return segments, routes
        for index in range(len(segments) - 1):
            told, asked = (text[s.start : s.end] for s in segments[index : index + 2])
            if rules.area_story(told, asked):
                whole = Segment(segments[index].start, segments[index + 1].end, False, ())
                segments[index : index + 2] = [whole]
                routes[index : index + 2] = [Route("math", routes[index + 1].score, None)]
                break
        return segments, routes

    def _priced_amounts_joined(
        self, text: str, segments: list[Segment], routes: list[Route]
    ) -> tuple[list[Segment], list[Route]]:
        """ "2 kg of rice at 1.10 a kg | plus | 3 kg of beans at 2.40 a kg": one sum."""
        if "math" not in self.manifests:
            return segments, routes
        index = 0
        while index + 1 < len(segments):
            first, second = segments[index], segments[index + 1]
            if rules.priced_amounts_joined(
                text, (first.start, first.end), (second.start, second.end)
            ):
                segments[index : index + 2] = [Segment(first.start, second.end, False, ())]
                routes[index : index + 2] = [Route("math", routes[index + 1].score, None)]
                continue  # a third priced amount may follow
            index += 1
        return segments, routes

    def _asked_of_same_topic(
        self, text: str, masked: str, segment: Segment, nodes: list[TaskNode]
    ) -> str | None:
        """A question about the user's documents whose "it" is the last question's topic, not
        its answer ("how much is the rent, and when is it due?"): the question with the topic
        written in, when that reads as a docs question; else None."""
        if not nodes or nodes[-1].specialist != "docs" or len(segment.references) > 1:
            return None
        if rules.reader_named(text[segment.start : segment.end], None) is not None:
            return None  # "the sentiment of that line": a reading of the answer, not a question
        phrase = segment.references or (reference_phrase(masked, segment.start, segment.end),)
        if phrase[0] is None:
            return None
        start, end = phrase[0]
        if text[start:end].lower() not in ("it", "that", "this"):
            return None
        if rules.WORKED_ON.match(text, end):  # "what's that plus 100": the answer's amount
            return None
        topic = rules.topic(nodes[-1].input)
        if topic is None or not rules.QUESTION.match(text, segment.start, segment.end):
            return None
        asked = (text[segment.start : start] + topic + text[end : segment.end]).strip(" ,;.")
        return asked if self._route([asked])[0].specialist == "docs" else None

    def _readings_of_one_text(
        self, text: str, masked: str, segment: Segment, parts: list[tuple[int, int]]
    ) -> list[tuple[tuple[int, int], Route]] | None:
        """Text readers' questions of an earlier result, kept as one segment ("its entities,
        and its sentiment"): a question each, when one names the result and each asks a
        different text reader (each then reads that result)."""
        if QUOTED.search(text, segment.start, segment.end):
            return None  # a quoted text's aspects are ``_aspects``'
        phrases = [reference_phrase(masked, a, b) for a, b in parts]
        if not any(phrases):  # "the entities and the sentiment of that line": one names it
            return None
        routes = self._route([text[a:b] for a, b in parts])
        names = [r.specialist for r in routes]
        if any(n not in rules.READS_TEXT for n in names) or len(set(names)) != len(names):
            return None
        return list(zip(parts, routes, strict=True))

    def _request_after_text(
        self, text: str, segment: Segment, parts: list[tuple[int, int]], route: Route
    ) -> list[tuple[tuple[int, int], Route]] | None:
        """A text reader's segment that runs on past its text into a request of another kind
        ("the sentiment of 'X', and the weekday of 2025-05-05"): the two, cut apart."""
        quotes = list(QUOTED.finditer(text, segment.start, segment.end))
        if not quotes:
            return None
        after = [i for i, (a, _) in enumerate(parts) if a >= quotes[-1].end()]
        if not after or after[0] == 0:
            return None
        tail = (parts[after[0]][0], segment.end)
        tail_route = self._route([text[slice(*tail)]])[0]
        name = tail_route.specialist
        complete = name in rules.EXACT and operands.needs_operand(name, text[slice(*tail)]) is False
        asks = name == "docs" and rules.QUESTION.match(text, *tail) is not None
        if not (complete or asks):
            return None
        head = (segment.start, parts[after[0] - 1][1])
        return [(head, route), (tail, tail_route)]

    def _exact_requests(
        self, text: str, segment: Segment, parts: list[tuple[int, int]], after: bool = False
    ) -> list[tuple[tuple[int, int], Route]] | None:
        """``[(span, route)]`` of the whole requests an exact specialist's segment holds, or
        None when it is one request (the first part runs until it has its operands, or until
        it lacks just the one an earlier result can give: it names it, or it is arithmetic
        after an earlier request, "minus 1")."""
        first_route = self._route([text[slice(*parts[0])]])[0]
        first = 0
        name = first_route.specialist or ""
        while first < len(parts) - 1:
            head_text = text[segment.start : parts[first][1]]
            if operands.needs_operand(name, head_text) is False:
                break
            # "turn it into pints", or after an earlier request "minus 1": a step on the last
            cited = (after and name == "math") or rules.EXPLICIT_STEP.search(head_text)
            if cited and operands.needs_operand(name, head_text, cited=1) is False:
                break
            first += 1
        if first == len(parts) - 1:
            return None  # one request: its parts need not be routed (an encoder pass each)
        head = (segment.start, parts[first][1])
        head_route = first_route if first == 0 else self._route([text[slice(*head)]])[0]
        if head_route.specialist not in rules.EXACT:
            return None
        pieces = [(head, head_route)]
        previous_end = parts[first][1]
        rest = parts[first + 1 :]
        for (a, b), route in zip(rest, self._route([text[a:b] for a, b in rest]), strict=True):
            operator = rules.OPERATOR_BEFORE.search(text, previous_end, a)
            if operator is not None and operands.needs_operand("math", text[a:b]) is None:
                a = operator.start(1)  # ", PLUS 2": the connector was the step's operator
                route = Route("math", route.score, route.specialist)
            previous_end = b
            if route.specialist not in rules.EXACT:
                return None
            if operands.needs_operand(route.specialist, text[a:b]) is None:
                return None
            pieces.append(((a, b), route))
        return pieces

    def _route(self, requests: list[str]) -> list[Route]:
        """Routes of ``requests``, read off the token states of the query being planned where
        they are part of it (``route_head``)."""
        return self.router.route(requests, self.segmenter.last_query())

    def _carries_unit(self, name: str) -> bool:
        """Does the specialist's output say the unit of its value (so a conversion can cite it)?"""
        manifest = self.manifests.get(name)
        return manifest is not None and "unit" in manifest.output_fields

    def segments(self, text: str) -> list[Segment]:
        """The query's sub-task spans as the span segmenter cuts and reads them: a dependent
        span refers to the previous result by its first reference phrase, or takes it as an
        implicit operand; filler spans are dropped."""
        masked = mask_quotes(text)
        segments: list[Segment] = []
        correcting = False  # the last span was "sorry" / "no" / "actually": a correction follows
        for span, label, probs in self.segmenter.segment(text, masked):
            marker = rules.CORRECTION.match(text, span.start, span.end)
            only_marker = bool(marker and marker.end() >= span.end - 1)
            if (label == FILLER and not rules.has_work(text, span)) or only_marker:
                correcting = correcting or only_marker
                continue  # filler; but a quoted text is something to work on, never filler
            if (
                (correcting or marker)
                and segments
                and rules.CANCEL.match(text, rules.cut_at(marker, span), span.end)
            ):
                segments.pop()  # "... no wait, skip the mpg one": taken back, nothing instead
                correcting = False
                continue
            taken_back = rules.TAKEN_BACK.search(text, span.start, span.end)
            if taken_back is not None and not QUOTED.search(text, taken_back.start(), span.end):
                if taken_back.start() == span.start and segments:  # "... - forget that - ..."
                    segments.pop()
                correcting = False
                continue  # "sentiment of 'meh' — scratch that": this request is taken back
            if (correcting or marker) and segments:  # "... sorry, just 60 inches to cm"
                segments.pop()  # the request it corrects
                cut = marker or rules.JUST.match(text, span.start, span.end)
                if cut:
                    span = Span(span.first, span.last, *trim(text, cut.end(), span.end))
            correcting = False
            pieces = split_per_quote(text, masked, span.start, span.end)
            if len(pieces) > 1:  # requests that each bring their own quoted text
                segments += [Segment(a, b, False, ()) for a, b in pieces]
                continue
            dependent, phrase = read_dependency(text, masked, span, probs, first=not segments)
            if phrase is not None and rules.STATED_VALUE.match(text, phrase[1]):
                dependent, phrase = False, None  # "if it's 35, what's that times 2": given
            implicit = dependent and phrase is None
            phrase = rules.whole_reference(text, phrase) if phrase else None
            segments.append(Segment(span.start, span.end, implicit, (phrase,) if phrase else ()))
        if not segments:  # all of it read as filler: a query asks something, so ask it whole
            start, end = trim(text, 0, len(text))
            segments = [Segment(start, end, False, ())] if end > start else []
        return _letter_body(text, segments)


def _letter_body(text: str, segments: list[Segment]) -> list[Segment]:
    """The segments cut to a letter's body: after its salutation ("Dear Millbrook Dental,\n")
    and before its sign-off ("...?\nKind regards,\nGeoffrey")."""
    begin, end = rules.salutation_end(text), rules.sign_off_start(text)
    if end is None and not begin:
        return segments
    end = len(text) if end is None else end
    kept = []
    for segment in segments:
        start, stop = trim(text, max(segment.start, begin), min(segment.end, end))
        if stop > start:
            refs = tuple(r for r in segment.references if start <= r[0] and r[1] <= stop)
            kept.append(replace(segment, start=start, end=stop, references=refs))
    return kept or segments


def _shape(text: str) -> tuple[str, list[str]]:
    """The query with numbers and quoted spans masked, and the masked values in order."""
    values = [m.group(0) for m in _SHAPE.finditer(text)]
    return _SHAPE.sub("\x00", text.strip().lower()), values


def _template(plan: Plan, values: list[str]) -> Plan | None:
    """The plan with each masked value replaced by a numbered slot, or None if ambiguous."""
    nodes = [n.model_copy() for n in plan.nodes]
    cursor = 0
    for index, value in enumerate(values):
        while cursor < len(nodes) and value not in nodes[cursor].input:
            cursor += 1
        if cursor == len(nodes):
            return None  # a value the plan dropped (e.g. in an unsupported part): don't cache
        node = nodes[cursor]
        node.input = node.input.replace(value, _slot(index), 1)
    return Plan(nodes=nodes, unsupported=[u.model_copy() for u in plan.unsupported])


def _slot(index: int) -> str:
    """A marker no query text contains (private-use code points, no digits)."""
    return f"\x01{chr(0xE000 + index)}\x02"


def _refill(template: Plan, values: list[str]) -> Plan:
    def fill(text: str) -> str:
        return re.sub("\x01(.)\x02", lambda m: values[ord(m.group(1)) - 0xE000], text)

    nodes = [n.model_copy(update={"input": fill(n.input)}) for n in template.nodes]
    return Plan(nodes=nodes, unsupported=template.unsupported)
