"""Resolving speaker phrases: names, surnames, pronouns in reach, groups."""

from __future__ import annotations

import pytest

from newsbook.people import load_people
from newsbook.speaker_phrases import Phrase
from newsbook.speakers import Resolver, full_names

TEXT = "John Carter, a teacher, spoke. Fiona Hill met him. The Interior Ministry said so. Later, Carter left."


def resolver() -> Resolver:
    return Resolver(TEXT, load_people())


def test_full_names_skip_titles_and_sentence_ends():
    positions, names = full_names("Senator Jane Doe spoke in Almaty. We met. Larry C. Napper", load_people())
    assert names == ["Jane Doe", "Larry C. Napper"]


def test_names_surnames_and_kinds():
    r = resolver()
    assert r.name("Carter", TEXT.index("Later")).name == "John Carter"
    assert r.name("Carter", TEXT.index("Later")).how == "surname"
    hill = r.name("Fiona Hill", 40)
    assert (hill.kind, hill.country, hill.pronoun) == ("expert", "United States", "she")
    ministry = r.name("Interior Ministry", 60)
    assert (ministry.kind, ministry.pronoun) == ("institution", "it")
    minister = r.name("Kazakh Defense Minister Ruslan Zhaksylykov", 0)
    assert (minister.name, minister.kind, minister.country) == ("Ruslan Zhaksylykov", "official", "Kazakhstan")


def test_pronouns_take_the_latest_compatible_speaker():
    r = resolver()
    carter, hill, ministry = r.name("John Carter", 0), r.name("Fiona Hill", 31), r.name("Interior Ministry", 51)
    r.note(0, 0, carter, spoke=True)
    r.note(31, 0, hill, spoke=True)
    r.note(51, 0, ministry, spoke=False)
    assert r.refer("she", 80, 0).name == "Fiona Hill"
    assert r.refer("he", 80, 0).name == "John Carter"              # "he" skips the woman and the ministry
    assert r.refer("it", 80, 0).name == "Interior Ministry"
    assert r.refer("he", 80, 0, exclude="John Carter") is None      # a turn's own speaker is never "he"
    assert r.refer("he", 80, 5) is None                             # out of reach
    assert r.previous_speaker(80, 0).name == "Fiona Hill"


def test_groups_keep_their_words():
    r = resolver()
    phrase = Phrase(0, 1, 0, 16, "Regional experts", "group", "expert")
    assert r.group(phrase).name == "regional experts"
    assert r.group(Phrase(3, 4, 20, 33, "Kazakh officials", "group", "official")).country == "Kazakhstan"
    assert r.group(Phrase(0, 2, 0, 18, "A Western diplomat", "group", "official")).name == "Western diplomat"


ROLES = ("Party chairman John Smith spoke. Tony Blair spoke. Leo Marsh spoke. We called Acme, the company that "
         "made it. Mr Smith's aides agreed. But Acme declined.")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Mr Smith's", "John Smith"), ("But Acme", "Acme"), ("Leo", "Leo Marsh"), ("Marsh", "Leo Marsh")],
)
def test_names_drop_openers_and_possessives_and_link_first_names(written, expected):
    r = Resolver(ROLES, load_people())
    assert r.name(written, len(ROLES)).name == expected


def test_roles_and_organisations():
    r = Resolver(ROLES, load_people())
    assert r.role("party chairman", len(ROLES)).name == "John Smith"
    assert r.role("prime minister", len(ROLES)).name == "Tony Blair"     # the role the people list gives
    assert r.role("prime minister", 0) is None                           # only people named before
    assert r.name("Acme", len(ROLES)).kind == "institution"
    assert r.is_person(r.name("Lord Brown", 0)) and not r.is_person(r.name("Edinburgh", 0))


def test_he_is_never_a_transcript_label_and_prefers_main_clause_speakers():
    r = resolver()
    r.note(0, 0, r.name("John Carter", 0), spoke=True, label=True)
    assert r.refer("he", 80, 0) is None                                 # a labelled speaker is "I", not "he"
    r.note(10, 0, r.name("Larry Napper", 10), spoke=False)
    r.note(20, 0, r.name("Lord Brown", 20), spoke=True, minor=True)
    assert r.refer("he", 80, 0).name == "Larry C. Napper"                # not the speaker of a subordinate clause
    assert r.refer("she", 80, 0).name == "Lord Brown"                    # ... unless no one else fits


