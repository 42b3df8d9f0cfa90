"""Term mentions: token boundaries, variants, multi-word terms, case rules, speakers, the gold."""

from __future__ import annotations

import csv
import random
import re

import pandas as pd
import pytest

from newsbook import load_corpus
from newsbook.errors import CorpusError
from newsbook.mentions import (
    MENTION_COLUMNS,
    _alternation,
    _case_variants,
    attribute_speakers,
    check_groups,
    find_mentions,
    load_terms,
    mentions_table,
    statements_mentioning,
)
from newsbook.paths import REPO_ROOT
from newsbook.tokens import token_spans

GOLD = REPO_ROOT / "tests" / "gold" / "term_mentions.csv"
INTRO = "Notes from the region.\n\n"


def _mentions_of(make_corpus, text: str, **options) -> list[tuple[str, str, str]]:
    corpus = load_corpus(make_corpus({"doc-1": INTRO + text}))
    frame = find_mentions(corpus, **options)
    doc = corpus["doc-1"]
    return [(doc.text[a:b], term, group) for a, b, term, group in frame[["start", "end", "term", "group"]].itertuples(index=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # token boundaries: never inside a longer word
        ("Scott Simon and SCOTT SIMON spoke about the scope of it.", []),
        ("Belarusian troops and the Russians arrived.", [("Russians", "Russian", "Russia")]),
        ("Chinatown and Indochina are not China.", [("China", "China", "China")]),
        ("The U.S.S.R. collapsed in 1991.", []),
        # parts of hyphenated compounds, possessives outside the span
        ("The China-backed group met.", [("China", "China", "China")]),
        ("Russia-China competition grew.", [("Russia", "Russia", "Russia"), ("China", "China", "China")]),
        ("China’s border is long.", [("China", "China", "China")]),
        ("It was a U.S.-led effort.", [("U.S.", "U.S.", "U.S.")]),
        # variants
        ("Uighurs and Uyghur activists met in Beijing.",
         [("Uighurs", "Uyghur", "China"), ("Uyghur", "Uyghur", "China"), ("Beijing", "Beijing", "China")]),
        ("American firms left America.", [("American", "America", "U.S."), ("America", "America", "U.S.")]),
        # multi-word terms, across any white space, and their acronyms
        ("The Shanghai Cooperation Organization (SCO) met.",
         [("Shanghai Cooperation Organization", "Shanghai Cooperation Organization", "SCO"), ("SCO", "SCO", "SCO")]),
        ("The Shanghai  Cooperation\u00a0Organisation met.",
         [("Shanghai  Cooperation\u00a0Organisation", "Shanghai Cooperation Organization", "SCO")]),
        ("The Collective Security Treaty Organization, or CSTO, sent troops.",
         [("Collective Security Treaty Organization", "Collective Security Treaty Organization", "CSTO"),
          ("CSTO", "CSTO", "CSTO")]),
        ("Shanghai is a big city.", []),
        ("The United States and the U.S. Senate agreed.",
         [("United States", "United States", "U.S."), ("U.S.", "U.S.", "U.S.")]),
        # case rules: acronyms in their own case only, names in any case
        ("The sco and the Sco and the csto are nothing.", []),
        ("Tell us what the US wants.", [("US", "U.S.", "U.S.")]),
        ("CHINA and Russia spoke; so did china.", [("CHINA", "China", "China"), ("Russia", "Russia", "Russia"), ("china", "China", "China")]),
        # a sentence in capitals: an acronym may be an ordinary word there
        ("PROTESTERS TOLD US TO LEAVE NOW.", []),
    ],
)
def test_matching(make_corpus, text, expected):
    assert _mentions_of(make_corpus, text) == expected


def test_extra_terms(make_corpus):
    terms = load_terms(extra=["China: Belt and Road|BRI", "NATO"])
    found = _mentions_of(make_corpus, "The Belt and Road plan, the BRI, and NATO; not the bri.", terms=terms)
    assert found == [("Belt and Road", "Belt and Road", "China"), ("BRI", "Belt and Road", "China"), ("NATO", "NATO", "NATO")]


