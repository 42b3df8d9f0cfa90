"""Hostile content: the book builds on ``tests/hostile/`` and shows all of it as plain text.

The hostile corpus (``tests/hostile/make.py`` says what is in it) holds HTML and ``<script>``,
Markdown, MyST roles and directives, Sphinx markup, very long lines and control characters, in
the texts and in the manifest's fields. One build (module scope, network blocked, into a
temporary folder) serves every test here.
"""

from __future__ import annotations

import csv
import html
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from buildkit import build_book

from newsbook import load_corpus
from newsbook.build import toc_chapters
from newsbook.paths import REPO_ROOT

HOSTILE = REPO_ROOT / "tests" / "hostile"
MANIFEST = HOSTILE / "corpus.csv"
LIVE_MARKERS = ("alert(", "pwned", "javascript:", "example.invalid", "display:none", "/etc/passwd")
"""Strings that only the corpus holds: in a tag's attributes or a script's code they would be live."""
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters that :meth:`str.splitlines` treats as line ends (MyST splits raw blocks with it; a
browser turns a raw CR into LF)."""


class PageScan(HTMLParser):
    """Collects what a browser would treat as live, and the text of the Sources paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.live: list[str] = []
        self.text: list[str] = []
        self.passages: dict[tuple[int, int], list[str]] = {}
        self._passage: tuple[int, int] | None = None
        self._depth = 0
        self._code: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on") and any(m in (value or "") for m in LIVE_MARKERS):
                self.live.append(f"<{tag} {name}={value!r}>")
            elif name in ("href", "src", "action", "style", "srcdoc", "data") and any(m in (value or "") for m in LIVE_MARKERS):
                self.live.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed"):
            self.live.append(f"<{tag}>")
        if tag in ("script", "style"):
            self._code = tag
        if tag == "span" and dict(attrs).get("class") == "ptext" and self._passage is None:
            values = dict(attrs)
            self._passage = (int(values["data-start"] or 0), int(values["data-end"] or 0))
            self.passages[self._passage] = []
            self._depth = 0
        elif tag == "span" and self._passage is not None:
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._code = None
        if tag == "span" and self._passage is not None:
            if self._depth == 0:
                self._passage = None
            else:
                self._depth -= 1

    def handle_charref(self, name: str) -> None:
        # as a browser decodes &#N;: Python's html.unescape drops control characters a browser keeps
        try:
            number = int(name[1:], 16) if name[:1] in "xX" else int(name)
        except ValueError:
            self.handle_data(f"&#{name}")
            return
        if number in html._invalid_charrefs:  # the HTML standard's table: NUL, CR, 0x80-0x9F
            self.handle_data(html._invalid_charrefs[number])
        elif 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
            self.handle_data("\ufffd")
        else:
            self.handle_data(chr(number))

    def handle_entityref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&{name};"))

    def handle_data(self, data: str) -> None:
        if self._code is not None:
            if any(m in data for m in LIVE_MARKERS):
                self.live.append(f"<{self._code}>{data[:80]!r}")
            return
        self.text.append(data)
        if self._passage is not None:
            self.passages[self._passage].append(data)


def read_exact(path: Path) -> str:
    """A file's text decoded as UTF-8 with no newline translation."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def scan(path: Path) -> PageScan:
    """Parse a page as a browser does: raw CR LF and CR become LF before any markup is read."""
    parser = PageScan()
    parser.feed(read_exact(path).replace("\r\n", "\n").replace("\r", "\n"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    build = build_book(tmp_path_factory.mktemp("hostile") / "build", manifest=MANIFEST)
    assert build.result.returncode == 0, build.result.stdout + build.result.stderr
    return build


@pytest.fixture(scope="module")
def hostile_corpus():
    return load_corpus(MANIFEST)


def test_fixture_files_match_their_generator(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("hostile_make", HOSTILE / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write(tmp_path)
    for name in ("corpus.csv", "hostile-article.txt", "hostile-transcript.txt"):
        assert (tmp_path / name).read_bytes() == (HOSTILE / name).read_bytes(), name


def test_hostile_corpus_is_valid_input(hostile_corpus):
    article, transcript = hostile_corpus["hostile-article"], hostile_corpus["hostile-transcript"]
    assert article.text.startswith("\ufeff") and "\r\n" in transcript.text
    assert max(len(line) for line in article.text.split("\n")) > 25_000
    for doc in hostile_corpus:
        for start, end, text in doc.paragraphs[["start", "end", "text"]].itertuples(index=False):
            assert doc.text[start:end] == text


@pytest.mark.slow
def test_book_builds_without_warnings_or_network(hostile_build):
    report = hostile_build.result.stdout + hostile_build.result.stderr
    assert "WARNING" not in report and "Traceback" not in report, report
    assert hostile_build.attempts() == []
    for chapter in toc_chapters():
        assert (hostile_build.html / f"{chapter}.html").is_file(), chapter


@pytest.mark.slow
def test_no_page_runs_anything_from_the_corpus(hostile_build):
    pages = sorted(hostile_build.html.rglob("*.html"))
    assert len(pages) > 3
    live = {str(page.relative_to(hostile_build.html)): scan(page).live for page in pages}
    assert {page: found for page, found in live.items() if found} == {}
    for page in pages:
        assert "root:x:0:0" not in page.read_text(encoding="utf-8"), f"{page.name} included /etc/passwd"


def _lenient(text: str) -> str:
    return "".join("\n" if c in LINE_BREAKERS else c for c in text.replace("\r\n", "\n"))


@pytest.mark.slow
def test_sources_pages_show_every_paragraph_as_plain_text(hostile_build, hostile_corpus):
    """Each paragraph's characters appear on its page as text (line-ending characters aside)."""
    for doc in hostile_corpus:
        page = scan(hostile_build.html / "sources" / f"{doc.doc_id}.html")
        expected = {(int(a), int(b)) for a, b in doc.paragraphs[["start", "end"]].itertuples(index=False)}
        assert set(page.passages) == expected
        for (start, end), pieces in page.passages.items():
            shown = _lenient("".join(pieces))
            assert shown == _lenient(doc.text[start:end]), (doc.doc_id, start, shown[:200])
        visible = "".join(page.text)
        for field in ("title", "outlet", "rights", "published_evidence"):
            assert doc.meta[field] in visible, (doc.doc_id, field)


