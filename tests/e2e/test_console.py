"""The web console in real headless Chromium (Debian's), driven by Playwright, against `hive up`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COMPOUND = "echo hello; echo world and then echo that again"
DIAMOND = {
    "nodes": [
        {"id": "t1", "specialist": "add", "input": "2 + 3"},
        {"id": "t2", "specialist": "add", "input": "10 + 4"},
        {"id": "t3", "specialist": "add", "input": "{t1} + {t2}"},
        {"id": "t4", "specialist": "echo", "input": "total {t3}"},
    ]
}
WATCH_STATES = """() => {
  window.__states = {};
  new MutationObserver((records) => {
    for (const r of records) {
      const id = r.target.dataset.id;
      (window.__states[id] ||= []).push(r.target.getAttribute("data-status"));
    }
  }).observe(document.querySelector("#graph"),
             {subtree: true, attributes: true, attributeFilter: ["data-status"]});
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium: run `make browser` (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, hive_up: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    requested: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(hive_up)
    yield page
    context.close()
    foreign = [url for url in requested if not url.startswith(hive_up)]
    assert not foreign, f"the console loaded something from elsewhere: {foreign}"
    assert not problems, f"script errors: {problems}"


def ask(page: Page, text: str) -> None:
    page.locator("#query").fill(text)
    page.locator("#query").press("Enter")


def test_a_compound_query_draws_its_graph_live_and_answers(page: Page, artifacts: Path) -> None:
    page.evaluate(WATCH_STATES)
    ask(page, COMPOUND)
    expect(page.locator("#answer-status")).to_have_text("done", timeout=30_000)

    # Whatever graph the planner chose is drawn whole: a node per task, an edge per dependency.
    nodes = page.locator("#graph .node")
    count = nodes.count()
    assert count >= 1
    drawn = {
        (nodes.nth(i).get_attribute("data-id") or ""): (
            nodes.nth(i).get_attribute("data-depends-on") or ""
        ).split()
        for i in range(count)
    }
    edges = page.locator("#graph .edge")
    expected = {(dep, node) for node, deps in drawn.items() for dep in deps}
    found = {
        (edges.nth(i).get_attribute("data-from"), edges.nth(i).get_attribute("data-to"))
        for i in range(edges.count())
    }
    assert found == expected
    for i in range(count):
        expect(nodes.nth(i)).to_have_attribute("data-status", "done")
    # Each node went through "running" before "done": drawn from events, not from the answer.
    states = page.evaluate("window.__states")
    for node in drawn:
        seen = states[node]
        assert "running" in seen and seen.index("running") < seen.index("done"), (node, seen)
    expect(page.locator("#answer-text")).to_contain_text("echo")
    rows = page.locator("#tasks tbody tr")
    expect(rows).to_have_count(count)
    for i in range(count):
        expect(rows.nth(i).locator("td").last).to_have_text(re.compile(r"^\d+\.\d ms$"))
    page.screenshot(path=str(artifacts / "console.png"), full_page=True)


def test_an_explicit_plan_shows_its_dependency_edges(page: Page, artifacts: Path) -> None:
    ask(page, json.dumps(DIAMOND))
    expect(page.locator("#answer-status")).to_have_text("done", timeout=30_000)
    edges = page.locator("#graph .edge")
    expect(edges).to_have_count(3)  # t1->t3, t2->t3, t3->t4
    pairs = {(e.get_attribute("data-from"), e.get_attribute("data-to")) for e in edges.all()}
    assert pairs == {("t1", "t3"), ("t2", "t3"), ("t3", "t4")}
    expect(page.locator("#graph .edge.done")).to_have_count(3)
    t3 = page.locator('#tasks tbody tr[data-id="t3"]')
    expect(t3).to_contain_text("5 + 14")
    expect(t3).to_contain_text("19")
    expect(page.locator("#answer-text")).to_have_text(
        "add: 5.0. add: 14.0. add: 19.0. echo: total 19."
    )
    page.screenshot(path=str(artifacts / "console-plan.png"), full_page=True)


def test_bad_queries_are_explained_in_words(page: Page, artifacts: Path) -> None:
    ask(page, "   ")
    expect(page.locator("#error")).to_have_text("Type a question first.")
    cycle = {
        "nodes": [
            {"id": "t1", "specialist": "add", "input": "{t2} + 1"},
            {"id": "t2", "specialist": "add", "input": "{t1} + 1"},
        ]
    }
    ask(page, json.dumps(cycle))
    expect(page.locator("#error")).to_contain_text("the plan has a cycle: t1 -> t2 -> t1")
    page.screenshot(path=str(artifacts / "console-error.png"), full_page=True)
    ask(page, "echo " + "x" * 2100)
    expect(page.locator("#error")).to_contain_text("the limit is 2,000")
    ask(page, '{"nodes": [')
    expect(page.locator("#error")).to_contain_text("not valid JSON")
    ask(page, json.dumps({"nodes": [{"id": "t1", "specialist": "oracle", "input": "x"}]}))
    expect(page.locator("#error")).to_contain_text("unknown specialist 'oracle'")


def test_specialists_recent_queries_and_the_keyboard(page: Page) -> None:
    panel = page.locator("#specialists tbody")
    for name in ("docs", "echo", "add"):
        expect(panel.locator(f'tr[data-name="{name}"]')).to_contain_text("1/1")
    expect(page.locator("#health")).to_contain_text("hive ok")

    page.locator("body").click()
    page.keyboard.press("/")  # jumps to the query box
    expect(page.locator("#query")).to_be_focused()
    page.keyboard.type("echo from the keyboard")
    page.keyboard.press("Enter")
    expect(page.locator("#answer-status")).to_have_text("done", timeout=30_000)

    node = page.locator('#graph .node[data-id="t1"]')
    node.focus()
    page.keyboard.press("Enter")
    expect(page.locator('#tasks tbody tr[data-id="t1"]')).to_have_class("selected")
    page.keyboard.press("Escape")
    expect(page.locator('#tasks tbody tr[data-id="t1"]')).not_to_have_class("selected")

    # A recent query replays from its events (a late subscriber) in a fresh page.
    ask(page, "echo second")
    expect(page.locator("#answer-text")).to_contain_text("echo second", timeout=30_000)
    page.reload()
    recent = page.locator("#recent li button", has_text="echo from the keyboard")
    recent.click()
    expect(page.locator("#answer-text")).to_contain_text("echo from the keyboard", timeout=30_000)
    expect(page.locator('#graph .node[data-id="t1"]')).to_have_attribute("data-status", "done")


def test_documents_are_added_followed_while_indexing_and_deleted(
    page: Page, artifacts: Path
) -> None:
    notes = "The harvest fair is on 3 October in Marlow. Stalls cost 25 pounds for the day."
    page.locator("#doc-files").set_input_files(
        {"name": "console-notes.txt", "mimeType": "text/plain", "buffer": notes.encode()}
    )
    item = page.locator("#documents li", has_text="console-notes.txt")
    expect(item).to_contain_text(f"{len(notes)} chars")
    expect(page.locator("#docs-status")).to_contain_text("Indexed:", timeout=30_000)

    plan = {"nodes": [{"id": "t1", "specialist": "docs", "input": "where is the harvest fair?"}]}
    ask(page, json.dumps(plan))
    expect(page.locator("#answer-text")).to_contain_text("Marlow", timeout=30_000)
    page.screenshot(path=str(artifacts / "console-documents.png"), full_page=True)

    page.get_by_role("button", name="Delete console-notes.txt").click()
    expect(item).to_have_count(0)

    binary = b"%PDF-1.7\n" + bytes(range(256)) * 4
    page.locator("#doc-files").set_input_files(
        {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": binary}
    )
    expect(page.locator("#error")).to_contain_text("scan.pdf is not a UTF-8 text file")
    expect(page.locator("#documents li", has_text="scan.pdf")).to_have_count(0)
