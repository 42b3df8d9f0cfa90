"""Short labels, actors and key words for a dated sentence, by rule.

A label is the clause of the sentence about its date, shortened:

- a date goes out with its preposition ("on Friday", "in 2008"), or alone when it opens the
  sentence before a comma ("The next day, ..."); other dates stay ("the 2019 reshuffle");
- discourse openers ("But", "As a result,") and a leading subordinate or prepositional phrase
  up to its comma ("When asked about Ukraine on Friday, ...") are dropped;
- interposed relative clauses (", who ... ,") and appositions after a name (", a burgeoning
  democracy ... ,") are set aside;
- the main clause ends at the first boundary ("after", "because", ", which" ...), unless the
  date sits in a later clause: then that clause is the label, a relative one with its
  antecedent in place of the pronoun ("..., which begins Monday with talks" gives "A week's
  meeting on Ukraine begins Monday with talks");
- at most :data:`MAX_WORDS` words, an ellipsis where cut.

Actors are the capitalised names of the sentence; key words its stemmed content words. Word
lists are in ``data/label_words.csv`` and ``data/event_stopwords.txt``.
"""

from __future__ import annotations

import calendar
import csv
import functools
import re
from collections.abc import Container

from nltk.stem import PorterStemmer

from newsbook.paths import data_file

MARK = "\x00"
MAX_WORDS = 14
_ADVERBIAL_PREPOSITIONS = ("on", "in", "at", "since", "until", "till", "by", "during", "from", "to", "through")
_PREPOSITIONS = frozenset(("on", "of", "in", "to", "for", "with", "from", "at", "by", "about", "over", "into", "against"))
_DANGLING = _PREPOSITIONS | {"the", "a", "an", "and", "or", "but", "that"}
# A sentence end the splitter missed; only where it ends is used. The mark comes before its
# look-behind so that the engine skips to marks rather than trying the look-behind everywhere.
_MISSED_END = re.compile(r"[.!?](?<=[a-z]{3}[.!?])\s+(?=[A-Z“\"])")
_APPOSITION = rf",\s+(?:a|an|the|former)\s[^,{MARK}]*,"
_APPOSITION_TAIL = re.compile(_APPOSITION)  # in every match of _APPOSITIVE: where it is missing, so is the apposition
_APPOSITIVE = re.compile(rf"(?P<name>\b[A-Z][\w’'.\-]*){_APPOSITION}")
_STEMMER = PorterStemmer()
_NAME = r"(?:[A-Z][\w’'.\-&]*[\w.]|[A-Z])"
_ACTOR = re.compile(rf"{_NAME}(?:\s+(?:of\s+(?:the\s+)?)?{_NAME})*")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]+")
_LEADING_QUOTE = re.compile(r"^[“\"][^”\"]*[”\"]\s*,?\s*")
_TRAILING_NAME = re.compile(rf"(?:^|(?<=\s))(?P<pre>\S+\s+)?(?P<name>(?:{_NAME}\s+)*{_NAME})\s*$")
_QUOTE_MARKS = re.compile(r"[“”\"]|\s‘|’\s|’$")
_INITIALS_END = re.compile(r"(?:[A-Z]\.){2,}$")


