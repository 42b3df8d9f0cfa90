"""Resolving speaker phrases: names, surnames, pronouns in reach, groups."""

from __future__ import annotations

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
