"""Page chrome: general rules and the pattern list, on small pages and the shipped corpus."""

from __future__ import annotations

import random
import re
import sys

import pytest

from newsbook import chrome
from newsbook.chrome import classify_chrome, load_patterns


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Source link", "site footer"),
        ("Comments are closed.", "site footer"),
        ("- Advertisement -", "site footer"),
        ("© 2024 WGLT", "station footer"),
        ("Play Live Radio", "player controls"),
        ("0:00 0:00", "player controls"),
        ("Transcript", "transcript header"),
        ("Transcript provided by NPR, Copyright NPR.", "transcript credit"),
        ("[Over 140,000 readers rely on our newsletters. Sign up today.]", "newsletter plug"),
        ("This article is republished from The Conversation under a Creative Commons license.", "republication credit"),
        ("Saturday, January 29, 2022", "page date"),
        ("What econ says in the shadows\nDecember 15, 20239:31 PM ET", "page dateline"),
        ("Protesters in Almaty. Valery Sharifulin\\TASS via Getty Images)", "photo caption"),
        ("Riot police stop protesters in the center of Almaty, Kazakhstan, January 5, 2022.", "photo caption"),
        ("A bus is seen in Almaty, Kazakhstan, Jan. 9, 2022. (Vladimir Tretyakov/NUR.KZ Via AP)", "photo caption"),
    ],
)
def test_chrome_rules(paragraph, kind):
    body = "The talks in Geneva began on Monday with senior officials from both countries present."
    labels = classify_chrome([body, paragraph, body])
    assert labels[1] == kind
    assert labels[0] == ""
    assert labels[2] == ("after the transcript" if kind == "transcript credit" else "")  # the broadcast has ended


@pytest.mark.parametrize(
    "paragraph",
    [
        "Russia said Reuters had misreported the figures, and the agency stood by its story.",
        "Read more about it, he said, in the report that the ministry released on Friday morning.",
        "“Source link” is not a phrase anyone said in this interview about the crisis in Almaty.",
        "The government said it had detained 8,000 people by Monday, January 10, 2022, in Almaty.",
        "On January 5, 2022 at 9:30 PM the police opened fire on the crowd in the main square of Almaty.",
        "By January 5, 2022 9:30 PM the police had opened fire on the crowd in the main square of Almaty.",
    ],
)
def test_content_that_mentions_chrome_words_is_kept(paragraph):
    body = "The talks in Geneva began on Monday with senior officials from both countries present."
    assert classify_chrome([body, paragraph]) == ["", ""]


def test_title_navigation_and_bylines():
    paragraphs = [
        "Home World Why the US cares about what happens in...",
        "Why the US cares about what happens in Kazakhstan",
        "Jane Roe, University of Somewhere",
        "The first paragraph of the story is long enough to count as body text for the rules.",
        "Jane Roe is a professor of politics at the University of Somewhere.",
    ]
    labels = classify_chrome(paragraphs, title="Why the US cares about what happens in Kazakhstan", authors=["Jane Roe"])
    assert labels == ["navigation", "title", "byline", "", "author bio"]


def test_a_title_matches_whole_words_only():
    assert classify_chrome(["T", "The talks in Geneva began on Monday.", "Then they ended."], title="T") == ["title", "", ""]
    lead = "Kazakhstan unrest continued on Friday as troops from Russia and four other countries arrived in Almaty to guard airports."
    assert classify_chrome(["Kazakhstan unrest | News site", lead], title="Kazakhstan unrest") == ["title", ""]


def test_caption_printed_twice_is_repeated_caption():
    caption = "This handout photo shows soldiers guarding a facility in Almaty, Kazakhstan."
    body = "The first paragraph of the story is long enough to count as body text for the rules."
    assert classify_chrome([body, caption, caption, body]) == ["", "photo caption (repeated)", "photo caption (repeated)", ""]


def test_alt_text_before_credited_caption():
    body = "The first paragraph of the story is long enough to count as body text for the rules."
    alt = "Vladimir Putin sits in front of a screen."
    caption = "Vladimir Putin at a meeting. Kremlin Press Office via Getty Images"
    labels = classify_chrome([body, alt, caption, body])
    assert labels == ["", "photo alt text", "photo caption", ""]


