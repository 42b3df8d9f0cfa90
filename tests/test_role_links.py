"""A role phrase standing for the one person who holds the office (newsbook.role_links)."""

from __future__ import annotations

import pytest

from newsbook.role_links import Office, office_of


def speakers(table) -> list[tuple[str, str]]:
    return [(r.speaker, r.text) for r in table.itertuples()]


@pytest.mark.parametrize(
    ("phrase", "office"),
    [
        ("Tehran's deputy foreign minister", Office("deputy foreign minister", "Iran")),
        ("Iran’s deputy foreign minister", Office("deputy foreign minister", "Iran")),
        ("the Russian foreign minister", Office("foreign minister", "Russia")),
        ("research group's executive director", Office("executive director", "")),
        ("Greenland's Prime Minister", Office("prime minister", "Greenland")),
        ("experts", None),
        ("the army", None),
        ("Netanyahu's office", None),
    ],
)
def test_the_office_a_role_phrase_names(phrase, office):
    assert office_of(phrase) == office


def test_offices_agree_on_words_and_owner_country():
    assert office_of("Tehran's deputy foreign minister").agrees(office_of("Iran's deputy foreign minister"))
    assert office_of("the deputy foreign minister").agrees(office_of("Iran's deputy foreign minister"))
    assert not office_of("Greenland's prime minister").agrees(office_of("Israel's prime minister"))
    assert not office_of("Iran's foreign minister").agrees(office_of("Iran's deputy foreign minister"))


def test_an_office_named_first_is_the_person_named_in_the_next_paragraph(statements):
    table = statements("Title\n\nTalks must wait, Tehran's deputy foreign minister has told the BBC.\n\n"
                       "Majid Takht-Ravanchi says the US has not made its position clear.\n\n"
                       "Later, Iran's deputy foreign minister said the talks could resume next month.\n")
    assert speakers(table) == [("Majid Takht-Ravanchi", "Talks must wait"),
                               ("Majid Takht-Ravanchi", "the US has not made its position clear."),
                               ("Majid Takht-Ravanchi", "the talks could resume next month.")]
    assert set(table.speaker_role) == {"Tehran's deputy foreign minister"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # someone else is named between the office and the name
        ("Title\n\nTalks must wait, Tehran's deputy foreign minister has told the BBC.\n\n"
         "John Smith, an analyst at a think-tank, said the talks were doomed.\n\n"
         "Majid Takht-Ravanchi says the US has not made its position clear.\n",
         ("Tehran's deputy foreign minister", "Talks must wait")),
        # the person was named before the office: introduced already, not by it
        ("Title\n\nMajid Takht-Ravanchi arrived in Oman on Sunday.\n\n"
         "Talks must wait, Tehran's deputy foreign minister has told the BBC.\n\n"
         "Majid Takht-Ravanchi says the US has not made its position clear.\n",
         ("Tehran's deputy foreign minister", "Talks must wait")),
        # another country's prime minister holds another office
        ("Title\n\nGreenland's prime minister said the island must decide its own future.\n\n"
         "Israel's Prime Minister, Benjamin Netanyahu, said the war would go on.\n",
         ("Greenland's prime minister", "the island must decide its own future.")),
        # two people hold the office the phrase names
        ("Title\n\nThe foreign minister said the talks had failed.\n\n"
         "Russia's Foreign Minister, Sergei Lavrov, said the talks were useful.\n\n"
         "Ukraine's Foreign Minister, Dmytro Kuleba, said the talks had failed.\n",
         ("foreign minister", "the talks had failed.")),
    ],
)
def test_an_office_stays_a_phrase_without_one_holder(statements, text, first):
    assert speakers(statements(text))[0] == first


def test_an_office_is_the_person_an_apposition_gives_it(statements):
    table = statements("Title\n\nGreenland's prime minister said the island must decide its own future.\n\n"
                       "Copenhagen said it would summon the ambassador.\n\n"
                       "Greenland's Prime Minister, Jens-Frederik Nielsen, said the territory was willing to "
                       "cooperate.\n")
    assert speakers(table)[0] == ("Jens-Frederik Nielsen", "the island must decide its own future.")
