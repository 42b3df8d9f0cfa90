"""Speaker phrases: who a cue names, read from word classes around it.

:class:`PhraseReader` holds one sentence's tokens (and which lie inside quotations) and finds the
phrase that names a speaker, by the closed word classes of ``data/speaker_words.csv``:

- before a cue, backwards: a pronoun ("he", also "He's"), a group ("regional experts", "Kazakh
  officials", "the U.N. refugee agency", "one of the officials"), also with what qualifies it ("an
  official familiar with the talks told"), a document ("the statement") or its issuer ("a
  statement from the presidential office said"), a run of capitalised words with its titles ("US
  Secretary of State Antony Blinken", "Dr. Amal Hassan") or two names ("Von der Leyen and Costa
  said"), skipping appositives set off by commas ("Cardin, who was speaking via Skype, says") and
  a trailing prepositional phrase ("John Herbst of the Atlantic Council", "a Western diplomat in
  Almaty"); never a phrase that a preposition governs ("... paratroopers to Kazakhstan adds",
  "with the group said"; but "after Mr Blair told ..." opens a clause), nor one after "what"
  ("what he called"), nor a name after a causative before a bare verb ("to have Robert say");
- after a cue, forwards: :mod:`newsbook.speaker_forward`;
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

import re

from newsbook.phrase_words import (ARTICLES, DASHES, INSTITUTION_JOINERS, ORGANISATION_JOINERS, PERSON_POSSESSIVES, RELATIVES,
                                   Phrase, contraction_base, spans, spans_and_words, time_after)
from newsbook.speaker_forward import ForwardReader
from newsbook.temporal_tense import number_words
from newsbook.tokens import LETTER_OR_DIGIT

__all__ = ["Phrase", "PhraseReader", "spans", "spans_and_words"]

_GUARDS = {"what", "whatever"}
_PLACE_REACH = 5
"""Tokens at most between an organisation and the place name that locates it ("Hospital in the city of Bint Jbeil")."""
_CONJUNCTIONS = {"after", "before", "since", "until"}
"""Prepositions that also open a clause: a name after them may be its subject ("after Mr Blair told ...")."""
_PEOPLE_ENDINGS = ("ans", "ists", "ats", "als", "ers", "ites")
"""Endings of plural nouns for people ("Democrats", "Liberals", "Environmentalists", "Ukrainians"), which speak with
a bare cue when they open a sentence, unlike things ("Polls suggest")."""
_CLAUSE_JOINERS = {"and", "but", "while", "whereas"}
"""Conjunctions that, after a comma, may open a clause with a subject of its own."""
_CLAUSE_SUBJECT_REACH = 3
"""Tokens after a clause's conjunction within which its subject opens ("and the new minister")."""
_GROUP_OF_REACH = 6
"""Tokens after a group noun within which the organisation it belongs to ends ("The leader of Ennahda,")."""
_AFFILIATION = {"for", "of", "at", "from", "with"}
"""Prepositions that tie a group noun to its organisation ("a spokeswoman for the European Union")."""
_PERCENTAGE = re.compile(r"\d+(?:\.\d+)?%")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
"""A US legislator's party and state set off after the name ("R-Alaska", "D-Calif.", "I-Vt.")."""


