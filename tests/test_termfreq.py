"""Term counts per document and outlet, tracked terms, and the hand-counted gold on the shipped corpus."""

from __future__ import annotations

import csv

import pytest

from newsbook import CorpusError, load_corpus
from newsbook.export import TABLES, table_function
from newsbook.paths import REPO_ROOT
from newsbook.tables import documents_table
from newsbook.terms import TOKEN_RE, Normaliser
from newsbook.termfreq import (
    EXPORT_COLUMNS,
    outlet_term_frequency,
    term_forms,
    term_frequency,
    term_frequency_table,
    tracked_by_outlet,
    tracked_terms,
)

GOLD = REPO_ROOT / "tests" / "gold" / "term_counts.csv"

TEXTS = {
    "doc-a": "Head\n\nRussia sent troops. The troops stayed in Russia’s sphere.\n",   # 9 words
    "doc-b": "Head\n\nProtesters left. Protests spread to Russia.\n",                # 6 words
    "doc-c": "Head\n\nTroops left.\n",                                               # 2 words
}


def _key_of(text: str) -> str:
    """The term key of a written passage, one or more words."""
    norm = Normaliser()
    return " ".join(norm.key(t) for t in TOKEN_RE.findall(text))


@pytest.fixture
def tiny(make_corpus):
    manifest = make_corpus(TEXTS, title="Head", outlet="Wire A", rows={"doc-b": {"outlet": "Wire B"}})
    return load_corpus(manifest)


def test_counts_per_document_by_hand(tiny):
    frame = term_frequency(tiny)
    doc_a = frame[frame["doc_id"] == "doc-a"]
    # "The" and "in" are stopwords; "Russia’s" is "russia"; bigrams never include a stopword.
    assert list(zip(doc_a["term"], doc_a["count"])) == [
        ("russia", 2), ("troops", 2), ("russia sent", 1), ("russia sphere", 1), ("sent", 1), ("sent troops", 1),
        ("sphere", 1), ("stayed", 1), ("troops stayed", 1)]
    assert set(doc_a["words"]) == {9}
    assert doc_a.set_index("term").loc["russia", "per_1000"] == pytest.approx(2 / 9 * 1000)    # 222.22
    assert doc_a.set_index("term").loc["sent", "per_1000"] == pytest.approx(1 / 9 * 1000)      # 111.11
    assert doc_a.set_index("term")["n"].to_dict()["russia sent"] == 2
    doc_b = frame[frame["doc_id"] == "doc-b"].set_index("term")["count"].to_dict()
    # "to" is a stopword, so "spread to" and "to russia" are no bigrams
    assert doc_b == {"protesters": 1, "left": 1, "protests": 1, "spread": 1, "russia": 1,
                     "protesters left": 1, "protests spread": 1}


def test_first_occurrence_offsets(tiny):
    frame = term_frequency(tiny)
    for row in frame.itertuples():
        written = tiny[row.doc_id].text[row.start:row.end]
        assert _key_of(written) == row.term
    row = frame[(frame["doc_id"] == "doc-a") & (frame["term"] == "russia sphere")].iloc[0]
    assert tiny["doc-a"].text[row.start:row.end] == "Russia’s sphere"


def test_stemming_merges_forms(tiny):
    frame = term_frequency(tiny, stem=True)
    doc_b = frame[frame["doc_id"] == "doc-b"].set_index("term")["count"].to_dict()
    assert doc_b["protest"] == 2                                   # Protesters + Protests
    forms = term_forms(tiny, stem=True).set_index("term")
    assert forms.loc["protest", "forms"] == "protesters, protests"  # equal counts: alphabetical
    assert forms.loc["protest", "label"] == "protesters*"
    assert forms.loc["russia", "label"] == "russia"


def test_outlet_totals_by_hand(tiny):
    frame = outlet_term_frequency(tiny)
    a = frame[frame["outlet"] == "Wire A"].set_index("term")
    assert set(a["words"]) == {11}                                  # 9 + 2 words
    assert a.loc["troops", "count"] == 3                            # 2 in doc-a, 1 in doc-c
    assert a.loc["troops", "per_1000"] == pytest.approx(3 / 11 * 1000)   # 272.73
    assert a.loc["left", "count"] == 1


def test_export_table(tiny):
    assert "term_frequency.csv" in TABLES
    table = table_function("term_frequency.csv")(tiny)
    assert list(table.columns) == EXPORT_COLUMNS == ["outlet", "doc_id", "term", "count", "per_1000"]
    assert len(table) == len(term_frequency(tiny))
    assert table.equals(term_frequency_table(tiny))


