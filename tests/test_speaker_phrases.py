"""Speaker phrases read from word classes."""

from __future__ import annotations

import pytest

from newsbook.speaker_phrases import PhraseReader, spans


def reader(text: str) -> PhraseReader:
    sp = spans(text)
    return PhraseReader(text, sp, [False] * len(sp))


def index(r: PhraseReader, word: str) -> int:
    return r.words.index(word)


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("US Secretary of State Antony Blinken said", "said", ("US Secretary of State Antony Blinken", "name")),
        ("So Tokayev said", "said", ("Tokayev", "name")),
        ("Sergei Lavrov, Russia’s foreign minister, said", "said", ("Sergei Lavrov", "name")),
        ("Officials in Almaty said", "said", ("Officials", "group")),
        ("the Kazakh authorities said", "said", ("the Kazakh authorities", "group")),
        ("Putin and others, like Lukashenko, are arguing", "are", ("Putin", "name")),
        ("the statement said", "said", ("the statement", "document")),
        ("she said", "said", ("she", "pronoun")),
        ("We said", "said", ("We", "self")),
        ("troops were sent to Kazakhstan adds", "adds", None),
        ("what he called", "called", None),
    ],
)
def test_backward(text, before, expected):
    r = reader(text)
    phrase = r.backward(index(r, before) - 1)
    assert (phrase.text, phrase.type) == expected if expected else phrase is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Hill, a fellow", ("Hill", "name")),
        ("said Blinken.", ("Blinken", "name")),
        ("say two people familiar with it", ("two people familiar with it", "group")),
        ("said the ministry", ("ministry", "group")),
        ("said he would go", None),
        ("said Kazakhstan is safe", None),
    ],
)
def test_forward(text, expected):
    phrase = reader(text).forward(1, inverted=True)
    assert (phrase.text, phrase.type) == expected if expected else phrase is None


def test_subject_runs_and_introductions():
    r = reader("And President Tokayev, 68, thanked Vladimir Putin in Almaty.")
    assert r.subject(len(r.words)).text == "President Tokayev"
    runs = r.name_runs()
    assert [x.text for x in runs] == ["President Tokayev", "Vladimir Putin", "Almaty"]
    assert r.introduces(runs[0]) and not r.introduces(runs[1])
    assert reader("Some say it is over.").subject(4).type == "group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Moscow-based US lawyer Jane Roe, who is not involved", ("Jane Roe", "name")),
        ("said former party treasurer Lord Brown.", ("Lord Brown", "name")),
        ("said party leader John Smith.", ("John Smith", "name")),
        ("said in Moscow on Monday", None),
        ("said last week the talks failed", None),
    ],
)
def test_forward_past_descriptors(text, expected):
    phrase = reader(text).forward(1, inverted=True)
    assert (phrase.text, phrase.type) == expected if expected else phrase is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tory co-chairman attacked the plan and said", ("The Tory co-chairman", "group")),
        ("Lib Dem leader Jane Roe is expected to attack the plan and said", ("Jane Roe", "name")),
        ("Instead, he calls the police and says", ("he", "pronoun")),
    ],
)
def test_subject_roles_and_openers(text, expected):
    r = reader(text)
    r.proper = lambda word: word != "Instead"
    phrase = r.subject(index(r, "said" if "said" in r.words else "says"))
    assert (phrase.text, phrase.type) == expected


@pytest.mark.parametrize(
    ("text", "introduced"),
    [
        ("Richard Roy is a federal prosecutor in Missouri.", True),   # a copula with an article introduces
        ("Richard Roy is tired.", False),
        ("John Carter, a professor, spoke.", True),
    ],
)
def test_introductions(text, introduced):
    r = reader(text)
    assert r.introduces(r.name_runs()[0]) is introduced


def test_after_a_conjunction_a_name_is_a_subject():
    r = reader("He spoke after Mr Blair told members")
    assert r.backward(index(r, "told") - 1).text == "Mr Blair"
    r = reader("troops were sent to Kazakhstan adds")
    assert r.backward(index(r, "adds") - 1) is None


def test_no_appositive_across_a_quoted_sentence():
    text = 'Jane Roe, of the Bank, told radio: "Rates will rise." John Smith, of the Fund, said'
    r = reader(text)
    quote = (text.index('"'), text.rindex('"'))
    r.masked = [quote[0] <= a <= quote[1] for a, _ in r.spans]
    assert r.backward(len(r.words) - 2).text == "John Smith"


