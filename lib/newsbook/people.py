"""Canonical speaker names: a curated list of people and institutions, and the words around names.

``data/people.csv`` (``name, aliases, role, affiliation, kind, country, pronoun``) maps every
way a text writes a speaker ("BLINKEN", "Blinken", "Secretary of State Antony Blinken") to one
canonical ``name``. ``kind`` is ``official``, ``expert``, ``journalist`` or ``institution``;
``pronoun`` (``he``, ``she``, ``it``) lets "she said" skip a man. A speaker not in the list keeps
the name the text gives, without its titles.

``data/speaker_words.csv`` (``word, category, speaker_kind``) holds the closed word classes the
attribution rules need: pronouns, first-person words, group nouns ("officials", "experts"),
document nouns ("the statement"), fillers between a speaker and the cue ("also", "has"),
function words, name particles, extra titles and the head words of institution names.

``people_table``
    ``name, aliases, role, affiliation, kind, country, pronoun``: the curated list as read.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsbook.errors import CorpusError
from newsbook.paragraphs import DEFAULT_TITLES, load_titles
from newsbook.paths import data_file
from newsbook.reference import read_reference_csv

DEFAULT_PEOPLE = data_file("people.csv")
DEFAULT_SPEAKER_WORDS = data_file("speaker_words.csv")
DEFAULT_FIRST_NAMES = data_file("first_names.csv")
_DESCRIPTIVE = re.compile(r"[\w.]+-(?:[a-z]+)")
"""A leading compound such as "Russian-led" or "Moscow-backed" that describes a listed name."""
PEOPLE_COLUMNS = ["name", "aliases", "role", "affiliation", "kind", "country", "pronoun"]
_MEMO_LIMIT = 200_000
"""Phrases :meth:`People.canonical` and :meth:`People.split_title` keep resolved before they
start afresh (bounded memory)."""


@dataclass(frozen=True)
class Person:
    """A canonical speaker: a person or an institution."""

    name: str
    role: str = ""
    affiliation: str = ""
    kind: str = ""
    country: str = ""
    pronoun: str = ""


def people_table(path: str | Path = DEFAULT_PEOPLE) -> pd.DataFrame:
    """The curated list of speakers.

    Raises:
        CorpusError: the file is missing or lacks a column.
    """
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except OSError:
        raise CorpusError(path, None, "people list not found") from None
    missing = [c for c in PEOPLE_COLUMNS if c not in frame.columns]
    if missing:
        raise CorpusError(path, missing[0], "required column is missing")
    return frame[PEOPLE_COLUMNS]


@functools.lru_cache(maxsize=4)
def speaker_words(path: str | Path = DEFAULT_SPEAKER_WORDS) -> dict[str, dict[str, str]]:
    """``{category: {word: speaker_kind}}`` from the speaker-word list (words as written there)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    words: dict[str, dict[str, str]] = defaultdict(dict)
    for word, category, kind in frame[["word", "category", "speaker_kind"]].itertuples(index=False):
        words[category][word] = kind
    return dict(words)


@functools.lru_cache(maxsize=None)
def word_class(kind: str) -> frozenset[str]:
    """The words of one class (``category``) of ``data/speaker_words.csv``."""
    return frozenset(speaker_words().get(kind, {}))


def is_courtesy(word: str) -> bool:
    """Whether ``word`` is a courtesy title ("Mr", "Ms.": ``courtesy`` in ``data/speaker_words.csv``)."""
    return word.rstrip(".") in word_class("courtesy")


@functools.lru_cache(maxsize=4)
def first_name_pronouns(path: str | Path = DEFAULT_FIRST_NAMES) -> dict[str, str]:
    """``{first name: "he" or "she"}`` from the curated list of first names that are, overwhelmingly,
    one or the other (names borne by both, or also places and words, are left out)."""
    frame = read_reference_csv(path, field="first_names", what="first-name list", columns=("name", "pronoun"))
    wrong = frame[~frame["pronoun"].isin(("he", "she"))]
    if not wrong.empty:
        raise CorpusError(path, "pronoun", f"{wrong['pronoun'].iloc[0]!r} for {wrong['name'].iloc[0]!r} is neither 'he' nor 'she'")
    return dict(zip(frame["name"], frame["pronoun"]))


def _after_honour(name: str) -> str:
    """What follows an honour that opens ``name`` (the longest of the ``knighthood`` class, which has
    honours of two words: "Tan Sri", "Datuk Seri"), else ``""``."""
    words = name.split(" ")
    for size in (2, 1):
        if len(words) > size and " ".join(words[:size]) in word_class("knighthood"):
            return " ".join(words[size:])
    return ""