def test_load_terms_errors(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_terms(tmp_path / "none.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("term,variants\nChina,China\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="group"):
        load_terms(bad)
    empty = tmp_path / "empty.csv"
    empty.write_text("term,variants,group,case_sensitive\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="empty"):
        load_terms(empty)
    with pytest.raises(CorpusError, match="extra_terms"):
        load_terms(extra=["China:"])
    hole = tmp_path / "hole.csv"
    hole.write_text("term,variants,group,case_sensitive\nChina,China||PRC,China,false\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="empty variant"):
        load_terms(hole)


def test_parameter_checks():
    terms = load_terms()
    assert check_groups(terms, ["China", "SCO"], parameter="focus") == ["China", "SCO"]
    with pytest.raises(CorpusError, match="unknown term group 'Chine'"):
        check_groups(terms, ["Chine"], parameter="focus")
    with pytest.raises(CorpusError, match="names no term group"):
        check_groups(terms, [], parameter="focus")


def _mention(doc_id: str, start: int, end: int) -> dict:
    return {"doc_id": doc_id, "outlet": "X", "term": "China", "group": "China", "start": start, "end": end,
            "sentence": 0, "sentence_start": 0, "speaker": ""}


QUOTES = pd.DataFrame([
    {"doc_id": "a", "speaker": "Turn Taker", "kind": "turn", "text": "t" * 100, "start": 0, "end": 100},
    {"doc_id": "a", "speaker": "Inner Voice", "kind": "direct", "text": "q" * 20, "start": 10, "end": 30},
    {"doc_id": "a", "speaker": "", "kind": "direct", "text": "u" * 5, "start": 12, "end": 17},
    {"doc_id": "b", "speaker": "Other Doc", "kind": "indirect", "text": "o" * 10, "start": 0, "end": 10},
])


@pytest.mark.parametrize(
    ("doc_id", "start", "end", "speaker"),
    [
        ("a", 12, 17, "Inner Voice"),   # narrowest statement with a speaker wins; unnamed ones are ignored
        ("a", 10, 30, "Inner Voice"),   # exactly the quote's span
        ("a", 28, 33, "Turn Taker"),    # runs past the inner quote: only the turn holds it
        ("a", 30, 35, "Turn Taker"),    # starts where the inner quote ends
        ("a", 98, 104, ""),             # runs past every statement
        ("b", 2, 7, "Other Doc"),
        ("c", 2, 7, ""),                # a document without statements
    ],
)
def test_attribute_speakers(doc_id, start, end, speaker):
    mentions = pd.DataFrame([_mention(doc_id, start, end)], columns=MENTION_COLUMNS)
    assert attribute_speakers(mentions, QUOTES)["speaker"].tolist() == [speaker]


def test_attribute_speakers_keeps_rows_and_order():
    mentions = pd.DataFrame([_mention("a", 40, 45), _mention("z", 0, 1), _mention("a", 11, 14)], columns=MENTION_COLUMNS)
    out = attribute_speakers(mentions, QUOTES)
    assert out["speaker"].tolist() == ["Turn Taker", "", "Inner Voice"]
    assert out[["doc_id", "start"]].equals(mentions[["doc_id", "start"]])
    assert attribute_speakers(mentions, QUOTES.iloc[0:0])["speaker"].tolist() == ["", "", ""]


def test_statements_mentioning(make_corpus):
    text = INTRO + "Sam Lee spoke first. He said China matters. Then he left.\n\nRussia waited.\n"
    corpus = load_corpus(make_corpus({"a": text}))
    doc = corpus["a"]
    spoken = text.index("Sam Lee spoke")
    quotes = pd.DataFrame([
        {"doc_id": "a", "speaker": "Sam Lee", "kind": "turn", "text": "", "start": spoken, "end": text.index("\n\nRussia")},
        {"doc_id": "a", "speaker": "", "kind": "direct", "text": "", "start": text.index("China"), "end": text.index(" matters")},
        {"doc_id": "a", "speaker": "Other", "kind": "direct", "text": "", "start": text.index("Russia"), "end": len(text) - 1},
    ])
    mentions = find_mentions(corpus)
    found = statements_mentioning(corpus, quotes, mentions, groups=["China"])
    assert found[["speaker", "kind", "terms", "excerpt"]].values.tolist() == [
        ["Sam Lee", "turn", "China", "He said China matters."], ["", "direct", "China", "China"]]
    assert doc.text[found["start"].iat[0]:found["end"].iat[0]].startswith("Sam Lee spoke")
    assert statements_mentioning(corpus, quotes, mentions, groups=["SCO"]).empty


def test_mentions_table_with_quotes(corpus):
    doc = corpus["npr-2022-01-08-kelemen"]
    sentence = corpus.document_sentences(doc.doc_id).query("text.str.contains('China')").iloc[0]
    quotes = pd.DataFrame([{"doc_id": doc.doc_id, "speaker": "Someone", "kind": "turn", "text": sentence["text"],
                            "start": sentence["start"], "end": sentence["end"]}])
    table = mentions_table(corpus, quotes=quotes)
    assert list(table.columns) == MENTION_COLUMNS
    inside = table[(table["doc_id"] == doc.doc_id) & (table["sentence"] == sentence["sentence"])]
    assert set(inside["term"]) == {"Russia", "China"} and set(inside["speaker"]) == {"Someone"}
    assert (table.loc[~table.index.isin(inside.index), "speaker"] == "").all()


def test_offsets_and_sentences(corpus):
    mentions = find_mentions(corpus)
    for row in mentions.itertuples():
        doc = corpus[row.doc_id]
        sentence = corpus.document_sentences(row.doc_id).iloc[row.sentence]
        assert sentence["start"] == row.sentence_start <= row.start < row.end <= sentence["end"]
        assert doc.outlet == row.outlet


def test_mentions_sit_on_token_boundaries(corpus):
    """Every span starts and ends where a token (or a part of a hyphenated token) does."""
    mentions = find_mentions(corpus)
    for doc_id, group in mentions.groupby("doc_id"):
        text = corpus[doc_id].text
        starts, ends = set(), set()
        for a, b in token_spans(text):
            starts.add(a), ends.add(b)
            for i, ch in enumerate(text[a:b]):
                if ch in "-'’":
                    ends.add(a + i), starts.add(a + i + 1)
        assert set(group["start"]) <= starts and set(group["end"]) <= ends


def _gold(corpus) -> set[tuple[str, int, int, str, str]]:
    spans = set()
    with GOLD.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            context = row["context"]
            plain = context.replace("[", "").replace("]", "")
            text = corpus[row["doc_id"]].text
            assert text.count(plain) == 1, f"gold context not unique or not found: {context!r}"
            start = text.index(plain) + context.index("[")
            end = start + context.index("]") - context.index("[") - 1
            spans.add((row["doc_id"], start, end, row["term"], row["group"]))
    return spans


def test_gold_precision_recall(corpus):
    gold = _gold(corpus)
    found = set(find_mentions(corpus)[["doc_id", "start", "end", "term", "group"]].itertuples(index=False, name=None))
    hits = len(gold & found)
    precision, recall = hits / len(found), hits / len(gold)
    print(f"\nterm mentions: gold {len(gold)}, found {len(found)}, precision {precision:.3f}, recall {recall:.3f}")
    print("missed:", sorted(gold - found)[:10], "spurious:", sorted(found - gold)[:10])
    assert precision >= 0.97 and recall >= 0.97


def test_mentions_table_uses_the_quotation_table(corpus):
    table = mentions_table(corpus)
    plain = find_mentions(corpus)
    assert list(table.columns) == MENTION_COLUMNS
    assert table.drop(columns="speaker").equals(plain.drop(columns="speaker"))
    assert (table["speaker"] != "").any()


def test_speaker_sweep_equals_pairing_every_mention_with_every_statement():
    """The sweep through each document's statements gives what pairing them all gives, ties included."""
    import random

    from newsbook.mentions import _attribute_by_merge

    rng = random.Random(5)
    for _ in range(200):
        docs = ["a", "b", "c"][: rng.randint(1, 3)]
        starts = [rng.randint(0, 60) for _ in range(rng.randint(1, 30))]
        mentions = pd.DataFrame([(rng.choice(docs), s, s + rng.randint(1, 6)) for s in starts], columns=["doc_id", "start", "end"])
        spans = [rng.randint(0, 60) for _ in range(rng.randint(1, 25))]
        quotes = pd.DataFrame([(rng.choice(docs), rng.choice(["X", "Y", "Z", " ", None]), s, s + rng.randint(1, 40)) for s in spans],
                              columns=["doc_id", "speaker", "start", "end"])
        quotes.loc[len(quotes)] = [quotes.iloc[0, 0], "W", quotes.iloc[0, 2], quotes.iloc[0, 3]]  # a tie: same span, later row
        known = quotes.loc[quotes["speaker"].fillna("").astype(str).str.strip() != ""]
        paired = _attribute_by_merge(mentions.assign(speaker=""), known[["doc_id", "speaker", "start", "end"]])
        assert attribute_speakers(mentions, quotes).equals(paired)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_skipping_to_first_letters_finds_what_the_plain_alternation_finds(flags):
    variants = ["Collective Security Treaty Organization", "Collective Security Treaty Organisation", "SCO",
                "U.S.", "U.S.A.", "US", "Kremlin", "Straße", "İstanbul", "(SCO)", ".com", "a b c", "Sino", "K"]
    words = sorted({" ".join(v.split()) for v in variants}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in variant.split()) for variant in words)
    plain = re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)
    fast = _alternation(words, flags)
    pieces = ["SCO", "sco", "Sco-like", "SCOTT", "U.S.", "U.S.A.", "us", "US,", "\u212aremlin", "KREMLIN", "ſino",
              "STRASSE", "straße", "İSTANBUL", "istanbul", "(SCO)", ".com", "x.com", "a  b\nc", "A B C", "k", "K",
              "Collective   Security\nTreaty organisation", "collective security", " ", ", ", "-", "_", "é", "9"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        assert [m.span() for m in fast.finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)], text


def test_first_letters_match_classes_that_never_overlap():
    """Two letters matched case-insensitively match the same characters or none in common, which
    lets :func:`_alternation` try the variants grouped by first letter."""
    letters = "kK\u212asSſiIİıßẞσςΣθϑΘµμΜåÅ\u212bωΩ\u2126fFﬀcC"
    classes = {letter: set(_case_variants(letter, re.IGNORECASE)) for letter in letters}
    for a in letters:
        for b in letters:
            assert classes[a] == classes[b] or not classes[a] & classes[b], (a, b)
