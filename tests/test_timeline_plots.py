"""The timeline's figures: every ledger quantity charted, value labels that never overlap."""

from __future__ import annotations

import datetime as dt
import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from newsbook.style import apply_book_style  # noqa: E402
from newsbook.timeline_plots import plot_ledger, plot_window  # noqa: E402


@pytest.fixture(autouse=True)
def _style():
    apply_book_style()
    yield
    plt.close("all")


def claim(quantity, outlet, published, text, low, high, start=0):
    return {"quantity": quantity, "outlet": outlet, "published": published, "value_text": text,
            "low": low, "high": high, "start": start}


CLAIMS = pd.DataFrame([
    claim("troops deployed", "NPR", "2022-01-10", "some 2,500", 2500, 2500, 1),
    claim("troops deployed", "NPR", "2022-01-10", "less than 2,500", None, 2500, 2),
    claim("troops deployed", "VOA", "2022-01-12", "2,500", 2500, 2500),
    claim("killed", "AP", "2022-01-08", "dozens", 24, 99),
    claim("killed", "The Conversation", "2022-01-10", "scores", 40, 99),
    claim("killed", "NPR", "2022-01-10", "dozens", 24, 99),
    claim("killed", "VOA", "2022-01-12", "more than 160", 161, None),
    claim("troops massed", "NPR", "2022-01-08", "tens of thousands", 20000, 99999),
    claim("money", "VOA", "2022-01-12", "$2-$3 billion", 2e9, 3e9),
    *[claim(f"quantity {k}", "AP", "2022-01-08", "a dozen", 12, 12) for k in range(6)],
    claim("injured", "NPR", "2022-01-10", "more than a thousand", 1001, None),
])


def _boxes(fig):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        yield ax, [t.get_window_extent(renderer) for t in ax.texts], ax.get_window_extent(renderer)


def test_every_quantity_has_a_panel():
    fig = plot_ledger(CLAIMS)
    assert sorted(ax.get_title(loc="left") for ax in fig.axes) == sorted(CLAIMS["quantity"].unique())


def test_a_cut_names_what_it_leaves_out():
    fig = plot_ledger(CLAIMS, max_panels=3)
    assert len(fig.axes) == 3
    assert "Not charted" in fig.get_supxlabel() and "injured" in fig.get_supxlabel()


def test_value_labels_neither_overlap_nor_leave_their_panel():
    fig = plot_ledger(CLAIMS)
    for ax, boxes, frame in _boxes(fig):
        assert len(boxes) == (CLAIMS["quantity"] == ax.get_title(loc="left")).sum()
        for a, b in itertools.combinations(boxes, 2):
            assert not a.overlaps(b), ax.get_title(loc="left")
        for box in boxes:
            assert box.x0 >= frame.x0 - 1 and box.x1 <= frame.x1 + 1, ax.get_title(loc="left")


def test_a_row_per_figure_in_order_of_publication():
    fig = plot_ledger(CLAIMS)
    killed = next(ax for ax in fig.axes if ax.get_title(loc="left") == "killed")
    assert [t.get_text() for t in killed.get_yticklabels()] == [
        "AP, Jan 8", "NPR, Jan 10", "The Conversation, Jan 10", "VOA, Jan 12"]


def test_window_legend_keeps_its_swatches_apart_from_their_text():
    events = pd.DataFrame([
        {"outlet": "AP", "precision": "day", "first_day": "2022-01-06", "last_day": "2022-01-06"},
        {"outlet": "AP", "precision": "week", "first_day": "2022-01-03", "last_day": "2022-01-09"},
    ])
    pieces = pd.DataFrame([{"outlet": "AP", "published": "2022-01-08"}])
    ax = plot_window(events, pieces, start=dt.date(2022, 1, 1), end=dt.date(2022, 1, 31))
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    legend = fig.legends[0]
    for handle, text in zip(legend.legend_handles, legend.get_texts()):
        if handle.get_linestyle() == "-" and handle.get_linewidth() > 3:  # the week's thick bar
            gap = text.get_window_extent(renderer).x0 - handle.get_window_extent(renderer).x1
            assert gap >= 3
