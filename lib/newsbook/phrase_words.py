"""The words speaker phrases are read from: a sentence's tokens and the closed word classes.

:func:`spans_and_words` tokenises a stretch of text with the library's token pattern (the hot
loop of the attribution rules); :func:`word_classes` reads the classes of
``data/speaker_words.csv`` (pronouns, groups, fillers, titles ...) into the sets the readers
consult. :class:`Phrase` is a speaker phrase; :class:`PhraseBase` holds one sentence's tokens with
the tests every reading shares (a name word, words inside a name, a modifier, the name runs, a
name the text introduces), the base of :class:`newsbook.speaker_forward.ForwardReader` and
:class:`newsbook.speaker_phrases.PhraseReader`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from newsbook.cue_list import forms_of
from newsbook.people import speaker_words
from newsbook.tokens import LETTER_OR_DIGIT, SPACED_TOKEN, WORD_PATTERN

_WORD = re.compile(WORD_PATTERN)


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The token spans of :func:`newsbook.tokens.token_spans` (same pattern), read with :mod:`re`
    directly: the library's hot loop, several times faster than NLTK's wrapper.

    Every character outside white space belongs to a token, so one ``findall`` with the white
    space before each token attached gives the tokens back to back; their offsets are running
    sums of lengths, with no match object per token.

    >>> text = "The U.S. sent  2,500 troops."
    >>> spans(text) == [m.span() for m in _WORD.finditer(text)]
    True
    """
    return spans_and_words(text, start, end)[0]


def spans_and_words(text: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """:func:`spans` and the tokens themselves (``text[a:b]`` of each span), read together."""
    starts, ends, words = _starts_ends_words(text, start, end)
    return list(zip(starts, ends)), words


def _starts_ends_words(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int], list[str]]:
    """:func:`spans_and_words` with the starts and ends of the tokens as two lists."""
    chunks = SPACED_TOKEN.findall(text, start, len(text) if end is None else end)
    ends = list(itertools.accumulate(map(len, chunks), initial=start))
    del ends[0]
    words = list(map(str.lstrip, chunks))
    return list(map(operator.sub, ends, map(len, words))), ends, words


class TextTokens:
    """:func:`spans_and_words` of a whole text, read once, and of any stretch of it as a slice.

    A stretch whose ends fall between the text's tokens holds exactly the text's tokens between
    them (the token pattern looks neither behind nor ahead, so a token read from one of its own
    starts is the same, and one that ends by ``end`` is never cut); a stretch whose end cuts a
    token ("U.S." split after "U.") is read on its own, as before.
    """

    def __init__(self, text: str):
        self.text = text
        self.starts, ends, self.words = _starts_ends_words(text)
        self.spans = list(zip(self.starts, ends))

    def __call__(self, start: int, end: int) -> tuple[list[tuple[int, int]], list[str]]:
        """``spans_and_words(text, start, end)``."""
        where = self.locate(start, end)
        if where is None:
            return spans_and_words(self.text, start, end)  # a token the stretch cuts
        return self.spans[where[0]:where[1]], self.words[where[0]:where[1]]

    def locate(self, start: int, end: int) -> tuple[int, int] | None:
        """``(first, stop)``: the stretch's tokens are the text's ``first:stop``; ``None`` where it cuts one."""
        first = bisect.bisect_left(self.starts, start)
        stop = bisect.bisect_left(self.starts, end, first)
        if (first > 0 and self.spans[first - 1][1] > start) or (stop > first and self.spans[stop - 1][1] > end):
            return None
        return first, stop

    def holding(self, mark: str) -> list[int]:
        """The indices of the tokens that hold ``mark`` (one character, not white space), each once, in
        order: the token at each place the text holds it (every character but white space is in a token)."""
        text, starts, found = self.text, self.starts, []
        at = text.find(mark)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            if not found or found[-1] != k:
                found.append(k)
            at = text.find(mark, at + 1)
        return found


def contraction_base(word: str) -> str:
    """A pronoun's contraction without its verb: ``"i'm"`` -> ``"i"``, ``"he's"`` -> ``"he"``; other
    words unchanged."""
    for mark in ("'", "’"):
        if mark in word:
            return word.split(mark, 1)[0]
    return word


