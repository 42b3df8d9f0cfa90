"""Names joined as a reader says them, and words that agree with their number."""

from __future__ import annotations

import pytest

from newsbook.wording import agree, count_noun, join_names


@pytest.mark.parametrize(
    ("names", "options", "expected"),
    [([], {}, "none"),
     ([], {"empty": "nobody"}, "nobody"),
     (["Putin"], {}, "Putin"),
     (["Putin", "Tokayev"], {}, "Putin and Tokayev"),
     (["Putin", "Tokayev", "Blinken"], {}, "Putin, Tokayev and Blinken"),
     (["Putin", "Putin", "Tokayev", "Putin"], {}, "Putin and Tokayev"),
     (iter(["AP", "NPR", "AP", "VOA"]), {}, "AP, NPR and VOA")],
)
def test_join_names(names, options, expected):
    assert join_names(names, **options) == expected


@pytest.mark.parametrize(
    ("n", "words", "expected"),
    [(1, ("remark",), "remark"), (0, ("remark",), "remarks"), (2, ("remark",), "remarks"),
     (1, ("appears", "appear"), "appears"), (3, ("appears", "appear"), "appear"),
     (1.0, ("day",), "day"), (0.5, ("day",), "days"), (1, ("is", "are"), "is"), (0, ("is", "are"), "are")],
)
def test_agree(n, words, expected):
    assert agree(n, *words) == expected


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [(0, "time", "0 times"), (1, "time", "1 time"), (2, "line", "2 lines"), (12345, "sentence", "12,345 sentences"),
     (1, "attributed statement", "1 attributed statement")],
)
def test_count_noun(n, noun, expected):
    assert count_noun(n, noun) == expected
