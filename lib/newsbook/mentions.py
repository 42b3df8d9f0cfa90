"""Mentions of a configurable set of terms (China, the SCO, Russia ...), matched on tokens.

The term table (``data/terms.csv``: ``term, variants, group, case_sensitive, note``) names each
term, its ``|``-separated variants and the group it counts for. A variant is matched as whole
tokens of :mod:`newsbook.tokens`: never inside a longer word ("SCO" is not in "SCOTT", "Russian"
is not in "Belarusian"), but as a part of a hyphenated compound ("China" in "China-backed",
both in "Russia-China"), possessive ``’s`` outside the span, and a multi-word variant across any
white space. ``case_sensitive`` variants (acronyms: "SCO", "US") match in exactly that case, and
not in a sentence written all in capitals, where "US" may be the pronoun; the others in any case.
Only the content sentences are read (page chrome and speaker labels never are).

Tables:

``find_mentions`` / ``mentions_table``
    ``doc_id, outlet, term, group, start, end, sentence, sentence_start, speaker``: one row a
    mention; ``doc.text[start:end]`` is the words matched, ``sentence`` the sentence number in
    the document (as in ``sentences.csv``), ``speaker`` who says it when the mention lies inside
    an attributed statement of the quotation table (``""`` otherwise).
``statements_mentioning``
    ``doc_id, outlet, speaker, kind, terms, excerpt, text, start, end``: the statements (quotes,
    reported speech, transcript turns) that mention one of the given groups, ``terms`` the terms
    named, ``excerpt`` their sentences that name them, ``start, end`` the statement's offsets.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.paths import data_file
from newsbook.memo import per_corpus
from newsbook.reference import read_reference_csv

DEFAULT_TERMS = data_file("terms.csv")
TERM_COLUMNS = ["term", "variants", "group", "case_sensitive"]
MENTION_COLUMNS = ["doc_id", "outlet", "term", "group", "start", "end", "sentence", "sentence_start", "speaker"]
STATEMENT_COLUMNS = ["doc_id", "outlet", "speaker", "kind", "terms", "excerpt", "text", "start", "end"]
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}")
_TRUE = {"true", "yes", "1"}


def load_terms(path: str | Path = DEFAULT_TERMS, *, extra: Sequence[str] = ()) -> pd.DataFrame:
    """The term table, plus ``extra`` terms written ``"group: variant|variant"``.

    An extra term without ``group:`` is a group of its own, named by its first variant; its
    acronym variants ("BRI", "U.N.") match in capitals only, the others in any case.

    >>> load_terms(extra=["China: Belt and Road|BRI"]).tail(2)[["variants", "group", "case_sensitive"]].values.tolist()
    [['Belt and Road', 'China', False], ['BRI', 'China', True]]

    Raises:
        CorpusError: a missing file or column, an empty variant, or no terms at all.
    """
    path = Path(path)
    table = read_reference_csv(path, field="terms", what="term table", columns=TERM_COLUMNS)
    table["case_sensitive"] = table["case_sensitive"].str.strip().str.lower().isin(_TRUE)
    rows = []
    for item in extra:
        group, _, variants = str(item).rpartition(":")
        names = [v.strip() for v in variants.split("|") if v.strip()]
        if not names:
            raise CorpusError("parameters", "extra_terms", f"{item!r} names no term")
        for case in (False, True):
            same = [n for n in names if bool(_ACRONYM.fullmatch(n)) == case]
            if same:
                rows.append({"term": names[0], "variants": "|".join(same), "group": group.strip() or names[0], "case_sensitive": case})
    table = pd.concat([table[TERM_COLUMNS], pd.DataFrame(rows, columns=TERM_COLUMNS)], ignore_index=True)
    table["case_sensitive"] = table["case_sensitive"].astype(bool)
    if table.empty:
        raise CorpusError(path, "terms", "the term list is empty")
    bad = table["variants"].str.split("|").map(lambda vs: any(not v.strip() for v in vs)) | (table["group"].str.strip() == "")
    if bad.any():
        raise CorpusError(path, "variants", f"term {table.loc[bad.idxmax(), 'term']!r} has an empty variant or group")
    return table


def _key(text: str, *, case_sensitive: bool) -> str:
    text = " ".join(text.split())
    return text if case_sensitive else text.casefold()


def compile_terms(terms: pd.DataFrame) -> list[tuple[re.Pattern[str], dict[str, int], bool]]:
    """Two patterns, for the case-sensitive variants and for the others, each with a lookup.

    A pattern is one alternation of variants (longest first) between token boundaries, so that
    the regular-expression engine scans the text once; the lookup maps the words matched (white
    space collapsed, case folded where case does not matter) to the term's row.

    >>> [p.findall("SCOTT and the SCO, Sco-like, the sco") for p, _, _ in compile_terms(load_terms())]
    [['SCO'], []]
    """
    compiled = []
    for case in (True, False):
        lookup: dict[str, int] = {}
        for row, variants in enumerate(terms["variants"]):
            if bool(terms["case_sensitive"].iat[row]) == case:
                for variant in variants.split("|"):
                    lookup.setdefault(_key(variant, case_sensitive=case), row)
        if lookup:
            words = sorted({" ".join(v.split()) for v in lookup}, key=len, reverse=True)
            flags = 0 if case else re.IGNORECASE
            compiled.append((_alternation(words, flags), lookup, case))
    return compiled


def _alternation(variants: Sequence[str], flags: int) -> re.Pattern[str]:
    """``(?<!\\w)(?:variant|variant ...)(?!\\w)``, each variant's words joined by ``\\s+``, written
    so that the engine skips ahead to the characters a variant can start with.

    The plain form makes the engine try every alternative at every position of the text. Here the
    pattern opens with a character class, matched case-sensitively, of every character that can
    start a variant under ``flags`` (an upper-case first letter also matches its lower-case form,
    "K" the Kelvin sign ...), which the engine scans for in one tight loop; the token boundary is
    then checked behind that character, and each alternative checks, behind it, that it is its own
    first character before it matches the rest. The alternatives keep their order, so the matches are
    those of the plain form. Variants whose first letters match the same characters share that check
    (one test of "c" before "China", "Chinese" ...). The engine's case-insensitive classes of characters
    never overlap without being the same (a test checks the tricky letters), so no two groups match at
    one place, and trying the groups in their order finds what trying every variant in order finds.
    """
    firsts = _case_variants("".join(sorted({v[0] for v in variants})), flags)
    starts = "[" + "".join(map(re.escape, firsts)) + "]"
    groups: dict[str, list[str]] = {}
    for variant in variants:  # grouped by the characters the first letter matches: all among ``firsts``
        head = re.compile(re.escape(variant[0]), flags)
        groups.setdefault("".join(filter(head.fullmatch, firsts)), []).append(variant)
    branches = []
    for members in groups.values():
        head = re.escape(members[0][0])
        rests = (r"\s+".join(re.escape(word) for word in variant.split())[len(re.escape(variant[0])):] for variant in members)
        branches.append(f"(?<={head})(?:{'|'.join(rests)})")
    return re.compile(rf"(?-i:{starts})(?<!\w(?-i:{starts}))(?:{'|'.join(branches)})(?!\w)", flags)


@functools.lru_cache(maxsize=16)
def _case_variants(chars: str, flags: int) -> str:
    """Every character that one of ``chars`` matches under ``flags``, as the engine itself decides:
    one scan of a string of all code points (a few milliseconds, once per set of characters)."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    pattern = re.compile("[" + "".join(map(re.escape, chars)) + "]", flags)
    return "".join(sorted(set(pattern.findall(every))))


