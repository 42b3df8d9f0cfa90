"""Replayed stories in a transcript, and the dates inside them."""

from __future__ import annotations

from newsbook import load_corpus
from newsbook.replays import replay_segments
from newsbook.temporal import date_expressions

TRANSCRIPT = (
    "ROBERT SMITH, HOST:\n\nWelcome back. Today we look at roses.\n\n"
    "SMITH: When we met Jan in early 2015, he had made a huge gamble.\n\n"
    "(SOUNDBITE OF ARCHIVED NPR BROADCAST)\n\n"
    "STACEY VANEK SMITH, BYLINE: It's 36 days until Valentine's Day, and this year Jan has bet on one farm.\n\n"
    "JAN OOMS: The roses must be here by February 14.\n\n"
    "(SOUNDBITE OF MUSIC)\n\n"
    "SMITH: Our next story is about checkout lines.\n\n"
    "(SOUNDBITE OF ARCHIVED NPR BROADCAST)\n\n"
    "NICK FOUNTAIN: The other day we went to Walmart, and this year the lines are long.\n\n"
    "(SOUNDBITE OF MUSIC)\n\n"
    "SMITH: That's our show for today.\n"
)


def test_a_replayed_story_is_dated_in_the_year_the_host_names(make_corpus):
    corpus = load_corpus(make_corpus({"show": TRANSCRIPT}, format="transcript", published="2023-08-16"))
    dates = date_expressions(corpus)[["date_text", "date"]].values.tolist()
    assert dates == [
        ["Today", "2023-08-16"],           # the programme's own day
        ["2015", "2015"],
        ["Valentine's Day", "2015-02-14"],  # the replayed story's year, not the next Valentine's Day
        ["this year", "2015"],
        ["February 14", "2015-02-14"],
        ["this year", "2023"],             # a replay the host gives no year for reads as the programme's
        ["today", "2023-08-16"],
    ]
    resolved = date_expressions(corpus).set_index("date_text").loc["February 14", "resolved_from"]
    assert resolved == "explicit, year of the replayed story (2015)"


def test_segments_run_to_the_music_or_the_next_replay(make_corpus):
    corpus = load_corpus(make_corpus({"show": TRANSCRIPT}, format="transcript", published="2023-08-16"))
    doc = corpus["show"]
    year_at = TRANSCRIPT.index("2015")
    segments = replay_segments(doc, [(year_at, 2015)])
    assert [(doc.text[a:b].strip()[:20], year) for a, b, year in segments] == [
        ("STACEY VANEK SMITH, ", 2015), ("NICK FOUNTAIN: The o", None)]
    assert replay_segments(load_corpus(make_corpus({"a": "Title\n\nText 2015.\n"}))["a"], [(11, 2015)]) == []


def test_a_day_the_replay_needs_is_left_out(make_corpus):
    text = TRANSCRIPT.replace("It's 36 days until", "On Monday it was 36 days until")
    corpus = load_corpus(make_corpus({"show": text}, format="transcript", published="2023-08-16"))
    texts = set(date_expressions(corpus)["date_text"])
    assert "Monday" not in texts and "Valentine's Day" in texts


def test_the_year_is_never_after_the_programme_and_a_laugh_keeps_the_lead_in(make_corpus):
    text = TRANSCRIPT.replace("When we met Jan in early 2015, he had made a huge gamble.",
                              "When we met Jan in early 2015, he had made a huge gamble.\n\n(LAUGHTER)\n\n"
                              "SMITH: By 2030 he hopes to retire.")
    corpus = load_corpus(make_corpus({"show": text}, format="transcript", published="2023-08-16"))
    dates = dict(date_expressions(corpus)[["date_text", "date"]].values.tolist())
    assert dates["February 14"] == "2015-02-14" and dates["2030"] == "2030"
    resolved = date_expressions(corpus).set_index("date_text").loc["this year", "resolved_from"].tolist()
    assert resolved[0] == "the replayed story's year (2015)"


def test_what_the_year_alone_decides_is_kept_in_a_replay(make_corpus):
    text = TRANSCRIPT.replace(
        "and this year Jan has bet on one farm.",
        "and this year Jan has bet on one farm. In March this year he lost one, two years ago two, "
        "last March three, and last week four.")
    corpus = load_corpus(make_corpus({"show": text}, format="transcript", published="2023-08-16"))
    found = date_expressions(corpus).set_index("date_text")
    assert found.loc["March this year", "date"] == "2015-03"
    assert found.loc["two years ago", "date"] == "2013"
    assert found.loc["two years ago", "resolved_from"] == "the replayed story's year (2015)"
    assert "last March" not in found.index and "last week" not in found.index  # they need the day
