"""Sentence splitting: Punkt trained on the corpus, with the curated abbreviations."""

from __future__ import annotations

import re

import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktToken, PunktTrainer

from newsbook.sentences import (ENGINES_DISAGREE, CorpusTrainer, PunktVars, PunktWord, WhiteSpacePattern,
                                _first_pass_candidates, load_abbreviations, sentence_spans, train_sentence_splitter)


@pytest.fixture(scope="module")
def splitter(corpus):
    return corpus.splitter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. has already condemned it. Troops arrived.", ["The U.S. has already condemned it.", "Troops arrived."]),
        ("Mr. Tokayev spoke on Jan. 7 in Almaty. He left.", ["Mr. Tokayev spoke on Jan. 7 in Almaty.", "He left."]),
        ("Dr. Hill said so. Gen. Smith agreed.", ["Dr. Hill said so.", "Gen. Smith agreed."]),
        ("“It is over,” he said. “We won.”", ["“It is over,” he said.", "“We won.”"]),
        ("Is it over? No. It is not!", ["Is it over?", "No.", "It is not!"]),
        ("He paid $2.5 billion. It was 3 p.m. on Friday.", ["He paid $2.5 billion.", "It was 3 p.m. on Friday."]),
    ],
)
def test_splits(splitter, text, expected):
    assert splitter.tokenize(text) == expected


def test_a_full_stop_after_an_ordinary_word_is_no_collocation():
    """Training learns no collocation after an ordinary word: "said. But" ends a sentence however often it comes."""
    body = ("The minister said the talks would go on. Officials said they expected a deal soon. "
            "The plan was agreed on Monday, the sources said. But it was not clear what would happen next. ") * 2
    splitter = train_sentence_splitter([body + "Prices rose sharply, traders said. But the rally faded by noon."])
    assert splitter.tokenize("The deal was close, the sources said. But it was not clear.") == [
        "The deal was close, the sources said.", "But it was not clear."]
    assert not splitter._params.collocations


def test_abbreviation_list_loaded():
    abbreviations = load_abbreviations()
    assert {"u.s", "mr", "jan"} <= abbreviations


def test_training_is_deterministic(corpus):
    texts = [doc.text for doc in corpus]
    a = train_sentence_splitter(texts, abbreviations=load_abbreviations())
    b = train_sentence_splitter(texts, abbreviations=load_abbreviations())
    sample = corpus["ap-2022-01-08-kazakhstan-ukraine-talks"].text
    assert a.tokenize(sample) == b.tokenize(sample)


def test_sentences_stay_inside_paragraphs(corpus):
    for doc in corpus:
        sentences = corpus.document_sentences(doc.doc_id)
        paragraphs = doc.paragraphs.set_index("paragraph")
        for row in sentences.itertuples():
            assert paragraphs.loc[row.paragraph, "body_start"] <= row.start < row.end <= paragraphs.loc[row.paragraph, "end"]


def _content_texts(corpus) -> list[str]:
    return ["\n\n".join(doc.text[p.body_start:p.end] for p in doc.content_records()) for doc in corpus]


def _nltk_parameters(texts: list[str]) -> PunktParameters:
    """What NLTK's own trainer learns from ``texts``, document by document as the splitter trains."""
    trainer = PunktTrainer(lang_vars=PunktVars(), token_cls=PunktWord)
    trainer.INCLUDE_ALL_COLLOCS = CorpusTrainer.INCLUDE_ALL_COLLOCS
    trainer.INCLUDE_ABBREV_COLLOCS = CorpusTrainer.INCLUDE_ABBREV_COLLOCS
    for text in texts:
        trainer.train(text, finalize=False)
    return trainer.get_params()


