"""Canonical speaker names from the curated people list."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.errors import CorpusError
from newsbook.people import PEOPLE_COLUMNS, first_name_pronouns, load_people, people_table, speaker_words


@pytest.mark.parametrize(
    ("written", "earlier", "name", "title"),
    [
        ("BLINKEN", [], "Antony Blinken", ""),
        ("Blinken", [], "Antony Blinken", ""),
        ("Secretary of State Antony Blinken", [], "Antony Blinken", ""),
        ("US Secretary of State Antony Blinken", [], "Antony Blinken", "US Secretary of State"),
        ("Kazakh President Kassym-Jomart Tokayev", [], "Kassym-Jomart Tokayev", "Kazakh President"),
        ("the State Department", [], "U.S. Department of State", ""),
        ("A Martínez", [], "A Martínez", ""),
        ("MARTÍNEZ", [], "A Martínez", ""),
        # not in the list: the name the text gives, without its titles
        ("Senator Jane Doe", [], "Jane Doe", "Senator"),
        ("Defense Minister Anna Berg", [], "Anna Berg", "Defense Minister"),
        # a lone surname: the latest full name given before
        ("Doe", ["John Doe", "Jane Doe"], "Jane Doe", ""),
        ("Doe", [], "Doe", ""),
        # a knighthood is no part of a full name; a peerage title is, and one name after "Sir" stays a first name
        ("UK Prime Minister Sir Keir Starmer", [], "Keir Starmer", "UK Prime Minister"),
        ("Dame Jane Roe", [], "Jane Roe", ""),
        ("Starmer", ["Sir Keir Starmer"], "Keir Starmer", ""),
        ("Sir Keir", [], "Sir Keir", ""),
        ("Sir Keir", ["Sir Keir Starmer"], "Keir Starmer", ""),  # a first name after the honour
        ("Lord Ashcroft", [], "Lord Ashcroft", ""),
        ("Lord John Prescott", [], "Lord John Prescott", ""),
        # an institution's name is never cut down to a listed one inside it
        ("Russian State Department", [], "Russian State Department", ""),
        ("Russian-led Collective Security Treaty Organization", [], "Collective Security Treaty Organization", ""),
    ],
)
def test_canonical(written, earlier, name, title):
    got_name, got_title, _ = load_people().canonical(written, earlier_names=earlier)
    assert (got_name, got_title) == (name, title)


@pytest.mark.parametrize(("name", "institution"), [("Interior Ministry", True), ("Kremlin", True), ("Fiona Hill", False),
                                                    ("Atlantic Council", True), ("Jane Doe", False),
                                                    ("Bank of England", True), ("Secretary of State", False)])
def test_institutions(name, institution):
    assert load_people().is_institution_name(name) is institution


def test_people_list_is_consistent():
    table = people_table()
    assert list(table.columns) == PEOPLE_COLUMNS
    assert table["name"].is_unique
    assert set(table["kind"]) <= {"official", "expert", "journalist", "institution"}
    assert set(table["pronoun"]) <= {"he", "she", "it", "they"}
    owners: dict[str, str] = {}
    for name, aliases in table[["name", "aliases"]].itertuples(index=False):
        for alias in [name, *filter(None, aliases.split("|"))]:
            key = alias.casefold()
            assert owners.setdefault(key, name) == name, f"{alias!r} names both {owners[key]} and {name}"


def test_speaker_words_classes():
    words = speaker_words()
    assert {"he", "she"} <= set(words["pronoun"]) and "officials" in words["group"]
    assert words["group"]["experts"] == "expert" and words["country"]["Kazakh"] == "Kazakhstan"


def test_missing_people_file(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        people_table(tmp_path / "none.csv")
    bad = tmp_path / "people.csv"
    pd.DataFrame({"name": ["X"]}).to_csv(bad, index=False)
    with pytest.raises(CorpusError, match="aliases"):
        people_table(bad)


def test_first_names_are_one_gender_each():
    names = first_name_pronouns()
    assert names["Jane"] == "she" and names["Vladimir"] == "he"
    assert set(names.values()) == {"he", "she"}
    # names borne by both, or also places or words, are not listed
    assert not {"Kim", "Jean", "Marion", "Terry", "Georgia", "Said", "Andrea"} & set(names)


def test_first_names_list_is_checked(tmp_path):
    path = tmp_path / "first_names.csv"
    path.write_text("name,pronoun\nJane,she\nAlex,they\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="neither 'he' nor 'she'"):
        first_name_pronouns(path)
    with pytest.raises(CorpusError, match="not found"):
        first_name_pronouns(tmp_path / "missing.csv")


def test_the_people_list_knows_the_president_of_2025():
    person = load_people().lookup("Trump")
    assert person is not None and person.name == "Donald Trump" and person.country == "United States"
