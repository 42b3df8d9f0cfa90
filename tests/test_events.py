"""Events: labels, actors and key words by rule; events grouped across outlets; the export."""

from __future__ import annotations

import datetime as dt
import random
import re

import pandas as pd
import pytest

from newsbook import CorpusError, load_corpus
from newsbook.events import (EXPORT_COLUMNS, event_summary, events_export, events_table, select_events, split_window,
                             timeline_window)
from newsbook.labels import MidSentenceNames, actors, keywords, short_label


def label_of(sentence: str, date: str, *others: str) -> str:
    spans = sorted((sentence.index(d), sentence.index(d) + len(d)) for d in (date, *others))
    target = (sentence.index(date), sentence.index(date) + len(date))
    return short_label(sentence, spans, target)


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("Russian troops invaded Kazakhstan Thursday after Kazakh President Kassym-Jomart Tokayev enlisted the help of a Russia-led military alliance.",
         "Thursday", "Russian troops invaded Kazakhstan Thursday"),
        ("The next day, while Russian troops were helping restore control of the airport, he ordered his troops to shoot to kill any demonstrators who did not surrender.",
         "The next day", "He ordered his troops to shoot to kill any demonstrators"),
        ("When asked about Kazakhstan on Friday, US Secretary of State Antony Blinken said he would not bring these situations together.",
         "Friday", "US Secretary of State Antony Blinken said he would not bring these situations together"),
        ("But on January 11, Kazakh President Kassym-Jomart Tokayev, who leads a country that has long claimed neutrality, announced that the troops would leave.",
         "January 11", "Kazakh President Kassym-Jomart Tokayev announced that the troops would leave"),
        ("As a result, Washington and Moscow exchanged barbs before a meeting on Ukraine, which begins Monday with talks in Geneva.",
         "Monday", "A meeting on Ukraine begins Monday with talks in Geneva"),
        ("So this morning, we heard from the president, who addressed the leaders of the bloc.",
         "this morning", "We heard from the president"),
        ("In 2008 Russia invaded Georgia and took control of two separatist regions.",
         "2008", "Russia invaded Georgia and took control of two separatist regions"),
        ("Protesters had complained since the 2019 reshuffle in which Tokayev replaced Nazarbayev.",
         "2019", "Protesters had complained since the 2019 reshuffle"),
        ("“This is not a final situation,” he wrote in an article published Thursday.",
         "Thursday", "He wrote in an article published Thursday"),
        ("Ukraine, a burgeoning democracy that has turned to the West, has been in conflict with Russia since 2014.",
         "2014", "Ukraine has been in conflict with Russia"),
        ("The government fell in a single day and the president fled the capital for a village in the mountains in May 2020.",
         "May 2020", "The government fell in a single day and the president fled the capital…"),
    ],
)
def test_labels(sentence, date, expected):
    assert label_of(sentence, date) == expected


def test_label_of_a_date_in_a_trailing_clause():
    sentence = "Tokayev sidelined Nazarbayev, who ruled for decades, even after he handed the presidency to Tokayev in 2019."
    assert label_of(sentence, "2019") == "He handed the presidency to Tokayev"


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        ("But on Monday, Kazakh President Kassym-Jomart Tokayev spoke to the U.S. and the CSTO.", frozenset(),
         ["Kazakh President Kassym-Jomart Tokayev", "U.S.", "CSTO"]),
        ("Putin said Russian troops would leave Kazakhstan Thursday.", frozenset({"Putin"}), ["Putin", "Russian", "Kazakhstan"]),
        ("Discussions in Europe over Ukraine take place this week.", frozenset({"Europe"}), ["Europe", "Ukraine"]),
        ("He taught at Texas A&M University for years.", frozenset(), ["Texas A&M University"]),
    ],
)
def test_actors(sentence, names, expected):
    dates = [(sentence.index("Thursday"), sentence.index("Thursday") + 8)] if "Thursday" in sentence else []
    assert actors(sentence, dates, names=names) == expected


def test_keywords_are_stemmed_content_words():
    assert keywords("Russian troops arrived in Almaty on Thursday.") == {"russian", "troop", "arriv", "almati"}


THREE_OUTLETS = {
    "wire-a": "Troops land\n\nRussian paratroopers landed in Almaty on Thursday to guard the airport.\n",
    "wire-b": "Kazakhstan\n\nOn Thursday, Russian paratroopers arrived at the Almaty airport. Talks ended Thursday in Geneva.\n",
    "wire-c": "Elsewhere\n\nThe central bank raised rates on Thursday.\n",
}


