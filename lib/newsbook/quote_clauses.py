"""Whether the words after (or before) a cue make a clause: what a cue's complement requires.

A cue takes ``any`` content ("said"), a ``clause`` ("warned", "claimed": a "that", a subject
pronoun or an auxiliary early on, or a noun phrase and a verb in -ed: "claimed its rival cheated";
never "claimed responsibility for ..." or "allowed troops to enter"), ``that`` (a clause after the
listener of "told"), ``clause_or_to`` ("promised to withdraw") or a ``quote`` only ("urged").
"""

from __future__ import annotations

from newsbook.phrase_words import RELATIVES
from newsbook.quote_cues import SentenceReader

SUBJECTS = {"he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those"}
_NEGATED = ("won't", "can't", "didn't", "isn't", "wasn't", "aren't", "weren't", "doesn't", "don't", "hasn't",
            "haven't", "hadn't", "couldn't", "wouldn't", "shouldn't", "mustn't")
AUXILIARIES = {"is", "are", "was", "were", "will", "would", "could", "can", "cannot", "may", "might", "should", "must",
               "has", "have", "had", "does", "did", "'s", "’s", *_NEGATED, *(w.replace("'", "’") for w in _NEGATED)}
_COORDINATORS = ("and", "but", "or")
"""Conjunctions that may join a second predicate to the cue's subject."""
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"}


def satisfies(reader: SentenceReader, first: int, last: int, complement: str) -> bool:
    """True when the content fits what the cue takes (``any``, ``that``, ``that_word``, ``clause``, ``clause_or_to``);
    even ``any`` takes no bare prepositional phrase: one that opens with a preposition (not the "to"
    of an infinitive), holds no comma or "that" after which a clause could follow ("said in March,
    the farm closed") and is no clause itself ("insisted on linking approval of such a pact ...")."""
    if complement == "any":
        opener = reader.words[first].lower()
        if opener not in reader.prepositions or opener == "to":
            return True
        return any(reader.words[k] in (",", "that") and not reader.masked[k] for k in range(first, last + 1)) \
            or is_clause(reader, first, last)
    if complement == "quote":
        return False
    words = [w.lower() for w in reader.words[first:last + 1]]
    before = first - 1
    while before > 0 and reader.words[before] == ",":  # "promised that, if he won, ..."
        before -= 1
    if before >= 0 and reader.words[before] == "that":
        return True
    if complement == "that_word":  # "ruled that ...", never "who ruled Kazakhstan for ... had been"
        return False
    if words and (words[0] in SUBJECTS or (complement == "clause_or_to" and words[0] == "to")):
        return True
    kept = _own_positions(words)  # "denied any involvement but has stepped down", "the use of bombs, which have been"
    own = [words[k] for k in kept]
    written = [reader.words[first + k] for k in kept]  # as written: a capitalised word in -ed is no verb
    return any(w in AUXILIARIES for w in own[:8] + _past_aside(own)[:3]) or _past_words(reader, own[:1] + written[1:])


def _own_positions(words: list[str]) -> list[int]:
    """The positions of the content's own words (``words`` lower-cased): up to a second predicate of the cue's
    subject ("any affiliation, and is backed by ...": "and", "but" or "or" right before an auxiliary), without the
    relative clauses set off by commas that hold verbs of their own ("the deal, which was signed in March, would
    collapse": "the deal would collapse"; "the use of barrel bombs, which have been documented": "the use of
    barrel bombs")."""
    own, k = [], 0
    while k < len(words):
        if k and words[k] in _COORDINATORS and k + 1 < len(words) and words[k + 1] in AUXILIARIES:
            break
        if words[k] == "," and k + 1 < len(words) and words[k + 1] in RELATIVES:
            close = next((m for m in range(k + 2, len(words)) if words[m] == ","), len(words))
            k = close + 1
            continue
        own.append(k)
        k += 1
    return own


def _past_aside(words: list[str]) -> list[str]:
    """The words after an aside between commas that follows a short noun phrase ("a reservist soldier,
    Master Sergeant Yona Feldbaum, was killed": "was killed"); none when there is no such aside."""
    opening = next((k for k in range(1, min(len(words), 5)) if words[k] == ","), None)
    if opening is None:
        return []
    closing = next((k for k in range(opening + 1, min(len(words), opening + 9)) if words[k] == ","), None)
    return words[closing + 1:] if closing is not None else []


def past_clause(reader: SentenceReader, first: int, last: int) -> bool:
    """A clause in the past without a subject pronoun or an auxiliary: a noun phrase (not a
    preposition, not a participle), then a verb in -ed within four words ("told Labour members the
    Tories offered ...", "claims its rival cheated", "when soldiers fired on the crowd")."""
    return _past_words(reader, [w.lower() if k == 0 else w for k, w in enumerate(reader.words[first:last + 1])])


def _past_words(reader: SentenceReader, words: list[str]) -> bool:
    """:func:`past_clause` of a content's words (its first one lower-cased)."""
    head = words[0] if words else ""
    if not head[:1].isalpha() or head in reader.prepositions or head.endswith(("ed", "ing")):
        return False
    return any(w.islower() and (w.endswith("ed") or w in reader.past_verbs) and (k + 1 >= len(words) or words[k + 1] != "by")
               for k, w in enumerate(words[1:5], 1))  # "the claims made by the opposition" is no clause


def is_clause(reader: SentenceReader, first: int, last: int) -> bool:
    """Whether words ``first..last`` make a clause (:func:`satisfies`): "Russian forces pounded the
    city", not "on Tuesday", "in a statement posted on Telegram"."""
    return satisfies(reader, first, last, "clause")


def is_time(reader: SentenceReader, word: str) -> bool:
    """Whether ``word`` is a time word ("Tuesday", "week", "last") or a number."""
    return word.lower() in reader.time or word in reader.time or word.isdigit()
