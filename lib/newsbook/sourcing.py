"""Who is quoted: the statements on a topic by speaker, and each outlet's sourcing profile.

A speaker's *source type* comes from ``data/people.csv`` (``kind`` and ``country``) or, for a
speaker not in it, from how the text names them: ``officials (COUNTRY)`` for officials and
government bodies, ``experts``, ``hosts and reporters`` (journalists, and transcript labels
``host``/``byline``), ``unnamed sources`` (groups such as "people familiar with ...", "some"),
``officials (unnamed)`` ("officials", "the government"), and ``other named speakers``.

``leading_stance``
    the stance the most speakers take (one remark carried by four outlets is one speaker).
``topic_statements``
    ``speaker, stance, outlet, published, kind, text, excerpt, stance_evidence, doc_id, start,
    end``: the statements on the topic, sorted by speaker and stance; ``excerpt`` is the
    statement's sentence that speaks to the topic (long turns are cut to it).
``sourcing_profile``
    ``outlet, source_type, speakers, statements, names``: per outlet and source type, the
    distinct speakers quoted, their statements and their names.
``statement_counts``
    ``doc_id, outlet, published, direct, indirect, turn, speakers``: statements per document.
``statement_view``
    ``speaker, stance, statement [source; deciding words], doc_id, start, end``: the topic
    statements for a narrow page: the excerpt ends with its outlet, date and kind and the words
    that decided the stance, and the stance is written out ("hard to remove").
``profile_view``
    ``outlet, source_type, speakers``: the profile for reading, names with their statements.
``stance_sources``
    ``stance, statements, reported, source_types``: per stance, its statements, how many are
    reported speech, and the source types of its speakers.
"""

from __future__ import annotations


import pandas as pd

from newsbook.errors import CorpusError

SOURCE_ORDER = ["hosts and reporters", "experts", "officials (unnamed)", "unnamed sources", "other named speakers"]
EXCERPT_CHARS = 320


def leading_stance(statements: pd.DataFrame) -> str:
    """The stance the most speakers take (a speaker counts once per stance); ``""`` without statements.

    Voices, not repetitions: one remark carried by four outlets is one speaker. On a tie, the
    stance of the first speaker in the table's order among those tied.
    """
    if statements.empty:
        return ""
    return statements.drop_duplicates(["speaker", "stance"])["stance"].value_counts().index[0]


def source_type(kind: str, country: str, role: str = "", resolved_by: str = "") -> str:
    """The source type of a speaker (see the module docstring)."""
    if kind == "journalist" or role in ("host", "byline"):
        return "hosts and reporters"
    if kind in ("official", "institution"):
        if resolved_by == "group" or not country:
            return "officials (unnamed)" if resolved_by == "group" else "officials (international)"
        return f"officials ({country})"
    if kind == "expert":
        return "experts"
    if kind in ("anonymous", "public"):
        return "unnamed sources"
    return "other named speakers"


