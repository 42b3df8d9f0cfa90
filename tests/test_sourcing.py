"""Topic statements and sourcing profiles."""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook.errors import CorpusError
from newsbook.quotes import quotes_table
from newsbook.sourcing import (profile_view, source_type, sourcing_profile, stance_sources,
                               statement_counts, statement_view, topic_statements)


@pytest.mark.parametrize(
    ("kind", "country", "role", "how", "expected"),
    [("journalist", "United States", "", "label", "hosts and reporters"), ("person", "", "host", "label", "hosts and reporters"),
     ("official", "Russia", "", "named", "officials (Russia)"), ("institution", "United States", "", "named", "officials (United States)"),
     ("official", "", "", "group", "officials (unnamed)"), ("expert", "United States", "", "named", "experts"),
     ("anonymous", "", "", "group", "unnamed sources"), ("person", "", "", "named", "other named speakers")],
)
def test_source_type(kind, country, role, how, expected):
    assert source_type(kind, country, role, how) == expected


def test_tables_on_the_corpus(corpus):
    quotes = quotes_table(corpus)
    statements = topic_statements(quotes)
    assert statements["stance"].isin(["will_leave", "uncertain", "hard_to_remove"]).all()
    assert (statements["excerpt"].str.len() <= 330).all()
    assert set(statement_view(statements).columns) >= {"speaker", "stance", "doc_id", "start", "end"}
    profile = sourcing_profile(quotes)
    npr = profile[(profile["outlet"] == "NPR") & (profile["source_type"] == "hosts and reporters")]
    assert npr["speakers"].tolist() == [4]
    assert len(profile_view(profile, quotes)) == len(profile)
    counts = statement_counts(quotes)
    assert counts[["direct", "indirect", "turn"]].to_numpy().sum() == len(quotes)
    sources = stance_sources(statements, quotes).set_index("stance")
    assert sources.loc["hard_to_remove", "source_types"] == "officials (United States)"
    assert len(topic_statements(quotes, min_quotes=3)) < len(statements)


def test_parameter_errors():
    frame = pd.DataFrame({"outlet": ["AP"], "about_withdrawal": [False]})
    with pytest.raises(CorpusError, match="min_quotes"):
        topic_statements(frame, min_quotes=0)