def test_events_group_across_outlets(make_corpus):
    corpus = load_corpus(make_corpus(THREE_OUTLETS, rows={"wire-b": {"outlet": "Other Wire"}, "wire-c": {"outlet": "Third"}},
                                     published="2022-01-08"))
    events = events_table(corpus)
    assert set(events["date"]) == {"2022-01-06"}
    landing = events[events["sentence"].str.contains("paratroopers")]
    assert landing["event"].nunique() == 1 and set(landing["outlets_reporting"]) == {2}
    others = events[~events["sentence"].str.contains("paratroopers")]
    assert others["event"].nunique() == 2 and set(others["outlets_reporting"]) == {1}
    summary = event_summary(events)
    assert summary["mentions"].sum() == len(events) and summary.iloc[0]["outlets"] == "Other Wire, Test Wire"


def test_select_events(make_corpus):
    corpus = load_corpus(make_corpus(THREE_OUTLETS, rows={"wire-b": {"outlet": "Other Wire"}}))
    events = events_table(corpus)
    only = select_events(events, outlets=["Other Wire"], known=["Other Wire", "Test Wire"])
    assert set(only["outlet"]) == {"Other Wire"} and set(only["outlets_reporting"]) == {1}
    with pytest.raises(CorpusError, match="outlets"):
        select_events(events, outlets=["Nobody"], known=["Other Wire", "Test Wire"])


def test_export_columns_and_offsets(corpus):
    frame = events_export(corpus)
    assert list(frame.columns) == EXPORT_COLUMNS
    for row in frame.itertuples():
        text = corpus[row.doc_id].text
        assert text[row.start:row.end] == row.date_text
        assert text[row.sentence_start:row.sentence_end] == row.sentence
        assert row.label


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [("2022-13-01", "2022-01-31", "window_start"), ("2022-01-01", "soon", "window_end"), ("2022-01-31", "2022-01-01", "window_end")],
)
def test_bad_window_is_a_parameter_error(start, end, field):
    with pytest.raises(CorpusError, match=field):
        timeline_window(start, end)


def test_split_window():
    events = pd.DataFrame({"first_day": ["2021-12-01", "2022-01-03", "2022-01-10", "1990-01-01"],
                           "last_day": ["2021-12-31", "2022-01-09", "2022-01-10", "1999-12-31"],
                           "precision": ["month", "week", "day", "decade"]})
    inside, before = split_window(events, dt.date(2022, 1, 5), dt.date(2022, 1, 31))
    assert inside["first_day"].tolist() == ["2022-01-03", "2022-01-10"]
    assert before["first_day"].tolist() == ["2021-12-01"]


@pytest.mark.slow
def test_timeline_chapter_on_another_corpus(make_corpus, tmp_path):
    import papermill

    from newsbook.kernel import IPCKernelManager
    from newsbook.paths import REPO_ROOT

    manifest = make_corpus(THREE_OUTLETS, rows={"wire-b": {"outlet": "Other Wire"}, "wire-c": {"outlet": "Third"}},
                           published="2022-01-08")
    output = tmp_path / "timeline.ipynb"
    papermill.execute_notebook(str(REPO_ROOT / "chapters" / "timeline.ipynb"), str(output), cwd=str(REPO_ROOT),
                               parameters={"manifest": str(manifest), "outlets": ["Other Wire", "Test Wire"],
                                           "include_history": False, "window_start": "2022-01-03"},
                               kernel_name="python3", progress_bar=False, kernel_manager_class=IPCKernelManager)
    text = output.read_text(encoding="utf-8")
    assert "Other Wire" in text and "paratroopers" in text
    assert "The central bank" not in text and "npr-2022-01-08-kelemen" not in text


def test_mid_sentence_names_are_those_of_the_scan(corpus):
    """A word is among a document's mid-sentence names exactly when the scan for capitalised
    words after white space after a word (what ``MidSentenceNames`` stands for) finds it: every
    word of every sentence asked about, and words cut short or run on ("U.S." / "U.S", "AT&T")."""
    scan = re.compile(r"[A-Z](?<=[\w,;:’'\-)]\s[A-Z])[\w’'\-&.]*\w")
    rng = random.Random(4)
    pieces = ["U.S.", "U.S", "AT&T", "Jones", "Jones’s", "O'Brien", "I", "A", "Mr", "_x", "é", "said", ",", ";", ")", "-",
              " ", "  ", "\n", "\u00a0", "Obama", "Obama-era", "Obama.", "X1"]
    made = [["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3)] for _ in range(400)]
    documents = [[s.text for s in corpus.sentence_records(doc.doc_id)] for doc in corpus] + made
    for sentences in documents:
        expected = frozenset(scan.findall("\n\n".join(sentences)))
        names = MidSentenceNames(sentences)
        asked = {w for s in sentences for w in re.split(r"\s+", s) if w} | set(pieces) | expected
        asked |= {w.rstrip(".,;:") for w in asked} | {w[:k] for w in asked for k in range(1, len(w))}
        for word in asked:
            assert (word in names) == (word in expected), (word, sentences)
