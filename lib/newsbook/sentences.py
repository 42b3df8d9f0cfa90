"""Sentence splitting with NLTK's Punkt, trained on the corpus itself.

No model is downloaded: a :class:`nltk.tokenize.punkt.PunktTrainer` learns abbreviations,
collocations and sentence starters from the corpus's content paragraphs, and a curated list in
``data/abbreviations.txt`` adds the abbreviations that must never end a sentence ("U.S.", "Mr.").
Sentences never cross a paragraph boundary.

Punkt runs NLTK's own fixed patterns. NLTK 3.10 wraps every pattern in ``nltk.redos``, whose
wall-clock timeout guards *caller-supplied* patterns against catastrophic backtracking and costs
more than the match itself here (about 1.5 µs a call, several calls a token). Punkt's patterns are
trusted (the same ones NLTK 3.8 ran with no timeout, linear in the text), so :class:`PunktVars`
and :class:`PunktWord` run them on the same compiled engine without the timeout (``nltk.redos``
documents disabling it for a trusted pattern): the same splits, faster. The three patterns that
split words and find candidate breaks read no letters, only white space, on which :mod:`re`, about
twice as fast, agrees with :mod:`regex` for every character but four control characters; they run on
:mod:`re` for any text without one of those (:class:`WhiteSpacePattern`).
"""

from __future__ import annotations

import functools
import math
import re
import string
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from nltk.tokenize import punkt
from nltk.tokenize.punkt import _ORTHO_MAP, PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken, PunktTrainer

from newsbook.paths import data_file
from newsbook.people import word_class

try:
    from nltk.redos import TimedPattern as _TimedPattern
except ImportError:  # NLTK before 3.10: plain patterns, no timeout
    _TimedPattern = None

_DIGIT = re.compile(r"\d")
"""A decimal digit (Unicode category Nd), as ``\\d`` in Punkt's numeric pattern."""
DEFAULT_ABBREVIATIONS = data_file("abbreviations.txt")
NAME_PREFIXES = data_file("name_prefixes.txt")
TRAINING_LIMIT = 500_000
"""Characters of text the trainer reads at most: enough to learn a genre, bounded for big corpora."""
DECIDED_CONTEXTS = 100_000
"""Candidate-break contexts whose decision a splitter keeps (the most recently used), bounded for big corpora."""


@functools.lru_cache(maxsize=4)
def load_abbreviations(path: str | Path = DEFAULT_ABBREVIATIONS) -> frozenset[str]:
    """The curated abbreviations, lower case, without their final period."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower().rstrip(".") for line in lines if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _name_prefixes() -> tuple[str, ...]:
    """``data/name_prefixes.txt``: abbreviations that stand before a name ("U.N."), each after a space."""
    lines = NAME_PREFIXES.read_text(encoding="utf-8").splitlines()
    return tuple(" " + line.strip() for line in lines if line.strip() and not line.startswith("#"))


_NAME_GOES_ON = re.compile(r"[“\"‘']?[A-Z][\w’'.\-]*(?:\s+(?:of|for|on)(?:\s+the)?)?(?:\s+[A-Z][\w’'.\-]*){1,3}")
"""The opening of a name of two to four capitalised words, or with "of", "for" or "on" after its first."""


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The ``title`` words of ``data/speaker_words.csv``, case folded (read on first use, not at import)."""
    return frozenset(w.casefold() for w in word_class("title"))


def _trusted(pattern: Any) -> Any:
    """``pattern`` without NLTK's ReDoS timeout: a ``nltk.redos.TimedPattern`` (NLTK 3.10 and
    later) compiled again from its own source and flags with the engine it wraps (:mod:`regex`),
    so it matches exactly as before; a plain compiled pattern (older NLTK) as it is."""
    if _TimedPattern is None or not isinstance(pattern, _TimedPattern):
        return pattern
    import regex  # NLTK's (and dateparser's) own engine: installed with them

    return regex.compile(pattern.pattern, pattern.flags)


