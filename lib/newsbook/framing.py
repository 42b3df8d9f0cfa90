"""Framing: the words around China or the SCO that say how a sentence sees them.

A frame lexicon (``data/frames.csv``: ``frame, cue, note``) lists cue patterns per frame: words
(``energy``), prefixes (``compet*``: ``*`` is any letters), phrases (``division of labo*r``) and
a bare ``*`` for any one word (``divide* * labo*r``), matched case-insensitively on word
boundaries. A cue that is only part of a term's name does not count ("Cooperation" in "Shanghai
Cooperation Organization", "Security" in "Collective Security Treaty Organization").

``focus_sentences``
    ``doc_id, outlet, sentence, start, end, text, speaker, terms``: the sentences that mention
    one of the focus groups; ``speaker`` from the mentions (``""`` when unattributed),
    ``terms`` the focus terms named, ``", "``-joined.
``frame_cues``
    ``doc_id, outlet, sentence, speaker, frame, cue, start, end``: one row a cue word found in a
    focus sentence, ``cue`` being ``text[start:end]``.
``framed_sentences``
    the focus sentences plus ``frames``: the frames of their cues, ``", "``-joined.
``frames_by``
    ``outlet`` (or another column), ``frame, sentences, share``: focus sentences using each frame,
    and their share of that outlet's focus sentences; the frames in lexicon order.
``speaker_frames``
    ``speaker, outlet, doc_id, sentences, frames, start, end``: per attributed speaker, the frames
    of their focus sentences with counts, and the offsets of their first such sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.paths import data_file
from newsbook.reference import read_reference_csv

DEFAULT_FRAMES = data_file("frames.csv")
SENTENCE_COLUMNS = ["doc_id", "outlet", "sentence", "start", "end", "text", "speaker", "terms"]
CUE_COLUMNS = ["doc_id", "outlet", "sentence", "speaker", "frame", "cue", "start", "end"]
SPEAKER_COLUMNS = ["speaker", "outlet", "doc_id", "sentences", "frames", "start", "end"]


def _cue_body(cue: str) -> str:
    words = [r"\w+(?:[-'’]\w+)*" if w == "*" else re.escape(w).replace(r"\*", r"\w*") for w in cue.split()]
    return r"\s+".join(words)


def cue_pattern(cue: str) -> str:
    """The regular expression of a cue (case-insensitive, on word boundaries).

    >>> bool(re.fullmatch(cue_pattern("division of labo*r"), "Division of  labour"))
    True
    """
    return rf"(?i)(?<!\w)(?:{_cue_body(cue)})(?!\w)"


def compile_cues(lexicon: pd.DataFrame) -> tuple[re.Pattern[str], list[str]]:
    """One pattern for all cues (longest first, a named group each) and the frame of each group."""
    cues = sorted(zip(lexicon["cue"], lexicon["frame"]), key=lambda c: -len(c[0]))
    body = "|".join(f"(?P<c{i}>{_cue_body(cue)})" for i, (cue, _) in enumerate(cues))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), [frame for _, frame in cues]


def load_frames(path: str | Path = DEFAULT_FRAMES) -> pd.DataFrame:
    """The frame lexicon: ``frame, cue`` rows in file order.

    Raises:
        CorpusError: a missing file or column, an empty cue, or no cues at all.
    """
    path = Path(path)
    table = read_reference_csv(path, field="frames", what="frame lexicon", columns=("frame", "cue"))
    table = table[["frame", "cue"]].apply(lambda c: c.str.strip())
    if table.empty:
        raise CorpusError(path, "frames", "the frame lexicon has no cues")
    if (table == "").to_numpy().any():
        raise CorpusError(path, "cue", f"line {int((table == '').any(axis=1).idxmax()) + 2}: empty frame or cue")
    return table


def focus_sentences(corpus: Corpus, mentions: pd.DataFrame, *, groups: Sequence[str]) -> pd.DataFrame:
    """The sentences mentioning one of ``groups``, in text order."""
    focus = mentions[mentions["group"].isin(groups)]
    if focus.empty:
        return pd.DataFrame(columns=SENTENCE_COLUMNS)
    per = focus.groupby(["doc_id", "sentence"], sort=False).agg(
        outlet=("outlet", "first"),
        speaker=("speaker", lambda s: next((x for x in s if x), "")),
        terms=("term", lambda s: ", ".join(dict.fromkeys(s))),
    ).reset_index()
    sentences = pd.concat([corpus.document_sentences(d) for d in per["doc_id"].unique()], ignore_index=True)
    frame = per.merge(sentences[["doc_id", "sentence", "start", "end", "text"]], on=["doc_id", "sentence"])
    return frame[SENTENCE_COLUMNS]


def frame_cues(corpus: Corpus, sentences: pd.DataFrame, mentions: pd.DataFrame, *, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Every cue of ``lexicon`` in the ``sentences`` (a :func:`focus_sentences` frame)."""
    pattern, frames = compile_cues(lexicon)
    inner = mentions.merge(sentences[["doc_id", "sentence"]], on=["doc_id", "sentence"])
    names: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for key_doc, key_sentence, a, b in zip(inner["doc_id"], inner["sentence"], inner["start"], inner["end"]):
        names.setdefault((key_doc, key_sentence), []).append((a, b))
    rows = []
    for row in sentences.itertuples(index=False):
        text = corpus[row.doc_id].text
        spans = names.get((row.doc_id, row.sentence), [])
        for match in pattern.finditer(text, row.start, row.end):
            a, b = match.span()
            if any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans):
                continue
            frame = frames[int(match.lastgroup[1:])]
            rows.append((row.doc_id, row.outlet, row.sentence, row.speaker, frame, match.group(), a, b))
    return pd.DataFrame.from_records(rows, columns=CUE_COLUMNS)


