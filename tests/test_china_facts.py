"""The numbers and phrases of "The China and SCO angle"."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.china_facts import context_facts, frame_facts, rate_facts, speaker_facts


def rates(focus: dict[str, int], compare: dict[str, int], words: dict[str, int]) -> pd.DataFrame:
    rows = [(o, bloc, n, words[o], 1000 * n / words[o] if words[o] else 0.0)
            for bloc, counts in (("China/SCO", focus), ("Russia/CSTO", compare)) for o, n in counts.items()]
    return pd.DataFrame(rows, columns=["outlet", "bloc", "mentions", "words", "per_1000"])


def facts_of(focus: dict[str, int], compare: dict[str, int], words: dict[str, int]) -> dict[str, str]:
    documents = pd.DataFrame({"outlet": list(words), "words": list(words.values())})
    return rate_facts(rates(focus, compare, words), documents, focus_label="China/SCO", compare_label="Russia/CSTO")


def test_rates_of_several_outlets():
    facts = facts_of({"AP": 3, "NPR": 0, "VOA": 1}, {"AP": 10, "NPR": 5, "VOA": 6}, {"AP": 1000, "NPR": 500, "VOA": 500})
    assert facts == {
        "focus_label": "China/SCO", "compare_label": "Russia/CSTO", "n_focus": "4 times", "n_compare": "21 times",
        "focus_rate": "2.0", "compare_rate": "10.5", "n_words": "2,000",
        "ratio_sentence": "That is 5.2 mentions of Russia/CSTO for each one of China/SCO.",
        "naming_phrase": "2 of the 3 outlets name China/SCO at all, AP most often (3.0 per 1,000 words)",
        "silent_phrase": "Never named by: NPR.",
    }


def test_one_outlet_names_it_once():
    facts = facts_of({"AP": 1, "NPR": 0, "VOA": 0}, {"AP": 2, "NPR": 1, "VOA": 1}, {"AP": 1000, "NPR": 1000, "VOA": 1000})
    assert facts["n_focus"] == "1 time"
    assert facts["naming_phrase"] == "1 of the 3 outlets names China/SCO at all, AP most often (1.0 per 1,000 words)"
    assert facts["silent_phrase"] == "Never named by: NPR and VOA."


def test_never_named():
    facts = facts_of({"AP": 0}, {"AP": 4}, {"AP": 1000})
    assert facts["ratio_sentence"] == "China/SCO is not mentioned at all."
    assert facts["naming_phrase"] == "No outlet names China/SCO"
    assert facts["silent_phrase"] == "Never named by: AP."
    assert facts["n_focus"] == "0 times"


def test_named_everywhere_and_no_words():
    assert facts_of({"AP": 2, "NPR": 1}, {"AP": 1, "NPR": 1}, {"AP": 100, "NPR": 100})["silent_phrase"] == \
        "Every outlet names it at least once."
    empty = facts_of({"AP": 0}, {"AP": 0}, {"AP": 0})
    assert (empty["focus_rate"], empty["compare_rate"], empty["n_words"]) == ("0", "0", "0")


@pytest.mark.parametrize(
    ("n_lines", "focus", "compare", "expected"),
    [(0, [], [], {"n_lines": "0 lines", "n_focus_sentences": "0 sentences", "n_with_compare": "0"}),
     (1, [("d1", 0)], [("d1", 1)], {"n_lines": "1 line", "n_focus_sentences": "1 sentence", "n_with_compare": "0"}),
     (4, [("d1", 0), ("d1", 2), ("d2", 0)], [("d1", 2), ("d1", 2), ("d2", 0), ("d2", 5)],
      {"n_lines": "4 lines", "n_focus_sentences": "3 sentences", "n_with_compare": "2"})],
)
def test_context_facts(n_lines, focus, compare, expected):
    lines = pd.DataFrame({"line": ["x"] * n_lines})
    sentences = pd.DataFrame(focus, columns=["doc_id", "sentence"])
    mentions = pd.DataFrame([(d, s, "China") for d, s in focus] + [(d, s, "Russia") for d, s in compare],
                            columns=["doc_id", "sentence", "group"])
    assert context_facts(lines, sentences, mentions, compare_groups=["Russia", "CSTO"]) == expected


def frame_counts(rows: list[tuple[str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["outlet", "frame", "sentences"])


@pytest.mark.parametrize(
    ("rows", "frames", "expected"),
    [([("AP", "rivalry", 0), ("AP", "border", 0)], ["", ""],
      {"n_framed": "0", "top_frame_phrase": "none", "spread_phrase": "no outlet uses a frame word"}),
     ([("AP", "rivalry", 1), ("AP", "border", 0), ("NPR", "rivalry", 0), ("NPR", "border", 0)], ["rivalry", ""],
      {"n_framed": "1", "top_frame_phrase": "rivalry (1 sentence)",
       "spread_phrase": "AP draws on the most frames (1 of the 2 in the lexicon)"}),
     ([("AP", "rivalry", 2), ("AP", "border", 1), ("AP", "energy", 0), ("NPR", "rivalry", 0), ("NPR", "border", 1),
       ("NPR", "energy", 0)], ["rivalry", "rivalry, border", "border"],
      {"n_framed": "3", "top_frame_phrase": "rivalry and border (2 sentences)",
       "spread_phrase": "AP draws on the most frames (2 of the 3 in the lexicon)"})],
)
def test_frame_facts(rows, frames, expected):
    assert frame_facts(frame_counts(rows), pd.DataFrame({"frames": frames})) == expected


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [([], {"n_statements": "0 attributed statements", "statement_speakers": "none"}),
     ([""], {"n_statements": "1 attributed statement", "statement_speakers": "none"}),
     (["Temur Umarov", "", "Temur Umarov", "Emma Ashford", "Xi Jinping"],
      {"n_statements": "5 attributed statements", "statement_speakers": "Temur Umarov, Emma Ashford and Xi Jinping"})],
)
def test_speaker_facts(speakers, expected):
    assert speaker_facts(pd.DataFrame({"speaker": speakers}, dtype=str)) == expected
