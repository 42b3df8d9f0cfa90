"""The words around a date expression: tense cues, name words and number words.

The curated lists are in ``data/temporal_cues.csv`` (``kind, word, note``):

- ``future`` / ``past``: tense cues ("will", "begins" / "said", "held"); any other word in -ed
  counts as past, except that a past form or -ed word after "be", "been" or "being" (adverbs
  in -ly between them allowed: "be formally held") is a participle, and the words before the
  auxiliary decide ("is expected to be held on 5 May" is future);
- ``future_before_to``: words that mark the future when "to" follows ("expected to", "set to",
  "going to", "is to"), whatever they mark alone ("The results, expected late Tuesday" stays past);
- ``name_prefix`` / ``name_suffix``: words that make a weekday part of a name ("Bloody Sunday",
  "GMTV's Sunday programme", "the Sunday Times"); ``name_suffix`` is matched case-sensitively;
- ``generic_after_today``: nouns after "today's" that make it "nowadays" ("today's economy");
- ``generic_before_weekend``: words before a bare "weekend" that make it any weekend, not the
  one of the news ("every weekend trip", "a weekend break", "a long weekend away").

Number words (``data/number_words.csv``) give the counts of "two days later", "thirty years ago".
"""

from __future__ import annotations

import csv
import functools
import re

from newsbook.paths import data_file

_KINDS = ("future", "past", "future_before_to", "name_prefix", "name_suffix", "generic_after_today",
          "generic_before_weekend")
_WORD = re.compile(r"[\w’']+(?:-\w+)*")
_PASSIVE = {"be", "been", "being"}
_CLAUSE_ENDS = ".!?;:“”"
"""Where the clause of a date expression ends: a sentence end, a colon or a curly quotation mark
(a quotation's tense is not that of the reporting clause: 'He told MPs on Wednesday: "We will act."')."""
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:\w+ly\s+)?\w+ing\b", re.I)


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """``data/temporal_cues.csv`` as ``{kind: words}``."""
    with data_file("temporal_cues.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {kind: frozenset(r["word"] for r in rows if r["kind"] == kind) for kind in _KINDS}


@functools.lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """``data/number_words.csv`` as ``{word: value}``."""
    with data_file("number_words.csv").open(encoding="utf-8", newline="") as handle:
        return {row["word"]: int(row["value"]) for row in csv.DictReader(handle)}


def number_value(words: str) -> int:
    """The value of a number in digits or words: ``"30"``, ``"a"``, ``"twenty-five"``, ``"a dozen"``.

    >>> [number_value(w) for w in ("30", "a", "twenty-five", "two dozen", "a thousand", "three hundred")]
    [30, 1, 25, 24, 1000, 300]
    """
    words = words.replace(",", "")
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        value = number_words()[word]
        if word in ("a", "an"):
            current = max(current, 1)
        elif value < 100 and word != "dozen":
            current += value
        elif value < 1000:
            current = max(current, 1) * value
        else:
            total, current = total + max(current, 1) * value, 0
    return total + current


def _clause(text: str, start: int, end: int, span_start: int, span_end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` inside the span: from after the last of
    :data:`_CLAUSE_ENDS` before it to the first after it."""
    left_edge = max(text.rfind(p, span_start, start) for p in _CLAUSE_ENDS) + 1 or span_start
    right = [text.find(p, end, span_end) for p in _CLAUSE_ENDS]
    return max(left_edge, span_start), min([r for r in right if r >= 0] or [span_end])


def tense(text: str, start: int, end: int, span_start: int, span_end: int, *, window: int = 6) -> str | None:
    """``"future"``, ``"past"`` or ``None``: the tense the clause around ``text[start:end]`` gives it.

    The nearest tense cue within ``window`` words on either side (inside the sentence) decides
    (see the module docstring for the cues). Ties go to the past.

    >>> s = "It is widely expected to be 5 May."
    >>> tense(s, 28, 33, 0, len(s))
    'future'
    """
    left_edge, right_edge = _clause(text, start, end, span_start, span_end)
    left_words = [w.lower() for w in _WORD.findall(text[left_edge:start])[-window - 2:]]
    right_words = [w.lower() for w in _WORD.findall(text[end:right_edge])[:window + 2]]
    best: tuple[int, int] | None = None
    for words, reverse in ((left_words[::-1], True), (right_words, False)):
        for distance, word in enumerate(words[:window]):
            kind = _cue_kind(word, words, distance, reverse=reverse)
            if kind is not None:
                if best is None or distance < best[0] or (distance == best[0] and kind == 0):
                    best = (distance, kind)
                break
    return None if best is None else ("future" if best[1] == 1 else "past")


def _cue_kind(word: str, words: list[str], i: int, *, reverse: bool) -> int | None:
    """1 for a future cue, 0 for a past cue, ``None`` for neither; ``words`` run away from the
    expression (``reverse``: they are the words before it, nearest first)."""
    found = cues()
    following = words[i - 1] if reverse and i > 0 else words[i + 1] if not reverse and i + 1 < len(words) else ""
    if following == "to" and word in found["future_before_to"]:
        return 1
    if word in found["future"]:
        return 1
    past = word in found["past"]
    if past or (word.endswith("ed") and len(word) > 4 and "-" not in word):
        step = 1 if reverse else -1
        j = i + step
        while 0 <= j < len(words) and words[j].endswith("ly") and len(words[j]) > 3:
            j += step  # "is widely expected": the auxiliary before the adverbs decides
        auxiliary = words[j] if 0 <= j < len(words) else ""
        return None if auxiliary in _PASSIVE else 0
    return None


def means_nowadays(text: str, start: int, end: int, span_start: int, span_end: int, clause_tense: str | None) -> bool:
    """Whether the "today" at ``text[start:end]`` means "nowadays", not the day of publication.

    Two signs: "today's" before a generic noun (``generic_after_today``: "today's economy"), and
    "Today," opening a sentence whose clause has no tense cue (``clause_tense`` is ``None``) and
    no progressive ("is meeting"): the simple present after a fronted "Today," contrasts the
    present age with the past ("Today, if you crack open a slot machine, ..."); the day's news
    is told in the past, the future or the progressive ("Today, Putin said ...").
    """
    after = text[end:min(end + 40, span_end)]
    if after[:2] in ("'s", "’s"):
        noun = _WORD.match(after[2:].lstrip())
        return bool(noun) and noun.group().lower() in cues()["generic_after_today"]
    if not (text[start].isupper() and after.startswith(",")) or clause_tense is not None:
        return False
    _, right_edge = _clause(text, start, end, span_start, span_end)
    return not _PROGRESSIVE.search(text, end, right_edge)
