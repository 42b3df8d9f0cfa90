"""Figures and HTML views of the quotation chapter: stance by speaker, sourcing, quote versions.

``plot_speaker_stance(statements)`` draws one row per speaker and one column per stance, a dot
per statement coloured by outlet; ``plot_sourcing(profile)`` one panel per outlet, a bar per
source type; ``versions_html(groups)`` the versions of each quoted utterance side by side,
with a word-level difference against the reference version. Titles state the finding.
"""

from __future__ import annotations

import html

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from newsbook.display import source_href
from newsbook.quote_groups import diff_html, word_diff
from newsbook.sourcing import SOURCE_ORDER, leading_stance
from newsbook.style import FIGURE_WIDTH, column_axes, figure_title, outlet_palette
from newsbook.wording import agree, join_names

STANCE_ORDER = ["will_leave", "uncertain", "hard_to_remove"]
STANCE_LABELS = {"will_leave": "will leave", "uncertain": "uncertain", "hard_to_remove": "hard to remove"}


def stance_finding(statements: pd.DataFrame) -> str:
    """A one-line finding: how many speakers take the leading stance, and who says they leave.

    Speakers, not statements, are counted first: one remark reported by four outlets is four
    statements but one voice.

    >>> frame = pd.DataFrame({"speaker": ["Blinken", "Blinken", "Cardin", "Putin"],
    ...                       "stance": ["hard_to_remove", "hard_to_remove", "hard_to_remove", "will_leave"]})
    >>> stance_finding(frame)
    'Hard to remove: 2 of 3 speakers, in 3 of 4 statements. Only Putin is reported saying the troops will leave.'
    """
    if statements.empty:
        return "No statement in these texts speaks to the topic"
    top = leading_stance(statements)
    n_statements = int((statements["stance"] == top).sum())
    everyone = statements["speaker"].nunique()
    head = (f"{STANCE_LABELS.get(top, top).capitalize()}: {statements.loc[statements['stance'] == top, 'speaker'].nunique()} of {everyone} {agree(everyone, 'speaker')}, "
            f"in {n_statements} of {len(statements)} {agree(len(statements), 'statement')}.")
    leave = list(dict.fromkeys(n.split()[-1] for n in statements.loc[statements["stance"] == "will_leave", "speaker"]))
    if leave and top != "will_leave":
        who = join_names(leave)
        head += f" Only {who} {agree(len(leave), 'is', 'are')} reported saying the troops will leave."
    return head


def plot_speaker_stance(statements: pd.DataFrame) -> Figure:
    """Speakers against stance, one dot per statement, coloured by outlet.

    Args:
        statements: a :func:`newsbook.sourcing.topic_statements` frame.
    """
    speakers = list(dict.fromkeys(statements["speaker"]))
    outlets = sorted(statements["outlet"].unique())
    palette = outlet_palette(outlets)
    ax = column_axes(2.4 + 0.45 * max(len(speakers), 1))
    fig = ax.figure
    for y, speaker in enumerate(speakers):
        rows = statements[statements["speaker"] == speaker]
        for x, stance in enumerate(STANCE_ORDER):
            cell = rows[rows["stance"] == stance].reset_index(drop=True)
            for k, row in cell.iterrows():
                offset = (k - (len(cell) - 1) / 2) * 0.12
                ax.scatter(x + offset, y, s=140, color=palette[row["outlet"]], edgecolor="black", linewidth=0.6, zorder=3)
    ax.set_xticks(range(len(STANCE_ORDER)), [STANCE_LABELS[s] for s in STANCE_ORDER])
    ax.set_yticks(range(len(speakers)), speakers)
    ax.set_xlim(-0.6, len(STANCE_ORDER) - 0.4)
    ax.set_ylim(len(speakers) - 0.4, -0.6)
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.set_xlabel("stance on whether the Russian-led troops will leave\n(one dot a statement)")
    ax.set_ylabel("speaker")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=palette[o], markeredgecolor="black", label=o)
               for o in outlets]
    fig.legend(handles=handles, title="outlet", loc="outside lower center", ncol=min(len(outlets), 4), frameon=False)
    figure_title(fig, stance_finding(statements))
    return fig


