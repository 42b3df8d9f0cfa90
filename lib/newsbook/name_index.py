"""What one document's text says about its names, read once: for :class:`newsbook.speakers.Resolver`.

- Full names: runs of two or more capitalised words, name particles inside them ("Ursula von der
  Leyen", "Mayar al-Farr"), without the sentence-opening words or descriptors glued to them ("But
  Aristocrat", "That's Richard Finneran", "Israeli-American Itay Chen"), a possessive ("Gordon
  Brown's") or titles ("Chancellor Gordon Brown"); a run opening with a particle ("Von der Leyen")
  is a surname, no full name. A lone name links back to the latest full name before it whose last
  word it is ("Brown"; of several, the latest one the caller prefers), else whose first word it is
  ("Leo" for "Leo Reyzin": features and transcripts call people by their first names); names of
  organisations take part in neither.
- Roles: the words written before a full name ("Tory co-chairman Liam Fox", "Chancellor Gordon
  Brown") and the role the people list gives it, so "the Tory co-chairman" and "the prime
  minister" can be resolved to the latest person named with that role.
- Organisations the text shows as such: an acronym ("FBI"), a name in apposition to a company
  noun ("Aristocrat, the company that ...", ``body`` words of ``data/speaker_words.csv``), a name
  before the word for its people ("Rosneft officials", ``member`` words), after "-owned"
  ("State-owned Rosneft") or after a noun for its kind ("news agency Xinhua", "medical charity
  Médecins Sans Frontières": ``body`` and ``outlet`` words).
- Proper and common words, asked of a lone word opening a sentence: whether the text also
  writes it capitalised inside a sentence (a name) or in lower case (a common word: "Hacked
  suggests" where the text says "hacked"); see :attr:`newsbook.speaker_phrases.PhraseReader.proper`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Container, Iterable

from newsbook.paragraphs import SENTENCE_END_MARKS, title_case
from newsbook.people import People, _key, first_name_pronouns, speaker_words, word_class
from newsbook.datelines import name_past_bare_dateline
from newsbook.phrase_words import time_after
from newsbook.speaker_names import particles as particles_of_names

_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_AFTER_CAPITAL = rf"(?:\.(?:{_CAPITAL}\.)*+|[\w’'\-]*+)"
_TOKEN = _CAPITAL + _AFTER_CAPITAL
"""A capitalised word or initials ("U.S."). The capital is written first, outside the alternatives, so
that a search skips to the next capital in C; and what follows it is never given back (``*+``): a shorter
word would be followed by a word character, where no name goes on. Both only make the scan faster."""

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_QUESTIONER_LABEL = re.compile(r"[A-Z](?:\t|  )")
"""A lone capital set off by a tab or two spaces: a briefing's questioner ("Q    Jake, ..."), no initial ("S Jaishankar")."""
_COMPOUND_TAIL = re.compile(r"\s+([a-z]{3,})\b")
_INSIDE = set("0123456789,;)")
_OWNED = re.compile(r"-(?:owned|run|controlled)[ \t]+$")
_POSSESSIVE_INSIDE = re.compile(r"['’]s?[ \t]")
_POSSESSIVE_END = re.compile(r"(?<=['’]s)(?=[ \t])|(?<=s['’])(?=[ \t])")
WRAPPED_LINE = 40
"""Characters a line of hard-wrapped copy holds at least before a name may run on over its break."""
_TITLE_OF = re.compile(r"([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*)*)\s+of\s+$")
_DESCRIPTOR = re.compile(r"[\w.’']+-[a-z][\w\-]*")
"""A compound that describes a name ("State-owned Rosneft", "Moscow-based US lawyer"), no part of it."""
_CONTRACTION = re.compile(r"(\w+)['’](?:s|re|ll|d|ve|m)$", re.IGNORECASE)
SAME_SURNAME = 4
"""Earlier full names with the same surname that a surname may choose among."""
ROLE_REACH = 200
"""Full names back that a role phrase ("the prime minister") may reach."""