def test_trainer_learns_what_nltk_learns(corpus):
    """The trainer reclassifies only the types NLTK would not skip: the same parameters, abbreviations
    that come and go between documents included."""
    texts = _content_texts(corpus) + ["The U.S. and the u.s. said so. Mr. Hill left. Jan. 5 was cold. jan. 6 too.",
                                      "", "\n\n", "End.", "A.\n\nB. c.\nD... e\n \n\ny. 5. (Z.) ?", "no. 5 and no. Six."]
    trainer = CorpusTrainer(lang_vars=PunktVars(), token_cls=PunktWord)
    for text in texts:
        trainer.train(text, finalize=False)
    ours, theirs = trainer.get_params(), _nltk_parameters(texts)
    assert ours.abbrev_types == theirs.abbrev_types
    assert ours.collocations == theirs.collocations
    assert ours.sent_starters == theirs.sent_starters
    assert dict(ours.ortho_context) == dict(theirs.ortho_context)


def test_sentence_breaks_decided_as_nltk_decides(splitter, corpus):
    """Every candidate break of the corpus, and some made up, gets NLTK's own decision."""
    contexts = [context for text in _content_texts(corpus) for _, context in splitter._match_potential_end_contexts(text)]
    contexts += ["J. Bach", "3. The", "etc. and", "U.S. Army", "... And", "no. 5", "He left.\nThen", "? No", "!)",
                 "He left.\n\x1c", "He left.\n\x1f\nThen"]  # str.strip empties a line of separators, regex reads them as words
    for context in contexts:
        assert splitter.text_contains_sentbreak(context) == PunktSentenceTokenizer.text_contains_sentbreak(splitter, context), context


def test_a_context_is_decided_once():
    """The splitter keeps each candidate break's decision: a context met again is not decided anew
    (the parameters it reads are fixed once trained), and the spans stay NLTK's."""
    splitter = train_sentence_splitter(["They said so. Then it left."])
    text = "He said so. Then he left. He said so. Then he left. Mr. Smith came."
    spans = list(splitter.span_tokenize(text))
    decided = splitter._decided_contexts.cache_info()
    assert decided.hits >= 1  # "so. Then" twice in one text
    assert list(splitter.span_tokenize(text)) == spans == list(PunktSentenceTokenizer.span_tokenize(splitter, text))
    assert splitter._decided_contexts.cache_info().misses == decided.misses


def test_engines_disagree_on_white_space_only_where_said():
    """:mod:`re` and NLTK's :mod:`regex` read ``\\s`` alike but for :data:`ENGINES_DISAGREE`."""
    regex = pytest.importorskip("regex")
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    differ = set(re.findall(r"\s", every)) ^ set(regex.findall(r"\s", every))
    assert differ == set(ENGINES_DISAGREE.findall(every))


@pytest.mark.parametrize("separator", ["\x1c", "\x1f", "\u2028", "\xa0"])
def test_white_space_patterns_split_as_nltk_engine(separator):
    """A text holding a character the engines disagree on is read by NLTK's engine."""
    variables = PunktVars()
    text = f"He left.{separator}Then it rained. “Go.”{separator}Mr. Hill{separator}said no... And so"
    for pattern in (variables._word_tokenizer_re(), variables.period_context_re(), variables.re_boundary_realignment):
        if isinstance(pattern, WhiteSpacePattern):
            assert pattern.findall(text) == pattern.nltk_pattern.findall(text)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.nltk_pattern.finditer(text)]
            assert bool(pattern.match(text[8:])) == bool(pattern.nltk_pattern.match(text[8:]))


def test_token_properties_as_nltk_reads_them(corpus):
    """The properties :class:`PunktWord` computes in one step say what NLTK's own say."""
    words = [token for text in _content_texts(corpus) for token in PunktVars().word_tokenize(text)]
    words += ["..", "...", ".", "...\n", "..\n\n", ". .", "a..", "É", "1st", "“Go", "..a", "$5.", "i.e."]
    for word in words:
        for sentbreak in (None, True):
            ours, theirs = PunktWord(word), PunktToken(word)
            ours.sentbreak = theirs.sentbreak = sentbreak
            assert ours.first_case == theirs.first_case, word
            assert ours.type_no_sentperiod == theirs.type_no_sentperiod, word
            assert bool(ours.is_ellipsis) == bool(theirs.is_ellipsis), word


