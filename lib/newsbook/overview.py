"""What the corpus is: speakers per transcript and the documents on a date axis.

``speaker_turns_table``
    ``doc_id, outlet, speaker, role, turns, words, first_paragraph``: one row per speaker of a
    transcript, in order of first appearance; ``words`` counts the words spoken (labels excluded).
``corpus_facts``
    what "The corpus" states, as text: ``n_documents, n_outlets, outlet_list, n_words,
    n_sentences, first_date, last_date, n_transcripts, n_copies`` (texts captured from another
    site), ``n_chrome`` (chrome paragraphs) and ``n_speakers`` (transcript speakers).
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from newsbook.corpus import Corpus
from newsbook.style import outlet_palette
from newsbook.tables import count_words


def speaker_turns_table(corpus: Corpus) -> pd.DataFrame:
    """Who speaks in each transcript, how often and how much."""
    rows = []
    for doc in corpus:
        by_speaker: dict[str, list] = {}  # in order of first appearance
        for paragraph in doc.paragraph_records:  # records, not frames: no pandas work per document
            if paragraph.speaker != "":
                by_speaker.setdefault(paragraph.speaker, []).append(paragraph)
        for speaker, group in by_speaker.items():
            roles = [p.role for p in group if p.role]
            rows.append({
                "doc_id": doc.doc_id,
                "outlet": doc.outlet,
                "speaker": speaker,
                "role": roles[0] if roles else "",
                "turns": sum(p.kind == "turn" for p in group),
                "words": sum(count_words(doc.text, p.body_start, p.end) for p in group),
                "first_paragraph": min(p.paragraph for p in group),
            })
    columns = ["doc_id", "outlet", "speaker", "role", "turns", "words", "first_paragraph"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["doc_id", "first_paragraph"], kind="stable").reset_index(drop=True)


def corpus_facts(documents: pd.DataFrame, speakers: pd.DataFrame, chrome: pd.DataFrame) -> dict[str, str]:
    """The numbers the corpus chapter states, as text.

    Args:
        documents: a :func:`newsbook.tables.documents_table` frame.
        speakers: a :func:`speaker_turns_table` frame.
        chrome: a :func:`newsbook.tables.chrome_table` frame, one row a chrome paragraph.
    """
    return {
        "n_documents": str(len(documents)),
        "n_outlets": str(documents["outlet"].nunique()),
        "outlet_list": ", ".join(sorted(documents["outlet"].unique())),
        "n_words": f"{documents['words'].sum():,}",
        "n_sentences": f"{documents['sentences'].sum():,}",
        "first_date": str(documents["published"].min()),
        "last_date": str(documents["published"].max()),
        "n_transcripts": str(int((documents["format"] == "transcript").sum())),
        "n_copies": str(int((documents["host"] != "").sum())),
        "n_chrome": str(len(chrome)),
        "n_speakers": str(speakers["speaker"].nunique()),
    }


def plot_documents_by_date(documents: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """One lane per outlet, a marker per document at its publication date, sized by words.

    Args:
        documents: a :func:`newsbook.tables.documents_table` frame.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.8 + 0.7 * max(1, documents["outlet"].nunique())))
    outlets = sorted(documents["outlet"].unique())
    palette = outlet_palette(outlets)
    dates = pd.to_datetime(documents["published"])
    for lane, outlet in enumerate(outlets):
        rows = documents["outlet"] == outlet
        ax.scatter(dates[rows], [lane] * int(rows.sum()), s=documents.loc[rows, "words"] / 4,
                   color=palette[outlet], alpha=0.8, edgecolor="black", linewidth=0.5, zorder=3)
        for date, (_, doc) in zip(dates[rows], documents[rows].iterrows()):
            ax.annotate(f"{doc['format']}, {doc['words']:,} words", (date, lane), xytext=(0, 12),
                        textcoords="offset points", ha="center", fontsize=8, color="#333")
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.6, len(outlets) - 0.2)
    span = pd.Timedelta(days=2)
    ax.set_xlim(dates.min() - span, dates.max() + span)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#e5e5e5", zorder=0)
    ax.set_xlabel("publication date (marker area: words of content)")
    first, last = dates.min(), dates.max()
    ax.set_title(f"{len(documents)} pieces from {len(outlets)} outlets, {first:%b %d} to {last:%b %d, %Y}")
    return ax
