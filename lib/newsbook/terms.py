"""Terms: normalised word tokens of a document's content, streamed one document at a time.

Normalisation (one rule set for the counted text and for the terms a reader asks for):
curly apostrophes become ``'``; a contraction or word in the stopword list (``data/stopwords.txt``) is
recognised before anything else is taken off it; a possessive ``'s`` goes ("Russia’s" -> "russia");
dotted initialisms lose their dots ("U.S." -> "US"); the token is case folded, except an initialism
(two to four capitals, dotted or not) whose lower-case form is a stopword, which stays in capitals so
"US" (the United States) is kept apart from "us"; optionally, Snowball's English stemmer (NLTK, no
download) reduces each part of the word ("protesters" -> "protest", "Russian-led" -> "russian-led").

A :class:`TokenStream` holds one document's content tokens (page chrome, transcript markers and speaker
labels excluded) as numpy arrays: ``surface`` (the token as written), ``key`` (the normalised term;
punctuation keeps its own character), ``key_id`` (the key's number, one per distinct key of the
corpus: :meth:`Normaliser.key_names` gives the keys back), ``word`` (a letter or digit in it), ``vocab``
(a word with a letter that is not a stopword: what term counts count), ``paragraph``, ``start, end`` (offsets into
``doc.text``) and ``word_index`` (words before the token). Bigrams join two adjacent vocabulary words of
one paragraph with nothing between them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from nltk.stem.snowball import SnowballStemmer

from newsbook.corpus import Corpus, Document
from newsbook.errors import CorpusError
from newsbook.memo import per_corpus
from newsbook.paths import data_file
from newsbook.tokens import SPACED_TOKEN, WORD_PATTERN

DEFAULT_STOPWORDS = data_file("stopwords.txt")
TOKEN_RE = re.compile(WORD_PATTERN, re.UNICODE | re.MULTILINE | re.DOTALL)
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")
_POSSESSIVE = re.compile(r"'s$", re.IGNORECASE)
_STEMMER = SnowballStemmer("english")


@functools.lru_cache(maxsize=8)
def load_stopwords(path: str | Path = DEFAULT_STOPWORDS) -> frozenset[str]:
    """The stopword list: one lower-case word a line, ``#`` comments and blank lines skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().replace("’", "'") for w in lines if w.strip() and not w.lstrip().startswith("#"))