@functools.lru_cache(maxsize=1)
def word_classes() -> dict[str, object]:
    """The closed word classes of ``data/speaker_words.csv`` as the phrase rules use them (sets by name)."""
    lists = speaker_words()

    def words_of(category: str) -> set[str]:
        return set(lists.get(category, {}))

    def of_kind(category: str, *kinds: str) -> set[str]:
        return {w for w, k in lists.get(category, {}).items() if k in kinds}

    return {
        "fillers": words_of("filler"),
        "be": of_kind("filler", "be"),
        "verbal": of_kind("filler", "be", "aux", "modal"),
        "auxiliaries": of_kind("filler", "aux", "modal"),
        "quantifiers": words_of("quantifier"),
        "determiners": words_of("determiner"),
        "modals": of_kind("filler", "modal"),
        "prepositions": words_of("preposition"),
        "function": words_of("function"),
        "particles": words_of("particle"),
        "joiners": words_of("particle") | {".", "of"},
        "pronouns": words_of("pronoun"),
        "selves": words_of("self"),
        "groups": dict(lists.get("group", {})),
        "documents": words_of("document"),
        "titles": {w.casefold() for w in lists.get("title", {})} | {"secretary", "minister", "president"},
        "time": words_of("time"),
        "saying": set(forms_of("say", "tell")),
        "time_prepositions": words_of("time preposition"),
        "ing_prepositions": words_of("ing preposition"),
        "subordinators": words_of("subordinator"),
        "clause_openers": words_of("clause opener"),
        "participle_openers": words_of("participle opener"),
        "purpose_particles": words_of("purpose particle"),
        "weekdays": of_kind("time", "weekday"),
        "listeners": words_of("listener"),
        "article_listeners": of_kind("listener", "after article"),
        "bodies": words_of("body"),
        "institution_heads": {w for w in lists.get("institution", {}) if w[:1].isupper()},
        "organisation_nouns": words_of("organisation noun"),
        "outlets": words_of("outlet"),
        "places": words_of("place"),
        "countries": words_of("country"),
        "postmodifiers": words_of("postmodifier"),
        "qualifiers": words_of("knowledge qualifier"),
        "past_verbs": words_of("past verb"),
        "raising": words_of("raising participle"),
        "causatives": words_of("causative"),
        "openers": words_of("function") | words_of("self") | words_of("quantifier"),
        "non_speakers": words_of("pronoun") | words_of("self"),
        "possessors": words_of("pronoun") | words_of("function"),
    }


def opens_qualifier(words: Sequence[str], k: int) -> bool:
    """Whether a knowledge qualifier opens at word ``k`` after a group noun: a ``knowledge qualifier`` word
    ("familiar", "briefed") or "with" and one within two words ("with knowledge of", "with direct access to")."""
    qualifiers = word_classes()["qualifiers"]
    low = words[k].lower()
    return low in qualifiers or (low == "with" and any(w in qualifiers for w in words[k + 1:k + 3]))


def time_after(preposition: str, word: str) -> bool:
    """Whether capitalised ``word`` after ``preposition`` is a time, no part of a name: the one rule of every reader
    that meets a time before a name ("On Sunday Shorten said", "By Sunday Russian officials said", "Until June Mark
    Carney said"). A weekday after any preposition; another time word (a month: "Last May Theresa May") after a
    ``time preposition`` but "for", after which a month may be a first name ("a good night for April Ryan")."""
    classes, low = word_classes(), preposition.lower()
    if word in classes["weekdays"]:
        return low in classes["prepositions"] or low in classes["time_prepositions"]
    return word in classes["time"] and low in classes["time_prepositions"] and low != "for"


ARTICLES = ("the", "a", "an")
DASHES = frozenset({"-", "–", "—"})
"""The dashes a sentence sets an aside off with ("Musah – ECOWAS commissioner ... – said")."""
ORGANISATION_JOINERS = frozenset({"for", "on"})
"""The words after which only an organisation's head noun goes on ("Institute for ...", "Council on ...")."""
INSTITUTION_JOINERS = frozenset({"of", "and"}) | ORGANISATION_JOINERS
"""The lower-case words an institution's name may go on over (:meth:`PhraseBase._institution_of`)."""
RELATIVES = ("who", "which")
"""Relative pronouns that open a clause about a speaker set off by commas."""
QUALIFIER_REACH = 7
"""Tokens at most of a source's knowledge qualifier ("familiar with her outreach efforts"): longer, it is no name."""
PERSON_POSSESSIVES = frozenset({"his", "her"})
"""Possessives before a group noun that make it a person's ("his team", "her spokesman")."""
ORGANISATION_POSSESSIVES = frozenset({"its", "their"})
"""Possessives before a group noun that make it an organisation's ("its chairman")."""


_APPOSITIVE_HEAD_REACH = 4
"""Words after an appositive's article within which its head noun stands ("a midsized Texan city")."""
_FIRST = slice(0, 1)
_FIRST_CHARACTER = operator.itemgetter(0)


