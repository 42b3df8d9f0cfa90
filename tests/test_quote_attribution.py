"""Attribution rules of English news writing, each on invented sentences of its kind.

Every case is a small article (a lead paragraph, the paragraph under test, a closing one) or a
transcript; the expected rows are ``(kind, speaker, text)``. The sentences are written for these
tests: wire style (AP, Reuters), broadcast (BBC, VOA) and transcripts (NPR).
"""

from __future__ import annotations

import pandas as pd
import pytest

from newsbook import load_corpus
from newsbook.quotes import quotes_table

LEAD = "Fighting went on in the east of the country for a third day on Monday, residents' accounts show."
END = "The war began in 2022."


@pytest.fixture
def rows(make_corpus):
    """``rows(paragraphs, **manifest)`` -> ``(kind, speaker, text)`` of an article made of them."""

    def run(*paragraphs: str, **columns: str) -> list[tuple[str, str, str]]:
        text = "Title\n\n" + "\n\n".join((LEAD, *paragraphs, END)) + "\n"
        corpus = load_corpus(make_corpus({"doc": text}, **columns))
        table = quotes_table(corpus)
        for row in table.itertuples():
            assert corpus["doc"].text[row.start:row.end] == row.text
        return [(r.kind, r.speaker, r.text) for r in table.itertuples()]

    return run


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # AP: content, then the cue and the speaker with an appositive
        (["The ministry did not give details, said Maria Ortiz, a spokeswoman for the Foreign Ministry."],
         [("indirect", "Maria Ortiz", "The ministry did not give details")]),
        # a dateline, then ", officials said Tuesday." (the time after the cue is no content)
        (["KYIV, Ukraine (AP) — Russian forces shelled the city overnight, Ukrainian officials said Tuesday."],
         [("indirect", "Ukrainian officials", "Russian forces shelled the city overnight")]),
        # Reuters: "told Reuters that"; "said in a statement on Tuesday that"
        (["Two senior officials told Reuters that the talks had stalled over security guarantees."],
         [("indirect", "two senior officials", "the talks had stalled over security guarantees.")]),
        (["Prime Minister Ana Silva said in a statement on Tuesday that the government would not resign."],
         [("indirect", "Ana Silva", "the government would not resign.")]),
        # a time right after the cue, then the clause without "that"
        (["The Kremlin said on Monday it had no plans to send more troops."],
         [("indirect", "Kremlin", "it had no plans to send more troops.")]),
        # "according to a statement from X": the statement's issuer
        (["The army has withdrawn from the town, according to a statement from the Defense Ministry."],
         [("indirect", "Defense Ministry", "The army has withdrawn from the town")]),
        (["A statement from the presidential office said the meeting had been constructive."],
         [("indirect", "presidential office", "the meeting had been constructive.")]),
        # "according to" a titled name
        (["The bridge will reopen next week, according to President Maria Lopez."],
         [("indirect", "Maria Lopez", "The bridge will reopen next week")]),
        # media as a source
        (["State media reported that the president had met the delegation on Sunday."],
         [("indirect", "state media", "the president had met the delegation on Sunday.")]),
        # "X was quoted as saying"; "Y quoted X as saying"
        (["Iran's foreign minister was quoted as saying that the country would respond."],
         [("indirect", "Iran's foreign minister", "the country would respond.")]),
        (["At least 16 people were killed, the charity quoted doctors at the clinic as saying."],
         [("indirect", "doctors at the clinic", "At least 16 people were killed")]),
        # written statements: "tweeted", "wrote on X that"
        (["Senator Jane Roe wrote on X that the bill would pass by Friday."],
         [("indirect", "Jane Roe", "the bill would pass by Friday.")]),
        (["“The situation on the ground is catastrophic,” Omar Said, head of the relief agency, wrote on X."],
         [("direct", "Omar Said", "The situation on the ground is catastrophic")]),
        # a cue after a quotation, the speaker with the words that describe them
        (["“We have not received any request,” Foreign Ministry spokeswoman Maria Zakharova said in a statement."],
         [("direct", "Maria Zakharova", "We have not received any request")]),
        (["The pipeline was damaged in the blast, state news agency Tass reported."],
         [("indirect", "Tass", "The pipeline was damaged in the blast")]),
        # "in an interview with"
        (["In an interview with The Associated Press, General Mark Lee said the troops would stay."],
         [("indirect", "Mark Lee", "the troops would stay.")]),
        # "claimed responsibility" reports no statement; the participle does
        (["The rebels claimed responsibility for the attack, saying they had targeted an army base."],
         [("indirect", "rebels", "they had targeted an army base.")]),
    ],
)
def test_wire_forms(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "X said Y had told him ...": each report is a row
        (["John Smith said Ann Jones had told him the deal was off."],
         [("indirect", "John Smith", "Ann Jones had told him the deal was off."),
          ("indirect", "Ann Jones", "the deal was off.")]),
        # a report nested in the content before an inverted cue
        (["It was good that the rebels said they would talk, President Maria Lopez added."],
         [("indirect", "Maria Lopez", "It was good that the rebels said they would talk"),
          ("indirect", "rebels", "they would talk")]),
        # the speaker's own aside does not cut the report
        (["The charity said a nurse had been killed when, it said, soldiers fired on the crowd."],
         [("indirect", "charity", "a nurse had been killed when, it said, soldiers fired on the crowd.")]),
        (["The foundation said the figures came from the ministry, which it says is not reliable."],
         [("indirect", "foundation", "the figures came from the ministry, which it says is not reliable.")]),
        # "X said A, but insisted that B": X both times
        (["The army has said it is examining the reports, but insisted that its soldiers followed orders."],
         [("indirect", "army", "it is examining the reports"), ("indirect", "army", "its soldiers followed orders.")]),
        # "she said she believed ...": what she believed
        (["Jane Roe said she believed the ceasefire would hold."],
         [("indirect", "Jane Roe", "the ceasefire would hold.")]),
        # a quotation inside nested reports belongs to the innermost speaker; "according to X" around a
        # report is its source, no statement of its own
        (["Premier Li told the envoy that trade was the “most important and most dangerous issue” in relations, according to state media."],
         [("indirect", "Li", "trade was the “most important and most dangerous issue” in relations"), ("direct", "Li", "most important and most dangerous issue")]),
        (["Premier Li told the envoy that trade was the “most important and most dangerous issue” in relations, state media reported."],
         [("indirect", "state media", "Premier Li told the envoy that trade was the “most important and most dangerous issue” in relations"),
          ("indirect", "Li", "trade was the “most important and most dangerous issue” in relations"), ("direct", "Li", "most important and most dangerous issue")]),
        # "Putin said A, he said": one statement
        (["So Maria Lopez said the attacks were planned abroad, she said, citing no evidence."],
         [("indirect", "Maria Lopez", "the attacks were planned abroad")]),
    ],
)
def test_nested_reports(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # institutions as written, without an article or a leading adjective before their name
        (["The U.N. refugee agency said more than 2 million people had fled the country."],
         [("indirect", "U.N. refugee agency", "more than 2 million people had fled the country.")]),
        (["Ten people were killed in the strike, the local Al-Amal hospital said."],
         [("indirect", "Al-Amal hospital", "Ten people were killed in the strike")]),
        # a news outlet is its name ("the Vedomosti newspaper" is Vedomosti)
        (["“The talks have failed,” declared the Vedomosti newspaper last week."],
         [("direct", "Vedomosti", "The talks have failed")]),
        # "the militant group", "its chairman": the organisation that spoke before
        (["Hamas said it would release three hostages on Saturday.",
          "The militant group said the release depended on the ceasefire holding."],
         [("indirect", "Hamas", "it would release three hostages on Saturday."),
          ("indirect", "Hamas", "the release depended on the ceasefire holding.")]),
        (["The Relief Foundation said the figures were wrong. Its chairman insisted the sites were safe."],
         [("indirect", "Relief Foundation", "the figures were wrong."),
          ("indirect", "Relief Foundation chairman", "the sites were safe.")]),
        # a group with what qualifies it before the cue; the same group named shorter later
        (["A senior Egyptian official familiar with the talks told the BBC that both sides had agreed.",
          "The official said a deal could come within days."],
         [("indirect", "senior Egyptian official familiar with the talks", "both sides had agreed."),
          ("indirect", "senior Egyptian official familiar with the talks", "a deal could come within days.")]),
        (["“The gap is still wide,” one of the officials said."],
         [("direct", "one of the officials", "The gap is still wide")]),
        # an owner's office is dropped from a group's name, a courtesy title is not
        (["President Ana Silva's government has said it wants to cut fuel subsidies."],
         [("indirect", "Ana Silva's government", "it wants to cut fuel subsidies.")]),
        # after an inverted cue, a group followed by a verb is the report's subject, not the speaker
        (["The governor of the region, Oleg Petrov, said two people were wounded."],
         [("indirect", "Oleg Petrov", "two people were wounded.")]),
        (["Lebanon's prime minister, Najib Karam, said his government was doing everything it could."],
         [("indirect", "Najib Karam", "his government was doing everything it could.")]),
        # an institution's name goes on past "of (the)", a person's does not; "the bank" is the one named so
        (["The Bank of England said rates would rise. Prices will fall, according to the Bank of England.",
          "The International Committee of the Red Cross condemned the attack, saying it had not been told.",
          "The bank said it would act. John Herbst of the Atlantic Council said Russia would stay."],
         [("indirect", "Bank of England", "rates would rise."),
          ("indirect", "Bank of England", "Prices will fall"),
          ("indirect", "International Committee of the Red Cross", "it had not been told."),
          ("indirect", "Bank of England", "it would act."),
          ("indirect", "John Herbst", "Russia would stay.")]),
        # a bracket after the name is skipped; a name the text gives an acronym is that acronym
        (["Human Rights Watch (HRW) said the arrests were illegal. Senator Jane Roe (D-Ohio) said the bill would pass.",
          "HRW said more arrests followed. Human Rights Watch said the court agreed."],
         [("indirect", "HRW", "the arrests were illegal."),
          ("indirect", "Jane Roe", "the bill would pass."),
          ("indirect", "HRW", "more arrests followed."),
          ("indirect", "HRW", "the court agreed.")]),
        # boss, chief, director, governor are group words: the role, or the person named with it
        (["The boss of Boeing revealed that China had sent back aircraft.",
          "Bank of England governor Andrew Bailey said that inflation was falling. The governor added that rates would stay."],
         [("indirect", "boss of Boeing", "China had sent back aircraft."),
          ("indirect", "Andrew Bailey", "inflation was falling."),
          ("indirect", "Andrew Bailey", "rates would stay.")]),
    ],
)
def test_institutions_and_groups(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a surname with a particle is the full name given first
        (["Commission President Ursula van den Berg met the delegation.",
          "“We need a deal this year,” van den Berg said."],
         [("direct", "Ursula van den Berg", "We need a deal this year")]),
        # two speakers named together, in the order the text first named them together
        (["Commission President Ursula van den Berg and Council President Mario Costa met Li.",
          "Van den Berg and Costa said they had pressed China to act. Costa and van den Berg said the talks would go on."],
         [("indirect", "Ursula van den Berg and Mario Costa", "they had pressed China to act."),
          ("indirect", "Ursula van den Berg and Mario Costa", "the talks would go on.")]),
        # of two people with one surname, the one the text introduced
        (["Among the speakers was Ruth Adler, the mother of soldier Tom Adler.",
          "“Bring our children home,” Ms Adler said."],
         [("direct", "Ruth Adler", "Bring our children home")]),
        # an abbreviated title, a nationality compound before a name
        (["“The situation is dire,” said Dr. Amal Hassan, who runs the clinic. “We have no fuel left.”"],
         [("direct", "Amal Hassan", "The situation is dire"), ("direct", "Amal Hassan", "We have no fuel left.")]),
        # a person named in a possessive ("X's brother"), then "she"
        (["Nine-year-old Mayar al-Hassan's brother was among those killed.",
          "“I have lost my brother and nobody cares,” she told reporters at the funeral."],
         [("direct", "Mayar al-Hassan", "I have lost my brother and nobody cares")]),
        # an organisation named after its kind ("news agency Xinhua") is never "he"
        (["Premier Li called for trust at the meeting, state news agency Xinhua reported.",
          "“Walls and barriers only isolate those who build them,” he said."],
         [("indirect", "Xinhua", "Premier Li called for trust at the meeting"),
          ("direct", "Li", "Walls and barriers only isolate those who build them")]),
        # a name after a preposition is no subject for a later "he"
        (["Prime Minister Dan Levi toured the north on Wednesday.",
          "On Thursday, the prime minister promised to free the hostages during a visit to Kibbutz Beeri, "
          "a village near the border.",
          "“We will bring them all back,” he said."],
         [("indirect", "Dan Levi", "to free the hostages during a visit to Kibbutz Beeri, a village near the border."),
          ("direct", "Dan Levi", "We will bring them all back")]),
        # a knighthood is no part of the name; a peerage title is
        (["UK Prime Minister Sir Keir Starmer praised the talks, saying they had “brought us closer than ever”.",
          "“The next step must be further talks,” Starmer said. “We will see what the summit brings,” said Lord Ashcroft, a donor.",
          "“Nothing is settled yet on the troops,” Sir Keir added."],
         [("indirect", "Keir Starmer", "they had “brought us closer than ever”."),
          ("direct", "Keir Starmer", "brought us closer than ever"),
          ("direct", "Keir Starmer", "The next step must be further talks"),
          ("direct", "Lord Ashcroft", "We will see what the summit brings"),
          ("direct", "Keir Starmer", "Nothing is settled yet on the troops")]),
        # an accusation in quotation marks is its accuser's
        (["The army said its troops had come under fire.",
          "Hamas rejected the claim and accused Israel of “seeking a pretext for a new offensive”."],
         [("indirect", "army", "its troops had come under fire."),
          ("direct", "Hamas", "seeking a pretext for a new offensive")]),
        # a person named by a singular noun is "he" or "she" later
        (["A police spokesman said three suspects had been arrested. He added that more arrests were expected."],
         [("indirect", "police spokesman", "three suspects had been arrested."),
          ("indirect", "police spokesman", "more arrests were expected.")]),
    ],
)
def test_canonical_names(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_pronouns_after_a_named_person(rows):
    assert rows("Ukrainian President Petro Ivanenko met officials on Monday. He said the front line was holding.",
                "“Every day of delay costs lives,” he added.") == [
        ("indirect", "Petro Ivanenko", "the front line was holding."),
        ("direct", "Petro Ivanenko", "Every day of delay costs lives"),
    ]


def test_a_colon_with_no_cue_introduces_the_subjects_quotation(rows):
    assert rows("And the pro-government Vedomosti had this message for European leaders:",
                "“You were warned. Do not make threats you cannot carry out.") == [
        ("direct", "Vedomosti", "You were warned. Do not make threats you cannot carry out."),
    ]


def test_a_colon_with_no_cue_before_the_quotation_that_ends_its_sentence(rows):
    assert rows("For weeks, Jane Roe, the state's attorney-general, had this question pinned to her feed: "
                "“Does the governor support the death penalty?”") == [
        ("direct", "Jane Roe", "Does the governor support the death penalty?"),
    ]


def test_words_a_thing_reads_are_no_speakers(rows):
    assert rows("“These are no ordinary motorcycle enthusiasts,” President Jan Novak said.",
                "“We did not invite you here in 1968, we do not want you now,” reads a billboard in Trnava. "
                "He later set out his terms for “a truly sustainable and reliable peace”, including a "
                "“credible security guarantee” for Slovakia.") == [
        ("direct", "Jan Novak", "These are no ordinary motorcycle enthusiasts"),
        ("direct", "Jan Novak", "a truly sustainable and reliable peace"),
    ]
    # the speaker who goes on is no thing
    assert rows("“We will not leave this country until it is safe,” the minister said. “We are staying for as "
                "long as it takes,” continued the minister. The fighting continued for a week.") == [
        ("direct", "minister", "We will not leave this country until it is safe"),
        ("direct", "minister", "We are staying for as long as it takes"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("Residents of the city say they have no water.", "residents", "they have no water."),
        ("Diplomats familiar with the talks said a deal was close.", "diplomats familiar with the talks",
         "a deal was close."),  # what the source knows stays in its name (eleventh session)
        ("Activists on both sides of the debate say they will follow the hearings to Laredo.", "activists",
         "they will follow the hearings to Laredo."),
        ("But officials in the capital say the talks will go on.", "officials", "the talks will go on."),
    ],
)
def test_a_group_opening_the_sentence_with_what_qualifies_it(rows, sentence, speaker, content):
    assert rows(sentence) == [("indirect", speaker, content)]


def test_state_broadcasters_and_national_groups_as_speakers(rows):
    assert rows("Russian state television said on Sunday that the talks were going well.",
                "Kazakh officials said the protests had ended.") == [
        ("indirect", "Russian state television", "the talks were going well."),
        ("indirect", "Kazakh officials", "the protests had ended."),  # a country's adjective keeps its capital
    ]


def test_a_listener_holding_a_title_in_quotation_marks(rows):
    assert rows("U.S. envoy Steve Witkoff told CNN’s “State of the Union” that the deal would be signed this week.") == [
        ("indirect", "Steve Witkoff", "the deal would be signed this week."),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a courtesy title says "she" for a lone surname that is also a man's first name
        (["Ms. Warren spoke at the hearing. She said the banks had failed."],
         [("indirect", "Warren", "the banks had failed.")]),
        # only a thing that bears words makes a quotation no one's ("and the crowd", "sighed the president" do not)
        (["Jan Novak said the troops would leave soon.",
          "“We will restore constitutional order very soon,” sighed the president. "
          "“We will win this battle against the terrorists,” and the crowd applauded."],
         [("indirect", "Jan Novak", "the troops would leave soon."),
          ("direct", "Jan Novak", "We will restore constitutional order very soon"),
          ("direct", "Jan Novak", "We will win this battle against the terrorists")]),
        # words in title case that a cue governs are spoken, not a name
        (["“Make America Great Again,” Trump said at the rally. Biden said: “God Bless Our Troops And Their Families”"],
         [("direct", "Donald Trump", "Make America Great Again"),  # (listed in data/people.csv since the sixth session)
          ("direct", "Joe Biden", "God Bless Our Troops And Their Families")]),
        # a colon before a quotation in its sentence introduces a named speaker's words only
        (["Police found a note at the scene: “You will never catch me, I am long gone.”",
          "The ministry's statement, issued late on Tuesday, ended with a warning: “Any provocation will be met.”"],
         []),
        # "accused of" without an object is passive: the accused is no speaker
        (["The general accused of “ordering the killings of civilians” was arrested. The former official, now "
          "accused of “abuse of office and embezzlement”, did not comment."],
         []),
    ],
)
def test_review_misfires_of_the_fifth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a title-case quotation after a cue and its comma is spoken
        (["Jan Novak spoke on Monday. He said, “Order Has Been Restored In The Capital”."],
         [("direct", "Jan Novak", "Order Has Been Restored In The Capital")]),
        # "Sir Keir" is the full name with that first name, not a person with that surname
        (["Analyst Jane Keir said the talks were stuck. UK Prime Minister Sir Keir Starmer said more were needed. "
          "“Nothing is settled yet on the troops,” Sir Keir added."],
         [("indirect", "Jane Keir", "the talks were stuck."), ("indirect", "Keir Starmer", "more were needed."),
          ("direct", "Keir Starmer", "Nothing is settled yet on the troops")]),
        # a group word written in capitals ("TV")
        (["Russian state TV said the talks had failed."], [("indirect", "Russian state TV", "the talks had failed.")]),
        # "proclaimed" is no thing's verb: the quotation keeps the speaker who spoke last
        (["President Jan Novak said the talks had failed. “We will restore order very soon,” proclaimed the president."],
         [("indirect", "Jan Novak", "the talks had failed."), ("direct", "Jan Novak", "We will restore order very soon")]),
    ],
)
def test_code_review_mends_of_the_fifth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_an_appositive_left_open_before_its_cue(rows):
    assert rows("Still, Sen. Jack Reed of Rhode Island, the ranking Democrat on the Senate Armed Services "
                "Committee told ABC that the firings were unjustified.",
                "John Smith, a spokesman for the ministry said the talks would go on.",
                "Jane Roe, the company said, resigned on Monday.") == [
        ("indirect", "Jack Reed", "the firings were unjustified."),
        ("indirect", "John Smith", "the talks would go on."),
        ("indirect", "company", "Jane Roe, the company said, resigned on Monday."),  # an aside: the company's
    ]


