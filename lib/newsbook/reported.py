"""What an attribution reports: the span of the sentence that is the speaker's statement.

Given the attributions of one sentence (:mod:`newsbook.quote_cues`), each one's content is:

- cue then content ("X said (that) ..."): from after the cue (and after a "that" within the
  next six words, as in "told reporters on Friday that ...") to the end of the sentence or to
  the next attribution of the sentence ("Putin said they would leave, although he allowed ...");
- content then cue (", people said." / ", say two people ..."): from the sentence start (or
  the previous attribution) to the comma before the attribution;
- a cue in the middle (", Hill said, ..."): the whole sentence;
- "according to X": the clause on the other side of the comma.

A content that opens with a quotation mark is a direct quote introduced by the cue, not
reported speech. :func:`satisfies` checks the complement a cue requires (``clause``: a
"that", a pronoun or an auxiliary verb early on, so "allowed troops to enter" is no statement).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from newsbook.quote_cues import Attribution, SentenceReader

_OPENERS = {"“", '"', "«", "„"}
_CLOSERS = {"”", '"', "»"}
_TRAILING = {",", ";", ":", "—", "–", "-", "and", "but", "although", "while", "though", "whereas", "as", "because"}
_SUBJECTS = {"he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those"}
_AUXILIARIES = {"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must",
                "has", "have", "had", "does", "did", "won't", "can't", "didn't", "isn't", "wasn't", "'s", "’s"}
THAT_WINDOW = 6


def content_tokens(reader: SentenceReader, attributions: list[Attribution], index: int) -> tuple[int, int] | None:
    """First and last token of what attribution ``index`` reports, or ``None``."""
    words, n = reader.words, len(reader.words)
    att = attributions[index]
    left_bound = attributions[index - 1].right + 1 if index > 0 else 0
    right_bound = attributions[index + 1].left - 1 if index + 1 < len(attributions) else n - 1
    before_comma = att.left > 0 and words[att.left - 1] == ","
    closes = att.left > 1 and words[att.left - 1] in _CLOSERS and words[att.left - 2] == ","  # '..., “a short time,” he said'
    before_comma = before_comma or closes
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
    for k in range(after, min(after + THAT_WINDOW, n)):
        if words[k] == "that":
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
    return _trim(words, after, right_bound)


def _after_listener(reader: SentenceReader, k: int) -> int:
    """Past the listener of "told" ("told reporters the ...", "told the BBC the ...")."""
    words, start = reader.words, k
    if k < len(words) and words[k].lower() in ("the", "a", "an"):
        k += 1
    while k < len(words) and not reader.masked[k] and (reader._is_name_word(k) or words[k].lower() in reader.listeners):
        k += 1
    return start if k == start or (k == start + 1 and words[start].lower() in ("the", "a", "an")) else k


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
    while last >= first and (words[last].lower() in _TRAILING):
        last -= 1
    while first <= last and words[first] in (",", ":", ";"):
        first += 1
    return (first, last) if first <= last else None


def satisfies(reader: SentenceReader, first: int, last: int, complement: str) -> bool:
    """True when the content fits what the cue takes (``any``, ``that``, ``clause``, ``clause_or_to``)."""
    if complement == "any":
        return True
    if complement == "quote":
        return False
    if complement == "that":  # "told reporters that ...", or a clause after the listener
        complement = "clause"
    words = [w.lower() for w in reader.words[first:last + 1]]
    if first > 0 and reader.words[first - 1] == "that":
        return True
    if words and (words[0] in _SUBJECTS or (complement == "clause_or_to" and words[0] == "to")):
        return True
    return any(w in _AUXILIARIES for w in words[:8])


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
