"""Speakers per transcript."""

from __future__ import annotations

import pandas as pd

from newsbook.overview import corpus_facts, speaker_turns_table
from newsbook.tables import count_words


def test_speaker_turns_are_the_spoken_paragraphs_grouped(corpus):
    rows = []
    for doc in corpus:
        spoken = doc.paragraphs[doc.paragraphs["speaker"] != ""]
        for speaker, group in spoken.groupby("speaker", sort=False):
            roles = [r for r in group["role"] if r]
            rows.append((doc.doc_id, doc.outlet, speaker, roles[0] if roles else "", int((group["kind"] == "turn").sum()),
                         sum(count_words(doc.text, a, b) for a, b in group[["body_start", "end"]].itertuples(index=False)),
                         int(group["paragraph"].min())))
    columns = ["doc_id", "outlet", "speaker", "role", "turns", "words", "first_paragraph"]
    expected = pd.DataFrame(rows, columns=columns).sort_values(["doc_id", "first_paragraph"], kind="stable")
    table = speaker_turns_table(corpus)
    assert len(table) > 0
    pd.testing.assert_frame_equal(table, expected.reset_index(drop=True))


def test_corpus_facts():
    documents = pd.DataFrame({"outlet": ["NPR", "AP", "NPR"], "words": [1200, 800, 1500], "sentences": [60, 40, 1000],
                              "published": ["2022-01-10", "2022-01-08", "2022-01-12"],
                              "format": ["transcript", "article", "transcript"], "host": ["", "archive.org", ""]})
    speakers = pd.DataFrame({"speaker": ["MICHELE KELEMEN", "FIONA HILL", "MICHELE KELEMEN"]})
    facts = corpus_facts(documents, speakers, pd.DataFrame({"text": ["Photo: AP", "Share"]}))
    assert facts == {"n_documents": "3", "n_outlets": "2", "outlet_list": "AP, NPR", "n_words": "3,500", "n_sentences": "1,100",
                     "first_date": "2022-01-08", "last_date": "2022-01-12", "n_transcripts": "2", "n_copies": "1",
                     "n_chrome": "2", "n_speakers": "2"}