def test_a_joke_reported_with_that(rows):
    assert rows("Zelenskyy said he would step down for peace, quipping that he could trade his job for NATO membership. "
                "“We will see about that one,” he joked.") == [
        ("indirect", "Volodymyr Zelenskyy", "he would step down for peace"),
        ("indirect", "Volodymyr Zelenskyy", "he could trade his job for NATO membership."),
        ("direct", "Volodymyr Zelenskyy", "We will see about that one"),
    ]


def test_a_belief_someone_else_reports_is_no_statement_of_the_believer(rows):
    assert rows("Philip Golub, a professor, said the moves had been a shock. He said Macron believed he had a "
                "“historic role to play in Europe” in going to Washington.",
                "Fiona Hill said she believed the violence was organised.") == [
        ("indirect", "Philip Golub", "the moves had been a shock."),
        ("indirect", "Philip Golub", "Macron believed he had a “historic role to play in Europe” in going to Washington."),
        ("direct", "Philip Golub", "historic role to play in Europe"),  # Golub's words, not Macron's
        ("indirect", "Fiona Hill", "the violence was organised."),  # her own belief, stated by her: a statement
    ]


def test_he_opening_a_coordinated_clause_is_the_sentences_speaker(rows):
    assert rows("President Donald Trump fired the general on Friday.",
                "Defense Secretary Pete Hegseth said Trump's firing of the general wasn't unusual and he suggested "
                "more firings could come. When we talked to Ron Flores, he said the border was quiet.") == [
        ("indirect", "Pete Hegseth", "Trump's firing of the general wasn't unusual"),
        ("indirect", "Pete Hegseth", "more firings could come."),  # not Trump, named in what Hegseth said
        ("indirect", "Ron Flores", "the border was quiet."),
    ]


def test_a_sentence_adverb_between_speaker_and_cue(rows):
    assert rows("Hamas meanwhile said it would postpone the return of the bodies.") == [
        ("indirect", "Hamas", "it would postpone the return of the bodies."),
    ]


