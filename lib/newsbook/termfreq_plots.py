"""Figures of the term-frequency chapter: one function a figure, a DataFrame in, a Figure out.

Each title states what the figure shows, computed from the data it is given; outlet colours come
from :func:`newsbook.style.outlet_palette`.
"""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from newsbook.distinctive import Z_MIN
from newsbook.style import FIGURE_WIDTH, figure_title, outlet_palette


def _quoted(term: str) -> str:
    return f"\u201c{term}\u201d"


def heatmap_title(by_outlet: pd.DataFrame) -> str:
    """The finding of the heatmap: the tracked term whose rate differs most between outlets."""
    rates = by_outlet.pivot_table(index="term", columns="outlet", values="per_1000", sort=False)
    if rates.empty or rates.to_numpy().max() == 0:
        return "None of the tracked terms occurs in these documents"
    if rates.shape[1] < 2:
        term = rates.iloc[:, 0].idxmax()
        return f"{_quoted(term)} is the most frequent tracked term ({rates.iloc[:, 0].max():.1f} per 1,000 words)"
    term = (rates.max(axis=1) - rates.min(axis=1)).idxmax()
    row = rates.loc[term]
    return (f"Outlets differ most on {_quoted(term)}: {row.max():.1f} per 1,000 words in {row.idxmax()}, "
            f"{row.min():.1f} in {row.idxmin()}")


def plot_tracked_heatmap(by_outlet: pd.DataFrame) -> Figure:
    """Rates per 1,000 words of the tracked terms (rows) by outlet (columns), counts in brackets.

    Every cell is written out, so the colour only groups them at a glance: no colour bar.

    Args:
        by_outlet: a :func:`newsbook.termfreq.tracked_by_outlet` frame.
    """
    rates = by_outlet.pivot_table(index="term", columns="outlet", values="per_1000", sort=False)
    counts = by_outlet.pivot_table(index="term", columns="outlet", values="count", sort=False)
    fig, ax = plt.subplots(figsize=(min(FIGURE_WIDTH, 2.6 + 1.1 * rates.shape[1]), 1.8 + 0.4 * rates.shape[0]), layout="constrained")
    ax.imshow(rates.to_numpy(), cmap="YlOrBr", aspect="auto", vmin=0)
    top = rates.to_numpy().max() or 1.0
    for (r, c), value in np.ndenumerate(rates.to_numpy()):
        colour = "white" if value > 0.6 * top else "#222"
        ax.text(c, r, f"{value:.1f} ({int(counts.iat[r, c])})", ha="center", va="center", fontsize=10, color=colour)
    ax.set_xticks(range(rates.shape[1]), [textwrap.fill(str(o), 12) for o in rates.columns])
    ax.set_yticks(range(rates.shape[0]), rates.index)
    palette = outlet_palette(list(rates.columns))
    for label, outlet in zip(ax.get_xticklabels(), rates.columns):
        label.set_color(palette[outlet])
        label.set_fontweight("bold")
    ax.tick_params(length=0)
    ax.set_xlabel("outlet (cells: rate per 1,000 words, count in brackets)", fontsize=10)
    ax.set_ylabel("tracked term")
    figure_title(fig, heatmap_title(by_outlet))
    return fig


def plot_distinctive(top: pd.DataFrame, *, z_min: float = Z_MIN) -> Figure:
    """One panel per outlet: its most distinctive words as bars of ``z``, counts annotated.

    Solid bars are stable under leaving one document out; pale hatched bars are not. The dashed line
    is ``z_min``. Uses a ``label`` column for the word where the frame has one.

    Args:
        top: a :func:`newsbook.distinctive.top_distinctive` frame.
    """
    outlets = list(dict.fromkeys(top["outlet"]))
    if not outlets:
        fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 0.8))
        ax.axis("off")
        ax.set_title("No word to show: a comparison needs two outlets and words used the minimum number of times",
                     loc="left", fontsize=11)
        return fig
    columns = 1 if len(outlets) == 1 else 2
    rows = math.ceil(len(outlets) / columns)
    per_panel = int(top.groupby("outlet").size().max())
    fig, axes = plt.subplots(rows, columns, figsize=(FIGURE_WIDTH, 1.4 + rows * (1.0 + 0.3 * per_panel)), squeeze=False,
                             layout="constrained")
    palette = outlet_palette(outlets)
    word = "label" if "label" in top.columns else "term"
    z_max = max(float(top["z"].max()), z_min) * 1.45
    for ax, outlet in zip(axes.flat, outlets):
        part = top[top["outlet"] == outlet].iloc[::-1]
        y = np.arange(len(part))
        stable = part["stable"].to_numpy(dtype=bool)
        ax.barh(y[stable], part["z"][stable], color=palette[outlet], edgecolor=palette[outlet])
        ax.barh(y[~stable], part["z"][~stable], color=palette[outlet], alpha=0.35, hatch="///", edgecolor=palette[outlet])
        for k, row in enumerate(part.itertuples()):
            ax.text(row.z + 0.05, k, f"{row.count} vs {row.count_rest}", va="center", fontsize=9.5, color="#222",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6, "alpha": 0.85})
        ax.set_yticks(y, part[word])
        ax.axvline(z_min, color="#555", linestyle="--", linewidth=1)
        ax.set_title(outlet, loc="left", color=palette[outlet], fontsize=12)
        ax.set_xlim(0, z_max)
        ax.xaxis.set_major_locator(plt.MaxNLocator(nbins=4))  # a narrow panel: a few round values
        ax.set_xlabel("z (log-odds / standard error)", fontsize=10)
    for ax in list(axes.flat)[len(outlets):]:
        ax.axis("off")
    reaching = int((top["z"] >= z_min).sum())
    stable_n = int(top["stable"].sum())
    figure_title(fig, f"{reaching} of the {len(top)} words shown reach z \u2265 {z_min:g}; "
                      f"{stable_n} stay there when any one document is left out")
    fig.legend(handles=[Patch(color="#777", label="stable"),
                        Patch(facecolor="#ccc", hatch="///", edgecolor="#777", label="rests on one document"),
                        plt.Line2D([], [], color="#555", linestyle="--", label=f"z = {z_min:g}")],
               loc="outside lower center", ncols=3, frameon=False, fontsize=10, title_fontsize=10,
               title="bars annotated: count in the outlet vs the rest")
    return fig


