"""One sentence's subject and cue speakers, against a document's resolver."""

from __future__ import annotations

import pytest

from newsbook.people import load_people
from newsbook.quote_cues import SentenceReader, spans
from newsbook.sentence_speakers import note_subject, resolve
from newsbook.speakers import Resolver


def speakers(text: str, sentences: list[str]) -> list[str | None]:
    """The speaker of every cue of ``sentences`` (each a piece of ``text``), read in order."""
    resolver, found = Resolver(text, load_people()), []
    for sentence in sentences:
        start = text.index(sentence)
        sp = spans(text, start, start + len(sentence))
        reader = SentenceReader(text, sp, [False] * len(sp))
        reader.proper, reader.common = resolver.is_proper, resolver.is_common
        runs = note_subject(reader, resolver, 0)
        for att in reader.cues():
            if att.order in ("passive", "hypothetical", "noun") or (att.speaker is None and att.order != "none"):
                continue
            speaker = resolve(att, reader, runs, resolver, 0, "")
            if speaker is not None:
                resolver.note(att.speaker.start if att.speaker else att.cue_start, 0, speaker, spoke=True,
                              minor=speaker.how == "nearby")
            found.append(speaker.name if speaker else None)
    return found


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a definite role phrase opening a sentence is its subject, for the "he" after it
        (["Party chairman John Smith spoke.", "Jane Roe replied that she disagreed.",
          "The party chairman raised the stakes.", "He insisted the plan would work."], ["Jane Roe", "John Smith"]),
        # "the + role" as a speaker
        (["Tony Blair spoke in Leeds.", "In a speech there, the prime minister said it would work."], ["Tony Blair"]),
        # "he" after a person named earlier in the same sentence; the main subject for the next "he"
        (["Dr Liam Fox spoke.", "Dr Fox refused to discuss reports that the party repaid Lord Brown after he said it would lose.",
          "He said loans were repaid when due."], ["Lord Brown", "Liam Fox"]),
        # a full name opening a sentence is its subject
        (["John Smith refused to comment.", "He said nothing else was planned."], ["John Smith"]),
        # not across a full stop the splitter missed: the subject, not the nearest name
        (["John Roe met Lord Brown. He said it was over."], ["John Roe"]),
    ],
)
def test_sentence_speakers(sentences, expected):
    assert speakers(" ".join(sentences), sentences) == expected


def test_a_person_named_before_is_the_subject_after_an_opening_phrase(statements):
    # "Pressed on trust, Takht-Ravanchi accused ...": the subject a later "He" means, past an
    # organisation that spoke in between
    table = statements("Title\n\nMajid Takht-Ravanchi spoke to the BBC.\n\n"
                       "It resumed enrichment, according to the IAEA.\n\n"
                       "Pressed on trust, Takht-Ravanchi attacked some European leaders.\n\n"
                       "He said those who criticise Iran were wrong.\n")
    assert [(r.speaker, r.text) for r in table.itertuples()] == [
        ("IAEA", "It resumed enrichment"), ("Majid Takht-Ravanchi", "those who criticise Iran were wrong.")]
