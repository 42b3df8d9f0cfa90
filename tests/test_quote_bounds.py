"""Where a report's content starts and ends within its sentence."""

from __future__ import annotations

import pytest

from newsbook.quote_bounds import content_start, parenthetical
from newsbook.quote_cues import SentenceReader, spans


def reader(text: str) -> SentenceReader:
    return SentenceReader(text, spans(text), [False] * len(spans(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silva said in a statement on Tuesday that the government would stay.", "the"),
        ("Roe wrote on X that the bill would pass.", "the"),
        ("Li told EU foreign policy chief Kaja Kallas this month that Beijing was neutral.", "Beijing"),
        ("The army warned the group that it would strike.", "it"),          # the listener of "warn"
        ("Peskov told reporters the deployment was temporary.", "the"),      # a listener without "that"
        ("The Kremlin said on Monday it had no plans.", "it"),               # a time, then the clause
        ("Hill said it was clear that the talks had failed.", "it"),         # a clause of its own before "that"
    ],
)
def test_content_start(text, expected):
    r = reader(text)
    (att, *_) = r.cues()
    assert r.words[content_start(r, att, unmarked=False)] == expected


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The charity said a nurse was killed when, it said, soldiers fired on the crowd.", 0),
        ("The group said the figures came from the ministry, which it says is not reliable.", 0),
        ("Putin said the attacks came from abroad, he said, citing no evidence.", None),   # no clause after it
        ("Hill said the troops would stay, while Lavrov said they would go.", None),
    ],
)
def test_parenthetical(text, host):
    r = reader(text)
    atts = [a for a in r.cues() if a.speaker is not None]
    assert parenthetical(r, atts, 1) == host


def test_a_report_after_that_is_nested_not_an_aside():
    r = reader("Trump said on Friday that Hamas said it was ready.")
    atts = [a for a in r.cues() if a.speaker is not None]
    assert parenthetical(r, atts, 1) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listener's name run before a verb leaves its last name to the report: "told Al Jazeera Israel is"
        ("Title\n\nJohn Doe told Al Jazeera Israel is using munitions that cause massive destruction.\n",
         [("told", "Israel is using munitions that cause massive destruction.")]),
        # a later cue of the same subject ends the first report before it, and before its conjunction
        ("Title\n\nJohn Doe told reporters the army is using banned munitions that cause massive destruction, "
         "pointing to the wounds of the injured.\n",
         [("told", "the army is using banned munitions that cause massive destruction"),
          ("pointing to", "the wounds of the injured.")]),
        ("Title\n\nJane Roe, a councillor, maintained that public anger had forced the government into this "
         "shift, but, like Doyle, lamented that the overall position remained unchanged.\n",
         [("maintained", "public anger had forced the government into this shift"),
          ("lamented", "the overall position remained unchanged.")]),
    ],
)
def test_contents_bounded_by_a_later_cue_and_a_listener(statements, text, expected):
    assert [(r.cue, r.text) for r in statements(text).itertuples()] == expected
