"""Paragraph spans and transcript speaker turns."""

from __future__ import annotations

import pytest

from newsbook.paragraphs import MARKER, find_turns, paragraph_spans, title_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\nTwo.\n", ["One.", "Two."]),
        ("One.\r\n\r\nTwo.\r\n", ["One.", "Two."]),
        ("\ufeffTitle\n\n  Body line.  \n", ["Title", "Body line."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_paragraph_spans(text, expected):
    assert [text[a:b] for a, b in paragraph_spans(text)] == expected


def test_hard_wrapped_block_is_one_paragraph():
    line = "The protests began over fuel prices in the west of the country and then"
    text = f"{line}\n{line}\n{line} spread.\n\nNext paragraph."
    spans = paragraph_spans(text)
    assert len(spans) == 2
    assert text[spans[0][0] : spans[0][1]].endswith("spread.")


def test_short_lines_are_not_joined():
    text = "A caption that ends here. Photographer/Agency)\nJane Roe, University of Somewhere\n"
    assert len(paragraph_spans(text)) == 2


def test_turns_resolve_surnames_and_titles():
    text = (
        "SCOTT SIMON, HOST:\nIntro.\nMICHELE KELEMEN, BYLINE: Report.\nPRESIDENT VLADIMIR PUTIN: (Non-English language spoken).\n"
        "KELEMEN: More.\nPUTIN: Again.\nMARTÍNEZ: Host line.\n"
    )
    spans = paragraph_spans(text)
    turns = find_turns(text, spans, authors=["A Martínez"])
    names = [t.name if t else None for t in turns]
    assert names == ["Scott Simon", None, "Michele Kelemen", "Vladimir Putin", "Michele Kelemen", "Vladimir Putin", "A Martínez"]
    assert turns[0].role == "host" and turns[3].role == "president"
    assert text[turns[2].label_end :].startswith("Report.")


def test_one_speaker_shortened_twice():
    text = "STACEY VANEK SMITH, BYLINE:\nHi.\nVANEK SMITH: Roses.\nSMITH: Lines.\n"
    names = [t.name for t in find_turns(text, paragraph_spans(text)) if t]
    assert names == ["Stacey Vanek Smith"] * 3


def test_two_speakers_with_one_surname():
    text = ("ROBERT SMITH, HOST:\nHello.\nSTACEY VANEK SMITH, BYLINE:\nHi.\nVANEK SMITH: Roses.\nSMITH: Lines.\n"
            "VANEK SMITH: Again.\n")
    names = [t.name if t else None for t in find_turns(text, paragraph_spans(text))]
    assert names == ["Robert Smith", None, "Stacey Vanek Smith", None, "Stacey Vanek Smith", "Robert Smith", "Stacey Vanek Smith"]


@pytest.mark.parametrize("line", ["U.S. companies are invested.", "WASHINGTON (AP) – Russia sent troops.", "Note: this is a test.",
                                  "UPDATE (Jan. 10): An earlier version misspelled a name.", "In KABUL (as elsewhere): people are tired."])
def test_ordinary_lines_are_not_turns(line):
    assert find_turns(line, paragraph_spans(line)) == [None]


def test_markers():
    assert MARKER.fullmatch("(SOUNDBITE OF ARCHIVED RECORDING)")
    assert not MARKER.fullmatch("(Non-English language spoken).")


def test_title_case():
    assert title_case("KASSYM-JOMART TOKAYEV") == "Kassym-Jomart Tokayev"
    assert title_case("DIANE McFADZIEN-SMITH") == "Diane McFadzien-Smith"
    assert title_case("LARRY C. NAPPER") == "Larry C. Napper"


def test_transcript_speakers_carry_over(corpus):
    paragraphs = corpus["npr-2022-01-10-maynes"].paragraphs
    continued = paragraphs[paragraphs["kind"] == "continued"]
    assert set(continued["speaker"]) == {"Charles Maynes"}
    first_turn = paragraphs[paragraphs["kind"] == "turn"].iloc[0]
    assert first_turn["speaker"] == "Charles Maynes"


def test_indented_first_lines_start_paragraphs():
    wrapped = "The report says the president was ignorant about much of the\narms deal, analysts said.\n"
    text = ("WASHINGTON, Feb 26 - The report says the president was\nignorant about much of the arms deal, analysts said.\n"
            f"    \"This is a blow,\" one analyst said in an interview with\nReuters on Thursday about the report.\n    {wrapped}")
    paragraphs = [text[a:b] for a, b in paragraph_spans(text)]
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith('"This is a blow,"') and paragraphs[1].endswith("about the report.")


def test_numbered_unidentified_speakers_are_turns():
    text = "UNIDENTIFIED PERSON #1: We left.\nUNIDENTIFIED PERSON #2: So did we.\nAI-GENERATED VOICE #3: Hello.\n"
    turns = find_turns(text, paragraph_spans(text))
    assert [t.name for t in turns] == ["Unidentified Person #1", "Unidentified Person #2", "Ai-Generated Voice #3"]


def test_older_npr_labels():
    text = ("JOHN YDSTIE, host:\n\nThis is WEEKEND EDITION.\n\nCARRIE KAHN reporting: Royce picked a station.\n\n"
            "Mr. KANID KASHANA KOSHI (Director, Centre for Environment): Sea levels rise.\n\n"
            "Representative ED ROYCE (Republican, California): Reform must come.\n\n"
            "Sheriff RICK FLORES (Webb County, Texas): It happened.\n\nMs. DIANE McFADZIEN: Yes.\n\n"
            "Ms. McFADZIEN: Indeed.\n\nUnidentified Man #1: Bula.\n\nKOSHI: Fine.\n\nIn MOSCOW: no label.\n")
    turns = [(t.name, t.role) if t else None for t in find_turns(text, paragraph_spans(text))]
    assert turns == [("John Ydstie", "host"), None, ("Carrie Kahn", "reporting"),
                     ("Kanid Kashana Koshi", "director, centre for environment"),
                     ("Ed Royce", "republican, california"), ("Rick Flores", "webb county, texas"),
                     ("Diane McFadzien", ""), ("Diane McFadzien", ""), ("Unidentified Man #1", ""),
                     ("Kanid Kashana Koshi", ""), None]


def test_an_older_label_reads_the_titles_it_is_given(tmp_path):
    text = "Alderman FLORES: We met.\n\nIn MOSCOW: no label.\n"
    assert find_turns(text, paragraph_spans(text)) == [None, None]  # no listed title: one name word is too few
    titles = tmp_path / "titles.txt"
    titles.write_text("ALDERMAN\n", encoding="utf-8")
    turns = find_turns(text, paragraph_spans(text), titles_path=titles)
    assert [(t.name, t.role) if t else None for t in turns] == [("Flores", "alderman"), None]


def test_a_briefings_questioner_label():
    text = ("MODERATOR:  Next up, we will go to Zeke Miller.\n\nQ    Thanks for doing this.  Is that right?\n\n"
            "MR. SULLIVAN:  Yes.\n\nQ: And the talks?\n\nQ and A sessions are held on Fridays.\n")
    names = [t.name if t else None for t in find_turns(text, paragraph_spans(text))]
    assert names == ["Moderator", "Q", "Mr. Sullivan", "Q", None]


def test_a_qa_transcripts_numbered_questions_and_answers():
    text = ("Q1: Can you elaborate?\n\nA: Thank you for the question.\n\nQ1-follow-up: And the firms?\n\n"
            "A: As I said.\n\nQ3- follow-up: So?\n\nQ8 follow-up: Of course?\n\nQ2 GDP grew by 3%.\n\n"
            "A dozen firms left.\n")
    names = [t.name if t else None for t in find_turns(text, paragraph_spans(text))]
    assert names == ["Q", "A", "Q", "A", "Q", "Q", None, None]
