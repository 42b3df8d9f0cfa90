"""The facts of "One remark, several outlets": how many remarks recur, and the most widely carried one."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.remark_facts import remark_facts

COLUMNS = ["group", "speaker", "outlet", "first_published", "presented_as", "reference", "words_changed"]


def groups(*rows: tuple) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS).astype({"first_published": bool, "reference": bool})


def test_no_remark_recurs():
    facts = remark_facts(groups())
    assert facts == {"groups_phrase": "0 remarks appear", "big_speaker": "none", "big_docs": "none", "big_outlets": "none",
                     "big_first": "none", "big_verbatim": "none", "big_changed": "none"}


def test_one_remark_in_two_outlets():
    facts = remark_facts(groups((1, "Vladimir Putin", "NPR", True, "verbatim", True, 0),
                                (1, "Vladimir Putin", "AP", False, "verbatim", False, 4)))
    assert facts == {"groups_phrase": "1 remark appears", "big_speaker": "Vladimir Putin", "big_docs": "2",
                     "big_outlets": "NPR and AP", "big_first": "NPR", "big_verbatim": "NPR and AP", "big_changed": "4"}


def test_the_biggest_group_and_its_versions():
    facts = remark_facts(groups(
        (1, "Antony Blinken", "AP", True, "verbatim", True, 0),
        (1, "Antony Blinken", "VOA", False, "paraphrase", False, 9),
        (2, "Vladimir Putin", "NPR", True, "verbatim", True, 0),
        (2, "Vladimir Putin", "AP", True, "verbatim", False, 3),
        (2, "Vladimir Putin", "VOA", False, "paraphrase", False, 12),
        (2, "Vladimir Putin", "AP", False, "verbatim", False, 5),
    ))
    assert facts["groups_phrase"] == "2 remarks appear"
    assert facts["big_speaker"] == "Vladimir Putin" and facts["big_docs"] == "4"
    assert facts["big_outlets"] == "NPR, AP and VOA"  # each outlet once
    assert facts["big_first"] == "NPR and AP"  # published on the same first day
    assert facts["big_verbatim"] == "NPR and AP"
    assert facts["big_changed"] == "5"  # a paraphrase's changes do not count


@pytest.mark.parametrize(
    ("rows", "speaker"),
    [(((1, "A", "AP", True, "verbatim", True, 0), (1, "A", "NPR", False, "verbatim", False, 1),
       (2, "B", "AP", True, "verbatim", True, 0), (2, "B", "VOA", False, "verbatim", False, 2)), "A"),
     (((2, "B", "AP", True, "verbatim", True, 0), (2, "B", "VOA", False, "verbatim", False, 2),
       (1, "A", "AP", True, "verbatim", True, 0), (1, "A", "NPR", False, "verbatim", False, 1)), "A")],
)
def test_a_tie_goes_to_the_first_group(rows, speaker):
    assert remark_facts(groups(*rows))["big_speaker"] == speaker


def test_only_the_reference_is_verbatim():
    facts = remark_facts(groups((1, "A", "NPR", True, "verbatim", True, 0), (1, "A", "AP", False, "paraphrase", False, 7)))
    assert facts["big_verbatim"] == "NPR" and facts["big_changed"] == "0"


def test_no_version_presented_as_own_words():
    facts = remark_facts(groups((1, "A", "NPR", True, "paraphrase", True, 0), (1, "A", "AP", False, "paraphrase", False, 7)))
    assert facts["big_verbatim"] == "nobody" and facts["big_changed"] == "0"
