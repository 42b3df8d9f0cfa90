"""One utterance across outlets: group a speaker's statements by wording, and diff the versions.

Two statements of one speaker in different documents are versions of the same utterance when
their wording is similar: ``similarity`` is the share of the shorter version's words (Porter
stems, lower case) that :class:`difflib.SequenceMatcher` finds in the longer one, in order;
versions must also share at least :data:`MIN_SHARED` words. Only statements that share two
word pairs are compared at all (an index of word pairs), so the work grows with the number of
similar statements, not with the square of a speaker's statements. Groups are the connected sets of
such pairs (single-link). Within a group the *reference* is the version closest to the spoken
words: a transcript turn (the recording) if there is one, else a direct quote, else the
earliest. Each version is marked ``verbatim`` (a turn or a direct quote: presented as the
speaker's own words) or ``paraphrase`` (reported speech), and compared word by word with the
reference.

``quote_groups``
    ``group, speaker, doc_id, outlet, published, kind, presented_as, reference, first_published,
    similarity, same_words, words_changed, diff, text, start, end``: one row a version, groups
    numbered from 1 in order of their first publication. ``similarity`` is to the reference
    (1 for the reference itself); ``same_words`` says whether its words equal the reference's
    (punctuation and case aside); ``words_changed`` counts words inserted, deleted or replaced
    against the reference; ``diff`` writes the differences as ``[-removed-] {+added+}``.
``quote_groups_table``
    the same for a corpus, from :func:`newsbook.quotes.quotes_table`.
"""

from __future__ import annotations

import difflib
import functools
import html
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import pandas as pd

from newsbook.corpus import Corpus
from newsbook.errors import CorpusError
from newsbook.quote_cues import spans as token_spans
from newsbook.stance import stem
from newsbook.tokens import LETTER_OR_DIGIT, WORDS_ONLY_PATTERN
from newsbook.groups import DisjointSets

MIN_SHARED = 5
_WORD_TOKEN = re.compile(WORDS_ONLY_PATTERN)
"""The tokens of :data:`newsbook.tokens.WORD_PATTERN` that are not marks (the engine skips to their starts)."""
DEFAULT_THRESHOLD = 0.5
COLUMNS = ["group", "speaker", "doc_id", "outlet", "published", "kind", "presented_as", "reference",
           "first_published", "similarity", "same_words", "words_changed", "diff", "text", "start", "end"]


def words(text: str) -> list[str]:
    """The words of ``text`` as written (punctuation dropped).

    >>> words("“It’s a U.S.-led force,” he said — 2,500 troops.")
    ['It’s', 'a', 'U.S.', 'led', 'force', 'he', 'said', '2,500', 'troops']
    """
    if "_" in text:  # a run of underscores is a token without a letter or digit: the exact, slower way
        return [w for w in (text[a:b] for a, b in token_spans(text)) if LETTER_OR_DIGIT.search(w)]
    return _WORD_TOKEN.findall(text)  # every token but a mark holds a letter or digit


def similarity(a: str, b: str) -> tuple[float, int]:
    """``(share of the shorter text's words found in order in the longer, words shared)``.

    >>> round(similarity("once in your house it is difficult to get Russians to leave",
    ...                  "once Russians are in your house, it is difficult to get them to leave")[0], 2)
    0.92

    (11 of the shorter text's 12 words recur in order: "once", "in your house it is difficult to
    get", "to leave".)
    """
    return _similarity([stem(w) for w in words(a)], [stem(w) for w in words(b)])