def name_words(words: list[str], masked: list[bool], hyphenated: Iterable[int] | None = None) -> list[bool]:
    """:meth:`PhraseBase.is_name_word` of each of ``words``: a word's own property (with whether it
    is quoted), so a text's can be read at once and sliced for its sentences; ``hyphenated``: the
    indices of the words that hold a hyphen, if known (:meth:`TextTokens.holding`)."""
    return _name_words(words, masked, word_classes()["particles"], hyphenated)


def _name_words(words: list[str], masked: list[bool], particles: set[str],
                hyphenated: Iterable[int] | None = None) -> list[bool]:
    """Whether each word is a name word: outside quotations, capitalised, with a letter; or a
    lower-case particle joined to a capitalised name ("al-Farr").

    Most words have no capital: a capital first letter is looked for without a Python step per
    word, and only the capitalised words, and the hyphenated ones, are read further.
    """
    # a word's first character taken by index, a third faster than by slice, where no word is empty (none of a text's tokens)
    firsts = map(_FIRST_CHARACTER, words) if all(words) else map(operator.getitem, words, itertools.repeat(_FIRST))
    names = list(map(str.isupper, firsts))
    for k in itertools.compress(range(len(names)), names):
        word = words[k]
        names[k] = not masked[k] and (word[0].isalpha() or any(c.isalpha() for c in word))
    if hyphenated is None:  # (a text's tokens give them at once: TextTokens.holding)
        hyphenated = [k for k, word in enumerate(words) if "-" in word]
    for k in hyphenated:
        word = words[k]
        if "-" in word[1:5] and word[:1].islower() and not masked[k]:
            head, _, tail = word.partition("-")
            names[k] = head in particles and tail[:1].isupper()
    return names


def _always(word: str) -> bool:
    return True


def _never(word: str) -> bool:
    return False


