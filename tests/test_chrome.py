"""Page chrome: general rules and the pattern list, on small pages and the shipped corpus."""

from __future__ import annotations

import pytest

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
