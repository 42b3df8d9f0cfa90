"""Figures of the timeline chapter: the dated events by outlet, the past the pieces invoke, the ledger.

One function a figure, a DataFrame in, a Figure out; each title states what the figure shows,
computed from the data it is given; outlet colours come from :func:`newsbook.style.outlet_palette`.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from dataclasses import dataclass
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from newsbook.style import FIGURE_WIDTH, column_axes, figure_title, outlet_palette

PUBLISHED_MARK = dict(marker="v", s=90, color="black", zorder=5)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


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


def plot_window(events: pd.DataFrame, publications: pd.DataFrame, *, start: dt.date, end: dt.date):
    """One lane per outlet: dots for days named (area: mentions), bars for weeks, a line for months,
    a black triangle on each piece's publication date.

    Args:
        events: :func:`newsbook.events.events_table` rows (already cut to the window).
        publications: :func:`newsbook.events.publications` rows of the outlets shown.
    """
    outlets = sorted(set(publications["outlet"]) | set(events["outlet"]))
    palette = outlet_palette(outlets)
    ax = column_axes(2.2 + 0.7 * len(outlets))
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
    ax.figure.legend(handles=legend, loc="outside lower center", ncol=2, frameon=False, fontsize=10, handlelength=2.2,
                     handletextpad=0.8, columnspacing=2.0)
    figure_title(ax.figure, window_title(events))  # figure-wide: long tick labels would cut an axes title
    return ax


def history_title(history: pd.DataFrame) -> str:
    """The finding of the history panel: how far back the pieces reach."""
    if history.empty:
        return "The pieces invoke no earlier year"
    years = pd.to_datetime(history["first_day"]).dt.year
    return f"The pieces reach back to {years.min()}: {len(history)} references to {years.nunique()} earlier years"


def plot_history(history: pd.DataFrame):
    """One row per reference to an earlier year: a dot at the year, the event's label beside the axis.

    Args:
        history: events rows before the window (any precision but decade), one per mention.
    """
    history = history.sort_values(["first_day", "outlet"], kind="stable").reset_index(drop=True)
    outlets = sorted(history["outlet"].unique())
    palette = outlet_palette(outlets)
    ax = column_axes(1.5 + 0.36 * max(len(history), 1))
    years = pd.to_datetime(history["first_day"]).dt.year
    for i, row in history.iterrows():
        ax.scatter([years[i]], [i], s=55, color=palette[row["outlet"]], edgecolor="black", linewidth=0.5, zorder=3)
    labels = [f"{row.date_text}: {textwrap.shorten(row.label, 36, placeholder='…')}" for row in history.itertuples()]
    ax.set_yticks(range(len(history)), labels, fontsize=10)
    for tick, outlet in zip(ax.get_yticklabels(), history["outlet"]):
        tick.set_color(palette[outlet])
    ax.invert_yaxis()
    if len(history):
        ax.set_xlim(years.min() - 1.5, years.max() + 1.5)
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True, nbins=6))
    ax.grid(axis="x", color="#e5e5e5", zorder=0)
    ax.set_xlabel("year the text refers to (colour: outlet)")
    figure_title(ax.figure, history_title(history))
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


LOWER, UPPER, EXACT = ">", "<", "o"
"""Markers: a lower bound ("more than") points right, towards the values it allows; an upper
bound ("nearly") points left."""


def _ledger_point(low: float, high: float) -> tuple[float, str]:
    """Where a figure's marker goes and which marker it is."""
    if pd.isna(high):
        return low, LOWER
    if pd.isna(low):
        return high, UPPER
    return (math.sqrt(low * high) if low > 0 else high), EXACT


LABEL_SIZE = 10
"""Points: the value labels and row labels of the ledger."""


def _text_points(text: str, size: float = LABEL_SIZE) -> float:
    """A generous estimate of the width of ``text`` in points."""
    return len(text) * 0.62 * size


@dataclass
class _LedgerRow:
    """One figure of a ledger panel: its claim row, where its marker goes and which, its range, its
    label, the share of the panel's width the label needs, and the side of the marker it stands on."""

    row: Any
    point: float
    marker: str
    low: float
    high: float
    text: str
    need: float
    side: str = "right"


