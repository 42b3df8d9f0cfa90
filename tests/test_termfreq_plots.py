"""The chapter's figures: their titles state what the data shows, and odd inputs still draw."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.figure import Figure

from newsbook.dispersion import term_positions
from newsbook.distinctive import distinctive_terms, top_distinctive
from newsbook.termfreq import term_frequency, tracked_by_outlet, tracked_terms
from newsbook.termfreq_plots import (
    dispersion_title,
    heatmap_title,
    plot_dispersion,
    plot_distinctive,
    plot_tracked_heatmap,
)

TERMS = ["Russia", "troops", "China", "Kyrgyzstan"]


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_heatmap_title_states_the_largest_difference():
    frame = pd.DataFrame({"outlet": ["A", "B", "A", "B"], "term": ["x", "x", "y", "y"],
                          "per_1000": [1.0, 2.0, 9.0, 0.5], "count": [1, 2, 9, 1]})
    assert heatmap_title(frame) == "Outlets differ most on \u201cy\u201d: 9.0 per 1,000 words in A, 0.5 in B"
    assert heatmap_title(frame.assign(per_1000=0.0)).startswith("None of the tracked terms")


def test_dispersion_title_counts_documents():
    positions = pd.DataFrame({"term": ["x", "x", "y", "x", "x"], "doc_id": ["d1", "d1", "d1", "d2", "d2"],
                              "position": [0.1, 0.8, 0.5, 0.2, 0.3]})
    assert dispersion_title(positions, 3) == "\u201cx\u201d runs through at least half of the text in 1 of the 3 documents"


def test_figures_of_the_shipped_corpus(corpus):
    tracked = tracked_terms(corpus, TERMS, stem=True)
    heatmap = plot_tracked_heatmap(tracked_by_outlet(tracked))
    assert isinstance(heatmap, Figure) and heatmap.axes[0].get_xlabel()
    top = top_distinctive(distinctive_terms(term_frequency(corpus)), top_n=5, min_count=2)
    bars = plot_distinctive(top)
    assert len([ax for ax in bars.axes if ax.get_title(loc="left")]) == top["outlet"].nunique()
    assert "reach z" in bars.get_suptitle()
    dispersion = plot_dispersion(term_positions(corpus, TERMS, stem=True), tracked)
    assert len([ax for ax in dispersion.axes if ax.get_title(loc="left")]) == len(corpus)


def test_empty_inputs_still_draw(corpus):
    empty = top_distinctive(distinctive_terms(term_frequency(corpus)), top_n=5, min_count=10_000)
    assert "No word to show" in plot_distinctive(empty).axes[0].get_title(loc="left")
    tracked = tracked_terms(corpus, ["Kyrgyzstan"])
    figure = plot_dispersion(term_positions(corpus, ["Kyrgyzstan"]), tracked, max_documents=2)
    assert "first 2 of 5" in figure.get_suptitle()
    assert "None of the tracked terms" in figure.get_suptitle()
