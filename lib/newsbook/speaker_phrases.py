"""Speaker phrases: who a cue names, read from word classes around it.

:class:`PhraseReader` holds one sentence's tokens (and which lie inside quotations) and finds the
phrase that names a speaker, by the closed word classes of ``data/speaker_words.csv``:

- before a cue, backwards: a pronoun ("he"), a group ("regional experts", "Kazakh officials"), a
  document ("the statement") or a run of capitalised words with its titles ("US Secretary of
  State Antony Blinken"), skipping appositives set off by commas ("Cardin, who was speaking
  via Skype, says") and a trailing prepositional phrase ("John Herbst of the Atlantic Council",
  "a Western diplomat in Almaty"); never a name right after a preposition ("... paratroopers to
  Kazakhstan adds"), nor one after "what" ("what he called");
- after a cue, forwards: a group ("say two people familiar with ...") or a name followed by
  punctuation or a preposition ("said Hill, a senior fellow"), never a pronoun;
- the subject of the sentence: its first pronoun, group or name ("Tokayev thanked the allies,
  saying ...").

:class:`Phrase` records give token indices, offsets into the text, the words (white space
normalised) and a ``type``: ``name``, ``pronoun``, ``self`` (I, we, you), ``group``, ``document``
("the statement") or ``body`` ("the alliance", "the ministry": an institution named before).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from dataclasses import dataclass

from newsbook.people import speaker_words
from newsbook.tokens import WORD_PATTERN

_GUARDS = {"what", "whatever"}
_AFTER_NAME_OK = {"who", "in", "on", "at", "of", "from", "to", "told", "via"}
_ARTICLES = ("the", "a", "an")
_AFFILIATION = {"for", "of", "at", "from", "with"}
"""Prepositions that tie a group noun to its organisation ("a spokeswoman for the European Union")."""
_WORD = re.compile(WORD_PATTERN)
_SPACED_WORD = re.compile(r"\s*(?:" + WORD_PATTERN.replace("(?x)", "", 1) + ")", re.VERBOSE)


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
    chunks = _SPACED_WORD.findall(text, start, len(text) if end is None else end)
    ends = list(itertools.accumulate(map(len, chunks), initial=start))
    del ends[0]
    words = list(map(str.lstrip, chunks))
    return list(zip(map(operator.sub, ends, map(len, words)), ends)), words


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase: first and last token, offsets into the text, words and type."""

    first: int
    last: int
    start: int
    end: int
    text: str
    type: str
    group_kind: str = ""


@functools.lru_cache(maxsize=1)
def _classes() -> dict[str, object]:
    lists = speaker_words()
    return {
        "fillers": set(lists.get("filler", {})),
        "be": {w for w, k in lists.get("filler", {}).items() if k == "be"},
        "verbal": {w for w, k in lists.get("filler", {}).items() if k in ("be", "aux", "modal")},
        "modals": {w for w, k in lists.get("filler", {}).items() if k == "modal"},
        "prepositions": set(lists.get("preposition", {})),
        "function": set(lists.get("function", {})),
        "particles": set(lists.get("particle", {})),
        "pronouns": set(lists.get("pronoun", {})),
        "selves": set(lists.get("self", {})),
        "groups": dict(lists.get("group", {})),
        "documents": set(lists.get("document", {})),
        "titles": {w.casefold() for w in lists.get("title", {})} | {"secretary", "minister", "president"},
        "time": set(lists.get("time", {})),
        "listeners": set(lists.get("listener", {})),
        "bodies": set(lists.get("body", {})),
        "openers": set(lists.get("function", {})) | set(lists.get("self", {})),
        "non_speakers": set(lists.get("pronoun", {})) | set(lists.get("self", {})),
        "possessors": set(lists.get("pronoun", {})) | set(lists.get("function", {})),
    }


