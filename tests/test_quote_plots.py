"""The chapter's figures and the side-by-side versions."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from newsbook.quote_groups import quote_groups_table  # noqa: E402
from newsbook.quote_plots import plot_sourcing, plot_speaker_stance, stance_finding, versions_html  # noqa: E402
from newsbook.quotes import quotes_table  # noqa: E402
from newsbook.sourcing import sourcing_profile, topic_statements  # noqa: E402


def test_figures_state_findings(corpus):
    quotes = quotes_table(corpus)
    statements = topic_statements(quotes)
    fig = plot_speaker_stance(statements)
    # voices, not repetitions: Blinken's one remark in four documents is one speaker
    assert fig._suptitle.get_text().startswith("Uncertain: 3 of 6 speakers, in 3 of 10 statements.")
    assert fig.axes[0].get_xlabel() and fig.axes[0].get_ylabel()
    fig = plot_sourcing(sourcing_profile(quotes))
    assert "NPR hosts and reporters" in fig._suptitle.get_text().replace("\n", " ")
    assert all(ax.get_xlabel() == "speakers" for ax in fig.axes)


def test_empty_inputs():
    assert stance_finding(pd.DataFrame(columns=["stance", "speaker"])).startswith("No statement")
    assert "No utterance" in versions_html(pd.DataFrame())


def test_versions_escape_and_link(corpus):
    html = versions_html(quote_groups_table(corpus))
    assert "<del>" in html and "<ins>" in html and "sources/npr-2022-01-08-kelemen.html#span-" in html
    crafted = pd.DataFrame([
        {"group": 1, "speaker": "X <b>", "doc_id": "a", "outlet": "AP", "published": "2022-01-08", "kind": "turn",
         "presented_as": "verbatim", "reference": True, "first_published": True, "words_changed": 0,
         "text": "we <script>leave</script> soon", "start": 0, "end": 5},
        {"group": 1, "speaker": "X <b>", "doc_id": "b", "outlet": "VOA", "published": "2022-01-09", "kind": "indirect",
         "presented_as": "paraphrase", "reference": False, "first_published": False, "words_changed": 1,
         "text": "we <script>stay</script> soon", "start": 0, "end": 5},
    ])
    page = versions_html(crafted)
    assert "<script>" not in page and "&lt;script&gt;" in page and "X &lt;b&gt;" in page
