"""A role phrase that stands for one named person: "Tehran's deputy foreign minister" is Majid Takht-Ravanchi.

News writing often introduces a speaker by office and names them only a sentence or a paragraph
later ("Tehran's deputy foreign minister has told the BBC." then "Majid Takht-Ravanchi says ..."),
or names the person with the office once and refers back by office alone ("Greenland's Prime
Minister, Jens-Frederik Nielsen, said" and elsewhere "Greenland's prime minister said"). The
attribution rules read such a phrase as an unnamed group speaker (``resolved_by`` ``group``);
:func:`link_roles` gives its statements to the person when exactly one person in the document holds
that office:

- an office is the words of the phrase after its possessive owner, without a leading article or
  country word, ending in an ``office`` noun of ``data/speaker_words.csv`` ("deputy foreign
  minister", "executive director"); two offices are one when these words are the same and their
  owners do not differ (owners are compared by the country they name, so "Tehran" and "Iran" agree
  and "Greenland" and "Israel" do not; an owner that is no proper name, "the country's", agrees
  with any);
- a person holds an office that their role says ("Israel's prime minister" of Benjamin Netanyahu),
  that an apposition before their name gives ("Greenland's Prime Minister, Jens-Frederik Nielsen,
  said"), or, delayed identification, that the phrase gives when the phrase's first statement is
  followed, in its own paragraph or the next, by a statement of a named person first written there,
  without a role of their own ("his defence minister said ..." then "“...,” Katz warned").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import NamedTuple

from newsbook.people import speaker_words, word_class

_POSSESSIVE = re.compile(r"^(?P<owner>.*\S)(?:'s|’s|'|’)\s+(?P<office>[^'’]+)$")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my"})
_APPOSITION_REACH = 80
"""Characters before a name in which an apposition gives its role ("Greenland's Prime Minister, ")."""
_APPOSITION = re.compile(r"(?:^|[.!?;:,(]\s+|\n)(?P<role>[^.!?;:,(\n]+),[ \t]+$")

_DESCRIPTION = re.compile(r",\s+[a-z]")
"""A description set off after a name ("John Smith, an analyst at ..., said"): a role of the person's own."""


class Office(NamedTuple):
    """An office as a role phrase names it: its words ("deputy foreign minister") and its owner's key."""

    words: str
    owner: str

    def agrees(self, other: Office) -> bool:
        """Whether the two name the same office: the same words, and owners that do not differ."""
        return self.words == other.words and (not self.owner or not other.owner or self.owner == other.owner)


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """``{country word, lower case: country}`` of ``data/speaker_words.csv`` ("tehran": "Iran")."""
    return {word.lower(): country for word, country in speaker_words().get("country", {}).items()}


def office_of(phrase: str) -> Office | None:
    """The office a role phrase names, or ``None`` when it names none ("experts", "the army").

    >>> office_of("Tehran's deputy foreign minister")
    Office(words='deputy foreign minister', owner='Iran')
    >>> office_of("the Russian foreign minister")
    Office(words='foreign minister', owner='Russia')
    >>> office_of("Civil Defence spokesman")
    Office(words='civil defence spokesman', owner='')
    """
    countries = _countries()
    owner = ""
    match = _POSSESSIVE.match(phrase.strip())
    if match:
        owner, phrase = match["owner"].split()[-1], match["office"]
        owner = countries.get(owner.lower(), owner if owner[:1].isupper() else "")
    words = phrase.split()
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in countries):
        owner = owner or countries.get(words[0].lower(), "")
        words = words[1:]
    if not words or words[-1].lower() not in word_class("office"):
        return None
    return Office(" ".join(words).lower(), owner)


def apposition_role(text: str, row: Mapping) -> str:
    """The role an apposition gives a named speaker ("Greenland's Prime Minister, Jens-Frederik
    Nielsen, said"), or ``""``: words set off by a comma right before the name, one after it."""
    start, end = row["speaker_start"], row["speaker_end"]
    if start is None or not text[end:end + 1] == ",":
        return ""
    match = _APPOSITION.search(text, max(0, start - _APPOSITION_REACH), start)
    return match["role"].strip() if match else ""


class _Holder(NamedTuple):
    row: dict
    office: Office
    role: str


_PERSON_KINDS = ("person", "official", "expert")
"""The speaker kinds of one person (``speaker_kind`` of the statements table): who may hold an office."""


def _named_person(row: Mapping) -> bool:
    return row["resolved_by"] == "named" and row["speaker_kind"] in _PERSON_KINDS


def _delayed_holder(rows: list[dict], first: dict, text: str, content_start: int,
                    paragraph_order: Mapping[int, int]) -> dict | None:
    """The named person right after a role phrase's first statement, in its paragraph or the next,
    whose name the text has not given before and who has no role of their own (nor a description
    after the name); ``None`` if the next named person is someone else."""
    person = next((r for r in rows if r["start"] > first["start"] and _named_person(r)), None)
    if person is None:
        return None
    at, then = paragraph_order.get(first["paragraph"]), paragraph_order.get(person["paragraph"])
    if at is None or then is None or then - at > 1:
        return None
    surname = person["speaker"].split()[-1]
    described = _DESCRIPTION.match(text, person["speaker_end"]) if person["speaker_end"] is not None else None
    if person["speaker_role"] or described or apposition_role(text, person) \
            or surname in text[content_start:first["start"]]:
        return None
    return person


def link_roles(rows: list[dict], text: str, content_start: int, paragraph_order: Mapping[int, int]) -> list[dict]:
    """``rows`` (one document's statements, in text order) with each office-naming group speaker
    replaced by the one person who holds that office (see the module's docstring); the person's own
    statements without a role get the phrase as their role. ``paragraph_order`` gives each
    paragraph's place among the content paragraphs."""
    holders: list[_Holder] = []
    for r in rows:
        if r["speaker_kind"] in _PERSON_KINDS and r["resolved_by"] != "group":
            role = r["speaker_role"] or (apposition_role(text, r) if _named_person(r) else "")
            office = office_of(role) if role else None
            if office is not None:
                holders.append(_Holder(r, office, role))
    linked: dict[str, _Holder] = {}
    for r in rows:
        name = r["speaker"]
        if r["resolved_by"] != "group" or name in linked:
            continue
        office = office_of(name)
        if office is None:
            continue
        named = {h.row["speaker"]: h for h in holders if h.office.agrees(office)}
        if not named:
            person = _delayed_holder(rows, r, text, content_start, paragraph_order)
            if person is not None:
                named = {person["speaker"]: _Holder(person, office, name)}
                holders.append(named[person["speaker"]])
        if len(named) == 1:
            linked[name] = next(iter(named.values()))
    if not linked:
        return rows
    roles = {h.row["speaker"]: h.role for h in linked.values()}
    for r in rows:
        holder = linked.get(r["speaker"])
        if holder is not None:
            person = holder.row
            r.update(speaker=person["speaker"], speaker_role=person["speaker_role"] or holder.role,
                     speaker_kind=person["speaker_kind"],
                     speaker_country=person["speaker_country"] or r["speaker_country"], resolved_by="role")
        elif r["speaker"] in roles and not r["speaker_role"]:
            r["speaker_role"] = roles[r["speaker"]]
    return rows
