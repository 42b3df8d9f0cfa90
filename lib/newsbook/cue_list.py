"""The list of attribution cues, ``data/quote_cues.csv``: every form of every cue with what it takes.

Kept apart from :mod:`newsbook.quote_cues`, which finds cues in sentences, so that the phrase rules
below it (:mod:`newsbook.phrase_words`) read the same list ("said" is a verb of saying, no modifier of a
noun) without importing the rules that use them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsbook.paths import data_file

__all__ = ["DEFAULT_CUES", "CueEntry", "forms_of", "load_cues"]

DEFAULT_CUES = data_file("quote_cues.csv")


@dataclass(frozen=True)
class CueEntry:
    """One row of the cue list."""

    cue: str
    complement: str
    kind: str


@functools.lru_cache(maxsize=4)
def load_cues(path: str | Path = DEFAULT_CUES) -> dict[tuple[str, ...], CueEntry]:
    """``{form as a tuple of words: entry}`` for every form of every cue."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    forms: dict[tuple[str, ...], CueEntry] = {}
    for cue, variants, complement, kind in frame[["cue", "forms", "complement", "kind"]].itertuples(index=False):
        for form in variants.split("|"):
            forms[tuple(form.split())] = CueEntry(cue, complement, kind)
    return forms


@functools.lru_cache(maxsize=8)
def forms_of(*cues: str) -> frozenset[str]:
    """The one-word forms of the given cues ("say", "tell": "says", "told", ...).

    >>> sorted(forms_of("tell"))
    ['tell', 'telling', 'tells', 'told']
    """
    return frozenset(form[0] for form, entry in load_cues().items() if entry.cue in cues and len(form) == 1)
