"""Show tables in the book: corpus text escaped, every row linked to its source passage.

A link goes to the document's page in the "Sources" appendix, ``sources/DOC_ID.html``, with
the fragment ``#span-START-END``; the page's script opens the paragraph that holds the span
and highlights exactly ``text[START:END]``. Every paragraph also has the anchor ``#p-N``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
from IPython.display import HTML

SOURCES_FOLDER = "sources"


def source_href(doc_id: str, start: int, end: int, *, root: str = "..") -> str:
    """The book-relative URL of a passage in the Sources appendix.

    >>> source_href("ap-1", 10, 20)
    '../sources/ap-1.html#span-10-20'
    """
    return f"{root}/{SOURCES_FOLDER}/{html.escape(doc_id, quote=True)}.html#span-{int(start)}-{int(end)}"


DECIMALS = 2
"""Digits after the point of every non-whole number in a table, the same for every row."""
FRACTION_FORMAT = f"{{:,.{DECIMALS}f}}"
"""How a column of numbers that are not all whole is written."""


def number_format(values: pd.Series) -> str:
    """The format of a numeric column: whole numbers as such, others with :data:`DECIMALS` digits.

    One format a column, so that its numbers line up and compare (``0.79``, ``0.00``, ``5.53``).

    >>> number_format(pd.Series([0.791, 0.0, 5.5321]))
    '{:,.2f}'
    >>> number_format(pd.Series([3.0, 12.0, None]))
    '{:,.0f}'
    """
    finite = pd.to_numeric(values, errors="coerce").dropna()
    whole = bool(len(finite)) and bool((finite == finite.round()).all())
    return "{:,.0f}" if whole else FRACTION_FORMAT


def _cell(value: object, fmt: str | None = None) -> str:
    if isinstance(value, float):
        return "" if pd.isna(value) else (fmt or FRACTION_FORMAT).format(value)
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    return html.escape(str(value))


WIDE = ' class="wide"'
"""The header attribute of a column in ``wide``."""
LONG_CELL = 50
"""Cells longer than this many characters wrap in a wide column."""
SHORT_CELL = 16
"""Cells up to this many characters stay on one line; those between wrap where they must."""


def _td(value: object, label: str, *, identifier: bool = False, fmt: str | None = None, href: str | None = None) -> str:
    """A cell; ``label`` is its column's header, which a phone shows before the cell when it lays each
    row out as a card (``_static/newsbook.css``)."""
    text = _cell(value, fmt)
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    css = "id" if identifier else "num" if numeric else "long" if len(text) > LONG_CELL else "short" if len(text) <= SHORT_CELL else "mid"
    if href is not None:
        text = f'<a class="source-link" href="{href}">{text}</a>'
    return f'<td class="{css}" data-label="{html.escape(label, quote=True)}">{text}</td>'


def table_html(
    frame: pd.DataFrame,
    *,
    columns: Sequence[str] | None = None,
    link: tuple[str, str, str] | None = ("doc_id", "start", "end"),
    link_label: str = "source",
    link_column: str | None = None,
    headers: Mapping[str, str] | None = None,
    wide: Sequence[str] = (),
    max_rows: int = 200,
    root: str = "..",
) -> str:
    """An HTML table of ``frame`` with every cell escaped and a link per row to its source.

    ``link`` names the document-id, start and end columns: a row links to its passage when the
    frame has all three, to the document's page when it has only the id, and not at all when
    ``link`` is ``None``. The link is a last column labelled ``link_label``, or, with
    ``link_column``, that column's own text (one column less). ``headers`` renames columns
    for display; the columns in ``wide`` (the text the table is about) take half the table's
    width. Numbers take one format a column (:func:`number_format`).
    """
    columns = list(columns or frame.columns)
    headers = dict(headers or {})
    linked = link is not None and link[0] in frame.columns
    has_span = linked and all(c in frame.columns for c in link[1:])
    own_column = linked and link_column in columns
    labels = {c: str(headers.get(c, c)) for c in columns}
    head = "".join(f"<th{WIDE if c in wide else ''}>{html.escape(labels[c])}</th>" for c in columns)
    head += "<th>passage</th>" if linked and not own_column else ""
    shown = frame.head(max_rows)
    formats = {c: number_format(shown[c]) for c in columns if pd.api.types.is_float_dtype(shown[c])}
    body = []
    for _, row in shown.iterrows():
        href = None
        if linked:
            if has_span:
                href = source_href(str(row[link[0]]), int(row[link[1]]), int(row[link[2]]), root=root)
            else:
                href = source_href(str(row[link[0]]), 0, 0, root=root).split("#")[0]
        cells = "".join(_td(row[c], labels[c], identifier=c == "doc_id", fmt=formats.get(c),
                            href=href if own_column and c == link_column else None)
                        for c in columns)
        if linked and not own_column:
            cells += f'<td data-label="passage"><a class="source-link" href="{href}">{html.escape(link_label)}</a></td>'
        body.append(f"<tr>{cells}</tr>")
    more = ""
    if len(frame) > max_rows:
        more = f'<p class="table-note">First {max_rows} of {len(frame)} rows; the CSV download has them all.</p>'
    return (
        '<div class="newsbook-table"><table class="dataframe">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>{more}"
    )


def show_table(frame: pd.DataFrame, **options: object) -> HTML:
    """:func:`table_html` as a notebook display object."""
    return HTML(table_html(frame, **options))  # type: ignore[arg-type]


def downloads(names: Sequence[str], *, root: str = "..") -> HTML:
    """Links to the CSV files of this chapter, which the build exports beside the book."""
    links = " · ".join(
        f'<a class="download-link" href="{root}/downloads/{html.escape(n)}" download>{html.escape(n)}</a>' for n in names
    )
    return HTML(f'<p class="downloads">Download the tables: {links}</p>')


def glue_facts(facts: Mapping[str, object]) -> None:
    """Glue every fact of a chapter's ``*_facts`` functions under its key, for ``{glue:text}`` in the prose."""
    from myst_nb import glue

    for key, value in facts.items():
        glue(key, value, display=False)
