"""Framing: cue patterns, cues inside term names, focus sentences, counts, and the gold."""

from __future__ import annotations

import csv
import re

import pytest

from newsbook import load_corpus
from newsbook.errors import CorpusError
from newsbook.framing import (
    CUE_COLUMNS,
    SPEAKER_COLUMNS,
    cue_pattern,
    focus_sentences,
    frame_cues,
    framed_sentences,
    frames_by,
    load_frames,
    speaker_frames,
)
from newsbook.mentions import find_mentions
from newsbook.paths import REPO_ROOT

GOLD = REPO_ROOT / "tests" / "gold" / "china_frames.csv"
INTRO = "Notes from the region.\n\n"
FOCUS = ["China", "SCO"]


@pytest.mark.parametrize(
    ("cue", "text", "found"),
    [
        ("compet*", "growing competition and competitors", ["competition", "competitors"]),
        ("compet*", "an incompetent plan", []),
        ("rival*", "Rivalry, rivals, a rival", ["Rivalry", "rivals", "rival"]),
        ("division of labo*r", "a division of labour, a Division of\nlabor", ["division of labour", "Division of\nlabor"]),
        ("divide* * labo*r", "they divide the labour", ["divide the labour"]),
        ("gas", "gas fields and gasoline", ["gas"]),
        ("multi-vector", "a multi-vector policy", ["multi-vector"]),
        ("border*", "cross-border trade", ["border"]),
    ],
)
def test_cue_pattern(cue, text, found):
    assert [m.group() for m in re.finditer(cue_pattern(cue), text)] == found


def _frames_of(make_corpus, text: str) -> list[str]:
    corpus = load_corpus(make_corpus({"doc-1": INTRO + text}))
    mentions = find_mentions(corpus)
    sentences = focus_sentences(corpus, mentions, groups=FOCUS)
    lexicon = load_frames()
    framed = framed_sentences(sentences, frame_cues(corpus, sentences, mentions, lexicon=lexicon), lexicon=lexicon)
    return framed["frames"].tolist()


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        # sentences written for this test, not from the corpus
        ("Beijing is a rival to Moscow in Central Asia.", ["rivalry"]),
        ("China has poured investment into railways and pipelines.", ["economy and investment, energy and resources"]),
        ("Kazakhstan shares a long frontier with China.", ["geography"]),
        ("Russia keeps the guns and China the money, a division of labour of sorts.", ["division of labour"]),
        ("Uyghurs in Kazakhstan watch Xinjiang closely.", ["ethnic ties"]),
        ("The leaders met in Beijing on Tuesday.", [""]),
        ("The talks went on; nobody mentioned the neighbour.", []),  # no focus term: no sentence
        # a cue that is only part of a term's name does not count
        ("The Shanghai Cooperation Organization met.", [""]),
        ("The SCO and the Collective Security Treaty Organization were both silent.", [""]),
        ("China wants cooperation with the Shanghai Cooperation Organization.", ["cooperation"]),
    ],
)
def test_frames(make_corpus, text, frames):
    assert _frames_of(make_corpus, text) == frames


def test_load_frames_errors(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_frames(tmp_path / "none.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("frame,pattern\nrivalry,rival*\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="'cue'"):
        load_frames(bad)
    hole = tmp_path / "hole.csv"
    hole.write_text("frame,cue\nrivalry,rival*\nenergy,\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 3"):
        load_frames(hole)
    empty = tmp_path / "empty.csv"
    empty.write_text("frame,cue\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no cues"):
        load_frames(empty)


def test_counts_and_speakers(make_corpus):
    text = ("China is a rival, a neighbour across the border.\n\nChina invests, Sam Lee said of China's energy deals.\n\n"
            "China again.\n")
    corpus = load_corpus(make_corpus({"doc-1": INTRO + text}))
    mentions = find_mentions(corpus)
    mentions.loc[mentions["sentence"] == 2, "speaker"] = "Sam Lee"
    sentences = focus_sentences(corpus, mentions, groups=FOCUS)
    lexicon = load_frames()
    cues = frame_cues(corpus, sentences, mentions, lexicon=lexicon)
    assert list(cues.columns) == CUE_COLUMNS
    assert all(corpus["doc-1"].text[a:b] == c for a, b, c in cues[["start", "end", "cue"]].itertuples(index=False))
    counts = frames_by(cues, sentences, lexicon=lexicon).set_index("frame")
    assert counts.loc["geography", "sentences"] == 1  # "neighbour" and "border": one sentence
    assert counts.loc["geography", "share"] == round(1 / 3, 3)
    assert counts.loc["rivalry", "sentences"] == 1 and counts.loc["ethnic ties", "sentences"] == 0
    by_speaker = frames_by(cues, sentences, lexicon=lexicon, by="speaker")
    assert set(by_speaker["speaker"]) == {"Sam Lee"}
    framed = framed_sentences(sentences, cues, lexicon=lexicon)
    speakers = speaker_frames(framed, cues)
    assert list(speakers.columns) == SPEAKER_COLUMNS
    assert speakers[["speaker", "sentences", "frames"]].values.tolist() == [
        ["Sam Lee", 1, "economy and investment, energy and resources"]]


def _gold(corpus) -> set[tuple[str, int, str]]:
    labels = set()
    with GOLD.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sentences = corpus.document_sentences(row["doc_id"])
            hit = sentences[sentences["text"].str.contains(row["context"], regex=False)]
            assert len(hit) == 1, row["context"]
            labels.add((row["doc_id"], int(hit["sentence"].iat[0]), ""))  # every gold sentence is a focus sentence
            labels |= {(row["doc_id"], int(hit["sentence"].iat[0]), f) for f in row["frames"].split(";") if f}
    return labels


def test_gold_precision_recall(corpus):
    gold = _gold(corpus)
    mentions = find_mentions(corpus)
    sentences = focus_sentences(corpus, mentions, groups=FOCUS)
    assert {(d, s) for d, s, _ in gold} == set(zip(sentences["doc_id"], sentences["sentence"]))
    cues = frame_cues(corpus, sentences, mentions, lexicon=load_frames())
    found = set(cues[["doc_id", "sentence", "frame"]].itertuples(index=False, name=None))
    gold = {g for g in gold if g[2]}
    hits = len(gold & found)
    precision, recall = hits / len(found), hits / len(gold)
    print(f"\nframes of China/SCO sentences: gold {len(gold)}, found {len(found)}, "
          f"precision {precision:.3f}, recall {recall:.3f}; missed {sorted(gold - found)}, spurious {sorted(found - gold)}")
    assert precision >= 0.9 and recall >= 0.85


def test_empty_focus(corpus):
    mentions = find_mentions(corpus)
    sentences = focus_sentences(corpus, mentions.iloc[0:0], groups=FOCUS)
    assert sentences.empty and list(sentences.columns)[:3] == ["doc_id", "outlet", "sentence"]
    lexicon = load_frames()
    cues = frame_cues(corpus, sentences, mentions, lexicon=lexicon)
    assert cues.empty and frames_by(cues, sentences, lexicon=lexicon).empty
    assert speaker_frames(framed_sentences(sentences, cues, lexicon=lexicon), cues).empty
