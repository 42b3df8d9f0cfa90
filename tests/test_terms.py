"""Normalisation, token streams, bigram positions and term matching."""

from __future__ import annotations

import numpy as np
import pytest

from newsbook import CorpusError, load_corpus
from newsbook.tables import documents_table
from newsbook.tokens import token_spans
from newsbook.terms import (
    DEFAULT_STOPWORDS,
    Normaliser,
    content_spans,
    document_stream,
    find_term,
    load_stopwords,
    parse_terms,
    select_documents,
    streams,
)


@pytest.mark.parametrize(
    ("token", "stem", "key", "word", "vocab"),
    [
        ("Russia", False, "russia", True, True),
        ("Russia’s", False, "russia", True, True),           # possessive with a curly apostrophe
        ("Kazakhstan's", True, "kazakhstan", True, True),    # possessive, straight apostrophe, stemmed
        ("U.S.", False, "US", True, True),                    # dotted initialism loses its dots ...
        ("US", False, "US", True, True),                      # ... and stays apart from the pronoun
        ("us", False, "us", True, False),
        ("Us", False, "us", True, False),                     # sentence-initial pronoun
        ("WHO", False, "WHO", True, True),                    # acronym whose lower case is a stopword
        ("NATO", False, "nato", True, True),                  # other acronyms fold as usual
        ("U.N.", False, "un", True, True),
        ("The", False, "the", True, False),
        ("it’s", False, "it's", True, False),                 # a contraction is a stopword, not "it" + 's
        ("Let's", False, "let's", True, False),
        ("Protesters", True, "protest", True, True),
        ("protests", True, "protest", True, True),
        ("protests", False, "protests", True, True),
        ("Russian-led", True, "russian-led", True, True),     # each part stemmed, hyphen kept
        ("Leaving", True, "leav", True, True),
        ("2,500", False, "2,500", True, False),               # numbers count as words, not as vocabulary
        ("10th", False, "10th", True, True),
        (",", False, ",", False, False),
        ("“", False, "“", False, False),
        ("Martínez", False, "martínez", True, True),
    ],
)
def test_normalise(token, stem, key, word, vocab):
    assert Normaliser(stem=stem).entry(token) == (key, word, vocab)


def test_arrays_match_entries():
    norm = Normaliser(stem=True)
    tokens = ["Russia’s", "troops", ",", "Russia", "us", "US"]
    keys, word, vocab = norm.arrays(tokens)
    assert list(keys) == ["russia", "troop", ",", "russia", "us", "US"]
    assert list(word) == [True, True, False, True, True, True]
    assert list(vocab) == [True, True, False, True, False, True]
    empty = norm.arrays([])
    assert [len(a) for a in empty] == [0, 0, 0]


def test_stopword_file_is_documented_and_clean():
    header = DEFAULT_STOPWORDS.read_text(encoding="utf-8").splitlines()[:6]
    assert any("Provenance" in line for line in header)
    words = load_stopwords()
    assert {"the", "us", "it's", "would"} <= words
    assert not {"said", "says", "russia", "troops", "leave"} & words
    assert all(w == w.lower() and " " not in w for w in words)


def test_custom_stopwords():
    norm = Normaliser(stopwords=["russia"])
    assert norm.entry("Russia") == ("russia", True, False)
    assert norm.entry("the") == ("the", True, True)


def test_stream_of_a_document(make_corpus):
    text = "A title\n\nRussian troops arrived. Troops left, Russia said.\nKazakh police stayed in Almaty.\n"
    corpus = load_corpus(make_corpus({"doc-a": text}, title="A title"))
    stream = document_stream(corpus["doc-a"], Normaliser())
    assert [text[a:b] for a, b in zip(stream.start, stream.end)] == list(stream.surface)
    assert "title" not in set(stream.key)                             # the title paragraph is chrome
    assert stream.words == 12                                         # 3 + 2 + 2 + 5 words, title excluded
    assert list(stream.word_index[:4]) == [0, 1, 2, 3]               # the "." after "arrived" is no word
    pairs = [f"{stream.key[i]} {stream.key[i + 1]}" for i in stream.bigram_positions()]
    # never across punctuation ("arrived . troops", "left , russia"), a paragraph break ("said . kazakh"),
    # or a stopword ("stayed in", "in almaty")
    assert pairs == ["russian troops", "troops arrived", "troops left", "russia said", "kazakh police", "police stayed"]


def test_stream_words_match_the_documents_table(corpus):
    expected = documents_table(corpus).set_index("doc_id")["words"]
    for stream in streams(corpus):
        assert stream.words == expected[stream.doc_id]
        doc = corpus[stream.doc_id]
        assert all(doc.text[a:b] == s for a, b, s in zip(stream.start, stream.end, stream.surface))