def _frames_of(cues: pd.DataFrame, lexicon: pd.DataFrame, keys: list[str]) -> pd.Series:
    order = {f: i for i, f in enumerate(dict.fromkeys(lexicon["frame"]))}
    return cues.groupby(keys)["frame"].agg(lambda fs: ", ".join(sorted(set(fs), key=order.get)))


def framed_sentences(sentences: pd.DataFrame, cues: pd.DataFrame, *, lexicon: pd.DataFrame) -> pd.DataFrame:
    """``sentences`` with a ``frames`` column (``""`` where no cue was found)."""
    frames = _frames_of(cues, lexicon, ["doc_id", "sentence"]).rename("frames")
    out = sentences.merge(frames, left_on=["doc_id", "sentence"], right_index=True, how="left")
    return out.assign(frames=out["frames"].fillna("")).reset_index(drop=True)


def frames_by(cues: pd.DataFrame, sentences: pd.DataFrame, *, lexicon: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Focus sentences per frame and ``by`` value (rows with an empty ``by`` are left out)."""
    frames = list(dict.fromkeys(lexicon["frame"]))
    totals = sentences[sentences[by] != ""].groupby(by)["sentence"].size()
    used = cues[cues[by] != ""].drop_duplicates(["doc_id", "sentence", "frame"]).groupby([by, "frame"]).size()
    grid = pd.MultiIndex.from_product([totals.index, frames], names=[by, "frame"])
    out = used.reindex(grid, fill_value=0).rename("sentences").reset_index()
    out["share"] = (out["sentences"] / out[by].map(totals)).round(3)
    return out


def speaker_frames(framed: pd.DataFrame, cues: pd.DataFrame) -> pd.DataFrame:
    """Per attributed speaker: their focus sentences and the frames they use, with counts."""
    spoken = framed[framed["speaker"] != ""]
    if spoken.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    used = cues[cues["speaker"] != ""].drop_duplicates(["doc_id", "sentence", "frame"])
    counts = used.groupby(["speaker", "outlet", "frame"], sort=False).size().rename("n").reset_index()
    counts = counts.sort_values("n", ascending=False, kind="stable")
    counts["label"] = [f"{f} ({n})" if n > 1 else f for f, n in zip(counts["frame"], counts["n"])]
    labels = counts.groupby(["speaker", "outlet"], sort=False)["label"].agg(", ".join).to_dict()
    summary = spoken.groupby(["speaker", "outlet"], sort=False).agg(
        doc_id=("doc_id", "first"), sentences=("sentence", "size"), start=("start", "first"), end=("end", "first"),
    ).reset_index()
    summary["frames"] = [labels.get(key, "") for key in zip(summary["speaker"], summary["outlet"])]
    return summary[SPEAKER_COLUMNS]
