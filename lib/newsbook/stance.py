"""Stance on withdrawal: which statements speak to whether the troops will leave, and how.

The rules read a lexicon, ``data/stance_lexicon.csv`` (``term, category, note``), with the
categories ``topic`` (leave, withdraw, go home ...), ``context`` (troops, Russians, CSTO ...),
``negation``, ``hard_to_remove``, ``uncertain`` and ``will_leave``. Terms match word stems
(NLTK's Porter stemmer: "leave" matches "leaving"; a stem of five letters or more also matches
longer stems, so "depart" matches "departure"); the words of a phrase follow each other, a
topic phrase allowing one word between ("go back home").

1. A statement's own words are its text less the narrower statements of other speakers
   inside it (a reporter's turn that reports Putin's words does not speak for the reporter).
2. ``about_withdrawal``: its own words hold a topic term whose sentence holds a context term
   (the document's sentence, so "they could stay" in a sentence about "Russian troops" counts).
3. ``stance``, from the sentences with such a topic term: ``hard_to_remove`` when a negation
   stands within three words before the topic term ("will not leave") or a hard_to_remove word
   is there ("rarely", "difficult"); else ``uncertain`` when an uncertain word is ("hope", "as
   long as", "could"); else ``will_leave`` when a will_leave word ("will", "announced", "start")
   is there or the topic verb itself states the motion ("leaving", "withdrew"): a departure
   stated, promised or scheduled. A topic word alone ("the initial departure of the troops")
   decides nothing: ``uncertain``, with :data:`NO_DEPARTURE_CUE` as its evidence.
   ``stance_evidence`` lists the words that decided, as written, ``"; "``-joined.

``apply_stance`` adds ``about_withdrawal, stance, stance_evidence`` to a quotation table.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from nltk.stem.porter import PorterStemmer

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.paths import data_file
from newsbook.speaker_phrases import spans_and_words

DEFAULT_LEXICON = data_file("stance_lexicon.csv")
CATEGORIES = ("topic", "staying", "context", "negation", "hard_to_remove", "uncertain", "will_leave")
STANCES = ("will_leave", "uncertain", "hard_to_remove")
NEGATION_WINDOW = 5
CONTEXT_SENTENCES = 1
"""Sentences before a topic term's own that may hold its context term."""
CLAUSE_BREAKS = {",", ";", "whether", "if", "that", "but", "although", "becaus", "while", "when", "unless"}
_STEMMER = PorterStemmer()
NO_DEPARTURE_CUE = "(no word that states or schedules a departure)"


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word (curly apostrophes made straight)."""
    return _STEMMER.stem(word.lower().replace("’", "'"))


def load_lexicon(path: str | Path = DEFAULT_LEXICON) -> dict[str, list[str]]:
    """``{category: [terms]}`` from the lexicon file."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except OSError:
        raise CorpusError(path, None, "stance lexicon not found") from None
    return {c: frame.loc[frame["category"] == c, "term"].tolist() for c in CATEGORIES}