def _shouted(text: str) -> bool:
    """A sentence in capitals only, where an acronym may be an ordinary word ("TELL US")."""
    return not any(ch.islower() for ch in text) and len(re.findall(r"[A-Za-z]{2,}", text)) >= 4


@per_corpus
def find_mentions(corpus: Corpus, *, terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every mention of a term in the content sentences, ``speaker`` left empty.

    Where two variants overlap (never for the shipped table), the one that starts first wins,
    then the longer.
    """
    terms = load_terms() if terms is None else terms
    # each pattern's lookup, read by the words as matched: a variant's forms are few, and each is
    # evened out and case folded once, not at each of its mentions
    patterns = [(pattern, _MatchedRows(lookup, case)) for pattern, lookup, case in compile_terms(terms)]
    names, groups, cases = terms["term"].tolist(), terms["group"].tolist(), terms["case_sensitive"].tolist()
    records = []
    for doc in corpus:
        sentences = corpus.sentence_records(doc.doc_id)
        if not sentences:
            continue
        starts = [s.start for s in sentences]
        first, last = starts[0], sentences[-1].end
        found = sorted(
            (m.start(), -m.end(), rows[m.group()])
            for pattern, rows in patterns for m in pattern.finditer(doc.text, first, last)
        )
        covered = -1
        for a, minus_b, row in found:
            b = -minus_b
            s = bisect.bisect_right(starts, a) - 1
            if a < covered or s < 0 or b > sentences[s].end or (cases[row] and _shouted(sentences[s].text)):
                continue
            covered = b
            records.append((doc.doc_id, doc.outlet, names[row], groups[row], a, b, s, starts[s], ""))
    return pd.DataFrame.from_records(records, columns=MENTION_COLUMNS)


class _MatchedRows(dict):
    """The term row of the words a pattern of :func:`compile_terms` matched, as written: its
    ``lookup`` read under the words' key (:func:`_key`), worked out the first time they are met."""

    def __init__(self, lookup: dict[str, int], case_sensitive: bool):
        super().__init__()
        self.lookup, self.case_sensitive = lookup, case_sensitive

    def __missing__(self, matched: str) -> int:
        row = self[matched] = self.lookup[_key(matched, case_sensitive=self.case_sensitive)]
        return row


def attribute_speakers(mentions: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Give each mention the speaker of the narrowest statement whose ``[start, end)`` holds it.

    Args:
        mentions: a :func:`find_mentions` frame.
        quotes: a quotation table with ``doc_id, speaker, start, end`` (offsets of the quoted text);
            statements without a speaker are ignored.
    """
    out = mentions.copy()
    out["speaker"] = ""
    known = quotes.loc[quotes["speaker"].fillna("").astype(str).str.strip() != "", ["doc_id", "speaker", "start", "end"]]
    if out.empty or known.empty:
        return out
    if out.index.is_unique and out.index.nlevels == 1 and out.index.name is None:
        out["speaker"] = _narrowest_speakers(out, known)
        return out
    return _attribute_by_merge(out, known)


def _narrowest_speakers(mentions: pd.DataFrame, known: pd.DataFrame) -> list[str]:
    """For each mention, the speaker of the narrowest statement of ``known`` that holds it (the
    first such statement on a tie), or ``""``: a sweep through each document's statements in order
    of start, keeping only those still open, so a long document costs no pairing of every mention
    with every statement."""
    statements: dict[object, list[tuple[int, int, int, str]]] = {}
    for order, (doc_id, speaker, start, end) in enumerate(zip(*(known[c].tolist() for c in ("doc_id", "speaker", "start", "end")))):
        statements.setdefault(doc_id, []).append((start, order, end, str(speaker)))
    rows: dict[object, list[int]] = {}
    doc_ids, starts, ends = (mentions[c].tolist() for c in ("doc_id", "start", "end"))
    for row, doc_id in enumerate(doc_ids):
        rows.setdefault(doc_id, []).append(row)
    found = [""] * len(doc_ids)
    for doc_id, members in rows.items():
        pending = sorted(statements.get(doc_id, ()))  # by start, then by their order
        open_now: list[tuple[int, int, int, str]] = []
        taken = 0
        for row in sorted(members, key=starts.__getitem__):
            start, end = starts[row], ends[row]
            while taken < len(pending) and pending[taken][0] <= start:
                open_now.append(pending[taken])
                taken += 1
            open_now = [s for s in open_now if s[2] >= start]  # ended before: holds no later mention either
            holders = [(s[2] - s[0], s[1], s[3]) for s in open_now if end <= s[2]]
            if holders:
                found[row] = min(holders)[2]
    return found


def _attribute_by_merge(out: pd.DataFrame, known: pd.DataFrame) -> pd.DataFrame:
    """:func:`attribute_speakers` by pairing every mention with every statement of its document
    (for a mention frame whose index is not a plain unique one)."""
    known = known.rename(columns={"speaker": "speaker_q", "start": "start_q", "end": "end_q"})
    pairs = out[["doc_id", "start", "end"]].reset_index().merge(known, on="doc_id")
    inside = pairs[(pairs["start_q"] <= pairs["start"]) & (pairs["end"] <= pairs["end_q"])]
    inside = inside.assign(width=inside["end_q"] - inside["start_q"]).sort_values(["index", "width"], kind="stable")
    best = inside.drop_duplicates("index").set_index("index")["speaker_q"]
    out.loc[best.index, "speaker"] = best.astype(str)
    return out


def check_groups(terms: pd.DataFrame, groups: Iterable[str], *, parameter: str) -> list[str]:
    """``groups`` as a list, refused when empty or naming a group the term table lacks."""
    groups = list(groups)
    if not groups:
        raise CorpusError("parameters", parameter, "names no term group")
    unknown = [g for g in groups if g not in set(terms["group"])]
    if unknown:
        known = ", ".join(dict.fromkeys(terms["group"]))
        raise CorpusError("parameters", parameter, f"unknown term group {unknown[0]!r}; the groups are: {known}")
    return groups


def statements_mentioning(
    corpus: Corpus, quotes: pd.DataFrame, mentions: pd.DataFrame, *, groups: Sequence[str]
) -> pd.DataFrame:
    """The statements of ``quotes`` that hold a mention of one of ``groups``, in text order.

    ``excerpt`` is what a reader needs of a long statement (a whole transcript turn): its
    sentences that hold such a mention, cut to the statement, joined by ``" … "``.
    """
    focus = mentions[mentions["group"].isin(groups)]
    if focus.empty or quotes.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    statements = quotes[["doc_id", "speaker", "kind", "text", "start", "end"]].reset_index(drop=True)
    pairs = statements.reset_index(names="quote").merge(
        focus[["doc_id", "outlet", "term", "sentence", "start", "end"]], on="doc_id", suffixes=("", "_m"))
    pairs = pairs[(pairs["start"] <= pairs["start_m"]) & (pairs["end_m"] <= pairs["end"])]
    rows = []
    for _, group in pairs.groupby("quote", sort=False):
        first = group.iloc[0]
        doc_id, start, end = first["doc_id"], int(first["start"]), int(first["end"])
        spans = corpus.document_sentences(doc_id).set_index("sentence").loc[sorted(set(group["sentence"])), ["start", "end"]]
        text = corpus[doc_id].text
        excerpt = " … ".join(" ".join(text[max(a, start):min(b, end)].split()) for a, b in spans.itertuples(index=False))
        rows.append((doc_id, first["outlet"], str(first["speaker"] or ""), first["kind"],
                     ", ".join(dict.fromkeys(group["term"])), excerpt, first["text"], start, end))
    frame = pd.DataFrame.from_records(rows, columns=STATEMENT_COLUMNS)
    return frame.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


def mentions_table(corpus: Corpus, *, terms: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every mention with its speaker, from the quotation table (:mod:`newsbook.quotes`) by default."""
    if quotes is None:
        from newsbook.quotes import quotes_table

        quotes = quotes_table(corpus)
    return attribute_speakers(find_mentions(corpus, terms=terms), quotes)