ENGINES_DISAGREE = re.compile("[\x1c-\x1f]")
"""The characters :mod:`re` reads as white space (``\\s``) and :mod:`regex` does not (the information
separators): the only ones on which the two engines differ for ``\\s`` and ``\\S`` (a test checks every
code point)."""


@functools.lru_cache(maxsize=1)
def _engines_disagree_on(text: str) -> bool:
    """Whether ``text`` holds one of :data:`ENGINES_DISAGREE`, found once for the text last asked about:
    the splitter reads each paragraph with two of the patterns (its candidate breaks, then the closing
    marks that open a sentence)."""
    return ENGINES_DISAGREE.search(text) is not None


class WhiteSpacePattern:
    """A trusted Punkt pattern whose only character classes that depend on Unicode are ``\\s`` and
    ``\\S`` (no ``\\w``, ``\\d``, ``\\b``, no ignored case), run on :mod:`re` for a text without one of
    :data:`ENGINES_DISAGREE`, where the two engines find the same matches, and on NLTK's own engine
    otherwise. It offers the calls Punkt makes of these patterns."""

    _SHARED_FLAGS = re.MULTILINE | re.DOTALL | re.VERBOSE
    """The flags that mean the same to both engines (the rest are engine versions and defaults)."""

    def __init__(self, pattern: Any):
        self.nltk_pattern = pattern
        self.fast = re.compile(pattern.pattern, pattern.flags & self._SHARED_FLAGS)

    def engine_for(self, text: str) -> Any:
        """The compiled pattern that reads ``text``, and any piece of it, as NLTK's engine does, the
        faster one where it can."""
        return self.nltk_pattern if _engines_disagree_on(text) else self.fast

    def findall(self, text: str) -> list[Any]:
        """``findall`` of NLTK's pattern."""
        return self.engine_for(text).findall(text)

    def finditer(self, text: str) -> Iterator[Any]:
        """``finditer`` of NLTK's pattern."""
        return self.engine_for(text).finditer(text)

    def match(self, text: str) -> Any:
        """``match`` of NLTK's pattern."""
        return self.engine_for(text).match(text)


def _white_space_only(pattern: Any) -> Any:
    """``pattern`` (see :func:`_trusted`) run on :mod:`re` where that is safe: a :mod:`regex` pattern
    becomes a :class:`WhiteSpacePattern`; a plain :mod:`re` pattern (older NLTK) stays as it is."""
    pattern = _trusted(pattern)
    return pattern if isinstance(pattern, re.Pattern) else WhiteSpacePattern(pattern)


class PunktVars(PunktLanguageVars):
    """Punkt's English language variables with its patterns run without the timeout wrapper, and
    those that read only white space on :mod:`re` where it matches as NLTK's engine does."""

    re_boundary_realignment = _white_space_only(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self) -> Any:
        return self._kept("_re_word_tokenizer", super()._word_tokenizer_re)

    def word_tokenizer_for(self, text: str) -> Callable[[str], list[str]]:
        """NLTK's :meth:`word_tokenize` for ``text`` and any piece of it, the pattern's engine chosen
        once for the whole text (:meth:`WhiteSpacePattern.engine_for`) rather than at each piece."""
        pattern = self._word_tokenizer_re()
        return (pattern.engine_for(text) if isinstance(pattern, WhiteSpacePattern) else pattern).findall

    def period_context_re(self) -> Any:
        return self._kept("_re_period_context", super().period_context_re)

    def _kept(self, name: str, make: Any) -> Any:
        """The fast form of the pattern ``make`` returns, kept in ``name`` (where NLTK keeps it)."""
        try:
            return getattr(self, name)
        except AttributeError:
            setattr(self, name, _white_space_only(make()))
            return getattr(self, name)