class PhraseReader:
    """Speaker phrases of one sentence, from its token spans and which are quoted."""

    def __init__(self, text: str, spans: list[tuple[int, int]], masked: list[bool], words: list[str] | None = None):
        self.text, self.spans, self.masked = text, spans, masked
        self.words = [text[a:b] for a, b in spans] if words is None else words  # words: the spans' text, if read already
        self.__dict__.update(_classes())
        self._names = [not m and w[:1].isupper() and (w[0].isalpha() or any(c.isalpha() for c in w))
                       for w, m in zip(self.words, masked)]
        """:meth:`_is_name_word` of every token, read once (``masked`` is not changed after)."""

    def backward(self, j: int) -> Phrase | None:
        while j >= 0 and self.words[j] == ",":
            k = j - 1
            while k >= 0 and self.words[k] != ",":
                k -= 1
            segment = list(range(k + 1, j))
            if not segment or k < 0 or not self._is_appositive(segment):
                j -= 1
                break
            j = k
        if j < 0 or self.masked[j]:
            return None
        phrase = self._phrase_ending(j)
        if phrase is None or (phrase.first > 0 and self.words[phrase.first - 1].lower() in _GUARDS):
            return None
        return phrase

    def _is_appositive(self, segment: list[int]) -> bool:
        """A comma-set segment after the speaker: it opens in lower case ("who ...", "a former
        ambassador", "of the University") or does not end in a name ("Russia’s top diplomat")."""
        first, last = self.words[segment[0]], self.words[segment[-1]].lower()
        return first[:1].islower() or not (self._is_name_word(segment[-1]) or last in self.pronouns)

    def _phrase_ending(self, j: int) -> Phrase | None:
        word, low = self.words[j], self.words[j].lower()
        if low in self.selves and word in (low, low.capitalize(), "I"):
            return self._make(j, j, "self")
        if low in self.pronouns and word in (low, low.capitalize()):
            return self._make(j, j, "pronoun")
        if low in self.documents:
            k = j - 1 if j > 0 and self.words[j - 1].lower() in _ARTICLES else j
            return self._make(k, j, "document")
        if low in self.bodies and j > 0 and self.words[j - 1].lower() in _ARTICLES:  # "the alliance said"
            return self._make(j - 1, j, "body", "institution")
        if low in self.groups and (word == low or j == 0 or not self._is_name_word(j - 1)):
            k = j
            while k > 0 and self._modifier(k - 1):
                k -= 1
            if k >= 2 and self.words[k - 1] == "and" and self._is_name_word(k - 2):
                return self._name_run_ending(k - 2)
            if k > 0 and self.words[k - 1].lower() in _ARTICLES:
                k -= 1
            return self._make(k, j, "group", self.groups[low])
        return self._name_run_ending(j) if self._is_name_word(j) else None

    def _name_run_ending(self, j: int) -> Phrase | None:
        k = j
        while k > 0 and (self._is_name_word(k - 1) or self._connects(k - 1)):
            k -= 1
        while k <= j and self.words[k].lower() in self.function:
            k += 1
        if k > j:
            return None
        if k >= 2 and self.words[k - 1].lower() == "the" and self.words[k - 2] in self.prepositions:
            k -= 1
        if k >= 2 and self.words[k - 1] in self.prepositions:  # "John Herbst of the ...", "a diplomat in Almaty"
            head = self._phrase_ending(k - 2) if self._is_name_word(k - 2) or self.words[k - 2].lower() in self.groups else None
            if head is not None and head.type == "group" and self.words[k - 1] in _AFFILIATION:  # "a spokeswoman for the EU"
                return self._make(head.first, j, "group", head.group_kind)
            return head if head is None or head.type in ("name", "group") else None
        if k >= 1 and self.words[k - 1].lower() in self.prepositions:
            return None
        return self._make(k, j, "name")

    def name_runs(self) -> list[Phrase]:
        """Every run of capitalised words outside quotations, opening function words dropped."""
        runs, k, n, names = [], 0, len(self.words), self._names
        while k < n:
            if not names[k]:
                try:
                    k = names.index(True, k)  # the next name word
                except ValueError:
                    break
            j = k
            while j + 1 < n and (self._is_name_word(j + 1) or self._connects(j + 1)):
                j += 1
            first = k
            while first <= j and self.words[first].lower() in self.openers:  # function words and selves
                first += 1
            if first <= j:
                runs.append(self._make(first, j, "name"))
            k = j + 1
        return runs

    def forward(self, i: int, *, inverted: bool) -> Phrase | None:
        n = len(self.words)
        if i >= n or self.masked[i] or self.words[i].lower() in self.non_speakers:  # pronouns and selves
            return None
        k = i
        while k < n and k - i < 5 and not self.masked[k]:
            word = self.words[k].lower()
            written_as_group = k == i or self.words[k] == word
            if word in self.groups and written_as_group and not (word in ("some", "many") and k + 1 < n and self.words[k + 1][:1].isalpha()):
                return self._make(i + (self.words[i].lower() in _ARTICLES), k, "group", self.groups[word])
            if word in self.documents:
                return self._make(i, k, "document")
            if word in self.bodies and k == i + 1 and self.words[i].lower() in _ARTICLES:
                return self._make(i, k, "body", "institution")
            if not (self._modifier(k) or word in _ARTICLES):
                break
            k += 1
        i += i + 1 < n and self.words[i].lower() in _ARTICLES and self._is_name_word(i + 1)
        k = i
        while k < n and (self._is_name_word(k) or (k > i and self._connects(k))):
            k += 1
        if k == i:
            return None
        if inverted and k < n and self.words[k][:1].isalpha() and self.words[k] not in _AFTER_NAME_OK:
            return None
        return self._make(i, k - 1, "name")

    def subject(self, before: int) -> Phrase | None:
        """The first speaker phrase of the sentence before token ``before`` (its subject)."""
        for j in range(before):
            word, low = self.words[j], self.words[j].lower()
            if self.masked[j] or low in self.selves or (low in self.function and low not in self.groups):
                continue
            if low in self.pronouns and low != "this" and word in (low, low.capitalize()):
                return self._make(j, j, "pronoun")
            titled = j + 1 < before and self._is_name_word(j + 1)  # "President Tokayev", not "Officials"
            if low in self.groups and not titled:
                return self._phrase_ending(j)
            if self._is_name_word(j):
                k = j
                while k + 1 < before and (self._is_name_word(k + 1) or self._connects(k + 1)):
                    k += 1
                for m in range(k + 1, min(k + 4, before)):  # "U.S. officials", "Russia's foreign ministry"
                    low = self.words[m].lower()
                    if low in self.groups:
                        return self._make(j, m, "group", self.groups[low])
                    if not (self._modifier(m) and (m == k + 1 or self.words[m][:1].islower())) or m > k + 1 and not self.words[k].endswith(("'s", "’s")):
                        break
                return self._make(j, k, "name")
        return None

    def introduces(self, run: Phrase) -> bool:
        """True when a name is followed by an appositive ("Ivan Petrov, 45," "John Carter, a
        professor"): a person the text introduces, whom a later "he" may mean."""
        k = run.last + 1
        if k + 1 >= len(self.words) or self.words[k] != ",":
            return False
        nxt = self.words[k + 1]
        return nxt[:1].islower() or nxt.isdigit()

    def _is_name_word(self, k: int) -> bool:
        """Outside quotations, capitalised, with a letter."""
        return self._names[k]

    def _connects(self, k: int) -> bool:
        """Lower-case words inside a name: particles, and "of" after a title ("Secretary of State")."""
        word = self.words[k]
        return word in self.particles or (word == "of" and k > 0 and self.words[k - 1].casefold() in self.titles)

    def _modifier(self, k: int) -> bool:
        word = self.words[k]
        if self.masked[k] or not any(c.isalnum() for c in word):
            return False
        low = word.lower()
        return low not in self.function and low not in self.fillers and low not in self.pronouns and low != "and"

    def _make(self, first: int, last: int, kind: str, group_kind: str = "") -> Phrase:
        start, end = self.spans[first][0], self.spans[last][1]
        return Phrase(first, last, start, end, " ".join(self.text[start:end].split()), kind, group_kind)
