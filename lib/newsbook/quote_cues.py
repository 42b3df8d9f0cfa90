"""Attribution cues and the speaker phrase each one names, within one sentence.

A cue is a reporting verb or marker from ``data/quote_cues.csv`` (``cue, forms, complement,
kind, note``), matched on tokens in the case the list gives (a capital only at the start of a
sentence, so "United States" is never the verb "states"), outside quotations. Its speaker is
found by word classes from ``data/speaker_words.csv``, never by a list of sentences:

- ``before``: ``SPEAKER [fillers] CUE`` ("Hill said", "Tokayev here is saying"), skipping
  appositives set off by commas ("Cardin, who was speaking via Skype, says") and a trailing
  prepositional phrase ("John Herbst of the Atlantic Council"); a form of "be" with a past
  participle ("Putin is said") is ``passive`` and names no one; a modal ("would respond",
  "may say") makes it ``hypothetical``, no report either.
- ``after``: ``, CUE SPEAKER`` or ``” CUE SPEAKER`` ("said Hill, a senior fellow",
  "say two people familiar with ..."); never a pronoun ("said he would"), never after "told"
  (", told BBC News:" names the listener) nor after a participle (", warning the group that").
- ``according``: "according to X".
- ``participle``: ", saying ...", ", noting ...": the subject of the sentence speaks; so
  it does in ``coordinated`` ("... called the remark offensive and said ...", and a finite cue
  after a comma with no speaker of its own: "DOJ walks up behind him, says, hey ..."); after "and"
  or "but" the speaker of the sentence's cue before speaks again ("X said A, but insisted B").
- "X was quoted as saying" (X speaks) and "Y quoted X as saying" (X speaks; the attribution
  starts at Y, so ", Y quoted X as saying." closes the content before it).
- A speaker before its cue takes its article and, after a comma or a closing quotation mark, the
  words that describe it (``lead``: "”, Foreign Ministry spokeswoman Maria Zakharova said").
- ``noun``: the form after a possessive name is a noun ("Thursday's report"): no cue.
- ``none``: a cue right after a quotation with no speaker ("“...,” tweeted this").

A speaker phrase (:class:`Phrase`) has a ``type``: ``name`` (capitalised words, titles
included), ``pronoun``, ``self`` (I, we, you), ``group`` ("regional experts", "two people")
or ``document`` ("the statement").
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from newsbook.cue_list import CueEntry, load_cues
from newsbook.phrase_words import ARTICLES, DASHES, ORGANISATION_POSSESSIVES, PERSON_POSSESSIVES
from newsbook.speaker_phrases import Phrase, PhraseReader, spans

__all__ = ["Attribution", "CueEntry", "Phrase", "SentenceReader", "load_cues", "spans"]

_QUOTE_CLOSERS = {"”", '"', "»"}
_SINGLE_CLOSERS = {"'", "’"}
"""Single marks, which close a quotation only in a text that quotes in them (the mark is then part of the quotation)."""
_POSSESSIVES = PERSON_POSSESSIVES | ORGANISATION_POSSESSIVES
"""Possessives that may open a role set off after a name ("Smith, his party's leader,")."""
_CONDITIONALS = {"if", "unless"}
"""Words that make the clause of the cue after their subject a condition ("if he says so"), no report."""
_QUOTING = {"quoted", "quotes", "quote", "quoting", "cited", "cites", "citing"}
"""Forms of "quote" and "cite" in "Y quoted X as saying", "Yonhap cited the military as saying" (X speaks)."""
_REPORTED_AS = {"reported"}
"""Verbs that, passive only, attribute like "quoted" ("a senior officer was reported as saying")."""
_SHARING = ("before", "coordinated", "participle", "after")
_PARTICIPLE_PREPOSITIONS = {"despite", "by"}
"""Prepositions before a participle cue and its "that" whose subject is the main clause's, with or without a
comma ("He used an expletive, despite noting that ...", "She angered allies by saying that ..."); never "for"
("praised Jones for saying": Jones) nor "without" (nothing was said)."""

@dataclass(unsafe_hash=True)
class Attribution:
    """A cue in a sentence (token indices and offsets) with the speaker phrase it names (never
    changed once made; not frozen only because a frozen dataclass sets each field through
    ``object.__setattr__``, five times slower to make, and one is made for every cue: the hash
    stays that of its fields)."""

    cue_first: int
    cue_last: int
    cue_start: int
    cue_end: int
    cue: CueEntry
    order: str
    speaker: Phrase | None
    lead: int = -1
    """The first token of the words that go with a speaker before the cue: its article and the
    descriptors after a comma (", state news agency Xinhua reported"), the subject of "quoted X as
    saying"; ``-1`` when there are none."""

    left: int = field(init=False, repr=False, compare=False)
    """The first token of the attribution (speaker or cue, whichever comes first)."""
    right: int = field(init=False, repr=False, compare=False)
    """The last token of the attribution."""

    def __post_init__(self) -> None:
        # worked out when made: the bounds of a content ask them again and again, and a cached
        # property's look-up costs more than working them out for every cue
        speaker = self.speaker
        self.left = min(self.cue_first, speaker.first, self.lead if self.lead >= 0 else self.cue_first) \
            if speaker and self.order == "before" else self.cue_first
        self.right = max(self.cue_last, speaker.last) if speaker and self.order in ("after", "according") else self.cue_last