def _similarity(x: Sequence[str], y: Sequence[str]) -> tuple[float, int]:
    """:func:`similarity` of two texts' stemmed :func:`words`."""
    if not x or not y:
        return 0.0, 0
    shared = sum(block.size for block in difflib.SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    return shared / min(len(x), len(y)), shared


def word_diff(reference: str, version: str) -> list[tuple[str, str]]:
    """``(operation, words)`` pieces turning ``reference`` into ``version``: ``equal``,
    ``delete`` (only in the reference) and ``insert`` (only in the version)."""
    return _word_diff(words(reference), words(version))


def _word_diff(x: list[str], y: list[str]) -> list[tuple[str, str]]:
    """:func:`word_diff` of two texts' :func:`words`."""
    pieces = []
    matcher = difflib.SequenceMatcher(None, [w.lower() for w in x], [w.lower() for w in y], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("equal", " ".join(y[b1:b2])))
            continue
        if a2 > a1:
            pieces.append(("delete", " ".join(x[a1:a2])))
        if b2 > b1:
            pieces.append(("insert", " ".join(y[b1:b2])))
    return pieces


def diff_text(pieces: list[tuple[str, str]]) -> str:
    """The pieces as plain text: ``[-removed-]`` and ``{+added+}``."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return " ".join(marks[op].format(words) for op, words in pieces)


def diff_html(pieces: list[tuple[str, str]]) -> str:
    """The pieces as escaped HTML with ``<del>`` and ``<ins>``."""
    tags = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}
    return " ".join(tags[op].format(html.escape(words)) for op, words in pieces)


def quote_groups(quotes: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """Group the statements of ``quotes`` that render one utterance (see the module docstring).

    Raises:
        CorpusError: ``threshold`` is not between 0 and 1.
    """
    if not 0 < threshold <= 1:
        raise CorpusError("parameters", "similarity_threshold", f"{threshold} is not between 0 and 1")
    frame = quotes.reset_index(drop=True)
    sets = DisjointSets(len(frame))

    read: dict[str, tuple[list[str], tuple[str, ...]]] = {}  # a text's words and stems, for grouping and comparing
    stems = []
    for t in frame["text"].tolist():
        if t not in read:  # a text quoted by several outlets is read once
            text_words = words(t)
            read[t] = text_words, tuple(stem(w) for w in text_words)
        stems.append(read[t][1])
    docs = frame["doc_id"].tolist()
    for _, rows in frame.groupby("speaker", sort=False):
        by_text: dict[tuple[str, ...], list[int]] = {}
        for i in rows.index:
            if len(stems[i]) >= MIN_SHARED:
                by_text.setdefault(stems[i], []).append(i)
        for same in by_text.values():  # identical wording in several documents: one remark
            if len({docs[k] for k in same}) > 1:
                for i in same[1:]:
                    sets.join(i, same[0])
        matchers: dict[tuple[str, ...], difflib.SequenceMatcher] = {}
        counts: dict[tuple[str, ...], Counter] = {}
        only_doc = {text: _only(docs[k] for k in rows) for text, rows in by_text.items()}
        for i, j in _candidates(list(by_text)):
            a, b = by_text[i], by_text[j]
            if sets.root(a[0]) == sets.root(b[0]):
                continue  # joined already (through other versions): the groups stay the same either way
            if only_doc[i] is not None and only_doc[i] == only_doc[j]:
                continue  # two wordings within one document, and nowhere else
            if not _may_share(i, j, threshold, counts):
                continue
            shared = _shared(i, j, matchers)
            if shared >= MIN_SHARED and shared / min(len(i), len(j)) >= threshold:
                sets.join(a[0], b[0])
    members: dict[int, list[int]] = {}
    for i in range(len(frame)):
        members.setdefault(sets.root(i), []).append(i)
    groups = [m for m in members.values() if len(m) > 1]
    columns = {c: frame[c].tolist() for c in _VERSION_COLUMNS}
    published = columns["published"]
    groups.sort(key=lambda m: (min(published[i] for i in m), min(m)))
    compare = functools.lru_cache(maxsize=4096)(functools.partial(_compare, read=read))
    return _versions(columns, groups, compare)


_VERSION_COLUMNS = ("speaker", "doc_id", "outlet", "published", "kind", "text", "start", "end")
"""The columns of the statements a version row reads (as lists, read by row number)."""
_KIND_RANK = {"turn": 0, "direct": 1, "indirect": 2}
"""How close a kind of statement is to the spoken words (other kinds after these)."""


def _compare(reference: str, text: str, *, read: dict[str, tuple[list[str], tuple[str, ...]]]) -> tuple[float, int, str]:
    """``(similarity, words changed, diff text)`` of ``text`` against ``reference``, from the words and
    stems of each text already ``read``."""
    if text == reference:
        return 1.0, 0, diff_text([("equal", " ".join(read[text][0]))])
    (x, x_stems), (y, y_stems) = read[reference], read[text]
    pieces = _word_diff(x, y)
    changed = sum(len(w.split()) for op, w in pieces if op != "equal")
    return round(_similarity(x_stems, y_stems)[0], 3), changed, diff_text(pieces)


def _versions(columns: dict[str, list], groups: list[list[int]], compare) -> pd.DataFrame:
    """The rows (:data:`COLUMNS`) of the groups' versions, the groups numbered from 1 in the order
    given, each group's versions in order of publication: the statements' row numbers are put in
    the order of the rows first, with their group's number and reference, and each column is then
    gathered from them in one pass (a tuple a row, turned into columns by pandas, costs more)."""
    speaker, doc_id, outlet, published, kind, text, start, end = (columns[c] for c in _VERSION_COLUMNS)
    rank = _KIND_RANK.get
    rows: list[int] = []  # the statements' row numbers, in the order of the version rows
    numbers: list[int] = []
    references: list[int] = []
    firsts: list[str] = []  # the first publication of each row's group
    for number, group in enumerate(groups, start=1):
        ordered = sorted(group, key=lambda i: (published[i], rank(kind[i], 3), doc_id[i], start[i]))
        rows += ordered
        numbers += [number] * len(ordered)
        references += [min(ordered, key=lambda i: (rank(kind[i], 3), published[i]))] * len(ordered)
        firsts += [published[ordered[0]]] * len(ordered)  # in order of publication: the first row's
    if not rows:
        return pd.DataFrame([], columns=COLUMNS)  # as from no records: columns of objects, not of floats
    compared = [compare(text[reference], text[i]) for reference, i in zip(references, rows)]
    is_reference = [i == reference for i, reference in zip(rows, references)]
    kinds = [kind[i] for i in rows]
    changed = [words_changed for _, words_changed, _ in compared]
    data = {
        "group": numbers,
        "speaker": [speaker[i] for i in rows],
        "doc_id": [doc_id[i] for i in rows],
        "outlet": [outlet[i] for i in rows],
        "published": [published[i] for i in rows],
        "kind": kinds,
        "presented_as": ["paraphrase" if k == "indirect" else "verbatim" for k in kinds],
        "reference": is_reference,
        "first_published": [published[i] == first for i, first in zip(rows, firsts)],
        "similarity": [1.0 if own else score for own, (score, _, _) in zip(is_reference, compared)],
        "same_words": [n == 0 for n in changed],
        "words_changed": changed,
        "diff": [diff for _, _, diff in compared],
        "text": [text[i] for i in rows],
        "start": [int(start[i]) for i in rows],
        "end": [int(end[i]) for i in rows],
    }
    return pd.DataFrame(data, columns=COLUMNS)


def _shared(x: tuple[str, ...], y: tuple[str, ...], matchers: dict | None = None) -> int:
    """Words of ``x`` found in order in ``y`` (the sizes of difflib's matching blocks); ``matchers``
    keeps one matcher per ``y``, so that ``y``'s index is built once for all its pairs."""
    if matchers is None:
        matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    else:
        matcher = matchers.get(y)
        if matcher is None:
            matcher = matchers[y] = difflib.SequenceMatcher(None, x, y, autojunk=False)
        else:
            matcher.set_seq1(x)
    return sum(block.size for block in matcher.get_matching_blocks())


def _may_share(x: tuple[str, ...], y: tuple[str, ...], threshold: float, counts: dict) -> bool:
    """Whether ``x`` and ``y`` can pass the test at all: the words found in order are never more
    than the words the two have in common (counted with repeats), so a pair short of that is
    left out without running the matcher. ``counts`` keeps each text's word counts for its
    other pairs."""
    cx, cy = counts.get(x), counts.get(y)
    if cx is None:
        cx = counts[x] = Counter(x)
    if cy is None:
        cy = counts[y] = Counter(y)
    common = sum((cx & cy).values())
    return common >= MIN_SHARED and common / min(len(x), len(y)) >= threshold


def _only(values: Iterable[str]) -> str | None:
    """The one value of ``values`` if they are all the same, else ``None``."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _candidates(texts: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Pairs of texts that share at least two word pairs (bigrams): only these can be versions."""
    index: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for n, text in enumerate(texts):
        for bigram in set(zip(text, text[1:])):
            index[bigram].append(n)
    counts: Counter = Counter()
    for members in index.values():  # members ascending: each pair once, as (earlier, later)
        if len(members) > 1:  # a word pair of one text pairs it with none
            counts.update(itertools.combinations(members, 2))
    return [(texts[a], texts[b]) for (a, b), n in counts.items() if n >= 2]


def quote_groups_table(corpus: Corpus, *, threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """:func:`quote_groups` of the corpus's quotation table."""
    from newsbook.quotes import quotes_table

    return quote_groups(quotes_table(corpus), threshold=threshold)
