"""Every attributed statement of a corpus: direct quotes, reported speech and turns.

Kinds: ``direct`` (words in quotation marks, :mod:`newsbook.quote_marks`), ``indirect``
(reported speech: "X said that ...", "according to X", :mod:`newsbook.reported`) and ``turn``
(a transcript speaker turn or an interview answer, :mod:`newsbook.turns`). A quotation is
attributed, in this order, to the cue right after its closing mark ("…,” he added"), to a cue
earlier in its sentence whose content holds it ("Hill said she believed the violence “is
likely ...”"), or, when its sentence has no cue, to the latest speaker of its paragraph or the
paragraph before (a quote paragraph continuing a speaker). Quotations of fewer than four words
are terms, not statements. Speakers are resolved by :mod:`newsbook.speakers`.

``quotes_table``
    ``doc_id, outlet, published, paragraph, speaker, speaker_role, speaker_kind,
    speaker_country, kind, text, start, end, cue, cue_start, cue_end, speaker_text,
    speaker_start, speaker_end, resolved_by, about_withdrawal, stance, stance_evidence``:
    one row a statement, in text order. ``text`` is ``doc.text[start:end]``; ``cue`` and
    ``speaker_text`` are the attribution's words at ``cue_start:cue_end`` and
    ``speaker_start:speaker_end`` (empty where the speaker is carried over from before);
    ``resolved_by`` says how the speaker was found (``label``, ``interview``, ``named``,
    ``surname``, ``pronoun``, ``document``, ``group``, ``previous speaker``, ``unnamed cue``);
    ``speaker_kind`` is ``official``, ``expert``, ``journalist``, ``institution``, ``person``
    (not in ``data/people.csv``) or a group's kind (``anonymous``, ``expert`` ...). The last
    three columns come from :func:`newsbook.stance.apply_stance`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable

import pandas as pd

from newsbook.quote_cues import Attribution, SentenceReader
from newsbook.corpus import Corpus, Document
from newsbook.people import People, load_people, speaker_words
from newsbook.quote_marks import Quotation, find_quotations
from newsbook.reported import content_tokens, merged_sentences, satisfies
from newsbook.speakers import Resolver, Speaker
from newsbook.speaker_phrases import spans_and_words
from newsbook.tokens import is_word
from newsbook.turns import interview_answers, transcript_turns
from newsbook.memo import per_corpus

BASE_COLUMNS = [
    "doc_id", "outlet", "published", "paragraph", "speaker", "speaker_role", "speaker_kind", "speaker_country",
    "kind", "text", "start", "end", "cue", "cue_start", "cue_end", "speaker_text", "speaker_start", "speaker_end",
    "resolved_by",
]
MIN_WORDS = 3
_GAP = re.compile(r"[\s,]*")
_WORDS = speaker_words()
_LOWER = {w for category in ("group", "function") for w in _WORDS.get(category, {})}


class _Mask:
    """Which offsets lie inside a quotation (marks included)."""

    def __init__(self, quotations: list[Quotation]):
        self.spans = sorted((q.open_mark, q.close_mark + 1 if q.close_mark is not None else q.end) for q in quotations)
        self.starts = [a for a, _ in self.spans]
        self._reach = list(itertools.accumulate((b for _, b in self.spans), max))  # furthest end so far

    def covers(self, position: int) -> bool:
        i = bisect.bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.spans[i][1]

    def cover(self, spans: list[tuple[int, int]], start: int, end: int) -> list[bool]:
        """:meth:`covers` of the start of each of ``spans`` (token spans inside ``start:end``); at
        once, all ``False``, when no quotation reaches into ``start:end`` (most sentences)."""
        k = bisect.bisect_left(self.starts, end)
        if k == 0 or self._reach[k - 1] <= start:
            return [False] * len(spans)
        return [self.covers(a) for a, _ in spans]


class _Quotations:
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


class _Found:
    """The attributions found so far in a document, indexed by where they start and by sentence."""

    def __init__(self) -> None:
        self.by_left: dict[int, list[dict]] = {}
        self.by_sentence: dict[int, list[dict]] = {}

    def extend(self, found: list[dict]) -> None:
        for r in found:
            self.by_left.setdefault(r["left"], []).append(r)
            self.by_sentence.setdefault(r["sentence"], []).append(r)


def _opening_paragraphs(paras: list) -> Callable[[int, object], object]:
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


def document_statements(doc: Document, sentences: Iterable, *, people: People | None = None) -> list[dict]:
    """The attributed statements of one document, as row dicts with :data:`BASE_COLUMNS`."""
    people = people or load_people()
    text, rows = doc.text, []
    paras = doc.content_records()
    ordinal = {p.paragraph: i for i, p in enumerate(paras)}
    found_quotations = find_quotations(text, [(p.body_start, p.end) for p in paras])
    quotations = _Quotations(found_quotations)
    mask = (_Mask(found_quotations), _Mask([q for q in found_quotations if not q.is_fragment]))
    resolver = Resolver(text, people)
    opening_of = _opening_paragraphs(paras)
    turns = {t.paragraph: t for t in transcript_turns(doc)}
    turn_set = set(turns.values())
    answers = {t.paragraph: t for t in interview_answers(doc)}
    by_para: dict[int, list[tuple[int, int]]] = {}
    for paragraph, start, end in merged_sentences(sentences):
        by_para.setdefault(paragraph, []).append((start, end))
    sentence_starts = sorted(a for spans in by_para.values() for a, _ in spans)
    records = _Found()

    def row(kind: str, start: int, end: int, speaker: Speaker, paragraph: int, **where: object) -> None:
        rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "published": doc.meta["published"],
                     "paragraph": paragraph, "speaker": speaker.name, "speaker_role": speaker.role,
                     "speaker_kind": speaker.kind, "speaker_country": speaker.country, "kind": kind,
                     "text": text[start:end], "start": start, "end": end, "resolved_by": speaker.how,
                     "cue": "", "cue_start": None, "cue_end": None, "speaker_text": "", "speaker_start": None,
                     "speaker_end": None, **where})

    for p in paras:
        number, own = ordinal[p.paragraph], p.speaker
        for whole in (turns.get(p.paragraph), answers.get(p.paragraph)):
            if whole is not None:
                speaker = resolver.name(whole.speaker, whole.start)
                speaker = Speaker(speaker.name, speaker.role or whole.role, speaker.kind, speaker.country,
                                  speaker.pronoun, "label" if whole in turn_set else "interview")
                own = own or speaker.name
                resolver.note(whole.start, number, speaker, spoke=True)
                row("turn", whole.start, whole.end, speaker, whole.paragraph, cue=whole.cue, cue_start=whole.cue_start,
                    cue_end=whole.cue_end, speaker_text=text[whole.speaker_start:whole.speaker_end] if whole.speaker_start is not None else "",
                    speaker_start=whole.speaker_start, speaker_end=whole.speaker_end)
        for start, end in by_para.get(p.paragraph, []):
            records.extend(_sentence(text, start, end, number, own, mask, resolver, quotations, row, p.paragraph))
        for q in quotations.ending_in(p.body_start, p.end):
            if not q.is_fragment:
                opening = opening_of(q.start, p)
                _attribute_quote(text, q, ordinal[opening.paragraph], opening.speaker or own, records, sentence_starts,
                                 resolver, row, opening.paragraph)
    return _deduplicate(sorted(rows, key=lambda r: (r["start"], r["kind"] != "turn")))


def _deduplicate(rows: list[dict]) -> list[dict]:
    """Drop reported speech that overlaps an earlier statement of the same kind and speaker
    ("Putin said X, he said, ..." is one statement)."""
    kept: list[dict] = []
    for r in rows:
        if r["kind"] == "indirect" and any(k["kind"] == "indirect" and k["speaker"] == r["speaker"] and k["start"] < r["end"]
                                           and r["start"] < k["end"] for k in kept[-8:]):
            continue
        kept.append(r)
    return kept


def _resolve(att: Attribution, resolver: Resolver, number: int, own: str) -> Speaker | None:
    phrase = att.speaker
    if att.order == "none":
        return resolver.refer("", att.cue_start, number, exclude=own)
    if phrase is None or phrase.type == "self":
        return None
    if phrase.type == "name":
        return resolver.name(phrase.text, phrase.start)
    if phrase.type == "group":
        return resolver.group(phrase, _LOWER)
    if phrase.type == "body":  # "the alliance said": the institution named before, else the words
        return resolver.refer("document", phrase.start, number, exclude=own) or resolver.group(phrase, _LOWER)
    word = "document" if phrase.type == "document" else phrase.text
    return resolver.refer(word, phrase.start, number, exclude=own)


def _sentence(text, start, end, number, own, mask, resolver, quotations, row, paragraph) -> list[dict]:
    spans, words = spans_and_words(text, start, end)
    reader = SentenceReader(text, spans, mask[0].cover(spans, start, end), words)
    quoted = mask[1].cover(spans, start, end)  # inside a quotation that is a statement, not a term
    for run in reader.name_runs():  # the sentence's first named person or institution: its subject
        seen = resolver.name(run.text, run.start)
        introduced = " " in run.text and reader.introduces(run)
        if seen.kind != "person" or seen.role or introduced:
            resolver.note(run.start, number, seen, spoke=False)
            break
    atts = [a for a in reader.cues() if a.order not in ("passive", "hypothetical") and (a.speaker is not None or a.order == "none")
            and (a.cue.complement != "quote" or _quote_near(quoted, a))]
    found = []
    for index, att in enumerate(atts):
        speaker = _resolve(att, resolver, number, own)
        phrase = att.speaker
        if speaker is not None:
            resolver.note(phrase.start if phrase else att.cue_start, number, speaker, spoke=True)
        tokens = content_tokens(reader, atts, index)
        content = (spans[tokens[0]][0], spans[tokens[1]][1]) if tokens else None
        where = {"cue": text[att.cue_start:att.cue_end], "cue_start": att.cue_start, "cue_end": att.cue_end,
                 "speaker_text": phrase.text if phrase else "", "speaker_start": phrase.start if phrase else None,
                 "speaker_end": phrase.end if phrase else None}
        found.append({"left": spans[att.left][0], "sentence": start, "content": content, "speaker": speaker, "where": where})
        if speaker is None or tokens is None or att.cue.complement == "quote" or _opens_quote(text, content[0], quotations):
            continue
        words = [i for i in range(tokens[0], tokens[1] + 1) if is_word(reader.words[i])]
        if content[1] <= att.cue_start and 2 * _closing_quote_words(content[1], quotations) > len(words):
            continue  # "..., “quoted words,” said X": the quotation is the statement
        if content[0] > att.cue_start and _follows_quote(text, spans[att.left][0], start, quotations):
            continue  # "“...,” Tokayev said in a televised address": what follows the cue is no statement
        if not satisfies(reader, tokens[0], tokens[1], att.cue.complement):
            continue
        if att.order == "according" and any(o is not att and tokens[0] <= o.cue_first <= tokens[1] for o in atts):
            continue
        outside = [i for i in words if not reader.masked[i] or _in_fragment(spans[i][0], quotations, text)]
        if len(words) >= MIN_WORDS and len(outside) >= MIN_WORDS:
            row("indirect", content[0], content[1], speaker, paragraph, **where)
    return found


def _quote_near(quoted: list[bool], att: Attribution) -> bool:
    """A cue that only ever attributes quotations ("asked", "urged") counts only next to one
    (not a one-word term): a quotation closing just before it or opening in the words after it."""
    return any(quoted[max(att.left - 3, 0):att.left]) or any(quoted[att.right + 1:])


def _opens_quote(text: str, start: int, quotations: _Quotations) -> bool:
    return start in quotations.opening


def _follows_quote(text: str, position: int, sentence_start: int, quotations: _Quotations) -> bool:
    while position > sentence_start and text[position - 1] in " \t,":
        position -= 1
    return position > sentence_start and (position - 1) in quotations.closing


def _closing_quote_words(end: int, quotations: _Quotations) -> int:
    """Words of the non-fragment quotation that closes right at ``end`` (0 if none does; the first
    in text order if two do)."""
    closing = [quotations.closing[mark] for mark in (end - 2, end - 1) if mark in quotations.closing]
    return min(closing)[1] if closing else 0


def _in_fragment(position: int, quotations: _Quotations, text: str) -> bool:
    return quotations.in_fragment(position)


def _attribute_quote(text, q, number, own, records: _Found, sentence_starts, resolver, row, paragraph) -> None:
    chosen = None
    if q.close_mark is not None:
        after = _GAP.match(text, q.close_mark + 1).end()
        chosen = next((r for r in records.by_left.get(after, ()) if r["speaker"] is not None), None)
    if chosen is None:
        i = bisect.bisect_right(sentence_starts, q.open_mark) - 1
        sentence = sentence_starts[i] if i >= 0 else None
        for r in records.by_sentence.get(sentence, ()):
            content = r["content"]
            if r["sentence"] == sentence and r["speaker"] is not None and content and content[0] <= q.open_mark < content[1]:
                chosen = r
    if chosen is not None:
        speaker, where = chosen["speaker"], chosen["where"]
    else:
        speaker, where = resolver.previous_speaker(q.open_mark, number, exclude=own), {}
    if speaker is None:
        return
    resolver.note(q.start, number, speaker, spoke=True)
    row("direct", q.start, q.end, speaker, paragraph, **where)


@per_corpus
def quotes_table(corpus: Corpus, *, people: People | None = None) -> pd.DataFrame:
    """Every attributed statement of ``corpus`` with its stance on withdrawal (see the module docstring)."""
    from newsbook.stance import apply_stance

    rows = []
    for doc in corpus:
        rows.extend(document_statements(doc, corpus.sentence_records(doc.doc_id), people=people))
    frame = pd.DataFrame(rows, columns=BASE_COLUMNS)
    for column in ("cue_start", "cue_end", "speaker_start", "speaker_end"):
        frame[column] = frame[column].astype("Int64")
    return apply_stance(frame, corpus)
