"""Score a quotation table against a hand annotation: speaker precision and recall.

The annotation (``tests/gold/quotes.csv``: ``doc_id, speaker, kind, start, end, text``) lists
every attributed statement of the shipped documents, read and checked by hand. Statements
are compared within a document and a class: ``direct and turns`` (words the speaker is shown
saying) and ``indirect`` (reported speech). A predicted and an annotated statement match when
their spans overlap by at least half of the shorter one, one to one, largest overlap first.

``score_quotes``
    ``class, annotated, extracted, matched, speaker_correct, precision, recall``: precision is
    the share of extracted statements that match an annotated one *and* name its speaker;
    recall the share of annotated statements found with the right speaker; ``matched``
    counts span matches whatever the speaker. Names compare case-insensitively, without a
    leading "the".
``mismatches``
    ``problem, doc_id, kind, start, end, speaker, expected, text``: what the scores count
    against the extractor, for a reader to check.
``heldout_scores``
    ``score_quotes`` on the held-out sets of ``tests/heldout/`` to ``tests/heldout5/`` (real texts
    outside the corpus that no rule was tuned on), pooled, with ``documents`` (the number of texts)
    and ``sets`` (the folders); empty where the sets are absent.
``stored_heldout_scores``
    the same figures as last written into the package (``heldout_quote_scores.csv``) by
    ``python -m newsbook.quote_eval`` (``make scores``), so a chapter quotes them without
    scoring twenty texts at every build; a test checks that they are those of the current rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from newsbook.paths import REPO_ROOT
from newsbook.people import load_people

DEFAULT_GOLD = REPO_ROOT / "tests" / "gold" / "quotes.csv"
HELDOUT_SETS = tuple(REPO_ROOT / "tests" / name for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5"))
"""The held-out sets: real texts outside the corpus that no wording rule was tuned on."""
STORED_HELDOUT_SCORES = Path(__file__).with_name("heldout_quote_scores.csv")
"""The held-out scores of the current rules, written by ``make scores`` (checked fresh by the tests)."""
CLASSES = {"direct and turns": ("direct", "turn"), "indirect": ("indirect",)}
MIN_OVERLAP = 0.5
COUNTS = ["annotated", "extracted", "matched", "speaker_correct"]
HELDOUT_COLUMNS = ["class", *COUNTS, "precision", "recall", "documents", "sets"]
"""The columns of :func:`heldout_scores` (and of an empty one)."""


def read_gold(path: str | Path = DEFAULT_GOLD) -> pd.DataFrame:
    """The hand annotation."""
    return pd.read_csv(path, dtype={"doc_id": str, "speaker": str, "kind": str, "text": str}, keep_default_na=False)


def _name(name: str) -> str:
    """A speaker's name for comparison: the people list's name for a listed person (an annotation
    gives the spelling of its text, "Volodymyr Zelensky"; the extractor the list's, "Volodymyr
    Zelenskyy"), each of two speakers named together too ("The United States and Ukraine"),
    case-insensitive, without a leading "the"."""
    name = str(name)
    if " and " not in name or load_people().lookup(name) is not None:
        return _one_name(name)  # a listed name may hold "and" ("Bosnia and Herzegovina")
    return " and ".join(_one_name(part) for part in name.split(" and "))


def _one_name(name: str) -> str:
    """One speaker's name for comparison (:func:`_name`); an owner's people written by the owner's
    listed name too ("Donald J. Trump’s advisers" is "Donald Trump's advisers")."""
    name = name.replace("’", "'")  # one apostrophe: "Zelensky’s office" is "Zelensky's office"
    listed = load_people().lookup(name)
    if listed is None:
        owner, mark, rest = name.partition("'s ")
        listed_owner = load_people().lookup(owner) if mark and rest else None
        if listed_owner is not None:
            name = f"{listed_owner.name}'s {rest}"
    name = " ".join((listed.name if listed is not None else name).casefold().split())
    return name[4:] if name.startswith("the ") else name


def match_statements(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """``(pred index, gold index)`` pairs, one to one, per document and class."""
    pairs = []
    for kinds in CLASSES.values():
        p = pred[pred["kind"].isin(kinds)]
        g = gold[gold["kind"].isin(kinds)]
        candidates = []
        for doc_id, gd in g.groupby("doc_id"):
            pd_ = p[p["doc_id"] == doc_id]
            for gi, gs, ge in gd[["start", "end"]].itertuples():
                for pi, ps, pe in pd_[["start", "end"]].itertuples():
                    overlap = min(ge, pe) - max(gs, ps)
                    if overlap > 0 and overlap >= MIN_OVERLAP * min(ge - gs, pe - ps):
                        candidates.append((overlap, pi, gi))
        used_p, used_g = set(), set()
        for _, pi, gi in sorted(candidates, reverse=True):
            if pi not in used_p and gi not in used_g:
                used_p.add(pi)
                used_g.add(gi)
                pairs.append((pi, gi))
    return pairs


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Speaker precision and recall per class (see the module docstring)."""
    pred = pred[pred["doc_id"].isin(set(gold["doc_id"]))]
    pairs = match_statements(pred, gold)
    rows = []
    for label, kinds in CLASSES.items():
        p_idx = set(pred.index[pred["kind"].isin(kinds)])
        g_idx = set(gold.index[gold["kind"].isin(kinds)])
        matched = [(pi, gi) for pi, gi in pairs if pi in p_idx]
        correct = sum(_name(pred.at[pi, "speaker"]) == _name(gold.at[gi, "speaker"]) for pi, gi in matched)
        rows.append({"class": label, "annotated": len(g_idx), "extracted": len(p_idx), "matched": len(matched),
                     "speaker_correct": correct})
    return _with_rates(pd.DataFrame(rows, columns=["class", *COUNTS]))


def _with_rates(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` (``class`` and :data:`COUNTS`) with ``precision`` and ``recall`` (NaN where nothing was
    extracted or annotated)."""
    return counts.assign(precision=counts["speaker_correct"] / counts["extracted"].where(counts["extracted"] > 0),
                         recall=counts["speaker_correct"] / counts["annotated"].where(counts["annotated"] > 0))


def mismatches(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Extracted statements with no annotated match or the wrong speaker, and annotated ones missed."""
    pred = pred[pred["doc_id"].isin(set(gold["doc_id"]))]
    pairs = match_statements(pred, gold)
    by_pred, by_gold = dict(pairs), {g: p for p, g in pairs}
    rows = []
    for pi, r in pred.iterrows():
        if pi not in by_pred:
            rows.append(("not annotated", r.doc_id, r.kind, r.start, r.end, r.speaker, "", r.text))
        elif _name(r.speaker) != _name(gold.at[by_pred[pi], "speaker"]):
            rows.append(("wrong speaker", r.doc_id, r.kind, r.start, r.end, r.speaker, gold.at[by_pred[pi], "speaker"], r.text))
    for gi, r in gold.iterrows():
        if gi not in by_gold:
            rows.append(("missed", r.doc_id, r.kind, r.start, r.end, "", r.speaker, r.text))
    columns = ["problem", "doc_id", "kind", "start", "end", "speaker", "expected", "text"]
    return pd.DataFrame(rows, columns=columns)


def heldout_scores(folders: str | Path | Iterable[str | Path] = HELDOUT_SETS) -> pd.DataFrame:
    """:func:`score_quotes` of the extractor on the held-out sets, pooled: ``corpus.csv`` and
    ``gold_quotes.csv`` in each of ``folders`` (one folder or several; absent ones are skipped).

    The chapters quote these figures beside the scores on the shipped corpus, because rules
    checked only on the texts they were written for say little about a reader's own articles.
    Besides the :func:`score_quotes` columns: ``documents``, the texts scored, and ``sets``, the
    folders as the repository names them.
    """
    from newsbook.corpus import load_corpus
    from newsbook.quotes import quotes_table

    folders = [folders] if isinstance(folders, (str, Path)) else list(folders)
    counts, documents, sets = [], 0, []
    for folder in map(Path, folders):
        if not (folder / "corpus.csv").is_file() or not (folder / "gold_quotes.csv").is_file():
            continue
        corpus = load_corpus(folder / "corpus.csv")
        counts.append(score_quotes(quotes_table(corpus), read_gold(folder / "gold_quotes.csv")))
        documents += len(corpus.documents)
        sets.append(f"{folder.relative_to(REPO_ROOT).as_posix() if folder.is_relative_to(REPO_ROOT) else folder.name}/")
    if not counts:
        return pd.DataFrame(columns=HELDOUT_COLUMNS)
    pooled = pd.concat(counts).groupby("class", sort=False)[COUNTS].sum().reset_index()
    return _with_rates(pooled).assign(documents=documents, sets=", ".join(sets))


def stored_heldout_scores(path: str | Path = STORED_HELDOUT_SCORES) -> pd.DataFrame:
    """The :func:`heldout_scores` frame as ``make scores`` last wrote it (empty when the file is absent)."""
    path = Path(path)
    return pd.read_csv(path) if path.is_file() else pd.DataFrame(columns=HELDOUT_COLUMNS)


def write_heldout_scores(path: str | Path = STORED_HELDOUT_SCORES) -> Path:
    """Score the held-out sets with the current rules and write the figures to ``path``."""
    path = Path(path)
    heldout_scores().to_csv(path, index=False, lineterminator="\n")
    return path


if __name__ == "__main__":
    print(write_heldout_scores())
