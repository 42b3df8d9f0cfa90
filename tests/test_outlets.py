"""The rows of a table from the outlets a reader chose."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.errors import CorpusError
from newsbook.outlets import select_outlets


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [([], ["AP", "NPR", "AP", "VOA"]), (["AP"], ["AP", "AP"]), (["NPR", "VOA"], ["NPR", "VOA"]), (["BBC"], [])],
)
def test_rows_of_the_chosen_outlets_numbered_from_zero(outlets, expected):
    frame = pd.DataFrame({"outlet": ["AP", "NPR", "AP", "VOA"]}, index=[3, 5, 7, 9])
    chosen = select_outlets(frame, outlets, check=False)
    assert chosen["outlet"].tolist() == expected
    assert chosen.index.tolist() == list(range(len(expected)))


def test_an_unknown_outlet_is_refused_naming_the_parameter():
    frame = pd.DataFrame({"outlet": ["AP", "VOA"]})
    assert select_outlets(frame, []) is frame  # nothing chosen: the table itself
    assert select_outlets(frame, ["VOA"])["outlet"].tolist() == ["VOA"]
    assert select_outlets(frame, "VOA")["outlet"].tolist() == ["VOA"]  # one name, not its letters
    with pytest.raises(CorpusError, match="outlets.*unknown outlet 'BBC'; the corpus has: AP, VOA"):
        select_outlets(frame, ["BBC"])
