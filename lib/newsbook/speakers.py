"""Resolve a speaker phrase to a canonical speaker, using what came before in the document.

- A name goes through :class:`newsbook.people.People`: the curated list first, then, for a
  lone surname ("Hill"), the latest full name the document gave before ("Fiona Hill").
- A pronoun or a cue without a speaker goes to the latest compatible speaker in reach (this
  paragraph and the two content paragraphs before it): statement speakers, and the first
  named person or institution of each sentence (the sentence's subject, so in "Blinken called
  on Tokayev to ... He also warned" "He" is Blinken). "he"/"she" skip institutions and the
  other gender where the people list knows it; "it" and "the statement" take institutions;
  "they" takes the speaker of the same paragraph. A transcript turn's own speaker is never a
  "he" or "she" of that turn.
- A group phrase ("regional experts") is its own speaker, with its words as the name.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from newsbook.speaker_phrases import Phrase
from newsbook.paragraphs import title_case
from newsbook.people import People, Person, _key, speaker_words

REACH = 2
"""Content paragraphs back that a pronoun may reach."""
_TOKEN = r"(?:(?:[A-ZÀ-ÖØ-Þ]\.)+|[A-ZÀ-ÖØ-Þ][\w’'\-]*)"
_NAME_RUN = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{_TOKEN}|de|van|von|bin|al|da|del))+")


@functools.lru_cache(maxsize=1)
def _title_kinds() -> dict[str, str]:
    return {k.casefold(): v for k, v in speaker_words().get("title", {}).items() if v}


def _title_kind(title: str) -> str:
    """What a title makes an unlisted speaker: the kind of its last titled word, if any."""
    found = [_title_kinds()[w.casefold()] for w in title.split() if w.casefold() in _title_kinds()]
    return found[-1] if found else ""


def _country(text: str) -> str:
    """The country a speaker's words place them in ("Kazakh officials"), or ``""``."""
    countries = speaker_words().get("country", {})
    for word in text.replace(",", " ").split():
        if word in countries:
            return countries[word]
    return ""


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker and how it was found."""

    name: str
    role: str
    kind: str
    country: str
    pronoun: str
    how: str


@dataclass(frozen=True)
class _Candidate:
    position: int
    paragraph: int
    speaker: Speaker
    spoke: bool


def full_names(text: str, people: People) -> tuple[list[int], list[str]]:
    """Positions and names of the multi-word names in ``text`` (titles removed), in order."""
    positions, names = [], []
    for match in _NAME_RUN.finditer(text):
        run = match.group()
        name = people.split_title(title_case(run) if run.isupper() else run)[1]
        if len(name.split()) > 1:
            positions.append(match.start())
            names.append(name)
    return positions, names


class Resolver:
    """Speakers and subjects seen so far in one document, and the rules that resolve to them."""

    def __init__(self, text: str, people: People):
        self.people = people
        self._positions, self._names = full_names(text, people)
        self._by_surname: dict[str, list[int]] = {}  # key of a full name's last word -> its indices, in order
        for i, full in enumerate(self._names):
            parts = full.split()
            if len(parts) > 1:
                self._by_surname.setdefault(_key(parts[-1]), []).append(i)
        self._seen: list[_Candidate] = []  # in order of position
        self._seen_at: list[int] = []  # their positions
        self._latest_paragraph: list[int] = []  # the latest paragraph among _seen[:k + 1], for each k
        self._cache: dict[tuple[str, int], Speaker] = {}

    def name(self, phrase_text: str, position: int) -> Speaker:
        """The canonical speaker of a written name."""
        known = bisect.bisect_left(self._positions, position)
        key = (phrase_text, known if " " not in phrase_text.strip() else -1)
        if key not in self._cache:
            def latest(surname: str) -> str | None:  # the latest full name before the phrase with this surname
                found = self._by_surname.get(surname, ())
                k = bisect.bisect_left(found, known) - 1
                return self._names[found[k]] if k >= 0 else None

            name, title, person = self.people.canonical(phrase_text, latest_with_surname=latest)
            surname = len(phrase_text.split()) == 1 and " " in name and (person is None or person.kind != "institution")
            self._cache[key] = self._speaker(name, title, person, "surname" if surname else "named")
        return self._cache[key]

    def _speaker(self, name: str, title: str, person: Person | None, how: str) -> Speaker:
        if person is not None:
            return Speaker(person.name, person.role or title, person.kind, person.country, person.pronoun, how)
        institution = self.people.is_institution_name(name)
        kind = "institution" if institution else _title_kind(title) or "person"
        return Speaker(name, title.lower() if title else "", kind, _country(f"{title} {name}"), "it" if institution else "", how)

    def group(self, phrase: Phrase, lower: set[str] = frozenset()) -> Speaker:
        """A group phrase as its own speaker, without its article ("regional experts").

        Words of ``lower`` (group nouns, function words) and a sentence-initial adjective
        ("Regional experts") are written in lower case, so "People said" and "people said"
        name the same group.
        """
        words = phrase.text.split()
        opens_sentence = phrase.first == 0
        if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words, opens_sentence = words[1:], False
        words = [w.lower() if w.lower() in lower else w for w in words]
        first = words[0]
        if opens_sentence and len(words) > 1 and first[:1].isupper() and first[1:].islower() and not first.endswith(("'s", "’s")):
            words[0] = first.lower()
        return Speaker(" ".join(words), "", phrase.group_kind or "anonymous", _country(phrase.text), "they", "group")

    def note(self, position: int, paragraph: int, speaker: Speaker, *, spoke: bool) -> None:
        """Remember a speaker (``spoke``) or a sentence subject at ``position``."""
        k = bisect.bisect_right(self._seen_at, position)  # after those at the same position
        self._seen.insert(k, _Candidate(position, paragraph, speaker, spoke))
        self._seen_at.insert(k, position)
        latest = self._latest_paragraph
        if k == len(latest):
            latest.append(max(latest[-1], paragraph) if latest else paragraph)
        else:  # noted out of order (rare): recount from there
            del latest[k:]
            for cand in self._seen[k:]:
                latest.append(max(latest[-1], cand.paragraph) if latest else cand.paragraph)

    def _before(self, position: int, oldest_paragraph: int):
        """The candidates before ``position``, latest first, while any may be in a paragraph from
        ``oldest_paragraph`` on (those further back are all in earlier paragraphs: out of reach)."""
        for k in range(bisect.bisect_left(self._seen_at, position) - 1, -1, -1):
            if self._latest_paragraph[k] < oldest_paragraph:
                return
            yield self._seen[k]

    def refer(self, word: str, position: int, paragraph: int, *, exclude: str = "", speakers_only: bool = False) -> Speaker | None:
        """The speaker a pronoun (or ``""`` for an unnamed cue) at ``position`` refers to."""
        word = word.lower()
        for cand in self._before(position, paragraph - REACH):
            if cand.paragraph < paragraph - REACH:
                continue
            s = cand.speaker
            if s.name == exclude or (speakers_only and not cand.spoke):
                continue
            if word in ("he", "she"):
                ok = s.kind != "institution" and s.pronoun in (word, "")
            elif word in ("it", "this", "document"):
                ok = s.kind == "institution"
            elif word == "they":
                ok = cand.paragraph == paragraph and cand.spoke
            else:
                ok = cand.spoke or s.kind == "institution"
            if ok:
                return replace(s, how="pronoun" if word not in ("", "document") else ("document" if word else "unnamed cue"))
        return None

    def previous_speaker(self, position: int, paragraph: int, *, exclude: str = "", reach: int = 1) -> Speaker | None:
        """The latest statement speaker before ``position`` within ``reach`` paragraphs back."""
        for cand in self._before(position, paragraph - reach):
            if cand.spoke and cand.paragraph >= paragraph - reach and cand.speaker.name != exclude:
                return replace(cand.speaker, how="previous speaker")
        return None