def test_tracked_terms_by_hand(tiny):
    tracked = tracked_terms(tiny, ["Russia", "troops", "Russian troops", "Ukraine", "protest"])
    assert len(tracked) == 3 * 5                                    # every document x every term
    a = tracked[tracked["doc_id"] == "doc-a"].set_index("term")
    assert a["count"].to_dict() == {"Russia": 2, "troops": 2, "Russian troops": 0, "Ukraine": 0, "protest": 0}
    assert a.loc["Russia", "per_1000"] == pytest.approx(2 / 9 * 1000)
    assert tiny["doc-a"].text[a.loc["Russia", "start"]:a.loc["Russia", "end"]] == "Russia"
    assert (a.loc["Ukraine", "start"], a.loc["Ukraine", "end"]) == (0, 0)
    stemmed = tracked_terms(tiny, ["protest"], stem=True).set_index("doc_id")["count"].to_dict()
    assert stemmed == {"doc-a": 0, "doc-b": 2, "doc-c": 0}
    outlet = tracked_by_outlet(tracked).set_index(["outlet", "term"])
    assert outlet.loc[("Wire A", "troops"), "count"] == 3
    assert outlet.loc[("Wire A", "troops"), "per_1000"] == pytest.approx(3 / 11 * 1000)
    assert outlet.loc[("Wire B", "Ukraine"), "per_1000"] == 0


def test_tracked_terms_multiword_and_case(tiny):
    tracked = tracked_terms(tiny, ["RUSSIA’S sphere", "troops stayed", "sent troops the"])
    counts = tracked.groupby("term")["count"].sum().to_dict()
    assert counts == {"RUSSIA’S sphere": 1, "troops stayed": 1, "sent troops the": 0}  # "." sits between


@pytest.mark.parametrize(("terms", "field"), [([], "terms"), (["..."], "terms")])
def test_tracked_terms_refuse(tiny, terms, field):
    with pytest.raises(CorpusError) as error:
        tracked_terms(tiny, terms)
    assert error.value.field == field


def test_outlet_selection(tiny):
    tracked = tracked_terms(tiny, ["Russia"], outlets=["Wire B"])
    assert list(tracked["doc_id"]) == ["doc-b"]
    with pytest.raises(CorpusError, match="unknown outlet"):
        term_frequency(tiny, outlets=["Wire C"])


def test_rates_use_the_documents_table_words(corpus):
    words = documents_table(corpus).set_index("doc_id")["words"]
    frame = term_frequency(corpus)
    assert (frame["words"] == frame["doc_id"].map(words)).all()


def test_gold_counts(corpus):
    """Tracked-term counts against counts made by reading the five texts (tests/gold/term_counts.csv)."""
    rows = list(csv.DictReader(GOLD.open(encoding="utf-8")))
    found_total = gold_total = hit = 0
    wrong = []
    for stem in ("true", "false"):
        part = [r for r in rows if r["stem"] == stem]
        terms = list(dict.fromkeys(r["term"] for r in part))
        found = tracked_terms(corpus, terms, stem=stem == "true").set_index(["doc_id", "term"])["count"]
        for row in part:
            got, want = int(found[(row["doc_id"], row["term"])]), int(row["count"])
            found_total, gold_total, hit = found_total + got, gold_total + want, hit + min(got, want)
            if got != want:
                wrong.append((row["doc_id"], row["term"], got, want))
    precision, recall = hit / found_total, hit / gold_total
    print(f"tracked terms: precision {precision:.3f}, recall {recall:.3f} over {gold_total} occurrences")
    assert precision == 1.0 and recall == 1.0, wrong


def test_content_words_are_the_words_count_words_counts():
    """``documents.csv`` takes its ``words`` from the term streams' pass: they are the counts of
    :func:`newsbook.tokens.count_words` over each document's content, on the shipped and unseen corpora."""
    from pathlib import Path

    from newsbook import load_corpus
    from newsbook.termfreq import content_words
    from newsbook.tokens import count_words

    root = Path(__file__).resolve().parents[1]
    for manifest in [root / "data" / "corpus.csv", *sorted(root.glob("tests/unseen*/corpus.csv"))]:
        corpus = load_corpus(manifest)
        expected = {doc.doc_id: sum(count_words(doc.text, p.body_start, p.end) for p in doc.content_records()) for doc in corpus}
        assert content_words(corpus) == expected
