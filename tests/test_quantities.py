"""Numeric claims: number phrases, what they count, their bounds, whom they are attributed to."""

from __future__ import annotations

import math
import random
import re

import pandas as pd
import pytest

from newsbook import load_corpus
from newsbook.claim_sources import attributions
from newsbook.numbers import _alternation, find_numbers, qualifiers, vague_numbers
from newsbook.paths import REPO_ROOT
from newsbook.quantities import EXPORT_COLUMNS, figures_export, ledger_table, quantities_table

NAN = None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 160 people", [("more than 160", 160, NAN)]),
        ("nearly 8,000 people", [("nearly 8,000", NAN, 8000)]),
        ("less than 2,500 troops", [("less than 2,500", NAN, 2500)]),
        ("some-2,500 troops", [("some-2,500", 2500, 2500)]),
        ("$2-$3 billion", [("$2-$3 billion", 2e9, 3e9)]),
        ("$1.5 billion", [("$1.5 billion", 1.5e9, 1.5e9)]),
        ("between 2,000 and 3,000", [("between 2,000 and 3,000", 2000, 3000)]),
        ("dozens of people", [("dozens", 24, 99)]),
        ("tens of thousands of troops", [("tens of thousands", 20000, 99999)]),
        ("more than a dozen workers", [("more than a dozen", 12, NAN)]),
        ("a thousand people", [("a thousand", 1000, 1000)]),
        ("several people", [("several", NAN, NAN)]),
        ("20% and 0:00 and COVID-19", []),
    ],
)
def test_number_phrases(text, expected):
    found = [(n.text, n.low, n.high) for n in find_numbers(text)]
    assert [t for t, _, _ in found] == [t for t, _, _ in expected]
    for (_, low, high), (_, want_low, want_high) in zip(found, expected):
        assert low == want_low and high == want_high


def test_vague_table_is_documented():
    table = pd.read_csv(REPO_ROOT / "data" / "vague_numbers.csv", keep_default_na=False)
    assert {"expression", "low", "high", "rationale"} <= set(table.columns)
    assert all(table["rationale"].str.len() > 0)
    for low, high in vague_numbers().values():
        assert (low is None) == (high is None) and (low is None or low < high)


@pytest.mark.parametrize(
    ("text", "quantity", "value", "low", "high", "source"),
    [
        ("Police said at least 40 people were killed in clashes.", "killed", "at least 40", 40, NAN, "Police"),
        ("The Interior Ministry said 3,811 people had been detained.", "detained", "3,811", 3811, 3811, "The Interior Ministry"),
        ("Hundreds of protesters were injured, health officials said.", "injured", "Hundreds", 200, 999, "health officials"),
        ("Russia has massed about 100,000 troops near the border.", "troops massed", "about 100,000", 100000, 100000, ""),
        ("The CSTO sent 2,030 peacekeepers, according to the Russian Defense Ministry.", "troops deployed", "2,030",
         2030, 2030, "the Russian Defense Ministry"),
        ("Damage was estimated at $200 million.", "money (damage)", "$200 million", 2e8, 2e8, ""),
        ("Scores of people died in the stampede.", "killed", "Scores", 40, 99, ""),
        ("The convoy traveled 300 kilometers to the capital.", "distance", "300", 300, 300, ""),
        ("The death toll rose to 225, officials said on Sunday.", "killed", "225", 225, 225, "officials"),
        ("Several people were wounded.", "injured", "Several", NAN, NAN, ""),
        ("Between 2,000 and 3,000 soldiers arrived.", "troops deployed", "Between 2,000 and 3,000", 2000, 3000, ""),
        ("The company invested $1.5 billion in the field.", "money (investment)", "$1.5 billion", 1.5e9, 1.5e9, ""),
        ("Dozens of protesters were killed by security forces.", "killed", "Dozens", 24, 99, ""),
        ("Officials could not give the number of dead. It's thought to be in the hundreds.", "killed", "hundreds", 200, 999, ""),
        ("According to the government, 160 people died. More than 10,000 have been detained.", "detained",
         "More than 10,000", 10000, NAN, "the government"),
        ("Putin said troops would leave. And of course, this is a contingent of 2,500 troops.", "troops deployed",
         "2,500", 2500, 2500, ""),
        # a figure in a short quotation within someone's words: cited, not claimed
        ("Jane Roe says it is unbelievable that “20,000 attackers” could have done this.", "attackers", "20,000",
         20000, 20000, "Jane Roe (quoting)"),
        ("Jane Roe says “20,000 attackers came on the first day and more came later.”", "attackers",
         "20,000", 20000, 20000, "Jane Roe"),
    ],
)
def test_claims(make_corpus, text, quantity, value, low, high, source):
    corpus = load_corpus(make_corpus({"wire-1": f"A headline\n\n{text}\n"}))
    claims = quantities_table(corpus)
    row = claims[claims["value_text"] == value].iloc[0]
    assert corpus["wire-1"].text[row["start"]:row["end"]] == value
    assert row["quantity"] == quantity and row["attributed_to"] == source
    for got, want in ((row["low"], low), (row["high"], high)):
        assert (want is None and pd.isna(got)) or math.isclose(got, want)


