"""Word tokens and their offsets."""

from __future__ import annotations

import pytest

from newsbook.tokens import is_word, possessive_stem, token_spans


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The U.S. sent 2,500 troops.", ["The", "U.S.", "sent", "2,500", "troops", "."]),
        ("Kazakhstan’s shoot-to-kill order", ["Kazakhstan’s", "shoot-to-kill", "order"]),
        ("$2-$3 billion", ["$2", "-", "$3", "billion"]),
        ("“peacekeepers”", ["“", "peacekeepers", "”"]),
        ("Martínez", ["Martínez"]),
    ],
)
def test_tokens(text, tokens):
    assert [text[a:b] for a, b in token_spans(text)] == tokens


def test_offsets_with_start():
    text = "xx The end."
    assert [text[a:b] for a, b in token_spans(text, 3)] == ["The", "end", "."]


def test_helpers():
    assert is_word("U.S.") and is_word("2,500") and not is_word("“")
    assert possessive_stem("Kazakhstan’s") == "Kazakhstan"
    assert possessive_stem("its") == "its"


def test_spans_equal_nltk_span_tokenize(corpus):
    from newsbook.tokens import TOKENIZER

    for doc in corpus:
        expected = list(TOKENIZER.span_tokenize(doc.text))
        assert token_spans(doc.text) == expected
        assert token_spans(doc.text, 100, 500) == [(100 + a, 100 + b) for a, b in TOKENIZER.span_tokenize(doc.text[100:500])]
