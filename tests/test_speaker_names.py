"""What a speaker is called: groups and organisations by their words."""

from __future__ import annotations

import pytest

from newsbook.people import load_people
from newsbook.phrase_words import Phrase
from newsbook.speaker_names import group_speaker, place, title_kind


@pytest.mark.parametrize(
    ("text", "kind", "expected", "pronoun"),
    [
        ("the U.N. refugee agency", "institution", "U.N. refugee agency", "they"),
        ("the local Nasser hospital", "institution", "Nasser hospital", "they"),      # words before its name
        ("the Vedomosti newspaper", "", "Vedomosti", "they"),                         # an outlet's kind
        ("President Ana Silva's government", "institution", "Ana Silva's government", "they"),  # an office
        ("Mr Smith's aides", "official", "Mr Smith's aides", "they"),                 # a courtesy title stays
        ("a senior Palestinian official", "official", "senior Palestinian official", ""),  # may be "he" or "she"
        ("police", "official", "police", "they"),                                     # a collective noun
    ],
)
def test_group_names(text, kind, expected, pronoun):
    speaker = group_speaker(Phrase(1, 3, 10, 10 + len(text), text, "group", kind), load_people())
    assert (speaker.name, speaker.pronoun, speaker.how) == (expected, pronoun, "group")


def test_a_group_word_inside_a_name_keeps_its_capital():
    lower = {"officials", "union", "agency"}
    text = "Officials of the European Union"
    speaker = group_speaker(Phrase(0, 4, 0, len(text), text, "group", "official"), load_people(), lower)
    assert speaker.name == "officials of the European Union"  # not "European union"
    text = "analysts at the Council on Foreign Relations"
    speaker = group_speaker(Phrase(0, 6, 0, len(text), text, "group", "expert"), load_people(), {"analysts", "council"})
    assert speaker.name == text


def test_titles_and_places():
    assert title_kind("Secretary-General") == "official" and title_kind("Mr") == ""
    assert place("Kazakh officials") == "Kazakhstan" and place("Israeli military") == "Israel"
