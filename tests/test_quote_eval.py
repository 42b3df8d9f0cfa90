"""Scoring against a hand annotation."""

from __future__ import annotations

import pandas as pd

from newsbook.quote_eval import match_statements, mismatches, score_quotes

GOLD = pd.DataFrame([
    {"doc_id": "d", "speaker": "Fiona Hill", "kind": "direct", "start": 0, "end": 40, "text": ""},
    {"doc_id": "d", "speaker": "Putin", "kind": "indirect", "start": 50, "end": 90, "text": ""},
    {"doc_id": "d", "speaker": "the Kremlin", "kind": "turn", "start": 100, "end": 140, "text": ""},
])


def test_scores_and_mismatches():
    pred = pd.DataFrame([
        {"doc_id": "d", "speaker": "FIONA HILL", "kind": "direct", "start": 2, "end": 38, "text": "a"},    # right
        {"doc_id": "d", "speaker": "Lavrov", "kind": "indirect", "start": 55, "end": 90, "text": "b"},     # wrong speaker
        {"doc_id": "d", "speaker": "Kremlin", "kind": "direct", "start": 100, "end": 120, "text": "c"},    # right, "the" aside
        {"doc_id": "d", "speaker": "Hill", "kind": "direct", "start": 200, "end": 220, "text": "d"},       # not annotated
        {"doc_id": "x", "speaker": "Hill", "kind": "direct", "start": 0, "end": 20, "text": "e"},         # other document
    ])
    scores = score_quotes(pred, GOLD).set_index("class")
    assert scores.loc["direct and turns", ["annotated", "extracted", "speaker_correct"]].tolist() == [2, 3, 2]
    assert abs(scores.loc["direct and turns", "precision"] - 2 / 3) < 1e-9
    assert scores.loc["indirect", "recall"] == 0
    problems = mismatches(pred, GOLD)
    assert sorted(problems["problem"]) == ["not annotated", "wrong speaker"]


def test_one_to_one_and_kind_classes():
    pred = pd.DataFrame([
        {"doc_id": "d", "speaker": "Putin", "kind": "direct", "start": 50, "end": 90, "text": ""},   # wrong class
        {"doc_id": "d", "speaker": "Fiona Hill", "kind": "turn", "start": 0, "end": 40, "text": ""},
        {"doc_id": "d", "speaker": "Fiona Hill", "kind": "direct", "start": 0, "end": 30, "text": ""},
    ])
    pairs = match_statements(pred, GOLD)
    assert sorted(pairs) == [(1, 0)]


def test_heldout_scores(make_corpus, tmp_path):
    from newsbook.quote_eval import heldout_scores

    assert heldout_scores(tmp_path / "absent").empty
    manifest = make_corpus({"d": "Title\n\n“We will not go,” said Jane Roe, a teacher.\n"})
    start = (manifest.parent / "d.txt").read_text(encoding="utf-8").index("We")
    pd.DataFrame([{"doc_id": "d", "speaker": "Jane Roe", "kind": "direct", "start": start, "end": start + 14,
                   "text": "We will not go"}]).to_csv(manifest.parent / "gold_quotes.csv", index=False)
    scores = heldout_scores(manifest.parent).set_index("class")
    assert scores.at["direct and turns", "recall"] == 1.0 and scores.at["direct and turns", "documents"] == 1
    pooled = heldout_scores([manifest.parent, tmp_path / "absent", manifest.parent]).set_index("class")
    assert pooled.at["direct and turns", "annotated"] == 2 and pooled.at["direct and turns", "documents"] == 2
    assert pooled.at["direct and turns", "precision"] == 1.0 and pd.isna(pooled.at["indirect", "precision"])


def test_names_compare_as_the_people_list_writes_them():
    gold = pd.DataFrame([{"doc_id": "d", "speaker": "Volodymyr Zelensky", "kind": "indirect", "start": 0, "end": 40, "text": ""}])
    listed = pd.DataFrame([{"doc_id": "d", "speaker": "Volodymyr Zelenskyy", "kind": "indirect", "start": 0, "end": 40, "text": ""}])
    other = listed.assign(speaker="Volodymyr Zelensky Jr")
    assert score_quotes(listed, gold).set_index("class").loc["indirect", "speaker_correct"] == 1
    assert score_quotes(other, gold).set_index("class").loc["indirect", "speaker_correct"] == 0
    # each of two speakers named together compares as the list writes it; the pair's order counts
    pair = gold.assign(speaker="The United States and Ukraine")
    assert score_quotes(listed.assign(speaker="U.S. government and Ukraine"), pair).set_index("class").loc["indirect", "speaker_correct"] == 1
    assert score_quotes(listed.assign(speaker="Ukraine and U.S. government"), pair).set_index("class").loc["indirect", "speaker_correct"] == 0
    # an owner's people compare by the owner's listed name; a different owner or group does not match
    owned = gold.assign(speaker="Donald J. Trump’s advisers")
    assert score_quotes(listed.assign(speaker="Donald Trump's advisers"), owned).set_index("class").loc["indirect", "speaker_correct"] == 1
    assert score_quotes(listed.assign(speaker="Joe Biden's advisers"), owned).set_index("class").loc["indirect", "speaker_correct"] == 0
    assert score_quotes(listed.assign(speaker="Donald Trump's aides"), owned).set_index("class").loc["indirect", "speaker_correct"] == 0
    # one apostrophe, typewriter or typographic
    office = gold.assign(speaker="Jane Roe’s office")
    assert score_quotes(listed.assign(speaker="Jane Roe's office"), office).set_index("class").loc["indirect", "speaker_correct"] == 1


def test_stored_heldout_scores_are_those_of_the_current_rules():
    """The chapter quotes the stored figures; a rule change must come with `make scores`."""
    from newsbook.quote_eval import heldout_scores, stored_heldout_scores

    stored = stored_heldout_scores()
    assert len(stored), "lib/newsbook/heldout_quote_scores.csv is missing: run `make scores`"
    assert stored.equals(heldout_scores()), "the stored held-out scores are stale: run `make scores` and commit the file"


def test_stored_heldout_scores_absent_file(tmp_path):
    from newsbook.quote_eval import stored_heldout_scores

    assert stored_heldout_scores(tmp_path / "none.csv").empty