def test_host_footer():
    body = "The first paragraph of the story is long enough to count as body text for the rules."
    labels = classify_chrome([body, "Nation World News Desk"], host="Nation World News")
    assert labels == ["", "site footer"]


def test_pattern_list_compiles():
    assert len(load_patterns()) >= 10


def test_shipped_corpus_chrome(corpus):
    paragraphs = corpus.paragraphs()
    chrome = paragraphs[paragraphs["kind"] == "chrome"]
    # Every text has some chrome; no speaker turn and no quotation is ever set aside.
    assert set(chrome["doc_id"]) == set(corpus.documents)
    assert not chrome["text"].str.contains("“").any()
    # The photo captions printed twice in the VOA copy are all caught.
    voa = chrome[chrome["doc_id"].str.startswith("voa")]
    assert (voa["chrome"] == "photo caption (repeated)").sum() == 4


_PATTERNS_BEFORE_THEIR_GATES = {
    "page dateline": r"(?=[\s\S]{0,320}\Z)(?=[\s\S]*?\d{4}\s*\d{1,2}:\d\d)(?s:.{0,200}?)\b(January|February|March|April|May|"
                     r"June|July|August|September|October|November|December) \d{1,2}, \d{4}\s*\d{1,2}:\d\d\s*[AP]M"
                     r"(\s+[A-Z]{1,4})?(\s+By\s.{0,80})?",
    "photo caption": r".{0,300}?\b(via Getty Images|Getty Images|via AP|AP Photo[^)]*|/AP|/AFP|AFP via Getty Images|/Reuters|"
                     r"Photo by [^.]{3,60}|Photo: [^.]{3,60})\)?\.?",
}
"""The two slowest patterns as they were before a look-ahead that fails fast on most paragraphs was put in
front of each (a length bound read without backtracking, a character every match holds found by the
engine's quick scan for a literal); the gates only skip paragraphs the pattern cannot match."""


def _odd_texts() -> list[str]:
    """Strings near the edges of the two patterns: lengths around their bounds, keywords early and late,
    in other cases, after a line break, glued to the word before."""
    keywords = ["via Getty Images", "Getty Images", "GETTY IMAGES", "via AP", "Via AP)", "AP Photo/Jane Doe",
                "ap photo", "x/AP", "x/AFP.", "AFP via Getty Images", "x/Reuters)", "Photo by Jane Doe", "Photo: Jane Doe",
                "photo:x", "Photo by", "/", "İmages", "December 15, 20239:31 PM ET", "January 5, 2022 9:30 pm EST By Mary Childs",
                "May 1, 2023 12:00 AM", "12:00", "2022 9:31"]
    texts = []
    for keyword in keywords:
        for size in (0, 1, 2, 150, 199, 200, 201, 290, 298, 299, 300, 301, 302, 303, 310, 318, 319, 320, 321, 360, 369, 370, 371, 372, 400):
            for filler in ("a", " ", "word ", "Photo ", "\n"):
                head = (filler * size)[:size]
                texts += [head + keyword, head + " " + keyword, head + keyword + ".", head + keyword + ")." + "x" * (size % 7),
                          keyword + head, head + "\n" + keyword, head + keyword + "\n" + head]
    for pad in range(280, 310):  # a dateline's white space is unbounded: lengths around its bound of 320
        texts += ["January 5, 2022" + " " * pad + "9:30 PM", "January 5, 2022 9:30 PM" + " " * pad + "By Mary Childs"]
    return texts


def _corpus_paragraphs() -> list[str]:
    """Every paragraph of the shipped and unseen corpora, stripped as the rules read it and as written."""
    from pathlib import Path

    from newsbook import load_corpus

    root = Path(__file__).resolve().parents[1]
    texts = []
    for manifest in [root / "data" / "corpus.csv", *sorted(root.glob("tests/unseen*/corpus.csv"))]:
        for doc in load_corpus(manifest):
            for record in doc.paragraph_records:
                paragraph = doc.text[record.start:record.end]
                texts += [paragraph, paragraph.strip()]
    return texts


@pytest.mark.parametrize("kind", sorted(_PATTERNS_BEFORE_THEIR_GATES))
def test_gated_patterns_match_as_before(kind):
    import re

    before = re.compile(_PATTERNS_BEFORE_THEIR_GATES[kind], re.IGNORECASE)
    (now,) = {pattern for name, pattern in load_patterns() if name == kind}
    texts = _odd_texts() + _corpus_paragraphs()
    changed = [text for text in texts if bool(before.fullmatch(text)) != bool(now.fullmatch(text))]
    assert not changed
    assert any(before.fullmatch(text) for text in texts)  # the comparison saw matches, not only misses