class Matcher:
    """Find the terms of one category in a list of word stems."""

    def __init__(self, terms: Sequence[str], *, gap: int = 0, exact_names: bool = False):
        self.exact = {t.lower() for t in terms if exact_names and t[:1].isupper()}
        stems = [tuple(stem(w) for w in t.split()) for t in terms if t.strip() and t.lower() not in self.exact]
        self.terms = stems
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.prefixed: list[tuple[str, ...]] = []
        for term in stems:
            self.by_first.setdefault(term[0], []).append(term)
            if len(term[0]) >= 5:
                self.prefixed.append(term)
        self.gap = gap
        self._candidates: dict[str, list[tuple[str, ...]]] = {}
        self._opening: set[str] = set()  # may_open_in, per stretch of text between white space: those that may
        self._non_opening: set[str] = set()  # open a term, and those read that open none

    def _candidates_for(self, s: str) -> list[tuple[str, ...]]:
        """The terms a match at stem ``s`` may be: those that open with it, then the prefix terms
        whose first stem it extends (kept per stem: the same stems come again and again)."""
        found = self._candidates.get(s)
        if found is None:
            found = self.by_first.get(s, [])
            if self.prefixed:
                found = found + [t for t in self.prefixed if s != t[0] and s.startswith(t[0])]
            self._candidates[s] = found
        return found

    def find(self, stems: Sequence[str], words: Sequence[str] = ()) -> list[tuple[int, int]]:
        """``(first, last)`` token indices of every match. Terms written with a capital (in a
        matcher made with ``exact_names``) match whole words of ``words`` only: "Russians" is not
        "Russian"."""
        hits = []
        for s in set(stems).difference(self._candidates):
            self._candidates_for(s)
        candidates = list(map(self._candidates.__getitem__, stems))
        # only the stems that may open a term, and the words written as a name term, need a look
        named = [words[i].lower() in self.exact for i in range(len(stems))] if self.exact and words else None
        for i in [i for i, c in enumerate(candidates) if c or (named is not None and named[i])]:
            if named is not None and named[i]:
                hits.append((i, i))
                continue
            for term in candidates[i]:
                last = self._rest(stems, i, term[1:])
                if last is not None:
                    hits.append((i, last))
                    break
        return hits

    def may_open_in(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Whether the stem of any word of ``text`` within ``spans`` may open a term, or the word
        is a name term: where none does, :meth:`find` of their stems (and words) finds nothing.

        Read chunk by chunk of the text between white space, each chunk kept: no token spans white
        space, so a chunk's tokens are the same read alone, and the many statements with no such
        word are told apart without tokenising or stemming them.
        """
        opening, non_opening = self._opening, self._non_opening
        for a, b in spans:
            chunks = text[a:b].split()
            if non_opening.issuperset(chunks):
                continue  # every chunk read before and none opens a term (most statements)
            for chunk in chunks:
                if chunk in opening:
                    return True
                if chunk in non_opening:
                    continue
                if any(self._candidates_for(stem(w)) or w.lower() in self.exact for w in spans_and_words(chunk)[1]):
                    opening.add(chunk)
                    return True
                non_opening.add(chunk)
        return False

    def _rest(self, stems: Sequence[str], i: int, rest: tuple[str, ...]) -> int | None:
        for word in rest:
            nxt = next((k for k in range(i + 1, min(i + 2 + self.gap, len(stems))) if stems[k] == word), None)
            if nxt is None:
                return None
            i = nxt
        return i


class StanceRules:
    """The compiled lexicon; :meth:`judge` decides one statement."""

    def __init__(self, lexicon: dict[str, list[str]]):
        self.topic = Matcher(lexicon["topic"], gap=1)
        self.staying = Matcher(lexicon.get("staying", []))
        self.words = {c: Matcher(lexicon.get(c, []), exact_names=c == "context")
                      for c in ("context", "negation", "hard_to_remove", "uncertain", "will_leave")}
        self.has_context = bool(self.words["context"].terms or self.words["context"].exact)
        self._context_cache: dict[str, bool] = {}

    def judge(self, text: str, own: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]]) -> tuple[bool, str, str]:
        """``(about, stance, evidence)`` for the words of ``text`` within the ``own`` spans."""
        if not self.topic.may_open_in(text, own):
            return False, "", ""
        tokens: list[tuple[int, int]] = []
        written: list[str] = []
        for a, b in own:
            spans, words = spans_and_words(text, a, b)
            tokens += spans
            written += words
        stems = list(map(stem, written))
        hits = self.topic.find(stems)
        if not hits:  # no topic term: no need to place the tokens in their sentences
            return False, "", ""
        starts = self._starts(sentences)
        sentence_of = [bisect.bisect_right(starts, a) - 1 for a, _ in tokens]
        hits = [h for h in hits if self._in_context(text, sentences, sentence_of[h[0]])]
        if not hits:
            return False, "", ""
        keep = {sentence_of[first] for first, _ in hits}
        chosen = [k for k in range(len(tokens)) if sentence_of[k] in keep]
        position = {k: i for i, k in enumerate(chosen)}
        sub = [stems[k] for k in chosen]
        hits = [(position[a], position[b]) for a, b in hits]

        def words(found: list[tuple[int, int]]) -> list[str]:
            return [" ".join(text[tokens[chosen[a]][0]:tokens[chosen[b]][1]].split()) for a, b in found]

        stay = [h for h in hits if self.staying.find(sub[h[0]:h[1] + 1])]
        for negation, topic in self._negated(sub, hits):
            stance = "will_leave" if topic in stay else "hard_to_remove"
            return True, stance, "; ".join(words([negation, topic]))
        for stance in ("hard_to_remove", "uncertain"):
            found = self.words[stance].find(sub)
            if found:
                return True, stance, "; ".join(words(found) + words(hits))
        if len(stay) == len(hits):
            return True, "hard_to_remove", "; ".join(words(hits))
        cues = self.words["will_leave"].find(sub)
        in_motion = [h for h in hits if _inflected(words([h])[0])]
        if cues or in_motion:
            return True, "will_leave", "; ".join(words(hits) + words(cues))
        return True, "uncertain", "; ".join(words(hits) + [NO_DEPARTURE_CUE])

    def forget(self) -> None:
        """Clear the per-document cache of sentences known to name a context term."""
        self._context_cache.clear()

    def _starts(self, sentences: Sequence[tuple[int, int]]) -> list[int]:
        """The sentence starts, kept while the same sentence list comes back (one document's)."""
        if getattr(self, "_starts_of", (None,))[0] is not sentences:
            self._starts_of = (sentences, [a for a, _ in sentences])
        return self._starts_of[1]

    def _in_context(self, text: str, sentences: Sequence[tuple[int, int]], index: int) -> bool:
        if not self.has_context:
            return True
        window = sentences[max(index - CONTEXT_SENTENCES, 0):index + 1] if index >= 0 else []
        for a0, b0 in window:
            sentence = text[a0:b0]
            if sentence not in self._context_cache:
                context = self.words["context"]
                if context.may_open_in(text, ((a0, b0),)):  # else no word of it may open a term: none found
                    words = spans_and_words(sentence)[1]
                    self._context_cache[sentence] = bool(context.find(list(map(stem, words)), words))
                else:
                    self._context_cache[sentence] = False
            if self._context_cache[sentence]:
                return True
        return False

    def _negated(self, stems: list[str], hits: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """``(negation, topic hit)`` pairs: a negation up to five words before, in the same clause."""
        negations = self.words["negation"].find(stems)
        pairs = []
        for topic in hits:
            for negation in negations:
                between = stems[negation[1] + 1:topic[0]]
                if 0 < topic[0] - negation[1] <= NEGATION_WINDOW and not set(between) & CLAUSE_BREAKS:
                    pairs.append((negation, topic))
        return pairs


def _inflected(written: str) -> bool:
    """A topic verb written in a form that states motion ("leaving", "withdrew", "departed")."""
    first = written.split()[0].lower()
    return first.endswith(("ing", "ed")) or first in ("withdrew", "left")


def own_spans(frame: pd.DataFrame) -> list[list[tuple[int, int]]]:
    """For each row of a one-document quotation table, its spans less other speakers' statements."""
    return _own_spans(frame["start"].tolist(), frame["end"].tolist(), frame["speaker"].tolist())


def _own_spans(starts: list[int], ends: list[int], speakers: list[str]) -> list[list[tuple[int, int]]]:
    """:func:`own_spans` of one document's statements given as columns."""
    rows = sorted(zip(starts, ends, speakers), key=lambda row: row[0])  # stable, as the rows come
    ordered = [row[0] for row in rows]
    result = []
    for start, end, speaker in zip(starts, ends, speakers):
        cuts = []
        for k in range(bisect.bisect_left(ordered, start), bisect.bisect_left(ordered, end)):
            inner_start, inner_end, inner_speaker = rows[k]
            if inner_speaker != speaker and inner_end <= end and (inner_start, inner_end) != (start, end):
                cuts.append((inner_start, inner_end))
        spans, cursor = [], start
        for a, b in sorted(cuts):
            if a > cursor:
                spans.append((cursor, a))
            cursor = max(cursor, b)
        if cursor < end:
            spans.append((cursor, end))
        result.append(spans)
    return result


def apply_stance(quotes: pd.DataFrame, corpus: Corpus, *, topic_terms: Sequence[str] | None = None,
                 context_terms: Sequence[str] | None = None, lexicon: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """``quotes`` with ``about_withdrawal, stance, stance_evidence`` (see the module docstring).

    Args:
        topic_terms: replace the lexicon's topic terms (a reader's own question).
        context_terms: replace its context terms; an empty list drops the context condition.
    """
    lexicon = dict(lexicon or load_lexicon())
    if topic_terms is not None:
        if not [t for t in topic_terms if str(t).strip()]:
            raise CorpusError("parameters", "topic_terms", "the topic term list is empty")
        lexicon["topic"] = list(topic_terms)
    if context_terms is not None:
        lexicon["context"] = list(context_terms)
    rules = StanceRules(lexicon)
    out = quotes.copy()
    rows_of: dict[str, list[int]] = {}  # row positions per document, documents in order of appearance
    for row, doc_id in enumerate(quotes["doc_id"].tolist()):
        rows_of.setdefault(doc_id, []).append(row)
    starts, ends, speakers = (quotes[c].tolist() for c in ("start", "end", "speaker"))
    judged: list[tuple[bool, str, str]] = [(False, "", "")] * len(quotes)
    for doc_id, rows in rows_of.items():
        if pd.isna(doc_id):
            continue  # as groupby does: a row without a document is not judged
        doc = corpus[doc_id]
        sentences = [(s.start, s.end) for s in corpus.sentence_records(doc_id)]
        rules.forget()
        spans_of = _own_spans([starts[r] for r in rows], [ends[r] for r in rows], [speakers[r] for r in rows])
        for row, spans in zip(rows, spans_of):
            judged[row] = rules.judge(doc.text, spans, sentences)
    if not out.index.is_unique:  # rows sharing an index label all take the last one judged, as by label
        by_label = {out.index[row]: judged[row] for doc_id, rows in rows_of.items() if not pd.isna(doc_id) for row in rows}
        judged = [by_label.get(label, (False, "", "")) for label in out.index]
    out["about_withdrawal"] = [r[0] for r in judged]
    out["stance"] = [r[1] for r in judged]
    out["stance_evidence"] = [r[2] for r in judged]
    return out
