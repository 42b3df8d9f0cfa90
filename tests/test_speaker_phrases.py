"""Speaker phrases read from word classes."""

from __future__ import annotations

import pytest

from newsbook.speaker_phrases import PhraseReader, spans


def reader(text: str) -> PhraseReader:
    sp = spans(text)
    return PhraseReader(text, sp, [False] * len(sp))


def index(r: PhraseReader, word: str) -> int:
    return r.words.index(word)


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("US Secretary of State Antony Blinken said", "said", ("US Secretary of State Antony Blinken", "name")),
        ("So Tokayev said", "said", ("Tokayev", "name")),
        ("Sergei Lavrov, Russia’s foreign minister, said", "said", ("Sergei Lavrov", "name")),
        ("Officials in Almaty said", "said", ("Officials", "group")),
        ("the Kazakh authorities said", "said", ("the Kazakh authorities", "group")),
        ("Putin and others, like Lukashenko, are arguing", "are", ("Putin", "name")),
        ("the statement said", "said", ("the statement", "document")),
        ("she said", "said", ("she", "pronoun")),
        ("We said", "said", ("We", "self")),
        ("troops were sent to Kazakhstan adds", "adds", None),
        ("what he called", "called", None),
    ],
)
def test_backward(text, before, expected):
    r = reader(text)
    phrase = r.backward(index(r, before) - 1)
    assert (phrase.text, phrase.type) == expected if expected else phrase is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Hill, a fellow", ("Hill", "name")),
        ("said Blinken.", ("Blinken", "name")),
        ("say two people familiar with it", ("two people", "group")),
        ("said the ministry", ("ministry", "group")),
        ("said he would go", None),
        ("said Kazakhstan is safe", None),
    ],
)
def test_forward(text, expected):
    phrase = reader(text).forward(1, inverted=True)
    assert (phrase.text, phrase.type) == expected if expected else phrase is None


def test_subject_runs_and_introductions():
    r = reader("And President Tokayev, 68, thanked Vladimir Putin in Almaty.")
    assert r.subject(len(r.words)).text == "President Tokayev"
    runs = r.name_runs()
    assert [x.text for x in runs] == ["President Tokayev", "Vladimir Putin", "Almaty"]
    assert r.introduces(runs[0]) and not r.introduces(runs[1])
    assert reader("Some say it is over.").subject(4).type == "group"
