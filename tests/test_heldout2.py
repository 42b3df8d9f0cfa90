"""The extractors on the second held-out set of ``tests/heldout2/``: texts no rule was fitted to.

The texts and their hand annotation are described in ``tests/heldout2/README.md``. The set is scored
exactly as the development sets and the first held-out set are, with the functions of
:mod:`test_unseen` (the project's scorers, the targets of the shipped gold tests); the scores and
mismatches are printed (``pytest -s``). Nothing here may be used to tune a rule: a rule fitted to these
texts would make this check worthless, and the texts, the annotation and the mismatches are not to be
shown to whoever tunes the rules.

Where a target is not met, the test is marked ``xfail`` with the measured figures in its reason, as
``tests/test_heldout.py`` does (the figures are also in ``tests/heldout2/README.md``).
"""

from __future__ import annotations

import pytest

from test_unseen import assert_quote_targets, check_gold_offsets, date_scores, load_set, quote_scores

HELDOUT2 = "heldout2"


@pytest.fixture(scope="module")
def heldout2_set():
    return load_set(HELDOUT2)


def test_heldout2_gold_offsets_are_exact(heldout2_set):
    corpus, gold_quotes, gold_dates = heldout2_set
    check_gold_offsets(corpus, gold_quotes, gold_dates)


@pytest.mark.heldout
@pytest.mark.xfail(reason="measured 2026-11-30: quotations P 0.75 R 0.75 (12 of 16 right), indirect speech "
                          "P 0.78 R 0.67 (targets 0.90/0.85 and 0.90/0.75)", strict=False)
def test_heldout2_quotes_precision_recall(heldout2_set):
    corpus, gold_quotes, _ = heldout2_set
    assert_quote_targets(quote_scores(HELDOUT2, corpus, gold_quotes))


@pytest.mark.heldout
def test_heldout2_dates_content_scores(heldout2_set):
    corpus, _, gold_dates = heldout2_set
    recall, precision = date_scores(HELDOUT2, corpus, gold_dates)
    assert recall >= 0.90 and precision >= 0.90