class People:
    """Look up canonical speakers by any of their written forms."""

    def __init__(self, table: pd.DataFrame, *, titles: tuple[str, ...] = ()):
        self._by_alias: dict[str, Person] = {}
        for row in table.to_dict(orient="records"):
            person = Person(row["name"], row["role"], row["affiliation"], row["kind"], row["country"], row["pronoun"])
            for alias in [row["name"], *row["aliases"].split("|")]:
                if alias.strip():
                    self._by_alias.setdefault(_key(alias), person)
        self.titles = tuple(sorted({_key(t) for t in titles}, key=len, reverse=True))
        self._titles_by_first: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:
            words = tuple(title.split())
            self._titles_by_first.setdefault(words[0], []).append(words)
        self.institution_heads = {_key(w) for w in speaker_words().get("institution", {})}
        self._alone: dict[str, tuple[str, str, Person | None, bool]] = {}  # by the phrase as written
        self._titled: dict[str, tuple[str, str]] = {}

    def lookup(self, name: str) -> Person | None:
        """The person or institution ``name`` is a written form of, or ``None``."""
        return self._by_alias.get(_key(_strip_article(name)))

    def split_title(self, phrase: str) -> tuple[str, str]:
        """``"US Secretary of State Antony Blinken"`` -> ``("US Secretary of State", "Antony Blinken")``.

        The name is what follows the last title; a phrase without one is all name.
        """
        known = self._titled.get(phrase)
        if known is None:
            if len(self._titled) >= _MEMO_LIMIT:
                self._titled.clear()
            known = self._titled[phrase] = self._split_title(phrase)
        return known

    def _split_title(self, phrase: str) -> tuple[str, str]:
        words = phrase.split()
        keyed = [_key(w) for w in words]
        cut = 0
        for i, word in enumerate(keyed):
            for title in self._titles_by_first.get(word, ()):
                if i + len(title) < len(words) and tuple(keyed[i:i + len(title)]) == title:
                    cut = max(cut, i + len(title))
                    break
        if cut and words[cut][:1].islower():
            return "", phrase  # "CEO of Tesla": an office and what it is of, no name after a title
        if cut and cut == len(words) - 1 and len(words[cut].rstrip(".")) == 1:
            return "", phrase  # "Gen Z": a lone letter after a title is no name
        if cut and cut == len(words) - 1 and (words[cut] in word_class("institution")
                                              or words[cut - 1] in word_class("full-name title")):
            return "", phrase  # "TD Bank", "TD Securities": a title that stands only before a full name
        return " ".join(words[:cut]), " ".join(words[cut:])

    def without_knighthood(self, name: str) -> str:
        """``name`` without an honour before a full name ("Sir Keir Starmer" is Keir Starmer, "Tan Sri
        Muhyiddin Yassin" Muhyiddin Yassin); an honour before one name stays, since the name alone would
        be a first name ("Sir Keir")."""
        rest = _after_honour(name)
        return rest if rest and " " in rest else name

    def knighted_first_name(self, name: str) -> str:
        """The first name in an honour and a first name ("Sir Keir", "Tan Sri Muhyiddin"), else ``""``."""
        rest = _after_honour(name)
        return rest if rest and " " not in rest else ""

    def is_institution_name(self, name: str) -> bool:
        """True for names that end in an institution word ("... State Department"), or have one
        before "of" ("Bank of England", "International Committee of the Red Cross")."""
        person = self.lookup(name)
        if person is not None:
            return person.kind == "institution"
        words = name.split()
        heads = [words[-1]] + [w for w, following in zip(words, words[1:]) if following == "of"]
        return any(_key(w) in self.institution_heads for w in heads)

    def canonical(self, phrase: str, *, earlier_names: list[str] = (),
                  latest_with_surname: Callable[[str], str | None] | None = None,
                  latest_with_first_name: Callable[[str], str | None] | None = None) -> tuple[str, str, Person | None]:
        """``(name, title, person)`` for a written name.

        The whole phrase is looked up first, then the name after its titles; a lone surname
        resolves to the latest full name in ``earlier_names`` that ends with it, and a knighthood
        before a first name ("Sir Keir") to the latest that opens with it. A caller that keeps its
        earlier names indexed passes ``latest_with_surname(key)`` and ``latest_with_first_name(key)``
        instead: the latest of them whose last (first) word has that key (see ``_key``), or ``None``.
        """
        alone = self._alone.get(phrase)  # kept as written: no spaces to even out, no article to strip when known
        if alone is None:
            if len(self._alone) >= _MEMO_LIMIT:
                self._alone.clear()
            alone = self._alone[phrase] = self._canonical_alone(_strip_article(" ".join(phrase.split())))
        name, title, person, settled = alone
        if settled:
            return name, title, person
        first_name = self.knighted_first_name(name)  # "Sir Keir" is the Keir Starmer named before
        if " " not in name or first_name:
            key = _key(first_name or name)
            latest = latest_with_first_name if first_name else latest_with_surname
            if latest is not None:
                full = latest(key)
                if full is None:
                    return name, title, None
                full = self.without_knighthood(full)
                return full, title, self.lookup(full)
            for full in reversed(list(earlier_names)):
                parts = self.without_knighthood(full).split()
                if len(parts) > 1 and _key(parts[0 if first_name else -1]) == key:
                    full = " ".join(parts)
                    return full, title, self.lookup(full)
        return name, title, None

    def _canonical_alone(self, phrase: str) -> tuple[str, str, Person | None, bool]:
        """What :meth:`canonical` makes of ``phrase`` before it looks at earlier names, and
        whether that settles it (the phrase alone decides this, so it is kept per phrase)."""
        person = self.lookup(phrase)
        words = phrase.split()
        if person is None and len(words) > 1 and _DESCRIPTIVE.fullmatch(words[0]):  # "Russian-led CSTO"
            person = self.lookup(" ".join(words[1:]))
        if person is not None:
            return person.name, "", person, True
        title, name = self.split_title(phrase)
        name = self.without_knighthood(name or phrase)
        person = self.lookup(name)
        if person is not None and person.kind != "institution":
            return person.name, title, person, True
        return name, title, None, False


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """The form names are compared in (kept for the words and names a document repeats)."""
    return " ".join(text.replace("’", "'").casefold().split())


def _strip_article(text: str) -> str:
    for article in ("the ", "The ", "THE "):
        if text.startswith(article):
            return text[len(article):]
    return text


@functools.lru_cache(maxsize=4)
def load_people(path: str | Path = DEFAULT_PEOPLE, titles_path: str | Path = DEFAULT_TITLES) -> People:
    """The :class:`People` index of ``data/people.csv`` with the transcript and extra titles."""
    titles = (*load_titles(str(titles_path)), *speaker_words().get("title", {}))
    return People(people_table(path), titles=titles)
