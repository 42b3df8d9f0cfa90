"""Cues and speaker phrases within one sentence."""

from __future__ import annotations

import pytest

from newsbook.quote_cues import SentenceReader, load_cues, spans
from newsbook.tokens import token_spans


def reader(text: str) -> SentenceReader:
    return SentenceReader(text, spans(text), [False] * len(spans(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hill said the troops would stay.", [("before", "say", "Hill", "name")]),
        ("So Tokayev here is saying that order was restored.", [("before", "say", "Tokayev", "name")]),
        ("Cardin, who was speaking via Skype, says he was disappointed.", [("before", "say", "Cardin", "name")]),
        ("John Herbst of the Atlantic Council, a former US ambassador, argued, “...”", [("before", "argue", "John Herbst", "name")]),
        ("A Western diplomat in Almaty said the exit would be a test.", [("before", "say", "A Western diplomat", "group")]),
        ("The troops left, said two officials who asked not to be named.",
         [("after", "say", "two officials", "group"), ("before", "ask", None, None)]),         # "who" names no one
        ("“It is over,” said Hill, a senior fellow.", [("after", "say", "Hill", "name")]),
        ("The mission is over, according to the Interior Ministry.", [("according", "according to", "Interior Ministry", "name")]),
        ("Tokayev thanked the allies, saying the mission had succeeded.", [("participle", "say", "Tokayev", "name")]),
        # a participle of two words
        ("The minister said the army was ready, pointing to the new tanks.",
         [("before", "say", "The minister", "group"), ("participle", "point to", "The minister", "group")]),
        ("Russia's foreign ministry called it offensive and said Washington should reflect.",
         [("before", "call", "Russia's foreign ministry", "group"), ("coordinated", "say", "Russia's foreign ministry", "group")]),
        ("“We believe in them,” tweeted this,", [("before", "believe", "We", "self"), ("none", "tweet", None, None)]),
        ("Putin is said to be furious.", [("passive", "say", None, None)]),
        ("It's thought that dozens died.", [("passive", "think", None, None)]),
        ("He condemned what he called terrorists.", [("before", "condemn", "He", "pronoun"), ("before", "call", None, None)]),
        ("Some say Putin may not want a war, while others say he will.",
         [("before", "say", "Some", "group"), ("before", "say", "others", "group")]),
        ("The United States and Russia will meet.", []),
        # a plural noun before a cue verb is no cue ("reports", then "said")
        ("Local reports said the bridge had been closed.", [("before", "say", "Local reports", "group")]),
        # an organisation that a preposition governs, its kind between, is no speaker
        ("The boss of carmaker Nordwerk revealed the plant would close.", [("before", "reveal", None, None)]),
    ],
)
def test_cues_and_speakers(text, expected):
    got = [(a.order, a.cue.cue, a.speaker.text if a.speaker else None, a.speaker.type if a.speaker else None)
           for a in reader(text).cues()]
    assert got == expected


def test_cues_skip_quoted_words():
    text = "“As I said, it is over,” he added."
    sp = spans(text)
    masked = [a < text.index("”") for a, _ in sp]
    assert [a.cue.cue for a in SentenceReader(text, sp, masked).cues()] == ["add"]


def test_spans_match_the_library_tokenizer():
    text = "The U.S. sent 2,500 troops — “shoot-to-kill” orders, Kazakhstan’s $2-$3 billion."
    assert spans(text) == token_spans(text) and spans(text, 4, 20) == token_spans(text, 4, 20)


def test_cue_list_forms():
    cues = load_cues()
    assert cues[("according", "to")].kind == "according" and cues[("told",)].complement == "that"
    assert ("states",) not in cues
    assert {len(form) for form in cues} == {1, 2, 3}  # SentenceReader.cues tries forms of three words, two, then one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive name makes the cue form a noun
        ("Thursday's report showed that growth was strong.", [("noun", "report", None, None)]),
        # "told" is never inverted: ", told BBC News:" names the listener
        ("Jane Roe, of the Wessex Bank, told BBC News: “We will raise rates soon.”", [("before", "tell", "Jane Roe", "name")]),
        # a finite cue after a comma without a speaker of its own shares the subject ...
        ("Smith walks up behind him, says, hey, how are you doing?", [("coordinated", "say", "Smith", "name")]),
        # ... but a bare form there is an imperative
        ("Smith says, to see why, think about what computers do.", [("before", "say", "Smith", "name"), ("before", "think", None, None)]),
        # descriptors between an inverted cue and the name
        ("“It will pay,” said London-based Canadian lawyer Jane Roe, who is not involved.", [("after", "say", "Jane Roe", "name")]),
        ("“It will pay,” said party leader John Smith.", [("after", "say", "John Smith", "name")]),
        # a name after "after" opens a clause
        ("He spoke after Mr Smith told party members the rivals had nothing.", [("before", "tell", "Mr Smith", "name")]),
    ],
)
def test_cue_rules(text, expected):
    got = [(a.order, a.cue.cue, a.speaker.text if a.speaker else None, a.speaker.type if a.speaker else None)
           for a in reader(text).cues()]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "proper", "common", "expected"),
    [
        ("Quick note - this episode is a rerun.", False, False, None),        # a bare form after a lone opener
        ("Hacked suggests that somebody changed it.", False, True, None),     # a word the text writes in lower case
        ("Acme suggests that somebody changed it.", False, False, "Acme"),   # an organisation named only here
        ("Yukos claims its downfall was punishment.", True, False, "Yukos"),
    ],
)
def test_sentence_opening_words(text, proper, common, expected):
    r = reader(text)
    r.proper, r.common = (lambda w: proper), (lambda w: common)
    (att,) = r.cues()
    assert (att.speaker.text if att.speaker else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X was quoted as saying", "Y quoted X as saying"
        ("Lavrov was quoted as saying that talks were possible.", [("before", "say", "Lavrov", "name")]),
        ("Tass quoted Deputy Minister Sergei Ryabkov as saying that talks were possible.",
         [("before", "say", "Deputy Minister Sergei Ryabkov", "name")]),
        # "and"/"but" + cue: the speaker of the cue before
        ("The army said it was looking into it, but insisted that its troops obeyed orders.",
         [("before", "say", "The army", "group"), ("coordinated", "insist", "The army", "group")]),
        # a participle is never inverted: "warning the group" names the listener
        ("He spoke, warning the group that it would fail.", [("participle", "warn", "He", "pronoun")]),
        # two names, a group with what qualifies it, a share of a group
        ("Van der Berg and Costa said the talks went well.", [("before", "say", "Van der Berg and Costa", "pair")]),
        ("A senior official familiar with the talks told the BBC it was over.",
         [("before", "tell", "A senior official familiar with the talks", "group")]),
        ("One of the officials said it was over.", [("before", "say", "One of the officials", "group")]),
        # a causative before a bare verb: no report
        ("They wanted to have Robert say the words.", [("before", "say", None, None)]),
    ],
)
def test_more_cue_rules(text, expected):
    got = [(a.order, a.cue.cue, a.speaker.text if a.speaker else None, a.speaker.type if a.speaker else None)
           for a in reader(text).cues()]
    assert got == expected


def test_the_lead_of_a_described_speaker():
    text = "“We have no request,” Foreign Ministry spokeswoman Maria Zakharova said."
    (att,) = reader(text).cues()
    assert reader(text).words[att.left] == "Foreign"        # the quotation binds to the cue right after it


@pytest.mark.parametrize(("text", "cues"), [
    ("The Sargentini report was full of accusations.", []),  # a noun, the subject of "was"
    ("The claim is false, Smith said.", ["say"]),
    ("The plan, which he said would cost billions, failed.", ["say"]),  # "said" is no noun
    ("These are the changes they fear may be coming.", ["fear"]),  # after its subject, a verb
    ("They fought the tariffs the ministers say will protect growers.", ["say"]),  # after a group noun too
])
def test_a_bare_cue_form_after_its_article_and_before_a_verb_is_a_noun(text, cues):
    assert [a.cue.cue for a in reader(text).cues()] == cues