def test_the_reporters_own_question(rows):
    table = rows("“Would you sign a peace agreement with the president?” I asked the minister on Friday.",
                 "I told him that the talks had failed.", authors="Jane Roe")
    assert table == [("direct", "Jane Roe", "Would you sign a peace agreement with the president?")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a cue followed by a quotation alone gives the quotation
        (["Premier Li urged the rebels to accept the offer, warning the group that “it will not get better than this”."],
         [("direct", "Li", "it will not get better than this")]),
        # a quotation of fewer than four words is a term, and no reported speech either
        (["“We will respond,” the spokesman said. “Nobody should doubt that we will.”"],
         [("direct", "spokesman", "Nobody should doubt that we will.")]),
        # a subject and an auxiliary outside the marks, the quotation going on from them: a reported
        # clause holding a quotation, reported speech and the quotation
        (["Jane Roe said she would “not mix these two crises together”."],
         [("indirect", "Jane Roe", "she would “not mix these two crises together”."),
          ("direct", "Jane Roe", "not mix these two crises together")]),
        (["Of the general, John Doe said that Trump “respects leaders who untie the hands of soldiers”."],
         [("indirect", "John Doe", "Trump “respects leaders who untie the hands of soldiers”."),
          ("direct", "John Doe", "respects leaders who untie the hands of soldiers")]),
        # a time word or a reflexive set off by a comma before the quotation is no subject of it
        (["About the war, John Doe said Saturday, “I think we are pretty close to a deal.”"],
         [("direct", "John Doe", "I think we are pretty close to a deal.")]),
        (["John Doe said he was angry, before cautioning himself, “John, do not get angry.”"],
         [("indirect", "John Doe", "he was angry"), ("direct", "John Doe", "John, do not get angry.")]),
        # a subject and its verb outside: reported speech holding a quotation, and the quotation
        (["The group said in a statement that it was “seriously ready to enter talks at once”."],
         [("indirect", "group", "it was “seriously ready to enter talks at once”."),
          ("direct", "group", "seriously ready to enter talks at once")]),
    ],
)
def test_reports_holding_quotations(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a content that opens with a quotation and goes on as the same clause is reported speech too
        (["President Ana Silva said Saturday that “nobody has ever seen anything” could stop the reforms."],
         [("indirect", "Ana Silva", "“nobody has ever seen anything” could stop the reforms."),
          ("direct", "Ana Silva", "nobody has ever seen anything")]),
        (["Premier Li called for calm, adding that “the shooting must end now” and the talks resume."],
         [("indirect", "Li", "“the shooting must end now” and the talks resume."),
          ("direct", "Li", "the shooting must end now")]),
        # but a quotation followed by a time, a place or the speaker's next act is the quotation alone
        (["Jane Roe said “we will win this war” in a speech on Monday.",
          "Jane Roe said “there are lots of presidents who did this” citing earlier firings."],
         [("direct", "Jane Roe", "we will win this war"),
          ("direct", "Jane Roe", "there are lots of presidents who did this")]),
        # nor one followed by the writer's clause
        (["Jane Roe said “the deal is dead and buried” when reporters asked her about the talks on Monday."],
         [("direct", "Jane Roe", "the deal is dead and buried")]),
        # and a content before its cue stays the quotation it is
        (["“The people decided a long time ago,” Premier Li said on state television."],
         [("direct", "Li", "The people decided a long time ago")]),
    ],
)
def test_a_report_that_opens_with_a_quotation(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a participle cue after "despite" or "by" and its "that": the main clause's subject speaks
        (["President Ana Silva spoke on Saturday. She used an expletive, despite noting that voters dislike them."],
         [("indirect", "Ana Silva", "voters dislike them.")]),
        (["Jane Roe angered her allies by saying that the war was lost."],
         [("indirect", "Jane Roe", "the war was lost.")]),
        # never after "for" (the object speaks) and never without "that" ("began by explaining the work")
        (["Jane Roe praised Tom Reyes for saying that the war was over.",
          "Jane Roe began by explaining all the work that had gone into the plan."],
         []),
    ],
)
def test_a_participle_cue_after_despite_or_by(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_a_time_before_with_is_no_speaker(rows):
    table = rows("Fighting continued Monday with Russia saying it shot down 23 drones overnight.")
    assert table == [("indirect", "Russia", "it shot down 23 drones overnight.")]


def test_posted_reports_and_attributes(rows):
    table = rows("Jane Roe posted on her social media site that failing to respond would count as a resignation.",
                 "“All staff will shortly receive an email,” Roe posted on X. “Failure to respond is a resignation.”",
                 "Roe posted a video on Sunday.")
    assert table == [("indirect", "Jane Roe", "failing to respond would count as a resignation."),
                     ("direct", "Jane Roe", "All staff will shortly receive an email"),
                     ("direct", "Jane Roe", "Failure to respond is a resignation.")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "administration" and "judge" are group words: "The Trump administration said", "A different judge ... and said"
        (["The Trump administration said Sunday that it was placing staff on leave."],
         [("indirect", "Trump administration", "it was placing staff on leave.")]),
        (["A different judge in a second lawsuit tied to the Ministry of Defence has blocked the freeze and said "
          "this past week that the government had kept withholding money."],
         [("indirect", "different judge", "the government had kept withholding money.")]),
        # an infinitive cue reports nothing ("advised members to ask ... whether to reply")
        (["Meanwhile, the union advised members to ask their supervisors directly whether to reply and to follow "
          "their guidance."],
         []),
        # phrases set off by commas before the "that"
        (["Jane Roe said on Monday, in a speech in Geneva, that the talks had failed."],
         [("indirect", "Jane Roe", "the talks had failed.")]),
        # a prepositional phrase, a comma and only a quotation: the quotation is the statement
        (["Jane Roe said during her speech, “We are dealing with both sides and we will go on doing so.”"],
         [("direct", "Jane Roe", "We are dealing with both sides and we will go on doing so.")]),
        # "indicated" reports; a role and name set off after a description opening the sentence is the speaker
        (["The Trump appointee running the agency, deputy administrator Pete Marocco, has indicated he plans to "
          "keep 600 staffers."],
         [("indirect", "Pete Marocco", "he plans to keep 600 staffers.")]),
        # a statement its owner's name qualifies is the owner's; "mentioned" takes a clause; "of this trip" is no clause
        (["The Pentagon said 75 strikes hit. And then, the CENTCOM statement says that there were 75 more strikes today."],
         [("indirect", "Pentagon", "75 strikes hit."), ("indirect", "CENTCOM", "there were 75 more strikes today.")]),
        (["Jane Roe mentioned that the talks had failed. She mentioned the plan twice.",
          "Officials told us in advance of this trip that it would not stop."],
         [("indirect", "Jane Roe", "the talks had failed."), ("indirect", "officials", "it would not stop.")]),
        (["The largest federal workers' union, the American Federation of Government Employees, wrote on X on Sunday "
          "that it did not believe the email."],
         [("indirect", "American Federation of Government Employees", "it did not believe the email.")]),
    ],
)
def test_wire_forms_of_the_sixth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a church's titles are titles; "has since warned"; "makes clear that", "has proposed that"
        (["Its external-affairs chief, Metropolitan Hilarion Alfeyev, met the envoys.",
          "Metropolitan Hilarion has since warned there could be violence in the city."],
         [("indirect", "Hilarion Alfeyev", "there could be violence in the city.")]),
        (["Donald Trump makes clear that Britain faces a choice. Theresa May has proposed that Britain should stay "
          "in the single market for goods."],
         [("indirect", "Donald Trump", "Britain faces a choice."),
          ("indirect", "Theresa May", "Britain should stay in the single market for goods.")]),
        # inverted speech verbs beside a quotation; a magazine as the source of "according to"
        (["“If the ambassador were to say that, he would be sacked at once,” fumed Martin Schulz, the former boss.",
          "The European Union said it would reply soon.",  # a magazine is no organisation named before unless it is one
          "According to the centre-left magazine, Germany’s “relationship with the United States is no friendship”."],
         [("direct", "Martin Schulz", "If the ambassador were to say that, he would be sacked at once"),
          ("indirect", "European Union", "it would reply soon."),
          ("indirect", "centre-left magazine", "Germany’s “relationship with the United States is no friendship”."),
          ("direct", "centre-left magazine", "relationship with the United States is no friendship")]),
        # a name inside an appositive that describes the subject is no antecedent for the subject's "he"
        (["Richard Grenell met reporters.",
          "Mr Grenell, a loyal supporter of President Tom Reyes, gave an interview in which he said he wanted "
          "to empower conservatives."],
         [("indirect", "Richard Grenell", "he wanted to empower conservatives.")]),
    ],
)
def test_economist_forms_of_the_sixth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_a_group_before_who_speaks_in_the_relative_clause(rows):
    table = rows("The plan was backed by officials, who said it would save money.",
                 "He read an abstract of the paper, which says that they have found most of the posters.",
                 "Officials who spoke on condition of anonymity said the talks had stalled.",
                 "Meanwhile, residents who managed to flee El Geneina have told the BBC they are afraid.",
                 "Argentina has a new president who campaigned on the promise to dollarize the economy.")
    assert table == [("indirect", "officials", "it would save money."),  # a paper's "which says" is no one's
                     ("indirect", "officials", "the talks had stalled."),
                     ("indirect", "residents", "they are afraid.")]  # the president who campaigned is an object


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # titles written without a full stop (BBC style); an initial without one
        (["Sudan's military chief Gen Abdel Fattah al-Burhan said he had approved the withdrawal of troops.",
          "S Jaishankar said India would respond to any attack. Gen Burhan said the army would fight on."],
         [("indirect", "Abdel Fattah al-Burhan", "he had approved the withdrawal of troops."),
          ("indirect", "S Jaishankar", "India would respond to any attack."),
          ("indirect", "Abdel Fattah al-Burhan", "the army would fight on.")]),  # a surname without its particle
        # a time opening the sentence is no subject of a coordinated cue
        (["On Sunday, Venezuela's National Assembly condemned the strikes and vowed it would investigate them.",
          "Theresa May met her cabinet. May had long argued and said the plan would work."],  # a month's name, a person
         [("indirect", "Venezuela's National Assembly", "it would investigate them."),
          ("indirect", "Theresa May", "the plan would work.")]),
        # a country's role the text never wrote with the name: the person the people list gives that role
        (["President Donald Trump met Danish officials on Monday.",
          "Writing on social media, the US president said the island was essential.",
          "Russia's president said the troops would stay."],  # no Russian president named before: the words
         [("indirect", "Donald Trump", "the island was essential."),
          ("indirect", "Russia's president", "the troops would stay.")]),
        # "the former president" asks for the past role; two presidents named together leave "the president" open;
        # "afterwards" may stand before "that"
        (["Former President Donald Trump held a rally in Ohio. “We will take back the House,” the former president said.",
          "President Ana Silva and President Tom Reyes spoke for two hours. The president said afterwards that the "
          "call had been candid."],
         [("direct", "Donald Trump", "We will take back the House"),
          ("indirect", "president", "the call had been candid.")]),
        # "Gen Z" is no general called Z, and so no "he"
        (["The senator met Gen Z activists on Monday. He said they were “the future of the party”."], []),
        # a president written with "former" is no later "the president"
        (["President Ana Silva met former President Tom Reyes.", "The president said the talks had gone well."],
         [("indirect", "Ana Silva", "the talks had gone well.")]),
    ],
)
def test_bbc_forms_of_the_sixth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_a_courtesy_title_is_no_role(make_corpus):
    corpus = load_corpus(make_corpus({"doc": "Title\n\nMs Patricia Hewitt spoke.\n\nMs Hewitt said the leave would grow.\n"}))
    assert [(r.speaker, r.speaker_role) for r in quotes_table(corpus).itertuples()] == [("Patricia Hewitt", "")]


def test_a_document_its_subject_issued_and_a_wing_of_the_group_named_before(rows):
    table = rows("Hamas said it would release three hostages on Saturday.",
                 "Hamas issued a statement saying that its fighters had not attacked the troops.",
                 "“Hamas affirms its commitment to the ceasefire agreement as long as it holds,” it said.",
                 "The group's military wing meanwhile said it would postpone the return of a body.",
                 "The Kremlin dismissed a report saying that Putin was ill.")
    assert table == [("indirect", "Hamas", "it would release three hostages on Saturday."),
                     ("indirect", "Hamas", "its fighters had not attacked the troops."),
                     ("direct", "Hamas", "Hamas affirms its commitment to the ceasefire agreement as long as it holds"),
                     ("indirect", "Hamas's military wing", "it would postpone the return of a body."),
                     ("indirect", "Kremlin", "Putin was ill.")]  # (as before: a document's words are the institution's)


def test_an_organisations_name_goes_on_after_for_and_on(rows):
    table = rows("According to the Institute for the Study of War, Russian forces advanced near the city.",
                 "The Center for Strategic and International Studies said the strikes hit 40 sites.",
                 "Jane Doe of the Council on Foreign Relations said the talks had stalled. She added that more would come.",
                 "The Council on Friday said nothing; talks with the Kremlin on Ukraine went on.")
    assert table == [("indirect", "Institute for the Study of War", "Russian forces advanced near the city."),
                     ("indirect", "Center for Strategic and International Studies", "the strikes hit 40 sites."),
                     ("indirect", "Jane Doe", "the talks had stalled."),
                     ("indirect", "Jane Doe", "more would come.")]


def test_a_quotation_after_a_cue_whose_subject_names_no_speaker_is_no_earlier_speakers(rows):
    table = rows("Secretary of State Marco Rubio said the U.S. would vote against the text.",
                 "The longer resolution says the invasion “has persisted for three years and continues to do harm.” "
                 "It calls for “a de-escalation and an early end of hostilities in the region.”",
                 "“We will vote no on this text today,” Rubio said.")
    assert table == [("indirect", "Marco Rubio", "the U.S. would vote against the text."),
                     ("direct", "Marco Rubio", "We will vote no on this text today")]