def test_first_pass_leaves_other_tokens_as_they_are(splitter, corpus):
    """The first pass runs only for :func:`_first_pass_candidates`: on any other token NLTK's own
    first pass marks nothing (every token of the corpus, and marks and dots of every kind)."""
    words = {token for text in _content_texts(corpus) for token in PunktVars().word_tokenize(text)}
    words |= {"..", "...", ".", "...\n", "..\n", ". .", "a..", "..a", "?", "!", "?!", "!.", "etc.", "U.S.", "Mr.", "-", "“"}
    tokens = [PunktToken(word) for word in sorted(words)]
    chosen = {id(token) for token in _first_pass_candidates(tokens, splitter._lang_vars.sent_end_chars)}
    for token in tokens:
        before = (token.sentbreak, token.abbr, token.ellipsis)
        PunktSentenceTokenizer._first_pass_annotation(splitter, token)
        assert id(token) in chosen or (token.sentbreak, token.abbr, token.ellipsis) == before, token.tok


def test_spans_as_nltk_gives_them(splitter, corpus):
    """The splitter's one-loop spans are those of NLTK's generators, on every paragraph and on
    closing marks that realign (a quotation or bracket closed after the stop, at the text's end)."""
    extra = ' ("It fell.") Next one. (He said so.) "Yes." Then [one.] ]\n\n\'No.\'  '
    for doc in corpus:
        for paragraph in doc.paragraph_records:
            for text in (paragraph.text, paragraph.text + extra, extra, "", "   "):
                assert list(splitter.span_tokenize(text)) == list(PunktSentenceTokenizer.span_tokenize(splitter, text))
    assert list(splitter.span_tokenize("A. B.", realign_boundaries=False)) == list(
        PunktSentenceTokenizer.span_tokenize(splitter, "A. B.", realign_boundaries=False))


def test_end_contexts_as_nltk_finds_them(splitter, corpus):
    """The candidate breaks and their contexts are NLTK's, on every paragraph and on made-up texts
    (breaks with no white space between them, white space at a word's edge, tabs and line breaks)."""
    made_up = ["Very bad acting!!! I promise.", "a.b.c. d", ".x. .y", " . . ", "U.S.\tArmy. Then\n(Yes.) No.",
               "end.\x0bNext. A", "", "...", "x!y?z. w", "he said.\r\nThen"]
    texts = [p.text for doc in corpus for p in doc.paragraph_records] + made_up
    for text in texts:
        ours = [(m.span(), context) for m, context in splitter._match_potential_end_contexts(text)]
        theirs = [(m.span(), context) for m, context in PunktSentenceTokenizer._match_potential_end_contexts(splitter, text)]
        assert ours == theirs, text


class _SplitsAt:
    """A splitter that breaks a text after the given words (Punkt's breaks, written out)."""

    def __init__(self, *after: str):
        self.after = after

    def span_tokenize(self, text: str):
        start = 0
        for word in self.after:
            stop = text.index(word, start) + len(word)
            yield start, stop
            start = stop + 1
        yield start, len(text)


@pytest.mark.parametrize(("text", "after", "expected"), [
    ("He spoke at the U.N. Human Rights Council in Geneva.", ["U.N."], 1),  # a name goes on after "U.N."
    ("The U.S. Agency for International Development said so.", ["U.S."], 1),
    ("He went back to the U.S. Officials said he was tired.", ["U.S."], 2),  # "officials" would be in lower case
    ("He went back to the U.S. He said so.", ["U.S."], 2),
    ("It hurt farmers across the U.S. The White House said so.", ["U.S."], 2),  # a sentence opener
    ("He spent weeks in the U.S. John Smith, his deputy, said so.", ["U.S."], 2),  # a person's name
    ("He met U.S. President Donald Trump on Friday.", ["U.S."], 1),  # a title
    ("He met the chairman of Acme Inc. Human Rights Watch said so.", ["Inc."], 2),  # no listed prefix
])
def test_a_name_after_an_abbreviation_that_stands_before_names_continues_the_sentence(text, after, expected):
    assert len(sentence_spans(_SplitsAt(*after), text, 0, len(text))) == expected
