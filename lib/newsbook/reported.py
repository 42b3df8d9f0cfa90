"""What an attribution reports: the span of the sentence that is the speaker's statement.

Given the attributions of one sentence (:mod:`newsbook.quote_cues`), each one's content is:

- cue then content ("X said (that) ..."): from after the cue (and after a "that" or a colon
  within the next six words, as in "told reporters on Friday that ...", and after the listener
  of "told": "told party members the ...") to the end of the sentence or to the next
  attribution of the sentence ("Putin said they would leave, although he allowed ...") or to
  the writer's hedged aside (", but it is widely expected ...") or the speaker's next act ("-
  but refused to ..."); after "says," (speech without quotation marks) a "that" is a
  determiner and a first-person cue ("hey, I think ...") goes on with the speech;
- content then cue (", people said." / ", say two people ..."): from the sentence start (or
  the previous attribution) to the comma before the attribution; so too when what follows the
  cue is no clause and what precedes it is ("It would mean ..., Ms Hewitt told GMTV's Sunday
  programme.");
- a cue in the middle (", Hill said, ..."): the whole sentence;
- "according to X": the clause on the other side of the comma.

A content that opens with a quotation mark is a direct quote introduced by the cue, not
reported speech. :func:`satisfies` checks the complement a cue requires (``clause``: a
"that", a pronoun or an auxiliary verb early on, so "allowed troops to enter" is no statement;
after the listener of "told", also a subject and a verb in -ed: "told members the Tories offered").
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable

import pandas as pd

from newsbook.paths import data_file
from newsbook.quote_cues import Attribution, SentenceReader

_OPENERS = {"“", '"', "«", "„"}
_CLOSERS = {"”", '"', "»"}
_TRAILING = {",", ";", ":", "—", "–", "-", "and", "but", "although", "while", "though", "whereas", "as", "because"}
_SUBJECTS = {"he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those"}
_AUXILIARIES = {"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must",
                "has", "have", "had", "does", "did", "won't", "can't", "didn't", "isn't", "wasn't", "'s", "’s"}
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"}
_ASIDE_OPENERS = {"but", "although", "though", "while"}
_DASHES = {"-", "–", "—"}
THAT_WINDOW = 6


def content_tokens(reader: SentenceReader, attributions: list[Attribution], index: int) -> tuple[int, int] | None:
    """First and last token of what attribution ``index`` reports, or ``None``."""
    words, n = reader.words, len(reader.words)
    att = attributions[index]
    left_bound = attributions[index - 1].right + 1 if index > 0 else 0
    before_comma = att.left > 0 and words[att.left - 1] == ","
    closes = att.left > 1 and words[att.left - 1] in _CLOSERS and words[att.left - 2] == ","  # '..., “a short time,” he said'
    before_comma = (before_comma or closes) and att.order not in ("coordinated", "participle")  # ", says, hey ..."
    unmarked = not before_comma and att.order != "according" and att.right + 1 < n and words[att.right + 1] == ","
    following = index + 1
    while unmarked and following < len(attributions) and _first_person(attributions[following]):
        following += 1  # "says, hey, I think I've got one": the speech goes on in the first person
    right_bound = attributions[following].left - 1 if following < len(attributions) else n - 1
    if att.order in ("after", "none") or (att.order == "according" and before_comma):
        return _trim(words, left_bound, att.left - 1)
    after = att.right + 1
    if att.order == "according":
        while after < n and words[after] != ",":
            after += 1
        return _trim(words, after + 1, right_bound)
    while after < n and words[after] in (",", ":"):
        after += 1
    skipped_that = False
    window = after if unmarked else min(after + THAT_WINDOW, n)  # "says, that Russian guy ...": no complementiser
    for k in range(after, window):
        if words[k] in ("that", ":"):  # "told reporters on Friday that ...", "told the radio station: “...”"
            if words[k] == "that" and k + 2 < n and words[k + 2] in _DASHES and words[k + 1].isalpha() \
                    and words[k + 1].islower():
                break  # "says that task - being unpredictable - is hard": a determiner
            if all(_may_precede_that(reader, w, att) for w in words[after:k]):
                after, skipped_that = k + 1, True
            break
        if reader.masked[k] or words[k] in (",", ";"):
            break
    if att.cue.cue == "tell" and not skipped_that:
        after = _after_listener(reader, after)
    nothing_after = after > right_bound or all(not any(c.isalnum() for c in w) for w in words[after:right_bound + 1])
    if nothing_after:
        return _trim(words, left_bound, att.left - 1 - (not closes)) if before_comma else None
    if before_comma and att.right + 1 < n and words[att.right + 1] == "," and words[after] not in _OPENERS:
        return _trim(words, left_bound, right_bound)
    if before_comma and not closes and words[after] not in _OPENERS and _clause_before(reader, left_bound, att.left - 2) \
            and not satisfies(reader, after, right_bound, "clause"):
        return _trim(words, left_bound, att.left - 2)  # "It would mean ..., Ms Hewitt told GMTV's Sunday programme."
    return _trim(words, after, _before_aside(words, after, right_bound))


def _before_aside(words: list[str], first: int, last: int) -> int:
    """The last token before what may close a report but is no part of it: the writer's hedged
    aside ("he did not know the poll date, but it is widely expected to be 5 May": hedges of
    ``data/attribution_cues.csv``) or the speaker's next act ("... too optimistic - but refused to
    rule out tax rises")."""
    if _ASIDE_OPENERS.isdisjoint(words[first + 1:last]):
        return last  # most contents: no "but", "although" ... to look at
    for k in range(first + 1, last - 1):
        if words[k] in _DASHES or words[k] == ",":
            if words[k + 1] == "but" and words[k + 2].endswith("ed") and words[k + 2].islower():
                return k - 1  # "... too optimistic - but refused to ...": the speaker's next act
        if k + 3 > last:
            continue
        if words[k] == "," and words[k + 1].lower() in _ASIDE_OPENERS and words[k + 2].lower() == "it" \
                and words[k + 3].lower() in ("is", "was"):
            j = k + 4
            while j <= last and words[j].lower().endswith("ly"):
                j += 1
            if j <= last and words[j].lower() in _hedges():
                return k - 1
    return last