def _same_character(expected: str, shown: str) -> bool:
    # HTML maps the reference &#133; to U+2026, so NEL (U+0085) has no faithful spelling in a page.
    return expected == shown or (expected == "\x85" and shown in "\n\u2026")


@pytest.mark.slow
def test_line_ending_characters_survive_on_the_sources_page(hostile_build, hostile_corpus):
    """CR, vertical tab, form feed, U+2028 ... are characters of the text: the page keeps each one, so
    the page script's character offsets (``#span-START-END``) land where the library's do."""
    for doc in hostile_corpus:
        page = scan(hostile_build.html / "sources" / f"{doc.doc_id}.html")
        for (start, end), pieces in page.passages.items():
            text, shown = doc.text[start:end], "".join(pieces)
            if any(c in text for c in LINE_BREAKERS):
                assert len(shown) == len(text), f"{doc.doc_id} ¶ at {start}: {len(text)} characters shown as {len(shown)}"
                wrong = [(i, a, b) for i, (a, b) in enumerate(zip(text, shown)) if not _same_character(a, b)]
                assert not wrong, f"{doc.doc_id} ¶ at {start}: (offset, character, shown as) {wrong}"


@pytest.mark.slow
def test_chapter_pages_show_manifest_fields_as_text(hostile_build, hostile_corpus):
    visible = "".join(scan(hostile_build.html / "chapters" / "corpus.html").text)
    for doc in hostile_corpus:
        assert doc.title in visible, doc.title
        assert doc.outlet in visible


@pytest.mark.slow
def test_downloads_hold_the_exact_text(hostile_build, hostile_corpus):
    """The CSV files keep every character, CRLF and control characters included."""
    downloads = hostile_build.html / "downloads"
    csv.field_size_limit(1 << 30)  # a paragraph of the hostile article is longer than the default 128 KB
    for name in ("paragraphs.csv", "sentences.csv"):
        rows = list(csv.DictReader(io.StringIO(read_exact(downloads / name), newline="")))
        assert rows, name
        for row in rows:
            doc = hostile_corpus[row["doc_id"]]
            assert doc.text[int(row["start"]):int(row["end"])] == row["text"], (name, row["doc_id"], row["start"])


def test_bibliography_survives_tex_special_characters(make_corpus):
    """A title such as "50% of the troops" must not break the bibliography (``%`` starts a TeX comment)."""
    import pybtex.plugin
    from pybtex.database import parse_string

    from newsbook.sources import bibliography

    titles = {"pct": "50% of the troops leave", "tilde": "Almaty ~ Astana", "braces": "A {braced} title",
              "backslash": "Back\\slash and $5 # & _ ^"}
    manifest = make_corpus({key: "Some text here.\n" for key in titles}, rows={k: {"title": t} for k, t in titles.items()})
    database = parse_string(bibliography(load_corpus(manifest)), "bibtex")
    style = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")()
    for key, title in titles.items():
        rendered = style.format_entry(key, database.entries[key]).text.render_as("text")
        words = [w for w in title.replace("{", " ").replace("}", " ").replace("\\", " ").split() if w.isalnum()]
        for word in words:
            assert word in rendered, (title, rendered)
