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


@pytest.mark.parametrize(
    "text",
    ["The U.S. sent 2,500 troops.", "“peacekeepers,” he said — twice!", "a__b _ __ x_y", "snake_case_name", "", "   ",
     "U.S.-led $2.5% 10:30 it’s", "名字 ٣ ५ é…"],
)
def test_count_words_equals_counting_is_word(text):
    from newsbook.tokens import count_words

    assert count_words(text) == sum(is_word(text[a:b]) for a, b in token_spans(text))
    if len(text) > 2:
        assert count_words(text, 1, len(text) - 1) == sum(is_word(text[a:b]) for a, b in token_spans(text, 1, len(text) - 1))


def test_count_words_on_the_corpus(corpus):
    from newsbook.tokens import count_words

    for doc in corpus:
        for p in doc.paragraph_records:
            assert count_words(doc.text, p.start, p.end) == sum(is_word(doc.text[a:b]) for a, b in token_spans(doc.text, p.start, p.end))


def test_fast_spans_equal_token_spans(corpus):
    """The findall-based spans of :mod:`newsbook.speaker_phrases` are those of the token pattern."""
    from newsbook.speaker_phrases import spans, spans_and_words

    for text in [doc.text for doc in corpus] + ["  lead  and trail  ", "\u2003x\u00a0y\n\nz", "", "a__b"]:
        assert spans(text) == token_spans(text)
        assert spans(text, 3, max(3, len(text) - 2)) == token_spans(text, 3, max(3, len(text) - 2))
        found, words = spans_and_words(text)
        assert words == [text[a:b] for a, b in found]


def test_spaced_word_pattern_reads_the_tokens_of_word_pattern():
    """The pattern :mod:`newsbook.phrase_words` tokenises with (an ASCII letter read once, nothing given
    back) matches what white space and :data:`WORD_PATTERN` match, on the corpora and on odd strings."""
    import re

    from newsbook.tokens import SPACED_TOKEN
    from newsbook.tokens import WORD_PATTERN

    plain = re.compile(r"\s*(?:" + WORD_PATTERN.replace("(?x)", "", 1) + ")", re.VERBOSE)
    odd = ["$", "$$2", "$2.5%", "$.5", "U.S.", "U.S", "U.", "A.B.C.d", "a.b", "é.f.", "2.5.6", "2,", "2:30pm", "٣.٤", "²3",
           "x²", "_a", "a_", "__", "it’s", "it'", "-a-b", "a--b", "a-’b", "U.S.-led", "$U.S.", "9U.S.", "a$2", "Ω.Ψ.",
           "  lead  and trail  ", "\u2003x\u00a0y\n\nz", "", "a__b", "2nd", "$ 5", "A. B. Smith"]
    for text in odd + [" ".join(odd), "".join(odd)] + _corpora_texts():
        assert SPACED_TOKEN.findall(text) == plain.findall(text), text[:80]


def _corpora_texts() -> list[str]:
    """The texts of the shipped and unseen corpora."""
    from pathlib import Path

    from newsbook import load_corpus

    root = Path(__file__).resolve().parents[1]
    manifests = [root / "data" / "corpus.csv", *sorted(root.glob("tests/unseen*/corpus.csv"))]
    return [doc.text for manifest in manifests for doc in load_corpus(manifest)]


def test_words_only_pattern_finds_the_tokens_that_are_not_marks():
    """:data:`WORDS_ONLY_PATTERN`, which reads a token's first character once, finds the spans of the
    tokens of :data:`WORD_PATTERN` that are not single marks, on the corpora and on odd strings."""
    import re

    from newsbook.tokens import _TOKEN_RE, _WORDS_ONLY

    odd = ["$", "$$2", "$2.5%", "$.5", "U.S.", "U.S", "U.", "A.B.C.d", "a.b", "é.f.", "2.5.6", "2,", "2:30pm", "٣.٤", "²3",
           "x²", "_a", "a_", "__", "it’s", "it'", "-a-b", "a--b", "a-’b", "U.S.-led", "$U.S.", "9U.S.", "a$2", "Ω.Ψ."]
    for text in odd + [" ".join(odd), "".join(odd)] + _corpora_texts():
        marks = re.compile(r"[^\w\s]")
        expected = [m.span() for m in _TOKEN_RE.finditer(text) if not marks.fullmatch(m.group())]
        assert [m.span() for m in _WORDS_ONLY.finditer(text)] == expected, text[:80]


FIRST_WORD_PATTERN = r"""(?x)
      (?:[A-Za-z]\.){2,}                  # initialisms: U.S., U.N.
    | \$?\d+(?:[.,:]\d+)*%?               # numbers, money, times, percentages
    | \w+(?:[-'’]\w+)*                    # words, hyphenated words, contractions
    | [^\w\s]                              # any other mark, one at a time
"""
"""The token grammar as first written, before its initialism and money alternatives were made to open with a class or character."""


def test_word_pattern_finds_the_tokens_of_the_grammar_as_first_written():
    """:data:`WORD_PATTERN` finds the tokens of :data:`FIRST_WORD_PATTERN`, alone and with the white space
    before each token attached (as the term streams and the quotation step read them), on the corpora and on
    odd strings."""
    import random
    import re

    from newsbook.tokens import WORD_PATTERN

    def spaced(pattern: str) -> re.Pattern[str]:
        return re.compile(r"\s*(?:" + pattern.replace("(?x)", "", 1) + ")", re.VERBOSE)

    odd = ["$", "$$2", "$2.5%", "$.5", "$ 5", "U.S.", "U.S", "U.", "A.B.C.d", "a.b", "é.f.", "2.5.6", "2,", "2:30pm", "٣.٤",
           "²3", "x²", "_a", "a_", "__", "it’s", "it'", "-a-b", "a--b", "a-’b", "U.S.-led", "$U.S.", "9U.S.", "a$2", "Ω.Ψ.",
           "1.a.", "a.1.", "A.B.C.D.E.F.", "$1,000.5%", "5%%", "x.y.z", " ", "\n"]
    rng = random.Random(2)
    texts = odd + [" ".join(odd), "".join(odd)] + ["".join(rng.choices(odd, k=8)) for _ in range(3000)] + _corpora_texts()
    for first, now in ((re.compile(FIRST_WORD_PATTERN), re.compile(WORD_PATTERN)),
                       (spaced(FIRST_WORD_PATTERN), spaced(WORD_PATTERN))):
        for text in texts:
            assert [m.span() for m in now.finditer(text)] == [m.span() for m in first.finditer(text)], text[:80]


def test_is_word_finds_what_isalnum_finds():
    """:func:`is_word` (a search for :data:`LETTER_OR_DIGIT`, in C) says a token is a word exactly when
    one of its characters is a letter or digit to :meth:`str.isalnum`, for every character alone and
    for mixed tokens."""
    import sys

    from newsbook.tokens import is_word

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert is_word(char) == char.isalnum(), hex(code)
    for token in ("", "_", "__", "--", "“", "-5", "U.S.", "’s", "_a", "٣", "²", "Ⅷ", "…"):
        assert is_word(token) == any(ch.isalnum() for ch in token), token
