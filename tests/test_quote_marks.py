"""Quotation marks: pairing, paragraphs, machine-altered glyphs."""

from __future__ import annotations

import pytest

from newsbook.quote_marks import find_quotations


def quoted(text: str, paragraphs: list[str] | None = None) -> list[str]:
    if paragraphs is None:
        spans = [(0, len(text))]
    else:
        spans, position = [], 0
        for para in paragraphs:
            start = text.index(para, position)
            spans.append((start, start + len(para)))
            position = start + len(para)
    return [text[q.start:q.end] for q in find_quotations(text, spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will stay,” he said.", ["We will stay"]),
        ('"We will stay," he said.', ["We will stay"]),
        ("«Nous restons», a-t-il dit.", ["Nous restons"]),
        ("”We are leaving,” the general said.", ["We are leaving"]),          # wrong glyph, right place
        ("He called them “peacekeepers” and left.", ["peacekeepers"]),
        ("“A,” he said, “and B.”", ["A", "and B."]),
        ("consider sphere of influence. “", []),                               # a stray mark
        # double marks nested in double marks cannot be told apart: an opening mark ends the open quotation
        ("“It is a police state with “20,000 extremists” in it.”", ["It is a police state with", "20,000 extremists"]),
    ],
)
def test_pairs(text, expected):
    assert quoted(text) == expected


def test_quote_over_two_paragraphs():
    text = "“The first units left.\n\n“The rest follow,” he said."
    assert quoted(text, ["“The first units left.", "“The rest follow,” he said."]) == ["The first units left.\n\n“The rest follow"]


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“These events were painful. ,\n\nShe argues that the protests were local."
    result = quoted(text, ["“These events were painful. ,", "She argues that the protests were local."])
    assert result == ["These events were painful."]


def test_fragments_and_pieces():
    text = "“The troops will leave soon.\n\n“All of them.”"
    spans = [(0, 28), (30, len(text))]
    (q,) = find_quotations(text, spans)
    assert len(q.pieces) == 2 and q.words == 8 and not q.is_fragment
    (scare,) = find_quotations("so-called “peacekeepers” came", [(0, 29)])
    assert scare.is_fragment


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foremost among them is “Kotleba—People’s Party Our Slovakia”, a far-right party.", True),
        ("He wrote “The Road to Serfdom in Our Time” in exile.", True),
        ("Crowds chanted “WE WANT THEM OUT NOW” outside.", False),  # a chant in capitals
        ("Protesters wrote “Russia Must Leave Now!” on the walls.", False),  # a sentence
        ("He said “the troops will leave soon” on Monday.", False),
    ],
)
def test_a_name_or_title_in_quotation_marks_is_a_term(text, name):
    (q,) = find_quotations(text, [(0, len(text))])
    assert q.words >= 4 and q.reads_as_name is name and q.is_fragment is name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lost paragraph break: an opening mark right after a sentence end continues the open quotation
        ('She said: "We have doubled the grant. "We will double it again."', ['We have doubled the grant. "We will double it again.']),
        ("“We won. “Now we govern,” he said.", ["We won. “Now we govern"]),
        # not after a sentence end: the open quotation ends where the next opens
        ("“It is a state with “20,000 extremists” in it.”", ["It is a state with", "20,000 extremists"]),
    ],
)
def test_quote_continued_after_a_lost_paragraph_break(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text", [
    '“We will stay,” he said. “As long as needed, and “no” is no answer.” She said "yes.',
    '"Open and "another one here" and “a third « nested » one” “unclosed',
    'He said: “We are here. “We will go on,” he said, “when we can.”',
])
def test_quotations_never_overlap(text):
    # quotes._sentence reads "no token inside any quotation" as "none inside a statement" (a
    # statement is a quotation of four words or more): that holds because the spans never overlap
    found = find_quotations(text, [(0, len(text))])
    spans = [(q.open_mark, q.close_mark + 1 if q.close_mark is not None else q.end) for q in found]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text with no double mark quotes in single ones, straight or curly
        ("'There have been years of talks,' Nadal said.", ["There have been years of talks"]),
        ("‘We are hoping for a deal,’ he said.", ["We are hoping for a deal"]),
        # an apostrophe between letters or digits opens and closes nothing
        ("'Iran's offer isn't enough for us,' he said.", ["Iran's offer isn't enough for us"]),
        # a mark no other closes is an apostrophe, not a quotation to the paragraph's end
        ("The leaders' summit of the '90s was 'a great success for all of us,' he said.",
         ["a great success for all of us"]),
        ("Music of the '90s is back in the charts this year.", []),
        # with a double mark anywhere, single marks are apostrophes or quotes within quotes
        ("He said: “It is 'our' land.” The 'old' guard's view was 'a mistake by them all'.", ["It is 'our' land."]),
    ],
)
def test_single_marks_quote_only_in_a_text_without_double_ones(text, expected):
    assert quoted(text) == expected