def test_words_a_thing_bears_after_read_are_no_speakers(rows):
    table = rows("“We will cut the staff by half,” Jane Roe said.",
                 "The subject of the email read, “What did you do last week at work?”")
    assert table == [("direct", "Jane Roe", "We will cut the staff by half")]


TRANSCRIPT = """Transcript
SCOTT SIMON, HOST:
Protests went on in the capital this week. Jane Doe reports.
JANE DOE, BYLINE: Crowds gathered outside parliament on Friday.
(SOUNDBITE OF PROTEST)
UNIDENTIFIED PERSON: We want our rights back, all of them, today!
DOE: The interior minister, Ali Karimov, said the protests were organized from abroad.
(SOUNDBITE OF ARCHIVED RECORDING)
PRESIDENT OMAR BEK: (Through interpreter) These people are paid by foreign powers.
DOE: Amina Yusuf is a student. She says her brother was arrested last week.
AMINA YUSUF: I'm hoping they will let him go. OK. Now, I've said that many times.
DOE: Matt Hale and Tom Reyes run a legal aid group. They were ready to have Amina say more.
DOE: But the detainees will be freed soon, according to Matt and Tom. Tom and Matt also told us that the courts were overwhelmed.
SIMON: Jane Doe, thanks.
"""


def test_transcript_turns_and_reports(make_corpus):
    corpus = load_corpus(make_corpus({"doc": TRANSCRIPT}, format="transcript", authors="Scott Simon; Jane Doe"))
    table = quotes_table(corpus)
    turns = table[table["kind"] == "turn"]
    assert turns["speaker"].tolist() == ["Scott Simon", "Jane Doe", "Unidentified Person", "Jane Doe", "Omar Bek",
                                         "Jane Doe", "Amina Yusuf", "Jane Doe", "Jane Doe", "Scott Simon"]
    reported = table[table["kind"] == "indirect"]
    assert list(zip(reported["speaker"], reported["text"])) == [
        ("Ali Karimov", "the protests were organized from abroad."),
        ("Amina Yusuf", "her brother was arrested last week."),   # "I'm", "I've", "OK" are no speakers
        ("Matt Hale and Tom Reyes", "But the detainees will be freed soon"),   # first names, in their first order
        ("Matt Hale and Tom Reyes", "the courts were overwhelmed."),
    ]                                                                # "to have Amina say": no report


def test_he_in_the_tellers_own_turn_is_the_listener(make_corpus):
    text = ("Title\n\nJANE DOE, HOST: Kyle Jensen is an engineer, and Florian Ederer is an economist. One day Kyle "
            "was telling Florian how rough the seminars had got.\n\n"
            "KYLE JENSEN: I told him, look, the seminars are rough. And he said, what do you mean by rough, exactly?\n\n"
            "JANE DOE, HOST: Jensen told reporters the site was hateful. He said it had to change.\n")
    table = quotes_table(load_corpus(make_corpus({"doc": text}, format="transcript")))
    reported = table[table["kind"] == "indirect"]
    assert list(zip(reported["speaker"], reported["text"])) == [
        ("Kyle Jensen", "how rough the seminars had got."),
        ("Florian Ederer", "what do you mean by rough, exactly?"),  # Kyle is "I" in his own turn
        ("Kyle Jensen", "the site was hateful."),
        ("Kyle Jensen", "it had to change."),  # the teller, where he may be "he", before his listener
    ]


def test_he_and_she_follow_a_first_name(rows):
    # data/first_names.csv: "Jane" is "she", "Peter" is "he"; a name not listed stays open to both
    assert rows("Jane Roe warned Peter Jones that the deal was off. He said nothing about it, "
                "but she said the decision was final.",
                "Alex Smith met them. “We will see what the summit brings,” she said.") == [
        ("indirect", "Jane Roe", "the deal was off."),
        ("indirect", "Peter Jones", "nothing about it"),
        ("indirect", "Jane Roe", "the decision was final."),
        ("direct", "Alex Smith", "We will see what the summit brings"),
    ]


def test_a_surname_written_as_a_pronoun(rows):
    # "He Yadong" is a name (data: surname); a lone "He" stays the pronoun, never his first name
    assert rows("Commerce Ministry spokesman He Yadong said the US should remove all tariffs.",
                "Separately, Scott Bessent said that the talks were active.",
                "He has previously said he expected a de-escalation of the war.") == [
        ("indirect", "He Yadong", "the US should remove all tariffs."),
        ("indirect", "Scott Bessent", "the talks were active."),
        ("indirect", "Scott Bessent", "he expected a de-escalation of the war.")]


def test_a_name_and_an_institution_with_its_article_speak_together(rows):
    assert rows("Ulf Kristersson leads the Moderates.",
                "Mr Kristersson and the Alliance have vowed to vote the government out.",
                "The Night Wolves and the Slovak Recruits, which says that its membership has grown, met.") == [
        ("indirect", "Ulf Kristersson and the Alliance", "to vote the government out."),
        ("indirect", "Slovak Recruits", "its membership has grown")]


def test_the_institution_and_pair_rules_leave_people_objects_and_lists_alone(rows):
    # and a question's "Who said ...?" names no one
    assert rows("Who said that the troops would leave? The economy is slowing, Jane Roe of the University of Chicago said.",
                "Bank of America's Brian Moynihan said that the economy was strong.",
                "Police arrested John Smith and the Crown Prosecution Service said he would be charged.",
                "The talks failed, Britain, France and the United States said in a joint statement.") == [
        ("indirect", "Jane Roe", "The economy is slowing"),
        ("indirect", "Brian Moynihan", "the economy was strong."),
        ("indirect", "Crown Prosecution Service", "he would be charged.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word label is the one full name with that first name, even one given later; the name
        # after "says our guest professor for this week," speaks
        ("MARY CHILDS, HOST:\nWelcome to the seminar. \"It is hard to plan for everything,\" says our guest "
         "professor for this week, Santiago Gallino.\n"
         "CATHERINE: Welcome, everyone, and thank you all for coming today.\n"
         "CHILDS: Huge thank you to Catherine Tucker at MIT for hosting us.\n",
         [("turn", "Mary Childs"), ("direct", "Santiago Gallino"), ("turn", "Catherine Tucker"), ("turn", "Mary Childs")]),
        # but not a namesake the label's own turns talk about, nor "Thanks Alex"
        ("MARY CHILDS, HOST:\nWelcome to the seminar, everybody, we have guests today.\n"
         "JOHN: I think John Lewis was a hero and a great man.\n"
         "SAM: Thanks Alex. That was a good start for all of us.\n"
         "ALEX: You are welcome, Sam, it was fun to be here.\n",
         [("turn", "Mary Childs"), ("turn", "John"), ("turn", "Sam"), ("turn", "Alex")]),
    ],
)
def test_one_word_labels_and_guests_named_after_a_description(make_corpus, text, expected):
    table = quotes_table(load_corpus(make_corpus({"doc": text}, format="transcript")))
    assert list(zip(table["kind"], table["speaker"])) == expected


BRIEFING = """Background Press Call

MODERATOR:  Thank you all for joining.  First up, we will go to Zeke Miller.

Q    Thanks for doing this.  Will the troops stay?

SENIOR ADMINISTRATION OFFICIAL:  They will stay for now.

Q    And after the talks?

SENIOR ADMINISTRATION OFFICIAL:  We will see.

MODERATOR:  All right, I think we have to wrap here.

Q    One more, please?

MR. SULLIVAN:  No.

MODERATOR:  I will now turn it over to National Security Advisor Jake Sullivan.

Q    Can you hear me?
"""


def test_a_briefings_questioners_are_those_the_moderator_calls(make_corpus):
    corpus = load_corpus(make_corpus({"doc": BRIEFING}, format="transcript"))
    turns = [(r.speaker, r.text[:12]) for r in quotes_table(corpus).itertuples() if r.kind == "turn"]
    assert turns == [("Moderator", "Thank you al"), ("Zeke Miller", "Thanks for d"),
                     ("Senior Administration Official", "They will st"), ("Zeke Miller", "And after th"),
                     ("Senior Administration Official", "We will see."), ("Moderator", "All right, I"),
                     ("Q", "One more, pl"), ("Jake Sullivan", "No."), ("Moderator", "I will now t"),
                     ("Q", "Can you hear")]  # the official handed to is no questioner; "MR. SULLIVAN" is the
    # Jake Sullivan the moderator names in full after his turn


CALL = """Background Press Call

MODERATOR: We will now go to Q&A. Our first question is going to go to Andrea Shalal.

Q Hi. Why did you decide to hold another briefing today?

MODERATOR: FBI, would you want to come in on the question?

FBI OFFICIAL: Yes. We wanted to update the public on what we know.

Q Can you say whether the investigation has expanded?

FBI OFFICIAL: It has not, so far as we can tell today.

MODERATOR: And I will just add, Andrea, that the call is on background.

Q Do you think people are panicking?

MODERATOR: Next question is going to go Pierre Thomas.

Q Can you guys hear me okay?

MODERATOR: Yes.

Q Have there been confirmed sightings near military bases?
"""


def test_a_called_questioner_asks_on_past_moderator_turns_that_call_no_one(make_corpus):
    corpus = load_corpus(make_corpus({"doc": CALL}, format="transcript"))
    questioners = [r.speaker for r in quotes_table(corpus).itertuples() if r.kind == "turn" and r.text.endswith("?")
                   and r.speaker not in ("Moderator", "Fbi Official")]
    assert questioners == ["Andrea Shalal", "Andrea Shalal", "Andrea Shalal", "Pierre Thomas", "Pierre Thomas"]