class PhraseReader(ForwardReader):
    """Speaker phrases of one sentence, from its token spans and which are quoted."""

    def backward(self, j: int, *, lemma: bool = False, restrictive: bool = True) -> Phrase | None:
        """The speaker phrase ending at token ``j`` (before a cue), skipping appositives; ``lemma``:
        the cue is in its bare form ("note"), which no singular name agrees with; ``restrictive``: a group
        before a relative "who" with no comma may be the speaker ("activists who say ..."), which it is not
        before a cue of thought ("faces people who think ...": a description) or one that only attributes
        quotations ("two officials who asked not to be named")."""
        j = self._before_bracket(j)
        if j > 0 and self.words[j] in self.weekdays and self.words[j - 1].lower() not in self.prepositions:
            j -= 1  # "Police Chief John Smith Friday said", "The government Tuesday said": a day is no speaker
        if j > 1 and self.words[j] in DASHES:  # "Musah – ECOWAS commissioner for ... – said": an aside between dashes
            k = self.opening_dash(j)
            if k is not None and 0 < k < j - 1 and self._is_name_word(k - 1):  # the aside describes a name
                j = k - 1
        after_relative = False
        while j >= 0 and self.words[j] == ",":
            k = j - 1
            while k >= 0 and self.words[k] != ",":
                k -= 1
            segment = list(range(k + 1, j))
            if not segment or k < 0 or not (self._is_appositive(segment) or self._wider_place(segment, k)) \
                    or (after_relative and not self._describable(k - 1)):
                j -= 1  # "Meanwhile, the officials, who spoke ..., said": the officials, no aside of "Meanwhile"
                break
            after_relative = self.words[segment[0]].lower() in RELATIVES
            named = self._titled_name_after_description(segment, k)
            if named is not None:
                return named
            j = k
        if j < 0 or self.masked[j]:
            return None
        if j >= 2 and self.opens_relative(j - 1):  # "Trump, who has said ...": the name
            named = self._phrase_ending(self._before_bracket(j - 2), relative=True)  # "the Slovak Recruits, which says
            # ...": the organisation; "Medecins Sans Frontieres (MSF), which said": past its acronym
            if named is not None and named.type == "group":  # "officials, who said"; "the ministry, which said"
                return named if self.words[j].lower() == "who" or named.group_kind == "institution" else None
            return named if named is not None and named.type in ("name", "pair") else None
        if j >= 1 and self.words[j] == "who" and self.words[j - 1].lower() in self.groups:
            return self._restrictive_antecedent(j - 1) if restrictive else None
        phrase = self._phrase_ending(j)
        antecedent = self._relative_object_antecedent(phrase) if phrase is not None else None
        if antecedent is not None:
            return antecedent  # "Voters who backed the candidate said": the voters
        if phrase is None and (self.words[j][:1].islower() or not self._described_object(self._name_start(j))):
            phrase = self._postmodified(j)  # "officials in the region said"; "Survivors of the attack in Kashmir said"
        elif phrase is not None and phrase.type == "name" and phrase.first > 1 and self.words[phrase.first - 1].islower():
            relative = self._postmodified(phrase.first)  # "residents who managed to flee el-Fasher have told": residents
            if relative is not None and self.words[relative.last + 1] == "who":
                phrase = relative
        if phrase is None or (phrase.first > 0 and self.words[phrase.first - 1].lower() in _GUARDS):
            return None
        if lemma and phrase.type == "name" and self._caused(phrase.first):
            return None  # "to have Robert say ...": a bare verb after a causative reports nothing
        return None if self._opener(phrase, lemma) else phrase

    def _named_after_group(self, j: int, before: int) -> Phrase | None:
        """The full name set off after a group noun at token ``j``, right after it or after what it leads
        ("The country's president, Andrej Kiska,"; "The leader of Ennahda, Rachid Ghannouchi,")."""
        named = self.appositive_name(j)
        if named is not None or j + 2 >= before or self.words[j + 1] not in _AFFILIATION:
            return named
        k = j + 2
        while k < before and (self._is_name_word(k) or self.words[k] in ("of", "the")) and k - j <= _GROUP_OF_REACH:
            k += 1
        return self.appositive_name(k - 1) if k < before and self.words[k] == "," and self._is_name_word(k - 1) else None

    def _relative_object_antecedent(self, phrase: Phrase) -> Phrase | None:
        """The group a restrictive "who" stands for when ``phrase`` is the object of the relative clause's verb
        ("Voters who backed the candidate said ...": the voters speak, not the candidate), else ``None``."""
        k = phrase.first - 1
        while k > 0 and self.words[k].lower() in ARTICLES:
            k -= 1
        if k < 2 or not self.words[k].islower() or self.words[k - 1] != "who" or self.masked[k]:
            return None
        return self._phrase_ending(k - 2) if self.words[k - 2].lower() in self.groups else None

    def _restrictive_antecedent(self, k: int) -> Phrase | None:
        """The group a relative "who" with no comma before it stands for, its noun at token ``k``, however
        governed ("pressure from activists who say", "compared with the 2020 Biden voters who said"): the
        noun and the name words or numbers right before it, never a verb ("Officials met activists who
        say"). None where the group opens the sentence or is its subject after an opening phrase ("On Monday,
        residents who say they saw it were interviewed"): its relative clause is no statement the sentence
        goes on with."""
        first = k
        while first > 0 and not self.masked[first - 1] and (self._is_name_word(first - 1) or self.words[first - 1].isdigit()):
            first -= 1
        if first == 0 or (first == 1 and self.words[0].lower() in ARTICLES):
            return None
        subject = self.main_subject(len(self.words))
        if subject is not None and subject.first <= k <= subject.last:
            return None  # "On Monday, residents who said they saw it were interviewed": the sentence's subject
        return self._make(first, k, "group", self.groups[self.words[k].lower()])

    def _opens_clause_before(self, j: int) -> bool:
        """Whether the name run ending at token ``j`` opens its clause: the sentence's start, or a function
        word or a comma after no other name before it ("But Mr Kristersson and the Alliance have vowed"),
        not the object of a verb ("Police arrested John Smith and the CPS said") nor the next item of a
        list ("Britain, France and the United States said")."""
        first = self._name_start(j)
        if first == 0:
            return True
        before = self.words[first - 1]
        if before == ",":
            return not (first >= 2 and self._is_name_word(first - 2))
        return before.lower() in self.function

    def _name_start(self, j: int) -> int:
        """The first token of the run of name words (and the lower-case words inside a name) that ends at token ``j``."""
        k = j
        while k > 0 and (self._is_name_word(k - 1) or self._connects(k - 1)) and not self._time_adjunct(k - 1):
            k -= 1  # (not "Sunday" in "On Sunday Shorten said")
        return k

    def _before_bracket(self, j: int) -> int:
        """Token ``j``, or when it closes a short bracket after a name ("the World Health Organization
        (WHO) said", "Senator Jane Roe (D-Ohio) said"), the token before the bracket."""
        if j < 2 or self.words[j] != ")":
            return j
        k = next((k for k in range(j - 1, max(j - 8, 0), -1) if self.words[k] in ("(", ")")), 0)
        return k - 1 if k > 0 and self.words[k] == "(" and self._is_name_word(k - 1) else j

    def _caused(self, first: int) -> bool:
        """Whether a causative or perception verb ("have", "make", "hear") stands just before token
        ``first`` (one modifier may come between: "make synthetic Robert say")."""
        for k in range(first - 1, max(first - 3, -1), -1):
            if self.words[k].lower() in self.causatives:
                return True
            if not self._modifier(k) or self._is_name_word(k):
                return False
        return False

    def _postmodified(self, j: int) -> Phrase | None:
        """A group noun followed by what qualifies it, up to the cue: "a senior official familiar with
        the talks told", "officials in the region said" (the group without what follows it), past a group
        a preposition governs ("Activists on both sides of the debate say": the activists)."""
        for g in range(j - 1, max(j - 9, -1), -1):
            word = self.words[g]
            if self.masked[g] or word in (",", ";", ":") or word.lower() in self.fillers or word.lower() in self.pronouns:
                return None
            written_low = word.islower() or (g == 0 and word[1:].islower())  # "Residents of the city say"
            if word.lower() in self.groups and written_low and self._opens_postmodifier(g + 1) \
                    and (self.words[g + 1] != "who" or (g + 2 < j and self._opens_clause(g))):  # a clause, then the cue
                phrase = self._phrase_ending(g)
                if phrase is None:
                    continue  # a group a preposition governs qualifies an earlier one ("on both sides of")
                if phrase.type != "group":
                    return None
                if self.qualifier_end(g + 1, j + 1) == j:  # "two diplomats familiar with the talks said": all of it
                    return self._make(phrase.first, j, "group", phrase.group_kind)
                return phrase
        return None

    def _opens_clause(self, g: int) -> bool:
        """Whether the group noun at token ``g`` stands within the first words of its clause (after the
        sentence's start or a comma, at most two words before it, or four after an article with no verb among
        them): "Officials who spoke ... said", "Meanwhile, residents who fled ... told", "A former CIA official
        who worked on Russia told", never an object ("Argentina has a new president who ...")."""
        start = next((k + 1 for k in range(g - 1, -1, -1) if self.words[k] == ","), 0)
        if g - start <= 2:
            return True
        # "A former CIA official who worked on Russia told": an article opens the clause, no verb before the noun
        return g - start <= 4 and self.words[start].lower() in ARTICLES \
            and not any(w.lower() in self.verbal or self._past_verb_word(w) for w in self.words[start + 1:g])

    def _opens_postmodifier(self, k: int) -> bool:
        """Whether token ``k`` opens what qualifies a group noun before it: "familiar", "who", a preposition
        ("officials in the region"), or a participle ("officials speaking on condition of anonymity",
        "the agency monitoring Iran's atomic activities")."""
        word = self.words[k]
        low = word.lower()
        return low in self.postmodifiers or (low in self.prepositions and low not in _CONJUNCTIONS) \
            or (word.islower() and len(low) > 4 and low.endswith("ing"))

    def _opener(self, phrase: Phrase, lemma: bool) -> bool:
        """A lone capitalised word opening the sentence that is no name: the document never
        writes it capitalised inside a sentence and writes it in lower case ("Hacked suggests"),
        or the cue after it is a bare form ("Quick note - ...") that no plural before it agrees with
        ("Ukrainians say ..." is a people's word)."""
        if phrase.type != "name" or phrase.first != 0 or phrase.last != 0:
            return False
        word = self.words[0]
        people = word.endswith(_PEOPLE_ENDINGS) or (word.endswith("s") and word[:-1] in self.countries)  # not "Polls"
        return not self.proper(word) and ((lemma and not people) or self.common(word))

    def _wider_place(self, segment: list[int], comma: int) -> bool:
        """A place set off after a place ("Sheriff Rick Flores of Webb County, Texas, testified", "of Almaty,
        Kazakhstan,"): one capitalised word, a country or after a place noun (``place`` words: "County"), after
        a name that "of", "in" or "from" governs ("The head of Rosneft, Sechin, said": Sechin speaks)."""
        if len(segment) != 1 or not self._is_name_word(segment[0]):
            return False
        if self.words[segment[0]] not in self.countries and self.words[comma - 1] not in self.places:
            return False
        k = comma - 1
        while k > 0 and self._is_name_word(k) and comma - k <= 3:
            k -= 1
        return k < comma - 1 and self.words[k].lower() in ("of", "in", "from")

    def _titled_name_after_description(self, segment: list[int], comma: int) -> Phrase | None:
        """The name that closes a comma-set role and name after a description opening the sentence ("The
        Trump appointee running USAID, deputy administrator Pete Marocco, has indicated", "The largest
        federal workers' union, the American Federation of Government Employees, wrote"): that name; the
        description before it names the same one. ``None`` for any other segment."""
        words = self.words
        if not words or words[0].lower() not in ARTICLES or "," in words[:comma]:
            return None
        first = segment[0] + (words[segment[0]] == "the")
        while first <= segment[-1] and words[first].isalpha() and words[first].islower() \
                and words[first] not in self.prepositions and words[first] not in self.function:
            first += 1
        if first == segment[0] or segment[-1] - first < 1 or not self._is_name_word(first) \
                or self._name_end(first, segment[-1] + 1) != segment[-1] + 1:
            return None
        return self._make(first, segment[-1], "name")

    def _describable(self, k: int) -> bool:
        """Whether token ``k``, before a comma, may be what an aside after the comma describes: a name, a group
        noun, an age ("Smith, 45, a farmer,") or a closing bracket ("Paul (R-Ky.), a senator,"); not an opening
        word or clause ("Meanwhile,", "While no decision has been made,")."""
        word = self.words[k]
        if word.lower() in self.function:
            return False
        return self._is_name_word(k) or word.lower() in self.groups or word.lower() in self.bodies \
            or word.isdigit() or word in (")", "]")

    def _is_appositive(self, segment: list[int]) -> bool:
        """A comma-set segment after the speaker: it opens in lower case ("who ...", "a former
        ambassador", "of the University") or does not end in a name ("Russia’s top diplomat");
        never one holding a colon or a quoted sentence (a statement of its own)."""
        if any(self.words[k] == ":" or (self.masked[k] and self.words[k] in ".?!") for k in segment):
            return False
        if len(segment) == 1 and _PARTY_TAG.fullmatch(self.words[segment[0]]):
            return True  # "Sen. Lisa Murkowski, R-Alaska, said": a party and state, no name
        first, last = self.words[segment[0]], self.words[segment[-1]].lower()
        return first[:1].islower() or not (self._is_name_word(segment[-1]) or last in self.pronouns)

    def _phrase_ending(self, j: int, *, relative: bool = False) -> Phrase | None:
        """The speaker phrase ending at token ``j``; ``relative``: the antecedent of a relative "who" or
        "which", its subject even where a preposition governs it ("contradicted by X, who said")."""
        word, low = self.words[j], self.words[j].lower()
        if word.islower() and low not in self.groups and _own_word(low) in self.groups:
            low = _own_word(low)  # "The expert panel's report": the panel
        base = contraction_base(low)  # "I'm" is "I", "He's" is "he"
        if base in self.selves and word in (low, low.capitalize(), "I"):
            return self._make(j, j, "self")
        if base in self.pronouns and word in (low, low.capitalize()):
            return self._make(j, j, "pronoun")
        if low in self.documents:
            if j > 1 and self._is_name_word(j - 1) and self.words[j - 1] not in self.countries:
                owner = self._name_run_ending(j - 1)  # "the CENTCOM statement says", "a Hamas statement said"
                if owner is not None and owner.type == "name":
                    return owner
            k = j - 1 if j > 0 and self.words[j - 1].lower() in ARTICLES else j
            return self._make(k, j, "document")
        paired = j >= 3 and word != low and self.words[j - 2] == "and" and self._is_name_word(j - 3)  # "X and the Alliance"
        if low in self.bodies and j > 0 and self.words[j - 1].lower() in ARTICLES and not paired:  # "the alliance said"
            return self._affiliated_head(j - 1, j) if self._object(j - 1) else self._make(j - 1, j, "body", "institution")
        named_of = word != low and j >= 2 and self.words[j - 1] == "of" and self._is_name_word(j - 2)
        if low in self.groups and (word == low or word.isupper() or j == 0 or not self._is_name_word(j - 1)) \
                and not named_of:  # "the House of Representatives" is a name
            # a listed role written as an acronym is that role ("The CEO says"), not an organisation
            k = j
            while k > 0 and self._modifier(k - 1) and not self._time_adjunct(k - 1):
                k -= 1
            if k > 0 and self.words[k - 1].lower() == "both":  # "both sides": the two named before
                k -= 1
            if k >= 2 and self.words[k - 1] == "and" and self.words[k - 2].lower() in self.groups:
                other = self._phrase_ending(k - 2)  # "Officials and experts said": both groups
                if other is not None and other.type == "group" and not self.governed(other.first):
                    return self._make(other.first, j, "group", self.groups[low])
            if k >= 2 and self.words[k - 1] == "and" and self.words[k - 2] in self.countries and self.words[k] in self.countries:
                # "Both Israeli and Saudi diplomats say"; not "a plan drawn up by Egyptian and Qatari mediators says"
                return None if self._object(k - 2) and not relative else self._make(k - 2, j, "group", self.groups[low])
            if k >= 2 and self.words[k - 1] == "and" and self._is_name_word(k - 2):
                named = self._name_run_ending(k - 2)
                if named is not None and not self.governed(named.first):
                    return named  # but "the death of 435 people in KwaZulu-Natal and authorities said": the group
            if k > 0 and (self.words[k - 1].lower() in ARTICLES or self.words[k - 1].lower() in PERSON_POSSESSIVES):
                k -= 1  # "the spokesman", "his team": whose, resolved with the phrase
            if not relative and self._verb_object(k, j):
                return None  # "The union representing the pilots said", "A charity that supports refugees said"
            if self._object(k) and not self._issued(k) and not relative:
                share = self._share_before(k - 2) if k > 1 and self.words[k - 1] == "of" else None
                if share is not None:  # "one of the officials said", "19% of Biden's 2020 voters ... said"
                    return self._make(share, j, "group", self.groups[low])
                return self._affiliated_head(k, j)
            return self._make(k, j, "group", self.groups[low])
        return self._name_run_ending(j, relative=relative) if self._is_name_word(j) else None

    def _affiliated_head(self, k: int, j: int) -> Phrase | None:
        """The group noun a group phrase opening at token ``k`` is "of", "for" or "at" ("The head of the Wagner
        mercenary group, which ..., said": the head speaks, not the group), as one phrase up to token ``j``."""
        if k < 2 or self.words[k - 1] not in _AFFILIATION or not self.words[k - 2].islower() \
                or self.words[k - 2] not in self.groups:
            return None
        head = self._phrase_ending(k - 2)
        return self._make(head.first, j, "group", head.group_kind) if head is not None and head.type == "group" else None

    def _share_before(self, k: int) -> int | None:
        """The first token of a share of a group ending at token ``k``, before its "of": a quantifier ("one of",
        "most of"), a percentage ("19% of") or a number of percent ("Forty-two percent of"); else ``None``."""
        word = self.words[k]
        if word.lower() in self.quantifiers or _PERCENTAGE.fullmatch(word):
            return k
        if word.lower() == "percent" and k > 0 and _number(self.words[k - 1]):
            return k - 1
        return None

    def _institution_start(self, k: int, j: int) -> int:
        """The first token of an organisation's name that goes on after "for" or "on" and ends at token
        ``j`` ("the Institute for the Study of War", "the Center for Strategic and International Studies"),
        whose last run of name words opens at token ``k``; else ``k``. The name read forward from there
        must end exactly at ``j``."""
        if k < 3 or (self.words[k - 1] not in INSTITUTION_JOINERS and self.words[k - 1] != "the") \
                or ORGANISATION_JOINERS.isdisjoint(self.words[max(0, k - 14):k]):
            return k
        for start in range(k - 2, max(k - 14, -1), -1):
            if self._is_name_word(start) and (start == 0 or not self._is_name_word(start - 1)) \
                    and not ORGANISATION_JOINERS.isdisjoint(self.words[start:k]) and self._name_end(start, j + 1) == j + 1:
                return start
        return k

    def _time_adjunct(self, k: int) -> bool:
        """Whether token ``k`` is the time word of a phrase like "In June" or "on Monday" that opens the
        sentence before its subject ("In June Russian state media announced ...")."""
        if k == 0:
            return False
        before = k - 1 - (k > 1 and self.words[k - 1].lower() in ("early", "late", "mid"))  # "in early April"
        return time_after(self.words[before], self.words[k])

    def _described_object(self, k: int) -> bool:
        """Whether the name at token ``k`` follows lower-case words that describe it ("plane
        manufacturer", an organisation's kind) after a preposition and its article: the object of
        "of", "for", ... ("spokeswoman for women Sandra Gidley" is no organisation)."""
        if k == 0 or self.words[k - 1] not in self.bodies:
            return False
        m = k
        while m > 0 and k - m < 3 and self.words[m - 1].islower() and self._modifier(m - 1) \
                and self.words[m - 1] not in self.prepositions:
            m -= 1
        return m != k and self.governed(m)

    def _issued(self, first: int) -> bool:
        """Whether the phrase at token ``first`` issued a document named before it ("a statement from
        the presidential office said"): its issuer speaks."""
        return first > 1 and self.words[first - 1] in ("from", "by") and self.words[first - 2].lower() in self.documents

    def governed(self, first: int) -> bool:
        """Whether a preposition governs a phrase starting at token ``first`` (its article between):
        "by the US", "to Kibbutz Nir Oz"."""
        k = first - 1 if first > 0 and self.words[first - 1].lower() in ARTICLES else first
        return self._object(k)

    def _verb_object(self, first: int, last: int) -> bool:
        """Whether a group phrase of tokens ``first..last`` is the object of a participle ("The union representing
        the pilots said") or holds the verb of a relative clause on a noun before it as its first word ("A charity
        that supports refugees said"); not the subject of an object relative clause ("a law which voting rights
        groups say ...") nor a phrase after a complementiser or determiner "that" ("told him that intelligence
        sources", "that voice actor said")."""
        words = self.words
        if first == 0 or self.masked[first - 1]:
            return False
        before = words[first - 1]
        if before.endswith("ing") and before.islower() and len(before) > 4 and before not in self.ing_prepositions:
            return True
        verb = words[first]
        return first < last and first >= 2 and before.lower() in ("that", "who") and verb.islower() \
            and verb.endswith("s") and verb not in self.groups and words[first - 2].islower() \
            and words[first - 2] not in self.pronouns and words[first - 2] not in self.function

    def _object(self, first: int) -> bool:
        """Whether a phrase starting at token ``first`` is the object of a preposition ("with the
        group", "to discuss weekend newspaper reports"), no subject."""
        return first > 0 and self.words[first - 1].lower() in self.prepositions and self.words[first - 1].lower() not in _CONJUNCTIONS

    def _name_run_ending(self, j: int, *, relative: bool = False) -> Phrase | None:
        k = self._institution_start(self._name_start(j), j)
        while k <= j and self.words[k].lower() in self.function:
            k += 1
        if k > j:
            return None
        if k >= 2 and self.words[k - 1].lower() == "the" and self.words[k - 2] in self.prepositions:
            k -= 1
        if k >= 2 and self.words[k - 1] == "of" and self.words[k - 2] in self.institution_heads:
            head = self._name_run_ending(k - 2, relative=relative)  # "the Bank of England", "a spokesman for the Ministry of Defence"
            if head is not None and head.type in ("name", "group"):
                if head.last != k - 2:
                    return head  # "Jane Roe of the University of Chicago": the person the head phrase ends with
                owner = next((m for m in range(j - 1, k - 1, -1) if self.words[m].endswith(("'s", "’s"))), None)
                if owner is not None:  # "Bank of America's Brian Moynihan": the name after the possessive
                    return self._make(owner + 1, j, "name")
                return self._make(head.first, j, head.type, head.group_kind)
        head_before = k >= 2 and (self._is_name_word(k - 2) or self.words[k - 2].lower() in self.groups) \
            and self.words[k - 2] not in self.time  # "continued Monday with Russia saying": Russia
        if k >= 2 and self.words[k - 1] in self.prepositions and self.words[k - 1] not in _CONJUNCTIONS \
                and (head_before or not relative):  # "Herbst of the"; but "contradicted by X, who said": X
            head = self._phrase_ending(k - 2) if head_before else self._located_institution(k - 1)
            if head is not None and head.type in ("group", "body") and self.words[k - 1] in _AFFILIATION:
                return self._make(head.first, j, "group", head.group_kind)  # "a spokeswoman for the EU", "the office of X"
            return head if head is None or head.type in ("name", "group") else None
        if self._object(k) and not relative:
            return None  # "... paratroopers to Kazakhstan adds"; but "after Mr Blair told" opens a clause
        if self._described_object(k) and not relative:
            return None  # "The boss of plane manufacturer Boeing revealed": the boss, not the company (but "... by
            # medical charity Medecins Sans Frontieres, which said": the charity)
        # "Mr Kristersson and the Alliance"; but "X and the Slovak Recruits, which says": the nearer one
        joined = k - 1 - (k >= 3 and self.words[k - 1].lower() == "the" and not relative and self._opens_clause_before(k - 3))
        if joined >= 1 and self.words[joined] == "and" and self._is_name_word(joined - 1):  # "Von der Leyen and Costa said"
            other = self._name_run_ending(joined - 1)
            if other is not None and other.type in ("name", "pair"):
                return self._make(other.first, j, "pair")
            if other is not None and other.type == "group" and other.last == joined - 1:  # "the ministers of France and Germany"
                return self._make(other.first, j, "group", other.group_kind)
        return self._make(k, j, "name")

    def _located_institution(self, p: int) -> Phrase | None:
        """The organisation a place phrase locates, where the phrase's last preposition is token ``p``: "The
        Salah Ghandour Hospital in the city of Bint Jbeil said" (the hospital speaks, not the town); ``None``
        unless a name ending in an institution's word stands right before an "in" or "at"."""
        m = p
        while m > 0 and p - m < _PLACE_REACH and (self.words[m].lower() in self.prepositions or self.words[m].lower() in
                                                  ARTICLES or (self.words[m].isalpha() and self.words[m].islower())):
            m -= 1
        if self.words[m + 1] not in ("in", "at") or not self._is_name_word(m) or self.words[m] not in self.institution_heads:
            return None
        named = self._name_run_ending(m)
        return named if named is not None and named.type == "name" else None

    def subject(self, before: int, *, start: int = 0) -> Phrase | None:
        """The first speaker phrase of the sentence before token ``before`` (its subject), from token ``start``."""
        for j in range(start, before):
            word, low = self.words[j], self.words[j].lower()
            if self.masked[j] or low in self.selves or (low in self.function and low not in self.groups):
                continue
            if low in self.pronouns and low != "this" and word in (low, low.capitalize()):
                return self._make(j, j, "pronoun")
            titled = j + 1 < before and (self._is_name_word(j + 1) or (  # "President Tokayev", not "Officials"
                word[:1].isupper() and self.words[j + 1] == "of" and j + 2 < before
                and self._is_name_word(j + 2)))  # "Secretary of State X", not "the governor of Maryland"
            if low in self.groups and not titled:
                while j + 1 < before and self.words[j + 1].islower() and _own_word(self.words[j + 1]) in self.groups:
                    j += 1  # "A commerce ministry spokesperson": the compound's last noun is its head
                    if self.words[j] != _own_word(self.words[j]):
                        break  # "The expert panel's report": the panel, the report's owner
                phrase = self._phrase_ending(j)
                named = self._named_after_group(j, before) if phrase is not None and phrase.type == "group" else None
                return named or phrase  # "The country's president, Andrej Kiska, chastised ...": Kiska
            if self._is_name_word(j):
                if j == 0 and low in self.determiners and before > 1 and self._is_name_word(1):
                    continue  # "Another U.S. draft encouraged ...": the U.S.
                if self._time_adjunct(j):
                    continue  # "On Sunday, Venezuela's National Assembly condemned ...": no subject "Sunday" (but "May said")
                if j == 0 and not (before > 1 and self._is_name_word(1)) and not self.proper(word) \
                        and (self.common(word) or (before > 1 and self.words[1] == ",")
                             or self.is_adverb(word)):
                    continue  # "Instead, he calls ...", "Just days ago, Zelensky ...": a sentence opener, not a name
                k = self._name_end(j, before) - 1
                joined = self._joined_subject(j, k, before)
                if joined is not None:
                    return joined
                for m in range(k + 1, min(k + 4, before)):  # "U.S. officials", "Russia's foreign ministry"
                    low = self.words[m].lower()
                    if m == k + 1 and self._past_verb(m):
                        break  # "Kerry tempered reports of progress, warning ...": Kerry
                    if low in self.groups:
                        return self._group_or_titled(j, m, before)
                    if not (self._modifier(m) and (m == k + 1 or self.words[m][:1].islower())) or m > k + 1 and not self.words[k].endswith(("'s", "’s")):
                        break
                return self._make(j, k, "name")
        return None

    @staticmethod
    def _past_verb_word(word: str) -> bool:
        """Whether a word reads as a verb in the past: lower case, in "-ed"."""
        return word.islower() and word.endswith("ed")

    def _past_verb(self, m: int) -> bool:
        """Whether the lower-case word at token ``m``, right after a name that owns nothing, is its verb in
        the past ("Kerry tempered", "Hamas rejected"), no word of a group phrase ("U.S. military officials")."""
        word = self.words[m]
        return self._past_verb_word(word) and not self.words[m - 1].endswith(("'s", "’s")) and word not in self.groups

    def _joined_subject(self, j: int, k: int, before: int) -> Phrase | None:
        """Two subjects joined by "and" after the name at tokens ``j..k`` ("Mali and Burkina Faso have
        said", "Denmark and the Greenlandic government rejected ..., saying"), before a verb: the pair."""
        if k + 2 >= before or self.words[k + 1] != "and" or self.words[k].endswith(("'s", "’s")):
            return None
        m = k + 2 + (self.words[k + 2].lower() == "the")
        if m < before and self._is_name_word(m):
            end = self._name_end(m, before) - 1
            if end + 1 < before and self.words[end + 1] in self.groups:  # "the Greenlandic government"
                end += 1
        else:  # "his European counterparts": up to two words before a group noun
            end = m
            while end < before and self.words[end].lower() not in self.groups and LETTER_OR_DIGIT.match(self.words[end]) \
                    and self.words[end] not in self.prepositions:
                end += 1
            if end >= before or self.words[end].lower() not in self.groups or end - m > 2:
                return None
        after = self.words[end + 1] if end + 1 < before else ""
        if self.words[end].endswith(("'s", "’s")) or not after.islower() or after in self.prepositions \
                or after in self.groups or after == "and":
            return None
        return self._make(j, end, "pair")

    def main_subject(self, before: int) -> Phrase | None:
        """The subject of the main clause before token ``before``: past opening phrases that a
        preposition, a participle or a subordinating conjunction opens ("Following a call with Trump,
        Zelensky called ...", "Asked about the troops, Biden said ...", "In January, when the ICC opened
        it, Netanyahu said ..."), the first speaker phrase no preposition governs."""
        start = 0
        while start < before and self.opens_adjunct(start):  # "In January, when the ICC opened, Netanyahu said"
            past = self.past_opening_phrase(start, before)
            if past is None:
                break
            start = past
        phrase = self.subject(before, start=start)
        while phrase is not None and self.governed(phrase.first):
            phrase = self.subject(before, start=phrase.last + 1)
        if phrase is not None and phrase.type == "group" and phrase.first >= start + 2 and self.words[phrase.first - 1] == "," \
                and self._is_name_word(phrase.first - 2):  # "Brazil, an important regional player, was ... but said"
            named = self._name_run_ending(phrase.first - 2)
            if named is not None and named.type == "name" and named.first == start:
                return named
        return phrase

    def _verb_between(self, first: int, before: int) -> bool:
        """Whether a lower-case word that is no function word stands in tokens ``first..before-1``: the verb of
        a clause whose subject ends before them."""
        return any(w.islower() and w not in self.function and w not in ARTICLES for w in self.words[first:before])

    def opens_adjunct(self, k: int) -> bool:
        """Whether token ``k`` opens a phrase or clause before the main clause's subject: a preposition (not "at
        least", "at most": "At least 13 people were injured" is the subject), a participle or a subordinating
        conjunction ("when", "after", "although")."""
        word, low = self.words[k], self.words[k].lower()
        participle = word.endswith(("ing", "ed")) and (k == 0 or word.islower())  # not "..., King Charles, speaking"
        measure = k + 1 < len(self.words) and self.words[k + 1].lower() in ("least", "most")
        return (low in self.prepositions and not measure) or low in self.subordinators or participle

    def past_opening_phrase(self, k: int, before: int) -> int | None:
        """The first token after the comma that closes an opening phrase or clause at token ``k`` (see
        :meth:`opens_adjunct`), before token ``before``; ``None`` where no comma closes it ("After meeting activists
        who say the law is unjust the minister promised ...")."""
        return next((m + 1 for m in range(k + 1, before) if self.words[m] == "," and not self.masked[m]), None)

    def clause_subject(self, before: int) -> Phrase | None:
        """The subject of the clause that holds token ``before``: after the last semicolon or comma and
        coordinating conjunction before it whose clause opens with a subject ("Smith arrived in Kyiv,
        and the minister talked about ...": the minister), else the main clause's (:meth:`main_subject`;
        "Smith arrived in Kyiv and talked about ...": Smith)."""
        for k in range(before - 1, 0, -1):
            if self.masked[k] or not (self.words[k] == ";" or (
                    self.words[k].lower() in _CLAUSE_JOINERS and self.words[k - 1] == ",")):
                continue
            phrase = self.subject(before, start=k + 1)
            if phrase is not None and phrase.type != "pronoun" and not self.governed(phrase.first) \
                    and phrase.first - k <= _CLAUSE_SUBJECT_REACH and self._verb_between(phrase.last + 1, before):
                return phrase  # (not the last of a list, "thanked the soldiers, the medics, and the volunteers “...”")
        return self.main_subject(before)

    def _group_or_titled(self, j: int, m: int, before: int) -> Phrase:
        """Words ``j..m`` ending in a group noun: the name after it when one follows ("Lib Dem
        leader Charles Kennedy", past more group nouns: "Israeli military spokesman Daniel Hagari"),
        else the group with its article ("The Tory co-chairman")."""
        while m + 2 < before and self.words[m + 1].islower() and self.words[m + 1] in self.groups \
                and self._is_name_word(m + 2):
            m += 1
        k = m
        while k + 1 < before and self._is_name_word(k + 1):
            k += 1
        if k > m:
            return self._make(m + 1, k, "name")
        first = j - 1 if j > 0 and self.words[j - 1].lower() in ARTICLES else j
        return self._make(first, m, "group", self.groups[self.words[m].lower()])


def _own_word(word: str) -> str:
    """A word without its possessive ending ("panel's" is "panel")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _number(word: str) -> bool:
    """Whether a word is a number before "percent": digits ("42", "4.5") or number words of
    ``data/number_words.csv`` ("Forty-two"), not the article "a"."""
    if word.replace(".", "").isdigit():
        return True
    parts = word.lower().split("-")
    return parts != ["a"] and parts != ["an"] and all(part in number_words() for part in parts)
