"""The "Sources" appendix: every document's text, paragraph by paragraph, as the book cites it.

Each document gets ``sources/DOC_ID.md``: a heading, its manifest metadata and citation, then
its paragraphs as escaped HTML, each ``<p id="p-N">`` holding the paragraph's exact characters
in a ``<span class="ptext" data-start=...>`` so the page's script can highlight
``text[START:END]`` for a link ``#span-START-END``. Page chrome is shown dimmed with the rule
that set it aside. Passages that the book's tables cite are underlined.

The appendix's landing page (``chapters/sources.md``) includes :data:`LIST_FILE`, written beside
the pages: one row a document (outlet, title linked to its page, date, where the copy was
captured), from the manifest.

Nothing from the corpus reaches the page unescaped: HTML, Markdown and MyST syntax in a
document show as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from newsbook.corpus import Corpus, Document
from newsbook.files import write_if_changed

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$:&\"'=@^%])")
_BIB_UNSAFE = re.compile(r"[{}\\]")
_LINE_BREAKERS = {ord(c): f"&#{ord(c)};" for c in "\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029"}


def md_escape(text: str) -> str:
    """Backslash-escape every ASCII punctuation mark so MyST reads ``text`` literally.

    >>> md_escape("{eval}`1+1` <b>")
    '\\\\{eval\\\\}\\\\`1\\\\+1\\\\` \\\\<b\\\\>'
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def html_text(text: str) -> str:
    """Escape ``text`` for HTML inside a MyST raw block (backticks and braces too)."""
    escaped = html.escape(text, quote=True).replace("`", "&#96;").replace("{", "&#123;").replace("}", "&#125;")
    # MyST splits raw blocks on these, and a browser drops CR: as character references they keep
    # their place, so the page holds exactly the characters the offsets count.
    return escaped.replace("$", "&#36;").translate(_LINE_BREAKERS)


def _cited_intervals(cited: pd.DataFrame, doc_id: str) -> list[tuple[int, int]]:
    rows = cited[cited["doc_id"] == doc_id][["start", "end"]].drop_duplicates().sort_values(["start", "end"])
    merged: list[tuple[int, int]] = []
    for start, end in rows.itertuples(index=False):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], int(end)))
        else:
            merged.append((int(start), int(end)))
    return merged


def _paragraph_html(doc: Document, row: pd.Series, intervals: list[tuple[int, int]]) -> str:
    start, end = int(row["start"]), int(row["end"])
    pieces, cursor = [], start
    for a, b in intervals:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        pieces.append(html_text(doc.text[cursor:a]))
        pieces.append(f'<span class="cited">{html_text(doc.text[a:b])}</span>')
        cursor = b
    pieces.append(html_text(doc.text[cursor:end]))
    classes = "para chrome" if row["kind"] == "chrome" else f"para {row['kind']}"
    label = f'<span class="chrome-label">{html_text(row["chrome"])}</span> ' if row["chrome"] else ""
    return (
        f'<p id="p-{int(row["paragraph"])}" class="{classes}">'
        f'<a class="para-anchor" href="#p-{int(row["paragraph"])}">¶{int(row["paragraph"])}</a> {label}'
        f'<span class="ptext" data-start="{start}" data-end="{end}">{"".join(pieces)}</span></p>'
    )


def source_page(doc: Document, cited: pd.DataFrame) -> str:
    """The MyST Markdown of one document's page in the appendix."""
    intervals = _cited_intervals(cited, doc.doc_id)
    meta = doc.meta
    facts = [
        ("Outlet", meta["outlet"]),
        ("Captured from", meta.get("host") or "the outlet's own site"),
        ("Format", meta["format"]),
        ("Authors", "; ".join(doc.authors) or "not stated"),
        ("Published", meta["published"]),
        ("How the date is known", meta.get("published_evidence") or "stated on the page"),
        ("Rights", meta.get("rights") or "not stated"),
        ("File", f"{doc.path.name} ({len(doc.text):,} characters)"),
    ]
    rows = "".join(f"<tr><th>{html_text(k)}</th><td>{html_text(v)}</td></tr>" for k, v in facts)
    paragraphs = "\n".join(_paragraph_html(doc, row, intervals) for _, row in doc.paragraphs.iterrows())
    return (
        f"# {md_escape(meta['outlet'])}: {md_escape(doc.title)}\n\n"
        f"Cited as {{cite:t}}`{doc.doc_id}`. Paragraph numbers are anchors; page chrome is dimmed and labelled "
        "with the rule that set it aside; underlined passages are cited in the book.\n\n"
        "```{raw} html\n"
        f'<table class="source-meta">{rows}</table>\n'
        f'<div class="source-doc" data-doc="{html_text(doc.doc_id)}">\n{paragraphs}\n</div>\n'
        "```\n"
    )


