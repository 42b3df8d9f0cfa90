"""What a speaker is called: the :class:`Speaker` record and the names of groups and organisations.

- A title gives an unlisted speaker a kind (``data/speaker_words.csv``: "Analyst" an expert), the
  words around a name a country ("Kazakh officials").
- A group phrase is its own speaker, its words its name, without an article ("regional experts",
  "senior Palestinian official"); an owner's office is dropped ("President X's government" is "X's
  government"), an organisation's words before its name too ("the local Nasser hospital" is "Nasser
  hospital"), and a news outlet's kind after its name ("the Izvestia newspaper" is "Izvestia").
  A singular person noun ("a senior official", "the spokesman") may later be "he" or "she"; plural
  and collective ones ("police") are "they".
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from newsbook.people import People, speaker_words, word_class
from newsbook.phrase_words import ORGANISATION_JOINERS, Phrase, opens_qualifier


@functools.lru_cache(maxsize=1)
def _title_kinds() -> dict[str, str]:
    return {k.casefold(): v for k, v in speaker_words().get("title", {}).items() if v}


def honorifics() -> frozenset[str]:
    """Words before a name that mark a person: "Lord" (part of the name) and "Sir" (dropped before a full name)."""
    return word_class("honorific") | word_class("knighthood")


def particles() -> frozenset[str]:
    return word_class("particle")


def _collective() -> frozenset[str]:
    """Group nouns without a plural "s" that are plural ("police"): never "he" or "she"."""
    return word_class("collective")


def _outlets() -> frozenset[str]:
    return word_class("outlet")


def title_kind(title: str) -> str:
    """What a title makes an unlisted speaker: the kind of its last titled word, if any."""
    found = [_title_kinds()[w.casefold()] for w in title.split() if w.casefold() in _title_kinds()]
    return found[-1] if found else ""


def place(text: str) -> str:
    """The country a speaker's words place them in ("Kazakh officials"), or ``""``."""
    countries = speaker_words().get("country", {})
    for word in text.replace(",", " ").split():
        if word in countries:
            return countries[word]
    return ""


class Speaker(NamedTuple):
    """A resolved speaker and how it was found (a named tuple: one is made for most sentence
    subjects and every cue's speaker; three times cheaper than a frozen dataclass)."""

    name: str
    role: str
    kind: str
    country: str
    pronoun: str
    how: str


_ARTICLE_LIKE = {"the", "a", "an", "another", "other"}
"""Words before a group noun that pick out members of the group, no part of its name."""


def group_speaker(phrase: Phrase, people: People, lower: set[str] = frozenset()) -> Speaker:
    """A group phrase as its own speaker, without its article ("regional experts"; "another
    official" and "one official" are "official") or a possessive ending ("the expert panel's").

    Words of ``lower`` (group nouns, function words) and a sentence-initial adjective
    ("Regional experts") are written in lower case, so "People said" and "people said"
    name the same group.
    """
    words, qualifier = _qualified(phrase.text.split())
    if words[-1].endswith(("'s", "’s")) and words[-1][:1].islower():
        words[-1] = words[-1][:-2]  # the owner of what follows ("The expert panel's report"): the panel
    opens_sentence = phrase.first == 0
    if len(words) > 1 and (words[0].lower() in _ARTICLE_LIKE or (words[0].lower() == "one" and words[1] not in ("of", "or"))):
        words, opens_sentence = words[1:], False  # "another senior official", "one official": an official
    words = [w.lower() if w.lower() in lower and not w.isupper() and not _in_a_name(words, k) else w
             for k, w in enumerate(words)]
    first = words[0]
    adjective = first[:1].isupper() and first[1:].islower() and not first.endswith(("'s", "’s")) \
        and first not in word_class("country")  # "Kazakh officials" keeps its capital
    if opens_sentence and len(words) > 1 and adjective and not words[1][:1].isupper():  # not "Mr Brown's aides"
        words[0] = first.lower()
    words = _named_group(words, phrase.group_kind, people)
    head = words[-1].lower()
    one = phrase.group_kind not in ("institution", "") and not head.endswith("s") and head not in _collective() \
        and (head not in word_class("quantifier") or head in ("one", "each"))  # "many expected ...": they, never he
    return Speaker(" ".join(words + qualifier), "", phrase.group_kind or "anonymous", place(phrase.text),
                   "" if one else "they", "group")


def group_head(name: str) -> str:
    """A group's name without the knowledge qualifier after its noun ("senior official familiar with the talks":
    "senior official"), what a later definite phrase names it by ("the official")."""
    return " ".join(_qualified(name.split())[0])


def _qualified(words: list[str]) -> tuple[list[str], list[str]]:
    """A group's words and the knowledge qualifier after its noun ("people" and "familiar with the matter"):
    the noun heads the group, the qualifier stays in its name, as the text gives it."""
    k = next((k for k in range(1, len(words)) if opens_qualifier(words, k)), len(words))
    return words[:k], words[k:]


_NAME_JOINERS = ORGANISATION_JOINERS | {"of"}
"""Words after which a group word goes on as a name ("the Council on Foreign Relations")."""


def _in_a_name(words: list[str], k: int) -> bool:
    """Whether word ``k`` of a group's words is part of a name: after a capitalised word ("officials of the
    European Union") or before "of", "for" or "on" and a capitalised word ("analysts at the Council on Foreign
    Relations"); "CEO" and the like stay as written too."""
    after_name = k > 0 and words[k - 1][:1].isupper()
    before_name = k + 2 < len(words) and words[k + 1] in _NAME_JOINERS and words[k + 2][:1].isupper()
    return k > 0 and (after_name or before_name)


def _named_group(words: list[str], kind: str, people: People) -> list[str]:
    """A group's words as a name: an owner's office dropped ("President X's government" is "X's
    government"); an organisation named by its name ("the local Nasser hospital" is "Nasser
    hospital", "the Izvestia newspaper" is "Izvestia": a news outlet's kind is no part of its name)."""
    owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s")) and w[:1].isupper()), None)
    if owner is not None and owner > 0:
        title, name = people.split_title(" ".join(words[:owner + 1]))
        if title_kind(title):  # an office, not a courtesy title ("Mr Brown's aides")
            words = name.split() + words[owner + 1:]
    named = [i for i, w in enumerate(words) if w[:1].isupper()]
    if not named or (kind not in ("institution", "") or words[-1][:1].isupper()):
        return words
    if kind == "institution":
        words = words[named[0]:]
        named = [i - named[0] for i in named]
    if all(w.lower() in _outlets() for w in words[named[-1] + 1:]) and not words[named[-1]].endswith(("'s", "’s")):
        words = words[:named[-1] + 1]
    return words