def _alternatives(words: Iterable[str]) -> str:
    """The escaped words as a regex alternation, longest first; a pattern that never matches when there are none."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


@functools.lru_cache(maxsize=2)
def _name_run(wrapped: bool = False) -> re.Pattern:
    """A run of capitalised words, with the lower-case particles of ``data/speaker_words.csv``
    inside it or joined to a word ("Ursula von der Leyen", "Mayar al-Farr"); in ``wrapped`` copy
    (:func:`hard_wrapped`) also over a line break ("Minister Herman\nDe Croo"), never across a
    blank line or into an indented line (a new paragraph of wire copy)."""
    particles = _alternatives(sorted(particles_of_names()))
    token = rf"(?:(?:{particles})-)?{_TOKEN}"  # "Mayar al-Farr" (not first: a run starts at a capital)
    gap = r"(?:[ \t]+|[ \t]*\r?\n(?![ \t\r\n]))" if wrapped else r"[ \t]+"
    # a run opens a word: never at a capital inside one ("MR. SULLIVAN:" is no name "R. Sullivan")
    # ... and a mark before it is an apostrophe only after a letter ("O'Brien" is one word; "wrote: 'Jane Porter ...'")
    opening = rf"{_CAPITAL}(?<![\w.]{_CAPITAL})(?<!\w[’']{_CAPITAL}){_AFTER_CAPITAL}"
    return re.compile(rf"{opening}(?:{gap}(?:{token}|(?:(?:{particles}){gap})+{token}))+")


def hard_wrapped(text: str) -> bool:
    r"""Whether ``text`` is hard-wrapped copy: most of its lines that run on into another line are
    full (:data:`WRAPPED_LINE` characters or more) and stop mid-sentence. A text with a paragraph
    per line ("By Andrew Roth\nMoscow ...") is not: a name never runs on over its line breaks.

    >>> hard_wrapped("The minister said the talks with the bank would\nresume next week, and that the loan to the\ncity was safe, as the bank had agreed.")
    True
    >>> hard_wrapped("By Andrew Roth\nMoscow Russia said it would go.\nNo one knew why.")
    False
    """
    lines = text.split("\n")
    running = [a for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    wrapped = [a for a in running if len(a.rstrip()) >= WRAPPED_LINE and a.rstrip()[-1:] not in SENTENCE_END_MARKS]
    return len(wrapped) >= 2 and 2 * len(wrapped) >= len(running)


@functools.lru_cache(maxsize=2)
def _openers(contracted: bool = False) -> frozenset[str]:
    """Words that open a sentence but never a name: function words, pronouns, determiners, quantifiers,
    presenters and the auxiliaries that open a question ("Only Poland has stated ...", "Many Ukrainians say
    ...", "Take Abdulhai Abubakar", "Is Iran turning ...?"); contracted ("That's", "Here's", "I'm"), the fillers too."""
    words = speaker_words()
    classes = ("function", "pronoun", "self", "determiner", "quantifier", "presenter") + (("filler",) if contracted else ())
    verbs = {w for w, kind in words.get("filler", {}).items() if kind in ("be", "aux")} - _NAME_LIKE_AUXILIARIES
    return frozenset(w.lower() for c in classes for w in words.get(c, {})) | verbs


@functools.lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """The ``group`` and ``member`` nouns of ``data/speaker_words.csv`` ("officials", "soldiers",
    "employees"): an organisation's people, so an acronym before one names the organisation."""
    words = speaker_words()
    return frozenset({*words.get("group", {}), *words.get("member", {})})


@functools.lru_cache(maxsize=1)
def _organisation_after() -> re.Pattern:
    """What may follow an organisation's name: the word for its people (``member`` words:
    "Rosneft officials", "Menatep Group's managing director"), its kind as an outlet (``outlet`` words: "the
    Haberturk newspaper") or a company noun in apposition
    (``body`` words: "Aristocrat, the company that ...", "Aristocrat - the company that ...", "Xinhua, China's
    official news agency,")."""
    words = speaker_words()
    bodies = _alternatives(words.get("body", {}))
    members = _alternatives({**words.get("member", {}), **words.get("outlet", {})})  # "the Haberturk newspaper"
    return re.compile(rf"(?:['’]s?)?[ \t]+(?:{members})\b"
                      rf"|(?:,|[ \t][-–—])[ \t]+(?:the|a|an|[\w.\-]+['’]s)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{bodies})"
                      rf"(?=[ \t]*[,.;:)–—-]|[ \t]+(?:that|which|whose|behind|based|of|in|with)\b)")


@functools.lru_cache(maxsize=1)
def _kind_before() -> re.Pattern:
    """A noun for an organisation's kind right before a name ("news agency Xinhua", "carmaker
    Peugeot"): ``body`` and ``outlet`` words of ``data/speaker_words.csv``."""
    return re.compile(rf"\b(?:{_alternatives(_kind_words())})[ \t]+$")


@functools.lru_cache(maxsize=1)
def _kind_words() -> tuple[str, ...]:
    """Nouns for an organisation's kind (``body`` and ``outlet`` words), as :func:`_kind_before` and
    :meth:`str.endswith` read them."""
    return tuple(sorted(word_class("body") | word_class("outlet")))


def _may_follow_kind(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may end in a kind word and blanks, as :func:`_kind_before` asks
    (also before a last line break, where its ``$`` matches too): a test in C of the word before the
    blanks that most names fail, so the pattern is searched for only where it may match."""
    for stop in (end, end - 1) if text[end - 1:end] == "\n" else (end,):
        word_end = stop
        while word_end > start and text[word_end - 1] in " \t":
            word_end -= 1
        if word_end < stop and text.endswith(_kind_words(), start, word_end):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _naming_before() -> re.Pattern:
    """Words that give a person's name right before it (``naming`` words of ``data/speaker_words.csv``:
    "we're going to call Terry", "identified only as Anna")."""
    return re.compile(rf"\b(?:{_alternatives(speaker_words().get('naming', {}))})[ \t]+$", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def clean_name(run: str) -> str:
    """A name run without the sentence-opening words glued to it and without a possessive.

    >>> clean_name("That's Richard Finneran's")
    'Richard Finneran'
    """
    words = run.split()
    words = words[min(_opening_words(words), len(words) - 1):]
    if words:
        words[-1] = strip_possessive(words[-1])
    while len(words) > 2 and words[-1] in word_class("post-nominal"):
        words.pop()  # "Rory Phillips KC" is Rory Phillips
    return " ".join(words)


def _opening_words(words: list[str]) -> int:
    """How many of ``words`` open a sentence rather than the name: "But", "That's", "And", or
    describe it: "State-owned", or an office's acronym or an owner before a first name ("APNSA Jake Sullivan", "The
    BBC's Laura Bicker"). A surname written as a pronoun is, before one capitalised word, the name's ("spokesman He
    Yadong")."""
    if len(words) == 2 and words[0] in word_class("surname") and words[1][:1].isupper() \
            and words[1].lower() not in _openers() and words[1] not in word_class("time"):
        return 0  # "He Yadong"; not "He Also", "He Monday" in capitalised copy
    openers, contracted, k = _openers(), _openers(True), 0
    while k < len(words):
        low = words[k].lower()
        contraction = _CONTRACTION.fullmatch(low)
        if not (low in openers or (contraction is not None and contraction.group(1) in contracted)
                or _DESCRIPTOR.fullmatch(words[k]) or _nationality_compound(words[k])):
            break
        k += 1
    if k + 2 < len(words) and _ACRONYM.fullmatch(words[k]) and words[k + 1] in first_name_pronouns():
        k += 1  # an office's acronym before a first name ("APNSA Jake Sullivan", "FBI Kash Patel")
    elif k + 2 < len(words) and words[k].endswith(("'s", "’s")) and words[k + 1] in first_name_pronouns():
        k += 1  # an owner before a person's full name ("The BBC's Laura Bicker"); not "Pakistan's Foreign Minister"
    return k


def _nationality_compound(word: str) -> bool:
    """A compound of nationalities that describes a name ("Israeli-American Itay Chen"), unlike a
    hyphenated first name ("Kassym-Jomart")."""
    head, dash, _ = word.partition("-")
    return bool(dash) and head in speaker_words().get("country", {})


def strip_possessive(word: str) -> str:
    """``"Brown's"`` -> ``"Brown"``, ``"Yukos'"`` -> ``"Yukos"``."""
    if word[-2:] in ("'s", "’s") and len(word) > 2:
        return word[:-2]
    return word[:-1] if word[-1:] in ("'", "’") and len(word) > 1 else word


def full_names(text: str, people: People) -> tuple[list[int], list[str]]:
    """Positions and names of the multi-word names in ``text`` (titles removed), in order."""
    found = _full_names(text, people)[0]
    return [p for p, _, _ in found], [n for _, n, _ in found]


_Found = tuple[int, str, tuple[int | None, str]]


_NAME_LIKE_AUXILIARIES = frozenset({"do", "does", "did", "be", "been", "being"})
"""Auxiliaries that also begin names ("Do Kwon"): only the others open no name ("Is Iran turning ...?")."""
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
"""The word right before a name run on its line."""
_AGE_DIGITS = 8
"""Characters before an owner's phrase within which its age may stand ("44-" before "year-old's")."""


def _opening_time(text: str, start: int, written: str) -> int:
    """Characters of a name run ``written`` (at ``start``) that are a time after a preposition, no part of the name:
    "On Friday " of "On Friday Jones", "Sunday " of "Sunday Shorten" after "on " (0 where there is none)."""
    words = written.split(" ", 2)
    if len(words) == 3 and time_after(words[0], words[1]):  # "On Friday Jones said", "Last May Theresa May said"
        return len(words[0]) + len(words[1]) + 2
    if len(words) > 1:  # "on Sunday Shorten denied" (but "by April Ryan", "for April Ryan")
        before = _WORD_BEFORE.search(text, max(0, start - 10), start)
        if before is not None and time_after(before.group(1), words[0]):
            return len(words[0]) + 1
    return 0


def _full_names(text: str, people: People) -> tuple[list[_Found], list[_Found]]:
    """``(position, name, (where its role words end, its title))`` of each full name, and of each
    one-word name written after a title ("President Biden"); a possessive ends a name ("Blair's Tory
    'lies'": "Blair's" is no part of a name "Blair's Tory")."""
    found, titled = [], []
    for match in _name_run(hard_wrapped(text)).finditer(text):
        written, start = match.group(), match.start()
        cut = _opening_time(text, start, written)  # "On Sunday Shorten denied": a day, then the name
        written, start = written[cut:], start + cut
        if written[:3].isupper():
            past = name_past_bare_dateline(text, start, match.end())  # "DUBAI/WASHINGTON Iran freed": Iran's name alone
            written, start = written[past - start:], past
        cut = _after_title_of(text, start, written, people)  # "Secretary of | State Elliott Abrams"
        for at, skip, name, title in _run_names(written[cut:] if cut else written, people):
            at += start + cut
            (found if " " in name else titled).append((at + skip, name, (None if skip else at, title)))
    return found, titled


@functools.lru_cache(maxsize=65536)
def _run_names(written: str, people: People) -> tuple[tuple[int, int, str, str], ...]:
    """``(offset, characters of opening words skipped, name, title)`` of each name in a run of capitalised
    words as written (:func:`_parse_run` of each piece a possessive ends): the same wherever the run
    stands, so kept (a document names the same people again and again)."""
    pieces = _POSSESSIVE_END.split(written) if _POSSESSIVE_INSIDE.search(written) else (written,)
    names, offset = [], 0
    for piece in pieces:
        stripped = piece.strip()
        parsed = _parse_run(stripped, people) if stripped else None
        if parsed is not None:
            names.append((offset + len(piece) - len(piece.lstrip()), *parsed))
        offset += len(piece)
    return tuple(names)


def _after_title_of(text: str, start: int, written: str, people: People) -> int:
    """Characters at the start of the run ``written`` (at ``start``) that end a title written
    before it with "of" ("Assistant Secretary of State Elliott Abrams": "State "), else 0."""
    lowest, k = max(0, start - 60), start
    while k > lowest and text[k - 1].isspace():
        k -= 1
    if not (text.endswith("of", lowest, k) and k - 3 >= lowest and text[k - 3].isspace()):
        return 0  # no " of " right before the run, which the search below needs (most runs)
    before = _TITLE_OF.search(text, max(0, start - 60), start)
    if before is None:
        return 0
    words = written.split()
    title, name = people.split_title(f"{before.group(1)} of {' '.join(words)}")
    kept = len(name.split())
    if not title or not kept or kept >= len(words) or words[-kept:] != name.split():
        return 0
    return re.match(rf"(?:\S+\s+){{{len(words) - kept}}}", written).end()  # also over a wrapped line


@functools.lru_cache(maxsize=65536)
def _parse_run(written: str, people: People) -> tuple[int, str, str] | None:
    """``(characters of opening words skipped, name, title)`` of a full name written so (or of a surname after
    its title: ``(0, "Biden", "President")``), or ``None``."""
    words = written.split()
    dropped = _opening_words(words) + bool(_QUESTIONER_LABEL.match(written))
    if len(words) - dropped < 2:
        return None
    title, name = people.split_title(clean_name(title_case(written) if written.isupper() else written))
    name = people.without_knighthood(name)  # "Sir Keir Starmer" is Keir Starmer; "Sir Keir" is no full name
    parts = name.split()
    skip = re.match(rf"(?:\S+\s+){{{dropped}}}", written).end() if dropped else 0
    if len(parts) == 1 and title:
        return skip, name, title  # "President Biden": a surname after its title, no full name
    if len(parts) < 2 or parts[0].lower() in particles_of_names() or people.knighted_first_name(name):
        return None  # "Von der Leyen and Costa": a surname that opens with a particle is no full name
    return skip, name, title


def _words_before(text: str, position: int) -> str:
    """The (up to three) words on the same line before ``position``: a name's role ("Tory co-chairman")."""
    window = text[max(0, position - 60):position]
    return " ".join(window[window.rfind("\n") + 1:].split()[-3:])


@functools.lru_cache(maxsize=65536)
def _personal_keys(name: str, people: People) -> tuple[str, str] | None:
    """The keys of the first and last word of a full name that may be a person's, else ``None``."""
    parts = name.split()
    if len(parts) > 2 and parts[-1].rstrip(".").lower() in _GENERATIONAL_SUFFIXES:
        parts = parts[:-1]  # "Ferdinand Marcos Jr" is "Marcos" for a later "Marcos said"
    if any(_ACRONYM.fullmatch(p) for p in parts) or _key(parts[-1]) in people.institution_heads:
        return None
    return _key(parts[0]), _key(parts[-1])


_GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words after a surname that set a person apart from a parent of the same name, no surname themselves."""


def _without_particle(key: str) -> str:
    """A surname's key without a particle joined to it by a hyphen ("al-burhan" -> "burhan"), else as it is."""
    head, dash, rest = key.partition("-")
    return rest if dash and rest and head in particles_of_names() else key


_ACRONYM_DEFINED = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z])\)")
"""An acronym in brackets ("(ICRC)", "(NATO)", "(OSCE)"), after the name it stands for."""
_MINOR_NAME_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "&"})
"""Words inside an institution's name that its acronym may leave out ("International Committee of the Red Cross")."""


