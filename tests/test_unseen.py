"""The extractors on real texts outside the shipped corpus: the development sets.

``tests/unseen/`` (five BBC News articles of 2004-2005 and an NPR transcript), ``tests/unseen2/``
(six BBC News articles of 2005 and 2025, an NPR transcript), ``tests/unseen3/`` (five BBC News
articles of 2025 dense in reported speech; quotations only, no date annotation), ``tests/unseen4/``
(eight Reuters wire stories of 1987), ``tests/unseen5/`` (six Economist articles of 2018), ``tests/unseen7/`` (two NPR
news transcripts of 2006-2007 in the older label style), ``tests/unseen6/`` (two NPR
Planet Money transcripts of 2023), ``tests/unseen8/`` and ``tests/unseen9/`` (six VOA News articles of 2025
each; quotations only, each scored blind once before any rule looked at it) and ``tests/unseen10/`` (four White
House press briefings and calls of 2024; quotations only, scored blind once) and ``tests/unseen12/`` (six Economist
articles of 2018) and ``tests/unseen13/`` (five BBC News articles of 2025) and ``tests/unseen15/`` (four Al
Jazeera articles and an AP story, 2022-2025) and ``tests/unseen16/`` (three Al Jazeera articles, 2023-2025) and
``tests/unseen17/`` (AP via MailOnline 2013, Reuters 2016 and 2023, CNN 2023) and ``tests/unseen18/`` (NYT 2021-2022,
Politico 2022, NBC News 2020, The Guardian 2018) and ``tests/unseen19/`` (Reuters 2016, AFP 2017, VOA 2016, AP 2019
and 2021) and ``tests/unseen20/`` (BBC News 2015 and 2018, Daily Mail 2020, a Hong Kong Q&A transcript of 2020) and
``tests/unseen21/`` (ABC News 2017, NBC News 2016, Sky News 2022, CBS News 2021) and ``tests/unseen22/`` (The Washington
Post 2021, The Independent 2017, Washington Examiner 2017) and ``tests/unseen23/`` (Reuters 2016, The Economist 2018 and
2023) and ``tests/unseen24/`` (CNN 2015, The Guardian 2021, AP 2021) and ``tests/unseen25/`` (Al Jazeera 2015, BBC News 2018,
The Independent 2021, Deutsche Welle 2020) and ``tests/unseen26/`` (Reuters 2016, AP 2016) and ``tests/unseen27/`` (BBC
News 2015, VOA 2016, The Economist 2023) and ``tests/unseen28/`` (Reuters 2016, Al Jazeera 2015, AP 2018) and
``tests/unseen29/`` (The New York Times 2016, Politico 2019, The Washington Post 2019-2020) and ``tests/unseen30/``
(Reuters 2017 and 2024, Deutsche Welle 2014-2015, AP 2023) and ``tests/unseen31/`` (The Guardian 2017 and 2019, CNN
2013) and ``tests/unseen32/`` (AP 2024, The New York Times 2017, The Washington Post 2015) and ``tests/unseen33/``
(Reuters 2016, AP 2014) and ``tests/unseen34/`` (India Today 2017, The Journal 2025, The Hindu 2024, NCA NewsWire 2021,
CBC News 2018) and ``tests/unseen35/`` (Fox News 2021 and 2024, CNBC 2026) and ``tests/unseen36/`` (BBC News 2004-2005 and
2026) and ``tests/unseen37/`` (The Straits Times 2020) and ``tests/unseen38/`` (Reuters 2023, TASS 2022, AP 1995,
MailOnline 2020) and ``tests/unseen39/`` (AP 2024-2025, ProPublica 2025, NPR 2024) and ``tests/unseen40/`` (Bloomberg
2020, Reuters 2022, CNBC 2026) and ``tests/unseen41/`` (BBC News 2015 and 2025, Reuters 2016, Al Jazeera 2015) and
``tests/unseen42/`` (The Independent 2017, The Telegraph 2014) and ``tests/unseen43/`` (The New York Times 2016, CNN 2024,
Reuters 2016) and ``tests/unseen44/`` (CNN 2013, MailOnline 2014, BBC News 2005, NBC News 2026),
quotations only, each scored blind once, were each annotated by hand before the
extractors were run on them (their READMEs); the rules were then tuned on them, so these scores are
an upper bound. The honest measure is ``tests/test_heldout.py``. Scored exactly as the shipped gold is
(:mod:`newsbook.quote_eval`, the date scorer and targets of the gold tests); the scores and every
mismatch are printed (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from newsbook import load_corpus
from newsbook.corpus import Corpus
from newsbook.paths import REPO_ROOT
from newsbook.quote_eval import mismatches, read_gold, score_quotes
from newsbook.quotes import quotes_table
from newsbook.temporal import date_expressions
from test_quotes import TARGETS
from test_temporal import _score

DEV_SETS = ("unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10",
            "unseen12", "unseen13", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19", "unseen20", "unseen21",
            "unseen22", "unseen23", "unseen24", "unseen25", "unseen26", "unseen27", "unseen28",
            "unseen29", "unseen30", "unseen31", "unseen32", "unseen33", "unseen34", "unseen35", "unseen36", "unseen37",
            "unseen38", "unseen39", "unseen40", "unseen41", "unseen42", "unseen43", "unseen44")
BELOW_TARGET = {
    "unseen3": "measured 2026-11-30 (seventh session): quotes and turns P 0.96 R 0.94, indirect P 0.82 R 0.82 "
               "(groups the annotation names with their qualifiers, 'witnesses and first responders')",
    "unseen5": "measured 2026-11-30 (fifth session): quotes P 0.94 R 0.94, indirect P 0.81 R 0.74; eighth session: "
               "indirect P 0.85 R 0.74 once a hope is no statement (left: speakers the text gives only "
               "as 'they' after an acronym or 'one or two'; a quotation before a mid-sentence 'he wrote')",
    "unseen6": "measured 2026-11-30 (fifth session): reported speech inside transcript turns P 0.77 R 0.61 "
               "(unnamed speakers the annotation names by their role, unmarked speech after 'he said,' in a "
               "guest's turn); quotes and turns P 1.00 R 1.00",
    "unseen7": "measured 2026-11-30 (fifth session): reported speech P 0.67 R 0.62 on 16 statements ('worry that', "
               "kept out: 'worry' is as often a noun; 'were like'; an infinitive 'quick to point to'; 'activists on "
               "both sides of the debate', which the extractor names 'activists'); turns P 1.00 R 1.00",
    "unseen9": "measured 2026-11-30 (sixth session; blind first: quotes P 0.85 R 0.76, reported P 0.61 R 0.49): quotes "
               "P 0.89 R 0.84, reported P 0.81 R 0.78 (eighth session, once a content opening with a quotation "
               "goes on with 'like ...'; left: documents, emails and notices as speakers; qualifiers kept in "
               "group names; 'said A, but that B' as two statements); ninth session: quotes P 0.89 R 0.87 once a quotation "
               "after 'with X doing ...' is X's",
    "unseen10": "measured 2026-11-30 (sixth session; blind first: turns and quotes P 0.49 R 0.29, reported P 0.23 "
                "R 0.19): turns and quotes P 0.95 R 0.93, reported P 0.42 R 0.36; eighth session: turns and quotes P 0.99 "
                "R 0.97 once a questioner the moderator called goes on asking past a moderator's turn that calls no "
                "one but hands over to an answerer, replies 'Yes.' or addresses the questioner; reported P 0.55 R 0.47 "
                "once a briefing's capitalised 'the President' is read as the one person the text titles so, even "
                "named later (left: 'the President' where the text never names him, or names a President-elect "
                "the people list gives the same office; the officials' 'they' for groups named far back)",
    "unseen12": "measured 2026-11-30 (sixth session; blind first: quotes P 0.75 R 0.70, reported P 0.62 R 0.47): quotes "
                "P 0.79 R 0.77, reported P 0.78 R 0.73 (quotations whose speaker is named only after them, or is a "
                "magazine the text then calls 'it'; 'said A and that B' as two statements; an acronym the annotation "
                "spells out); ninth session: quotes P 0.83 R 0.80 once a quotation after its sentence's subject with "
                "no cue of its own is that subject's, not the last speaker's",
    "unseen13": "measured 2026-11-30 (sixth session; blind first: quotes P 0.55 R 0.56, reported P 0.69 R 0.67): quotes "
                "P 0.85 R 0.89, reported P 0.87 R 0.87 (seventh session, once an office named apart from its holder, "
                "'Iran's deputy foreign minister', was read as the person and 'condemned \"...\"' as a cue; 'the army' "
                "for its commander; an autoblog's 'Experts revealed that' before a BBC lede); eighth session: quotes P 0.86 R 0.90, "
                "reported P 0.88 R 0.89 ('announced the news on his platform' no report; two subjects joined by 'and' before a participle, 'Both Denmark and the "
                "Greenlandic government rejected ..., saying'; a group whose qualifier ends in a name; 'the two "
                "nations' for the two named together before)",
    "unseen15": "measured 2026-11-30 (seventh session; blind first: quotes P 0.87 R 0.89, reported P 0.74 R 0.63): "
                "quotes P 0.897 R 0.92, reported P 0.79 R 0.78 (qualifiers kept in group names, 'source in the entourage'; "
                "a negated 'did not say whether ... but added that'); eighth session: reported P 0.83 R 0.82 once a body "
                "named in full before is read in its last words after, 'the weather service', and 'the two "
                "countries' as the two named together before",
    "unseen17": "measured 2026-11-30 (eighth session; blind first: quotes P 0.94 R 0.68, reported P 0.66 R 0.56): "
                "quotes P 0.96 R 1.00 once single marks quote in a text with no double one and 'spoke of \"...\"' "
                "attributes a quotation; reported P 0.73 R 0.62 with 'X and his counterparts' as one pair and a poll's "
                "share as its group's speaker, '19% of Biden's 2020 voters ... said' (left: '33% who said', 'Most of "
                "... - 78% - said'; 'have found that' as a cue); ninth session: reported P 0.74 R 0.65 with 'the 2020 "
                "Biden voters who said'",
    "unseen18": "measured 2026-11-30 (eighth session; blind first: quotes P 0.89 R 0.89, reported P 0.75 R 0.68): "
                "reported P 0.79 R 0.75 (qualifiers the annotation keeps in unnamed sources' names, 'people familiar "
                "with his thinking', which other sets leave off; 'made the case that', 'was told by X that'); ninth session: "
                "quotes P 0.96 R 0.96 ('with X doing ...', the sentence's subject before a quotation, 'Another U.S. "
                "draft', a country's 'mission to the U.N.')",
    "unseen19": "measured 2026-11-30 (ninth session; blind first: quotes P 0.74 R 0.68, reported P 0.74 R 0.64): "
                "quotes P 0.91 R 0.87, reported P 0.81 R 0.75 once a group owning the document its sentence opens "
                "with is its issuer ('The expert panel's report, obtained by The Associated Press, ... And it noted') "
                "and a compound of group nouns follows an inverted cue ('said a defense ministry spokesman') (left: "
                "an unnamed country 'had informed them that', a dateline with no dash, 'The Republican billionaire' "
                "for Trump)",
    "unseen20": "measured 2026-11-30 (ninth session; blind first: quotes and turns P 0.76 R 0.30, reported P 0.61 "
                "R 0.59): quotes and turns P 0.92 R 0.95 once a Q&A transcript's 'Q1:' and 'A:' labels are turns "
                "(the answers the interviewee's, named before the first) and a cue after a closing single mark is "
                "inverted; reported P 0.72 R 0.76 once more group nouns and institutions by their kind are read "
                "('Border guards said', 'The US state department said'), a surname before the one full name ending "
                "so is that person, an owner before a full name ('The BBC's Laura Bicker') or written by age ('The "
                "44-year-old's spokesman') is resolved (left: a BBC copy whose apostrophes are double marks, "
                "'Ukraine\"s'; a crosshead naming the person a later 'he' means; cues in a reporter's question)",
    "unseen21": "measured 2026-12-01 (ninth session; blind first, with the session's rules: quotes P 0.57 R 0.50, "
                "reported P 0.68 R 0.45): quotes P 0.52 R 0.47, reported P 0.49 R 0.49 once 'the juror said' is read; "
                "22 of the 31 wrong speakers are that juror, whom the annotation names 'juror in the Bill Cosby sexual "
                "assault case' and the extractor 'juror' (a qualifier other annotations leave off); left: a CBS copy "
                "that lost its quotation marks, 'P&O' read as 'P', cues the annotation leaves out ('believe with ... "
                "that', 'have concluded that')",
    "unseen22": "measured 2026-12-01 (tenth session; blind first, in the ninth session: quotes P 0.60 R 0.69, reported "
                "P 0.81 R 0.68): quotes P 0.80 R 0.92, reported P 0.82 R 0.74 once a weekday ends a name ('said ... "
                "Chuck Schumer Tuesday evening'), an initial opens one ('W. Joseph Campbell') and 'speculate' is a cue "
                "(left: a description named only later, 'The new leader of Democrats in the Senate says'; a story's "
                "headline quoted as its words; 'declined to comment because Dolan is a “...”')",
    "unseen23": "measured 2026-12-01 (tenth session; blind first: quotes P 0.85 R 0.85, reported P 0.74 R 0.66): reported "
                "P 0.80 R 0.73 once 'over suspected links' is no cue, 'where' opens no group, an organisation in "
                "apposition ('Xinhua, China's official news agency,') is the 'it' after it (left: 'asked that' and "
                "'demanded that', which this annotation counts; 'One opposition activist' and 'U.N. commission of "
                "inquiry' kept whole; a speaker named two paragraphs later)",
    "unseen24": "measured 2026-12-01 (tenth session; blind first: quotes P 0.80 R 0.80, reported P 0.80 R 0.87): quotes "
                "P 0.85 R 0.85, reported P 0.88 R 0.96 once 'Prosecutor' is a title and a participle's subject is the "
                "main clause's past an opening clause (left: a front-page headline and a banner read as the staff's "
                "words; 'he said, according to an ICC news release. \"...\"' giving the next quotation to the last "
                "institution)",
    "unseen25": "measured 2026-12-01 (tenth session; blind first: quotes P 0.89 R 0.86, reported P 0.68 R 0.67): "
                "reported P 0.78 R 0.74 once a name in a relative clause is no subject of the cue after it, "
                "'figures' and 'advocates' are group nouns and 'which' opens no group (left: a broken character "
                "glued to a name, 'NkurunzizaÂ'; banners' words, which this annotation gives the protesters; a "
                "speaker named two sentences after the statement)",
    "unseen26": "measured 2026-12-01 (tenth session; blind first: quotes P 0.96 R 0.96, reported P 0.70 R 0.67): "
                "reported P 0.76 R 0.72 once a dateline that lost its dash names no one and 'Officer' is a title "
                "(left: 'the BOJ' and 'the central bank', which this annotation names 'Bank of Japan' where the "
                "extractor keeps the acronym the text defines; 'demanded they be kept away'; 'was reported as saying')",
    "unseen27": "measured 2026-12-01 (tenth session; blind first: quotes P 0.81 R 0.78, reported P 0.69 R 0.73): "
                "quotes P 0.88 R 0.78, reported P 0.75 R 0.79 once a place's appositive makes no person, 'Take' and "
                "'Is' open no name and two nationalities make one group (left: 'promise to', which this annotation "
                "counts; beliefs it leaves out, 'Many analysts think'; the Economist's lower-case acronyms)",
    "unseen28": "measured 2026-12-01 (tenth session; blind first: quotes P 0.75 R 0.65, reported P 0.77 R 0.81): quotes "
                "P 0.85 R 0.74, reported P 0.86 R 0.90 once 'Manager' is a title (left: paragraphs stored without "
                "their opening mark; 'the paper said' for a newspaper named with its owner's country)",
    "unseen29": "measured 2026-12-01 (tenth session; blind first: quotes P 0.87 R 0.89, reported P 0.51 R 0.48): "
                "quotes P 0.95 R 0.95, reported P 0.61 R 0.61 once a weekday after an inverted cue is no speaker, "
                "'signal' and 'guess' are cues and 'Y cited X as saying' is X's (left: 'his advisers' for the man named "
                "in the same sentence, not the last person; 'officials at key agencies including the Justice and "
                "Defense Departments said'; a sentence Punkt splits inside '(R-Ky.)'; qualifiers the annotation keeps)",
    "unseen30": "measured 2026-12-01 (tenth session; blind first: quotes P 0.82 R 0.82, reported P 0.86 R 0.76): "
                "reported P 0.87 R 0.80 once 'Y cited X as saying' is X's (left: a speaker's outer statement the "
                "extractor folds into a nested one of the same speaker, 'She said she was convinced that ...'; "
                "'Japan’s coast guard' read as Japan)",
    "unseen31": "measured 2026-12-01 (tenth session; blind first, rules at 689a2a8: quotes P 0.64 R 0.63, reported "
                "P 0.68 R 0.64): reported P 0.66 R 0.64 once a day after a preposition opens no name (left: a copy "
                "that lost the spaces after its full stops, 'court.He said', so sentences and names run together)",
    "unseen33": "measured 2026-12-01 (eleventh session; blind first: quotes P 0.70 R 0.70, reported P 0.69 R 0.71): "
                "reported P 0.74 R 0.77 once irregular past tenses make a clause and a role set off after a name keeps "
                "the name the speaker (left: 'a source close to peace talks' named 'source'; a stray quotation mark in "
                "the text)",
    "unseen34": "measured 2026-12-01 (eleventh session; blind first crashed on 'He was further quoted as saying', then "
                "quotes P 0.74 R 0.73, reported P 0.49 R 0.41): quotes P 0.88 R 0.86, reported P 0.80 R 0.67 once TD and "
                "MEP are titles (left: 'The report said' for the paper named before; 'The former Deputy Prime Minister "
                "said')",
    "unseen35": "measured 2026-12-01 (eleventh session; blind first: quotes P 0.90 R 0.87, reported P 0.85 R 0.81): "
                "quotes P 0.97 R 0.94, reported P 0.86 R 0.86 (left: 'Fox News projected', 'according to public polling',"
                " a cue after a long adjunct clause)",
    "unseen36": "measured 2026-12-01 (eleventh session; blind first: quotes P 0.77 R 0.68, reported P 0.70 R 0.61): "
                "quotes P 0.88 R 0.84, reported P 0.85 R 0.82 once barristers and airlines are groups and post-nominal "
                "letters no name (left: 'they' for the advocates named in a prepositional phrase)",
    "unseen37": "measured 2026-12-01 (eleventh session; blind first: quotes P 0.38 R 0.32, reported P 0.57 R 0.50): "
                "quotes P 0.91 R 0.76, reported P 0.78 R 0.69 once Malaysian honours are read (left: a long speech whose "
                "'he said' follows paragraphs of his words)",
    "unseen38": "measured 2026-12-01 (eleventh session; blind first: quotes P 0.65 R 0.65, reported P 0.82 R 0.68): "
                "quotes P 0.76 R 0.76, reported P 0.84 R 0.78 (left: an AP copy without spaces after its full stops; a "
                "quotation inside another's statement)",
    "unseen39": "measured 2026-12-01 (eleventh session; blind first, rules at 48e0288: quotes P 0.77 R 0.77, reported P "
                "0.87 R 0.79; starting rules: quotes P 0.71 R 0.71, reported P 0.77 R 0.69); no rule written for it",
    "unseen40": "measured 2026-12-01 (eleventh session; blind first, rules at 48e0288: quotes P 0.97 R 0.97, reported P "
                "0.53 R 0.61): reported P 0.63 R 0.73 once a source keeps what it knows (left: 'pointed to' and cues in "
                "relative clauses the annotation leaves out)",
    "unseen41": "measured 2026-12-01 (eleventh session; blind first, rules at 48e0288: quotes P 0.85 R 0.85, reported P "
                "0.79 R 0.70): reported P 0.79 R 0.70 (left: acronyms the annotation writes in full; mojibake in the Al "
                "Jazeera copy)",
    "unseen42": "measured 2026-12-01 (eleventh session; blind first, rules at 76c273a: quotes P 0.79 R 0.70, reported "
                "P 0.74 R 0.74): quotes P 0.83 R 0.73 once a month after 'in early' is no subject (left: 'Lord Baker' "
                "for 'Kenneth Baker'; quotations across paragraphs)",
    "unseen43": "measured 2026-12-01 (eleventh session; blind first, rules at 76c273a: quotes P 0.87 R 0.84, reported "
                "P 0.73 R 0.70): reported P 0.76 R 0.72 (left: elliptical groups, 'Another said', 'the second "
                "official')",
    "unseen44": "measured 2026-12-01 (eleventh session; blind first, rules at 76c273a: quotes P 0.91 R 0.86, reported "
                "P 0.77 R 0.56); no rule written for it (left: studies as speakers, 'the study found that')",
    "unseen16": "measured 2026-11-30 (seventh session; blind first: quotes P 0.81 R 0.81, reported P 0.76 R 0.68): "
                "quotes P 0.92 R 0.92, reported P 0.80 R 0.84 on 45 statements (a speaker the text names only by an outlet's words, 'the "
                "British state')",
}
"""Development sets whose quotation scores are still under the targets: the target test is an
expected failure there (its reason gives the figures; it reports XPASS once the rules get there)."""
DATES_BELOW_TARGET = {
    "unseen6": "measured 2026-11-30: right value 0.91, precision 0.67 (generic 'Valentine's Day' and 'the Fourth "
               "of July', a replayed story the host gives no year for)",
    "unseen7": "measured 2026-11-30: right value 0.83, precision 0.83 on 6 expressions ('since 9/11' is not "
               "read as a date; a 'Sunday' the annotation leaves out)",
}
"""The same for the date scores."""
FLOORS = {"unseen3": {"direct and turns": (0.96, 0.94), "indirect": (0.83, 0.83)},
          "unseen5": {"direct and turns": (0.93, 0.93), "indirect": (0.85, 0.74)},
          "unseen6": {"direct and turns": (0.99, 0.99), "indirect": (0.78, 0.64)},
          # unseen7's indirect precision was 0.71 until a group opening its sentence with a qualifier was read
          # ("Activists on both sides of the debate say ..."): that statement is found now, and its annotation
          # names the group with the qualifier, which the extractor (and unseen2's annotation) leaves off
          "unseen7": {"direct and turns": (1.00, 1.00), "indirect": (0.66, 0.62)},
          "unseen9": {"direct and turns": (0.88, 0.86), "indirect": (0.81, 0.80)},
          # unseen10's indirect precision was 0.54 until "colleagues" became a group noun (ninth session): "one
          # of your colleagues told us in advance of this trip that ..." is found now, and its annotation names
          # the speaker "colleague", without the share ("one of your")
          # and reported recall was 0.47 until a group that is a participle's object stopped being a speaker (review
          # of the eleventh session): "something the President, again, reaffirms" no longer gives Joe Biden a false
          # statement, and with it the "he" of a later "And he said, after October 7th," goes unresolved
          "unseen10": {"direct and turns": (0.99, 0.97), "indirect": (0.53, 0.44)},
          "unseen12": {"direct and turns": (0.82, 0.80), "indirect": (0.81, 0.76)},
          "unseen13": {"direct and turns": (0.86, 0.90), "indirect": (0.88, 0.89)},
          "unseen15": {"direct and turns": (0.89, 0.92), "indirect": (0.85, 0.81)},
          "unseen16": {"direct and turns": (0.92, 0.92), "indirect": (0.84, 0.84)},
          # unseen17's reported precision was 0.68 until a participle after a group noun was read as its qualifier
          # ("officials speaking on condition of anonymity said"): "the U.N's nuclear agency monitoring ... says" is
          # found now, and the tokens of the text's "U.N's" (no stop after the N) make its speaker "N's nuclear agency"
          # and 0.73 until "allies" became a group noun (eleventh session): "the U.S. and its allies fear that ..." is
          # found now, a fear the annotation leaves out
          "unseen17": {"direct and turns": (0.96, 1.00), "indirect": (0.72, 0.64)},
          # unseen18's indirect precision was 0.78 until cues of three words were read ("made the case that",
          # ninth session): "Mr. Biden's economic advisers, however, made the case that ..." is found now, named
          # "Joe Biden's economic advisers" (an owner written by surname is the full name given before), which
          # the annotation writes "Biden's economic advisers"
          "unseen18": {"direct and turns": (0.95, 0.95), "indirect": (0.78, 0.75)},
          "unseen19": {"direct and turns": (0.91, 0.87), "indirect": (0.83, 0.77)},
          # unseen20's reported precision was 0.82 until "already" could stand between a speaker and its cue
          # (eleventh session): "US has already observed how China destroyed the autonomy" is found now, a claim
          # the annotation leaves out
          "unseen20": {"direct and turns": (0.91, 0.95), "indirect": (0.80, 0.82)},
          "unseen21": {"direct and turns": (0.51, 0.46), "indirect": (0.48, 0.48)},
          "unseen22": {"direct and turns": (0.80, 0.92), "indirect": (0.82, 0.73)},
          "unseen23": {"direct and turns": (0.84, 0.84), "indirect": (0.79, 0.72)},
          "unseen24": {"direct and turns": (0.85, 0.85), "indirect": (0.91, 0.95)},
          # unseen25's reported speech was 0.78/0.74 while "figures" was a group noun: the review found it made
          # speakers of "Official figures indicate that ...", so it went, and "Opposition figures and rights groups
          # say" is read as "rights groups" again
          "unseen25": {"direct and turns": (0.89, 0.86), "indirect": (0.75, 0.71)},
          # unseen26's quotes were 0.96/0.96 until a relative clause after a cue's object stopped making it a clause
          # ("A Syrian military source denied the use of barrel bombs, which have been ..."): that false report is
          # gone, and with it the group the next sentence's "the source said" named in full, so that quotation's
          # speaker is now "source" where the annotation writes "Syrian military source"
          "unseen26": {"direct and turns": (0.91, 0.91), "indirect": (0.81, 0.76)},
          # unseen27's reported precision was 0.75 until "candidates" became a group noun: "All three candidates
          # promise to ..." is found now (twice), named "three candidates" where the annotation keeps "all"
          "unseen27": {"direct and turns": (0.87, 0.77), "indirect": (0.71, 0.79)},
          "unseen28": {"direct and turns": (0.85, 0.73), "indirect": (0.86, 0.90)},
          "unseen29": {"direct and turns": (0.94, 0.94), "indirect": (0.60, 0.60)},
          "unseen30": {"direct and turns": (0.81, 0.81), "indirect": (0.86, 0.80)},
          "unseen31": {"direct and turns": (0.64, 0.62), "indirect": (0.65, 0.63)},
          "unseen33": {"direct and turns": (0.7, 0.7), "indirect": (0.74, 0.77)},
          "unseen34": {"direct and turns": (0.88, 0.86), "indirect": (0.8, 0.67)},
          "unseen35": {"direct and turns": (0.96, 0.93), "indirect": (0.85, 0.85)},
          "unseen36": {"direct and turns": (0.87, 0.84), "indirect": (0.85, 0.81)},
          "unseen37": {"direct and turns": (0.9, 0.76), "indirect": (0.78, 0.69)},
          "unseen38": {"direct and turns": (0.76, 0.76), "indirect": (0.84, 0.78)},
          "unseen39": {"direct and turns": (0.77, 0.77), "indirect": (0.87, 0.78)},
          "unseen40": {"direct and turns": (0.97, 0.97), "indirect": (0.63, 0.72)},
          "unseen41": {"direct and turns": (0.84, 0.84), "indirect": (0.77, 0.70)},
          "unseen42": {"direct and turns": (0.82, 0.72), "indirect": (0.73, 0.73)},
          "unseen43": {"direct and turns": (0.86, 0.83), "indirect": (0.75, 0.72)},
          "unseen44": {"direct and turns": (0.91, 0.86), "indirect": (0.77, 0.55)}}
"""The scores those sets reached, held so that no rule makes them worse; no claim that they meet
the targets."""


def load_set(name: str) -> tuple[Corpus, pd.DataFrame, pd.DataFrame]:
    """The corpus of ``tests/NAME/`` with its quotation and date gold."""
    folder = REPO_ROOT / "tests" / name
    corpus = load_corpus(folder / "corpus.csv")
    gold_dates = pd.read_csv(folder / "gold_dates.csv", dtype=str, keep_default_na=False)
    return corpus, read_gold(folder / "gold_quotes.csv"), gold_dates


def check_gold_offsets(corpus: Corpus, gold_quotes: pd.DataFrame, gold_dates: pd.DataFrame) -> None:
    """Every gold span is the exact text it claims, in a document of the set."""
    assert set(gold_quotes["doc_id"]) | set(gold_dates["doc_id"]) <= {doc.doc_id for doc in corpus}
    for row in gold_quotes.itertuples():
        assert corpus[row.doc_id].text[row.start:row.end] == row.text, (row.doc_id, row.start)
    for row in gold_dates.itertuples():
        assert corpus[row.doc_id].text[int(row.start):int(row.end)] == row.date_text, (row.doc_id, row.start)


def quote_scores(title: str, corpus: Corpus, gold: pd.DataFrame) -> pd.DataFrame:
    """Score the quotation table of ``corpus`` against ``gold``, printing every breakdown and mismatch."""
    table = quotes_table(corpus)

    def show(label: str, part: pd.DataFrame) -> pd.DataFrame:
        scores = score_quotes(table[table["doc_id"].isin(set(part["doc_id"]))], part)
        print(f"\n{title}, {label}:\n" + scores.to_string(index=False))
        return scores

    scores = show("all documents", gold)
    formats = {doc.doc_id: doc.format for doc in corpus}  # a transcript's many turns can hide article errors
    for fmt, part in gold.groupby(gold["doc_id"].map(formats)):
        show(f"{fmt}s only", part)
    for doc_id, part in gold.groupby("doc_id", sort=False):
        show(doc_id, part)
    problems = mismatches(table, gold)
    if not problems.empty:
        with pd.option_context("display.max_colwidth", 90, "display.width", 250):
            print(problems.to_string(index=False))
    return scores


def assert_quote_targets(scores: pd.DataFrame, targets: dict = TARGETS) -> None:
    for row in scores.itertuples():
        precision, recall = targets[row[1]]
        assert row.precision >= precision and row.recall >= recall, row


def date_scores(title: str, corpus: Corpus, gold: pd.DataFrame) -> tuple[float, float]:
    """``(recall, precision)`` of the date expressions against the gold's content rows, printed."""
    content = gold[gold["chrome"] == "false"]
    frame = date_expressions(corpus)
    recall, precision, misses, extra = _score(frame, content)
    print(f"\n{title} dates: {len(content)} expressions; found with the right value {recall:.3f}, precision {precision:.3f}")
    print("missed:", misses, "\nextra:", extra)
    return recall, precision


