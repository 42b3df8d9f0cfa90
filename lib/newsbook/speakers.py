"""Resolve a speaker phrase to a canonical speaker, using what came before in the document.

- A name goes through :class:`newsbook.people.People` after the sentence-opening words and a
  possessive are dropped ("But Aristocrat", "Mr Brown's"): the curated list first, then, for a
  lone name or one opening with a particle ("von der Leyen"), the latest full name the document
  gave before that ends with it ("Hill" for "Fiona Hill"; of two such names the one the text made
  a speaker or subject), else begins with it ("Leo" for "Leo Reyzin"); see
  :mod:`newsbook.name_index`. A name the text shows is an organisation (an acronym, "Acme
  officials", "Acme, the company that ...", "news agency Xinhua") is an institution. Two names
  together ("Matt and Martin") are one speaker, "A and B" in the order first written.
- A definite role phrase ("the prime minister", "the Tory co-chairman") is the latest person
  named with that role (:meth:`Resolver.role`).
- A pronoun or a cue without a speaker goes to the latest compatible speaker in reach (this
  paragraph and the two content paragraphs before it): statement speakers, and the subject of
  each sentence (:mod:`newsbook.sentence_speakers`), so in "Blinken called on Tokayev to ...
  He also warned" "He" is Blinken. "he"/"she" skip institutions, the other gender where the
  people list knows it, transcript turn speakers (the conversation calls them "I" and "you")
  and, while anyone else fits, the speakers of subordinate clauses, and a name "she" (or "he")
  was resolved to before; "it" and "the statement" take institutions, "it" and "the group" also a
  speaker nothing shows is a person ("Hamas said ... The militant group said"); "they" takes the
  speaker of the same paragraph, else a group that spoke or an institution.
- A group phrase ("regional experts") is its own speaker (:mod:`newsbook.speaker_names`).
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

from newsbook.name_index import NameIndex, clean_name, full_names
from newsbook.people import People, Person, first_name_pronouns, is_courtesy, speaker_words
from newsbook.speaker_names import Speaker, group_head, group_speaker, honorifics, particles, place, title_kind
from newsbook.phrase_words import Phrase

__all__ = ["REACH", "Resolver", "Speaker", "full_names"]

REACH = 2
"""Content paragraphs back that a pronoun may reach."""
THING = Speaker("", "", "thing", "", "", "subject")
"""A sentence subject that names no speaker ("The ceasefire agreement"): a later "it" is that thing."""
_MAJOR = ("he", "she", "organisation")
"""References that prefer a main-clause speaker or subject to one in a subordinate clause or after a preposition."""
_COUNTRIES = frozenset(w.casefold() for w in speaker_words().get("country", {}))
"""The words of the ``country`` class, case-folded: never a person's surname."""


@functools.lru_cache(maxsize=65536)
def _unlisted(people: People, name: str, title: str) -> tuple[bool, str, str]:
    """What an unlisted speaker's name and title say wherever they are written: whether the name
    ends in an institution word, the kind the title gives, the country the words place it in (kept
    across documents: none of it depends on the text, and a name recurs in many)."""
    return people.is_institution_name(name), title_kind(title), place(f"{title} {name}")


class _Candidate(NamedTuple):
    """A speaker or subject noted at a position (a named tuple: one is made for every sentence subject)."""

    position: int
    paragraph: int
    speaker: Speaker
    spoke: bool
    label: bool = False
    minor: bool = False


_new_candidate = functools.partial(tuple.__new__, _Candidate)
"""``_Candidate(*fields)`` of all its fields, made without the named tuple's own ``__new__`` (a Python
function: twice as slow, and one is made for every speaker and subject noted)."""


def _pronoun_of(name: str, title: str) -> str:
    """"he" or "she" for an unlisted person: from a courtesy title (``courtesy`` in
    ``data/speaker_words.csv``: "Ms. Warren"), else from the first name of a full name
    (``data/first_names.csv``: "Jane Roe"; a lone "Warren" is a surname); else ``""``."""
    courtesy = speaker_words().get("courtesy", {}).get(title.rsplit(" ", 1)[-1].rstrip("."), "") if title else ""
    first, _, rest = name.partition(" ")
    return courtesy or (first_name_pronouns().get(first, "") if rest else "")