def defined_acronyms(text: str) -> dict[str, str]:
    """``{acronym: name}`` for each name the text writes with its acronym in brackets after it, the
    acronym's capitals being the capitals of the name's words, in order ("the International Committee
    of the Red Cross (ICRC)", "Organization for Security and Co-operation in Europe (OSCE)"); the
    name is the shortest run of words before the bracket that spells it.

    >>> defined_acronyms("The International Committee of the Red Cross (ICRC) said. The ICRC left.")
    {'ICRC': 'International Committee of the Red Cross'}
    >>> defined_acronyms("Mr Smith (R) said so.")
    {}
    """
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINED.finditer(text):
        acronym = match.group(1)
        capitals = [c for c in acronym if c.isupper()]
        words = text[max(0, match.start() - 200):match.start()].split()
        spelled: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            word = words[k].strip(",;:")
            if word.lower() in _MINOR_NAME_WORDS and spelled:
                continue
            if not word[:1].isupper() or len(spelled) == len(capitals):
                break
            spelled.insert(0, word[0])  # "Co-operation" gives one capital, as the acronym has it
            if spelled == capitals:
                name = " ".join(w.strip(",;:") for w in words[k:])
                found.setdefault(acronym, name)
                break
    return found


_NAME_WORDS = r"[A-Z][\w’'.-]*(?: (?:of )?[A-Z][\w’'.-]*)*"
_NAME_PAIR = re.compile(rf"(?<![\w’'-])({_NAME_WORDS}) and ({_NAME_WORDS})(?![\w’'])")
"""Two names joined by "and" ("Mali and Burkina Faso", "Bosnia and Herzegovina" too: a caller checks)."""
PAIR_REACH = 600
"""How far back (characters) "the two countries" looks for the two it means."""
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
"""The end of a sentence between two names: two people with the same title in one sentence leave "the president" open."""


