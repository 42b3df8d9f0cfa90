"""Tables in the book: corpus text escaped, one number format a column, rows linked to their source."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.display import number_format, table_html


@pytest.mark.parametrize(("values", "expected"), [
    ([0.791, 0.0, 5.5321], ["0.79", "0.00", "5.53"]),
    ([3.0, 12.0, 1500.0], ["3", "12", "1,500"]),
    ([1234.567, 2.0], ["1,234.57", "2.00"]),
])
def test_one_number_format_a_column(values, expected):
    html = table_html(pd.DataFrame({"per_1000": values}), link=None)
    cells = [cell.split("</td>")[0].split(">")[-1] for cell in html.split('<td class="num" data-label="per_1000">')[1:]]
    assert cells == expected
    assert number_format(pd.Series(values)).format(values[0]) == expected[0]


def test_missing_numbers_stay_empty():
    html = table_html(pd.DataFrame({"x": [1.5, None]}), link=None)
    assert '<td class="num" data-label="x">1.50</td>' in html and '<td class="num" data-label="x"></td>' in html


def test_link_in_its_own_column_or_in_a_named_column():
    frame = pd.DataFrame({"doc_id": ["ap-1"], "outlet": ["AP <b>"], "host": ["x"]})
    separate = table_html(frame, link=("doc_id", None, None), link_label="read it")
    assert "<th>passage</th>" in separate and ">read it</a>" in separate and "AP &lt;b&gt;" in separate
    inline = table_html(frame, link=("doc_id", None, None), link_column="doc_id", headers={"host": "captured from"})
    assert "<th>passage</th>" not in inline and "<th>captured from</th>" in inline
    assert '<td class="id" data-label="doc_id"><a class="source-link" href="../sources/ap-1.html">ap-1</a></td>' in inline


def test_span_links():
    frame = pd.DataFrame({"doc_id": ["d"], "start": [3], "end": [9], "text": ["said"]})
    assert 'href="../sources/d.html#span-3-9"' in table_html(frame, columns=["text"])


def test_wide_columns_are_marked():
    html = table_html(pd.DataFrame({"who": ["x"], "text": ["y"]}), link=None, wide=["text"])
    assert '<th>who</th><th class="wide">text</th>' in html


def test_every_cell_carries_its_column_header():
    """A phone lays each row out as a card and writes the header before each cell (data-label)."""
    frame = pd.DataFrame({"doc_id": ["d"], "start": [3], "end": [9], "text": ['a "b" <c>'], "n": [2]})
    html = table_html(frame, columns=["text", "n"], headers={"text": 'what "was" said'})
    assert '<td class="mid" data-label="what &quot;was&quot; said">a &quot;b&quot; &lt;c&gt;</td>' in html
    assert '<td class="num" data-label="n">2</td>' in html
    assert '<td data-label="passage"><a class="source-link" href="../sources/d.html#span-3-9">source</a></td>' in html
    assert html.count("<td") == html.count("data-label=")