def _ledger_panel(ax, part: pd.DataFrame, palette: dict[str, str], *, width_points: float) -> None:
    """One quantity: a row per figure, in order of publication; the value on the x axis.

    Each value label stands beside its marker or range, on the side with room for it; where
    neither side has room, the axis is widened on the right until the label fits, so that no
    label runs into another row's or off the panel.
    """
    values = pd.concat([part["low"], part["high"]]).dropna()
    log = bool(len(values) and values.min() > 0 and values.max() / values.min() > 10)
    scale = (lambda v: math.log(v)) if log else (lambda v: v)
    if log:
        ax.set_xscale("log")
        left, right = values.min() / 2.5, values.max() * 2.5
    else:
        left, right = 0.0, max(float(values.max()) if len(values) else 1.0, 1.0) * 1.15
    rows = []
    for row in part.itertuples():
        point, marker = _ledger_point(row.low, row.high)
        low = point if pd.isna(row.low) else row.low
        high = point if pd.isna(row.high) else row.high
        text = row.value_text.replace("$", r"\$")
        need = (_text_points(row.value_text) + 12) / width_points
        rows.append(_LedgerRow(row, point, marker, low, high, text, need))
    for _ in range(len(rows) + 1):  # settle: widening the axis can take room from a label on the left
        span = scale(right) - scale(left)
        for entry in rows:
            room_right = 1 - (scale(entry.high) - scale(left)) / span
            room_left = (scale(entry.low) - scale(left)) / span
            entry.side = "right" if room_right >= entry.need or room_left < entry.need else "left"
        wanted = max([scale(left) + (scale(e.high) - scale(left)) / (1 - e.need) for e in rows if e.side == "right"]
                     + [scale(right)])
        if wanted <= scale(right) + 1e-9:
            break
        right = math.exp(wanted) if log else wanted
    ax.set_xlim(left, right)
    if log:  # decades are enough to read a value against; minor ticks cost drawing time, no information
        ax.xaxis.set_minor_locator(plt.NullLocator())
    else:
        ax.xaxis.set_major_locator(plt.MaxNLocator(nbins=5))
    for y, e in enumerate(rows):
        colour = palette[e.row.outlet]
        if e.high > e.low:
            ax.plot([e.low, e.high], [y, y], color=colour, linewidth=6, alpha=0.45, solid_capstyle="butt", zorder=2)
        ax.scatter([e.point], [y], marker=e.marker, s=60, color=colour, edgecolor="black", linewidth=0.5, zorder=3)
        if e.side == "right":
            ax.annotate(e.text, (e.high, y), xytext=(8, 0), textcoords="offset points", va="center", ha="left",
                        fontsize=LABEL_SIZE)
        else:
            ax.annotate(e.text, (e.low, y), xytext=(-8, 0), textcoords="offset points", va="center", ha="right",
                        fontsize=LABEL_SIZE)
    ax.set_yticks(range(len(rows)), [_row_label(e.row) for e in rows], fontsize=LABEL_SIZE)
    for tick, outlet in zip(ax.get_yticklabels(), part["outlet"]):
        tick.set_color(palette[outlet])
    ax.set_ylim(len(rows) - 0.5, -0.6)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(_short_number))
    ax.tick_params(axis="x", labelsize=9.5)
    ax.grid(axis="x", color="#ececec", zorder=0)


def _row_label(row) -> str:
    return f"{row.outlet}, {_day(row.published):%b} {_day(row.published).day}"


def plot_ledger(claims: pd.DataFrame, *, max_panels: int | None = None) -> Figure:
    """Small multiples, one per quantity and every quantity (unless ``max_panels`` cuts them: the
    figure then names those left out): a row per figure, the pieces in order of publication, the
    value on a log scale where figures span more than tenfold; a bar for a range, a triangle
    pointing right for a lower bound ("more than"), left for an upper bound ("nearly").

    Args:
        claims: :func:`newsbook.quantities.quantities_table` rows (historical ones left out).
        max_panels: draw at most this many quantities (the most often given first); ``None``: all.
    """
    claims = claims[claims["low"].notna() | claims["high"].notna()]
    counts = claims["quantity"].value_counts(sort=False)
    order = list(counts.sort_values(ascending=False, kind="stable").index)
    left_out = order[max_panels:] if max_panels is not None else []
    order = order[:max_panels] if max_panels is not None else order
    if not order:
        fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 1.0))
        ax.axis("off")
        figure_title(fig, ledger_title(claims))
        return fig
    sizes = [int(counts[q]) for q in order]
    fig, axes = plt.subplots(len(order), 1, figsize=(FIGURE_WIDTH, 1.0 + sum(0.62 + 0.27 * n for n in sizes)),
                             layout="constrained", squeeze=False, gridspec_kw={"height_ratios": [n + 2.3 for n in sizes]})
    outlets = sorted(claims["outlet"].unique())
    palette = outlet_palette(outlets)
    labels_points = max(_text_points(_row_label(row)) for row in claims.itertuples())
    width_points = FIGURE_WIDTH * 72 - labels_points - 30
    for ax, quantity in zip(axes[:, 0], order):
        part = claims[claims["quantity"] == quantity].sort_values(["published", "outlet", "start"], kind="stable")
        _ledger_panel(ax, part, palette, width_points=width_points)
        ax.set_title(quantity, loc="left", fontsize=11)
    axes[-1, 0].set_xlabel("figure reported (each panel its own scale)", fontsize=10)
    handles = [Line2D([], [], marker=EXACT, linestyle="", color="grey", markeredgecolor="black", label="a figure"),
               Line2D([], [], color="grey", linewidth=6, alpha=0.45, label="a range"),
               Line2D([], [], marker=LOWER, linestyle="", color="grey", markeredgecolor="black", label="lower bound"),
               Line2D([], [], marker=UPPER, linestyle="", color="grey", markeredgecolor="black", label="upper bound")]
    fig.legend(handles=handles, loc="outside lower center", ncol=4, frameon=False, fontsize=10, handletextpad=0.6,
               columnspacing=1.4)
    if left_out:  # inside the layout: the figure is drawn at its own size, nothing outside it is kept
        fig.supxlabel(f"Not charted (in the table): {', '.join(left_out)}", x=0.01, ha="left", fontsize=9.5)
    figure_title(fig, ledger_title(claims))
    return fig
