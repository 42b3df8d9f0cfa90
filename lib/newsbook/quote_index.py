"""Indexes over one document's quotations and cues, for the attribution rules of :mod:`newsbook.quotes`.

:class:`QuoteMask` says which offsets lie inside a quotation, :class:`SentenceTokens` gives a
sentence's tokens with which are quoted and which are name words, :class:`QuoteIndex` answers the
questions the rules ask of a document's quotations (which close in a paragraph, which are terms),
:class:`FoundCues` keeps the attributions found so far by where they start and by sentence, and
:func:`opening_paragraphs` finds the paragraph holding an offset; each by bisection, never by a
scan of the whole document.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from newsbook.phrase_words import TextTokens, name_words, spans_and_words
from newsbook.quote_marks import Quotation


class QuoteMask:
    """Which offsets lie inside a quotation (marks included)."""

    def __init__(self, quotations: list[Quotation]):
        self.spans = sorted((q.open_mark, q.close_mark + 1 if q.close_mark is not None else q.end) for q in quotations)
        self.starts = [a for a, _ in self.spans]
        self._reach = list(itertools.accumulate((b for _, b in self.spans), max))  # furthest end so far

    def cover(self, spans: list[tuple[int, int]], start: int, end: int) -> list[bool]:
        """Whether the start of each of ``spans`` (token spans inside ``start:end``, in text order)
        lies inside the last quotation that opens at or before it; at once, all ``False``, when no
        quotation reaches into ``start:end`` (most sentences)."""
        k = bisect.bisect_left(self.starts, end)
        if k == 0 or self._reach[k - 1] <= start:
            return [False] * len(spans)
        return self.cover_all([a for a, _ in spans])

    def cover_all(self, starts: list[int]) -> list[bool]:
        """:meth:`cover` of every token of a text, given their starts in order: for each quotation,
        the tokens it is the last to open before are marked at once up to its end (no step per token)."""
        covered = [False] * len(starts)
        bounds = self.spans
        for i, (opened, closed) in enumerate(bounds):
            until = min(bounds[i + 1][0], closed) if i + 1 < len(bounds) else closed
            first, stop = bisect.bisect_left(starts, opened), bisect.bisect_left(starts, until)
            if first < stop:
                covered[first:stop] = [True] * (stop - first)
        return covered


class SentenceTokens:
    """One document's tokens, read once with which lie inside any quotation (``masks[0]``), inside a
    statement's (``masks[1]``) and which are name words; a sentence's are slices of them (each a
    property of the token alone), read on their own only for a sentence that cuts a token."""

    def __init__(self, text: str, masks: tuple[QuoteMask, QuoteMask]):
        self.tokens, self.masks = TextTokens(text), masks
        self.masked = masks[0].cover_all(self.tokens.starts)
        self.in_statement = masks[1].cover_all(self.tokens.starts)
        self.names = name_words(self.tokens.words, self.masked, self.tokens.holding("-"))

    def sentence(self, start: int, end: int) -> tuple[list[tuple[int, int]], list[str], list[bool], list[bool], list[bool] | None]:
        """``(spans, words, masked, in_statement, names)`` of the tokens of ``start:end`` (``names``
        ``None`` where the sentence's tokens are read on their own)."""
        where = self.tokens.locate(start, end)
        if where is None:
            spans, words = spans_and_words(self.tokens.text, start, end)  # a token the stretch cuts
            return spans, words, self.masks[0].cover(spans, start, end), self.masks[1].cover(spans, start, end), None
        part = slice(*where)
        return (self.tokens.spans[part], self.tokens.words[part], self.masked[part], self.in_statement[part],
                self.names[part])


class QuoteIndex:
    """One document's quotations, indexed for the questions the attribution rules ask of them
    (each answered without a scan of all the document's quotations)."""

    def __init__(self, quotations: list[Quotation]):
        self.all = quotations
        self.opening = {q.open_mark for q in quotations if not q.is_fragment}
        self.closing: dict[int, tuple[int, int]] = {}  # close mark -> (order, words) of the first statement closing there
        for order, q in enumerate(quotations):
            if q.close_mark is not None and not q.is_fragment:
                self.closing.setdefault(q.close_mark, (order, q.words))
        fragments = sorted((q.start, q.end) for q in quotations if q.is_fragment)
        self._fragment_starts = [a for a, _ in fragments]
        self._fragment_reach = list(itertools.accumulate((b for _, b in fragments), max))
        self._ends = [q.end for q in quotations]
        self._ends_sorted = all(a <= b for a, b in zip(self._ends, self._ends[1:]))

    def ending_in(self, start: int, end: int) -> list[Quotation]:
        """The quotations whose ``end`` lies in ``start..end`` (both included), in order."""
        if not self._ends_sorted:
            return [q for q in self.all if start <= q.end <= end]
        return self.all[bisect.bisect_left(self._ends, start):bisect.bisect_right(self._ends, end)]

    def in_fragment(self, position: int) -> bool:
        """Whether ``position`` lies in the words of a quotation too short to be a statement."""
        k = bisect.bisect_right(self._fragment_starts, position) - 1
        return k >= 0 and self._fragment_reach[k] > position


class FoundCues:
    """The attributions found so far in a document, indexed by where they start and by sentence."""

    def __init__(self) -> None:
        self.by_left: dict[int, list[dict]] = {}
        self.by_sentence: dict[int, list[dict]] = {}
        self.by_colon: dict[int, object] = {}
        """The speaker of a sentence that ends in a colon and has no cue ("X had this message for
        Y:"), by the colon's offset: the quotation that follows is theirs."""
        self.doing: dict[int, list[tuple[int, object]]] = {}
        """The subjects of "with X doing ..." in a sentence holding a quotation, by the start of their
        sentence: ``(offset of the participle, speaker)``; a quotation after the participle with no cue
        of its own is theirs ("..., with Secretary of State Mike Pompeo referring to “...”")."""
        self.subject_before_quotation: dict[int, tuple[int, object]] = {}
        """The main clause's subject of a sentence holding a quotation, before it, by the start of the
        sentence: ``(offset where it ends, speaker)``. A quotation after it with no cue of its own that
        would go to the last speaker goes to this subject instead ("Trump said ... Yale's lab referred to
        imagery of “...”": the lab's words); a quotation no one is guessed for stays so."""
        self.unnamed: dict[int, list[int]] = {}
        """The cues whose subject names no speaker, by the start of their sentence (one holding a quotation):
        a quotation after one is no earlier speaker's ("The resolution says the invasion “...”")."""

    def extend(self, found: list[dict]) -> None:
        for r in found:
            self.by_left.setdefault(r["left"], []).append(r)
            self.by_sentence.setdefault(r["sentence"], []).append(r)


def opening_paragraphs(paras: list) -> Callable[[int, object], object]:
    """``opening(position, default)``: the first paragraph that holds ``position`` (``default``
    when none does); by bisection when the paragraphs are in order and apart (always, in a document)."""
    starts = [o.body_start for o in paras]
    apart = all(a.end < b.body_start for a, b in zip(paras, paras[1:])) and all(o.body_start <= o.end for o in paras)

    def opening(position: int, default):
        if not apart:
            return next((o for o in paras if o.body_start <= position <= o.end), default)
        k = bisect.bisect_right(starts, position) - 1
        return paras[k] if k >= 0 and position <= paras[k].end else default

    return opening