class Phrase(NamedTuple):
    """A speaker phrase: first and last token, offsets into the text, words and type (a named
    tuple: one is made for every name run read, some 50 a document; three times cheaper than a
    frozen dataclass)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    type: str
    group_kind: str = ""


_new_phrase = functools.partial(tuple.__new__, Phrase)
"""``Phrase(*fields)`` of all its fields, made without the named tuple's own ``__new__`` (a Python
function: twice as slow, and a phrase is made for every name run read)."""


class PhraseBase:
    """One sentence's tokens, which lie inside quotations, and the word classes they are read by:
    the base of :class:`newsbook.speaker_phrases.PhraseReader`."""

    def __init__(self, text: str, spans: list[tuple[int, int]], masked: list[bool], words: list[str] | None = None,
                 names: list[bool] | None = None):
        self.text, self.spans, self.masked = text, spans, masked
        self.words = [text[a:b] for a, b in spans] if words is None else words  # words: the spans' text, if read already
        if "particles" not in PhraseBase.__dict__:  # the word classes, class attributes read once (not copied per sentence)
            for name, words_of_class in word_classes().items():
                setattr(PhraseBase, name, words_of_class)
        self._names = _name_words(self.words, masked, self.particles) if names is None else names
        """:meth:`_is_name_word` of every token, read once (``masked`` is not changed after); ``names``:
        :func:`name_words` of the tokens, if read already."""
        self.proper: Callable[[str], bool] = _always
        """Whether the document shows a word is a name: listed, capitalised inside a sentence,
        a surname (:meth:`newsbook.speakers.Resolver.is_proper`)."""
        self.common: Callable[[str], bool] = _never
        """Whether the document writes a word in lower case (:meth:`newsbook.speakers.Resolver.is_common`)."""

    def is_adverb(self, word: str) -> bool:
        """Whether ``word`` is an adverb that may stand between a speaker and a cue ("however", "just",
        "falsely"): a ``filler`` of ``data/speaker_words.csv`` that is no verb form."""
        low = word.lower()
        return low in self.fillers and low not in self.verbal

    def opening_dash(self, j: int) -> int | None:
        """The nearest dash before token ``j``: the one that opens the aside a dash at ``j`` closes, or ``None``."""
        return next((k for k in range(j - 1, -1, -1) if self.words[k] in DASHES), None)

    def name_runs(self) -> list[Phrase]:
        """Every run of capitalised words outside quotations, opening function words dropped."""
        return list(self.iter_name_runs())

    def iter_name_runs(self) -> Iterator[Phrase]:
        """:meth:`name_runs`, made one by one as they are read."""
        k, names, words, openers, joiners = 0, self._names, self.words, self.openers, self.joiners
        n = len(words)
        while k < n:
            if not names[k]:
                try:
                    k = names.index(True, k)  # the next name word
                except ValueError:
                    break
            j, inside = k, False
            while True:
                while j + 1 < n and (names[j + 1] or (words[j + 1] in joiners and self._connects(j + 1))) \
                        and not self._trailing_day(k, j + 1):
                    j += 1  # names[k]: _is_name_word(k); only a joiner may connect
                if j + 2 >= n or words[j + 1] not in INSTITUTION_JOINERS:  # no institution's name goes on (most runs)
                    break
                further = self._institution_of(j, n, inside)  # "the Bank | of England"
                if further is None:
                    break
                j, inside = further
            first = k
            while first <= j and words[first].lower() in openers:  # function words and selves
                first += 1
            if first < j and first > 0 and time_after(words[first - 1], words[first]):
                first += 1  # "On Sunday Shorten denied": a day, then the name (not "by May Chen")
            if first <= j:
                yield self._make(first, j, "name")
            k = j + 1

    def opens_relative(self, comma: int) -> bool:
        """Whether token ``comma`` is a comma that opens a relative clause ("Trump, who has said ...",
        "the Slovak Recruits, which says ...")."""
        return self.words[comma] == "," and comma + 1 < len(self.words) and self.words[comma + 1].lower() in RELATIVES

    def _institution_of(self, k: int, before: int, inside: bool = False) -> tuple[int, bool] | None:
        """The first name word after "of (the)" when token ``k`` ends an institution's head ("the
        International Committee | of the Red Cross", "the Bank | of England"), or after "for" or "on"
        when it ends an organisation's head noun ("the Institute | for the Study of War", "the Council |
        on Foreign Relations"), before token ``before``; ``inside`` a name so gone on, also after "of" or
        "and" ("... Study | of War", "... Strategic | and International Studies"). ``None`` otherwise: after
        a person's name ("John Herbst of the Atlantic Council"), before a time ("the Council on Friday") or
        a possessive ("the Agency for Trump's ..."). With the first token, whether the name is now inside
        one gone on so (any joiner but a first "of")."""
        if k + 2 >= before:
            return None
        joiner, head = self.words[k + 1], self.words[k]
        if not ((joiner == "of" and (inside or head in self.institution_heads))
                or (joiner in ORGANISATION_JOINERS and head in self.organisation_nouns)
                or (joiner == "and" and inside and not head.endswith("s"))):
            return None  # ("... on Foreign Relations and Goldman Sachs": a name ending in a plural is complete)
        m = k + 2 + (self.words[k + 2].lower() == "the")
        if m >= before or not self._is_name_word(m) or self.words[m] in self.time:
            return None
        if joiner != "of" and self.words[m].endswith(("'s", "’s")):
            return None
        return m, inside or joiner != "of"

    def _name_end(self, i: int, before: int | None = None) -> int:
        """The token after the name run that opens at token ``i`` (``i`` when none does), up to token
        ``before``: its name words, and an institution's "of (the) ..." (:meth:`_institution_of`)."""
        before = len(self.words) if before is None else before
        k, inside = i, False
        while True:
            while k < before and (self._is_name_word(k) or (k > i and self._connects(k))) and not self._trailing_day(i, k):
                k += 1
            further = self._institution_of(k - 1, before, inside) if k > i else None
            if further is None:
                return k
            k, inside = further

    def _trailing_day(self, i: int, k: int) -> bool:
        """Whether token ``k`` is a weekday closing the name run that opens at ``i`` ("said Chuck Schumer
        Tuesday evening"): a day follows a name, it ends none ("Good Friday Agreement" goes on)."""
        return k > i and self.words[k] in self.weekdays and self._is_name_word(k - 1) \
            and not (k + 1 < len(self.words) and self._is_name_word(k + 1))

    def introduces(self, run: Phrase) -> bool:
        """True when a name is followed by an appositive ("Ivan Petrov, 45," "John Carter, a
        professor") or a copula with an article ("Richard Finneran is a prosecutor"): a person
        the text introduces, whom a later "he" may mean; never a place ("San Antonio, a midsized Texan
        city", a ``place`` noun of ``data/speaker_words.csv``)."""
        k = run.last + 1
        if k + 2 < len(self.words) and self.words[k] in ("is", "was") and self.words[k + 1] in ARTICLES:
            return True  # "Richard Finneran is a federal prosecutor"
        if k + 1 >= len(self.words) or self.words[k] != ",":
            return False
        nxt = self.words[k + 1]
        if nxt in ARTICLES and self._appositive_head(k + 2).capitalize() in self.places:
            return False  # "San Antonio, a midsized Texan city": a place (not "a teacher in the village")
        return nxt[:1].islower() or nxt.isdigit()

    def _appositive_head(self, k: int) -> str:
        """The head noun of an appositive whose words open at token ``k`` after its article: its last word
        before a preposition, a comma or the end, within :data:`_APPOSITIVE_HEAD_REACH` words ("a midsized
        Texan city": "city"; "a teacher in the village": "teacher")."""
        end = k
        while end < min(k + _APPOSITIVE_HEAD_REACH, len(self.words)) and self.words[end][:1].isalpha() \
                and self.words[end].lower() not in self.prepositions:
            end += 1
        return self.words[end - 1] if end > k else ""

    def _is_name_word(self, k: int) -> bool:
        """Outside quotations, capitalised, with a letter."""
        return self._names[k]

    is_name_word = _is_name_word

    def _connects(self, k: int) -> bool:
        """Lower-case words inside a name: particles, and "of" after a title ("Secretary of State");
        only a word of ``joiners`` may be one (:meth:`name_runs` asks no other)."""
        word = self.words[k]
        if word not in self.joiners:
            return False
        if word == ".":  # "Dr. Amal Hassan", "W. Joseph Campbell": the full stop of a title or an initial
            before = self.words[k - 1] if k > 0 else ""
            return 0 < k < len(self.words) - 1 and self._is_name_word(k + 1) \
                and ((before + ".").casefold() in self.titles or (len(before) == 1 and before.isupper()))
        return word in self.particles or (word == "of" and k > 0 and self.words[k - 1].casefold() in self.titles)

    def _modifier(self, k: int) -> bool:
        word = self.words[k]
        if self.masked[k] or not LETTER_OR_DIGIT.search(word):  # (a letter or digit, found in C)
            return False
        low = word.lower()
        return low not in self.function and low not in self.fillers and low not in self.pronouns and low != "and" \
            and low not in self.saying  # a verb of saying ends a phrase: no group "statement said officials"

    def qualifier_end(self, k: int, before: int) -> int | None:
        """The last token of what names the knowledge of a source, opening at token ``k`` right after its
        group noun and ending at punctuation or before token ``before`` ("people **familiar with the matter**",
        "a diplomat **with knowledge of the discussion**", "officials **briefed on the talks**"): part of the
        source's name, as the text gives it; ``None`` if no such qualifier opens there."""
        words = self.words
        if k + 1 >= before or self.masked[k]:
            return None
        if not opens_qualifier(words, k):
            return None
        m = k + 1
        while m < before and not self.masked[m] and words[m][:1].isalnum():
            m += 1
        return m - 1 if m - k <= QUALIFIER_REACH else None

    def appositive_name(self, k: int) -> Phrase | None:
        """The full name set off by commas right after the noun phrase ending at token ``k`` ("The
        country's president, Andrej Kiska, chastised", "said his son, Flávio Bolsonaro, who"):
        two or more name words, closed by a comma, a bracket or the sentence's end."""
        n = len(self.words)
        if k + 2 >= n or self.words[k + 1] != ",":
            return None
        m = k + 2
        while m < n and (self._is_name_word(m) or (m > k + 2 and self._connects(m))):
            m += 1
        if m - (k + 2) < 2 or (m < n and self.words[m] not in (",", ")", ".")):
            return None
        return self._make(k + 2, m - 1, "name")

    def _make(self, first: int, last: int, kind: str, group_kind: str = "") -> Phrase:
        start, end = self.spans[first][0], self.spans[last][1]
        written = self.words[first] if first == last else " ".join(self.text[start:end].split())  # a token holds no white space
        return _new_phrase((first, last, start, end, written, kind, group_kind))


class NameRuns(Sequence[Phrase]):
    """A sentence's :meth:`PhraseBase.name_runs`, made only as far as they are read: a sentence's
    subject is mostly its first name, and the names after it are asked for only where it has a cue."""

    def __init__(self, reader: PhraseBase):
        self._made: list[Phrase] = []
        self._rest = reader.iter_name_runs()

    def __iter__(self) -> Iterator[Phrase]:
        made, k = self._made, 0
        while True:
            if k == len(made):  # read on (also when another iteration read on meanwhile)
                run = next(self._rest, None)
                if run is None:
                    return
                made.append(run)
            yield made[k]
            k += 1

    def _all(self) -> list[Phrase]:
        self._made.extend(self._rest)
        return self._made

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, index):
        return self._all()[index]
