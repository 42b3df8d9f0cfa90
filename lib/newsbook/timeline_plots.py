"""Figures of the timeline chapter: the dated events by outlet, the past the pieces invoke, the ledger.

One function a figure, a DataFrame in, a Figure out; each title states what the figure shows,
computed from the data it is given; outlet colours come from :func:`newsbook.style.outlet_palette`.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from newsbook.style import outlet_palette

PUBLISHED_MARK = dict(marker="v", s=90, color="black", zorder=5)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _title(ax, title: str, own: bool) -> None:
    """A figure-wide title from the left edge (long tick labels would cut an axes title)."""
    if own:
        ax.figure.suptitle(textwrap.fill(title, 70), x=0.01, ha="left", fontsize=13, fontweight="bold")
    else:
        ax.set_title(textwrap.fill(title, 60), loc="left")


def window_title(events: pd.DataFrame) -> str:
    """The finding of the window panel: the day dated by the most outlets."""
    days = events[events["precision"] == "day"]
    if days.empty:
        return "No event in this window is dated to a single day"
    per_day = days.groupby("first_day").agg(outlets=("outlet", "nunique"), mentions=("outlet", "size"))
    best = per_day.sort_values(["outlets", "mentions"], ascending=False, kind="stable").index[0]
    outlets, total = int(per_day.loc[best, "outlets"]), events["outlet"].nunique()
    return (f"{_day(best):%B} {_day(best).day} is the day most outlets date events to: {outlets} of {total}; "
            f"{len(per_day)} days are named in all")


def plot_window(events: pd.DataFrame, publications: pd.DataFrame, *, start: dt.date, end: dt.date, ax=None):
    """One lane per outlet: dots for days named (area: mentions), bars for weeks, a line for months,
    a black triangle on each piece's publication date.

    Args:
        events: :func:`newsbook.events.events_table` rows (already cut to the window).
        publications: :func:`newsbook.events.publications` rows of the outlets shown.
    """
    outlets = sorted(set(publications["outlet"]) | set(events["outlet"]))
    palette = outlet_palette(outlets)
    own = ax is None
    if own:
        _, ax = plt.subplots(figsize=(8, 1.9 + 0.7 * len(outlets)), layout="constrained")
    lane = {o: i for i, o in enumerate(outlets)}
    for (outlet, precision, first, last), group in events.groupby(["outlet", "precision", "first_day", "last_day"]):
        y, colour = lane[outlet], palette[outlet]
        a, b = mdates.date2num(_day(first)), mdates.date2num(_day(last)) + 1
        if precision == "day":
            ax.scatter([a + 0.5], [y], s=60 * len(group), color=colour, edgecolor="black", linewidth=0.5, zorder=4)
        elif precision == "week":
            ax.plot([a, b], [y + 0.22] * 2, color=colour, linewidth=6, alpha=0.55, solid_capstyle="butt", zorder=3)
        elif precision == "month":
            ax.plot([a, b], [y - 0.22] * 2, color=colour, linewidth=1.5, linestyle=(0, (4, 2)), alpha=0.8, zorder=2)
    for row in publications.itertuples():
        ax.scatter([mdates.date2num(_day(row.published)) + 0.5], [lane[row.outlet] + 0.38], **PUBLISHED_MARK)
    ax.set_yticks(range(len(outlets)), outlets)
    for label in ax.get_yticklabels():
        label.set_color(palette[label.get_text()])
        label.set_fontweight("bold")
    ax.set_ylim(-0.6, len(outlets) - 0.4)
    ax.set_xlim(mdates.date2num(start), mdates.date2num(end) + 1)
    ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, math.ceil((end - start).days / 7))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %d"))
    ax.grid(axis="x", color="#e5e5e5", zorder=0)
    ax.set_xlabel(f"date named in the text, {start:%b %d} to {end:%b %d, %Y}")
    legend = [Line2D([], [], marker="o", linestyle="", color="grey", markeredgecolor="black", label="a day (area: mentions)"),
              Line2D([], [], color="grey", linewidth=6, alpha=0.55, label="a week"),
              Line2D([], [], color="grey", linewidth=1.5, linestyle=(0, (4, 2)), label="a month"),
              Line2D([], [], marker="v", linestyle="", color="black", label="piece published")]
    ax.legend(handles=legend, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=4, frameon=False, fontsize=10,
              handletextpad=0.3, columnspacing=1.2)
    _title(ax, window_title(events), own)
    return ax


def history_title(history: pd.DataFrame) -> str:
    """The finding of the history panel: how far back the pieces reach."""
    if history.empty:
        return "The pieces invoke no earlier year"
    years = pd.to_datetime(history["first_day"]).dt.year
    return f"The pieces reach back to {years.min()}: {len(history)} references to {years.nunique()} earlier years"


def plot_history(history: pd.DataFrame, *, ax=None):
    """One row per reference to an earlier year: a dot at the year, the event's label beside the axis.

    Args:
        history: events rows before the window (any precision but decade), one per mention.
    """
    history = history.sort_values(["first_day", "outlet"], kind="stable").reset_index(drop=True)
    outlets = sorted(history["outlet"].unique())
    palette = outlet_palette(outlets)
    own = ax is None
    if own:
        _, ax = plt.subplots(figsize=(8, 1.5 + 0.38 * max(len(history), 1)), layout="constrained")
    years = pd.to_datetime(history["first_day"]).dt.year
    for i, row in history.iterrows():
        ax.scatter([years[i]], [i], s=55, color=palette[row["outlet"]], edgecolor="black", linewidth=0.5, zorder=3)
    labels = [f"{row.date_text}: {textwrap.shorten(row.label, 40, placeholder='…')}" for row in history.itertuples()]
    ax.set_yticks(range(len(history)), labels, fontsize=11)
    for tick, outlet in zip(ax.get_yticklabels(), history["outlet"]):
        tick.set_color(palette[outlet])
    ax.invert_yaxis()
    if len(history):
        ax.set_xlim(years.min() - 1.5, years.max() + 1.5)
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True, nbins=6))
    ax.grid(axis="x", color="#e5e5e5", zorder=0)
    ax.set_xlabel("year the text refers to (label colour: outlet)")
    _title(ax, history_title(history), own)
    return ax


def ledger_title(claims: pd.DataFrame) -> str:
    """The finding of the ledger: the quantity whose figures span the most report dates."""
    if claims.empty:
        return "No figure in these pieces counts the dead, the detained or the troops"
    spread = claims.groupby("quantity")["published"].nunique().sort_values(ascending=False, kind="stable")
    quantity = spread.index[0]
    rows = claims[claims["quantity"] == quantity].sort_values(["published", "start"], kind="stable")
    first, last = rows.iloc[0], rows.iloc[-1]
    if spread.iloc[0] < 2:
        return f"Each figure comes from a single day's reporting ({len(claims)} figures)"
    return (f"{quantity.capitalize()}: from \u201c{first.value_text}\u201d ({first.outlet}, {_day(first.published):%b %d}) "
            f"to \u201c{last.value_text}\u201d ({last.outlet}, {_day(last.published):%b %d})")


def _short_number(value: float, _position: object = None) -> str:
    for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def plot_ledger(claims: pd.DataFrame, *, max_panels: int = 8) -> Figure:
    """Small multiples, one per quantity: each figure at its report's publication date (colour:
    outlet), on a log scale where figures span more than tenfold; a bar for a range, an arrow
    up for a lower bound ("more than"), down for an upper bound ("nearly").

    Args:
        claims: :func:`newsbook.quantities.quantities_table` rows (historical ones left out).
    """
    order = claims["quantity"].value_counts().index[:max_panels]
    columns = 2 if len(order) > 1 else 1
    rows = max(1, math.ceil(len(order) / columns))
    fig, axes = plt.subplots(rows, columns, figsize=(8, 1.2 + 2.6 * rows), layout="constrained", squeeze=False)
    outlets = sorted(claims["outlet"].unique())
    palette = outlet_palette(outlets)
    dates = sorted({_day(d) for d in claims["published"]})
    origin = dates[0] if dates else dt.date.today()
    for ax, quantity in zip(axes.flat, order):
        part = claims[claims["quantity"] == quantity].sort_values(["published", "outlet", "start"], kind="stable")
        seen: dict[tuple, int] = {}
        for row in part.itertuples():
            low, high = row.low, row.high
            if pd.isna(low) and pd.isna(high):
                continue
            k = seen[(row.published, row.outlet)] = seen.get((row.published, row.outlet), -1) + 1
            x = (_day(row.published) - origin).days + 0.5 * outlets.index(row.outlet) / max(len(outlets) - 1, 1) + 0.12 * k
            point = low if pd.isna(high) else high if pd.isna(low) else math.sqrt(low * high) if low > 0 else high
            colour = palette[row.outlet]
            if not pd.isna(low) and not pd.isna(high) and high > low:
                ax.plot([x, x], [low, high], color=colour, linewidth=5, alpha=0.5, solid_capstyle="butt")
            marker = "^" if pd.isna(high) else "v" if pd.isna(low) else "o"
            ax.scatter([x], [point], marker=marker, s=55, color=colour, edgecolor="black", linewidth=0.5, zorder=3)
            ax.annotate(row.value_text.replace("$", r"\$"), (x, point), xytext=(7, -10 if k % 2 else 5),
                        textcoords="offset points", va="center", fontsize=10)
        values = pd.concat([part["low"], part["high"]]).dropna()
        if len(values) and values.min() > 0 and values.max() / values.min() > 10:
            ax.set_yscale("log")
        if len(values):
            ax.set_ylim(values.min() / 1.8 if ax.get_yscale() == "log" else 0, values.max() * (3 if ax.get_yscale() == "log" else 1.35))
        ax.yaxis.set_major_formatter(plt.FuncFormatter(_short_number))
        ax.set_xlim(-0.5, (dates[-1] - origin).days + 2.6)
        ax.set_xticks([(d - origin).days for d in dates], [f"{d:%b %d}" for d in dates], fontsize=10)
        ax.set_title(quantity, loc="left", fontsize=12)
        ax.set_ylabel("figure reported", fontsize=10)
        ax.set_xlabel("report published", fontsize=10)
        ax.tick_params(axis="y", labelsize=10)
    for ax in list(axes.flat)[len(order):]:
        ax.set_visible(False)
    handles = [Line2D([], [], marker="o", linestyle="", color=palette[o], markeredgecolor="black", label=o) for o in outlets]
    handles += [Line2D([], [], marker="^", linestyle="", color="grey", label="lower bound"),
                Line2D([], [], marker="v", linestyle="", color="grey", label="upper bound")]
    fig.legend(handles=handles, loc="outside lower center", ncol=min(len(handles), 3), frameon=False, fontsize=10)
    fig.suptitle(textwrap.fill(ledger_title(claims), 70), x=0.01, ha="left", fontsize=13, fontweight="bold")
    return fig