def cited_spans(tables: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """``doc_id, start, end`` of every row of the tables that carry them."""
    frames = [t[["doc_id", "start", "end"]] for t in tables if {"doc_id", "start", "end"} <= set(t.columns)]
    if not frames:
        return pd.DataFrame(columns=["doc_id", "start", "end"])
    return pd.concat(frames, ignore_index=True).dropna().astype({"start": int, "end": int})


OWN_SITE = "the outlet's own site"
"""Where a copy came from when the manifest names no ``host``."""
LIST_FILE = "documents.list"
"""The list of documents, in MyST Markdown, that the landing page includes (not a page itself)."""


def source_list(corpus: Corpus, *, folder: str = "../sources") -> str:
    """A MyST Markdown table of the documents in manifest order, each title linking to its page.

    ``folder`` is where the pages are, relative to the page that shows the list.
    """
    rows = [
        "```{table}",
        ":class: source-list",
        "",
        "| Outlet | Title | Published | Captured from |",
        "|---|---|---|---|",
    ]
    for doc in corpus:
        meta = doc.meta
        title = f"[{md_escape(doc.title)}]({folder}/{doc.doc_id}.md)"
        rows.append(f"| {md_escape(meta['outlet'])} | {title} | {md_escape(str(meta['published']))} "
                    f"| {md_escape(meta.get('host') or OWN_SITE)} |")
    return "\n".join([*rows, "```"]) + "\n"


def write_source_pages(corpus: Corpus, out_dir: Path, *, cited: pd.DataFrame | None = None) -> list[Path]:
    """Write one appendix page per document into ``out_dir``, and :data:`LIST_FILE`, the list the
    appendix's landing page includes; remove pages of gone documents."""
    out_dir = Path(out_dir)
    cited = cited if cited is not None else pd.DataFrame(columns=["doc_id", "start", "end"])
    written = []
    for doc in corpus:
        path = out_dir / f"{doc.doc_id}.md"
        write_if_changed(path, source_page(doc, cited).encode("utf-8"))
        written.append(path)
    for stale in set(out_dir.glob("*.md")) - set(written):
        stale.unlink()
    write_if_changed(out_dir / LIST_FILE, source_list(corpus).encode("utf-8"))
    return written


def _bib_field(value: str) -> str:
    return _BIB_UNSAFE.sub("", " ".join(value.split())).replace("%", r"\%")


def bibliography(corpus: Corpus) -> str:
    """A BibTeX file with one entry per document, from the manifest."""
    entries = []
    for doc in corpus:
        meta = doc.meta
        published = doc.published
        authors = " and ".join(_bib_field(a) for a in doc.authors) or f"{{{_bib_field(meta['outlet'])}}}"
        fields = {
            "author": authors,
            "title": f"{{{_bib_field(doc.title)}}}",
            "journal": _bib_field(meta["outlet"]),
            "year": str(published.year),
            "month": published.strftime("%b").lower(),
            "day": str(published.day),
            "note": _bib_field(
                (f"Captured from {meta['host']}. " if meta.get("host") else "")
                + f"Published {published.isoformat()}"
                + (" (date inferred from the text)" if meta.get("published_evidence", "").lower().startswith("not stated") else "")
            ),
        }
        body = ",\n".join(f"  {k} = {{{v}}}" if k != "month" else f"  {k} = {v}" for k, v in fields.items())
        entries.append(f"@article{{{doc.doc_id},\n{body}\n}}\n")
    return "\n".join(entries)


def write_bibliography(corpus: Corpus, path: Path) -> None:
    """Write :func:`bibliography` to ``path`` if it changed."""
    write_if_changed(Path(path), bibliography(corpus).encode("utf-8"))
