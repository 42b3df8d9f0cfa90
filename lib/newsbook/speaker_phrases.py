"""Speaker phrases: who a cue names, read from word classes around it.

:class:`PhraseReader` holds one sentence's tokens (and which lie inside quotations) and finds the
phrase that names a speaker, by the closed word classes of ``data/speaker_words.csv``:

- before a cue, backwards: a pronoun ("he"), a group ("regional experts", "Kazakh officials"), a
  document ("the statement") or a run of capitalised words with its titles ("US Secretary of
  State Antony Blinken"), skipping appositives set off by commas ("Cardin, who was speaking
  via Skype, says") and a trailing prepositional phrase ("John Herbst of the Atlantic Council",
  "a Western diplomat in Almaty"); never a name right after a preposition ("... paratroopers to
  Kazakhstan adds"; but "after Mr Blair told ..." opens a clause), nor one after "what" ("what
  he called");
- after a cue, forwards: a group ("say two people familiar with ...") or a name followed by
  punctuation or a preposition ("said Hill, a senior fellow"), also after descriptors ("said
  Moscow-based US lawyer Jamie Firestone,", "said party leader John Smith"), never a pronoun;
- the subject of the sentence: its first pronoun, group or name ("Tokayev thanked the allies,
  saying ..."), a role with its article ("The Tory co-chairman attacked ... and said"), the
  name after a role ("Lib Dem leader Charles Kennedy").

A lone capitalised word opening the sentence is no name when the document says so (the
callables :attr:`PhraseReader.proper` and :attr:`PhraseReader.common`): it never stands
capitalised inside a sentence and it is written in lower case elsewhere ("Hacked suggests"), is
followed by a comma ("Instead, he ...") or by a cue in its bare form ("Quick note - ...").

:class:`Phrase` records give token indices, offsets into the text, the words (white space
normalised) and a ``type``: ``name``, ``pronoun``, ``self`` (I, we, you), ``group``, ``document``
("the statement") or ``body`` ("the alliance", "the ministry": an institution named before).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsbook.phrase_words import spans, spans_and_words, word_classes

__all__ = ["Phrase", "PhraseReader", "spans", "spans_and_words"]

_GUARDS = {"what", "whatever"}
_AFTER_NAME_OK = {"who", "in", "on", "at", "of", "from", "to", "told", "via"}
_ARTICLES = ("the", "a", "an")
_CONJUNCTIONS = {"after", "before", "since", "until"}
"""Prepositions that also open a clause: a name after them may be its subject ("after Mr Blair told ...")."""
_AFFILIATION = {"for", "of", "at", "from", "with"}
"""Prepositions that tie a group noun to its organisation ("a spokeswoman for the European Union")."""


def _always(word: str) -> bool:
    return True


def _never(word: str) -> bool:
    return False


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


class PhraseReader:
    """Speaker phrases of one sentence, from its token spans and which are quoted."""

    def __init__(self, text: str, spans: list[tuple[int, int]], masked: list[bool], words: list[str] | None = None):
        self.text, self.spans, self.masked = text, spans, masked
        self.words = [text[a:b] for a, b in spans] if words is None else words  # words: the spans' text, if read already
        self.__dict__.update(word_classes())
        self._names = [not m and w[:1].isupper() and (w[0].isalpha() or any(c.isalpha() for c in w))
                       for w, m in zip(self.words, masked)]
        """:meth:`_is_name_word` of every token, read once (``masked`` is not changed after)."""
        self.proper: Callable[[str], bool] = _always
        """Whether the document shows a word is a name: listed, capitalised inside a sentence,
        a surname (:meth:`newsbook.speakers.Resolver.is_proper`)."""
        self.common: Callable[[str], bool] = _never
        """Whether the document writes a word in lower case (:meth:`newsbook.speakers.Resolver.is_common`)."""

    def backward(self, j: int, *, lemma: bool = False) -> Phrase | None:
        """The speaker phrase ending at token ``j`` (before a cue), skipping appositives; ``lemma``:
        the cue is in its bare form ("note"), which no singular name agrees with."""
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
        return None if self._opener(phrase, lemma) else phrase

    def _opener(self, phrase: Phrase, lemma: bool) -> bool:
        """A lone capitalised word opening the sentence that is no name: the document never
        writes it capitalised inside a sentence and writes it in lower case ("Hacked suggests"),
        or the cue after it is a bare form ("Quick note - ...")."""
        if phrase.type != "name" or phrase.first != 0 or phrase.last != 0:
            return False
        word = self.words[0]
        return not self.proper(word) and (lemma or self.common(word))

    def _is_appositive(self, segment: list[int]) -> bool:
        """A comma-set segment after the speaker: it opens in lower case ("who ...", "a former
        ambassador", "of the University") or does not end in a name ("Russia’s top diplomat");
        never one holding a colon or a quoted sentence (a statement of its own)."""
        if any(self.words[k] == ":" or (self.masked[k] and self.words[k] in ".?!") for k in segment):
            return False
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
        if k >= 2 and self.words[k - 1] in self.prepositions and self.words[k - 1] not in _CONJUNCTIONS:  # "Herbst of the"
            head = self._phrase_ending(k - 2) if self._is_name_word(k - 2) or self.words[k - 2].lower() in self.groups else None
            if head is not None and head.type == "group" and self.words[k - 1] in _AFFILIATION:  # "a spokeswoman for the EU"
                return self._make(head.first, j, "group", head.group_kind)
            return head if head is None or head.type in ("name", "group") else None
        if k >= 1 and self.words[k - 1].lower() in self.prepositions and self.words[k - 1].lower() not in _CONJUNCTIONS:
            return None  # "... paratroopers to Kazakhstan adds"; but "after Mr Blair told" opens a clause
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
                if inverted and k + 1 < n and self._is_name_word(k + 1):  # "said party leader John Smith"
                    return self._name_after(k + 1)
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
        if k == i or (inverted and k < n and self.words[k][:1].isalpha() and self.words[k] not in _AFTER_NAME_OK):
            return self._described(i) if inverted else None
        return self._make(i, k - 1, "name")

    def _name_after(self, i: int) -> Phrase | None:
        """The name run opening at token ``i`` if it ends the phrase (punctuation or a word of
        :data:`_AFTER_NAME_OK` after it), else ``None``."""
        k, n = i, len(self.words)
        while k < n and (self._is_name_word(k) or (k > i and self._connects(k))):
            k += 1
        if k == i or (k < n and self.words[k][:1].isalpha() and self.words[k] not in _AFTER_NAME_OK):
            return None
        return self._make(i, k - 1, "name")

    def _described(self, i: int) -> Phrase | None:
        """After an inverted cue, the name that descriptors lead up to: ``said Moscow-based US
        lawyer Jamie Firestone,`` (words that are no function words, a lower-case noun last)."""
        for k in range(i, min(i + 6, len(self.words) - 1)):
            if not self._modifier(k) or self.words[k].lower() in _ARTICLES:
                return None
            if self.words[k][:1].islower() and self._is_name_word(k + 1):
                return self._name_after(k + 1)
        return None

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
                if j == 0 and not (before > 1 and self._is_name_word(1)) and not self.proper(word) \
                        and (self.common(word) or (before > 1 and self.words[1] == ",")):
                    continue  # "Instead, he calls ...": a sentence opener, not a name
                k = j
                while k + 1 < before and (self._is_name_word(k + 1) or self._connects(k + 1)):
                    k += 1
                for m in range(k + 1, min(k + 4, before)):  # "U.S. officials", "Russia's foreign ministry"
                    low = self.words[m].lower()
                    if low in self.groups:
                        return self._group_or_titled(j, m, before)
                    if not (self._modifier(m) and (m == k + 1 or self.words[m][:1].islower())) or m > k + 1 and not self.words[k].endswith(("'s", "’s")):
                        break
                return self._make(j, k, "name")
        return None

    def _group_or_titled(self, j: int, m: int, before: int) -> Phrase:
        """Words ``j..m`` ending in a group noun: the name after it when one follows ("Lib Dem
        leader Charles Kennedy"), else the group with its article ("The Tory co-chairman")."""
        k = m
        while k + 1 < before and self._is_name_word(k + 1):
            k += 1
        if k > m:
            return self._make(m + 1, k, "name")
        first = j - 1 if j > 0 and self.words[j - 1].lower() in _ARTICLES else j
        return self._make(first, m, "group", self.groups[self.words[m].lower()])

    def introduces(self, run: Phrase) -> bool:
        """True when a name is followed by an appositive ("Ivan Petrov, 45," "John Carter, a
        professor") or a copula with an article ("Richard Finneran is a prosecutor"): a person
        the text introduces, whom a later "he" may mean."""
        k = run.last + 1
        if k + 2 < len(self.words) and self.words[k] in ("is", "was") and self.words[k + 1] in _ARTICLES:
            return True  # "Richard Finneran is a federal prosecutor"
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
