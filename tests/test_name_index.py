"""A document's names: full names, first names and surnames, roles, organisations, proper words."""

from __future__ import annotations

import pytest

from newsbook.name_index import NameIndex, clean_name, defined_acronyms, full_names, hard_wrapped, strip_possessive
from newsbook.people import load_people


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("That's Richard Roy", "Richard Roy"),
        ("But Acme", "Acme"),
        ("Gordon Smith's", "Gordon Smith"),
        ("Here's Jane Roe", "Jane Roe"),
        ("Theresa May", "Theresa May"),
        ("Later Jane Smith", "Jane Smith"),  # a sentence adverb of time opens the sentence, not the name
        ("Recently Acme", "Acme"),
        ("The", "The"),  # never emptied
    ],
)
def test_clean_name(run, expected):
    assert clean_name(run) == expected


def test_strip_possessive():
    assert [strip_possessive(w) for w in ("Brown's", "Yukos'", "Brown’s", "Jones")] == ["Brown", "Yukos", "Brown", "Jones"]


def test_full_names_end_at_a_possessive_and_drop_openers():
    text = "Fox attacks Blair's Tory plans. Chancellor Gordon Smith's budget. That's Richard Roy again."
    assert full_names(text, load_people())[1] == ["Gordon Smith", "Richard Roy"]


TEXT = ("Our guest is Leo Marsh, a professor. Tory co-chairman Liam Fox spoke. Tony Blair spoke too. "
        "We called Acme, the company that made it. Rosneft officials declined. State-owned Gazprom paid. "
        "The FBI and California DOJ agents met. Later, Leo said so. Quick note. I would not call them hacked.")


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(TEXT, load_people())


def test_first_names_and_surnames_link_to_full_names(index):
    end = len(TEXT)
    assert index.latest_full("Leo", end) == "Leo Marsh"        # a first name
    assert index.latest_full("Marsh", end) == "Leo Marsh"      # a surname
    assert index.latest_full("Leo", 0) is None                  # only names given before
    assert index.latest_full("DOJ", end) is None                # "California DOJ" is no person's name


@pytest.mark.parametrize(
    ("role", "expected"),
    [("Tory co-chairman", "Liam Fox"), ("co-chairman", "Liam Fox"), ("prime minister", "Tony Blair"), ("chairman", None)],
)
def test_roles_written_or_listed(index, role, expected):
    assert index.with_role(role, len(TEXT)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Acme", True), ("Rosneft", True), ("Gazprom", True), ("FBI", True), ("Leo Marsh", False), ("Liam Fox", False)],
)
def test_organisations_the_text_shows(index, name, expected):
    assert index.is_institution(name) is expected


def test_a_person_before_a_spokesman_is_no_organisation():
    index = NameIndex("Donald Trump spoke. Trump spokesman Sean Spicer said so. Acme spokesman Joe Doe agreed.", load_people())
    assert not index.is_institution("Trump") and index.is_institution("Acme")


def test_proper_and_common_words(index):
    assert index.is_proper("Leo") and index.is_proper("Acme")
    assert not index.is_proper("Quick") and not index.is_proper("Later")
    assert index.is_common("hacked") and not index.is_common("quick")


def test_particles_nationalities_and_the_kind_before_a_name():
    text = ("Commission President Ursula von der Leyen spoke. Von der Leyen and Costa left. Mayar al-Farr's brother died. "
            "Israeli-American Itay Chen was held. Ruth Adler spoke. State news agency Xinhua reported it. "
            "The medical charity Doctors Without Borders said so.")
    index = NameIndex(text, load_people())
    assert index.names[:4] == ["Ursula von der Leyen", "Mayar al-Farr", "Itay Chen", "Ruth Adler"]
    assert index.latest_full("Leyen", len(text)) == "Ursula von der Leyen"   # "Von der Leyen" is no full name
    assert index.is_institution("Xinhua") and index.is_institution("Doctors Without Borders")
    assert not index.is_institution("Ruth Adler")


def test_a_surname_prefers_the_person_the_text_made_a_speaker():
    text = "Among the speakers was Ruth Adler, the mother of soldier Tom Adler. Later, Ms Adler said so."
    index = NameIndex(text, load_people())
    assert index.latest_full("Adler", len(text)) == "Tom Adler"
    assert index.latest_full("Adler", len(text), prefer={"Ruth Adler"}) == "Ruth Adler"



