"""Titles and section headings: the context each sentence of a document is read in."""

from __future__ import annotations

from specialists.docs.outline import Outline, headings, paragraphs, readable_id, tables

MANUAL = """AquaClean DW45 — User Manual

## Error codes
E1 — the machine is not filling with water.
E4 — water is leaking into the base tray.

Fuel. Cars are supplied with a full tank. Return them full.

Where can I park?
Yes. The car park is on Harwood Street.

- buy salt before the first wash
- top up the rinse aid
"""


def test_headings_are_titles_markdown_faq_questions_and_paragraph_labels() -> None:
    assert [h.text for h in headings(MANUAL)] == [
        "AquaClean DW45 — User Manual",
        "Error codes",
        "Fuel",
        "Where can I park?",
    ]


def test_a_numbered_line_is_a_section_heading_unless_it_is_a_step_of_a_list() -> None:
    guide = (
        "Stallholder guide\n\n1. Pitch fees\nA standard pitch costs £45 on Fridays.\n\n"
        "2. Setting up\nArrive by 15:00.\n1. Unload at the gate\n2. Park in Car Park B\n"
    )
    assert [h.text for h in headings(guide)] == ["Stallholder guide", "Pitch fees", "Setting up"]
    outline = Outline.of("guide", guide)
    assert outline.section(guide.index("A standard")) == "Pitch fees"
    assert outline.is_heading(guide.index("Pitch fees"), guide.index("Pitch fees") + 10)


def test_a_table_row_is_read_under_its_header_row_and_is_no_heading() -> None:
    guide = (
        "Washer guide\n\nProgrammes\nProgramme | Load | Temp | Duration\n"
        "Cotton | 8 kg | 40°C | 2 h 10 min\nEco 40-60 | 8 kg | 40°C | 3 h 35 min\n\nRinse often."
    )
    assert [h.text for h in headings(guide)] == ["Washer guide", "Programmes"]
    outline = Outline.of("washer", guide)
    header = "Programme | Load | Temp | Duration"
    assert outline.section(guide.index("Eco")) == f"Programmes \n{header}"
    assert outline.section(guide.index("Cotton")) == f"Programmes \n{header}"
    assert outline.section(guide.index("Rinse")) == "Programmes"
    assert tables("Total | £5 | paid\n") == []  # a row alone has no header to read it by


def test_a_paragraph_label_covers_only_the_label() -> None:
    fuel = next(h for h in headings(MANUAL) if h.text == "Fuel")
    assert MANUAL[fuel.start : fuel.end] == "Fuel."


def test_the_title_names_the_document_by_its_id_and_first_line() -> None:
    outline = Outline.of("dishwasher_manual.txt", MANUAL)
    assert outline.title == "dishwasher manual. AquaClean DW45 — User Manual"
    assert Outline.of("notes.md", "Buy milk and eggs today.").title == "notes"


def test_a_sentence_falls_under_the_last_heading_before_it() -> None:
    outline = Outline.of("manual", MANUAL)
    assert outline.section(MANUAL.index("E4 —")) == "Error codes"
    assert outline.section(MANUAL.index("Return them")) == "Fuel"
    assert outline.section(MANUAL.index("The car park")) == "Where can I park?"
    assert outline.section(0) == ""  # the title line is the title, not a section


def test_is_heading_is_true_only_for_spans_inside_a_heading() -> None:
    outline = Outline.of("manual", MANUAL)
    start = MANUAL.index("Where can")
    assert outline.is_heading(start, start + len("Where can I park?"))
    assert outline.is_heading(0, len("AquaClean DW45 — User Manual"))
    assert not outline.is_heading(MANUAL.index("E1"), MANUAL.index("E1") + 20)


def test_readable_id_drops_the_extension_and_separators() -> None:
    assert readable_id("launch-notes.txt") == "launch notes"
    assert readable_id("expense_policy") == "expense policy"
    assert readable_id("Q3 report.PDF") == "Q3 report"


def test_paragraphs_split_at_blank_lines_and_cover_the_text() -> None:
    text = "Title line\n\nFirst para,\nstill first.\n  \n\nSecond para."
    spans = paragraphs(text)
    expected = ["Title line", "First para,\nstill first.", "Second para."]
    assert [text[a:b] for a, b in spans] == expected
    outline = Outline.of("x", text)
    assert outline.paragraph(text.index("still")) == 1
    assert outline.paragraph(text.index("Second")) == 2
    assert outline.paragraph(len(text)) == 2


def test_a_first_line_naming_the_document_is_its_title_even_with_a_full_stop() -> None:
    """Documents written a sentence a line end their title line with a full stop too."""
    text = "Granite Loft Climbing Centre: membership terms for 2027.\nLockers take a coin."
    assert (
        Outline.of("gym", text).title
        == "gym. Granite Loft Climbing Centre: membership terms for 2027."
    )
    # a sentence opening a document is no title, nor is a later line of that shape
    assert Outline.of("gym", "Lockers take a coin.\nNote: bring a padlock.").title == "gym"