class Resolver:
    """Speakers and subjects seen so far in one document, and the rules that resolve to them."""

    def __init__(self, text: str, people: People):
        self.people = people
        self.index = NameIndex(text, people)
        self._seen: list[_Candidate] = []  # in order of position
        self._seen_at: list[int] = []  # their positions
        self._latest_paragraph: list[int] = []  # the latest paragraph among _seen[:k + 1], for each k
        self._by_name: dict[str, Speaker] = {}  # names that read the same wherever they stand
        self._by_place: dict[tuple[str, int], Speaker] = {}  # the others, by the number of full names before them
        self._persons: set[str] = set()  # names noted as people (speakers, subjects, labels)
        self._gendered: dict[str, str] = {}  # names "he" or "she" was resolved to, and which
        self._pairs: dict[frozenset[str], str] = {}  # speakers named together, in their first order
        self.narrator: Speaker | None = None
        """Who "I" is outside quotations and turns: an article's single author (set by the caller)."""

    def name(self, phrase_text: str, position: int) -> Speaker:
        """The canonical speaker of a written name (sentence-opening words and a possessive
        dropped: "But Aristocrat", "Mr Brown's"); a surname that opens with a particle ("von der
        Leyen") is the latest full name before it that ends so."""
        phrase_text = clean_name(phrase_text)
        phrase_text = self.index.acronym_of.get(phrase_text, phrase_text)  # one speaker, by the acronym the text gives it
        anywhere = self._by_name.get(phrase_text)
        if anywhere is not None:
            return anywhere
        key = (phrase_text, bisect.bisect_left(self.index.positions, position))
        if key in self._by_place:
            return self._by_place[key]
        particle = " " in phrase_text and phrase_text[:phrase_text.find(" ")].lower() in particles()
        looked_back = particle  # whether the answer rests on the full names written before the phrase
        if particle:  # "von der Leyen": the full name that ends so
            full = self.index.latest_full(phrase_text.rsplit(" ", 1)[-1], position)
            if full is not None and full.casefold().endswith(" " + phrase_text.casefold()):
                phrase_text = full

        def latest(word: str, first_only: bool = False) -> str | None:  # the latest full name before the phrase with this last (first) word
            nonlocal looked_back
            looked_back = looked_back or self.index.has_full_name_with(word)
            full = self.index.latest_full(word, position, self._persons, first_only=first_only)
            if full is None and not first_only and word.casefold() not in _COUNTRIES:  # named in full only later ("Mr Bolton
                # said ... John Bolton"); never a country ("Israel said ... Steve Israel")
                full = self.index.only_full_with_surname(word)
            return None if full is None or self.index.is_institution(phrase_text) else full

        name, title, person = self.people.canonical(phrase_text, latest_with_surname=latest,
                                                    latest_with_first_name=functools.partial(latest, first_only=True))
        surname = len(phrase_text.split()) == 1 and " " in name and (person is None or person.kind != "institution")
        # made anew for each name read (once a document, mostly): a memo keyed by the listed person
        # hashed all its fields, and found a speaker made already for one name in twenty
        speaker = self._speaker(name, title, person, "surname" if surname else "named")
        # a lone surname or "von der Leyen" is the latest full name ending so, which another one
        # written later can change ("John Smith ... Jane Smith"); a name of several words keeps its
        # first reading ("Mr Bolsonaro" stays Jair after his son Flávio Bolsonaro speaks), and a name
        # no full name could stand behind reads the same anywhere (the index of full names never changes);
        # "Sir Keir" too is the latest full name (opening so), asked last: the other tests settle most names
        if looked_back and (" " not in key[0] or particle or self.people.knighted_first_name(phrase_text)):
            self._by_place[key] = speaker
        else:
            self._by_name[key[0]] = speaker
        return speaker

    def role(self, words: str, position: int) -> Speaker | None:
        """The person a definite role phrase means ("the prime minister", "the Tory co-chairman"):
        the latest full name before ``position`` written with, or listed with, that role; else the
        latest person noted with that title ("President Reagan said ... the president said")."""
        name = self.index.with_role(words, position)
        if name == "":
            return None  # two people with the role named together: either may be meant
        if name is None:
            wanted = " ".join(words.lower().split())
            titled = next((c.speaker for c in self._before(position, -1) if c.speaker.kind != "institution"
                           and c.speaker.how != "group" and c.speaker.role.lower() == wanted), None)
            if titled is None and words[:1].isupper():  # "as the President stated" before "President Biden"
                name = self.index.only_titled(words)
                titled = None if name is None else self.name(name, position)
            return None if titled is None else titled._replace(how="role")
        person = self.name(name, position)
        kind = title_kind(words) or person.kind if person.kind == "person" else person.kind
        return person._replace(role=person.role or words.lower(), kind=kind, how="role")

    def is_proper(self, word: str) -> bool:
        """Whether the text shows ``word`` is a name: the people list knows it, the text writes
        it capitalised inside a sentence, or it is the surname of a full name."""
        return self.people.lookup(word) is not None or self.index.is_proper(word) or self.index.is_surname(word)

    def personal(self, name: str) -> bool:
        """Whether a written name has the shape of a person's full name: two or three
        capitalised words, no possessive, no acronym, no institution word, not listed otherwise."""
        words = name.split()
        if not 2 <= len(words) <= 3 or name.endswith(("'s", "’s", "'", "’")):
            return False
        person = self.people.lookup(name)
        return (person is None or person.kind != "institution") and self.index.personal(words)

    def is_common(self, word: str) -> bool:
        """Whether the text writes ``word`` in lower case somewhere (a common word, not a name)."""
        return self.index.is_common(word)

    def is_person(self, speaker: Speaker) -> bool:
        """Whether a resolved name is a person's: listed, titled (also "Lord Ashcroft"), or noted
        as a person before."""
        if speaker.kind == "institution":
            return False
        return (speaker.kind != "person" or bool(speaker.role) or speaker.name in self._persons
                or speaker.name.split(" ", 1)[0] in honorifics())

    def _speaker(self, name: str, title: str, person: Person | None, how: str) -> Speaker:
        if person is not None:
            return Speaker(person.name, person.role or title, person.kind, person.country, person.pronoun, how)
        listed_institution, titled_kind, country = _unlisted(self.people, name, title)
        institution = listed_institution or self.index.is_institution(name)
        kind = "institution" if institution else titled_kind or "person"
        pronoun = "it" if institution else _pronoun_of(name, title)
        role = title.lower() if title and not is_courtesy(title) else ""  # "Mr" is no role
        return Speaker(name, role, kind, country, pronoun, how)

    def pair(self, text: str, position: int) -> Speaker:
        """Two (or more) speakers named together ("Von der Leyen and Costa said"): each canonical,
        joined by "and", in the order the text first named them together."""
        written = text.split(" and ")
        parts = [self.name(part, position) for part in written]
        shown = [f"the {p.name}" if w.lower().startswith("the ") else p.name for w, p in zip(written, parts)]  # "and the Alliance"
        names = self._pairs.setdefault(frozenset(p.name for p in parts), " and ".join(shown))
        kinds = {p.kind for p in parts}
        return Speaker(names, "", kinds.pop() if len(kinds) == 1 else "person", "", "they", "named")

    def described(self, words: str, position: int) -> Speaker | None:
        """The group that spoke before in more words than a definite phrase now names it ("the
        Palestinian official" after "a senior Palestinian official"): the latest whose words hold
        these, with the same last word, unless a group in just these words spoke since ("another
        official")."""
        wanted = words.lower().split()
        if not wanted:
            return None
        before = bisect.bisect_left(self._seen_at, position)
        for k in range(before - 1, max(-1, before - 200), -1):
            cand = self._seen[k]
            if not cand.spoke or cand.speaker.how != "group":
                continue
            have = group_head(cand.speaker.name).lower().split()
            if have == wanted:
                return None  # "another official said ... The official said": that one, in its own words
            if len(have) > len(wanted) and have[-1] == wanted[-1] and set(wanted) <= set(have):
                return cand.speaker
        return None

    def named_in_full(self, words: str, position: int) -> Speaker | None:
        """The organisation named before whose name ends in these words, said in fewer ("the weather
        service" after "the South African Weather Service", "the health ministry" after "Gaza's Health
        Ministry"): the latest noted, if no other named before ends in them."""
        wanted = words.lower().split()
        if len(wanted) < 2:
            return None
        found = None
        for cand in self._before(position, -1):
            s = cand.speaker
            have = s.name.lower().split()
            if s.how == "group" or len(have) <= len(wanted) or have[-len(wanted):] != wanted:
                continue
            if found is not None and found.name != s.name:
                return None
            found = s
        return found

    def group(self, phrase: Phrase, lower: set[str] = frozenset()) -> Speaker:
        """A group phrase as its own speaker (:func:`newsbook.speaker_names.group_speaker`); an owner
        written by surname is the full name given before ("Netanyahu's office" after "Benjamin Netanyahu"),
        one written by age the person the text gives that age ("The 44-year-old's spokesman" after "Alexei Navalny, 44,"),
        else the person last named in full."""
        speaker = group_speaker(phrase, self.people, lower)
        owner, _, rest = speaker.name.partition(" ")
        if rest and owner[-2:] in ("'s", "’s") and owner[:1].isupper() and " " not in owner:
            full = self.name(owner[:-2], phrase.start)
            if full.how == "surname" and full.name.endswith(" " + owner[:-2]):
                speaker = speaker._replace(name=f"{full.name}{owner[-2:]} {rest}")
        elif rest and owner[:-2] == "year-old" and owner[-2:] in ("'s", "’s"):  # "The 44-year-old's spokesman"
            named = [c.speaker for c in self._before(phrase.start, -1) if c.speaker.kind == "person"
                     and c.speaker.how != "group" and " " in c.speaker.name]
            age = self.index.age_written(phrase.start, phrase.end)
            person = next((p for p in named if age and self.index.aged(p.name, age, phrase.start)),
                          named[0] if named else None)  # the person of that age, else the one last named in full
            if person is not None:
                speaker = speaker._replace(name=f"{person.name}{owner[-2:]} {rest}")
        return speaker

    def note(self, position: int, paragraph: int, speaker: Speaker, *, spoke: bool, label: bool = False,
             minor: bool = False) -> None:
        """Remember a speaker (``spoke``) or a sentence subject at ``position``; ``label``: the
        speaker of a transcript turn, whom the conversation calls "I" and "you", never "he";
        ``minor``: a speaker of a subordinate clause ("... to Lord Ashcroft after he said ..."),
        whom a later "he" means only when no one else in reach fits."""
        if speaker.kind not in ("institution", "thing") and speaker.how != "group":
            self._persons.add(speaker.name)
        candidate = _new_candidate((position, paragraph, speaker, spoke, label, minor))
        seen_at, latest = self._seen_at, self._latest_paragraph
        if not seen_at or seen_at[-1] <= position:  # in text order (almost always): last, no search
            self._seen.append(candidate)
            seen_at.append(position)
            latest.append(latest[-1] if latest and latest[-1] > paragraph else paragraph)
            return
        k = bisect.bisect_right(seen_at, position)  # out of order (rare): after those at the same position
        self._seen.insert(k, candidate)
        seen_at.insert(k, position)
        del latest[k:]  # and recount from there
        for cand in self._seen[k:]:
            latest.append(max(latest[-1], cand.paragraph) if latest else cand.paragraph)

    def _before(self, position: int, oldest_paragraph: int):
        """The candidates before ``position``, latest first, while any may be in a paragraph from
        ``oldest_paragraph`` on (those further back are all in earlier paragraphs: out of reach)."""
        for k in range(bisect.bisect_left(self._seen_at, position) - 1, -1, -1):
            if self._latest_paragraph[k] < oldest_paragraph:
                return
            yield self._seen[k]

    def institution_called(self, noun: str, position: int, paragraph: int, *, exclude: str = "") -> Speaker | None:
        """The latest institution in reach before ``position`` whose name holds ``noun`` as a word ("the
        bank" after "the Bank of England", past any institution named since), with ``how`` "document"."""
        for cand in self._before(position, paragraph - REACH):
            s = cand.speaker
            if cand.paragraph >= paragraph - REACH and s.kind == "institution" and s.name != exclude \
                    and noun in s.name.lower().split():
                return s._replace(how="document")
        return None

    def refer(self, word: str, position: int, paragraph: int, *, exclude: str = "", named_only: bool = False) -> Speaker | None:
        """The speaker a pronoun (or ``""`` for an unnamed cue) at ``position`` refers to; ``named_only``:
        a named speaker, never a group ("his" in "his spokesman" is no "team")."""
        word = word.lower()
        if word == "it":
            latest = next(self._before(position, paragraph - 1), None)
            if latest is not None and latest.speaker.kind == "thing":
                return None  # "The ceasefire agreement ... is ... It said ...": the thing, no speaker
        found = self._refer(word, position, paragraph, exclude, major=word in _MAJOR, named_only=named_only)
        if found is None and word == "they":  # no group in the paragraph: its speaker ("Herbst says ... they say")
            found = self._refer("they, one", position, paragraph, exclude)
        if found is None and word in _MAJOR:
            found = self._refer(word, position, paragraph, exclude, named_only=named_only)
        if found is None and word == "they":  # "The FBI ... they": a group or an organisation in reach
            found = self._refer("they in reach", position, paragraph, exclude)
        if found is None and word == "it":  # "Hamas said ... It added": a speaker no one calls "he" or "she"
            found = self._refer("organisation", position, paragraph, exclude)
        if found is not None and word in ("he", "she"):
            self._gendered.setdefault(found.name, word)
        return None if found is None else found._replace(
            how="pronoun" if word not in ("", "document", "organisation") else ("unnamed cue" if not word else "document"))

    def _refer(self, word: str, position: int, paragraph: int, exclude: str, major: bool = False,
               named_only: bool = False) -> Speaker | None:
        for cand in self._before(position, paragraph - REACH):
            if cand.paragraph < paragraph - REACH or (major and cand.minor) or (named_only and cand.speaker.how == "group"):
                continue
            s = cand.speaker
            if s.kind == "thing":
                continue
            if s.name == exclude:
                continue
            if word in ("he", "she"):
                ok = s.kind != "institution" and s.pronoun in (word, "") and not cand.label \
                    and self._gendered.get(s.name, word) == word  # "She says ... He's saying": not her
            elif word in ("it", "this", "document"):
                ok = s.kind == "institution" or (word == "it" and s.name.casefold() in _COUNTRIES)  # "Beijing ..., though it says"
            elif word in ("they", "they, one"):
                ok = cand.paragraph == paragraph and cand.spoke and (word != "they" or self._plural(s))
            elif word == "organisation":
                ok = s.kind == "institution" or (cand.spoke and self._impersonal(s))
            elif word == "they in reach":
                ok = s.kind == "institution" or (cand.spoke and s.pronoun == "they")
            else:
                ok = cand.spoke or s.kind == "institution"
            if ok:
                return s
        return None

    def _plural(self, speaker: Speaker) -> bool:
        """Whether "they" may mean ``speaker``: a group, an organisation or two people, not one person.
        :meth:`refer` tries these first among the paragraph's speakers ("Officials said ... Smith said
        ... They said": the officials), then any speaker of the paragraph ("Herbst says ... they say")."""
        return (speaker.pronoun == "they" or speaker.kind == "institution" or " and " in speaker.name
                or (speaker.how != "group" and self._impersonal(speaker)))

    def _impersonal(self, speaker: Speaker) -> bool:
        """Whether a named speaker may be an organisation: nothing shows it is a person (no listed
        person, no title or role, not the shape of a person's full name, never "he" or "she")."""
        return (speaker.kind == "person" and not speaker.role and speaker.how != "group" and not speaker.pronoun
                and not self.personal(speaker.name) and speaker.name not in self._gendered
                and " and " not in speaker.name)

    def previous_speaker(self, position: int, paragraph: int, *, exclude: str = "", reach: int = 1,
                         since: int = 0) -> Speaker | None:
        """The latest statement speaker before ``position`` within ``reach`` paragraphs back, and
        noted at ``since`` or after."""
        for cand in self._before(position, paragraph - reach):
            if cand.position < since:
                return None
            if cand.spoke and cand.paragraph >= paragraph - reach and cand.speaker.name != exclude:
                return cand.speaker._replace(how="previous speaker")
        return None
