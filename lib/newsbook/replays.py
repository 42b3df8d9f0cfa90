"""Replayed stories in a transcript: where a programme plays an earlier story of its own.

A programme that replays one of its earlier stories marks it (``data/replay_markers.csv``: "(SOUNDBITE
OF ARCHIVED NPR BROADCAST)"); the replay runs to the music between segments or to the next replay. Its
"this year", "February 14" and "Valentine's Day" are of the year it first aired, not of the
programme's date: that year is the one the host names just before playing it ("When we met Jan in
early 2015, ..."). Where the text gives no year the replay is read as the programme's own words:
the same marker also introduces short clips the hosts talk over.

``replay_segments(doc, years)``
    ``(start, end, year)`` of each replayed stretch of a transcript's content; ``year`` is the
    latest year, not after the programme's, that ``years`` (``(position, year)`` of the dates written
    with their year) gives between the previous replay or segment end and the replay, else ``None``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsbook.corpus import Document
from newsbook.paths import data_file
from newsbook.reference import read_reference_csv

DEFAULT_MARKERS = data_file("replay_markers.csv")


@functools.lru_cache(maxsize=4)
def replay_markers(path: str = str(DEFAULT_MARKERS)) -> dict[str, tuple[str, ...]]:
    """``{"replay": prefixes, "segment end": prefixes}``, upper-cased, from the marker list."""
    table = read_reference_csv(path, field="replay markers", what="replay marker list", columns=["marker", "kind"])
    return {kind: tuple(m.upper() for m in part["marker"]) for kind, part in table.groupby("kind")}


def replay_segments(doc: Document, years: Sequence[tuple[int, int]]) -> list[tuple[int, int, int | None]]:
    """The replayed stretches of ``doc``'s content (see the module docstring); none for an article."""
    if doc.format != "transcript":
        return []
    markers = replay_markers()
    replay, end = markers.get("replay", ()), markers.get("segment end", ())
    segments: list[tuple[int, int, int | None]] = []
    opened: tuple[int, int | None] | None = None  # where the open replay starts, and its year
    intro_from = 0  # where the content before the next marker began
    for p in doc.paragraph_records:
        if p.kind != "marker":
            continue
        text = doc.text[p.start:p.end].upper()
        if not (text.startswith(replay) or text.startswith(end)):
            continue  # "(LAUGHTER)": the host's lead-in goes on
        if opened is not None:
            segments.append((opened[0], p.start, opened[1]))
            opened = None
        if text.startswith(replay):
            named = [year for at, year in years if intro_from <= at < p.start and year <= doc.published.year]
            opened = (p.end, named[-1] if named else None)
        intro_from = p.end
    if opened is not None:
        segments.append((opened[0], len(doc.text), opened[1]))
    return segments
