"""What an attribution reports: the span of the sentence that is the speaker's statement.

Given the attributions of one sentence (:mod:`newsbook.quote_cues`), each one's content is:

- cue then content ("X said (that) ..."): from where :func:`newsbook.quote_bounds.content_start`
  puts it (past a "that", a listener, a time) to the end of the sentence or to the next
  attribution that does not belong to it (:func:`newsbook.quote_bounds.right_bound`: a nested
  report "Smith said Jones had told him ...", an aside ", it said," go on), before the writer's
  aside or the speaker's next act;
- content then cue (", people said." / ", say two people ..."): from the sentence start (past a
  dateline, after an attribution that closes a content of its own) to the comma before the
  attribution; so too when what follows the cue is no clause and what precedes it is ("It would
  mean ..., Ms Hewitt told GMTV's Sunday programme.", "..., officials said Tuesday.");
- a cue in the middle (", Hill said, ..."): the whole sentence;
- "according to X": the clause on the other side of the comma.

A content that opens with a quotation mark is a direct quote introduced by the cue, not
reported speech. :func:`satisfies` (:mod:`newsbook.quote_clauses`) checks the complement a cue
requires; :func:`parenthetical` finds the asides that are no statement of their own.
"""

from __future__ import annotations

from newsbook.datelines import past_dashed_dateline
from newsbook.people import word_class
from newsbook.quote_bounds import before_aside, closed_before, content_start, parenthetical, right_bound
from newsbook.quote_clauses import AUXILIARIES, is_clause, satisfies
from newsbook.tokens import LETTER_OR_DIGIT
from newsbook.quote_cues import Attribution, SentenceReader

__all__ = ["content_tokens", "parenthetical", "satisfies"]

_OPENERS = {"“", '"', "«", "„"}
_CLOSERS = {"”", '"', "»"}
_TRAILING = {",", ";", ":", "—", "–", "-", "and", "but", "although", "though", "whereas", "where", "when", "while", "as", "because",
             *word_class("participle opener")}
"""What may close a content cut before the next attribution: punctuation, a conjunction, the word that
opens a participle clause ("... were useful, before adding that ...")."""


def content_tokens(reader: SentenceReader, attributions: list[Attribution], index: int) -> tuple[int, int] | None:
    """First and last token of what attribution ``index`` reports, or ``None``."""
    words, n = reader.words, len(reader.words)
    att = attributions[index]
    before_comma = att.left > 0 and words[att.left - 1] == ","
    closes = att.left > 1 and words[att.left - 1] in _CLOSERS and words[att.left - 2] == ","  # '..., “a short time,” he said'
    before_comma = (before_comma or closes) and att.order not in ("coordinated", "participle")  # ", says, hey ..."
    relative = att.order == "before" and att.speaker is not None and att.speaker.last + 1 < n \
        and reader.opens_relative(att.speaker.last + 1) and "," not in words[att.speaker.last + 2:att.cue_first]
    before_comma = before_comma and not relative  # "..., Martin Romualdez, who has denied ...": the cue in the clause
    if att.order in ("after", "none") or (att.order == "according" and before_comma):
        return _trim(words, closed_before(reader, attributions, index), att.left - 1)
    unmarked = not before_comma and att.order != "according" and att.right + 1 < n and words[att.right + 1] == ","
    after = content_start(reader, att, unmarked)
    last = right_bound(reader, attributions, index, after, unmarked)
    if n and words[0].lower() in reader.subordinators:  # "Although no group claimed responsibility, the bloodshed ...":
        closing = next((k for k in range(att.right + 1, last) if words[k] == "," and not reader.masked[k]), None)
        if closing is not None and closing > after and "," not in words[:att.left]:
            last = closing - 1  # the opening clause's report ends with it (not "As the President mentioned, ...")
    if att.order == "according":
        after = att.right + 1
        while after < n and words[after] != ",":
            after += 1
        return _trim(words, after + 1, last)
    first = closed_before(reader, attributions, index) if before_comma else 0  # only a content before the cue starts there
    if after > last or not any(map(LETTER_OR_DIGIT.search, words[after:last + 1])):  # nothing after the cue
        return _trim(words, first, att.left - 1 - (not closes)) if before_comma else None
    if before_comma and att.right + 1 < n and words[att.right + 1] == "," and words[after] not in _OPENERS:
        return _trim(words, first, last)
    if before_comma and not closes and words[after] not in _OPENERS and _clause_before(reader, first, att.left - 2) \
            and not is_clause(reader, after, last):
        return _trim(words, first, att.left - 2)  # "It would mean ..., Ms Hewitt told GMTV's Sunday programme."
    if att.speaker is not None and att.speaker.last + 1 < n and reader.opens_relative(att.speaker.last + 1) \
            and "," not in words[att.speaker.last + 3:att.cue_first]:
        # "Berg, who has said X, left": X ends at the comma that closes the relative clause
        last = next((k - 1 for k in range(after, last + 1) if words[k] == "," and not reader.masked[k]), last)
    return _trim(words, after, before_aside(words, after, last))


_OWN_OPENER_REACH = 3
"""Tokens at the start of a content within which a "that" is its own, after an aside ("however, that")."""


def coordinated_contents(reader: SentenceReader, first: int, last: int) -> list[tuple[int, int]]:
    """The reports a content of tokens ``first..last`` makes: two where a second "that" coordinates a
    clause with it ("said A, and that B", "said A but that B"), each its own statement; else the one
    (also where A holds a "that" of its own, which the second may go with: "said Hamas was demanding
    that the aid ... and that ...")."""
    words = reader.words
    own_opener = first + _OWN_OPENER_REACH  # "told the AP, however, that A ...": the content's own "that"
    for k in range(first + 2, last):
        if words[k].lower() == "that" and words[k - 1].lower() in ("and", "but") and not reader.masked[k] \
                and "that" not in map(str.lower, words[own_opener:k - 1]) and words[k + 1].lower() not in reader.verbal \
                and satisfies(reader, k + 1, last, "clause"):  # "and that was all": "that" the subject
            head = _trim(words, first, k - 1)
            if head is not None:
                return [head, *coordinated_contents(reader, k + 1, last)]
    return [(first, last)]


def _clause_before(reader: SentenceReader, first: int, last: int) -> bool:
    """Whether the words before a cue's comma are a clause (a subject pronoun or an auxiliary
    early on), not an opening phrase ("In a speech in Edinburgh, the prime minister said ...")."""
    first = past_dashed_dateline(reader.words, first, last)
    if first <= last and reader.opens_adjunct(first):
        past = reader.past_opening_phrase(first, last)
        if past is None:
            return False  # "After meeting activists who say the law is unjust, the minister promised a review"
        first = past  # "Under the deal, Kyiv would cede land, officials said on Tuesday": the clause after it
    return first <= last and is_clause(reader, first, last)


def _trim(words: list[str], first: int, last: int) -> tuple[int, int] | None:
    first = past_dashed_dateline(words, first, last)
    while last >= first and (words[last].lower() in _TRAILING or _dangling_auxiliary(words, first, last)):
        last -= 1
    while first <= last and words[first] in (",", ":", ";"):
        first += 1
    return (first, last) if first <= last else None


def _dangling_auxiliary(words: list[str], first: int, last: int) -> bool:
    """"... and has" before the next cue of the sentence ("claims X and has vowed to ...")."""
    return words[last].lower() in AUXILIARIES and last > first and words[last - 1].lower() in ("and", "but")

