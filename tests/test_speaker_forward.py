"""Speaker phrases after a cue."""

from __future__ import annotations

import pytest

from newsbook.quote_cues import SentenceReader, spans


def forward(text: str, inverted: bool = True):
    r = SentenceReader(text, spans(text), [False] * len(spans(text)))
    phrase = r.forward(1, inverted=inverted)
    return (phrase.text, phrase.type) if phrase else None


@pytest.mark.parametrize(
    ("text", "inverted", "expected"),
    [
        ("said two people familiar with the talks", True, ("two people familiar with the talks", "group")),
        ("said two people were wounded", True, None),                    # the report's subject
        ("said the bloc would not tolerate coups", True, None),
        ("said his government was ready", True, None),                   # a possessive opens the report
        ("declared the Vedomosti newspaper last week", True, ("Vedomosti newspaper", "group")),
        ("to President Maria Lopez ,", False, ("Maria Lopez", "name")),  # "according to" a titled name
        ("to a statement from the Defense Ministry", False, ("Defense Ministry", "name")),
        ("to Matt and Martin .", False, ("Matt and Martin", "pair")),
        ("said Dr. Amal Hassan , who runs the clinic", True, ("Dr. Amal Hassan", "name")),
    ],
)
def test_forward(text, inverted, expected):
    assert forward(text, inverted) == expected
