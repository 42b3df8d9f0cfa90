"""The built book as a reader sees it, in headless Chromium (Debian's ``chromium``, driven by Playwright).

Every page opens with no console error and every image loaded; a sample of provenance links from every
chapter lands on the exact passage, highlighted; the search page finds a word from the corpus.
Screenshots of every page are kept in ``_build/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest

from newsbook.build import toc_chapters
from newsbook.paths import BUILD_DIR

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
LINKS_PER_CHAPTER = 6
SCREENSHOTS = BUILD_DIR / "screenshots"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def site(built_book: Path):
    handler = functools.partial(_QuietHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", built_book
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (make test installs it where it can)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed request {request.url}"))
    page.goto(url, wait_until="load")
    return page, problems


def test_every_page_opens_cleanly(site, browser):
    base, html = site
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pages = sorted(p.relative_to(html).as_posix() for p in html.rglob("*.html") if "_static" not in p.parts)
    assert "index.html" in pages and len(pages) >= 8
    landing, _ = _open(browser, f"{base}/index.html")
    landing.wait_for_url("**/intro.html")
    landing.close()
    for relative in (p for p in pages if p != "index.html"):
        page, problems = _open(browser, f"{base}/{relative}")
        broken = page.evaluate("Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
        overflow = page.evaluate(
            "document.querySelector('main') ? document.querySelector('main').scrollWidth - document.querySelector('main').clientWidth : 0"
        )
        page.screenshot(path=str(SCREENSHOTS / (relative.replace("/", "__").removesuffix(".html") + ".png")), full_page=True)
        page.close()
        assert not problems, f"{relative}: {problems}"
        assert not broken, f"{relative}: images that did not load: {broken}"
        assert overflow <= 2, f"{relative}: the page is {overflow}px wider than its main column"


PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("chapter", toc_chapters())
def test_tables_fit_a_phone_screen(site, browser, chapter):
    """On a phone every table is read without a sideways scroll: each row is a card whose cells are
    headed by their column's name (``_static/newsbook.css``)."""
    base, _ = site
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{base}/{chapter}.html", wait_until="load")
    boxes = page.eval_on_selector_all(
        ".newsbook-table", "boxes => boxes.map(b => [b.scrollWidth - b.clientWidth, b.querySelectorAll('td').length])")
    labels = page.eval_on_selector_all(
        "table.dataframe:not(.quote-versions) td", "cells => cells.map(c => getComputedStyle(c, '::before').content)")
    page.close()
    wider = [excess for excess, _ in boxes if excess > 1]
    assert not wider, f"{chapter}: {len(wider)} of {len(boxes)} tables are wider than a phone's screen (by {wider} px)"
    named = [label.strip('"').removesuffix(": ").strip() for label in labels if label not in ("none", "normal", "")]
    assert len(named) == len(labels) and all(named), f"{chapter}: a cell shows no column name"


def _sample(items: list[str], count: int) -> list[str]:
    if len(items) <= count:
        return items
    step = (len(items) - 1) / (count - 1)
    return [items[round(i * step)] for i in range(count)]


@pytest.mark.parametrize("chapter", toc_chapters())
def test_provenance_links_land_on_the_highlighted_passage(site, browser, corpus, chapter):
    base, _ = site
    page, _ = _open(browser, f"{base}/{chapter}.html")
    hrefs = page.eval_on_selector_all("a.source-link", "links => links.map(a => a.getAttribute('href'))")
    page.close()
    spans = [h for h in hrefs if "#span-" in h]
    if not spans:
        pytest.skip(f"{chapter} links to whole documents only")
    for href in _sample(spans, LINKS_PER_CHAPTER):
        match = re.search(r"sources/(.+)\.html#span-(\d+)-(\d+)$", href)
        assert match, href
        doc_id, start, end = match.group(1), int(match.group(2)), int(match.group(3))
        url = f"{base}/{chapter}.html".rsplit("/", 1)[0] + "/" + href
        target, problems = _open(browser, url)
        marked = target.eval_on_selector_all("mark.provenance", "marks => marks.map(m => m.textContent)")
        in_view = target.evaluate(
            "(() => { const m = document.querySelector('mark.provenance'); if (!m) return false;"
            " const r = m.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; })()"
        )
        target.close()
        expected = corpus[doc_id].text[start:end]
        # one passage may be marked in several pieces (a cited word inside it is marked apart,
        # "Russia" and "-China"): compare the characters, white space aside
        assert "".join("".join(marked).split()) == "".join(expected.split()), href
        assert in_view, f"{href}: the highlighted passage is not scrolled into view"
        assert not problems, problems


def test_search_finds_a_word_from_the_corpus(site, browser):
    base, _ = site
    page, problems = _open(browser, f"{base}/search.html?q=Tokayev")
    page.wait_for_selector("#search-results ul.search li", timeout=15000)
    results = page.eval_on_selector_all("#search-results ul.search li a", "links => links.map(a => a.getAttribute('href'))")
    page.close()
    assert any("sources/" in r for r in results), results
    assert not problems, problems