@pytest.mark.parametrize(
    "text",
    ["Two people familiar with the plans said talks would go on.", "He spoke for 30 minutes to two reporters.",
     "More than 20% of voters stayed home.", "In 2019, the president resigned after 30 years.",
     "It is one of the key locations, a country of 19 million."],
)
def test_not_claims(make_corpus, text):
    corpus = load_corpus(make_corpus({"wire-1": f"A headline\n\n{text}\n"}))
    assert quantities_table(corpus).empty


@pytest.mark.parametrize(
    ("text", "historical"),
    [("On the 10th anniversary of the massacre, where 14 workers were killed, people gathered.", True),
     ("In 2008, 800 people were killed in the war.", True),
     ("On Monday, 800 people were killed.", False)],
)
def test_historical_claims(make_corpus, text, historical):
    corpus = load_corpus(make_corpus({"wire-1": f"A headline\n\n{text}\n"}))
    assert quantities_table(corpus)["historical"].tolist() == [historical]


def test_ledger_rows_are_quantities_and_columns_reports():
    claims = pd.DataFrame({
        "quantity": ["killed", "killed", "detained", "killed"], "value_text": ["dozens", "more than 160", "8,000", "14"],
        "published": ["2022-01-08", "2022-01-12", "2022-01-10", "2022-01-12"], "outlet": ["AP", "VOA", "NPR", "VOA"],
        "historical": [False, False, False, True],
    })
    ledger = ledger_table(claims)
    assert list(ledger.columns) == ["quantity", "2022-01-08 AP", "2022-01-10 NPR", "2022-01-12 VOA"]
    assert ledger.set_index("quantity").loc["killed"].tolist() == ["dozens", "", "more than 160"]
    assert "14" in ledger_table(claims, include_historical=True).to_string()


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(REPO_ROOT / "tests" / "gold" / "quantities.csv", dtype=str, keep_default_na=False)


def test_gold_offsets_are_exact(corpus, gold):
    for row in gold.itertuples():
        assert corpus[row.doc_id].text[int(row.start):int(row.end)] == row.value_text


def test_gold_scores(corpus, gold):
    claims = quantities_table(corpus)
    hits, used, bounds, sources = set(), set(), 0, 0
    for gi, g in gold.iterrows():
        same = claims[(claims["doc_id"] == g["doc_id"]) & (claims["start"] < int(g["end"]))
                      & (claims["end"] > int(g["start"])) & (claims["quantity"] == g["quantity"])]
        if len(same):
            hits.add(gi)
            used.update(same.index)
            row = same.iloc[0]
            wanted = [float(g[c]) if g[c] else None for c in ("low", "high")]
            bounds += all((w is None and pd.isna(v)) or (w is not None and math.isclose(v, w)) for v, w in zip(row[["low", "high"]], wanted))
            sources += row["attributed_to"] == g["attributed_to"]
    recall, precision = len(hits) / len(gold), len(used) / max(len(claims), 1)
    print(f"\nquantities gold: {len(gold)} claims; found with the right quantity {recall:.3f}, precision {precision:.3f}; "
          f"bounds right {bounds}/{len(hits)}, attribution right {sources}/{len(hits)}")
    print("missed:", gold.loc[~gold.index.isin(hits), ["doc_id", "value_text", "quantity"]].values.tolist())
    assert recall >= 0.90 and precision >= 0.90
    assert bounds == len(hits)
    assert sources / len(hits) >= 0.85


def test_export_columns_and_offsets(corpus):
    frame = figures_export(corpus)
    assert list(frame.columns) == EXPORT_COLUMNS
    for row in frame.itertuples():
        assert corpus[row.doc_id].text[row.start:row.end] == row.value_text


def test_first_letter_lookahead_changes_no_number_word_match():
    words = [*qualifiers(), *vague_numbers(), "seventeen", "seven", "one", "a few", "dozen"]
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    guarded = re.compile(r"\b(?:" + _alternation(words) + r")\b", re.IGNORECASE)
    pieces = [*words, "More Than", "DOZENS", "ſeven", "ſome", "Some", "x", " ", "-", "\n", "5", "aſ", "İN EXCESS OF", "ın excess of",
              "\u212aillion", "Ḿore than", "$"]
    rng = random.Random(3)
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_attribution_read_paragraph_by_paragraph_is_the_whole_reading(corpus):
    """quantities reads the sources of the paragraphs that hold a claim only: attribution must stay
    within a paragraph (rule 4 carries a source to the next sentence of the same paragraph)."""
    for doc in corpus:
        sentences = corpus.sentence_records(doc.doc_id)
        by_paragraph: dict[int, list] = {}
        for sentence in sentences:
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
        pieces: dict[int, tuple[str, str]] = {}
        for members in by_paragraph.values():
            pieces.update(attributions(doc, members))
        assert pieces == attributions(doc, sentences)
