"""Results kept per corpus: computed once, handed out as copies, keyed by the options as seen."""

from __future__ import annotations

import gc

import pandas as pd

from newsbook import load_corpus
from newsbook.memo import per_corpus, per_document, young_objects_collected

CALLS: list[tuple] = []


@per_corpus
def _table(corpus, *, stem: bool = False, outlets=None) -> pd.DataFrame:
    CALLS.append(("table", stem, outlets))
    return pd.DataFrame({"n": [len(corpus)], "stem": [stem]})


@per_document
def _steps(corpus, doc) -> tuple[str, ...]:
    CALLS.append(("doc", doc.doc_id))
    return (doc.doc_id,)


def test_defaults_written_or_not_share_one_result():
    corpus = load_corpus()
    CALLS.clear()
    first = _table(corpus)
    assert _table(corpus, stem=False).equals(first)
    assert CALLS == [("table", False, None)]
    _table(corpus, stem=True)
    assert len(CALLS) == 2


def test_copies_and_unhashable_options():
    corpus = load_corpus()
    CALLS.clear()
    mine = _table(corpus)
    mine["n"] = -1  # a caller changing its copy changes nothing for the next one
    assert int(_table(corpus)["n"].iat[0]) == len(corpus)
    again = _table(corpus)
    again.loc[0, "n"] = -2
    again.iat[0, 1] = True
    again.columns = ["m", "s"]
    kept = _table(corpus)
    assert list(kept.columns) == ["n", "stem"] and int(kept["n"].iat[0]) == len(corpus) and not kept["stem"].iat[0]
    _table(corpus, outlets=["NPR"])
    _table(corpus, outlets=["NPR"])  # a list is not hashable: computed each time
    assert [c for c in CALLS if c[2] == ["NPR"]] == [("table", False, ["NPR"])] * 2


def test_per_document_once_per_corpus():
    corpus = load_corpus()
    CALLS.clear()
    doc = next(iter(corpus))
    assert _steps(corpus, doc) is _steps(corpus, doc)
    assert CALLS == [("doc", doc.doc_id)]
    _steps(load_corpus(), doc)  # another corpus object: its own memo
    assert len(CALLS) == 2


def test_a_step_sets_the_callers_objects_aside_from_collection_and_puts_them_back():
    seen = []

    @per_corpus
    def step(corpus) -> int:
        seen.append(gc.get_freeze_count())
        inner(corpus)  # a step inside a step: still frozen, and not unfrozen on the inner step's return
        seen.append(gc.get_freeze_count())
        return 1

    @per_corpus
    def inner(corpus) -> int:
        seen.append(gc.get_freeze_count())
        return 2

    assert gc.get_freeze_count() == 0
    step(load_corpus())
    assert seen[0] > 0 and seen[1] == seen[0] and seen[2] == seen[0]
    assert gc.get_freeze_count() == 0  # all back in the collector's oldest generation


def test_a_caller_that_froze_objects_itself_is_left_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with young_objects_collected():
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_step_that_fails_puts_the_objects_back_too():
    try:
        with young_objects_collected():
            assert gc.get_freeze_count() > 0
            raise ValueError("a bad field")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