def test_a_name_wrapped_over_a_line_of_wire_copy():
    people = load_people()
    wire = ("The talks in Brussels ended on Tuesday, and Belgian Trade Minister Herman\n"
            "De Croo said the only way that the whole of the European\n"
            "Community could react to the bill was to retaliate at once.\n")
    assert full_names(wire, people)[1] == ["Herman De Croo", "European Community"]
    assert full_names("By Andrew Roth\nMoscow Russia said it would go.", people)[1] == ["Andrew Roth", "Moscow Russia"]  # lines of their own
    assert full_names("Report Title\n\nJohn Smith said.", people)[1] == ["Report Title", "John Smith"]  # not over a blank line
    assert full_names("the talks ended.\n    Daniel McKinley said", people) == ([21], ["Daniel McKinley"])  # nor into an indented line


def test_a_title_written_with_of_before_the_name():
    positions, names = full_names("Assistant Secretary of State Elliott Abrams, who briefed reporters, said", load_people())
    assert names[-1] == "Elliott Abrams" and positions[-1] == 29  # not "State Elliott Abrams"


def test_a_role_of_something_is_not_that_role():
    index = NameIndex("The White House said. Then Barack Obama spoke.", load_people())
    assert index.with_role("president", 20) is None  # the people list's White House is the "office of the president"


def test_a_clause_opener_is_no_part_of_a_name():
    assert full_names("Once Jan Ooms had the roses, he sold them.", load_people())[1] == ["Jan Ooms"]


def test_acronyms_defined_in_brackets_spell_the_name_before_them():
    text = ("The Organization for Security and Co-operation in Europe (OSCE) met the World Health Organization "
            "(WHO). Mr Smith (R) and the U.S. Agency for International Development (USAID) did not.")
    assert defined_acronyms(text) == {"OSCE": "Organization for Security and Co-operation in Europe",
                                      "WHO": "World Health Organization"}


def test_the_kind_word_test_lets_through_every_window_the_pattern_matches():
    """:func:`_may_follow_kind` only saves the search: wherever :func:`_kind_before` matches a window
    (also blanks before a last line break, and a word cut by the window's start), it says so too."""
    from newsbook.name_index import _kind_before, _may_follow_kind

    text = ("news agency Xinhua said; the carmaker \n Peugeot and the  \t bank\nLloyds, an agencyX Y, "
            "oil giant  Rosneft and a longwindedagency Z.")
    kind = _kind_before()
    matched = 0
    for end in range(1, len(text) + 1):
        for start in {0, max(0, end - 30), max(0, end - 8)}:
            if kind.search(text, start, end):
                matched += 1
                assert _may_follow_kind(text, start, end), (start, end)
    assert matched > 0


def test_hard_wrapped_reads_line_ends_as_the_paragraph_splitter_does():
    # a line closed by ";" or ")" ends a clause for both readers of wrapped lines
    clauses = ("The minister said the talks with the bank would resume soon;\n"
               "the loan to the city was safe, as the bank had agreed (in March);\n"
               "no one at the ministry would say more about it on Friday.")
    assert not hard_wrapped(clauses)
    assert hard_wrapped(clauses.replace(";\n", "\n").replace(")", ""))


def test_a_name_opens_a_word_and_a_lone_capital_or_an_offices_acronym_is_no_part_of_it():
    text = "MR. SULLIVAN:  Thanks.\n\nQ    Jake, a question for APNSA Jake Sullivan on the talks.\n"
    assert full_names(text, load_people())[1] == ["Jake Sullivan"]  # not "R. Sullivan", "Q Jake" or "APNSA Jake Sullivan"
    text = "He wrote: 'Jane Porter is right,' and Pat O'Brien agreed. S Jaishankar and J K Rowling spoke."
    assert full_names(text, load_people())[1] == ["Jane Porter", "Pat O'Brien", "S Jaishankar", "J K Rowling"]


def test_a_surname_after_its_title_holds_the_role_and_a_past_role_does_not():
    text = ("President Tom Reyes met former President Ana Silva. Later President Greene spoke. "
            "Then the president said so.")
    index = NameIndex(text, load_people())
    assert index.with_role("president", text.index("Later")) == "Tom Reyes"  # not the former president
    assert index.with_role("president", text.index("Then")) == "Greene"  # written with the title, after both



def test_a_deputy_role_is_not_the_role_it_names(statements):
    # "Vice President Sara Duterte" is no "the president" (``deputy role`` words of data/speaker_words.csv)
    table = statements("Title\n\nPresident Ferdinand Marcos Jr spoke on Sunday.\n\nSome carried an effigy of Marcos "
                       "and Vice President Sara Duterte.\n\n“For it to mean something, he should come home,” the "
                       "president added.\n")
    assert list(table.speaker) == ["Ferdinand Marcos Jr"]