def test_words_read_only_where_a_name_can_start(monkeypatch):
    """Past the page head the rules read a paragraph's words only after a first word that can start an
    author's or the host's name: the labels are those of reading every paragraph's words, on the
    shipped and unseen corpora (under their own titles, authors and hosts, and under names taken from
    their paragraphs) and on pages with bylines, bios, footers and captions below the body."""
    import newsbook.chrome as chrome
    from pathlib import Path

    from newsbook import load_corpus

    body = "The talks in Geneva began on Monday with senior officials from both countries present today."
    pages = [([body, "Jane Doe, Reuters", "Jane Doe is a writer.", "Nation World News Desk", "jane doe", "—", "",
               "İstanbul, Turkey, January 5, 2022.", "Jane Doe Jane Doe, a b c", "Doe Jane, x"],
              dict(title="Talks", authors=["Jane Doe", "—", "İstanbul"], host="Nation World News"))]
    root = Path(__file__).resolve().parents[1]
    for manifest in [root / "data" / "corpus.csv", *sorted(root.glob("tests/unseen*/corpus.csv"))]:
        for doc in load_corpus(manifest):
            texts = [doc.text[p.start:p.end] for p in doc.paragraph_records]
            pages.append((texts, dict(title=doc.title, authors=doc.authors, host=doc.meta.get("host", ""))))
            names = [" ".join(text.split()[:3]) for text in texts[1::4]]  # paragraphs that start with the "names"
            pages.append((texts, dict(title=doc.title, authors=names, host=names[-1] if names else "")))
    labels = [classify_chrome(texts, **names) for texts, names in pages]
    monkeypatch.setattr(chrome, "_may_start_a_name", lambda folded, first_words: True)
    assert labels == [classify_chrome(texts, **names) for texts, names in pages]
    assert any("byline" in found for found in labels) and any("author bio" in found for found in labels)
    assert any("site footer" in found for found in labels)


def test_case_folding_keeps_word_characters_apart():
    """What :func:`chrome._may_start_a_name` relies on to fold only a paragraph's first word: on every code
    point, a character outside ``\\w`` but :data:`chrome.FOLDS_INTO_A_WORD` folds into no word character,
    and a word character into a string that opens with one."""
    word = re.compile(r"\w")
    for code in [*range(0xD800), *range(0xE000, sys.maxunicode + 1)]:
        char = chr(code)
        folded = char.casefold()
        if word.match(char):
            assert word.match(folded), hex(code)
        elif char != chrome.FOLDS_INTO_A_WORD:
            assert not word.search(folded), hex(code)
    assert word.search(chrome.FOLDS_INTO_A_WORD.casefold())


def test_first_word_folded_from_its_own_part():
    """The first word of a paragraph folded from the part up to its end is that of the whole paragraph folded."""
    rng = random.Random(4)
    pieces = ["Jane", "DOE", "İstanbul", "straße", "ǅemal", "\u0345", "\u0345x", "ﬁx", "x\u0307", "—", " ", ", ", "_", "", "5", "ΣΑΣ"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    for text in texts:
        found = re.search(r"\w+", text.casefold())
        first = found.group() if found else ""
        for words in ({first}, {first + "x"}, {""}):
            assert chrome._may_start_a_name(text, words) == (first in words), text


def test_a_front_matter_block_opening_the_page_is_chrome_whatever_its_fields():
    paragraphs = ["---", "date: '2024-12-14'", "modified_time: 2024-12-15 14:52:11-05:00",
                  "source_url: https://example.org/briefing", "---", "Via Teleconference", "MODERATOR: Thanks, all."]
    assert classify_chrome(paragraphs) == ["front matter"] * 5 + ["", ""]
    assert classify_chrome(["---", "A horizontal rule opened this page.", "Text."])[1:] == ["", ""]  # never closed


def test_a_rule_that_opens_a_page_before_its_text_is_no_front_matter():
    paragraphs = ["---", "The talks resumed on Monday in Geneva.", "---", "More text."]
    assert classify_chrome(paragraphs)[1] == ""
