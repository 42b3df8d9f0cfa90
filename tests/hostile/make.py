"""Write the hostile corpus in this folder: ``python tests/hostile/make.py``.

Two documents whose text (and manifest fields) hold everything a renderer might execute or
interpret: HTML and ``<script>``, Markdown, MyST roles and directives (``{eval}``, ``{raw}``),
reStructuredText and Sphinx markup, very long lines, control characters and invisible
characters. The article starts with a UTF-8 byte-order mark; the transcript has Windows line
endings. Around the markup sit ordinary news sentences (a quote, dates, numbers, Russia, China,
the CSTO and the SCO) so that every chapter has something to analyse. A hard-wrapped paragraph of
the transcript keeps its CRLF line ends inside it (a browser turns a raw CR into nothing). The book must build on
this corpus and show all of it as plain text (``tests/test_hostile.py``).

The files are committed; this script documents and regenerates them byte for byte.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent

CONTROL = (
    "Control characters: bell[\x07] escape[\x1b[31mred\x1b[0m] vertical tab[\x0b] form feed[\x0c] "
    "file separator[\x1c] delete[\x7f] next line[\x85] line separator[\u2028] paragraph separator[\u2029] "
    "zero width[\u200b] right-to-left override[\u202e]txet sdrawkcab[\u202c] a byte-order mark in the middle[\ufeff]."
)
LONG_SENTENCES = " ".join(
    f"Sentence {n} of a very long line says Russia sent troops and China watched on Jan. {n % 28 + 1}."
    for n in range(1, 201)
)
LONG_WORDS = "A very long sentence without an end " + " ".join(["Kazakhstan protest troops Russia China"] * 600)
LONG_TOKEN = "https://example.invalid/" + "x" * 30000

ARTICLE = "\n".join([
    '\ufeff<h1>Kazakhstan <script>alert("hostile-title")</script> unrest</h1>',
    "",
    "ALMATY (Hostile Wire) – Protests spread across Kazakhstan on Jan. 5, 2022, and President Kassym-Jomart "
    "Tokayev asked the Russian-led CSTO for help. <script>document.title = 'pwned-by-corpus'</script> At least "
    "164 people were killed, officials said.",
    "",
    "\u201cRussian troops will leave within days <b>once order is restored</b>,\u201d Tokayev said on Tuesday. "
    "<img src=x onerror=\"alert('corpus-img')\"> The CSTO has 2,030 troops in the country.",
    "",
    "Chinese President Xi Jinping praised the Kazakh authorities, and the SCO said nothing. "
    "{eval}`__import__('os').system('echo pwned')` and {glue:text}`n_documents` and {sub-ref}`today` "
    "are MyST roles, not facts.",
    "",
    "```{raw} html",
    "<script>alert(\"raw-directive\")</script>",
    "```",
    "",
    ":::{warning}",
    "This admonition must show as text.",
    ":::",
    "",
    ".. raw:: html",
    "",
    "   <script>alert(\"rst-raw\")</script>",
    "",
    ".. include:: /etc/passwd",
    "",
    ":ref:`genindex` and :doc:`intro` and |version| and `a link <javascript:alert(1)>`_ look like Sphinx. "
    "WARNING: this line looks like a Sphinx warning. ERROR: so does this one.",
    "",
    "# A Markdown heading in the text",
    "## **Bold** _italic_ `code` [a link](javascript:alert('md-link')) ![an image](https://example.invalid/x.png)",
    "| a | table |",
    "|---|-------|",
    "> a quote block",
    "- a list item",
    "$$x^2$$ and $y$ dollars: it cost $5 and $6. {{ jinja }} {% raw %} <!-- an HTML comment --> "
    "&amp; &lt;b&gt; &#x3C;script&#x3E; </div></table></p></section><style>body{display:none}</style>",
    "(label-target)=",
    "[^footnote]: a footnote definition",
    "",
    CONTROL,
    "",
    LONG_SENTENCES,
    "",
    LONG_WORDS,
    "",
    LONG_TOKEN,
    "",
    "\u201cThe foreign troops must leave Kazakhstan,\u201d said Ben Cardin, a U.S. senator, on Jan. 8.",
    "",
])

TRANSCRIPT = "\r\n".join([
    "Transcript",
    "HOST NAME, HOST:",
    "Welcome. <script>alert(\"transcript\")</script> Today: Kazakhstan, where Russia sent troops on Jan. 6.",
    "JANE DOE, BYLINE: Russia said its troops would leave by Jan. 15. {eval}`2+2` and {math}`x`",
    "(SOUNDBITE OF <b>ARCHIVED</b> RECORDING)",
    "VLADIMIR PUTIN: The mission is complete, and the troops will go home. [a link](javascript:alert(1))",
    "DOE: China and the SCO stayed quiet. <iframe src=\"https://example.invalid\"></iframe>",
    "",
    "Officials in Almaty said the foreign troops had begun to guard airports,",
    "power stations and <b>government</b> buildings, while the president promised",
    "that the mission would end within days, as he put it on Jan. 11.",
    "",
    "DOE: Jane Doe, Hostile Radio <i>News</i>, Almaty.",
    "",
])

ROWS = [
    {
        "id": "hostile-article",
        "file": "hostile-article.txt",
        "outlet": "Hostile <Wire> & Co",
        "host": '<script>alert("host")</script>',
        "format": "article",
        "title": "<script>alert(\"title\")</script> Unrest in *Kazakhstan*: {eval}`1+1` costs $5 [x](javascript:1) # ~ ^ _ &",
        "authors": "A. <b>Writer</b>; {role}`x` Smith",
        "published": "2022-01-06",
        "published_evidence": "Stated: <i>Jan. 6</i> {eval}`1`",
        "rights": '<a href="javascript:alert(1)">all rights</a> \\ {} ~',
    },
    {
        "id": "hostile-transcript",
        "file": "hostile-transcript.txt",
        "outlet": "Hostile Radio",
        "host": "",
        "format": "transcript",
        "title": "Host <b>Name</b> and Jane Doe: ```{raw} html``` on Kazakhstan",
        "authors": "Host Name; Jane Doe",
        "published": "2022-01-07",
        "published_evidence": "",
        "rights": "test fixture",
    },
]


def write(folder: Path = HERE) -> None:
    """Write the two texts and ``corpus.csv`` into ``folder``."""
    (folder / "hostile-article.txt").write_bytes(ARTICLE.encode("utf-8"))
    (folder / "hostile-transcript.txt").write_bytes(TRANSCRIPT.encode("utf-8"))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(ROWS[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(ROWS)
    (folder / "corpus.csv").write_bytes(buffer.getvalue().encode("utf-8"))


if __name__ == "__main__":
    write()