@functools.lru_cache(maxsize=1)
def label_words() -> dict[str, tuple[str, ...]]:
    """``data/label_words.csv`` as ``{kind: words}``, longest first."""
    with data_file("label_words.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kinds = {r["kind"] for r in rows}
    return {k: tuple(sorted((r["word"] for r in rows if r["kind"] == k), key=len, reverse=True)) for k in kinds}


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """``data/event_stopwords.txt`` plus the month and weekday names, lower case."""
    lines = data_file("event_stopwords.txt").read_text(encoding="utf-8").splitlines()
    words = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    names = [n.lower() for n in (*calendar.month_name[1:], *calendar.day_name)]
    return frozenset(words | set(names))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = label_words()
    alt = lambda kind: "|".join(re.escape(x) for x in w[kind])  # noqa: E731
    return {
        "opener": re.compile(rf"^\s*(?:{alt('opener')})\b\s*,?\s*", re.I),
        "lead": re.compile(rf"^\s*(?:{alt('lead')})\b[^,]*,\s*", re.I),
        "interposed": re.compile(rf",\s+(?:{alt('relative')})\b[^,{MARK}]*,"),
        "boundary": re.compile(rf",\s+(?=(?:{alt('relative')}|{alt('boundary')}|{alt('comma_boundary')})\b)"
                               rf"|\s+(?=(?:{alt('boundary')}|{alt('relative')})\b)|;|:\s|\s[–—-]\s"),
    }


def _mark_dates(sentence: str, dates: list[tuple[int, int]], target: tuple[int, int]) -> str:
    """The sentence with its adverbial dates taken out and the target's place marked.

    A date goes with its preposition ("on Friday", "in 2008"), or alone when it opens the
    sentence (after at most two words, "So") before a comma ("The next day, ..."); other dates stay ("Kazakhstan Thursday",
    "the 2019 reshuffle", "today's talks").
    """
    out, last = [], 0
    for a, b in sorted(dates):
        before = sentence[last:a]
        words = before.rstrip().split()
        possessive = sentence[b:b + 2] in ("’s", "'s")
        mark = MARK if (a, b) == target else ""
        if words and words[-1].lower() in _ADVERBIAL_PREPOSITIONS and not possessive:
            out += [before.rstrip()[: -len(words[-1])], mark]
        elif len(sentence[:a].strip(" “\"").split()) <= 2 and sentence[b:].lstrip().startswith(","):
            out += [before, mark]
        else:
            out += [before, mark, sentence[a:b]]
        last = b
    out.append(sentence[last:])
    return "".join(out)


def short_label(sentence: str, dates: list[tuple[int, int]], target: tuple[int, int], *, max_words: int = MAX_WORDS) -> str:
    """The clause of ``sentence`` about the date at ``target``, shortened by rule.

    ``dates`` and ``target`` are spans relative to the sentence. The main clause, unless the
    date sits in a later clause of at least three words (then that clause; a relative one
    with its antecedent in place of the pronoun).

    >>> s = "Russian troops invaded Kazakhstan on Thursday after the president asked for help."
    >>> short_label(s, [(37, 45)], (37, 45))
    'Russian troops invaded Kazakhstan'
    """
    p = _patterns()
    s = _own_sentence(_mark_dates(sentence, dates, target).strip())
    quote = _LEADING_QUOTE.match(s)
    if quote and MARK in s[quote.end():] and len(s[quote.end():].split()) >= 3:
        s = s[quote.end():]
    previous = None
    while previous != s:
        previous = s
        s = s.lstrip(MARK + " ,")
        opener = p["opener"].match(s)  # anchored at the start: the one place it can be
        if opener:
            s = s[opener.end():]
    s = p["interposed"].sub("", s.lstrip(" ,"))
    if _APPOSITION_TAIL.search(s):  # a comma-led test the engine does fast; one sentence in twenty passes
        s = _APPOSITIVE.sub(r"\g<name>", s)
    lead = p["lead"].match(s)
    if lead and len(s[lead.end():].split()) >= 3:
        s = s[lead.end():]
    pieces = p["boundary"].split(s)
    chosen = pieces[0]
    for i, piece in enumerate(pieces[1:], start=1):
        if MARK not in piece or MARK in pieces[0]:
            continue
        head, _, rest = piece.strip().partition(" ")
        rest = rest.split(",")[0]
        if len(rest.replace(MARK, " ").split()) >= 3:
            relative = head.lower() in label_words()["relative"]
            chosen = (_antecedent(pieces[i - 1]) + " " + rest) if relative else rest
        break
    label = _tidy(chosen, max_words)
    return label if len(label.split()) >= 2 else _tidy(sentence, max_words)


def _own_sentence(text: str) -> str:
    """The part of ``text`` around the marked date when the splitter missed a sentence end in it."""
    ends = [m.end() for m in _MISSED_END.finditer(text)]
    at = text.find(MARK)
    if at < 0:
        at = 0
    start = max([e for e in ends if e <= at], default=0)
    stop = min([e for e in ends if e > at], default=len(text))
    return text[start:stop].strip()


def _antecedent(clause: str) -> str:
    """What a trailing relative clause refers to: a trailing name (not inside a prepositional
    phrase), else the phrase from the last article among the last seven words."""
    clause = clause.replace(MARK, "").rstrip(" ,")
    name = _TRAILING_NAME.search(clause)
    if name and (name.group("pre") or "").strip().lower() not in _PREPOSITIONS:
        return name.group("name")
    words = clause.split()
    for i in range(len(words) - 1, max(len(words) - 8, -1), -1):
        if words[i].lower() in ("the", "a", "an"):
            return " ".join(words[i:])
    return name.group("name") if name else " ".join(words[-3:])


def _tidy(text: str, max_words: int) -> str:
    text = _QUOTE_MARKS.sub(" ", text.replace(MARK, " "))
    words = " ".join(text.replace(" ,", ",").split()).strip(" ,.;:–—-").split()
    cut = len(words) > max_words
    words = words[:max_words]
    while len(words) > 2 and words[-1].lower().strip(",;:") in _DANGLING:
        words = words[:-1]
    text = " ".join(words).rstrip(" ,;:–—-") + ("…" if cut else "")
    return text[:1].upper() + text[1:]


def actors(sentence: str, dates: list[tuple[int, int]] = (), *, names: Container[str] = frozenset()) -> list[str]:
    """The capitalised names in a sentence ("US Secretary of State Antony Blinken"), in order.

    Date expressions are not names; a capitalised word that opens the sentence counts only when
    it is in ``names`` (words the document capitalises mid-sentence) and is not a stopword.

    >>> actors("But on Monday, Kazakh President Kassym-Jomart Tokayev spoke to the U.S. and CSTO.")
    ['Kazakh President Kassym-Jomart Tokayev', 'U.S.', 'CSTO']
    """
    sentence = _blank(sentence, dates)
    stop, found = stopwords(), []
    opening = len(sentence) - len(sentence.lstrip(" “\"‘'("))
    for m in _ACTOR.finditer(sentence):
        name = m.group(0)
        if name.endswith(("’s", "'s")):  # a name never ends in a line break, so this is the end
            name = name[:-2]
        if name.endswith(".") and not _INITIALS_END.search(name):
            name = name.rstrip(".")
        words = name.split()
        if m.start() == opening and words and (words[0].lower() in stop or words[0] not in names):
            words = words[1:]
        while words and words[0].lower() in stop:
            words = words[1:]
        name = " ".join(words)
        if name and name.lower() not in stop and name not in found and name != "I":
            found.append(name)
    return found


def _blank(sentence: str, dates: list[tuple[int, int]]) -> str:
    """``sentence`` with each span of ``dates`` written over with spaces, in one pass when the spans
    are in order, apart and inside the sentence (always, for a sentence's dates)."""
    dates = list(dates)
    inside = all(0 <= a <= b <= len(sentence) for a, b in dates)
    if inside and all(b0 <= a1 for (_, b0), (a1, _) in zip(dates, dates[1:])):
        pieces, last = [], 0
        for a, b in dates:
            pieces += [sentence[last:a], " " * (b - a)]
            last = b
        pieces.append(sentence[last:])
        return "".join(pieces)
    for a, b in dates:  # overlapping or outside spans: one at a time, as written
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


_NAME_AFTER = ",;:’'-)"
"""Besides word characters, what may stand before the space before a name mid-sentence."""
_NAME_INSIDE = "’'-&."
"""Besides word characters, what a name may hold ("O'Brien", "AT&T", "U.S.")."""


class MidSentenceNames:
    r"""The words a document capitalises somewhere other than at the start of a sentence (the
    names it uses), asked about one word at a time: ``word in names``.

    A word counts when the sentences, joined by two line breaks, hold it so: its capital after
    white space after a word character or one of :data:`_NAME_AFTER`, and the run of word
    characters and :data:`_NAME_INSIDE` that it opens holding no word character after it (the
    run's last word character ends the name). So the words are those of the scan
    ``[A-Z](?<=[\w,;:’'\-)]\s[A-Z])[\w’'\-&.]*\w`` (a test compares them), found only for the
    few words asked about (sentence openings), not for every capital of the document.
    """

    def __init__(self, sentences: list[str]) -> None:
        self._text = "\n\n".join(sentences)
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self._known:
            self._known[word] = self._holds(word)
        return self._known[word]

    def _holds(self, word: str) -> bool:
        if len(word) < 2 or not "A" <= word[0] <= "Z" or not _is_word_character(word[-1]) \
                or not all(_is_word_character(c) or c in _NAME_INSIDE for c in word[1:]):
            return False  # no name is so written: a single letter, or one that ends in a mark
        text = self._text
        at = text.find(word, 2)  # two characters before it, the space and what precedes that
        while at >= 0:
            before = text[at - 2]
            if text[at - 1].isspace() and (_is_word_character(before) or before in _NAME_AFTER) \
                    and _run_ends(text, at + len(word)):
                return True
            at = text.find(word, at + 1)
        return False


def _is_word_character(c: str) -> bool:
    """Whether ``c`` is a word character (``\\w``) to the regular-expression engine."""
    return c.isalnum() or c == "_"


def _run_ends(text: str, at: int) -> bool:
    """Whether no word character follows ``at`` within the run of word characters and
    :data:`_NAME_INSIDE` that goes on from there (the name that stops at ``at`` would go on)."""
    while at < len(text) and (_is_word_character(text[at]) or text[at] in _NAME_INSIDE):
        if _is_word_character(text[at]):
            return False
        at += 1
    return True


@functools.lru_cache(maxsize=65536)
def _keyword(word: str) -> str:
    """The stem of ``word`` as written, or ``""`` when it is a stopword or shorter than three
    letters: a word's fate, worked out once a spelling, not once an occurrence."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    return _STEMMER.stem(word) if len(word) > 2 and word not in stopwords() else ""


def keywords(sentence: str) -> frozenset[str]:
    """The stemmed content words of a sentence, for matching events across outlets."""
    return frozenset(map(_keyword, _WORD.findall(sentence))) - {""}
