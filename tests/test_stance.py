"""Stance on withdrawal: topic, context, and the words that decide."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.errors import CorpusError
from newsbook.stance import StanceRules, apply_stance, load_lexicon, own_spans

RULES = StanceRules(load_lexicon())


def judge(text: str, context: str = "") -> tuple[bool, str, str]:
    full = context + text
    sentences = ([(0, len(context))] if context else []) + [(len(context), len(full))]
    return RULES.judge(full, [(len(context), len(full))], sentences)


@pytest.mark.parametrize(
    ("text", "stance", "evidence"),
    [
        ("Russian troops will leave Kazakhstan by the end of January.", "will_leave", "leave; will; by the end"),
        ("The CSTO contingent will start departing on Thursday.", "will_leave", "departing; will; start"),
        ("Putin said Russian troops would be leaving.", "will_leave", "leaving; would"),
        ("There is no question of Russian troops staying permanently.", "will_leave", "no; staying"),
        ("Once Russians are in your house, it is very difficult to get them to leave.", "hard_to_remove", "difficult; leave"),
        ("When Russia sends troops, they rarely remove those troops.", "hard_to_remove", "rarely; remove"),
        ("Russians, once in Kazakhstan, will not leave.", "hard_to_remove", "not; leave"),
        ("The Russian forces will stay in Kazakhstan.", "hard_to_remove", "stay"),
        ("I hope those troops go back home soon.", "uncertain", "hope; go back home"),
        ("The troops could stay as long as the government wants.", "uncertain", "could; as long as; stay"),
        ("It is not clear whether the peacekeepers will leave.", "uncertain", "whether; leave"),
        ("Russian troops are leaving Almaty.", "will_leave", "leaving"),
        ("The CSTO troops withdrew from the airport.", "will_leave", "withdrew"),
        # a topic word alone states nothing about the troops' going
        ("The initial departure of Russian troops appears to change little.", "uncertain",
         "departure; (no word that states or schedules a departure)"),
    ],
)
def test_stance(text, stance, evidence):
    assert judge(text) == (True, stance, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "The US withdrawal from Afghanistan was chaotic.",                   # no troops in reach
        "When there are Americans in your house, it can be difficult to stay alive.",
        "The Russian withdrawal from the talks surprised diplomats.",         # "Russians" is not "Russian"
        "Protesters set fire to the mayor's office on Wednesday.",            # no topic word
    ],
)
def test_not_about_withdrawal(text):
    assert judge(text)[0] is False


def test_context_in_the_sentence_before():
    assert judge("The withdrawal will take ten days.", context="The CSTO troops arrived on Thursday. ")[1] == "will_leave"


def test_own_spans_leave_out_other_speakers():
    frame = pd.DataFrame({"start": [0, 10, 30], "end": [50, 20, 40], "speaker": ["Reporter", "Putin", "Reporter"]})
    assert own_spans(frame) == [[(0, 10), (20, 50)], [(10, 20)], [(30, 40)]]


def test_reader_topic(make_corpus):
    from newsbook import load_corpus
    from newsbook.quotes import quotes_table

    corpus = load_corpus(make_corpus({"d": "Title\n\nThe minister said new sanctions would follow soon.\n"}))
    table = quotes_table(corpus)
    assert not table["about_withdrawal"].any()
    asked = apply_stance(table, corpus, topic_terms=["sanction"], context_terms=[])
    assert asked["about_withdrawal"].tolist() == [True] and asked["stance_evidence"].tolist() == ["sanctions; would; soon"]
    with pytest.raises(CorpusError, match="topic_terms"):
        apply_stance(table, corpus, topic_terms=[" "])


def test_lexicon_matches_chapter_defaults():
    """The chapter's parameters repeat the lexicon's topic and context terms."""
    import json

    from newsbook.paths import REPO_ROOT

    notebook = json.loads((REPO_ROOT / "chapters" / "who-says-russia-will-leave.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    namespace: dict = {}
    exec("".join(cell["source"]), namespace)  # literals only
    lexicon = load_lexicon()
    assert namespace["topic_terms"] == lexicon["topic"]
    assert namespace["context_terms"] == lexicon["context"]


def test_a_matcher_with_name_terms_finds_nothing_where_no_word_may_open_one():
    """:meth:`Matcher.may_open_in` of a matcher with name terms ("Russia" matches the word only, not
    "Russians") also counts a word written as one: where it says no, :meth:`Matcher.find` finds
    nothing, as the context test of a sentence relies on."""
    import random

    from newsbook.phrase_words import spans_and_words
    from newsbook.stance import Matcher, stem

    matcher = Matcher(["Russia", "troops", "military base", "Kremlin"], exact_names=True)
    pool = ["Russia", "russia's", "Russians", "troop", "troops.", "the", "military", "bases", "base", "Kremlin-backed",
            "KREMLIN", "said", "(Russia)", "peace", "talks", ","]
    rng = random.Random(3)
    said_no = found_some = 0
    for _ in range(2000):
        text = " ".join(rng.choice(pool) for _ in range(rng.randrange(1, 9)))
        words = spans_and_words(text)[1]
        found = matcher.find(list(map(stem, words)), words)
        may = matcher.may_open_in(text, [(0, len(text))])
        assert may or not found, text
        said_no, found_some = said_no + (not may), found_some + bool(found)
    assert said_no and found_some