def test_a_person_a_reporter_presents_is_a_later_he_or_she(make_corpus):
    text = ("KELLY: Good morning.\n\nSMITH: Then I met the mayor, Ed Hale. He says the town will recover.\n\n"
            "SMITH: That's Maria Lopez, a nurse. She says the shifts are long. "
            "This is Tom Walker. He says the rain came late. That's how much it is. But he says he has no choice.\n\n"
            "KELLY: Thanks.\n")
    corpus = load_corpus(make_corpus({"doc": text}, format="transcript"))
    reports = [(r.speaker, r.text) for r in quotes_table(corpus).itertuples() if r.kind == "indirect"]
    assert reports == [("Ed Hale", "the town will recover."), ("Maria Lopez", "the shifts are long."),
                       ("Tom Walker", "the rain came late."), ("Tom Walker", "he has no choice.")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "condemned", "denounced", "hailed" (data/quote_cues.csv, complement quote): the quoted words are the
        # subject's, not the latest speaker's of the sentence
        (["The European Union said it wanted “all parties to de-escalate” the conflict, while the African "
          "Union condemned “alleged war crimes and killings of civilians”."],
         [("indirect", "European Union", "it wanted “all parties to de-escalate” the conflict"),
          ("direct", "European Union", "all parties to de-escalate"),
          ("direct", "African Union", "alleged war crimes and killings of civilians")]),
        # a manner adverb between the speaker and the cue (data/speaker_words.csv, filler)
        (["Jane Roe falsely said that the election was rigged."], [("indirect", "Jane Roe", "the election was rigged.")]),
        (["Jane Roe attacked the board, wrongly claiming the vote had been rigged."],
         [("indirect", "Jane Roe", "the vote had been rigged.")]),
        # a participle after an aside between dashes
        (["Jane Roe ruled out ceding the region - home to two million people - saying it would invite another "
          "attack."], [("indirect", "Jane Roe", "it would invite another attack.")]),
        # "while", "when" before a participle cue, with no comma: the subject's statement
        (["The junta closed the borders on Wednesday when announcing it had removed the president."],
         [("indirect", "junta", "it had removed the president.")]),
        (["Jane Roe called the plan a “reckless gamble with the lives of others” while suggesting that talks "
          "were over."],
         [("direct", "Jane Roe", "reckless gamble with the lives of others"),
          ("indirect", "Jane Roe", "talks were over.")]),
        # the comma that closes "which ..." after a subject that follows an opening phrase is no inverted
        # cue's ("..., accused Israel of" is not Israel's)
        (["But on Tuesday, Amnesty International, which runs an office in the region, accused the army of "
          "“indiscriminate attacks on civilian homes”."],
         [("direct", "Amnesty International", "indiscriminate attacks on civilian homes")]),
    ],
)
def test_forms_of_the_seventh_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a definite phrase in the last words of an organisation named before is that organisation
        (["The South African Weather Service put the alert level at the highest on Saturday.",
          "On Monday, the weather service said conditions had improved significantly."],
         [("indirect", "South African Weather Service", "conditions had improved significantly.")]),
        # not when two organisations named before end in those words
        (["The South African Weather Service put the alert level at the highest on Saturday. The Zimbabwe "
          "Weather Service issued its own alert.",
          "On Monday, the weather service said conditions had improved significantly."],
         [("indirect", "weather service", "conditions had improved significantly.")]),
        # a group noun whose qualifier ends in a name ("Survivors of the attack in Kashmir said"): the group
        (["Survivors of the 22 April attack in Kashmir said the militants were singling out Hindu men."],
         [("indirect", "survivors", "the militants were singling out Hindu men.")]),
        # two subjects joined by "and" share a participle's report, a body of the second included
        (["Both Denmark and the Greenlandic government rejected the proposal, saying the island was not for sale."],
         [("indirect", "Denmark and the Greenlandic government", "the island was not for sale.")]),
        # "the President" written with a capital before the one person titled so is named: that person
        (["As the President stated, the fall of this regime is also an act of justice.",
          "And when President Ramos called on the rebels to lay down their arms, he meant it."],
         [("indirect", "Ramos", "the fall of this regime is also an act of justice.")]),
        # not when two people are titled so, nor in lower case
        (["As the President stated, the fall of this regime is also an act of justice.",
          "President Ramos and President Silva met on Monday in the capital."],
         [("indirect", "president", "the fall of this regime is also an act of justice.")]),
        (["As the president stated, the fall of this regime is also an act of justice.",
          "And when President Ramos called on the rebels to lay down their arms, he meant it."],
         [("indirect", "president", "the fall of this regime is also an act of justice.")]),
        # "the two countries" (``pair noun`` in data/speaker_words.csv) are the two named together before
        (["Officials from Mali and Burkina Faso met on Monday. The two countries have said they would come to "
          "Niger's defence."],
         [("indirect", "Mali and Burkina Faso", "they would come to Niger's defence.")]),
        # a quotation in single marks, in a text with no double mark
        (["'There have been years of talks that have led to nothing,' Roe said, alluding to Iran's terms."],
         [("direct", "Roe", "There have been years of talks that have led to nothing")]),
        # a participle qualifies a group noun before its cue
        (["Two officials speaking on condition of anonymity said the deal was close."],
         [("indirect", "two officials", "the deal was close.")]),
        # "spoke of" attributes a quotation (data/quote_cues.csv, complement quote), reports nothing else
        (["Jane Roe spoke of “several points that we are not satisfied with.” She spoke of peace."],
         [("direct", "Jane Roe", "several points that we are not satisfied with.")]),
        # a name and "his counterparts" joined by "and" share the cue
        (["Jane Roe and her European counterparts arrived in Geneva on Friday and said some obstacles remained."],
         [("indirect", "Jane Roe and her European counterparts", "some obstacles remained.")]),
        # a content opening with a quotation goes on after it with a comparison: reported speech too
        (['Jane Roe said Saturday that "nobody has ever seen anything" like the cuts her team made.'],
         [("indirect", "Jane Roe", '"nobody has ever seen anything" like the cuts her team made.'),
          ("direct", "Jane Roe", "nobody has ever seen anything")]),
        # a participle after "said" is the titled name's, past a group noun before it ("military spokesman")
        (["“We are not at war with Lebanon,” Israeli military spokesman Daniel Hagari said, adding that Israel "
          "was focused on Hamas."],
         [("direct", "Daniel Hagari", "We are not at war with Lebanon"),
          ("indirect", "Daniel Hagari", "Israel was focused on Hamas.")]),
        # a cue closing its sentence with a colon attributes the quotation after it, also in the next paragraph;
        # the words before the cue are no content
        (["In a statement, the Relief Foundation said:",
          "“The assassination of our leaders will not break the will of our people.”"],
         [("direct", "Relief Foundation", "The assassination of our leaders will not break the will of our people.")]),
        (["Jane Roe said:", "“We will not stop until the job is done in the city.”"],
         [("direct", "Jane Roe", "We will not stop until the job is done in the city.")]),
        # "announce" reports a clause (data/quote_cues.csv), not a thing announced
        (["Jane Roe announced the news on her platform on Saturday morning. Jane Roe announced she would run."],
         [("indirect", "Jane Roe", "she would run.")]),
        # a hope is no statement: three development sets' annotations leave "France hopes ..." out
        (["France hopes an international conference would set out a framework for peace talks."], []),
        # "advised him that" names a listener, then the report (data/quote_cues.csv)
        (["The chief of staff, Ron Klain, also advised him that relief could galvanize young voters."],
         [("indirect", "Ron Klain", "relief could galvanize young voters.")]),
        # "the administration" is no department named before (own-kind body in data/speaker_words.csv)
        (["The Education Department estimates that 20 million borrowers will benefit. The administration "
          "contends that most of the relief will go to poorer households."],
         [("indirect", "Education Department", "20 million borrowers will benefit."),
          ("indirect", "administration", "most of the relief will go to poorer households.")]),
        # "by saying" without "that"; in a relative clause, its own subject's
        (["The army crossed the border in an invasion that Jane Roe sought to justify by falsely saying it was "
          "needed to protect civilians."],
         [("indirect", "Jane Roe", "it was needed to protect civilians.")]),
        # two groups joined by "and"
        (["Officials and experts said the plan was too small."],
         [("indirect", "officials and experts", "the plan was too small.")]),
        # a poll's share of a group speaks through it: a percentage or a number of percent before "of"
        (["Forty-two percent of the voters in the poll said the economy was worse. 19% of the respondents "
          "participating in the poll said they were not sure."],
         [("indirect", "forty-two percent of the voters", "the economy was worse."),
          ("indirect", "19% of the respondents", "they were not sure.")]),
        # a clause whose subject has an aside between commas
        (["The military announced a reservist soldier, Master Sergeant John Doe, was killed in the south."],
         [("indirect", "military", "a reservist soldier, Master Sergeant John Doe, was killed in the south.")]),
    ],
)
def test_forms_of_the_eighth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a group a relative "who" with no comma stands for, however governed, speaks through it
        (["The president has been under pressure from activists who say debt relief is necessary."],
         [("indirect", "activists", "debt relief is necessary.")]),
        (["Voters named inflation, compared with the 2020 Biden voters who said the president is doing a good job."],
         [("indirect", "2020 Biden voters", "the president is doing a good job.")]),
        # never with a verb before the noun
        (["Officials met activists who say debt relief is necessary."],
         [("indirect", "activists", "debt relief is necessary.")]),
        # nor where the group opens the sentence, nor after a verb of thought ("people who think": a description)
        (["Residents who say they saw the strike were interviewed by the police."], []),
        (["It is surprising that the president still faces people who think he can be persuaded."], []),
        # a past verb after a name ends the subject there: no group "Kerry tempered reports"
        (["John Kerry met the ministers on Friday.",
          "Kerry tempered reports of progress, saying the talks would go on."],
         [("indirect", "John Kerry", "the talks would go on.")]),
        # a diplomatic mission speaks ("mission", "delegation": data/speaker_words.csv)
        (['"We are astonished by the choice of the United States," China\'s mission to the U.N. wrote.'],
         [("direct", "China's mission", "We are astonished by the choice of the United States")]),
        # a quotation after "with X doing ..." with no cue of its own is X's, not the speaker before
        (["President Donald Trump said the virus was a problem.",
          'The State Department has tried to brand it a foreign crisis, with Secretary of State Mike Pompeo '
          'again Wednesday referring to "this crisis that began in Wuhan, China."'],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "Mike Pompeo", "this crisis that began in Wuhan, China.")]),
        (["President Donald Trump said the virus was a problem.",
          'Gun safety groups have raised alarm, with gun control group Brady calling him a "known gun rights '
          'extremist and a danger."'],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "Brady", "known gun rights extremist and a danger.")]),
        # not after a possessive's noun in "-ing" ("with the EU's positioning of China"): the subject's
        (["President Donald Trump said the virus was a problem.",
          'The ambassador took issue with the EU\'s positioning of China as a "partner for co-operation and '
          'a systemic rival".'],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "ambassador", "partner for co-operation and a systemic rival")]),
        # a quotation after the main clause's subject, with no cue of its own, is that subject's rather than
        # the speaker's before; a determiner opening the sentence is no part of the name
        (["President Donald Trump said the virus was a problem.",
          'Another U.S. draft encouraged the U.N. to build on lessons learned in the past, "especially from the '
          'Severe Acute Respiratory Syndrome outbreak."'],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "U.S. government", "especially from the Severe Acute Respiratory Syndrome outbreak.")]),
        (["President Donald Trump said the virus was a problem.",
          'Johannes Wadepfuhl, a deputy parliamentary leader, talked about an "unacceptable interference into '
          'our internal affairs".'],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "Johannes Wadepfuhl", "unacceptable interference into our internal affairs")]),
        # a group that owns the document a sentence opens with is noted as its issuer: "it" and "the report"
        # are that group, not an outlet that obtained it
        (["The expert panel\u2019s 66-page report to the Security Council, obtained Monday by The Associated Press, "
          "also detailed new violations. And it noted a trend in the evasion of financial sanctions.",
          "The full report said the complex remained active. The panel said it continues monitoring plants."],
         [("indirect", "expert panel", "a trend in the evasion of financial sanctions."),
          ("indirect", "expert panel", "the complex remained active."),
          ("indirect", "expert panel", "it continues monitoring plants.")]),
        # after an inverted cue, a compound of group nouns is one group, its last noun the head
        (['"It is a consistent position of us that we do not recognize North Korea," said a defense ministry '
          'spokesman. He said that Seoul will continue to push efforts.'],
         [("direct", "defense ministry spokesman", "It is a consistent position of us that we do not recognize North Korea"),
          ("indirect", "defense ministry spokesman", "Seoul will continue to push efforts.")]),
        # more group nouns of the news (data/speaker_words.csv): guards, friends, allies, colleagues ...
        (["Border guards said Maria Kolesnikova had arrived at the crossing early on Tuesday.",
          "Friends of the 38-year-old say she was snatched by masked men."],
         [("indirect", "border guards", "Maria Kolesnikova had arrived at the crossing early on Tuesday."),
          ("indirect", "friends", "she was snatched by masked men.")]),
        # in a text that quotes in single marks, a cue after a closing single mark is inverted
        (["'Lukashenko\'s regime must make her safe return their highest priority,' said UK foreign secretary "
          "Dominic Raab."],
         [("direct", "Dominic Raab", "Lukashenko's regime must make her safe return their highest priority")]),
        # institutions by their kind past the words before them, each its own ("department", "bank", "party" ...)
        (["The US state department said it was continuing to plan the meeting.",
          "The central bank said rates would rise. The ruling party said it would win."],
         [("indirect", "US state department", "it was continuing to plan the meeting."),
          ("indirect", "central bank", "rates would rise."), ("indirect", "ruling party", "it would win.")]),
        # "hint" reports a clause
        (["However, Donald Trump hinted the US might take a softer line."],
         [("indirect", "Donald Trump", "the US might take a softer line.")]),
        # a surname written before the one full name that ends with it is that person
        (["Mr Bolton recently said North Korea could follow a Libya model.",
          "The White House has not commented on the remarks by John Bolton, the national security adviser."],
         [("indirect", "John Bolton", "North Korea could follow a Libya model.")]),
        # not when two full names end with it
        (["Mr Smith said the talks would resume.", "John Smith and Jane Smith met on Monday."],
         [("indirect", "Smith", "the talks would resume.")]),
        # a word opening the sentence before a name is no part of it
        (["Only Poland has explicitly stated that it might arm Ukraine if asked."],
         [("indirect", "Poland", "it might arm Ukraine if asked.")]),
        # a reported clause whose subject is "this", holding a quotation: reported speech and the quotation
        (["Kim said that this was 'not an expression of intention to address the issue'. And more."],
         [("indirect", "Kim", "this was 'not an expression of intention to address the issue'."),
          ("direct", "Kim", "not an expression of intention to address the issue")]),
        # an owner before a person's full name (a first name of data/first_names.csv) is no part of it
        (["The BBC's Laura Bicker in Seoul says North Korea wants talks.",
          "Pakistan's Foreign Minister said the talks would go on."],
         [("indirect", "Laura Bicker", "North Korea wants talks."),
          ("indirect", "Pakistan's Foreign Minister", "the talks would go on.")]),
        # an owner written by age is the person the text last named in full
        (["Alexei Navalny was flown to Berlin last month after he collapsed on a flight.",
          "The 44-year-old's spokesman confirmed today that he had come out of an induced coma."],
         [("indirect", "Alexei Navalny's spokesman", "he had come out of an induced coma.")]),
        # a time phrase between an auxiliary and its cue
        (["North Korea has in the past suggested that Libya may have escaped intervention.",
          "Officials have over recent weeks said the talks were stalled."],
         [("indirect", "North Korea", "Libya may have escaped intervention."),
          ("indirect", "officials", "the talks were stalled.")]),
        # "add" reports a clause, never a noun phrase ("added some more specific claims")
        (["The ministry said the talks were over. The ministry later added some more specific claims of grave "
          "violations.", "Smith said the talks were over. He added the talks would resume in May."],
         [("indirect", "ministry", "the talks were over."), ("indirect", "Smith", "the talks were over."),
          ("indirect", "Smith", "the talks would resume in May.")]),
        # a day after a listener is no speaker
        (["Nigeria's President Bola Tinubu, fulfilling a legal requirement, informed lawmakers Friday of the "
          "intention to intervene militarily in Niger."], []),
        # a law or a treaty is no speaker (data/speaker_words.csv, "law")
        (["The rules of war as set out in the Geneva Conventions forbid the targeting of the wounded, saying "
          "that they should be cared for.",
          "Smith said the talks failed. According to the Hong Kong Policy Act report, the US has observed the changes."],
         [("indirect", "Smith", "the talks failed.")]),
        # cues of three words; "expressed concerns" as "expressed concern"
        (["Biden's economic advisers, however, made the case that the plan would lower inflation.",
          "Officials also have expressed concerns they are being sidelined. She made the case for a new law."],
         [("indirect", "Joe Biden's economic advisers", "the plan would lower inflation."),
          ("indirect", "officials", "they are being sidelined.")]),
        # a juror speaks; "Though" opens a sentence, no name; "District Attorney" a title
        (["Bill Cosby was charged in 2015. The juror said the vote was 11 to one to acquit.",
          "Though Cosby did not take the stand, he said in a deposition that he gave pills to her.",
          "District Attorney Kevin Steele has said that he plans to retry the case."],
         [("indirect", "juror", "the vote was 11 to one to acquit."),
          ("indirect", "Bill Cosby", "he gave pills to her."),
          ("indirect", "Kevin Steele", "he plans to retry the case.")]),
        # an agency's assessment; a group after an article with a relative clause before its cue; no verb of
        # saying inside a group phrase
        (["Ultimately, the CIA has assessed that the Russian government wanted to elect Donald Trump.",
          "A former CIA official who worked on Russia told NBC News that it was not clear.",
          "The statement said officials believed the hack was directed from Moscow."],
         [("indirect", "CIA", "the Russian government wanted to elect Donald Trump."),
          ("indirect", "former CIA official", "it was not clear."),
          ("indirect", "CIA", "officials believed the hack was directed from Moscow.")]),
        # review: a month after a group noun may be a name; a country is no surname of a person named later
        (["Theresa May met EU leaders in Brussels.", '"We will leave the EU on time," said Tory leader May.',
          "Israel said it would respond to the attack. Democratic congressman Steve Israel spoke later."],
         [("direct", "Theresa May", "We will leave the EU on time"),
          ("indirect", "Israel", "it would respond to the attack.")]),
        # review: no "with X doing" past a time word or a preposition
        (["President Donald Trump said the virus was a problem.",
          'Smith spoke with Mike Pompeo before leaving and referred to the outbreak as "this crisis that began in '
          'Wuhan, China."'],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "Smith", "this crisis that began in Wuhan, China.")]),
    ],
)
def test_forms_of_the_ninth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a weekday after a name ends it, before a cue or after an inverted one; a day is no speaker
        (["Police Chief John Smith Friday said the road was closed. The government Tuesday said it would act.",
          "“You take on the intelligence community, they have six ways from Sunday,” said Senate Minority Leader "
          "Chuck Schumer Tuesday evening on MSNBC."],
         [("indirect", "John Smith", "the road was closed."), ("indirect", "government", "it would act."),
          ("direct", "Chuck Schumer", "You take on the intelligence community, they have six ways from Sunday")]),
        # "speculate" reports; a second cue coordinated with "and" ends the first report
        (["But Tuesday evening, Trump said his briefing was delayed until Friday, and speculated that the spooks "
          "might need more time."],
         [("indirect", "Donald Trump", "his briefing was delayed until Friday"),
          ("indirect", "Donald Trump", "the spooks might need more time.")]),
        # an initial opens a name ("W. Joseph Campbell")
        (["“No such case comes to mind, at least no historical case,” said W. Joseph Campbell, a professor. "
          "Campbell said the case was rare."],
         [("direct", "W. Joseph Campbell", "No such case comes to mind, at least no historical case"),
          ("indirect", "W. Joseph Campbell", "the case was rare.")]),
        # review: a quotation with no cue goes to its own clause's subject, not the sentence's first
        (["President Donald Trump said the virus was a problem.",
          "Smith arrived in Kyiv on Monday, and the minister talked about an “unacceptable interference into our "
          "internal affairs”."],
         [("indirect", "Donald Trump", "the virus was a problem."),
          ("direct", "minister", "unacceptable interference into our internal affairs")]),
        # a cue word in "-ed" between a preposition or an article and its noun is an adjective ("over suspected
        # links"), no cue that ends the report before it; a militant group is no "he" (data/people.csv)
        (["Efkan Ala met reporters. He defended Turkey's record in fighting Islamic State.",
          "He said Turkey had detained 3,318 people over suspected links to Islamic State."],
         [("indirect", "Efkan Ala", "Turkey had detained 3,318 people over suspected links to Islamic State.")]),
        # "where" opens a relative clause, no part of a group, and ends a report before it
        (["The UN said it had access to Madaya, where U.N. officials say there have been reports of deaths."],
         [("indirect", "UN", "it had access to Madaya"),
          ("indirect", "U.N. officials", "there have been reports of deaths.")]),
        # an organisation shown by its kind after its name, in apposition or as an outlet, is the "it" after it;
        # "Observatory" names an organisation that goes on after "for"
        (["Xinhua, China’s official news agency, described the talks as candid. It noted that they had agreed.",
          "The Haberturk newspaper published an image of the bomber. It said he was identified by a finger.",
          "Each side is exerting pressure, said the Syrian Observatory for Human Rights."],
         [("indirect", "Xinhua", "they had agreed."),
          ("indirect", "Haberturk", "he was identified by a finger."),
          ("indirect", "Syrian Observatory for Human Rights", "Each side is exerting pressure")]),
        # a participle's subject is the main clause's, past opening phrases and clauses; "Prosecutor" is a title
        (["In January, when the preliminary ICC examination was opened, Israeli Prime Minister Benjamin Netanyahu "
          "described it as an outrage, saying the court was overstepping its boundaries.",
          "Prosecutor Fatou Bensouda said her office would act."],
         [("indirect", "Benjamin Netanyahu", "the court was overstepping its boundaries."),
          ("indirect", "Fatou Bensouda", "her office would act.")]),
        # a cue's complement is no clause for a second predicate of its subject ("and is", "but has") nor for a
        # relative clause after its object (", which have been"), and a speaker with a relative clause has said
        # nothing before it
        (["The YPG denies any affiliation, and is backed by the US.",
          "Among those implicated is his cousin, Martin Romualdez, who has denied any involvement but has stepped down.",
          "A Syrian military source denied the use of barrel bombs, which have been widely documented in the war."],
         []),
        # an infinitive cue of purpose after a particle or a name reports ("went on to say that", "took to
        # Twitter to say that"); one after a verb does not ("declined to say that")
        (["Smith took to Twitter to say that the vote was rigged. Jones went on to argue that the law was wrong.",
          "Brown declined to say that the law was wrong."],
         [("indirect", "Smith", "the vote was rigged."), ("indirect", "Jones", "the law was wrong.")]),
        # a short question heading a section names whom its "he" means, not the last speaker before it
        (["A Chinese government spokesman urged North Korea to meet halfway.", "Why the personal attack on John Bolton?",
          "The hawkish conservative is a firm defender of US power. He has previously said it would be legitimate to "
          "strike."],
         [("indirect", "John Bolton", "it would be legitimate to strike.")]),
        # a name inside a relative clause set off by commas is no subject of the cue after it; "advocates" is a
        # group noun ("figures" not: "Official figures indicate that ..."), "Officer" a title
        (["The defence research facility, which identified the substance in Salisbury as Novichok, said it was "
          "likely to have been deployed by a state actor.",
          "Voting rights advocates and civil rights groups say that the vote was rigged.",
          "Officer William Porter testified that he had told Goodson."],
         [("indirect", "voting rights advocates and civil rights groups", "the vote was rigged."),
          ("indirect", "William Porter", "he had told Goodson.")]),
        # "which" opens no group: the cue in a relative clause is the group's
        (["Lawmakers have filed bills restricting voting, which voting rights groups say disproportionately "
          "threaten Black voters."],
         [("indirect", "voting rights groups", "disproportionately threaten Black voters.")]),
        # a quantifier opens no name ("Many Ukrainians" are Ukrainians); a plural people's word opening a
        # sentence before a bare cue speaks ("Americans say")
        (["Many Ukrainians say the pronouncement was made under duress.", "Americans say the economy is bad."],
         [("indirect", "Ukrainians", "the pronouncement was made under duress."),
          ("indirect", "Americans", "the economy is bad.")]),
        # a country or its capital opening its sentence before a verb is the state a later "it" means (never
        # "Russian troops", an adjective, nor "Kazakhstan's", an owner)
        (["The United States said the deployment was a threat.",
          "Beijing has rattled nerves with construction on the islands it occupies, though it says these moves are "
          "mostly for civilian purposes."],
         [("indirect", "U.S. government", "the deployment was a threat."),
          ("indirect", "Beijing", "these moves are mostly for civilian purposes.")]),
        # a frequency after a cue and its comma comes before the report ("has said many times, ..."); a cue's
        # bare form after an article is a noun ("posted a note yesterday on X")
        (["But, as President Putin has said many times, Zelensky does not have legitimacy.",
          "The former governor posted a note yesterday on X, saying that he had seen drones."],
         [("indirect", "Vladimir Putin", "Zelensky does not have legitimacy."),
          ("indirect", "former governor", "he had seen drones.")]),
        # a participle with no comma before "that" is the main clause subject's; "express optimism" a cue;
        # "Y quotes X as saying", "X was reported as saying": X speaks
        (["The president has spent weeks arguing that voters gave him a mandate.",
          "Elliott Abrams spoke. He also expressed optimism that Congress would approve the aid.",
          "CBS quotes sources as saying that Putin would concede. A naval officer was reported as saying Australia "
          "should follow."],
         [("indirect", "president", "voters gave him a mandate."),
          ("indirect", "Elliott Abrams", "Congress would approve the aid."),
          ("indirect", "sources", "Putin would concede."),
          ("indirect", "naval officer", "Australia should follow.")]),
        # review: an owner written by age is the person the text gives that age, not the last named in full
        (["Alexei Navalny, 44, was jailed in Moscow on Monday. Olga Mikhailova said the case was political.",
          "The 44-year-old's spokesman said he would appeal."],
         [("indirect", "Olga Mikhailova", "the case was political."),
          ("indirect", "Alexei Navalny's spokesman", "he would appeal.")]),
        # a name set off by a place's appositive is no person for a later "he" ("San Antonio, a midsized Texan
        # city"); "Take" presents a person and "Is" opens a question, neither a name's first word; two
        # nationalities of one group; "Manager" a title
        (["John Roe said the talks had failed. Nigeria consumes as much power as San Antonio, a midsized Texan city.",
          "“They kept telling me we cannot feed our family,” he said.",
          "Take Abdulhai Abubakar, a farmer who fled in 2015. If not, he says, they would lose everything.",
          "This raises questions. Is Iran turning over a new leaf? Soon after, Iran announced that it would stay.",
          "Both Israeli and Saudi diplomats say the circumstances are not right.",
          "Indigenous Rights Manager Tammy Solonec said the plan was wrong.",
          "The candidates promised to scrap the subsidy."],
         [("indirect", "John Roe", "the talks had failed."),
          ("direct", "John Roe", "They kept telling me we cannot feed our family"),
          ("indirect", "Abdulhai Abubakar", "If not, he says, they would lose everything."),
          ("indirect", "Iran", "it would stay."),
          ("indirect", "Israeli and Saudi diplomats", "the circumstances are not right."),
          ("indirect", "Tammy Solonec", "the plan was wrong."),
          ("indirect", "candidates", "to scrap the subsidy.")]),
        # a weekday after an inverted cue is no speaker; "signal" and "guess" (with "that") are cues; "allegedly"
        # stands between a speaker and a cue; "Y cited X as saying": X; "Whether" opens no name
        (["Eliot A. Cohen, a former official who had criticized Mr. Trump during the campaign, said Tuesday on "
          "Twitter that he had changed his opinion.",
          "Paul guessed that two senators would join. Dozens of agency staff signaled they did not feel ready.",
          "Trump allegedly told Jim Mattis that he wanted to screw Amazon.",
          "Yonhap cited the South’s military as saying that North Korea had fired a missile.",
          "Whether Amazon wins is unclear. Amazon said it was surprised."],
         [("indirect", "Eliot A. Cohen", "he had changed his opinion."),
          ("indirect", "Paul", "two senators would join."),
          ("indirect", "dozens of agency staff", "they did not feel ready."),
          ("indirect", "Donald Trump", "he wanted to screw Amazon."),
          ("indirect", "South’s military", "North Korea had fired a missile."),
          ("indirect", "Amazon", "it was surprised.")]),
        # a cue in an opening subordinate clause reports up to its comma ("Although no group claimed responsibility,
        # the bloodshed ..."); "As the President mentioned, ..." reports the clause after; "divulge" a cue; a full
        # name set off after a group and its organisation is the group's speaker
        (["Although no group claimed responsibility, the bloodshed raised fears that militants were active.",
          "As the President mentioned, there are American citizens in Syria.",
          "Officials divulged Thursday that the government had allowed two visits.",
          "The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying it would not break the people's will."],
         [("indirect", "president", "there are American citizens in Syria."),
          ("indirect", "officials", "the government had allowed two visits."),
          ("indirect", "Rachid Ghannouchi", "it would not break the people's will.")]),
        # a day after a preposition opens no name ("On Sunday Shorten denied")
        (["Bill Shorten met reporters on Friday. Tony Abbott spoke later. On Sunday Shorten said the vote was lost."],
         [("indirect", "Bill Shorten", "the vote was lost.")]),
        # "both" with a pair noun stands for the two named together before
        (["Talks between China and America ended on Friday. Both countries said they wanted to meet regularly."],
         [("indirect", "China and America", "they wanted to meet regularly.")]),
        # review: a group with a restrictive "who" that is the sentence's subject after an opening phrase says nothing
        (["On Monday, residents who said they saw the attack were interviewed by police.",
          "The president has been under pressure from activists who say debt relief is necessary."],
         [("indirect", "activists", "debt relief is necessary.")]),
    ],
)
def test_forms_of_the_tenth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_a_dateline_that_lost_its_dash_names_no_one(make_corpus):
    """"BEIJING/WASHINGTON China's ..." (a copy without the dash): no speaker "WASHINGTON China", and no full
    name "WASHINGTON Iran" for a later "Iran"; an acronym opening a story stays ("NATO Secretary General ...")."""
    text = ("Title\n\nDUBAI/WASHINGTON Iran freed 10 U.S. sailors on Wednesday, a day after detaining them.\n\n"
            "The sailors were in Iranian waters, Iran's state media said. Iran denied the vessel had been harmed.\n\n"
            "Washington and Dubai were quiet.\n")
    table = quotes_table(load_corpus(make_corpus({"doc": text})))
    assert list(zip(table.speaker, table.text)) == [
        ("Iran's state media", "The sailors were in Iranian waters"), ("Iran", "the vessel had been harmed.")]
    nato = "Title\n\nNATO Secretary General Jens Stoltenberg said the alliance would respond.\n"
    assert quotes_table(load_corpus(make_corpus({"doc": nato}))).speaker.tolist() == ["Jens Stoltenberg"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a speaker's relative clause before the cue, or after "according to", leaves the content before it
        (["The plan is dead, according to John Smith, who leads the delegation.",
          "Peace is possible, Jane Roe, who leads the talks, said on Monday."],
         [("indirect", "John Smith", "The plan is dead"), ("indirect", "Jane Roe", "Peace is possible")]),
        # a relative clause inside the content leaves its clause whole
        (["Smith suggested the deal, which was signed in March, would collapse within a year."],
         [("indirect", "Smith", "the deal, which was signed in March, would collapse within a year.")]),
        # a capitalised name in -ed or -ing is no opening participle ("King Charles, speaking from Windsor,")
        (["In the interview, King Charles, speaking from Windsor, praised the nurses, saying they were heroes.",
          "On Sunday, Ted Cruz, the Texas senator, attacked the bill, saying it would fail."],
         [("indirect", "Charles", "they were heroes."), ("indirect", "Ted Cruz", "it would fail.")]),
        # an infinitive after a name's object is hypothetical ("pressed Zelensky to say that")
        (["Trump pressed Zelensky to say that he would open an investigation.",
          "Kyiv wants Washington to announce that it will send jets."],
         []),
        # a noun in -ing after an article is no participle ("faced a warning that")
        (["Smith faced a warning that he could be expelled."], []),
        # a relative clause closed before the subject: the subject is no part of it
        (["After the talks, which lasted two hours, Smith left the room and told reporters that the talks had failed."],
         [("indirect", "Smith", "the talks had failed.")]),
        # "Nations" ends an institution's name: the United Nations is the "it" after it, not a country before
        (["Russia fired dozens of missiles overnight. The United Nations said it was alarmed.",
          "It said at least 12 people were killed."],
         [("indirect", "United Nations", "it was alarmed."), ("indirect", "United Nations", "at least 12 people were killed.")]),
        # the last of a list is no clause's subject for the quotation after it
        (["President John Smith said the city was safe.",
          "President John Smith thanked the soldiers, the medics, and the volunteers “who saved this city when no one "
          "else would help us.”"],
         [("indirect", "John Smith", "the city was safe."),
          ("direct", "John Smith", "who saved this city when no one else would help us.")]),
        # a group with a restrictive "who" governed inside an opening phrase speaks; the opening phrase is no report
        (["After meeting activists who say the law is unjust, the minister promised a review."],
         [("indirect", "activists", "the law is unjust")]),
        # a capitalised plural that is no people's word opens no speaker; figures are no speakers
        (["Polls suggest the ruling party will lose its majority. Official figures indicate that inflation is falling."],
         []),
    ],
)
def test_review_of_the_tenth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a person whose appositive mentions a place is still introduced; only a place's own appositive is a place
        (["Ivan Petrov, a resident of the town, stood by the road. He said the shelling began at dawn."],
         [("indirect", "Ivan Petrov", "the shelling began at dawn.")]),
        # plural nouns for people speak with a bare cue; things do not
        (["Democrats say the bill will pass. Polls suggest the party will lose."],
         [("indirect", "Democrats", "the bill will pass.")]),
        # a participle after a noun before "that" is the main subject's; not after an article
        (["The prime minister went on television arguing that the lockdown had worked.",
          "Smith faced a warning that he could be expelled."],
         [("indirect", "prime minister", "the lockdown had worked.")]),
        # an opening phrase and the clause after it, before the cue's comma, are a report
        (["Under the deal, Kyiv would cede land, officials said on Tuesday."],
         [("indirect", "officials", "Under the deal, Kyiv would cede land")]),
        # the object of a restrictive relative clause is no speaker: its antecedent is
        (["Voters who backed the candidate said they felt betrayed."], [("indirect", "voters", "they felt betrayed.")]),
        # "Do" may open a name; a day after "On" opens none
        (["Do Kwon said the collapse was not his fault. On Friday Jones said the talks had collapsed."],
         [("indirect", "Do Kwon", "the collapse was not his fault."), ("indirect", "Jones", "the talks had collapsed.")]),
        # two nationalities governed by a preposition are no speaker
        (["A plan drawn up by Egyptian and Qatari mediators says that a truce will hold."], []),
    ],
)
def test_second_review_of_the_tenth_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