def _holds_role(written: str, role: str, past: bool) -> bool:
    """Whether a written role (lower case) is ``role`` or ends with it ("tory co-chairman"), unless the
    role is what it is of ("office of the president"), it is past (``past role`` in
    ``data/speaker_words.csv``: "former President Joe Biden" is no "the president") where ``role``,
    whose pastness the caller has read (``past``), is not, or a ``deputy role`` word stands right before
    it ("Vice President Sara Duterte" is no "the president")."""
    return written == role or (written.endswith(" " + role) and " of " not in written and (past or not _past(written))
                               and written[:-len(role) - 1].rsplit(" ", 1)[-1] not in word_class("deputy role"))


def _past(words: str) -> bool:
    """Whether words before a name hold a past role's word (``past role`` in ``data/speaker_words.csv``: "former")."""
    return not word_class("past role").isdisjoint(words.lower().split())


class NameIndex:
    """The names of one document (see the module docstring)."""

    def __init__(self, text: str, people: People):
        self.people = people
        names, titled = _full_names(text, people)
        self._titled = [t for t in titled if not _past(_words_before(text, t[0]))]
        """The surnames written after a title ("President Biden", not "former President Biden"), for :meth:`with_role`."""
        self._titled_at = [t[0] for t in self._titled]
        self._titled_keys = [_key(t[2][1]) for t in self._titled]
        self.positions = [p for p, _, _ in names]
        self.names = [n for _, n, _ in names]
        self._written_roles = [r for _, _, r in names]
        self._roles: dict[int, tuple[str, ...]] = {}  # read when a role phrase asks
        self._by_surname: dict[str, list[int]] = {}
        self._by_first: dict[str, list[int]] = {}
        for i, full in enumerate(self.names):
            keys = _personal_keys(full, people)
            if keys is not None:
                self._by_surname.setdefault(keys[1], []).append(i)
                bare = _without_particle(keys[1])
                if bare != keys[1]:  # "Gen Burhan" after "Abdel Fattah al-Burhan"
                    self._by_surname.setdefault(bare, []).append(i)
                if full.split(" ", 1)[0] not in word_class("surname"):  # a lone "He" is the pronoun
                    self._by_first.setdefault(keys[0], []).append(i)
        self._text = text
        self.acronym_of = {name: acronym for acronym, name in defined_acronyms(text).items()}
        """Each name the text gives an acronym, with the acronym ("International Committee of the Red Cross": "ICRC")."""
        self._organisations: dict[str, bool] = {}
        self._given: dict[str, bool] = {}  # given_as_name, per name asked (a name opens many sentences)
        self._found: dict[str, list[int]] = {}  # _occurrences, per word asked

    def age_written(self, start: int, end: int) -> str | None:
        """The age of an owner written by age at offsets ``start..end`` ("The 44-year-old's", whose
        phrase may begin after the number), else ``None``."""
        found = re.search(r"(\d+)-year-old", self._text[max(0, start - _AGE_DIGITS):end])
        return found.group(1) if found else None

    def aged(self, name: str, age: str, before: int) -> bool:
        """Whether the text gives ``name`` the age ``age`` before offset ``before`` ("Alexei Navalny, 44,", "the
        44-year-old Alexei Navalny"): the person a later "the 44-year-old" means."""
        written = re.escape(name)
        return re.search(rf"{written},\s+{age}\b|\b{age}-year-old\s+(?:\w+\s+){{0,3}}?{written}",
                         self._text[:before]) is not None

    def personal(self, parts: list[str]) -> bool:
        """Whether a full name may be a person's: no acronym in it ("NPR One", "California DOJ"),
        no institution word last."""
        return _personal_keys(" ".join(parts), self.people) is not None

    def _role_texts(self, k: int) -> tuple[str, ...]:
        """The roles of full name ``k``: the words before it with its title, and the people list's."""
        known = self._roles.get(k)
        if known is not None:
            return known
        name, (end, title) = self.names[k], self._written_roles[k]
        person = self.people.lookup(name)
        roles = [_key(f"{_words_before(self._text, end) if end is not None else ''} {title}".strip())]
        if person is not None and person.role:  # "Prime Minister of the United Kingdom (1997-2007)": "prime minister"
            for part in _key(person.role).split(","):
                part = part.split(" (")[0].strip()
                roles += [part, part.split(" of ")[0]]
        known = self._roles[k] = tuple(roles)
        return known

    def last_person_in(self, start: int, end: int, where: Callable[[int], bool] = lambda position: True) -> str | None:
        """The last full name written between ``start`` and ``end`` that may be a person's, at a position
        ``where`` accepts, or ``None``."""
        first, stop = bisect.bisect_left(self.positions, start), bisect.bisect_left(self.positions, end)
        return next((self.names[k] for k in range(stop - 1, first - 1, -1)
                     if where(self.positions[k]) and self.personal(self.names[k].split())), None)

    def _past_role(self, k: int) -> bool:
        """Whether the text writes full name ``k`` with a past role ("former President Joe Biden"): then
        no role the people list gives the person is theirs here either."""
        return _past(self._role_texts(k)[0])

    def latest_full(self, word: str, position: int, prefer: Container[str] = (), *, first_only: bool = False) -> str | None:
        """The latest full name before ``position`` whose last word, else first word, is ``word``
        (``first_only``: whose first word is, "Sir Keir"); of several such names, the latest one in
        ``prefer`` (the people the text has made speakers or subjects: "Ruby Chen, the father of Itay
        Chen ... Mr Chen said" is Ruby Chen)."""
        known = bisect.bisect_left(self.positions, position)
        for index in (self._by_first,) if first_only else (self._by_surname, self._by_first):
            found = index.get(_key(word), ())
            k = bisect.bisect_left(found, known) - 1
            if k >= 0:
                names = [self.names[found[j]] for j in range(k, max(k - SAME_SURNAME, -1), -1)]
                return next((n for n in names if n in prefer), names[0])
        return None

    def only_full(self, first_name: str, outside: Iterable[tuple[int, int]] = ()) -> str | None:
        """The one full name with this first name that the text writes anywhere outside the spans
        ``outside`` ("CATHERINE:" labels the turns of the Catherine Tucker thanked at the end; a label's
        own turns are left out, where "JOHN: ... John Lewis was a hero" names someone else), ``None`` when
        none or several are."""
        spans = list(outside)
        names = {self.names[k] for k in self._by_first.get(_key(first_name), ())
                 if not any(a <= self.positions[k] < b for a, b in spans)}
        return names.pop() if len(names) == 1 else None

    def only_full_with_surname(self, surname: str) -> str | None:
        """The one full name ending with ``surname`` that the text writes anywhere, ``None`` when none or
        several are ("Mr Bolton recently said ..." before "John Bolton" is first written in full)."""
        names = {self.names[k] for k in self._by_surname.get(_key(surname), ())}
        return names.pop() if len(names) == 1 else None

    def has_full_name_with(self, word: str) -> bool:
        """Whether any full name of the text ends, or begins, with ``word``: whether
        :meth:`latest_full` may find one for it anywhere (it finds none wherever asked when not;
        :class:`~newsbook.speakers.Resolver` relies on this to read such a word once a document)."""
        key = _key(word)
        return key in self._by_surname or key in self._by_first

    def with_role(self, role: str, position: int) -> str | None:
        """The latest full name before ``position`` written with (or listed with) ``role``
        ("tory co-chairman", "prime minister"): its role ends with those words, unless they are
        what the role is of ("office of the president" is no president); ``""`` when two people
        written with it in one sentence are the latest (either may be meant), ``None`` when no one is."""
        key = _key(role)
        past = _past(key)  # "the former president" asks for a past role; "the president" for a present one
        last = bisect.bisect_left(self.positions, position) - 1
        full = [(self.positions[k], self.names[k]) for k in range(last, max(last - ROLE_REACH, -1), -1)
                if any(_holds_role(r, key, past) for r in self._role_texts(k)) and (past or not self._past_role(k))][:2]
        before = bisect.bisect_left(self._titled_at, position)
        titled = [self._titled[k][:2] for k in range(before - 1, max(before - ROLE_REACH, 0) - 1, -1)
                  if _holds_role(self._titled_keys[k], key, past)][:2]  # "President Biden ... the President said"
        found = sorted(full + titled, reverse=True)[:2]
        if not found:
            return None
        if len(found) == 2 and found[1][1] != found[0][1] and not _SENTENCE_END.search(self._text, found[1][0], found[0][0]):
            return ""  # "President Biden and President Xi spoke. The president said": either, so no one
        return found[0][1]

    def last_pair_before(self, position: int, reach: int = PAIR_REACH) -> str | None:
        """The last two names joined by "and" in the ``reach`` characters before ``position`` ("Mali and
        Burkina Faso", "India and Pakistan"), for "the two countries" after them; ``None`` when none is."""
        start = max(0, position - reach)
        last = None
        for last in _NAME_PAIR.finditer(self._text, start, position):
            pass
        if last is None:
            return None
        first = last.group(1).split()
        while first and not self.is_proper(first[0]):  # "Neighbouring Mali": a sentence's opening word
            first.pop(0)
        return f"{' '.join(first)} and {last.group(2)}" if first else None

    def only_titled(self, role: str) -> str | None:
        """The one person the whole text writes with the title ``role`` ("President Biden"), wherever
        it does; ``None`` when no one or two people are ("President Biden", "President Yoon")."""
        key = _key(role)
        names = {name for (_, name, *_), titled_key in zip(self._titled, self._titled_keys)
                 if _holds_role(titled_key, key, False)}
        return names.pop() if len(names) == 1 else None

    def is_institution(self, name: str) -> bool:
        """Whether the text shows ``name`` is an organisation (or it is an acronym); never the
        surname of a person's full name ("Donald Trump ... Trump spokesman Sean Spicer")."""
        if _ACRONYM.fullmatch(name):
            return True
        if " " not in name and self.is_surname(name):
            return False
        known = self._organisations.get(name)
        if known is None:
            known = self._organisations[name] = self._shown_as_organisation(name)
        return known

    def _shown_as_organisation(self, name: str) -> bool:
        """Whether the text writes ``name`` right after a noun for its kind ("news agency Xinhua",
        "medical charity Médecins Sans Frontières", ``body`` and ``outlet`` words) or, for a one-word
        name, before the word for its people or a company noun in apposition, or after "-owned"
        (looked up per name when asked, not for every word)."""
        if name in speaker_words().get("country", {}):
            return False
        after, kind, text = _organisation_after(), _kind_before(), self._text
        for at in self._occurrences(name):
            if _may_follow_kind(text, max(0, at - 30), at) and kind.search(text, max(0, at - 30), at):
                return True
            if " " not in name and (after.match(text, at + len(name)) or _OWNED.search(text, max(0, at - 30), at)):
                return True
        return False

    def is_compound_acronym(self, name: str) -> bool:
        """Whether ``name`` is an acronym the text writes at least twice and always before one
        lower-case noun ("IP address", "IP addresses"): part of a compound, no organisation; never a
        listed one, nor one before a group noun ("CSTO troops": the organisation's people)."""
        if not _ACRONYM.fullmatch(name) or self.people.lookup(name) is not None:
            return False
        tails = [_COMPOUND_TAIL.match(self._text, at + len(name)) for at in self._occurrences(name)]
        if len(tails) < 2 or None in tails:
            return False
        nouns = {tail.group(1) for tail in tails}
        noun = min(nouns, key=len)
        return nouns <= {noun, noun + "s", noun + "es"} and not nouns & _group_nouns()

    def given_as_name(self, name: str) -> bool:
        """Whether the text gives ``name`` as a person's name ("we're going to call Terry")."""
        known = self._given.get(name)
        if known is None:
            naming, text = _naming_before(), self._text
            known = self._given[name] = any(naming.search(text, max(0, at - 30), at) for at in self._occurrences(name))
        return known

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is the last word of a person's full name in the text."""
        return _key(word) in self._by_surname

    def is_common(self, word: str) -> bool:
        """Whether the text writes ``word`` in lower case as a whole word."""
        return bool(self._occurrences(word.lower()))

    def is_proper(self, word: str) -> bool:
        """Whether the text writes ``word`` capitalised inside a sentence (after a lower-case
        word, a digit or a comma): a name, not a sentence opener."""
        text = self._text
        return any(at >= 2 and text[at - 1] in " \t" and (text[at - 2] in _INSIDE or text[at - 2].islower())
                   for at in self._occurrences(strip_possessive(word)))

    def _occurrences(self, word: str) -> list[int]:
        """The positions of ``word`` as a whole word (looked up when asked, and kept: only names
        and lone sentence-opening words are asked, so no index of every word is built)."""
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = self._scan(word)
        return found

    def _scan(self, word: str) -> list[int]:
        """:meth:`_occurrences`, read from the text."""
        text, size, found = self._text, len(word), []
        at = text.find(word) if word else -1
        while at >= 0:
            end = at + size
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                found.append(at)
            at = text.find(word, at + 1)
        return found
