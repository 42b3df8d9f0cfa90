"""The figures of "The China and SCO angle": one function each, a DataFrame in, a Figure out.

Every title states what the figure shows, computed from the data it is given; outlets keep their
book-wide colours (:func:`newsbook.style.outlet_palette`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from newsbook.style import column_axes, figure_title, outlet_palette
from newsbook.wording import agree, join_names

HATCHES = ["", "///", "...", "xx", "\\\\"]


def rates_title(rates: pd.DataFrame) -> str:
    """The finding of a :func:`newsbook.comention.mention_rates` frame, first bloc against the second."""
    blocs = list(dict.fromkeys(rates["bloc"]))
    words = rates.drop_duplicates("outlet")["words"].sum()
    totals = rates.groupby("bloc", sort=False)["mentions"].sum()
    if len(blocs) < 2 or not words:
        return f"Mentions of {join_names(blocs)} per 1,000 words"
    focus, other = totals[blocs[0]], totals[blocs[1]]
    if focus == 0:
        return f"{blocs[0]} is never named; {blocs[1]} {1000 * other / words:.1f} times per 1,000 words"
    ratio = other / focus
    if ratio >= 1.05:
        return f"{blocs[1]} is named {ratio:.1f} times as often as {blocs[0]}"
    if ratio <= 0.95:
        return f"{blocs[0]} is named {1 / ratio if other else float('inf'):.1f} times as often as {blocs[1]}"
    return f"{blocs[0]} and {blocs[1]} are named about as often"


def plot_mention_rates(rates: pd.DataFrame) -> Figure:
    """Horizontal bars: each outlet's mentions of each bloc per 1,000 words of its content.

    Args:
        rates: a :func:`newsbook.comention.mention_rates` frame; the first bloc orders the outlets.
    """
    blocs = list(dict.fromkeys(rates["bloc"]))
    table = rates.pivot(index="outlet", columns="bloc", values="per_1000")[blocs]
    table = table.sort_values(blocs[0], kind="stable")
    palette = outlet_palette(sorted(table.index))
    ax = column_axes(1.6 + 0.4 * len(table) * len(blocs))
    fig = ax.figure
    height = 0.8 / len(blocs)
    y = np.arange(len(table))
    for i, bloc in enumerate(blocs):
        positions = y + (len(blocs) - 1 - 2 * i) * height / 2
        colours = [palette[o] for o in table.index]
        bars = ax.barh(positions, table[bloc], height=height * 0.92, color=colours, alpha=1.0 if i == 0 else 0.45,
                       hatch=HATCHES[i % len(HATCHES)], edgecolor="white" if i == 0 else "#333", linewidth=0.4)
        ax.bar_label(bars, labels=[f"{v:.1f}" for v in table[bloc]], padding=3, fontsize=10)
    ax.set_yticks(y, table.index)
    ax.set_xlim(0, max(1.0, float(table.to_numpy().max())) * 1.15)
    ax.set_xlabel("mentions per 1,000 words of content")
    fig.legend(handles=[Patch(facecolor="#888", alpha=1.0 if i == 0 else 0.45, hatch=HATCHES[i % len(HATCHES)],
                              edgecolor="#333", label=f"terms of {b}") for i, b in enumerate(blocs)],
               loc="outside lower center", ncols=min(len(blocs), 3), frameon=False)
    figure_title(fig, rates_title(rates))
    return fig


def plot_co_mentions(co: pd.DataFrame, *, focus: Sequence[str] = ()) -> Figure:
    """A heatmap: sentences naming both groups of a pair (rows) in each outlet (columns).

    Args:
        co: a :func:`newsbook.comention.co_mentions` frame; pairs no sentence joins are left out.
        focus: groups whose partners the title reports.
    """
    co = co.assign(pair=co["group_a"] + " + " + co["group_b"])
    grid = co.pivot_table(index="pair", columns="outlet", values="sentences", aggfunc="sum", sort=False)
    grid = grid[grid.sum(axis=1) > 0]
    grid = grid.loc[grid.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    ax = column_axes(1.6 + 0.42 * max(1, len(grid)))
    fig = ax.figure
    if grid.empty:
        ax.set_axis_off()
        figure_title(fig, "No sentence names two of the term groups together")
        return fig
    values = grid.to_numpy()
    ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, values.max()))
    for (r, c), v in np.ndenumerate(values):
        ax.text(c, r, str(int(v)), ha="center", va="center", fontsize=10,
                color="white" if v > values.max() * 0.6 else "#222")
    ax.set_xticks(range(grid.shape[1]), grid.columns)
    ax.set_yticks(range(len(grid)), grid.index)
    for label, colour in zip(ax.get_xticklabels(), outlet_palette(list(grid.columns)).values()):
        label.set_color(colour)
        label.set_fontweight("bold")
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    ax.set_xlabel("outlet (cell: sentences that name both groups)")
    figure_title(fig, co_mention_title(co, focus=focus))
    return fig


def co_mention_title(co: pd.DataFrame, *, focus: Sequence[str] = ()) -> str:
    """The finding of a co-mention grid: the focus groups' most frequent partner."""
    totals = co.groupby(["group_a", "group_b"], sort=False)["sentences"].sum()
    focus_pairs = totals[[a in focus or b in focus for a, b in totals.index]] if focus else totals
    focus_pairs = focus_pairs[[not (a in focus and b in focus) for a, b in focus_pairs.index]] if focus else focus_pairs
    if focus_pairs.empty or focus_pairs.max() == 0:
        top = totals.idxmax()
        return f"{top[0]} and {top[1]} share the most sentences ({totals.max()})"
    top = focus_pairs.idxmax()
    partner = top[1] if top[0] in focus else top[0]
    n = int(focus_pairs.max())
    verb = "shares" if len(focus) == 1 else "share"
    return f"{join_names(list(focus))} {verb} a sentence most often with {partner} ({n} {agree(n, 'sentence')})"


def plot_frames(counts: pd.DataFrame, *, subject: str = "China/SCO") -> Figure:
    """Stacked horizontal bars: sentences about the subject using each frame, split by outlet.

    Args:
        counts: a :func:`newsbook.framing.frames_by` frame by ``outlet``; frames no outlet uses
            are left out, the others sorted by use.
    """
    used = counts.groupby("frame", sort=False)["sentences"].sum()
    frames = [f for f in used.sort_values(ascending=False, kind="stable").index if used[f] > 0]
    ax = column_axes(1.6 + 0.4 * max(1, len(frames)))
    fig = ax.figure
    if not frames:
        ax.set_axis_off()
        figure_title(fig, f"No frame word of the lexicon appears in a sentence about {subject}")
        return fig
    outlets = sorted(counts["outlet"].unique())
    palette = outlet_palette(outlets)
    table = counts.pivot(index="frame", columns="outlet", values="sentences").loc[frames[::-1], outlets]
    y = np.arange(len(frames))
    left = np.zeros(len(frames))
    for outlet in outlets:
        ax.barh(y, table[outlet], left=left, height=0.65, color=palette[outlet], label=outlet,
                edgecolor="white", linewidth=1)
        left += table[outlet].to_numpy()
    ax.set_yticks(y, table.index)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(f"sentences about {subject} that use the frame")
    fig.legend(loc="outside lower center", ncols=min(len(outlets), 4), frameon=False)
    best = used[used == used.max()].index.tolist()
    n = int(used.max())
    figure_title(fig, f"Commonest frame around {subject}: {join_names(best)} ({n} {agree(n, 'sentence')})")
    return fig