def _excerpt(text: str, evidence: str) -> str:
    """The sentence(s) of ``text`` holding the first evidence word, cut to :data:`EXCERPT_CHARS`."""
    if len(text) <= EXCERPT_CHARS:
        return text
    words = [w for w in evidence.split("; ") if w]
    at = min([text.find(w) for w in words if text.find(w) >= 0] or [0])
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    piece = text[start:end]
    if len(piece) > EXCERPT_CHARS:
        piece = piece[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return ("… " if start > 0 else "") + piece + (" …" if end < len(text) else "")


def topic_statements(quotes: pd.DataFrame, *, min_quotes: int = 1) -> pd.DataFrame:
    """The statements on the topic, by speaker and stance; speakers with fewer than
    ``min_quotes`` such statements are left out.

    Raises:
        CorpusError: ``min_quotes`` is below 1.
    """
    if min_quotes < 1:
        raise CorpusError("parameters", "min_quotes", f"must be at least 1, not {min_quotes}")
    on = quotes[quotes["about_withdrawal"]].copy()
    counts = on["speaker"].value_counts()
    on = on[on["speaker"].map(counts) >= min_quotes]
    on["excerpt"] = [_excerpt(t, e) for t, e in zip(on["text"], on["stance_evidence"])]
    order = {"will_leave": 0, "uncertain": 1, "hard_to_remove": 2}
    on = on.assign(_o=on["stance"].map(order)).sort_values(["speaker", "_o", "published", "start"], kind="stable")
    columns = ["speaker", "stance", "outlet", "published", "kind", "text", "excerpt", "stance_evidence", "doc_id", "start", "end"]
    return on[columns].reset_index(drop=True)


def sourcing_profile(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and source type: distinct speakers, statements and names."""
    frame = quotes.assign(source_type=[
        source_type(k, c, r, h) for k, c, r, h in
        zip(quotes["speaker_kind"], quotes["speaker_country"], quotes["speaker_role"], quotes["resolved_by"])
    ])
    rows = []
    for (outlet, kind), group in frame.groupby(["outlet", "source_type"], sort=True):
        names = list(dict.fromkeys(group["speaker"]))
        rows.append({"outlet": outlet, "source_type": kind, "speakers": len(names), "statements": len(group),
                     "names": ", ".join(names)})
    profile = pd.DataFrame(rows, columns=["outlet", "source_type", "speakers", "statements", "names"])
    rank = {k: i for i, k in enumerate(SOURCE_ORDER)}
    profile["_r"] = profile["source_type"].map(lambda k: rank.get(k, -1))
    return profile.sort_values(["outlet", "_r", "source_type"], kind="stable").drop(columns="_r").reset_index(drop=True)


def statement_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Statements of each kind, and distinct speakers, per document."""
    kinds = pd.crosstab(quotes["doc_id"], quotes["kind"]).reindex(columns=["direct", "indirect", "turn"], fill_value=0)
    meta = quotes.groupby("doc_id", sort=False).agg(outlet=("outlet", "first"), published=("published", "first"),
                                                    speakers=("speaker", "nunique"))
    frame = meta.join(kinds).reset_index()
    return frame[["doc_id", "outlet", "published", "direct", "indirect", "turn", "speakers"]]


def stance_sources(statements: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Per stance: statements, how many are reported speech, and their speakers' source types."""
    types = {r.speaker: source_type(r.speaker_kind, r.speaker_country, r.speaker_role, r.resolved_by)
             for r in quotes[["speaker", "speaker_kind", "speaker_country", "speaker_role", "resolved_by"]].itertuples()}
    rows = []
    for stance, group in statements.groupby("stance", sort=False):
        rows.append({"stance": stance, "statements": len(group), "reported": int((group["kind"] == "indirect").sum()),
                     "source_types": ", ".join(dict.fromkeys(types.get(s, "") for s in group["speaker"]))})
    return pd.DataFrame(rows, columns=["stance", "statements", "reported", "source_types"])


def statement_view(statements: pd.DataFrame) -> pd.DataFrame:
    """The topic statements in three readable columns (see the module docstring)."""
    dates = pd.to_datetime(statements["published"])
    notes = [f"[{o}, {d:%b} {d.day}, {k}; {e}]" for o, d, k, e in
             zip(statements["outlet"], dates, statements["kind"], statements["stance_evidence"])]
    view = pd.DataFrame({
        "speaker": statements["speaker"],
        "stance": statements["stance"].str.replace("_", " "),
        "statement [source; deciding words]": [f"{x} {n}" for x, n in zip(statements["excerpt"], notes)],
    })
    return pd.concat([view, statements[["doc_id", "start", "end"]]], axis=1)


def profile_view(profile: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet and source type, the speakers named with their number of statements."""
    counts = quotes.groupby(["outlet", "speaker"]).size()
    speakers = [", ".join(f"{n} ({counts.get((o, n), 0)})" for n in names.split(", "))
                for o, names in zip(profile["outlet"], profile["names"])]
    return pd.DataFrame({"outlet": profile["outlet"], "source_type": profile["source_type"], "speakers (statements)": speakers})