@functools.lru_cache(maxsize=200_000)
def _punkt_type(tok: str) -> str:
    """Punkt's type of a token (lower case, numbers as ``##number##``), worked out once a word: most
    words come again and again."""
    # Only a token with a digit can be numeric: most have none, and need no substitution.
    return PunktWord._RE_NUMERIC.sub("##number##", tok.lower()) if _DIGIT.search(tok) else tok.lower()


class PunktWord(PunktToken):
    """Punkt's token with its patterns run without the timeout wrapper (same annotations)."""

    __slots__ = ()
    _RE_ELLIPSIS = _trusted(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _trusted(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _trusted(PunktToken._RE_INITIAL)
    _RE_ALPHA = _trusted(PunktToken._RE_ALPHA)
    _NON_PUNCT = _trusted(punkt._re_non_punct)

    def __init__(self, tok: str, **params: Any):
        self.tok = tok
        self.type = _punkt_type(tok)
        self.period_final = tok.endswith(".")
        self.parastart = self.linestart = self.sentbreak = self.abbr = self.ellipsis = None
        if params:  # only a line's first token has any
            for key, value in params.items():
                setattr(self, key, value)

    @property
    def is_non_punct(self) -> Any:
        """True if the token is either a number or is alphabetic."""
        return self._NON_PUNCT.search(self.type)

    # NLTK's next three properties, each read for every token, without the further properties or
    # the pattern they call (a test compares them with NLTK's on every token of the corpus).

    @property
    def first_case(self) -> str:
        """``"lower"``, ``"upper"`` or ``"none"``: the case of the token's first character."""
        first = self.tok[0]
        return "lower" if first.islower() else "upper" if first.isupper() else "none"

    @property
    def type_no_sentperiod(self) -> str:
        """The type with its final period removed if the token is marked as a sentence break."""
        typ = self.type
        return typ[:-1] if self.sentbreak and len(typ) > 1 and typ[-1] == "." else typ

    @property
    def is_ellipsis(self) -> bool:
        """Whether the token is two or more periods (NLTK's ``\\.\\.+$``, where ``$`` also takes a
        final line break)."""
        if not self.tok.startswith(".."):
            return False
        return not (self.tok[:-1] if self.tok.endswith("\n") else self.tok).strip(".")


def _first_pass_candidates(tokens: list[PunktToken], sent_end_chars: Iterable[str]) -> list[PunktToken]:
    """The tokens NLTK's first pass may mark (:func:`_may_be_marked`). It leaves any other token as it
    is, so it need not be called for one (most tokens)."""
    return [token for token in tokens if _may_be_marked(token.tok, sent_end_chars)]


def _may_be_marked(word: str, sent_end_chars: Iterable[str]) -> bool:
    """Whether NLTK's first pass may mark the token ``word``: a sentence-end character, an ellipsis
    (which opens with ".."), a word with a final period (an abbreviation or a break)."""
    return word.endswith(".") or word in sent_end_chars or word.startswith("..")


def _places_may_be_marked(words: list[str], sent_end_chars: Iterable[str]) -> list[int]:
    """The places of the words :func:`_may_be_marked`. Each word is first looked at by its first and
    last characters: such a word ends with a period or as a sentence-end character does, or opens with
    a period; most words do neither, and are passed over without the full test.

    >>> _places_may_be_marked(["He", "said", "so", ".", "Mr.", "...", "why", "?", ".x"], (".", "?", "!"))
    [3, 4, 5, 7]
    """
    last_characters = {"."} | {end[-1:] for end in sent_end_chars}
    return [i for i, word in enumerate(words)
            if (word[-1:] in last_characters or word[:1] == ".") and _may_be_marked(word, sent_end_chars)]


_LOWER_FLAGS, _UPPER_FLAGS = ({context: _ORTHO_MAP.get((context, case), 0) for context in ("initial", "internal", "unknown")}
                              for case in ("lower", "upper"))
"""NLTK's orthographic flag of a token by its context, for a first character in lower and in upper case
(:data:`nltk.tokenize.punkt._ORTHO_MAP`, which has none for a character of neither case)."""


class CorpusTrainer(PunktTrainer):
    """Punkt's trainer, training on a document from its words, with a token made only where one is read
    (the tokens the first pass may mark and those that follow a period), and reclassifying only the
    types that can change class: the same parameters (a test compares them with NLTK's). Verbose
    training, which prints what it learns, is NLTK's own.

    A collocation (a full stop that ends no sentence before a given word) is learned only after an
    abbreviation, a number or an initial ("Jan. 5", "W. Giuliani"), never after an ordinary word: in a
    small corpus of news, "said. But" comes often enough to pass for one, and glues two sentences."""

    INCLUDE_ALL_COLLOCS = False
    INCLUDE_ABBREV_COLLOCS = True

    def train(self, text: str, verbose: bool = False, finalize: bool = True) -> None:
        """NLTK's ``train``: learn from ``text`` (and finalise the parameters if ``finalize``)."""
        if verbose or self._Token is not PunktWord:  # the words' types are PunktWord's
            super().train(text, verbose, finalize)
            return
        self._train_words(*self._read_words(text))
        if finalize:
            self.finalize_training(verbose)

    def _read_words(self, plaintext: str) -> tuple[list[str], list[tuple[int, bool]]]:
        """The words of ``plaintext`` as NLTK reads them into tokens, and each line's first word (its
        place among the words) with whether it opens a paragraph: each line's words (NLTK skips a blank
        line, and a line with no word), a paragraph opening after a blank line."""
        words: list[str] = []
        lines: list[tuple[int, bool]] = []
        word_tokenize = self._lang_vars.word_tokenize
        parastart = False
        for line in plaintext.split("\n"):
            if not line.strip():
                parastart = True
                continue
            line_words = word_tokenize(line)
            if not line_words:
                continue
            lines.append((len(words), parastart))
            parastart = False
            words += line_words
        return words, lines

    def _train_words(self, words: list[str], lines: list[tuple[int, bool]]) -> None:
        """NLTK's training on one document's tokens (``_train_tokens``), its steps in its order, read from
        the words (:meth:`_read_words`): the tally of types made by a :class:`~collections.Counter` (then
        added to NLTK's, types in the order first seen, as NLTK adds them); the first pass, which marks no
        other token, on the tokens it may mark, made once; the counts of tokens that end in a period and
        of sentence breaks read from those tokens, which hold them all; and the pairs whose first token
        ends in a period, each second token that is not one of them made for the pair."""
        self._finalized = False
        types = list(map(_punkt_type, words))  # a PunktWord's type
        type_counts = self._type_fdist
        for typ, count in Counter(types).items():
            type_counts[typ] += count
        opens = dict(lines)

        def token(i: int) -> PunktToken:
            opening = opens.get(i)
            return self._Token(words[i]) if opening is None else self._Token(words[i], parastart=opening, linestart=True)

        sent_end_chars = self._lang_vars.sent_end_chars
        marked = _places_may_be_marked(words, sent_end_chars)
        tokens: list[PunktToken | None] = [None] * len(words)  # the tokens made, by place
        for i in marked:
            tokens[i] = token(i)
        self._num_period_toks += sum(1 for i in marked if tokens[i].period_final)
        # the types as NLTK's set of them holds them (added in the tokens' order, so read in the same order)
        for abbreviation, score, is_add in self._reclassify_abbrev_types(set(types)):
            if score >= self.ABBREV:
                if is_add:
                    self._params.abbrev_types.add(abbreviation)
            elif not is_add:
                self._params.abbrev_types.remove(abbreviation)
        for i in marked:
            self._first_pass_annotation(tokens[i])
        self._count_orthography(words, types, lines, tokens)
        self._sentbreak_count += sum(1 for i in marked if tokens[i].sentbreak)
        last = len(words) - 1
        for i in marked:
            first = tokens[i]
            if i == last or not first.period_final:
                continue
            second = token(i + 1) if tokens[i + 1] is None else tokens[i + 1]
            if self._is_rare_abbrev_type(first, second):
                self._params.abbrev_types.add(first.type_no_period)
            if self._is_potential_sent_starter(second, first):
                self._sent_starter_fdist[second.type] += 1
            if self._is_potential_collocation(first, second):
                self._collocation_fdist[(first.type_no_period, second.type_no_sentperiod)] += 1

    def _reclassify_abbrev_types(self, types: Iterable[str]) -> Iterator[tuple[str, float, bool]]:
        """NLTK's reclassification of ``types`` (``(type, score, is_add)``, step for step as NLTK's own),
        with its test for a letter run on its engine without the timeout (:attr:`PunktWord._NON_PUNCT`),
        which costs more than the rest, and made only for a type NLTK does not skip at once (one that ends
        in a period and already is an abbreviation, or that does not and is not): NLTK's tests come in
        another order, but none has an effect. The abbreviations are read at each type, as NLTK reads them
        (the caller adds and removes them between types), so the same types are reclassified in the same order.
        """
        type_counts = self._type_fdist
        for typ in types:
            is_add = typ.endswith(".")
            if is_add == (typ in self._params.abbrev_types) or typ == "##number##" or not PunktWord._NON_PUNCT.search(typ):
                continue
            if is_add:
                typ = typ[:-1]
            num_periods = typ.count(".") + 1
            num_nonperiods = len(typ) - num_periods + 1
            count_with_period, count_without_period = type_counts[typ + "."], type_counts[typ]
            log_likelihood = self._dunning_log_likelihood(count_with_period + count_without_period, self._num_period_toks,
                                                          count_with_period, type_counts.N())
            f_penalty = int(self.IGNORE_ABBREV_PENALTY) or math.pow(num_nonperiods, -count_without_period)
            yield typ, log_likelihood * math.exp(-num_nonperiods) * num_periods * f_penalty, is_add

    def _count_orthography(self, words: list[str], types: list[str], lines: list[tuple[int, bool]],
                           tokens: list[PunktToken | None]) -> None:
        """NLTK's count of the cases each type is seen in at a sentence's start, inside one, or where
        that is unknown (``_get_orthography_data``), read from the words, their types, the lines' first
        words (:meth:`_read_words`) and the tokens of the first pass (``None`` for a word it leaves
        alone: no break, abbreviation or ellipsis): the case of a word's first character and its type
        without a sentence period worked out in line, line by line (a test compares the table with NLTK's)."""
        ortho_context = self._params.ortho_context  # read here: training replaces the table between documents
        context = "internal"
        ends = [begin for begin, _ in lines[1:]] + [len(words)]
        for (begin, parastart), end in zip(lines, ends):
            if parastart and context != "unknown":
                context = "initial"
            if context == "internal":  # a line's start
                context = "unknown"
            for i in range(begin, end):
                first, typ, token = words[i][0], types[i], tokens[i]
                flag = _LOWER_FLAGS[context] if first.islower() else _UPPER_FLAGS[context] if first.isupper() else 0
                if token is None:
                    if flag:
                        ortho_context[typ] |= flag
                    context = "internal"
                    continue
                if flag:
                    ortho_context[typ[:-1] if token.sentbreak and len(typ) > 1 and typ[-1] == "." else typ] |= flag
                if token.sentbreak:
                    context = "unknown" if token.is_number or token.is_initial else "initial"
                elif token.ellipsis or token.abbr:
                    context = "unknown"
                else:
                    context = "internal"


class SentenceSplitter(PunktSentenceTokenizer):
    """Punkt's sentence tokenizer, deciding a candidate break and realigning the sentences without
    NLTK's chains of generators."""

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
        """NLTK's sentence spans of ``text``: with ``realign_boundaries``, those of :meth:`_spans`."""
        if not realign_boundaries:
            return super().span_tokenize(text, realign_boundaries)
        return iter(self._spans(text))

    def _match_potential_end_contexts(self, text: str) -> Iterator[tuple[Any, str]]:
        """NLTK's candidate breaks of ``text`` with their contexts (the word before the break, the
        break and what follows it), the word before each read back from the break in place, not from
        a copy of the text since the last break passed to a method (a test compares them with NLTK's).

        As NLTK's, the word before a break opens after the last white space (of :data:`string.whitespace`)
        since the last word read; with none there, or one only at that word's end, it is the last word
        read again, and that break, whose word overlaps the last one's, is not given."""
        previous_match, previous_start, previous_stop = None, 0, 0
        for match in self._lang_vars.period_context_re().finditer(text):
            at = match.start()
            space = at - 1  # the last white space in text[previous_stop:at], if not its first character
            while space > previous_stop and text[space] not in string.whitespace:
                space -= 1
            start = space + 1 if space > previous_stop else previous_start
            if previous_match and previous_stop <= start:
                yield previous_match, text[previous_start:previous_stop] + previous_match.group() + previous_match.group("after_tok")
            previous_match, previous_start, previous_stop = match, start, at
        if previous_match:
            yield previous_match, text[previous_start:previous_stop] + previous_match.group() + previous_match.group("after_tok")

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """The spans NLTK's ``span_tokenize`` gives, in two loops over lists where NLTK pipes each
        paragraph through three generators (its ``_slices_from_text``, ``_pair_iter`` and
        ``_realign_boundaries``), several a paragraph: the same breaks, then each sentence with the
        closing marks that open the next one moved onto it (a test compares the spans with NLTK's)."""
        breaks, last_break = [], 0
        contains_sentbreak = self._decided_contexts
        for match, context in self._match_potential_end_contexts(text):
            if contains_sentbreak(context):
                breaks.append((last_break, match.end()))
                # the next sentence starts after the white space, or at the punctuation that follows
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        breaks.append((last_break, len(text.rstrip())))  # the last sentence, without trailing white space
        # The closing marks that open a sentence are matched in place (not in a copy of the sentence),
        # with the engine chosen once for the whole text: it reads every piece of it as NLTK's does.
        realignment = self._lang_vars.re_boundary_realignment
        if isinstance(realignment, WhiteSpacePattern):
            realignment = realignment.engine_for(text)
        spans, realign = [], 0
        for (start, stop), following in zip(breaks, breaks[1:] + [None]):
            start += realign
            if following is not None:
                moved = realignment.match(text, following[0], following[1])
                if moved:
                    spans.append((start, following[0] + len(moved.group(0).rstrip())))
                    realign = moved.end() - following[0]
                    continue
                realign = 0
            if start < stop:  # text[start:stop] is not empty
                spans.append((start, stop))
        return spans

    @functools.cached_property
    def _decided_contexts(self) -> Callable[[str], bool]:
        """:meth:`text_contains_sentbreak`, decided once a context: the decision reads only the context
        and the trained parameters, which no longer change, and a context ("said. The") comes again
        and again, where deciding it costs a tokenisation and two passes of annotation."""
        return functools.lru_cache(maxsize=DECIDED_CONTEXTS)(self.text_contains_sentbreak)

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether a token of ``text`` before its last is a sentence break, as NLTK decides it.

        NLTK pipes the tokens through a first-pass, a pairing and a second-pass generator and stops
        at the first token after a break. The second pass of a token reads its successor after that
        one's first pass only, so annotating all tokens' first pass, then each pair in order, and
        stopping at the first break that has a successor, gives the same answer. The tokens are NLTK's
        words of each line, made without the paragraph and line starts that only training reads.
        """
        lang_vars = self._lang_vars
        word_tokenize = lang_vars.word_tokenizer_for(text) if isinstance(lang_vars, PunktVars) else lang_vars.word_tokenize
        tokens = [self._Token(word) for line in text.split("\n") if line.strip()  # NLTK skips a blank line
                  for word in word_tokenize(line)]
        for token in _first_pass_candidates(tokens, self._lang_vars.sent_end_chars):
            self._first_pass_annotation(token)
        for token, following in zip(tokens, tokens[1:]):
            self._second_pass_annotation(token, following)
            if token.sentbreak:
                return True
        return False


def train_sentence_splitter(
    texts: Iterable[str], *, abbreviations: Iterable[str] = ()
) -> PunktSentenceTokenizer:
    """A Punkt splitter trained on ``texts`` (up to :data:`TRAINING_LIMIT` characters).

    >>> splitter = train_sentence_splitter(["The U.S. said so. Then it left."], abbreviations=["u.s"])
    >>> splitter.tokenize("The U.S. has troops. Mr. Smith said no.")
    ['The U.S. has troops.', 'Mr. Smith said no.']
    """
    trainer = CorpusTrainer(lang_vars=PunktVars(), token_cls=PunktWord)
    budget = TRAINING_LIMIT
    for text in texts:
        if budget <= 0:
            break
        trainer.train(text[:budget], finalize=False)
        budget -= len(text)
    trainer.finalize_training()
    params: PunktParameters = trainer.get_params()
    params.abbrev_types.update(abbreviations)
    params.abbrev_types.add("mr")
    return SentenceSplitter(params, lang_vars=PunktVars(), token_cls=PunktWord)


def sentence_spans(splitter: PunktSentenceTokenizer, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text[start:end]``, as offsets into ``text``.

    Punkt ends a sentence at every full stop after an ordinary word, even where the next word
    is in lower case; in news text that is a stray stop (machine-altered copies put them
    mid-clause), so a piece whose first word has no capital, or that opens with a comma,
    semicolon or colon, continues the sentence before it. A first word with a capital inside
    ("eBay", "iPhone") still starts a sentence.

    >>> splitter = train_sentence_splitter(["They said so. Then it left."])
    >>> text = "Troops will start leaving by the end. of January. Nobody knows. eBay fell."
    >>> [text[a:b] for a, b in sentence_spans(splitter, text, 0, len(text))]
    ['Troops will start leaving by the end. of January.', 'Nobody knows.', 'eBay fell.']
    """
    spans: list[tuple[int, int]] = []
    for a, b in splitter.span_tokenize(text[start:end]):
        piece = text[start + a:start + b]
        if spans and (_continues(piece) or _name_after_prefix(text, spans[-1], piece)):
            spans[-1] = (spans[-1][0], start + b)
        else:
            spans.append((start + a, start + b))
    return spans


def _name_after_prefix(text: str, previous: tuple[int, int], piece: str) -> bool:
    """Whether a piece Punkt split off after an abbreviation that stands before names (``data/name_prefixes.txt``)
    opens with the name of an organisation or a title ("at the U.N. | Human Rights Council in Geneva", "the U.S. |
    Agency for International Development", "U.S. | President Trump"): the same sentence. A lone capitalised word
    ("... to the U.S. Officials said"), a sentence opener ("... across the U.S. The White House said") or a
    person's name ("... in the U.S. John Smith said") starts a new one."""
    if not text[max(previous[0] - 1, previous[1] - 7, 0):previous[1]].endswith(_name_prefixes()):
        return False  # most pieces: the name is not looked for
    name = _NAME_GOES_ON.match(piece)
    if name is None:
        return False
    words = [w.strip("“\"‘'") for w in name.group().split()]
    if words[0].lower() in word_class("function"):
        return False
    return any(w in word_class("organisation noun") or w.casefold() in _titles() for w in words)


def _continues(piece: str) -> bool:
    """Whether a piece Punkt split off reads as the rest of the sentence before it."""
    head = piece.lstrip("“”\"'‘’ ")
    if head[:1] in (",", ";", ":"):
        return True
    first = head.split(maxsplit=1)[0] if head else ""
    return first[:1].islower() and not any(c.isupper() for c in first)