def test_a_title_after_its_owner_is_no_quotation(rows):
    """A quotation in title case right after a possessive is the owner's title ("CNN’s “State of the Union”"),
    no one's words."""
    found = rows("Sen. Rand Paul (R-Ky.), speaking Sunday on CNN’s “State of the Union,” also argued that there was "
                 "nothing wrong.")
    assert not any(text == "State of the Union" for _, _, text in found)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a cue set off by commas inside what a later cue reports has that report: one statement, not two
        (["Other options, the officials said, are measures to restrict access to the banking system, the sources said."],
         [("indirect", "officials", "Other options, the officials said, are measures to restrict access to the banking "
                                    "system")]),
        # a relative clause set off after a group that follows an opening phrase: the group speaks
        (["While no final decisions have been made, the officials, who spoke on condition of anonymity, said the "
          "United States could also act."],
         [("indirect", "officials", "the United States could also act.")]),
        (["Meanwhile, the officials, who declined to be named, said the talks would resume."],
         [("indirect", "officials", "the talks would resume.")]),
        # but an aside before the relative clause still describes the name before it
        (["John Smith, a former ambassador, who now teaches, said the talks were over.",
          "Mr Kennedy, who, one recent poll suggests, could beat Mr Edwards, said he was not ready."],
         [("indirect", "John Smith", "the talks were over."), ("indirect", "Kennedy", "he was not ready.")]),
        # an adverb between "was" and "quoted" keeps the passive: the subject was quoted (this crashed)
        (["John Smith spoke on Friday. He was further quoted as saying that the prime minister will represent everyone."],
         [("indirect", "John Smith", "the prime minister will represent everyone.")]),
        # parliamentary titles before a name: TD (Ireland), MEP; a title's letters before an institution's word are its name
        (["Carlow-Kilkenny TD John McGuinness has long been a critic of the leadership.",
          "McGuinness said the party's campaign turned into a shambles. MEP Seán Kelly said there are a lot of people "
          "unhappy. TD Bank said it would close branches across the region."],
         [("indirect", "John McGuinness", "the party's campaign turned into a shambles."),
          ("indirect", "Seán Kelly", "there are a lot of people unhappy."),
          ("indirect", "TD Bank", "it would close branches across the region.")]),
        # an irregular past tense makes a clause after "told" and its listener, as a verb in -ed does
        (["Hussein al-Thwadi told Reuters the planes struck at dawn. Jones told reporters the meeting on Friday."],
         [("indirect", "Hussein al-Thwadi", "the planes struck at dawn.")]),
        # a role set off after a name before the cue: the name speaks, and what follows the cue is the report
        (["Thwadi, the Sabratha mayor, said some Tunisians, a Jordanian and two women were among the dead."],
         [("indirect", "Thwadi", "some Tunisians, a Jordanian and two women were among the dead.")]),
        # a mayor, a sheriff, a commissioner speak as a group noun does
        (["The talks collapsed on Friday, the mayor said. The sheriff said the roads were closed."],
         [("indirect", "mayor", "The talks collapsed on Friday"), ("indirect", "sheriff", "the roads were closed.")]),
        # a legislator's party and state set off after the name are no name
        (["Sen. Lisa Murkowski, R-Alaska, said the case was not very persuasive at all."],
         [("indirect", "Lisa Murkowski", "the case was not very persuasive at all.")]),
        # a participle after a quotation that closes on its comma is the main subject's
        (['Trump told reporters on Wednesday, describing the strikes as a "very heavy attack," adding that the U.S. '
          'was prepared for further operations.'],
         [("indirect", "Donald Trump", "the U.S. was prepared for further operations.")]),
        # an organisation located by a place phrase speaks, not the place; a group word in an institution's name
        # after "of" is part of that name
        (["The Salah Ghandour Hospital in the city of Bint Jbeil said in a statement that the shelling wounded nine "
          "members of the medical staff.",
          "The Armed Services Committee in the House of Representatives also said it would lead an inquiry."],
         [("indirect", "Salah Ghandour Hospital", "the shelling wounded nine members of the medical staff."),
          ("indirect", "Armed Services Committee", "it would lead an inquiry.")]),
        # "his" after an opening phrase that names a person: that person's, not the one named in the sentence before
        (["President Abdel Fattah el-Sisi of Egypt was the first to reach Mr. Trump for such a call last Wednesday.",
          "Despite the haphazard nature of Mr. Trump’s early calls with world leaders, his advisers said the "
          "transition team was not suffering unusual setbacks."],
         [("indirect", "Donald Trump's advisers", "the transition team was not suffering unusual setbacks.")]),
        # "even", "already", "often" between a speaker and the cue
        (["Experts have even warned that the move would breach the constitution. Officials have already said that "
          "the talks would resume."],
         [("indirect", "experts", "the move would breach the constitution."),
          ("indirect", "officials", "the talks would resume.")]),
        # Malaysian honours before a full name are dropped; before a given name they mean the full name opening so,
        # as "Mr" and "PM" before a given name do when no full name ends with it
        (["Prime Minister Muhyiddin Yassin spoke on Friday. Datuk Seri Azmin Ali said the party would grow.",
          "Tan Sri Muhyiddin said the party would hold a congress. Mr Muhyiddin has told members that he wants a "
          "mandate. PM Muhyiddin said the state was not aligned with the government."],
         [("indirect", "Azmin Ali", "the party would grow."),
          ("indirect", "Muhyiddin Yassin", "the party would hold a congress."),
          ("indirect", "Muhyiddin Yassin", "he wants a mandate."),
          ("indirect", "Muhyiddin Yassin", "the state was not aligned with the government.")]),
        # a pronoun set off after what it reports means no one named in the report; after an opening clause it may
        (["President Donald Trump spoke to reporters about the new role of Jeff Landry, the governor of Louisiana.",
          "Landry, he said, would lead the charge as special envoy to Greenland.",
          "When John Smith arrived at the talks, he said the deal was off."],
         [("indirect", "Donald Trump", "Landry, he said, would lead the charge as special envoy to Greenland."),
          ("indirect", "John Smith", "the deal was off.")]),
        # a cue in a condition reports nothing
        (["Trump said North Korea should be nervous. If it even thinks of attacking US soil, the response will be "
          "swift. If Smith says the deal is off, the talks will collapse."],
         [("indirect", "Donald Trump", "North Korea should be nervous.")]),
        # "the head of X" speaks (not X), also before a relative clause; "the office of X" is X's office
        (["The head of the Wagner mercenary group, which has spearheaded the assault, said this month that its "
          "fighters controlled the city. The head of the agency said the plant was safe.",
          "Earlier, the office of Ukrainian President Volodymyr Zelenskyy said he might discuss neutral status. "
          "The Armenian human rights ombudsman said a woman had been killed."],
         [("indirect", "head of the Wagner mercenary group", "its fighters controlled the city."),
          ("indirect", "head of the agency", "the plant was safe."),
          ("indirect", "Volodymyr Zelenskyy's office", "he might discuss neutral status."),
          ("indirect", "Armenian human rights ombudsman", "a woman had been killed.")]),
        # barristers and airlines speak as groups; letters after a full name are no part of it
        (["In written submissions, al-Libi's barristers said the government had entered her chambers.",
          "Low-cost airlines have criticised the new levels, arguing that the pay-out could exceed the ticket.",
          "During the hearing, Rory Phillips KC, representing the government, said the search was lawful."],
         [("indirect", "al-Libi's barristers", "the government had entered her chambers."),
          ("indirect", "low-cost airlines", "the pay-out could exceed the ticket."),
          ("indirect", "Rory Phillips", "the search was lawful.")]),
        # a second cue after a conjunction and a time shares the subject; the first report ends before them
        (["Tony Blair has said he does not want higher tax rates but on Wednesday said other promises would wait."],
         [("indirect", "Tony Blair", "he does not want higher tax rates"),
          ("indirect", "Tony Blair", "other promises would wait.")]),
        # one class of time prepositions for every rule that reads a time before a name
        (["Until June Mark Carney said the bank would hold rates. Last May Theresa May said the deal was done.",
          "Since Monday Olaf Scholz has said the talks were over."],
         [("indirect", "Mark Carney", "the bank would hold rates."), ("indirect", "Theresa May", "the deal was done."),
          ("indirect", "Olaf Scholz", "the talks were over.")]),
        # a participle after a cue set off by commas is that cue's speaker's, not the main clause subject's
        (["Prime Minister Lee Hsien Loong spoke on Sunday.",
          "Steps have been taken to strengthen the compact, he said, adding that social support will give people "
          "confidence."],
         [("indirect", "Lee Hsien Loong", "Steps have been taken to strengthen the compact"),
          ("indirect", "Lee Hsien Loong", "social support will give people confidence.")]),
        # "many" is they, never he
        (["Prime Minister Lee Hsien Loong spoke on Sunday. The nation defied expectations when many expected it to "
          "fail.", '"We will continue to be exceptional," he said.'],
         [("indirect", "many", "it to fail."), ("direct", "Lee Hsien Loong", "We will continue to be exceptional")]),
        # a speaker inside another's report is not the speaker a quotation with no cue goes on from
        (["Jane Smith said that officials warned the deal was dead.", '"We will not give up on this at all."'],
         [("indirect", "Jane Smith", "officials warned the deal was dead."),
          ("indirect", "officials", "the deal was dead."),
          ("direct", "Jane Smith", "We will not give up on this at all.")]),
        # a group subject before a quotation with no cue, set off by the name the text gives it: that person
        (["Neither the defence minister nor the chief of staff joined Putin on his trip, the Kremlin said.",
          "A senior Ukrainian presidential aide, Mykhailo Podolyak, took to Twitter to mock the trip as a "
          '"special tour of the mass murderer in the occupied and ruined territories".'],
         [("indirect", "Kremlin", "Neither the defence minister nor the chief of staff joined Putin on his trip"),
          ("direct", "Mykhailo Podolyak", "special tour of the mass murderer in the occupied and ruined territories")]),
        # a listed pope keeps his title; a surname alone is still the person the text named so
        (["Speaking at the Vatican on Sunday, Pope Francis said that he was praying for peace.",
          "Jane Francis, a teacher, said the school was closed. Francis said later that the roads were blocked."],
         [("indirect", "Pope Francis", "he was praying for peace."), ("indirect", "Jane Francis", "the school was closed."),
          ("indirect", "Jane Francis", "the roads were blocked.")]),
        # the common nouns of people who speak in the news: consultants, pollsters, defendants, refugees, editors ...
        (["A pollster said turnout would be low. The defendants told the court they were innocent.",
          "Refugees say the camps are full. The editor said the story would run."],
         [("indirect", "pollster", "turnout would be low."), ("indirect", "defendants", "they were innocent."),
          ("indirect", "refugees", "the camps are full."), ("indirect", "editor", "the story would run.")]),
        # a participle that describes a noun before "to be" or "to have" reports nothing; "claimed to have" does
        (["The bomber, an Islamic State member thought to have come from Syria, blew himself up.",
          "The army claimed to have killed 100 fighters in the last day."],
         [("indirect", "army", "to have killed 100 fighters in the last day.")]),
        # a source keeps what the text says it knows: "people familiar with the matter", "with knowledge of"
        (["Two diplomats familiar with the talks said the draft was ready.",
          "The draft was ready, according to people familiar with the matter, even though no one signed it.",
          "A U.S. diplomat with knowledge of the discussion said the vote would be delayed."],
         [("indirect", "two diplomats familiar with the talks", "the draft was ready."),
          ("indirect", "people familiar with the matter", "The draft was ready"),
          ("indirect", "U.S. diplomat with knowledge of the discussion", "the vote would be delayed.")]),
        # a described organisation and its acronym before a relative clause with a cue: the organisation speaks
        (["The hospital was supported by the international medical charity Medecins Sans Frontieres (MSF), which said "
          "it was destroyed by a direct air strike."],
         [("indirect", "MSF", "it was destroyed by a direct air strike.")]),
        # pundits speak as a group, with their quantifier
        (["But some pundits dismiss these polls, arguing that they are unreliable."],
         [("indirect", "some pundits", "they are unreliable.")]),
        # the name before an appositive is the subject a later coordinated cue shares
        (["Brazil, an important regional player, was softer in tone but said it was awaiting the publication of data."],
         [("indirect", "Brazil", "it was awaiting the publication of data.")]),
        # a month after "in early" is a time, no subject a participle may have
        (["Margaret Thatcher wrote to her ministers in March.",
          "However in early April she agreed to go ahead, agreeing with her secretary that a delay would "
          '"look like taking the side of the unions".'],
         [("indirect", "Margaret Thatcher", 'a delay would "look like taking the side of the unions".'),
          ("direct", "Margaret Thatcher", "look like taking the side of the unions")]),
    ],
)
def test_forms_of_the_eleventh_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a listener noun after a named listener is the report's subject ("told the AP police fired ...")
        (["A witness told the AP police fired tear gas at the crowd.",
          "The senator told Fox News leaders of both parties had agreed to a framework."],
         [("indirect", "witness", "police fired tear gas at the crowd."),
          ("indirect", "senator", "leaders of both parties had agreed to a framework.")]),
        # a pronoun at the end of its report means the report's subject when it fits
        (["The mayor said the town would rebuild.",
          "Maria Lopez, 34, has lived in the town all her life and does not want to leave, she said."],
         [("indirect", "mayor", "the town would rebuild."),
          ("indirect", "Maria Lopez", "Maria Lopez, 34, has lived in the town all her life and does not want to leave")]),
        (["Hundreds of homes were flooded.", "The Environment Agency has issued 40 flood warnings, it said."],
         [("indirect", "Environment Agency", "The Environment Agency has issued 40 flood warnings")]),
        # a cue in a relative clause after "if" still reports
        (["It was not immediately clear if Smith, who said last week he would resign, would attend the meeting."],
         [("indirect", "Smith", "he would resign")]),
        # a participle after an "as" aside is the main speaker's
        (["Smith said inflation had peaked, as the central bank predicted, adding that rates could fall next year."],
         [("indirect", "Smith", "inflation had peaked"), ("indirect", "Smith", "rates could fall next year.")]),
        # the writer's clause after an aside and "and" is no one's statement
        (["Three people were killed in the strike, Ukrainian officials said, and there was no immediate comment from "
          "Moscow."],
         [("indirect", "Ukrainian officials", "Three people were killed in the strike, Ukrainian officials said, and "
                                              "there was no immediate comment from Moscow.")]),
        # a weekday after any preposition is a time; a month after "for" may be a first name
        (["By Sunday Russian officials said the fire was under control.",
          "After Monday British officials said no more flights would leave.",
          "It was a good night for April Ryan, who said she would run again."],
         [("indirect", "Russian officials", "the fire was under control."),
          ("indirect", "British officials", "no more flights would leave."),
          ("indirect", "April Ryan", "she would run again.")]),
        # "TD" is a title only before a full name
        (["TD Securities said in a note that the central bank would hold rates."],
         [("indirect", "TD Securities", "the central bank would hold rates.")]),
        # "said to be honest" is no raising participle; a participle before "by" is no clause verb
        (["Smith said to be honest he had not expected to win. The government denied the claims made by the "
          "opposition."],
         [("indirect", "Smith", "to be honest he had not expected to win.")]),
        # "his" after an opening phrase is not the other party's a preposition governs
        (["German Chancellor Olaf Scholz travelled to Kyiv on Monday.",
          "After talks with Volodymyr Zelensky, his spokesman said Germany would send more air defence systems."],
         [("indirect", "Olaf Scholz's spokesman", "Germany would send more air defence systems.")]),
        # a group noun that is the object of a participle or a relative clause's verb is no speaker
        (["The union representing the pilots said the strike would go ahead.",
          "A charity that supports refugees said the new rules were cruel."], []),
    ],
)
def test_review_of_the_eleventh_session(rows, paragraphs, expected):
    assert rows(*paragraphs) == expected
