"""Speaker phrases read forwards: the speaker after an inverted cue or "according to".

After a cue, a speaker is a group ("say two people familiar with ...", "according to officials"),
a document's issuer ("according to a statement from the Defense Ministry"), a body ("the
alliance") or a name, also after descriptors ("said Moscow-based US lawyer Jamie Firestone,", "said
party leader John Smith", "according to President X"), two names ("according to Matt and Martin").
After an inverted cue the phrase must end there (punctuation, a time, "who", a preposition,
"familiar"): in "..., said two people were wounded" or "said the bloc would ..." the words after
the cue are the report's subject. A role set off by a full name is that person ("said his son,
Flávio Bolsonaro,"); a possessive role that ends the phrase is that person's (", said her
spokesman."); else never a pronoun or a possessive ("said his government was ...").
"""

from __future__ import annotations

from newsbook.phrase_words import ARTICLES, ORGANISATION_POSSESSIVES, PERSON_POSSESSIVES, Phrase, PhraseBase

__all__ = ["ForwardReader"]

_AFTER_NAME_OK = {"who", "in", "on", "at", "of", "from", "to", "told", "via"}
_OWNER_POSSESSIVES = PERSON_POSSESSIVES | ORGANISATION_POSSESSIVES
"""Possessives whose owner the group rules resolve ("said her spokesman", "said its chairman")."""
_POSSESSIVES = _OWNER_POSSESSIVES | {"our", "my", "your"}
"""All possessives: "my" and "our" are the speaker's own, no one in the text."""
_DESCRIPTION_REACH = 8
"""Tokens a possessive's description may run before the comma that sets off the name ("our guest professor for this week,")."""


class ForwardReader(PhraseBase):
    """The speaker phrases that follow a cue (see the module docstring)."""

    def forward(self, i: int, *, inverted: bool) -> Phrase | None:
        n = len(self.words)
        if i + 1 < n and self.words[i].lower() in _OWNER_POSSESSIVES and self.words[i + 1].lower() in self.groups \
                and not self.masked[i + 1]:
            named = self.appositive_name(i + 1)  # "said his son, Flávio Bolsonaro, who ..."
            if named is not None or not (inverted and self._ends_phrase(i + 2)):
                return named  # "said his government was ...": the report's start
            return self._make(i, i + 1, "group", self.groups[self.words[i + 1].lower()])  # ", said her spokesman."
        if i < n and self.words[i].lower() in _POSSESSIVES:
            named = self._described_then_named(i)
            if named is not None:
                return named  # "says our guest professor for this week, Santiago Gallino."
        if i >= n or self.masked[i] or self.words[i].lower() in self.non_speakers or self.words[i].lower() in _POSSESSIVES:
            return None  # pronouns and selves; "said his government was ...": the start of the report
        k = i
        while k < n and k - i < 5 and not self.masked[k]:
            word = self.words[k].lower()
            group = word in self.groups and (k == i or self.words[k] == word) \
                and not (word in ("some", "many") and k + 1 < n and self.words[k + 1][:1].isalpha())
            if group and k + 1 < n and self._is_name_word(k + 1):  # "said party leader John Smith", "according to President X"
                return self._name_after(k + 1)
            if group and k + 1 < n and self.words[k + 1].islower() and self.words[k + 1] in self.groups:
                k += 1  # "said a defense ministry spokesman": the compound's last noun is its head
                continue
            body = word in self.bodies and k == i + 1 and self.words[i].lower() in ARTICLES \
                and self._name_end(k) <= k + 1  # "the Bank of England" is a name
            if (group or body or word in self.documents) and inverted and not self._ends_phrase(k + 1):
                return None  # "..., said two people were wounded", "said the bloc would ...": the report's subject
            if group:
                named = self.appositive_name(k) or (  # "said the bank's president, Karl Otto Poehl."
                    self._described_then_named(i) if inverted else None)  # "said a spokesman for the junta, Amadou Abdramane"
                last = self.qualifier_end(k + 1, n) or k  # "according to people familiar with the matter"
                return named or self._make(i + (self.words[i].lower() in ARTICLES), last, "group", self.groups[word])
            if word in self.documents:  # "according to a statement from the Defense Ministry": its issuer
                issuer = self.forward(k + 2, inverted=False) if k + 2 < n and self.words[k + 1] in ("from", "by") else None
                return issuer if issuer is not None and issuer.type in ("name", "group") else self._make(i, k, "document")
            if body:
                return self._make(i, k, "body", "institution")
            if not (self._modifier(k) or word in ARTICLES):
                break
            k += 1
        i += i + 1 < n and self.words[i].lower() in ARTICLES and self._is_name_word(i + 1)
        k = self._name_end(i)
        kind = "name"
        if k > i and k + 1 < n and self.words[k] == "and" and self._is_name_word(k + 1):  # "according to Matt and Martin"
            kind, k = "pair", k + 1
            while k < n and self._is_name_word(k):
                k += 1
        if k == i or (inverted and not self._ends_phrase(k)):
            return self._described(i) if inverted else None
        if self._day_alone(i, k):
            return None  # "..., said Tuesday on Twitter that ...": a day is no speaker
        return self._make(i, k - 1, kind)

    def _described_then_named(self, i: int) -> Phrase | None:
        """The full name set off by a comma after a possessive's noun phrase that opens at token ``i``
        and holds a group noun ("our guest professor for this week, Santiago Gallino"; at most
        :data:`_DESCRIPTION_REACH` tokens before the comma), else ``None``."""
        comma = next((m for m in range(i + 1, min(i + 1 + _DESCRIPTION_REACH, len(self.words)))
                      if self.words[m] == "," or self.masked[m]), None)
        if comma is None or self.masked[comma] or not any(w.lower() in self.groups for w in self.words[i + 1:comma]):
            return None
        return self.appositive_name(comma - 1)

    def _ends_phrase(self, k: int) -> bool:
        """Whether token ``k`` may follow a speaker named after an inverted cue: the end, punctuation, a
        time or a word that opens what qualifies a speaker ("who", "familiar", "in", "on")."""
        if k >= len(self.words) or not self.words[k][:1].isalpha() or self.words[k] in _AFTER_NAME_OK:
            return True
        low = self.words[k].lower()
        return low in self.postmodifiers or low in self.prepositions or low in self.time or self.words[k] in self.time

    def _name_after(self, i: int) -> Phrase | None:
        """The name run opening at token ``i`` if it ends the phrase (punctuation or a word of
        :data:`_AFTER_NAME_OK` after it), else ``None``."""
        k, n = self._name_end(i), len(self.words)
        if k == i or (k < n and self.words[k][:1].isalpha() and self.words[k] not in _AFTER_NAME_OK
                      and self.words[k] not in self.time):
            return None
        if self._day_alone(i, k):
            return None  # "..., informed lawmakers Friday of ...": a day is no speaker
        return self._make(i, k - 1, "name")

    def _day_alone(self, i: int, k: int) -> bool:
        """Whether the name run of tokens ``i..k-1`` is a weekday alone, never a speaker (a month may be one:
        "said Tory leader May")."""
        return k == i + 1 and self.words[i] in self.weekdays

    def _described(self, i: int) -> Phrase | None:
        """After an inverted cue, the name that descriptors lead up to: ``said Moscow-based US
        lawyer Jamie Firestone,`` (words that are no function words, a lower-case noun last)."""
        for k in range(i, min(i + 6, len(self.words) - 1)):
            if not self._modifier(k) or self.words[k].lower() in ARTICLES:
                return None
            if self.words[k][:1].islower() and self._is_name_word(k + 1):
                return self._name_after(k + 1)
        return None
