"""Numbers in dispute: quantitative claims (killed, detained, injured, troops, money, distance ...).

A claim is a number phrase (:mod:`newsbook.numbers`) that is not part of a date and whose
words say what is counted, by the lexicon ``data/quantity_nouns.csv``:

- an *outcome* word in the clause after the number ("dozens of people were **killed**",
  "nearly 8,000 people have been **detained**") wins; else a counted *noun* right after it
  ("2,500 **troops**", "20,000 **extremists**"); else a *unit* ("**$**2 billion", "4,750-**mile**");
  else a cue just *before* it ("the **deaths** of more than 160 people");
- a sentence that opens with a pronoun ("It's thought to be in the dozens") takes what the
  sentence before it last counted ("the number of **dead**");
- *context* words in the sentence refine the quantity: troops near "massing", "border" are
  ``troops massed``, near "deployment", "arrived" ``troops deployed``; money near "damage" is
  ``money (damage)``; a sentence with a *historical* cue ("anniversary") or a date more than a
  year before publication marks the claim ``historical``.

Attribution: :func:`newsbook.claim_sources.attributions`.

``quantities_table(corpus)`` columns: ``doc_id, outlet, published, quantity, value_text, low,
high, figure, qualifier, attributed_to, start, end, sentence, sentence_start, sentence_end, cue,
historical`` (``start, end``: the value as written; ``figure``: the number as written, empty for
vague words and ranges). ``figures_export(corpus)``: ``doc_id, outlet, quantity, value_text,
low, high, attributed_to, start, end, published`` (the ``figures.csv`` download).
``ledger_table(quantities)``: one row per quantity, one column per report (publication date
and outlet), the values as written. ``ledger_rows(quantities)``: the same in long form, one row per figure. ``bounds_text(low,
high)``: the bounds for a reader.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
import re

import pandas as pd

from newsbook.claim_sources import attributions
from newsbook.corpus import Corpus, Document
from newsbook.numbers import NumberPhrase, may_hold_numbers, numbers_in
from newsbook.quote_marks import FRAGMENT_WORDS
from newsbook.paths import data_file
from newsbook.temporal import document_time_expressions
from newsbook.memo import per_corpus

COLUMNS = ["doc_id", "outlet", "published", "quantity", "value_text", "low", "high", "figure", "qualifier",
           "attributed_to", "start", "end", "sentence", "sentence_start", "sentence_end", "cue", "historical"]
EXPORT_COLUMNS = ["doc_id", "outlet", "quantity", "value_text", "low", "high", "attributed_to", "start", "end", "published"]
WINDOW = 7
_WORD = re.compile(r"[$€£]|[A-Za-z][\w’'\-]*|\d[\d,.]*")
_CLAUSE_END = re.compile(r"[.;:!?()]|,\s|\s(?:and|but|or|while|whereas)\s")
_SENTENCE_END = re.compile(r"[.;:!?]")
_LETTER_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_ANAPHOR = re.compile(r"^\W*(?:it|that|this|the (?:figure|number|toll|total|count))\b", re.I)


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, tuple[str, str]]]:
    """``data/quantity_nouns.csv`` as ``{role: {word: (quantity, base)}}``."""
    with data_file("quantity_nouns.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    roles: dict[str, dict[str, tuple[str, str]]] = {}
    for r in rows:
        roles.setdefault(r["role"], {})[r["word"].lower()] = (r["quantity"], r["base"])
    return roles


def _words(text: str) -> list[str]:
    return list(map(str.lower, _WORD.findall(text)))


def classify(text: str, number: NumberPhrase, sentence_start: int, previous_sentence: str = "") -> tuple[str, str] | None:
    """``(quantity, cue word)`` for a number phrase in its sentence, or ``None``."""
    lex = lexicon()
    rest = text[number.end:]
    stop = _CLAUSE_END.search(rest)
    after = _words(rest[: stop.start() if stop else len(rest)])[:WINDOW]
    for word in after:
        if word in lex["outcome"]:
            return lex["outcome"][word][0], word
    for word in after[:4]:
        if word in lex["noun"]:
            return lex["noun"][word][0], word
    if number.currency:
        return "money", "$"
    if after and after[0] in lex["unit"]:
        return lex["unit"][after[0]][0], after[0]
    before = _words(_SENTENCE_END.split(text[sentence_start:number.start])[-1])[-4:]
    for word in reversed(before):
        if word in lex["before"]:
            return lex["before"][word][0], word
    if previous_sentence and _ANAPHOR.match(text[sentence_start:number.start]):
        for word in reversed(_words(previous_sentence)):
            if word in lex["outcome"]:
                return lex["outcome"][word][0], word
    return None


def refine(quantity: str, sentence: str, offset: int) -> str:
    """The context word nearest to ``offset`` in ``sentence`` that refines ``quantity``, if any."""
    best, distance = quantity, None
    context = lexicon().get("context", {})
    for m in _WORD.finditer(sentence):
        entry = context.get(m.group(0).lower())
        if entry and entry[1] == quantity:
            d = abs(m.start() - offset)
            if distance is None or d < distance:
                best, distance = entry[0], d
    return best


@functools.lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    return frozenset(w for role, words in lexicon().items() if role not in ("context", "historical") for w in words)


def _document_claims(corpus: Corpus, doc: Document) -> list[tuple]:
    """The claim rows of one document (columns as :data:`COLUMNS`)."""
    sentences = corpus.sentence_records(doc.doc_id)
    dates = document_time_expressions(corpus, doc)  # in text order
    date_starts = [d.start for d in dates]
    historical_before = doc.published - dt.timedelta(days=365)
    counted, history_cues, context = _lexicon_words(), set(lexicon().get("historical", {})), lexicon().get("context", {})
    sources: dict[int, tuple[str, str]] = {}
    by_paragraph: dict[int, list] | None = None  # the sentences of each paragraph, once a claim needs them
    rows, previous = [], ("", -1)
    for _, number_of, paragraph, start, end, text in sentences:
        if not may_hold_numbers(doc.text, start, end):  # no number, no claim: the words need not be read
            previous = (text, paragraph)
            continue
        words = set(_words(text))  # refine reads words with the same _WORD, so none in context means refine finds none
        if words & counted or "$" in words or "€" in words or "£" in words or _ANAPHOR.match(text):
            prior = previous[0] if previous[1] == paragraph else ""
            sentence_dates = dates[bisect.bisect_left(date_starts, start):bisect.bisect_left(date_starts, end)]
            historical = bool(words & history_cues) or any(d.last_day < historical_before for d in sentence_dates)
            for number in numbers_in(doc.text, start, end):  # may_hold_numbers has let the sentence through
                if any(d.start < number.end and number.start < d.end for d in sentence_dates):
                    continue
                found = classify(doc.text, number, start, prior)
                if found is None:
                    continue
                if number_of not in sources:
                    # Attribution carries a source from sentence to sentence within a paragraph only, so the
                    # sentences of the paragraphs that hold a claim are all it needs to read.
                    if by_paragraph is None:
                        by_paragraph = {}
                        for sentence in sentences:
                            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
                    sources.update(attributions(doc, by_paragraph[paragraph]))
                # refine reads the sentence's words for context words: none there, nothing to read
                quantity = found[0] if words.isdisjoint(context) else refine(found[0], text, number.start - start)
                own, carried = sources.get(number_of, ("", ""))
                if own and _in_short_quotation(doc.text, number.start, number.end, start, end):
                    own = f"{own} (quoting)"
                opens = not _LETTER_OR_DIGIT.search(doc.text, start, number.start)
                rows.append((doc.doc_id, doc.outlet, doc.published.isoformat(), quantity, number.text, number.low,
                             number.high, number.figure, number.qualifier, own or (carried if opens else ""), number.start,
                             number.end, text, start, end, found[1], historical))
        previous = (text, paragraph)
    return rows


def _in_short_quotation(text: str, number_start: int, number_end: int, start: int, end: int) -> bool:
    """Whether the figure at ``number_start:number_end`` stands inside a quotation of fewer than
    :data:`newsbook.quote_marks.FRAGMENT_WORDS` words within its sentence (``start:end``): a figure so
    quoted ("unbelievable that “20,000 extremists” could ...") is someone else's, which the speaker of
    the sentence cites, not claims.

    >>> text = 'She says it is unbelievable that “20,000 extremists” could do it.'
    >>> at = text.index("20,000")
    >>> _in_short_quotation(text, at, at + 6, 0, len(text)), _in_short_quotation(text.replace("“", "").replace("”", ""), at - 1, at + 5, 0, len(text) - 2)
    (True, False)
    >>> straight = 'He said "no" and 20,000 "troops" left.'
    >>> _in_short_quotation(straight, straight.index("20"), straight.index("20") + 6, 0, len(straight))
    False
    """
    curly = text.rfind("“", start, number_start)
    if curly >= 0 and text.rfind("”", curly, number_start) < 0:
        opening, closing = curly, text.find("”", number_end, end)
    elif text.count('"', start, number_start) % 2:  # straight marks: inside after an odd number of them
        opening, closing = text.rfind('"', start, number_start), text.find('"', number_end, end)
    else:
        return False
    return closing >= 0 and len(text[opening + 1:closing].split()) < FRAGMENT_WORDS


@per_corpus
def quantities_table(corpus: Corpus) -> pd.DataFrame:
    """Every quantitative claim in the content of every document."""
    rows = [row for doc in corpus for row in _document_claims(corpus, doc)]
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    return frame.astype({"low": float, "high": float, "figure": float, "start": int, "end": int,
                         "sentence_start": int, "sentence_end": int, "historical": bool})


def ledger_rows(quantities: pd.DataFrame) -> pd.DataFrame:
    """The ledger in long form, for reading down a page: one row per figure, grouped by quantity
    (those given by the most reports first), then in order of publication.

    Columns: ``quantity, report`` ("Jan 10 NPR"), ``value_text, bounds, attributed_to, historical,
    doc_id, start, end``.
    """
    columns = ["quantity", "report", "value_text", "bounds", "attributed_to", "historical", "doc_id", "start", "end"]
    if quantities.empty:
        return pd.DataFrame(columns=columns)
    days = pd.to_datetime(quantities["published"])
    frame = quantities.assign(
        report=[f"{d:%b} {d.day} {o}" for d, o in zip(days, quantities["outlet"])],
        bounds=[bounds_text(lo, hi) + unit_suffix(cue) for lo, hi, cue in zip(quantities["low"], quantities["high"], quantities["cue"])],
        reports=(quantities["published"] + quantities["outlet"]).groupby(quantities["quantity"]).transform("nunique"),
    )
    frame = frame.sort_values(["reports", "quantity", "published", "outlet", "start"], ascending=[False, True, True, True, True],
                              kind="stable")
    return frame[columns].reset_index(drop=True)


def unit_suffix(cue: str) -> str:
    """The unit a claim is measured in, for its bounds: ``" miles"`` for a claim decided by the unit
    word "mile"; ``""`` for counts and money (the counted noun or the currency sign says it).

    >>> unit_suffix("mile"), unit_suffix("km"), unit_suffix("troops"), unit_suffix("$")
    (' miles', ' km', '', '')
    """
    word = str(cue).lower()
    if word not in lexicon().get("unit", {}) or not word.isalpha() or lexicon()["unit"][word][0].startswith("money"):
        return ""
    return f" {word}" if len(word) <= 3 or word.endswith("s") else f" {word}s"


def bounds_text(low: float | None, high: float | None) -> str:
    """The bounds for a reader: ``"24–99"``, ``"> 160"``, ``"< 8,000"``, ``"2,500"``, ``"2 bn–3 bn"``.

    >>> bounds_text(24, 99), bounds_text(160, None), bounds_text(None, 8000), bounds_text(2e9, 3e9)
    ('24–99', '> 160', '< 8,000', '2 bn–3 bn')
    >>> bounds_text(2e9, 999_999_999_999)  # "billions": up to just under a trillion
    '2 bn–1 tn'
    """
    def short(value: float) -> str:
        for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
            if round(value / size, 3) >= 1:
                return f"{value / size:.3g}{suffix}"
        return f"{value:,.0f}"

    has_low, has_high = low is not None and not pd.isna(low), high is not None and not pd.isna(high)
    if has_low and has_high:
        return short(low) if low == high else f"{short(low)}–{short(high)}"
    return f"> {short(low)}" if has_low else f"< {short(high)}" if has_high else ""


def figures_export(corpus: Corpus) -> pd.DataFrame:
    """The ``figures.csv`` table: one row per numeric claim (whole bounds written as integers, so
    that "999,999,999,999" is not rounded by the CSV writer's float format)."""
    frame = quantities_table(corpus)[EXPORT_COLUMNS]
    for column in ("low", "high"):
        values = frame[column].dropna()
        if (values == values.round()).all():
            frame = frame.assign(**{column: frame[column].round().astype("Int64")})
    return frame


def ledger_table(quantities: pd.DataFrame, *, include_historical: bool = False, min_reports: int = 1) -> pd.DataFrame:
    """One row per quantity, one column per report ("2022-01-08 AP"), the values as written.

    Reports are ordered by publication date, quantities by how many reports give them; a cell
    joins a report's values with " / ". Historical claims are left out unless asked for;
    ``min_reports=2`` keeps the quantities in dispute, those that more than one report gives.
    """
    frame = quantities if include_historical else quantities[~quantities["historical"]]
    if min_reports > 1 and not frame.empty:
        reports = (frame["published"] + " " + frame["outlet"]).groupby(frame["quantity"]).transform("nunique")
        frame = frame[reports >= min_reports]
    if frame.empty:
        return pd.DataFrame(columns=["quantity"])
    frame = frame.assign(report=frame["published"] + " " + frame["outlet"])
    cells = frame.groupby(["quantity", "report"], sort=False)["value_text"].agg(lambda v: " / ".join(dict.fromkeys(v)))
    ledger = cells.unstack("report").fillna("")
    ledger = ledger[sorted(ledger.columns)]
    order = (ledger != "").sum(axis=1).sort_values(ascending=False, kind="stable").index
    return ledger.loc[order].reset_index().rename_axis(columns=None)