_FIRST_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _first_words(table: dict[tuple[str, ...], CueEntry]) -> frozenset[str]:
    """The words that open a form of ``table`` (kept per table object)."""
    kept = _FIRST_WORDS.get(id(table))
    if kept is None or kept[0] is not table:
        kept = _FIRST_WORDS[id(table)] = (table, frozenset(form[0] for form in table if form))
    return kept[1]


def _latest_named(found: list[Attribution]) -> Attribution | None:
    """The latest of the sentence's cues found so far that names a speaker (asked only where a cue may
    share it: most cues never look back)."""
    return next((a for a in reversed(found) if a.speaker is not None), None)


class SentenceReader(PhraseReader):
    """Cues of one sentence with the speaker phrase each names (see the module docstring)."""

    def cues(self) -> list[Attribution]:
        """Every cue outside quotations, with its order and speaker phrase."""
        table, found = load_cues(), []
        firsts = _first_words(table)
        # only a token that opens a form can open a cue (the first one is tried lower-cased only);
        # most sentences hold none, told at once by a set operation
        words, masked, n = self.words, self.masked, len(self.words)
        openers = [] if firsts.isdisjoint(words) else \
            list(itertools.compress(range(1, n), map(firsts.__contains__, words[1:])))
        opening = words[0][:1].lower() + words[0][1:] if words else ""  # the first word, tried lower-cased only
        if opening in firsts:
            openers.insert(0, 0)
        for i in openers:
            if found and i <= found[-1].cue_last:  # inside the cue just found
                continue
            first = words[i] if i else opening
            # the longest form first (three words, "made the case"), then two, then one, outside quotations
            if i + 2 < n and (first, words[i + 1], words[i + 2]) in table and not any(masked[i:i + 3]):
                size, entry = 3, table[first, words[i + 1], words[i + 2]]
            elif i + 1 < n and (first, words[i + 1]) in table and not masked[i] and not masked[i + 1]:
                size, entry = 2, table[first, words[i + 1]]
            elif (first,) in table and not masked[i]:
                size, entry = 1, table[first,]
            else:
                continue
            last = i + size - 1
            if size == 1 and self._noun_before_cue(i, table):
                continue  # "Local reports said ...": the first is a noun, the second the cue
            if size == 1 and self._noun_subject(i, first, entry):
                continue  # "The Sargentini report was full of ...": a noun, the subject of the verb after it
            if size == 1 and self._attributive(i):
                continue  # "over suspected links", "the alleged attack": an adjective before its noun
            if size == 1 and first == entry.cue and i > 0 and words[i - 1].lower() in ARTICLES:
                continue  # "posted a note yesterday", "the claim": a noun after its article, no verb
            order, speaker, lead = self._quoted_as(i, last)
            if order is None:
                order, speaker = self._speaker(i, last, entry, found)
                lead = self._lead(speaker) if order == "before" and speaker is not None else -1
            found.append(Attribution(i, last, self.spans[i][0], self.spans[last][1], entry, order, speaker, lead))
        return found

    def _noun_before_cue(self, i: int, table: dict) -> bool:
        """Whether cue word ``i`` is a plural noun directly followed by a cue verb ("reports said")."""
        nxt = self.words[i + 1] if i + 1 < len(self.words) else ""
        return self.words[i].endswith("s") and (nxt,) in table and not self.masked[i + 1] and nxt.endswith(("said", "say"))

    def _in_relative(self, k: int) -> bool:
        """Whether token ``k`` lies in a relative clause set off by a comma before it and not closed since ("...,
        which identified the substance as Novichok"; not "After the talks, which lasted two hours, Smith ...")."""
        opened = next((m for m in range(k - 1, -1, -1) if self.words[m] == "," and not self.masked[m]), None)
        return opened is not None and self.opens_relative(opened)  # the last comma before it opened the clause

    def _attributive(self, i: int) -> bool:
        """Whether cue word ``i``, a participle in "-ed", stands between a preposition or an article and
        the lower-case noun it describes ("detained over suspected links", "the alleged plot"): no verb."""
        word = self.words[i]
        if not word.endswith("ed") or i == 0 or i + 1 >= len(self.words):
            return False
        previous, following = self.words[i - 1].lower(), self.words[i + 1]
        return (previous in ARTICLES or previous in self.prepositions) and following.isalpha() and following.islower() \
            and following not in self.function and following not in self.pronouns and following not in self.prepositions

    def _noun_subject(self, i: int, form: str, entry: CueEntry) -> bool:
        """Whether cue word ``i``, in its bare form, is a noun after its article, before a verb: "The
        Sargentini report was ...", "the claim is ..." (never a verb: "which he said was" takes "said", "the
        ones they say will come" "say")."""
        if form != entry.cue or i == 0 or i + 1 >= len(self.words) or self.words[i + 1].lower() not in self.verbal:
            return False
        previous = self.words[i - 1].lower()
        if previous in self.pronouns or previous in self.groups:
            return False  # but "the tariffs the ministers say will protect growers": "say" after its subject
        return any(w.lower() in ARTICLES for w in self.words[max(0, i - 3):i])

    def _lead(self, speaker: Phrase) -> int:
        """The first token of a speaker's article and, for a name after a comma, its descriptors
        (", state news agency Xinhua reported"); ``-1`` when there is neither."""
        first = k = speaker.first
        while speaker.type == "name" and k > 0 and self._modifier(k - 1) and self.words[k - 1] not in self.clause_openers:
            k -= 1  # "Foreign Ministry spokeswoman Maria Zakharova", "state news agency Xinhua"
        if k < first and k > 0 and self.words[k - 1] in (",", *_QUOTE_CLOSERS):
            return k
        return first - 1 if first > 0 and self.words[first - 1].lower() in ARTICLES else -1

    def _quoted_as(self, first: int, last: int) -> tuple[str | None, Phrase | None, int]:
        """"X was quoted as saying" (X speaks) and "Y quoted X as saying" (X speaks, the attribution
        starts at Y): ``(order, speaker, lead)``, or ``(None, None, -1)`` for any other cue."""
        if self.words[last] != "saying" or first < 2 or self.words[first - 1] != "as":
            return None, None, -1
        quoted = next((k for k in range(first - 2, max(first - 10, -1), -1) if self.words[k] in _QUOTING
                       or (self.words[k] in _REPORTED_AS and k > 0 and self.words[k - 1].lower() in self.be)), None)
        if quoted is None:
            return None, None, -1
        be = quoted - 1
        while be > 0 and (self.words[be].lower() in self.fillers or self.words[be].endswith("ly")) \
                and self.words[be].lower() not in self.be:
            be -= 1  # "He was further quoted as saying", "was also reportedly quoted"
        if be >= 0 and self.words[be].lower() in self.be:  # "Lavrov was quoted as saying", "was reported as"
            speaker = self.backward(be - 1)
            return "before", speaker, self._lead(speaker) if speaker else -1
        if quoted + 1 > first - 2:
            return None, None, -1  # "quoted as saying" with no one quoted between
        speaker = self._make(quoted + 1, first - 2, "name" if self._is_name_word(quoted + 1) else "group")
        source = self.backward(quoted - 1) if quoted > 0 else None  # "MSF quoted teams at the hospital as saying"
        return "before", speaker, source.first if source is not None else quoted

    def _closes_relative(self, comma: int) -> bool:
        """Whether the comma at token ``comma`` closes a relative clause set off after the subject
        ("The official, who asked that his name not be used, said the council ...") or a role set off after
        its name ("Thwadi, the Sabratha mayor, said some Tunisians ..."): the cue's speaker is before it, and
        what follows the cue is the report."""
        k = self._comma_before(comma)
        if not (k > 0 and (self.opens_relative(k) or self._describes(k + 1, comma))):
            return False
        subject = self._phrase_ending(k - 1)  # the clause hangs on the sentence's opening speaker phrase,
        # or on one after an opening phrase ("But on Tuesday, Amnesty International, which deems ..., accused")
        if subject is None or (not self.opens_relative(k) and subject.type != "name"):
            return False
        first = subject.first - (subject.first > 0 and self.words[subject.first - 1].lower() in ARTICLES)
        return first <= 1 or self.words[first - 1] == ","

    def _describes(self, first: int, comma: int) -> bool:
        """Whether tokens ``first`` up to ``comma`` are a description set off after a name: an article or
        possessive, then a role ("Thwadi, the Sabratha mayor, said some Tunisians ...": Thwadi speaks)."""
        return first + 1 < comma and (self.words[first].lower() in ARTICLES or self.words[first].lower() in _POSSESSIVES) \
            and (self.words[comma - 1].lower() in self.groups or self.words[comma - 1].casefold() in self.titles) \
            and not any(self.masked[first:comma])

    def _comma_before(self, token: int) -> int:
        """The nearest comma before ``token`` in the words outside quotations; else where the search
        stopped (the sentence's first word, or a quoted one)."""
        k = token - 1
        while k > 0 and self.words[k] != "," and not self.masked[k]:
            k -= 1
        return k

    def _left_open(self, described: Phrase) -> Phrase | None:
        """The name an appositive left open before its cue describes ("Sen. Jack Reed of Rhode Island,
        the ranking Democrat on the Senate Armed Services Committee told ABC that ..."): the phrase
        before the cue stands in a stretch that opens with an article after a comma, and before the
        comma a person's name opens the sentence (after at most one word and its comma: "Still,").
        Never when a comma follows the cue ("Smith, the ministry said, had left": the ministry's aside)."""
        k = self._comma_before(described.first)
        if k < 1 or self.words[k] != "," or self.words[k + 1].lower() not in ARTICLES:
            return None
        named = self.backward(k - 1)
        words = named.text.split() if named is not None and named.type == "name" else []
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[-1] in self.institution_heads:
            return None  # a person's full name, not "Almaty" nor "the Interior Ministry"
        opening = named.first == 0 or (named.first == 2 and self.words[1] == ",")
        return named if opening else None

    def _time_phrase_start(self, j: int) -> int | None:
        """The first token of a time phrase that ends at token ``j`` right after an auxiliary ("has in the
        past", "have over recent weeks", "had on Monday") or a conjunction ("... but on Wednesday said"), its
        preposition; else ``None``."""
        if j < 2 or (self.words[j].lower() not in self.time and self.words[j] not in self.time):
            return None
        m = j - 1
        while m > j - 3 and self.words[m].islower() and self.words[m] not in self.prepositions:
            m -= 1  # "the", "recent"
        if self.words[m] not in self.time_prepositions or m < 1 \
                or (self.words[m - 1] not in self.auxiliaries and self.words[m - 1] not in ("and", "but")):
            return None
        return m

    def _absolute_subject(self, j: int) -> Phrase | None:
        """The name or group after "with" that ends at token ``j``, the subject of the participle after it
        ("..., with Trump reportedly telling European leaders that ...")."""
        phrase = self._phrase_ending(j, relative=True)
        if phrase is None or phrase.type not in ("name", "group") or phrase.first == 0:
            return None
        return phrase if self.words[phrase.first - 1].lower() == "with" else None

    def _speaker(self, first: int, last: int, entry: CueEntry, found: list[Attribution]) -> tuple[str, Phrase | None]:
        if entry.kind == "according":
            return "according", self.forward(last + 1, inverted=False)
        j, skipped = first - 1, set()
        while j >= 0 and self.words[j] in self.fillers:
            skipped.add(self.words[j])
            j -= 1
        timed = self._time_phrase_start(j)
        if timed is not None:  # "North Korea has in the past suggested that": past the time phrase
            j = timed - 1
            while j >= 0 and self.words[j] in self.fillers:
                skipped.add(self.words[j])
                j -= 1
        form = self.words[last]
        participle = self.words[first].endswith("ing")  # "saying"; also a form of two words, "pointing to"
        if j >= 0 and self.words[j][-2:] in ("'s", "’s") and self.words[j][:-2].lower() in self.possessors:
            return ("passive", None) if not participle else ("before", self._make(j, j, "pronoun"))
        if j >= 0 and self.words[j][-2:] in ("'s", "’s") and self._is_name_word(j) and not skipped:
            return "noun", None  # "Thursday's report", "Blair's claims": a possessive makes the form a noun
        if self.be & skipped and not participle:
            return "passive", None
        next_word = self.words[last + 1] if last + 1 < len(self.words) else ""  # (no token is empty)
        if entry.complement == "quote" and not participle and next_word in ("by", "of"):
            return "passive", None  # "The general, accused of “...”," / "praised by the press as “...”"
        if form in self.raising and next_word == "to" and last + 2 < len(self.words) and self.words[last + 2] in ("be", "have"):
            return "passive", None  # "an Islamic State member thought to have come from Syria", "said to be close to"
        if self.modals & skipped:
            return "hypothetical", None  # "the organization would respond", "he may say": no report
        if j >= 0 and self.words[j].lower() == "to" and first == last and form == entry.cue:
            place = j > 1 and self._is_name_word(j - 1) and self.words[j - 2].lower() == "to"  # "took to Twitter to say"
            if j > 0 and (self.words[j - 1].lower() in self.purpose_particles or place) and next_word.lower() == "that":
                return "participle", self.main_subject(j)  # "he went on to say that", "took to Twitter to say that"
            return "hypothetical", None  # an infinitive ("advised members to ask ... whether to reply"): no report
        comma = j >= 0 and self.words[j] == ","
        closer = j >= 0 and (self.words[j] in _QUOTE_CLOSERS or (self.words[j] in _SINGLE_CLOSERS and self.masked[j]))
        if (comma or closer or j < 0) and entry.cue != "tell" and not participle \
                and not (comma and self._closes_relative(j)):  # ", told BBC News:" names the listener
            after = self.forward(last + 1, inverted=True)
            if after is not None:
                return "after", after
        closing_dash = j > 0 and self.words[j] in DASHES and self.opening_dash(j) is not None
        quoted_comma = closer and j > 0 and self.words[j - 1] == ","  # 'as a "very heavy attack," adding that'
        if (comma or closing_dash or quoted_comma) and participle and not self.verbal & skipped:
            cue_before = found[-1] if comma and found and found[-1].right == j - 1 else None
            if cue_before is not None and cue_before.order == "before" and cue_before.speaker is not None \
                    and cue_before.left > 0 and self.words[cue_before.left - 1] == ",":  # not ", as the bank predicted,"
                return "participle", cue_before.speaker  # "Steps have been taken ..., he said, adding that": his
            return "participle", self.main_subject(first)  # also after an aside between dashes: "... - composed of ... - saying"
        opener = self.words[j].lower() if j >= 1 else ""
        if participle and opener in _PARTICIPLE_PREPOSITIONS and (next_word == "that" or entry.cue == "say"):
            # (only before "that", or "saying": "began by explaining all the work ..." reports nothing)
            relative = next((k for k in range(j - 1, 0, -1) if self.words[k] in ("that", "which", "who")
                             and not self.masked[k]), None)  # "an invasion that Putin sought to justify by saying"
            subject = (self.subject(j, start=relative + 1) if relative is not None else None) or self.main_subject(j)
            if subject is not None:
                return "participle", subject
        if participle and opener in self.participle_openers:  # also without a comma: "... while suggesting that"
            previous = _latest_named(found)
            earlier = previous.speaker if previous is not None else None
            return "participle", earlier or self.main_subject(j)  # "X said ..., while adding that ...": X again
        if closer:
            return "none", None
        shared = j >= 0 and self.words[j] in ("and", "but")  # "called the remark offensive and said ..."
        previous = _latest_named(found) if shared else None
        if previous is not None and previous.order in _SHARING:
            return "coordinated", previous.speaker  # "X said ..., but insisted that ...": X again
        if not shared:
            before = self.backward(j, lemma=form == entry.cue.split()[-1] and first == last,
                                   restrictive=entry.kind != "cognition" and entry.complement != "quote")
            if before is None and participle and j >= 0:
                before = self._absolute_subject(j)
            if before is None and participle and j > 0 and next_word == "that" and self.words[j].islower() \
                    and self.words[j] not in ARTICLES and self.words[j] not in self.determiners \
                    and self.words[j] not in self.prepositions and self.words[j] not in self.documents:
                # "has spent weeks arguing that", "went on television arguing that": the main subject's participle
                # (not "a warning that", "for saying that", "a new study suggesting that")
                subject = self.main_subject(j)
                if subject is not None and subject.type in ("name", "group", "pronoun") and not self._in_relative(subject.first):
                    return "participle", subject
            if before is not None and before.type in ("group", "name", "body") and not participle \
                    and next_word != ",":
                before = self._left_open(before) or before
            if before is not None and before.first > 0 and self.words[before.first - 1].lower() in _CONDITIONALS \
                    and all(w in self.fillers for w in self.words[before.last + 1:first]):  # not "if Smith, who said ..."
                return "hypothetical", None  # "if it even thinks of attacking US soil": a condition, no report
            finite = self.words[first].lower() != entry.cue.split()[0]  # "says", not "think" (an imperative)
            if before is not None or not (comma and not skipped and finite):
                return "before", before
        subject = self.main_subject(j)  # also "DOJ walks up behind him, says, hey ...": one subject, two verbs
        between = {w.lower() for w in self.words[subject.last + 1:j]} if subject else set()
        if subject is None or subject.text.lower() == "it" or between & self.clause_openers or self._in_relative(subject.first):
            return "before", None  # "The facility, which identified the substance as Novichok, said": not Novichok
        return "coordinated", subject