def test_a_text_read_once_gives_each_stretch_the_tokens_it_gives_alone():
    """:class:`TextTokens` slices the text's tokens for a stretch whose ends fall between them, and
    reads a stretch that cuts a token ("U.S." after "U.", "2,500" after "2,") on its own."""
    from newsbook.phrase_words import TextTokens, spans_and_words

    text = "The U.S. sent  2,500 troops. Mr. Brown's aides said: “no”.\n\tIt's over!"
    tokens = TextTokens(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert tokens(start, end) == spans_and_words(text, start, end), (start, end)


def test_the_tokens_holding_a_hyphen_found_in_the_text_are_those_found_in_the_words():
    """:meth:`TextTokens.holding` (a search of the text) gives the words :func:`name_words` would find
    holding a hyphen itself, so both read the same name words, on the corpora and on odd strings."""
    from pathlib import Path

    from newsbook import load_corpus
    from newsbook.phrase_words import TextTokens, name_words

    root = Path(__file__).resolve().parents[1]
    manifests = [root / "data" / "corpus.csv", *sorted(root.glob("tests/unseen*/corpus.csv"))]
    odd = ["", "-", "a - b", "al-Farr -- well-known", "-a- -b-", "x\n-\ny", "é-F"]
    for text in odd + [doc.text for manifest in manifests for doc in load_corpus(manifest)]:
        tokens = TextTokens(text)
        assert tokens.holding("-") == [k for k, word in enumerate(tokens.words) if "-" in word], text[:80]
        masked = [False] * len(tokens.words)
        assert name_words(tokens.words, masked, tokens.holding("-")) == name_words(tokens.words, masked)


def test_name_runs_read_lazily_are_the_same_runs():
    from newsbook.phrase_words import NameRuns

    text = "But John Smith told Jane Roe of the Bank of England that Von der Leyen and Costa agreed."
    reader = PhraseReader(text, spans(text), [False] * len(spans(text)))
    runs = NameRuns(reader)
    assert next(iter(runs)) == reader.name_runs()[0]
    assert list(runs) == reader.name_runs() == list(reversed(list(reversed(runs))))
    assert len(runs) == len(reader.name_runs()) and runs[-1] == reader.name_runs()[-1]


def test_name_runs_read_by_two_iterations_at_once():
    """Two iterations taking turns each give every run once, in order, whichever of them reads on."""
    from newsbook.phrase_words import NameRuns

    text = "But John Smith told Jane Roe of the Bank of England that Von der Leyen and Costa agreed."
    reader = PhraseReader(text, spans(text), [False] * len(spans(text)))
    runs = NameRuns(reader)
    first, second = iter(runs), iter(runs)
    got_first, got_second = [next(first)], []
    got_second += [next(second), next(second), next(second)]  # the second reads past the first
    got_first += list(first)
    got_second += list(second)
    assert got_first == got_second == reader.name_runs()


@pytest.mark.parametrize(("text", "name"), [
    ("The Institute for the Study of War said so.", "Institute for the Study of War"),
    ("The Center for Strategic and International Studies said so.", "Center for Strategic and International Studies"),
    ("The Council on Foreign Relations said so.", "Council on Foreign Relations"),
])
def test_an_organisations_name_read_backward_and_forward_over_for_on_of_and(text, name):
    r = reader(text)
    assert r.backward(index(r, "said") - 1).text == name
    assert [run.text for run in r.name_runs()][-1] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Just" (a filler of data/speaker_words.csv) capitalised at the start of a sentence is no name
        ("Title\n\nJohn Doe met the envoy.\n\nJust days ago, Doe ruled out a deal, saying it would reward the "
         "invasion.\n", [("John Doe", "it would reward the invasion.")]),
        # a title with its "of" phrase before the name, the subject of a second verb
        ("Title\n\nSecretary of State Antony Blinken gave no details, but stressed in a statement that aid "
         "would continue.\n", [("Antony Blinken", "aid would continue.")]),
        # a name, an aside between dashes, the cue
        ("Title\n\nBut Abdel-Fatau Musah – ECOWAS commissioner for political affairs, peace and security – said "
         "on Friday the decision will be taken by the heads of state.\n",
         [("Abdel-Fatau Musah", "the decision will be taken by the heads of state.")]),
        # ruling and public bodies named by a common noun (data/speaker_words.csv, group)
        ("Title\n\nThe junta said it was ending the military agreements. On Monday, the weather service said "
         "conditions had improved.\n", [("junta", "it was ending the military agreements."),
                                        ("weather service", "conditions had improved.")]),
        ("Title\n\nNiger’s military rulers denounced outside interference and said they would fight back.\n",
         [("Niger’s military rulers", "they would fight back.")]),
        # "said a spokesman for the coup leaders, Col. Maj. Amadou Abdramane": the name, past the qualifier,
        # with two rank abbreviations (data/speaker_words.csv titles, data/abbreviations.txt)
        ("Title\n\n“Any attack on the state will see an immediate response,” said a spokesman for the coup "
         "leaders, Col. Maj. Amadou Abdramane, on state television.\n",
         [("Amadou Abdramane", "Any attack on the state will see an immediate response")]),
        # "... in KwaZulu-Natal and authorities said": the place belongs to "in"; the group speaks
        ("Title\n\nFloods led to the death of 435 people in KwaZulu-Natal and authorities said survivors were "
         "left without water.\n", [("authorities", "survivors were left without water.")]),
        # a generational suffix is no surname: "Marcos" is Ferdinand Marcos Jr, not a sign's "Marcos Resign"
        ("Title\n\nPresident Ferdinand Marcos Jr spoke on Sunday.\n\nOthers held signs that read “Marcos Resign” "
         "and “All corrupt politicians must be held accountable”.\n\n“Anyone can go online and make all kinds of "
         "claims,” Marcos said in response.\n",
         [("Ferdinand Marcos Jr", "Anyone can go online and make all kinds of claims")]),
        # "maintained that" (data/quote_cues.csv) and "the police force" (a body of data/speaker_words.csv)
        ("Title\n\nCarrie Harper, a councillor, maintained that public anger had forced the party to act.\n\n"
         "The police force said it deployed more than 12,000 officers.\n",
         [("Carrie Harper", "public anger had forced the party to act."),
          ("police force", "it deployed more than 12,000 officers.")]),
    ],
)
def test_speakers_of_the_seventh_session(statements, text, expected):
    assert [(r.speaker, r.text) for r in statements(text).itertuples()] == expected


def test_an_opening_measure_is_no_phrase_to_skip():
    """"At least 13 ..." opens the subject, not an adjunct whose comma the main subject follows (one predicate,
    :meth:`PhraseReader.opens_adjunct`, for the main subject and the clause before a cue)."""
    r = reader("At least 13 protesters were arrested, and police used tear gas.")
    assert not r.opens_adjunct(0)
    subject = r.main_subject(len(r.words))
    assert subject is None or subject.text != "police"
    r = reader("Speaking on Friday, the minister said the talks had failed.")
    assert r.opens_adjunct(0) and r.main_subject(len(r.words)).text == "the minister"
