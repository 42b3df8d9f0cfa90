"""Whole-turn statements: transcript turns and interview answers."""

from __future__ import annotations

from newsbook import load_corpus
from newsbook.turns import interview_answers, transcript_turns


def document(make_corpus, text, **columns):
    return next(iter(load_corpus(make_corpus({"doc": text}, **columns))))


def test_transcript_turns_and_notes(make_corpus):
    text = ("Transcript\nSCOTT SIMON, HOST:\nGood morning.\nJANE DOE, BYLINE: Hello.\nMore from Jane.\n"
            "(SOUNDBITE OF ARCHIVED RECORDING)\nPRESIDENT JOHN ROE: (Non-English language spoken).\nDOE: Bye.\n")
    doc = document(make_corpus, text, format="transcript", authors="Scott Simon; Jane Doe")
    turns = transcript_turns(doc)
    assert [(t.speaker, doc.text[t.start:t.end]) for t in turns] == [
        ("Scott Simon", "Good morning."), ("Jane Doe", "Hello.\nMore from Jane."), ("Jane Doe", "Bye.")]
    assert doc.text[turns[1].speaker_start:turns[1].speaker_end] == "JANE DOE"
    assert interview_answers(doc) == []


def test_interview_needs_questions_and_an_interviewee(make_corpus):
    qa = ("Title\n\nWe spoke with Ana Lima, an economist.\n\nWhy now?\n\nBecause prices rose.\n\n"
          "What next?\n\nReforms, she hopes.The Conversation\n")
    doc = document(make_corpus, qa, outlet="The Conversation")
    answers = interview_answers(doc)
    assert [(a.speaker, doc.text[a.start:a.end]) for a in answers] == [
        ("Ana Lima", "Because prices rose."), ("Ana Lima", "Reforms, she hopes.")]      # the glued logo is left out
    assert doc.text[answers[0].cue_start:answers[0].cue_end] == "Why now?"
    rhetorical = "Title\n\nWhat now? Nobody knows.\n\nIs it over?\n\nThe troops arrived on Thursday.\n"
    assert interview_answers(document(make_corpus, rhetorical)) == []


def test_single_author_qa(make_corpus):
    text = "Title\n\nIntro text here.\n\nWhy?\n\nOne.\n\nHow?\n\nTwo.\n\nWhen?\n\nThree.\n"
    doc = document(make_corpus, text, authors="Ana Lima")
    assert [a.speaker for a in interview_answers(doc)] == ["Ana Lima"] * 3


def test_qa_transcript_answers_are_the_interviewees(make_corpus):
    text = ("Title\n\nRead the following Q&A with Hanscom Smith, US consul general, on Friday.\n\n"
            "Q1: Can you elaborate?\n\nA: Thank you for the question.\n\nMore of the answer.\n\n"
            "Q1-follow-up: And the firms?\n\nA: As I said.\n")
    doc = document(make_corpus, text, format="transcript")
    turns = transcript_turns(doc)
    assert [(t.speaker, doc.text[t.start:t.end]) for t in turns] == [
        ("Q", "Can you elaborate?"), ("Hanscom Smith", "Thank you for the question.\n\nMore of the answer."),
        ("Q", "And the firms?"), ("Hanscom Smith", "As I said.")]
    assert doc.text[turns[1].speaker_start:turns[1].speaker_end] == "Hanscom Smith"
    unnamed = document(make_corpus, "Title\n\nAn interview.\n\nQ: Why?\n\nA: Because.\n", format="transcript")
    assert [t.speaker for t in transcript_turns(unnamed)] == ["Q", "A"]  # no interviewee named: the label


def test_an_outlet_is_no_interviewee(make_corpus):
    qa = ("Title\n\nIn an interview with Fox News, the minister spoke. We spoke with Ana Lima, an economist.\n\n"
          "Why now?\n\nBecause prices rose.\n\nWhat next?\n\nReforms, she hopes.\n")
    assert [a.speaker for a in interview_answers(document(make_corpus, qa))] == ["Ana Lima", "Ana Lima"]
    outlet_only = ("Title\n\nShe spoke to The Associated Press on Monday.\n\nWhy now?\n\nBecause prices rose.\n\n"
                   "What next?\n\nReforms.\n")
    assert interview_answers(document(make_corpus, outlet_only)) == []