@functools.lru_cache(maxsize=1)
def _hedges() -> frozenset[str]:
    """The participles of a hedge ("it is thought", "it is widely expected")."""
    with data_file("attribution_cues.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["word"] for row in csv.DictReader(handle) if row["kind"] == "hedge")


def _first_person(att: Attribution) -> bool:
    return att.speaker is not None and att.speaker.type == "self"


def _clause_before(reader: SentenceReader, first: int, last: int) -> bool:
    """Whether the words before a cue's comma are a clause (a subject pronoun or an auxiliary
    early on), not an opening phrase ("In a speech in Edinburgh, the prime minister said ...")."""
    first = _skip_dateline(reader.words, first, last)
    return first <= last and satisfies(reader, first, last, "clause")


def _after_listener(reader: SentenceReader, k: int) -> int:
    """Past the listener of "told" ("told reporters the ...", "told the BBC the ...", "told
    Labour members the ...", "told party members the ..."): names and modifiers up to a
    listener noun, or a run of names."""
    words, start = reader.words, k
    if k < len(words) and words[k].lower() in ("the", "a", "an"):
        k += 1
    end = None
    for j in range(k, min(k + 4, len(words))):
        low = words[j].lower()
        if reader.masked[j]:
            break
        if low in reader.listeners:
            return j + 1
        if reader._is_name_word(j):
            end = j + 1
        elif not (end is None and low.isalpha() and low not in reader.function and low not in reader.fillers):
            break
    return end if end is not None else start


def _may_precede_that(reader: SentenceReader, word: str, att: Attribution) -> bool:
    """Words between a cue and its "that": an object of "tell", time words, prepositions."""
    low = word.lower()
    return (att.cue.cue == "tell" and low not in _SUBJECTS and low not in _AUXILIARIES) or low in reader.time \
        or word in reader.time or low in reader.prepositions or low in reader.documents or low in ("the", "a", "an") \
        or word.isdigit()


def _skip_dateline(words: list[str], first: int, last: int) -> int:
    """Past a dateline that opens a story: "ALMATY —", "WASHINGTON (AP) –", "MOSCOW, Jan 7 (Reuters) -"."""
    k = first
    while k <= last and words[k].isupper() and len(words[k]) > 1 and words[k].isalpha():
        k += 1
    if k == first:
        return first
    for j in range(k, min(k + 8, last + 1)):
        if words[j] in ("—", "–", "-"):
            return j + 1
        if not (words[j] in (",", "(", ")") or words[j][:1].isupper() or words[j].isdigit()):
            break
    return first


def _trim(words: list[str], first: int, last: int) -> tuple[int, int] | None:
    first = _skip_dateline(words, first, last)
    while last >= first and (words[last].lower() in _TRAILING or _dangling_auxiliary(words, first, last)):
        last -= 1
    while first <= last and words[first] in (",", ":", ";"):
        first += 1
    return (first, last) if first <= last else None


def _dangling_auxiliary(words: list[str], first: int, last: int) -> bool:
    """"... and has" before the next cue of the sentence ("claims X and has vowed to ...")."""
    return words[last].lower() in _AUXILIARIES and last > first and words[last - 1].lower() in ("and", "but")


def satisfies(reader: SentenceReader, first: int, last: int, complement: str) -> bool:
    """True when the content fits what the cue takes (``any``, ``that``, ``clause``, ``clause_or_to``)."""
    if complement == "any":
        return True
    if complement == "quote":
        return False
    words = [w.lower() for w in reader.words[first:last + 1]]
    if first > 0 and reader.words[first - 1] == "that":
        return True
    if complement == "that":  # "told reporters that ...", or a clause after the listener
        complement = "clause"
        if first > 0 and _listener_word(reader, first - 1) and _past_clause(reader.words[first:last + 1]):
            return True
    if words and (words[0] in _SUBJECTS or (complement == "clause_or_to" and words[0] == "to")):
        return True
    return any(w in _AUXILIARIES for w in words[:8])


def _listener_word(reader: SentenceReader, k: int) -> bool:
    return reader._is_name_word(k) or reader.words[k].lower() in reader.listeners


def _past_clause(words: list[str]) -> bool:
    """A clause in the past after a listener, without "that": a determiner or a name, then a
    verb in -ed within four words ("told Labour members the Tories offered ...")."""
    if not words or not (words[0].lower() in _DETERMINERS or words[0][:1].isupper()):
        return False
    return any(w.endswith("ed") and w.islower() for w in words[1:5])


def merged_sentences(sentences: Iterable) -> list[tuple[int, int, int]]:
    """``(paragraph, start, end)`` of the sentences (records or a frame with ``paragraph, start,
    end, text``), a piece that opens in lower case or with a comma joined to the sentence before
    it (machine-altered texts break sentences mid-clause)."""
    if isinstance(sentences, pd.DataFrame):
        sentences = sentences.itertuples(index=False)
    merged: list[tuple[int, int, int]] = []
    for s in sentences:
        head = s.text.lstrip("“”\"' ")[:1]
        if merged and merged[-1][0] == s.paragraph and (head.islower() or head in ",;:"):
            merged[-1] = (s.paragraph, merged[-1][1], s.end)
        else:
            merged.append((s.paragraph, s.start, s.end))
    return merged