def test_they_takes_an_organisation_when_no_one_spoke_here():
    r = resolver()
    r.note(51, 0, r.name("Interior Ministry", 51), spoke=False)
    assert r.refer("they", 80, 1).name == "Interior Ministry"
    r.note(55, 0, r.group(Phrase(0, 1, 55, 70, "Kazakh officials", "group", "official")), spoke=True)
    assert r.refer("they", 80, 1).name == "Kazakh officials"            # a group that spoke, the latest (a country keeps its capital)
    r.note(60, 1, r.name("John Carter", 60), spoke=True)
    assert r.refer("they", 80, 1).name == "John Carter"                  # a speaker of the same paragraph first


def test_pairs_keep_the_order_first_written():
    text = "Matt Hale and Tom Reyes spoke. Later, Matt and Tom agreed, and Tom and Matt left."
    r = Resolver(text, load_people())
    assert r.pair("Matt and Tom", 40).name == "Matt Hale and Tom Reyes"
    assert r.pair("Tom and Matt", 60).name == "Matt Hale and Tom Reyes"


def test_a_shorter_definite_group_is_the_group_named_before():
    r = resolver()
    senior = r.group(Phrase(0, 3, 0, 30, "A senior Palestinian official", "group", "official"))
    r.note(0, 0, senior, spoke=True)
    assert r.described("Palestinian official", 80).name == "senior Palestinian official"
    assert r.described("official", 80).name == "senior Palestinian official"
    assert r.described("spokesman", 80) is None


def test_an_organisation_is_what_nothing_shows_is_a_person():
    r = Resolver("Hamas said so. Jane Roe said so too.", load_people())
    r.note(0, 0, r.name("Hamas", 0), spoke=True)
    assert r.refer("organisation", 30, 0).name == "Hamas"            # "the militant group said"
    r.note(15, 0, r.name("Jane Roe", 15), spoke=True)
    assert r.refer("organisation", 30, 0).name == "Hamas"            # a person's full name is no organisation
    assert r.refer("it", 30, 0).name == "Hamas"


def test_she_is_not_he_later():
    r = Resolver("Amina Yusuf spoke. Then the others.", load_people())
    r.note(0, 0, r.name("Amina Yusuf", 0), spoke=True)
    assert r.refer("she", 20, 0).name == "Amina Yusuf"
    assert r.refer("he", 25, 0) is None


def test_a_lone_surname_is_the_latest_full_name_a_titled_one_keeps_its_first_reading():
    text = "Jair Bolsonaro spoke. Mr Bolsonaro left. Bolsonaro waved. His son, Flávio Bolsonaro, spoke. " \
           "Mr Bolsonaro slept. Bolsonaro cried."
    r = Resolver(text, load_people())
    at = {word: [k for k in range(len(text)) if text.startswith(word, k)] for word in ("Mr Bolsonaro", "Bolsonaro cried")}
    assert r.name("Mr Bolsonaro", at["Mr Bolsonaro"][0]).name == "Jair Bolsonaro"
    assert r.name("Bolsonaro", text.index("Bolsonaro waved")).name == "Jair Bolsonaro"
    assert r.name("Mr Bolsonaro", at["Mr Bolsonaro"][1]).name == "Jair Bolsonaro"  # the man the story is about
    assert r.name("Bolsonaro", at["Bolsonaro cried"][0]).name == "Flávio Bolsonaro"  # the full name just written


def test_notes_out_of_text_order_take_their_place():
    """A note before one already made goes in text order (after those at its position), and the latest
    paragraph so far is recounted from there."""
    r = resolver()
    carter, hill, ministry = r.name("John Carter", 0), r.name("Fiona Hill", 31), r.name("Interior Ministry", 51)
    r.note(51, 2, ministry, spoke=False)
    r.note(0, 0, carter, spoke=True)
    r.note(51, 1, hill, spoke=True)
    r.note(60, 1, carter, spoke=False)
    assert [(c.position, c.paragraph) for c in r._seen] == [(0, 0), (51, 2), (51, 1), (60, 1)]
    assert r._seen_at == [0, 51, 51, 60] and r._latest_paragraph == [0, 2, 2, 2]
    assert r.previous_speaker(61, 2).name == "Fiona Hill"