@pytest.mark.parametrize(
    "body",
    [
        "Russia\u00a0sent  troops\t(2,500) to U.S.-led talks\u2009— “no”.",
        "A\u2028line \u3000 wide\u200a$2-$3 billion; Kazakhstan’s shoot-to-kill order!",
        "¿Qué? ¡Sí! 50% of 1.5 … C'est ça",
    ],
)
def test_stream_tokens_are_the_tokenizer_tokens(make_corpus, body):
    text = f"Head\n\n{body}\n"
    corpus = load_corpus(make_corpus({"doc-a": text}, title="Head"))
    stream = document_stream(corpus["doc-a"], Normaliser())
    start = text.index(body)
    expected = token_spans(text, start, start + len(body))
    assert list(zip(stream.start.tolist(), stream.end.tolist())) == expected
    assert list(stream.surface) == [text[a:b] for a, b in expected]


def test_content_spans_are_the_content_paragraphs(corpus):
    for doc in corpus:
        numbers, starts, ends = content_spans(doc)
        content = doc.content_paragraphs()
        assert numbers.tolist() == content["paragraph"].tolist()
        assert starts.tolist() == content["body_start"].tolist() and ends.tolist() == content["end"].tolist()


def test_speaker_labels_are_not_content(corpus):
    stream = next(s for s in streams(corpus) if corpus[s.doc_id].format == "transcript")
    labels = corpus[stream.doc_id].paragraphs.query("kind == 'turn'")
    starts = set(stream.start.tolist())
    for start, body_start in labels[["start", "body_start"]].itertuples(index=False):
        assert not any(start <= s < body_start for s in starts)


@pytest.mark.parametrize(
    ("terms", "stem", "expected"),
    [
        (["Russian troops", "U.S."], True, [("Russian troops", ("russian", "troop")), ("U.S.", ("US",))]),
        (["  Russia’s  "], False, [("Russia’s", ("russia",))]),
        (["Collective Security Treaty Organization"], False,
         [("Collective Security Treaty Organization", ("collective", "security", "treaty", "organization"))]),
        (["shoot-to-kill"], False, [("shoot-to-kill", ("shoot-to-kill",))]),
    ],
)
def test_parse_terms(terms, stem, expected):
    assert parse_terms(terms, Normaliser(stem=stem)) == expected


@pytest.mark.parametrize(("terms", "problem"), [([], "empty"), ("Russia", "not one string"), (["Russia", "!!"], "no word")])
def test_parse_terms_refuses(terms, problem):
    with pytest.raises(CorpusError) as error:
        parse_terms(terms, Normaliser())
    assert error.value.file == "parameters" and error.value.field == "terms"
    assert problem in str(error.value)


def test_find_term_stays_within_a_paragraph(make_corpus):
    text = "Head\n\nThey saw Russian\nTroops came. Russian troops left; Russian, troops.\n"
    corpus = load_corpus(make_corpus({"doc-a": text}))
    stream = document_stream(corpus["doc-a"], Normaliser())
    hits = find_term(stream, ("russian", "troops"))
    assert [text[stream.start[i]:stream.end[i + 1]] for i in hits] == ["Russian troops"]
    assert len(find_term(stream, ("troops",))) == 3
    assert len(find_term(stream, ("absent", "words", "here", "and", "more", "than", "tokens", "x", "y", "z", "w",
                                  "v", "u", "t", "s"))) == 0
    assert isinstance(find_term(stream, ("nothing",)), np.ndarray)


def test_select_documents(corpus):
    assert [d.outlet for d in select_documents(corpus, ["NPR"])] == ["NPR", "NPR"]
    assert len(select_documents(corpus, [])) == len(corpus)
    with pytest.raises(CorpusError, match="unknown outlet 'Reuters'"):
        select_documents(corpus, ["Reuters"])


def test_key_numbers_name_the_keys():
    norm = Normaliser(stem=True)
    tokens = ["Russia’s", "troops", ",", "Russia", "us", "US", "troop"]
    keys, key_ids, _, _ = norm.numbered_arrays(tokens)
    assert list(norm.key_names()[key_ids]) == list(keys)
    assert key_ids[0] == key_ids[3] and key_ids[1] == key_ids[6] and len(set(key_ids.tolist())) == 5


def test_chunk_arrays_are_the_stripped_tokens_arrays_and_the_chunk_lengths():
    chunks = ["Russia’s", " U.S.", "\n US", " us", "  Protesters", " Russian-led", " ,", "Russia’s", " us", "\t2,500"]
    by_chunk, by_token = Normaliser(stem=True), Normaliser(stem=True)
    *arrays, lengths = by_chunk.chunk_arrays(chunks)
    expected = by_token.token_arrays([chunk.lstrip() for chunk in chunks])
    for got, want in zip(arrays[:3] + arrays[4:], expected[:3] + expected[4:]):
        assert got.tolist() == want.tolist()
    # a key's number only names it (numbered as first met): the numbers name the same keys
    assert by_chunk.key_names()[arrays[3]].tolist() == by_token.key_names()[expected[3]].tolist()
    assert lengths.tolist() == [len(chunk) for chunk in chunks]
    assert [len(a) for a in by_chunk.chunk_arrays([])] == [0] * 7