class Normaliser:
    """Maps surface tokens to term keys, once per distinct token (dictionary caches).

    >>> norm = Normaliser(stem=True)
    >>> [norm.key(t) for t in ["Russia’s", "U.S.", "US", "us", "Protesters", "Russian-led"]]
    ['russia', 'US', 'US', 'us', 'protest', 'russian-led']
    >>> norm.is_vocabulary("us"), norm.is_vocabulary("US"), norm.is_vocabulary("2,500")
    (False, True, False)
    """

    def __init__(self, *, stem: bool = False, stopwords: Iterable[str] | None = None) -> None:
        self.stem = stem
        self.stopwords = frozenset(load_stopwords() if stopwords is None else stopwords)
        self._ids: dict[str, int] = {}
        """Each distinct token seen, numbered as added: its row in the tables below."""
        self._key_numbers: dict[str, int] = {}
        """Each distinct key, numbered as added (several tokens share a key)."""
        self._surface = np.empty(64, dtype=object)
        """Each distinct token (in its row) and its length: a stream gathers them by row."""
        self._length = np.zeros(64, dtype=np.int64)
        self._key = np.empty(64, dtype=object)
        self._key_id = np.zeros(64, dtype=np.int64)
        self._word = np.zeros(64, dtype=bool)
        self._vocab = np.zeros(64, dtype=bool)
        self._chunk_rows: dict[str, int] = {}
        """Each distinct chunk seen (a token with the white space before it, as :func:`document_stream`
        reads them), numbered as added: its row in the two tables below."""
        self._chunk_token = np.zeros(64, dtype=np.int64)
        """A chunk's token's row in the token tables, and the chunk's length."""
        self._chunk_length = np.zeros(64, dtype=np.int64)

    def _normalise(self, token: str) -> tuple[str, bool, bool]:
        if not any(ch.isalnum() for ch in token):
            return token, False, False
        plain = token.replace("’", "'").replace("‘", "'")
        if _INITIALISM.fullmatch(plain):
            plain = plain.replace(".", "")
        if plain.casefold() not in self.stopwords:
            plain = _POSSESSIVE.sub("", plain)
        folded = plain.casefold()
        if 2 <= len(plain) <= 4 and plain.isalpha() and plain.isupper() and folded in self.stopwords:
            return plain, True, True
        has_letter = any(ch.isalpha() for ch in plain)
        stop = folded in self.stopwords
        if self.stem and has_letter and not stop:
            folded = "-".join(_STEMMER.stem(part) for part in folded.split("-"))
        return folded, True, has_letter and not stop

    def _add(self, tokens: Iterable[str]) -> None:
        """Normalise and number the tokens not seen before (growing the tables by doubling)."""
        new = set(tokens).difference(self._ids)  # numbered in any order: a number only names a row
        if not new:
            return
        size = len(self._ids)
        self._make_room(("_surface", "_length", "_key", "_key_id", "_word", "_vocab"), size + len(new))
        for number, token in enumerate(new, start=size):
            self._ids[token] = number
            self._surface[number], self._length[number] = token, len(token)
            key, self._word[number], self._vocab[number] = self._normalise(token)
            self._key[number], self._key_id[number] = key, self._key_numbers.setdefault(key, len(self._key_numbers))

    def _make_room(self, names: tuple[str, ...], rows: int) -> None:
        """Grow the tables ``names`` (by doubling) to hold at least ``rows`` rows."""
        if rows <= len(getattr(self, names[0])):
            return
        capacity = max(2 * len(getattr(self, names[0])), rows)
        for name in names:
            old = getattr(self, name)
            grown = np.empty(capacity, dtype=object) if old.dtype == object else np.zeros(capacity, dtype=old.dtype)
            grown[:len(old)] = old
            setattr(self, name, grown)

    def _add_chunks(self, chunks: Iterable[str]) -> None:
        """Number ``chunks`` (none seen before), with their tokens (the chunk without its white space)."""
        new = list(set(chunks))  # unseen chunks (chunk_arrays looked them up), numbered in any order, like the tokens
        if not new:
            return
        tokens = [chunk.lstrip() for chunk in new]
        self._add(tokens)
        size = len(self._chunk_rows)
        self._make_room(("_chunk_token", "_chunk_length"), size + len(new))
        for number, (chunk, token) in enumerate(zip(new, tokens), start=size):
            self._chunk_rows[chunk] = number
            self._chunk_token[number], self._chunk_length[number] = self._ids[token], len(chunk)

    def entry(self, token: str) -> tuple[str, bool, bool]:
        """``(key, is_word, is_vocabulary)`` of one surface token."""
        if token not in self._ids:
            self._add((token,))
        number = self._ids[token]
        return self._key[number], bool(self._word[number]), bool(self._vocab[number])

    def key(self, token: str) -> str:
        """The term key of ``token``."""
        return self.entry(token)[0]

    def is_vocabulary(self, token: str) -> bool:
        """True for a word with a letter that is not a stopword."""
        return self.entry(token)[2]

    def arrays(self, tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``key, word, vocab`` arrays for a token sequence, normalising each distinct token once."""
        key, _, word, vocab = self.numbered_arrays(tokens)
        return key, word, vocab

    def numbered_arrays(self, tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`arrays` with the number of each key (``key, key_id, word, vocab``)."""
        return self._gather(self._rows(tokens))[2:]

    def token_arrays(self, tokens: Sequence[str]) -> tuple[np.ndarray, ...]:
        """``surface, length, key, key_id, word, vocab`` for a token sequence: :meth:`numbered_arrays`
        with the tokens (an object array) and their lengths in front, gathered by row like the rest
        rather than copied and measured a token at a time."""
        return self._gather(self._rows(tokens))

    def chunk_arrays(self, chunks: Sequence[str]) -> tuple[np.ndarray, ...]:
        """:meth:`token_arrays` of the tokens of ``chunks`` (each a token with the white space before it,
        as :func:`document_stream` reads them), and each chunk's length after them: the distinct chunks
        are numbered too, so that a chunk's token and length are gathered by row, not stripped and
        measured a chunk at a time. The chunks are looked up first and only those not seen before
        (``-1``) numbered then, rather than all gathered into a set to find the new ones."""
        chunk_rows = np.fromiter(map(self._chunk_rows.get, chunks, itertools.repeat(-1)), dtype=np.int64, count=len(chunks))
        unseen = np.flatnonzero(chunk_rows < 0)
        if len(unseen):
            new = [chunks[i] for i in unseen.tolist()]
            self._add_chunks(new)
            chunk_rows[unseen] = list(map(self._chunk_rows.__getitem__, new))
        return (*self._gather(self._chunk_token[chunk_rows]), self._chunk_length[chunk_rows])

    def _gather(self, rows: np.ndarray) -> tuple[np.ndarray, ...]:
        """``surface, length, key, key_id, word, vocab`` of the token table's ``rows``."""
        return (self._surface[rows], self._length[rows], self._key[rows], self._key_id[rows],
                self._word[rows], self._vocab[rows])

    def _rows(self, tokens: Sequence[str]) -> np.ndarray:
        """Each token's row in the tables, normalising the tokens not seen before."""
        self._add(tokens)
        return np.fromiter(map(self._ids.__getitem__, tokens), dtype=np.int64, count=len(tokens))

    def key_names(self) -> np.ndarray:
        """The key of each key number (an object array indexed by ``key_id``)."""
        names = np.empty(len(self._key_numbers), dtype=object)
        names[:] = list(self._key_numbers)  # numbered as added: the dictionary's order
        return names


@per_corpus
def corpus_normaliser(corpus: Corpus, *, stem: bool = False) -> Normaliser:
    """The :class:`Normaliser` of ``corpus`` for ``stem``, shared by every step that reads its terms
    (counts, tracked terms, forms, collocations), so that each distinct token is normalised, and
    stemmed, once per corpus. A token's key does not depend on the tokens read before it, so sharing
    changes no result."""
    return Normaliser(stem=stem)


@dataclass
class TokenStream:
    """One document's content tokens (see the module docstring for the arrays)."""

    doc_id: str
    outlet: str
    surface: np.ndarray
    key: np.ndarray
    key_id: np.ndarray
    word: np.ndarray
    vocab: np.ndarray
    paragraph: np.ndarray
    start: np.ndarray
    end: np.ndarray
    word_index: np.ndarray

    @property
    def words(self) -> int:
        """Word tokens of the content (the denominator of every rate)."""
        return int(self.word.sum())

    def bigram_positions(self) -> np.ndarray:
        """Token indices ``i`` where tokens ``i, i+1`` form a vocabulary bigram."""
        ok = self.vocab[:-1] & self.vocab[1:] & (self.paragraph[:-1] == self.paragraph[1:])
        return np.flatnonzero(ok)


def content_spans(doc: Document) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``paragraph, start, end`` of the content of ``doc``: its :meth:`Document.content_records`,
    from ``body_start`` so speaker labels stay out."""
    records = doc.content_records()
    return (np.array([p.paragraph for p in records], dtype=np.int64),
            np.array([p.body_start for p in records], dtype=np.int64),
            np.array([p.end for p in records], dtype=np.int64))


def document_stream(doc: Document, normaliser: Normaliser) -> TokenStream:
    """Tokenise the content of ``doc`` (speaker labels and page chrome excluded).

    The tokens are those of :func:`newsbook.tokens.token_spans`; since every character outside white
    space belongs to a token, one ``findall`` with the leading white space attached gives both the
    tokens and, by summing lengths, their offsets, without a match object per token.
    """
    text = doc.text
    numbers, begins, stops = content_spans(doc)
    chunks: list[str] = []
    sizes: list[int] = []
    for begin, stop in zip(begins.tolist(), stops.tolist()):
        found = SPACED_TOKEN.findall(text, begin, stop)
        chunks += found
        sizes.append(len(found))
    surface, length, key, key_id, word, vocab, chunk_length = normaliser.chunk_arrays(chunks)
    sizes = np.asarray(sizes, dtype=np.int64)  # tokens a paragraph
    # A paragraph's chunks tile it from its start: a token ends where the chunk lengths summed so far
    # (over the whole document, less those of earlier paragraphs) reach, counted from the paragraph's start.
    reach = np.cumsum(chunk_length)
    first = np.cumsum(sizes) - sizes
    earlier = np.concatenate([np.zeros(1, dtype=np.int64), reach])[first]
    end = reach + np.repeat(begins - earlier, sizes)
    start = end - length
    return TokenStream(doc.doc_id, doc.outlet, surface, key, key_id, word, vocab, np.repeat(numbers, sizes),
                       start, end, np.cumsum(word) - word)


def select_documents(corpus: Corpus, outlets: Sequence[str] | None = None) -> list[Document]:
    """The documents of ``outlets`` (all when empty or ``None``), in manifest order.

    Raises:
        CorpusError: an outlet the corpus does not have.
    """
    known = sorted({doc.outlet for doc in corpus})
    for outlet in outlets or []:
        if outlet not in known:
            raise CorpusError("parameters", "outlets", f"unknown outlet {outlet!r}; the corpus has: {', '.join(known)}")
    return [doc for doc in corpus if not outlets or doc.outlet in outlets]


def streams(corpus: Corpus, *, stem: bool = False, outlets: Sequence[str] | None = None) -> Iterator[TokenStream]:
    """One :class:`TokenStream` per selected document, built as it is needed."""
    normaliser = corpus_normaliser(corpus, stem=stem)
    for doc in select_documents(corpus, outlets):
        yield document_stream(doc, normaliser)


def parse_terms(terms: Sequence[str], normaliser: Normaliser) -> list[tuple[str, tuple[str, ...]]]:
    """``(term as given, its key sequence)`` for each term, normalised like the text.

    >>> parse_terms(["Russian troops", "U.S."], Normaliser(stem=True))
    [('Russian troops', ('russian', 'troop')), ('U.S.', ('US',))]

    Raises:
        CorpusError: the list is empty or a single string, or a term holds no word.
    """
    if isinstance(terms, str):
        raise CorpusError("parameters", "terms", f"give a list of terms, not one string: [{terms!r}]")
    if not terms:
        raise CorpusError("parameters", "terms", "the term list is empty: give at least one term, e.g. ['Russia']")
    parsed = []
    for term in terms:
        tokens = TOKEN_RE.findall(str(term))
        if not any(normaliser.entry(t)[1] for t in tokens):
            raise CorpusError("parameters", "terms", f"{term!r} holds no word to look for")
        parsed.append((str(term).strip(), tuple(normaliser.key(t) for t in tokens)))
    return parsed


def find_term(stream: TokenStream, keys: tuple[str, ...]) -> np.ndarray:
    """Token indices where the key sequence ``keys`` starts, within one paragraph."""
    size = len(keys)
    count = len(stream.key) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.int64)
    hit = np.ones(count, dtype=bool)
    for offset, key in enumerate(keys):
        hit &= stream.key[offset:offset + count] == key
    if size > 1:
        hit &= stream.paragraph[:count] == stream.paragraph[size - 1:size - 1 + count]
    return np.flatnonzero(hit)


def term_hits(
    corpus: Corpus, terms: Sequence[str], *, stem: bool = False, outlets: Sequence[str] | None = None
) -> Iterator[tuple[Document, TokenStream, str, tuple[str, ...], np.ndarray]]:
    """``(document, its stream, term, normalised keys, indices of the term's first tokens)`` for every
    tracked term in every selected document: the shared walk behind tracked counts and dispersion.

    Raises:
        CorpusError: the term list is empty, a term holds no word, or an outlet is unknown.
    """
    normaliser = corpus_normaliser(corpus, stem=stem)
    parsed = parse_terms(terms, normaliser)
    for doc in select_documents(corpus, outlets):
        stream = document_stream(doc, normaliser)
        for term, keys in parsed:
            yield doc, stream, term, keys, find_term(stream, keys)
