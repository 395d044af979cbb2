"""A document's title and section headings: the context a sentence is read in.

"Drivers aged 23 to 25 pay a surcharge." does not say it is about car hire; the document's title
("Velora Car Hire — Rental Terms") and its section ("Who can rent") do. The docs specialist embeds
and keyword-indexes each sentence together with that context, while still quoting the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from specialists.docs.chunking import LABEL_LINE

MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 14
MAX_LEAD_WORDS = 5  # "Insurance and damage. Basic cover ..." but not a whole short sentence

_LINE = re.compile(r"[^\n]+")
_MARKDOWN = re.compile(r"\s*#{1,6}\s+")
_BULLET = re.compile(r"\s*(?:[-*•·–—]|\d{1,3}[.)]|[a-z]\))\s+")
_CLOSED = re.compile(r"[.!;:,]$")  # a line that ends like prose is not a heading
_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s+")  # "1. Pitch fees": a section, unless in a list
MAX_NUMBERED_WORDS = 8
# A paragraph opening with a short label: "Fuel. Cars are ...", "2. Rent. The rent is ...".
_LEAD = re.compile(r"(?:\d{1,3}[.)]\s+)?([A-Z][\w&/'’ -]{1,48}?)[.:]\s+(?=[A-Z0-9])")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")  # a blank line, perhaps with spaces
_FILE_SUFFIX = re.compile(r"\.(?:txt|md|markdown|rst|pdf|docx?|html?)$", re.IGNORECASE)
_ID_SEPARATORS = re.compile(r"[_\-.]+")
_NAMED_TITLE = re.compile(r"(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*\s*:\s+[^.:!?]+\.$")


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading's text and the span of the document it occupies."""

    text: str
    start: int
    end: int


def _line_heading(
    text: str, start: int, end: int, opens_paragraph: bool, in_list: bool
) -> Heading | None:
    """The heading a line is or opens with, if any; ``in_list`` when a line next to it is a
    list item, so a numbered line there is a step rather than a section."""
    line = text[start:end]
    stripped = line.strip()
    marker = _MARKDOWN.match(line)
    if marker:
        return Heading(line[marker.end() :].strip(), start, end)
    numbered = _NUMBERED.match(line)
    body = line[numbered.end() :].strip() if numbered else stripped
    # "Granite Loft Climbing Centre: membership terms for 2027." opening a document written a
    # sentence a line: its title, full stop and all.
    named = start == 0 and _NAMED_TITLE.match(body) is not None
    looks_like_title = (
        len(body) <= MAX_HEADING_CHARS
        and len(body.split()) <= (MAX_NUMBERED_WORDS if numbered else MAX_HEADING_WORDS)
        and (body.endswith("?") or not _CLOSED.search(body) or named)
        # "2. Deposit: £40 per dog" is a numbered item with its value, not a section heading.
        and (numbered is None or not LABEL_LINE.match(body))
    )
    if _is_table_row(line):
        return None  # its table's header row is its context (``tables``), never a section
    if looks_like_title and (not _BULLET.match(line) or (numbered and not in_list)):
        return Heading(body, start, end)
    lead = _LEAD.match(line) if opens_paragraph else None
    if lead and len(lead.group(1).split()) <= MAX_LEAD_WORDS:
        return Heading(lead.group(1), start, start + lead.end(1) + 1)
    return None


def headings(text: str) -> list[Heading]:
    """Markdown headings, short unpunctuated lines, FAQ questions and paragraph labels."""
    found = []
    previous_end = 0
    lines = [match for match in _LINE.finditer(text) if match.group().strip()]
    items = [bool(_BULLET.match(match.group())) for match in lines]
    for index, match in enumerate(lines):
        opens_paragraph = match.start() == 0 or text.count("\n", previous_end, match.start()) > 1
        previous_end = match.end()
        in_list = any(items[index - 1 : index]) or any(items[index + 1 : index + 2])
        heading = _line_heading(text, match.start(), match.end(), opens_paragraph, in_list)
        if heading is not None:
            found.append(heading)
    return found


def _is_table_row(line: str) -> bool:
    """A line of two or more ``|``: a row of a plain-text table."""
    return line.count("|") >= 2


def tables(text: str) -> list[Heading]:
    """Each table's header row (a run of two or more table rows), spanning its other rows."""
    found = []
    run: list[re.Match[str]] = []
    for match in [*_LINE.finditer(text), None]:  # None closes a table at the end of the text
        if match is not None and _is_table_row(match.group()):
            run.append(match)
            continue
        if len(run) >= 2:
            found.append(Heading(run[0].group().strip(), run[0].end(), run[-1].end()))
        run = []
    return found


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each blank-line-separated paragraph, covering the whole text."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    return list(zip(starts, ends, strict=True))


def readable_id(doc_id: str) -> str:
    """A document id as words: ``"launch-notes.txt"`` becomes ``"launch notes"``."""
    return _ID_SEPARATORS.sub(" ", _FILE_SUFFIX.sub("", doc_id)).strip()


@dataclass(frozen=True, slots=True)
class Outline:
    """A document's title and headings, to look up the section a sentence falls under."""

    title: str
    headings: list[Heading]
    sections: list[Heading]  # the headings after the title line
    paragraphs: list[tuple[int, int]]
    tables: list[Heading] = field(default_factory=list)  # header rows, spanning their rows

    @classmethod
    def of(cls, doc_id: str, text: str) -> Outline:
        """The outline of ``text``; its title is the id in words plus a heading first line."""
        found = headings(text)
        first = found[0] if found and not text[: found[0].start].strip() else None
        title = ". ".join(part for part in (readable_id(doc_id), first and first.text) if part)
        sections = found[1:] if first else found
        return cls(title, found, sections, paragraphs(text), tables(text))

    def section(self, offset: int) -> str:
        """The heading of the section that ``offset`` falls in (``""`` before the first), and
        in a table's row, its header row too."""
        index = bisect_right([h.start for h in self.sections], offset) - 1
        heading = self.sections[index].text if index >= 0 else ""
        header = next((t.text for t in self.tables if t.start < offset <= t.end), "")
        return " \n".join(part for part in (heading, header) if part)

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph that ``offset`` falls in."""
        index = bisect_left([end for _, end in self.paragraphs], offset)
        return min(index, len(self.paragraphs) - 1)

    def is_heading(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is nothing but a heading or the title line."""
        return any(h.start <= start and end <= h.end for h in self.headings)