@pytest.fixture(scope="module", params=DEV_SETS)
def dev_set(request):
    return request.param, *load_set(request.param)


def test_gold_offsets_are_exact(dev_set):
    _, corpus, gold_quotes, gold_dates = dev_set
    check_gold_offsets(corpus, gold_quotes, gold_dates)


def test_quotes_precision_recall(dev_set, request):
    name, corpus, gold_quotes, _ = dev_set
    if name in BELOW_TARGET:
        request.applymarker(pytest.mark.xfail(reason=BELOW_TARGET[name], strict=False))
    assert_quote_targets(quote_scores(name, corpus, gold_quotes))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quotes_do_not_fall_below_their_floor(name):
    corpus, gold_quotes, _ = load_set(name)
    assert_quote_targets(score_quotes(quotes_table(corpus), gold_quotes), FLOORS[name])


def test_dates_content_scores(dev_set, request):
    name, corpus, _, gold_dates = dev_set
    if gold_dates.empty:
        pytest.skip("no date annotation")
    if name in DATES_BELOW_TARGET:
        request.applymarker(pytest.mark.xfail(reason=DATES_BELOW_TARGET[name], strict=False))
    recall, precision = date_scores(name, corpus, gold_dates)
    assert recall >= 0.90 and precision >= 0.90