def dispersion_title(positions: pd.DataFrame, documents: int) -> str:
    """The finding of the dispersion plot: the term spread over the most documents."""
    if positions.empty:
        return "None of the tracked terms occurs in these documents"
    spans = positions.groupby(["term", "doc_id"], sort=False)["position"].agg(lambda p: p.max() - p.min())
    wide = (spans >= 0.5).groupby(level="term", sort=False).sum()
    if wide.max() == 0:
        return "No tracked term runs through half of any text"
    term = wide.idxmax()
    return (f"{_quoted(term)} runs through at least half of the text in {int(wide.max())} of the "
            f"{documents} documents")


def plot_dispersion(positions: pd.DataFrame, tracked: pd.DataFrame, *, max_documents: int = 12) -> Figure:
    """One panel per document: a tick for each occurrence of each tracked term along the text.

    Args:
        positions: a :func:`newsbook.dispersion.term_positions` frame.
        tracked: a :func:`newsbook.termfreq.tracked_terms` frame (it lists every document and term,
            found or not).
        max_documents: panels drawn at most (the first documents in manifest order).
    """
    docs = tracked.drop_duplicates("doc_id")[["doc_id", "outlet"]]
    shown = docs.head(max_documents)
    terms = list(dict.fromkeys(tracked["term"]))
    columns = 1 if len(shown) == 1 else 2
    rows = math.ceil(len(shown) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(FIGURE_WIDTH, 1.0 + rows * (1.0 + 0.28 * len(terms))), squeeze=False,
                             layout="constrained")
    palette = outlet_palette(list(dict.fromkeys(docs["outlet"])))
    limit = int(FIGURE_WIDTH * 72 / columns / (0.63 * 10)) - 4  # characters of a panel title that fit its panel
    for k, (ax, doc) in enumerate(zip(axes.flat, shown.itertuples())):
        part = positions[positions["doc_id"] == doc.doc_id]
        y = part["term"].map({t: n for n, t in enumerate(terms)})
        ax.scatter(part["position"], y, marker="|", s=160, linewidths=2, color=palette[doc.outlet])
        ax.set_yticks(range(len(terms)), terms if k % columns == 0 else [])
        ax.set_ylim(len(terms) - 0.5, -0.5)
        ax.set_xlim(-0.02, 1.02)
        ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])  # start, middle, end: enough to place a tick, and quick to draw
        ax.grid(axis="y", color="#eee")
        name = doc.doc_id if len(doc.doc_id) <= limit else doc.doc_id[:limit - 1] + "\u2026"
        ax.set_title(name, loc="left", fontsize=10, color=palette[doc.outlet], fontweight="bold")
    for ax in list(axes.flat)[len(shown):]:
        ax.axis("off")
    for ax in list(axes.flat)[max(0, len(shown) - columns):len(shown)]:
        ax.set_xlabel("position in the text (share of its words)", fontsize=10)
    fig.legend(handles=[Patch(color=colour, label=outlet) for outlet, colour in palette.items()],
               loc="outside lower center", ncols=min(4, len(palette)), frameon=False, fontsize=10)
    more = f" (first {len(shown)} of {len(docs)} shown)" if len(docs) > len(shown) else ""
    figure_title(fig, dispersion_title(positions, len(docs)) + more)
    return fig