def sourcing_finding(profile: pd.DataFrame) -> str:
    """A one-line finding: each outlet's largest source type by distinct speakers."""
    if profile.empty:
        return "No attributed statements"
    parts = []
    for outlet, rows in profile.groupby("outlet", sort=True):
        top = rows.sort_values(["speakers", "statements"], ascending=False, kind="stable").iloc[0]
        parts.append(f"{outlet} {top['source_type']}")
    return "Whom each outlet quotes most: " + ", ".join(parts)


def plot_sourcing(profile: pd.DataFrame) -> Figure:
    """One panel per outlet: distinct speakers quoted per source type, in the outlet's colour.

    Args:
        profile: a :func:`newsbook.sourcing.sourcing_profile` frame.
    """
    outlets = sorted(profile["outlet"].unique())
    palette = outlet_palette(outlets)
    present = set(profile["source_type"])
    countries = sorted(t for t in present if t not in SOURCE_ORDER)
    types = [t for t in [SOURCE_ORDER[0], *countries, *SOURCE_ORDER[1:]] if t in present]
    columns = min(max(len(outlets), 1), 2)
    rows = max(1, -(-len(outlets) // columns))
    fig, axes = plt.subplots(rows, columns, figsize=(FIGURE_WIDTH, 0.9 + rows * (0.8 + 0.3 * max(len(types), 1))),
                             sharey=True, squeeze=False, layout="constrained")
    top = int(profile["speakers"].max()) if not profile.empty else 1
    for ax, outlet in zip(axes.flat, outlets):
        rows = profile[profile["outlet"] == outlet].set_index("source_type")
        values = [int(rows["speakers"].get(t, 0)) for t in types]
        ax.barh(range(len(types)), values, color=palette[outlet], edgecolor="black", linewidth=0.5)
        for y, v in enumerate(values):
            if v:
                ax.text(v + 0.1, y, str(v), va="center", fontsize=10)
        ax.set_title(outlet, loc="left", fontsize=11, color=palette[outlet])
        ax.set_xlim(0, top + 1.2)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("speakers")
    for ax in list(axes.flat)[len(outlets):]:
        fig.delaxes(ax)
    axes[0][0].set_yticks(range(len(types)), types)
    axes[0][0].invert_yaxis()
    figure_title(fig, sourcing_finding(profile))
    return fig


def versions_html(groups: pd.DataFrame, *, root: str = "..") -> str:
    """Each group's versions side by side, differences against the reference marked.

    Corpus text is escaped; every version links to its passage in the Sources appendix.
    """
    if groups.empty:
        return '<p class="table-note">No utterance is quoted by more than one document at this threshold.</p>'
    blocks = []
    for number, rows in groups.groupby("group", sort=True):
        reference = rows[rows["reference"]].iloc[0]
        cells = []
        for _, r in rows.iterrows():
            marks = [r["presented_as"], "reference" if r["reference"] else f"{r['words_changed']} words differ",
                     "published first" if r["first_published"] else ""]
            body = html.escape(r["text"]) if r["reference"] else diff_html(word_diff(reference["text"], r["text"]))
            href = source_href(r["doc_id"], r["start"], r["end"], root=root)
            cells.append(
                f'<td><div class="version-head"><strong>{html.escape(r["outlet"])}</strong>, {html.escape(str(r["published"]))}, '
                f'{html.escape(r["kind"])}<br><em>{html.escape(" · ".join(m for m in marks if m))}</em></div>'
                f'<div class="version-text">{body}</div><a class="source-link" href="{href}">source</a></td>')
        blocks.append(
            f'<p><strong>{html.escape(reference["speaker"])}</strong>, {len(rows)} versions</p>'
            f'<div class="newsbook-table"><table class="dataframe quote-versions"><tr>{"".join(cells)}</tr></table></div>')
    legend = ('<p class="table-note">Words struck through are in the reference version only; underlined words only in this '
              'version. Punctuation and capitals are ignored.</p>')
    return legend + "".join(blocks)
