"""The cue list, data/quote_cues.csv, as the phrase rules and the cue finder read it."""

from __future__ import annotations

from newsbook.cue_list import forms_of, load_cues


def test_every_form_of_a_cue_is_read_with_its_entry():
    cues = load_cues()
    assert cues["said",].cue == "say" and cues["made", "the", "case"].cue == "make the case"
    assert cues["speculated",].complement == "clause"


def test_forms_of_the_verbs_of_saying():
    assert forms_of("say", "tell") == {"say", "says", "said", "saying", "tell", "tells", "told", "telling"}
