"""Date expressions: found, normalised and resolved against the publication date; gold scores."""

from __future__ import annotations

import datetime as dt
import random
import re

import pandas as pd
import pytest

from newsbook import periods
from newsbook.chrome import classify_chrome
from newsbook.paths import REPO_ROOT
from newsbook.temporal import date_expressions, find_time_expressions
from newsbook.temporal_build import _dateparser_calendar, _plain_calendar
from newsbook.temporal_patterns import FULL_MONTH, GATES
from newsbook.temporal_rules import MonthKey, Scouts, Tail, _compiled, _finditer, _opens, month_starts
from newsbook.temporal_tense import number_value

SAT = dt.date(2022, 1, 8)   # a Saturday
MON = dt.date(2022, 1, 10)  # a Monday
WED = dt.date(2022, 1, 12)  # a Wednesday


def found(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    expressions = find_time_expressions(text, published)
    for e in expressions:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.date, e.precision) for e in expressions]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # explicit calendar dates
        ("The photo was taken on January 5, 2022, in Almaty.", WED, [("January 5, 2022", "2022-01-05", "day")]),
        ("Protests began Jan. 2 in the west.", WED, [("Jan. 2", "2022-01-02", "day")]),
        ("Talks resume Jan. 5 in Geneva.", dt.date(2021, 12, 28), [("Jan. 5", "2022-01-05", "day")]),
        ("The law passed Dec. 5 after a long debate.", WED, [("Dec. 5", "2021-12-05", "day")]),
        ("On 5 January 2022 the internet was cut.", WED, [("5 January 2022", "2022-01-05", "day")]),
        ("He arrived on the 7th of January.", WED, [("the 7th of January", "2022-01-07", "day")]),
        ("Saturday, January 29, 2022", WED, [("Saturday, January 29, 2022", "2022-01-29", "day")]),
        ("The file is dated 2022-01-08.", WED, [("2022-01-08", "2022-01-08", "day")]),
        ("Sept. 30 is the deadline.", dt.date(2022, 9, 1), [("Sept. 30", "2022-09-30", "day")]),
        ("No date here: February 30 is not a day.", WED, []),
        # months
        ("In December 2021, officials met in the capital.", WED, [("December 2021", "2021-12", "month")]),
        ("Troops should be gone by the end of January.", WED, [("January", "2022-01", "month")]),
        ("The vote is planned for March.", WED, [("March", "2022-03", "month")]),
        ("Prices rose in early January.", WED, [("early January", "2022-01", "month")]),
        ("He resigned last December.", WED, [("last December", "2021-12", "month")]),
        ("She may leave soon. May is busy.", WED, []),
        ("Elections were held in May 2019.", WED, [("May 2019", "2019-05", "month")]),
        # years, spans, decades
        ("He served as ambassador from 2001 to 2004.", MON, [("2001", "2001", "year"), ("2004", "2004", "year")]),
        ("He served there in 2001-04.", MON, [("2001", "2001", "year"), ("04", "2004", "year")]),
        ("Nazarbayev had led the country since 1989.", MON, [("1989", "1989", "year")]),
        ("Protests followed the 2019 reshuffle.", MON, [("2019", "2019", "year")]),
        ("Oil boomed in the 2000s.", MON, [("2000s", "200X", "decade")]),
        ("Police detained 1,989 people and fined 2,020 more.", MON, []),
        ("Turnout was 2019 percent of nothing.", MON, []),
        # weekdays: past by default, future when a future cue is nearer
        ("Russian troops arrived Thursday.", SAT, [("Thursday", "2022-01-06", "day")]),
        ("On Monday, the ministry offered condolences.", WED, [("Monday", "2022-01-10", "day")]),
        ("The talks, which begin Monday, will be tense.", SAT, [("Monday", "2022-01-10", "day")]),
        ("Talks which begin Monday are in Geneva.", MON, [("Monday", "2022-01-10", "day")]),
        ("The ministers will meet on Thursday.", MON, [("Thursday", "2022-01-13", "day")]),
        ("The ministers met on Monday.", MON, [("Monday", "2022-01-10", "day")]),
        ("He said Friday that talks will go on.", SAT, [("Friday", "2022-01-07", "day")]),
        ("It happened last Monday.", MON, [("last Monday", "2022-01-03", "day")]),
        ("It resumes next Monday.", MON, [("next Monday", "2022-01-17", "day")]),
        ("Shots were heard Monday night.", WED, [("Monday night", "2022-01-10", "day")]),
        ("They marked Bloody Sunday again.", WED, []),
        # relative to publication
        ("The troops arrived there last week.", MON, [("last week", "2022-W01", "week")]),
        ("Talks take place this week.", MON, [("this week", "2022-W02", "week")]),
        ("The bloc met earlier this week.", WED, [("earlier this week", "2022-W02", "week")]),
        ("What we have seen this past week is new.", MON, [("this past week", "2022-W01", "week")]),
        ("Talks will continue next week.", MON, [("next week", "2022-W03", "week")]),
        ("The U.S. recognised it 30 years ago.", MON, [("30 years ago", "1992", "year")]),
        ("It fell to the Taliban last year.", MON, [("last year", "2021", "year")]),
        ("Prices doubled last month.", MON, [("last month", "2021-12", "month")]),
        ("We heard from him this morning.", MON, [("this morning", "2022-01-10", "day")]),
        ("Putin took part in today's talks.", MON, [("today", "2022-01-10", "day")]),
        ("The curfew ended yesterday.", MON, [("yesterday", "2022-01-09", "day")]),
        ("He was freed two days ago.", MON, [("two days ago", "2022-01-08", "day")]),
        ("She wrote for USA Today for years.", MON, []),
        ("Protests erupted in the first days of the new year.", WED,
         [("the first days of the new year", "2022-01", "month")]),
        ("He spent the last week of December in Almaty.", MON, [("December", "2021-12", "month")]),
        # anchored to the previous date
        ("Troops arrived Thursday. The next day, he ordered them to fire.", SAT,
         [("Thursday", "2022-01-06", "day"), ("The next day", "2022-01-07", "day")]),
        ("The order came on January 6. The day before, crowds had gathered.", WED,
         [("January 6", "2022-01-06", "day"), ("The day before", "2022-01-05", "day")]),
        ("Russia invaded Georgia in 2008. Two years later, talks failed.", MON,
         [("2008", "2008", "year"), ("Two years later", "2010", "year")]),
        ("The next day, he left.", MON, []),
        # tense moves a date written without its year, and a weekday
        ("Mortgage rates rose in October.", dt.date(2023, 6, 15), [("October", "2022-10", "month")]),
        ("He said the vote would be held in March.", WED, [("March", "2022-03", "month")]),
        ("He said he would travel to Moscow on Friday.", WED, [("Friday", "2022-01-14", "day")]),
        ("The results, expected late Tuesday night, were close.", WED, [("late Tuesday night", "2022-01-11", "day")]),
        ("KYIV, Feb 24 (Reuters) - Tanks crossed the border.", dt.date(2022, 2, 24), [("Feb 24", "2022-02-24", "day")]),
        ("A year ago, the border was quiet.", MON, [("A year ago", "2021", "year")]),
        ("Voters head to the polls in next year's election.", MON, [("next year", "2023", "year")]),
        ("The talks failed on Jan. 10. The following week, troops moved.", WED,
         [("Jan. 10", "2022-01-10", "day"), ("The following week", "2022-W03", "week")]),
        # not dates: durations, vague spans, events
        ("The US has been warning for weeks. It ruled for three decades.", MON, []),
        ("We have 30 years of good relations, in recent years especially.", MON, []),
        ("On the eve of the talks, as the other day, over these past few days.", MON, []),
        ("A 2,500-strong force and 100,000 soldiers.", MON, []),
    ],
)
def test_expressions(text, published, expected):
    assert found(text, published) == expected


def test_resolution_is_explained():
    text = "Troops arrived Thursday. The next day, he left. Talks begin Monday. On Jan. 5 it began. In 2014, war."
    how = {e.text: e.resolved_from for e in find_time_expressions(text, SAT)}
    assert how == {
        "Thursday": "publication 2022-01-08",
        "The next day": "previous date 'Thursday' (2022-01-06)",
        "Monday": "publication 2022-01-08, future",
        "Jan. 5": "explicit, year from publication 2022-01-08",
        "2014": "explicit",
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the weekend: the one just past (or under way), the coming one in the future tense
        ("Talks collapsed over the weekend.", MON, [("the weekend", "2022-W01", "week")]),
        ("The party met at the weekend.", SAT, [("the weekend", "2022-W01", "week")]),
        ("Protesters will gather at the weekend.", WED, [("the weekend", "2022-W02", "week")]),
        ("Protesters will gather this weekend.", MON, [("this weekend", "2022-W02", "week")]),
        ("Protesters gathered this weekend.", MON, [("this weekend", "2022-W01", "week")]),
        ("Last weekend, fans packed the stadium.", SAT, [("Last weekend", "2021-W52", "week")]),
        ("The festival opens next weekend.", MON, [("next weekend", "2022-W02", "week")]),
        ("He refused to discuss weekend newspaper reports.", MON, [("weekend", "2022-W01", "week")]),
        ("They booked a weekend break, as every weekend trip is cheap.", MON, []),
        ("Shops open at weekends. It was a three-day weekend ride.", MON, []),
        ("She told NPR's Weekend Edition about it.", MON, []),
        ("It rained on the weekend of January 15.", MON, [("January 15", "2022-01-15", "day")]),
        # "expected to", "set to", "going to" mark the future; a participle after "be" does not mark the past
        ("The vote is widely expected to be 5 May.", dt.date(2005, 2, 14), [("5 May", "2005-05-05", "day")]),
        ("The poll is expected to be held on 5 May.", dt.date(2005, 2, 14), [("5 May", "2005-05-05", "day")]),
        ("The minister is set to visit Kyiv on Friday.", MON, [("Friday", "2022-01-14", "day")]),
        ("They are going to vote on Thursday.", MON, [("Thursday", "2022-01-13", "day")]),
        ("The minister is to visit Kyiv on Friday.", MON, [("Friday", "2022-01-14", "day")]),
        # a quotation's tense is not the reporting clause's
        ('He told MPs on Wednesday: "We will act."', dt.date(2022, 1, 14), [("Wednesday", "2022-01-12", "day")]),
        # a month without a year after an explicit past date, in a later sentence, is in its year
        ("Ron met the crew back in 2014. That summer, rumours spread. One day in July, he got a call.", MON,
         [("2014", "2014", "year"), ("July", "2014-07", "month")]),
        ("The firm was founded in 1998. In March, it floated.", MON, [("1998", "1998", "year"), ("March", "1998-03", "month")]),
        ("The firm, founded in 1998, floated in March.", dt.date(2022, 6, 1), [("1998", "1998", "year"), ("March", "2022-03", "month")]),
        ("The firm was founded in 1998. It will float in March.", MON, [("1998", "1998", "year"), ("March", "2022-03", "month")]),
        ("Leave will rise to nine months by 2027. The plan was announced in December.", MON,
         [("2027", "2027", "year"), ("December", "2021-12", "month")]),
        # a month with "last year", "this year", "next year"
        ("It was launched on 14 February last year.", MON, [("14 February last year", "2021-02-14", "day")]),
        ("In March last year, prices fell.", MON, [("March last year", "2021-03", "month")]),
        ("It opens in June next year.", MON, [("June next year", "2023-06", "month")]),
        # sentence-initial prepositions, possessive months, month spans
        ("In March, the firm floated.", MON, [("March", "2022-03", "month")]),
        ("December's figures were weak.", MON, [("December", "2021-12", "month")]),
        ("May's cabinet met.", MON, []),
        ("Exports rose between November and February.", MON,
         [("November", "2021-11", "month"), ("February", "2022-02", "month")]),
        # decades, fiscal years, spans written with a slash
        ("Cryptographers have known this since the '80s.", dt.date(2019, 12, 4), [("'80s", "198X", "decade")]),
        ("Fashion of the late ’90s returned.", MON, [("’90s", "199X", "decade")]),
        ("The budget for FY2023 and FY24 is tight.", MON, [("FY2023", "2023", "year"), ("FY24", "2024", "year")]),
        ("The 2004/05 season was poor.", MON, [("2004", "2004", "year"), ("05", "2005", "year")]),
        # the end of a period: of the date just named in the sentence, of the story's year, or of publication
        ("Bills are due by the end of the month.", MON, [("the end of the month", "2022-01", "month")]),
        ("The strike starts on 1 March and lasts until the end of the month.", MON,
         [("1 March", "2022-03-01", "day"), ("the end of the month", "2022-03", "month")]),
        ("He was elected in 2004. By the end of the year he had quit.", MON,
         [("2004", "2004", "year"), ("the end of the year", "2004", "year")]),
        # weekdays in names
        ("She told GMTV's Sunday programme and the Sunday Times.", MON, []),
        ("He spoke on Sunday's programme.", MON, [("Sunday", "2022-01-09", "day")]),
        ("They watched Saturday Night Live.", MON, []),
        # "today" meaning nowadays
        ("Today, if you open a slot machine, it is a computer.", MON, []),
        ("Today, they take longer to crack than the universe is old.", MON, []),
        ("In today's economy, nobody saves.", MON, []),
        ("Today, the minister said the plan was dead.", MON, [("Today", "2022-01-10", "day")]),
        ("Today, ministers are meeting in Brussels.", MON, [("Today", "2022-01-10", "day")]),
        ("On today's show, we visit a casino.", MON, [("today", "2022-01-10", "day")]),
        # spoken deixis is resolved against publication too
        ("ROMER: Yesterday, I called him. FOUNTAIN: Tomorrow we go back.", MON,
         [("Yesterday", "2022-01-09", "day"), ("Tomorrow", "2022-01-11", "day")]),
        # not dated: "overnight", holidays, seasons
        ("The rebels attacked overnight. Sales over Christmas were weak. That summer was hot.", MON, []),
    ],
)
def test_news_conventions(text, published, expected):
    assert found(text, published) == expected


def test_year_from_the_story_is_explained():
    text = "He was there back in 2014. One day in July, he got a call."
    how = {e.text: e.resolved_from for e in find_time_expressions(text, MON)}
    assert how["July"] == "explicit, year from previous date '2014' (2014)"


FRI = dt.date(2022, 1, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the wire catalogue: weekdays, parts of days, calendar days, decades, relative periods
        ("Lawmakers voted on Tuesday.", WED, [("Tuesday", "2022-01-11", "day")]),
        ("Tuesday's vote was close.", WED, [("Tuesday", "2022-01-11", "day")]),
        ("The blast came late Monday, police said.", WED, [("late Monday", "2022-01-10", "day")]),
        ("Troops moved in early Friday.", WED, [("early Friday", "2022-01-07", "day")]),
        ("Gunfire was heard Monday night and again last night.", WED,
         [("Monday night", "2022-01-10", "day"), ("last night", "2022-01-11", "day")]),
        ("The minister spoke this morning and resigned earlier today.", WED,
         [("this morning", "2022-01-12", "day"), ("earlier today", "2022-01-12", "day")]),
        ("The ceasefire began on Jan. 5.", WED, [("Jan. 5", "2022-01-05", "day")]),
        ("The deadline is Dec. 31.", dt.date(2021, 12, 1), [("Dec. 31", "2021-12-31", "day")]),
        ("The reforms of the 1990s failed.", WED, [("1990s", "199X", "decade")]),
        ("The envoy will visit next week.", WED, [("next week", "2022-W03", "week")]),
        ("The envoy arrived on Jan. 10. He had left Moscow the previous day.", WED,
         [("Jan. 10", "2022-01-10", "day"), ("the previous day", "2022-01-09", "day")]),
        ("Talks opened on Monday. A day earlier, the army struck.", WED,
         [("Monday", "2022-01-10", "day"), ("A day earlier", "2022-01-09", "day")]),
        ("He left the country two weeks ago.", WED, [("two weeks ago", "2021-W52", "week")]),
        ("It has been independent since independence in 1991.", WED, [("1991", "1991", "year")]),
        ("The reactor exploded in 1986; he was governor in 1986-89.", WED,
         [("1986", "1986", "year"), ("1986", "1986", "year"), ("89", "1989", "year")]),
        ("The 1980s Chernobyl disaster haunts the region.", WED, [("1980s", "198X", "decade")]),
        # not dates: counts, scores, phone numbers, clock times, vague spans, centuries
        ("A 1,991-strong force and 2,500 troops were sent.", WED, []),
        ("The 5-4 vote surprised many. Call 555-1991 or 202-555-2020.", WED, []),
        ("The meeting starts at 10:30.", WED, []),
        ("Aid will arrive in the coming days, and more within weeks.", WED, []),
        ("Prices have doubled over the past decade.", WED, []),
        ("Wars of the 20th century shaped the region; the 19th century was calmer.", WED, []),
        ("Talks will resume in two weeks.", WED, []),
        ("The order came on Jan. 5. Days later, troops left.", WED, [("Jan. 5", "2022-01-05", "day")]),
        ("See example.com/news/2022-01-05/story or npr.org/2022/01/05/1178 for more.", WED, []),
        # wire copy that writes a month in lower case; a month before the noun it dates, whatever the
        # clause's tense (March 1987: the pact of December 1986)
        ("Prices agreed to last december held.", dt.date(1987, 3, 3), [("last december", "1986-12", "month")]),
        ("They fear it would show that the\nDecember pact is falling apart.", dt.date(1987, 3, 3),
         [("December", "1986-12", "month")]),
        ("Markets may march higher in the march of time.", WED, []),
        # a vague span is no datable period; "moreover" holds no "over"
        ("He came about a month ago and found the board over a decade ago.", WED, []),
        ("Moreover two years ago it failed.", WED, [("two years ago", "2020", "year")]),
        ("That is what they fought over. Two years ago, the war began.", WED, [("Two years ago", "2020", "year")]),
        ("The May agreement held; the March 2022 talks did not.", WED, [("March 2022", "2022-03", "month")]),
    ],
)
def test_wire_catalogue(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two days of one month: both are dated, the second in the first's month and year
        ("Talks were held Jan. 5-6 in Geneva.", WED, [("Jan. 5", "2022-01-05", "day"), ("6", "2022-01-06", "day")]),
        ("Delegates met on 3 and 4 January.", WED, [("3", "2022-01-03", "day"), ("4 January", "2022-01-04", "day")]),
        ("Voting ran from 28 to 30 December, 2021.", WED,
         [("28", "2021-12-28", "day"), ("30 December, 2021", "2021-12-30", "day")]),
        ("Talks will be held on Feb. 3 and 4, officials said.", WED,
         [("Feb. 3", "2022-02-03", "day"), ("4", "2022-02-04", "day")]),
        ("The summit ran 30-31 January in Davos.", dt.date(2022, 2, 2),
         [("30", "2022-01-30", "day"), ("31 January", "2022-01-31", "day")]),
        # not a span: a count follows, or the numbers are a score
        ("On Jan. 5 and 6 people were hurt.", WED, [("Jan. 5", "2022-01-05", "day")]),
        ("The court ruled 5-4 on Jan. 10.", WED, [("Jan. 10", "2022-01-10", "day")]),
        # two months: "January-March", "(January to March)"
        ("Sales in the January-March quarter rose 5%.", dt.date(2022, 5, 10),
         [("January", "2022-01", "month"), ("March", "2022-03", "month")]),
        ("The (April to June) quarter was weak.", dt.date(2022, 8, 1),
         [("April", "2022-04", "month"), ("June", "2022-06", "month")]),
    ],
)
def test_day_and_month_spans(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # weekday spans: the end follows the start; in the past the start is the last before the end
        ("From Monday to Friday, talks went on.", SAT, [("Monday", "2022-01-03", "day"), ("Friday", "2022-01-07", "day")]),
        ("Strikes hit the port Monday-Wednesday.", FRI, [("Monday", "2022-01-10", "day"), ("Wednesday", "2022-01-12", "day")]),
        ("Talks will run from Monday until Thursday.", WED, [("Monday", "2022-01-17", "day"), ("Thursday", "2022-01-20", "day")]),
        ("They met on Monday and Tuesday.", WED, [("Monday", "2022-01-10", "day"), ("Tuesday", "2022-01-11", "day")]),
        # a weekday with no tense cue of its own takes that of the date before it in its clause
        ("He will fly to Paris on Friday and to Berlin on Saturday.", WED,
         [("Friday", "2022-01-14", "day"), ("Saturday", "2022-01-15", "day")]),
        ("She flew to Paris on Friday, then to Berlin on Saturday.", dt.date(2022, 1, 17),
         [("Friday", "2022-01-14", "day"), ("Saturday", "2022-01-15", "day")]),
        # modifiers, any case; a weekday of a named week; "the following Monday"
        ("Late Wednesday, the council voted.", FRI, [("Late Wednesday", "2022-01-12", "day")]),
        ("Last Tuesday, he was freed.", WED, [("Last Tuesday", "2022-01-11", "day")]),
        ("He was freed on Tuesday last week.", WED, [("Tuesday last week", "2022-01-04", "day")]),
        ("The envoy arrives on Thursday next week.", WED, [("Thursday next week", "2022-01-20", "day")]),
        ("Talks began on Jan. 5. The following Monday, they collapsed.", WED,
         [("Jan. 5", "2022-01-05", "day"), ("The following Monday", "2022-01-10", "day")]),
        ("The following Monday, they collapsed.", WED, []),
        # no particular day
        ("Protesters gather every Monday.", WED, []),
        ("It happened on a Friday, as most raids do.", WED, []),
        ("Officials meet each Tuesday.", WED, []),
    ],
)
def test_weekday_spans_and_modifiers(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the period of the date just named
        ("The deal was signed on Jan. 5. Later that day, protests began.", WED,
         [("Jan. 5", "2022-01-05", "day"), ("Later that day", "2022-01-05", "day")]),
        ("Troops entered the city on Monday. That night, the power failed.", WED,
         [("Monday", "2022-01-10", "day"), ("That night", "2022-01-10", "day")]),
        ("The treaty was signed in 1997. That same year, the war ended.", WED,
         [("1997", "1997", "year"), ("That same year", "1997", "year")]),
        ("The accord was signed in March 2014. Fighting resumed the same month.", WED,
         [("March 2014", "2014-03", "month"), ("the same month", "2014-03", "month")]),
        ("The rebels attacked on Sunday. Hours later, the army hit back.", WED,
         [("Sunday", "2022-01-09", "day"), ("Hours later", "2022-01-09", "day")]),
        ("Police arrived on Jan. 3. Two hours later, the crowd left.", WED,
         [("Jan. 3", "2022-01-03", "day"), ("Two hours later", "2022-01-03", "day")]),
        ("Rockets struck on Friday. In the afternoon, the ministry said 12 died.", WED,
         [("Friday", "2022-01-07", "day"), ("the afternoon", "2022-01-07", "day")]),
        ("Markets fell on Tuesday. Earlier in the day, the bank cut rates.", WED,
         [("Tuesday", "2022-01-11", "day"), ("Earlier in the day", "2022-01-11", "day")]),
        # the next or previous day, or part of a day
        ("The envoy arrived on Jan. 10. The previous evening, he had met rebels.", WED,
         [("Jan. 10", "2022-01-10", "day"), ("The previous evening", "2022-01-09", "day")]),
        ("The vote was on Jan. 10. The night before, crowds gathered.", WED,
         [("Jan. 10", "2022-01-10", "day"), ("The night before", "2022-01-09", "day")]),
        ("The vote was on Jan. 10. The morning after, crowds left.", WED,
         [("Jan. 10", "2022-01-10", "day"), ("The morning after", "2022-01-11", "day")]),
        ("Riots broke out in 1986, and in December of that year thousands marched.", WED,
         [("1986", "1986", "year"), ("December of that year", "1986-12", "month")]),
        ("Prices peaked in March of last year.", WED, [("March of last year", "2021-03", "month")]),
        # none without a date to refer to, or one too coarse; "that" as a conjunction
        ("That day, protests began. In the afternoon, the ministry spoke.", WED, []),
        ("The war began in 2014. That night, shells fell.", WED, [("2014", "2014", "year")]),
        ("On Monday he said that day would come.", WED, [("Monday", "2022-01-10", "day")]),
        ("Talks were held last year. He works in the morning, as always.", WED, [("last year", "2021", "year")]),
    ],
)
def test_same_period_as_the_date_before(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # periods of the publication (or of the date just named in the sentence)
        ("The ministry said earlier in the week that talks had failed.", WED, [("earlier in the week", "2022-W02", "week")]),
        ("Earlier in the year, officials had warned of shortages.", WED, [("Earlier in the year", "2022", "year")]),
        ("Later in the month, the bank will decide.", WED, [("Later in the month", "2022-01", "month")]),
        ("The merger should close by year-end, or by year's end at the latest.", WED,
         [("year-end", "2022", "year"), ("year's end", "2022", "year")]),
        ("Growth will slow this year and next.", WED, [("this year", "2022", "year"), ("next", "2023", "year")]),
        ("Prices rose last year and this.", WED, [("last year", "2021", "year"), ("this", "2022", "year")]),
        ("At the end of the day, it is about trust.", WED, []),
        # year forms
        ("By mid-2023, prices had doubled.", MON, [("mid-2023", "2023", "year")]),
        ("Israel withdrew to the pre-1967 lines.", MON, [("1967", "1967", "year")]),
        ("He was jailed in '98 and freed in ’04.", MON, [("'98", "1998", "year"), ("’04", "2004", "year")]),
        ("The 1970's were hard.", MON, [("1970's", "197X", "decade")]),
        ("In 2021 people voted in droves.", MON, [("2021", "2021", "year")]),
        # four-digit numbers that are labels, counts, measures or clock times
        ("He was held in Room 1991 under section 2004 of the code.", MON, []),
        ("Security Council Resolution 1973 authorised force; Flight 2022 was delayed.", MON, []),
        ("More than 2000 people died and 1800 homes burned.", MON, []),
        ("The summit ends at 1430 GMT; the plane landed at 1830 local time.", MON, []),
        ("Listen from 1900 GMT.", MON, []),
    ],
)
def test_periods_and_years(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # holidays on a fixed day, in the year nearest publication by tense
        ("On Christmas Eve, the rebels attacked.", WED, [("Christmas Eve", "2021-12-24", "day")]),
        ("Fireworks lit the sky on New Year's Day.", WED, [("New Year's Day", "2022-01-01", "day")]),
        ("He was freed on Christmas Day 2019.", WED, [("Christmas Day 2019", "2019-12-25", "day")]),
        ("Rallies are planned for International Women’s Day.", dt.date(2022, 3, 1),
         [("International Women’s Day", "2022-03-08", "day")]),
        ("Sales over Christmas were weak. Independence Day parades were cancelled.", WED, []),
        # a day without its year that recurs; "today" meaning nowadays
        ("The parade is held every May 9, and families gather each Christmas Eve.", WED, []),
        ("Those years still shape politics today. Even today, the scars remain.", WED, []),
        ("The minister arrives today.", WED, [("today", "2022-01-12", "day")]),
        # "since" puts a date in the past; abbreviations and clock times do not end a clause
        ("It was the worst attack since Nov. 3.", dt.date(2022, 6, 1), [("Nov. 3", "2021-11-03", "day")]),
        ("It was the first visit since March.", MON, [("March", "2021-03", "month")]),
        ("Inflation hit 7% in December, the highest since June 1982.", MON,
         [("December", "2021-12", "month"), ("June 1982", "1982-06", "month")]),
        ("The meeting starts at 10 a.m. Tuesday.", WED, [("Tuesday", "2022-01-18", "day")]),
        ("Talks resume at 10:30 on Friday.", SAT, [("Friday", "2022-01-14", "day")]),
        # a month and day written with its year earlier in the text keep that year
        ("On Jan. 6, 2021, a mob stormed the Capitol. The Jan. 6 riot shocked the nation.", dt.date(2022, 6, 1),
         [("Jan. 6, 2021", "2021-01-06", "day"), ("Jan. 6", "2021-01-06", "day")]),
    ],
)
def test_holidays_tense_and_earlier_years(text, published, expected):
    assert found(text, published) == expected


def test_year_from_an_earlier_full_date_is_explained():
    text = "On Jan. 6, 2021, a mob stormed the Capitol. The Jan. 6 riot shocked the nation."
    how = [e.resolved_from for e in find_time_expressions(text, dt.date(2022, 6, 1))]
    assert how[1] == "explicit, year from earlier 'Jan. 6, 2021' (2021-01-06)"


@pytest.mark.parametrize(
    ("paragraph", "chrome"),
    [("Copyright © 2019 NPR. All rights reserved.", True), ("date: 20191204", True), ("---", True),
     ('excerpt: "Talks may resume next week."', True), ("image: assets/images/talks.jpg", True),
     ('citation: "Planet Money," 2 Juni 2023.', True), ("Date: the talks resumed in 2019.", False),
     ("The copyright of 2019 was sold.", False)],
)
def test_dates_in_page_chrome(paragraph, chrome):
    """Front matter and copyright lines are page chrome (``data/chrome_patterns.csv``), so their
    years are not content dates."""
    assert bool(classify_chrome([paragraph])[0]) == chrome


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
def test_weekday_equal_to_publication_weekday_is_that_day(weekday):
    """The dateparser trap: a weekday equal to the publication weekday is not a week earlier."""
    published = dt.date(2022, 1, 10) + dt.timedelta(days=list(periods._WEEKDAYS).index(weekday.lower()))
    (expression,) = find_time_expressions(f"Protests began {weekday}.", published)
    assert expression.date == published.isoformat()


@pytest.mark.parametrize(
    ("precision", "day", "value", "last"),
    [("day", "2022-01-06", "2022-01-06", "2022-01-06"), ("week", "2022-01-03", "2022-W01", "2022-01-09"),
     ("month", "2021-12-01", "2021-12", "2021-12-31"), ("year", "2014-01-01", "2014", "2014-12-31"),
     ("decade", "1990-01-01", "199X", "1999-12-31"), ("week", "2021-01-04", "2021-W01", "2021-01-10")],
)
def test_periods(precision, day, value, last):
    first = dt.date.fromisoformat(day)
    assert periods.iso_value(precision, first) == value
    assert periods.end_of(precision, first).isoformat() == last


@pytest.mark.parametrize(("words", "value"), [("30", 30), ("a", 1), ("two", 2), ("twenty-five", 25), ("a dozen", 12)])
def test_number_value(words, value):
    assert number_value(words) == value


def _score(found_frame: pd.DataFrame, gold: pd.DataFrame) -> tuple[float, float, list, list]:
    hits, used = set(), set()
    for gi, g in gold.iterrows():
        same = found_frame[(found_frame["doc_id"] == g["doc_id"]) & (found_frame["start"] < int(g["end"]))
                           & (found_frame["end"] > int(g["start"])) & (found_frame["date"] == g["date"])
                           & (found_frame["precision"] == g["precision"])]
        if len(same):
            hits.add(gi)
            used.update(same.index)
    misses = gold.loc[~gold.index.isin(hits), ["doc_id", "date_text", "date"]].values.tolist()
    extra = found_frame.loc[~found_frame.index.isin(used), ["doc_id", "date_text", "date"]].values.tolist()
    return len(hits) / len(gold), len(used) / max(len(found_frame), 1), misses, extra


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(REPO_ROOT / "tests" / "gold" / "dates.csv", dtype=str, keep_default_na=False)


def test_gold_offsets_are_exact(corpus, gold):
    for row in gold.itertuples():
        assert corpus[row.doc_id].text[int(row.start):int(row.end)] == row.date_text


def test_gold_content_scores(corpus, gold):
    content = gold[gold["chrome"] == "false"]
    frame = date_expressions(corpus)
    recall, precision, misses, extra = _score(frame, content)
    print(f"\ndates gold: {len(content)} expressions; found with the right value {recall:.3f}, precision {precision:.3f}")
    print("missed:", misses, "\nextra:", extra)
    assert recall >= 0.90 and precision >= 0.90


def test_chrome_only_on_request(corpus, gold):
    chrome = gold[gold["chrome"] == "true"]
    assert not date_expressions(corpus)["chrome"].any()
    with_chrome = date_expressions(corpus, include_chrome=True)
    recall, _, misses, _ = _score(with_chrome[with_chrome["chrome"]], chrome)
    print(f"\nchrome gold: {len(chrome)} expressions; found {recall:.3f}")
    assert recall == 1.0, misses


def test_table_offsets_and_sentences(corpus):
    frame = date_expressions(corpus, include_chrome=True)
    for row in frame.itertuples():
        text = corpus[row.doc_id].text
        assert text[row.start:row.end] == row.date_text
        assert text[row.sentence_start:row.sentence_end] == row.sentence
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
        assert row.first_day <= row.last_day


@pytest.mark.parametrize("text", [
    "January 5", "January 05", "January 5th", "January 1nd", "5 January", "05th January", "September 24th",
    "January 5 2022", "7 October 2023", "August 5th 1992", "February 29", "February 29 2024", "December 31 1604",
    "December 2021", "May 2099", "Saturday January 29 2022", "Monday January 29 2022", "Sunday 6 February",
    "Wednesday July 4",
])
def test_plain_calendar_strings_read_as_dateparser_reads_them(text):
    assert _plain_calendar(text) is not None
    assert _plain_calendar(text) == _dateparser_calendar(text)


@pytest.mark.parametrize("text", ["February 30", "February 29 2022", "January 0", "January 32", "Jan. 5",
                                  "the 4th of July", "January  5", "january 5", "2022-01-08", "1/5/2022"])
def test_other_calendar_strings_are_left_to_dateparser(text):
    assert _plain_calendar(text) is None


GATED_EXAMPLES = (
    "On the 5th of January, 7 October 2023 and Sunday 6 February, in December 2021 and Jan. 2022, since May, "
    "in March, last March and last december, the December pact, In March, March's figures, early March, March of "
    "last year, between March and May, March-May, by the end of the year, two days later, hours later, "
    "later that day, that evening, the day after, the next day, on 2022-01-08 and 1/5/2022, the 1990s and the '80s, from 2001-04, in '98, at year-end and at the year’s end."
)


def test_every_match_of_a_gated_date_rule_opens_its_gate(corpus):
    """A gate only spares a rule's scan of a text that cannot hold its match: every match holds it."""
    texts = [doc.text for doc in corpus] + [GATED_EXAMPLES]
    checked = 0
    for rule, pattern, gate, _, _ in _compiled():
        if not gate:
            continue
        for text in texts:
            for match in pattern.finditer(text):
                assert _opens(GATES[gate], match.group(0), {}), (rule, match.group(0))
                checked += 1
    assert checked > 40  # the year rules, most of the matches, have no gate


def test_a_month_in_full_is_found_at_the_months(corpus):
    """The full-month gate is read off the places a month may begin (a month in full opens with its first
    three letters, each found there): the same answer as a scan for one, on every text and on made-up ones."""
    made_up = ["", "Jan", "Januar", "the January pact", "JanJanuary", "MarchMay", "Mayday", "Decemberr", "xSeptember",
               "Sept. 5", "Marches", "junE", "Jun June"]
    for text in [doc.text for doc in corpus] + made_up + [GATED_EXAMPLES]:
        expected = FULL_MONTH.search(text) is not None
        assert any(FULL_MONTH.match(text, at) for at in month_starts(text)) == expected, text


@pytest.mark.parametrize(("gate", "phrase"), [
    ("period", "week"), ("period", "month"), ("period", "year"), ("weekend", "weekend"), ("today", "today"),
    ("today", "tonight"), ("today", "yesterday evening"), ("today", "this afternoon"), ("today", "last night"),
    ("today", "the day before yesterday"), ("today", "the day after tomorrow"), ("today", "tomorrow morning"),
])
def test_case_blind_gates_open_for_every_case_form(gate, phrase):
    """A case-blind gate reads the segment in lower case: it opens for every character a case-blind
    pattern matches for each letter of the phrase (the long s, the dotless i, the Kelvin sign ...)."""
    case_blind = re.compile(re.escape(phrase), re.IGNORECASE)
    below_surrogates = "".join(map(chr, range(0xD800)))
    for i, letter in enumerate(phrase):
        for char in re.findall(re.escape(letter), below_surrogates, re.IGNORECASE) + ["x", "\u212a"]:
            text = phrase[:i] + char + phrase[i + 1:]
            assert _opens(GATES[gate], text, {}) or not case_blind.search(text), text
    assert not _opens(GATES[gate], "nothing of the kind", {})


MONTH_TEXTS = [
    "On Monday, January 5, 2022, and Wednesday,\n\tthe 5th  -  the 6th of   January, troops came in\n\nMarch.",
    "Since the   beginning of May, since the  beginning of\n May, between March and May, from  June to July, early - - - January 2022, mid-Jan. 2022.",
    "(5 January) “6th of March” x5 March _in March in_March 31st-1st Dec. 5 and 6 January, the 5th through the 6th of May.",
    "Mayor March Marching Decided JanJan Jan. Sept. 5 and 6 people; throughout   \u00a0 December, during\u2003April.",
    "In March, the March pact. Since May, March's figures, late-June, this past  July, March-May and June to July.",
]


def test_rules_with_a_month_find_what_a_scan_finds(corpus):
    """A rule with a ``(?#month:N)`` mark, tried only within N words before a month, finds what
    ``finditer`` finds over the whole text; a tail that opens with a month, what its own scan finds."""
    keyed = [(pattern, finder, anchor) for _, pattern, _, finder, anchor in _compiled() if isinstance(finder, MonthKey)]
    assert len(keyed) >= 6
    rng = random.Random(5)
    from newsbook.temporal_patterns import _PREPOSITIONS, OPENING_PREPOSITIONS

    words = ("January Jan. Sept. May March Monday the The of early mid late in since from between and to through 5 5th end beginning "
             "31 2022 In this past pact 's - – , . ( “ x _ \u00a0 until").split()
    words += _PREPOSITIONS.split("|") + OPENING_PREPOSITIONS.split("|")  # every word a month rule may count before its month
    seps = [" ", "  ", "\n\n", "", ",", "-", "\t", " - "]
    randoms = ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    opening = [(pattern, tail) for _, pattern, _, tail, _ in _compiled() if isinstance(tail, Tail) and tail.opens_with_month]
    assert len(opening) >= 5
    for text in [doc.text for doc in corpus] + MONTH_TEXTS + randoms:
        for pattern, finder, anchor in keyed:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in _finditer(pattern, finder, text, anchor)] == expected, (pattern.pattern[:60], text)
        for pattern, tail in opening:  # a tail that opens with a month, sought at the months: as sought everywhere
            expected = [(m.span(), m.groupdict()) for m in _finditer(pattern, tail._replace(opens_with_month=False), text)]
            assert [(m.span(), m.groupdict()) for m in _finditer(pattern, tail, text)] == expected, (pattern.pattern[:60], text)


def test_tails_tried_at_their_starts_find_what_every_place_finds(corpus):
    """A rule found from its tail is matched only where its anchor says a match may begin, within the
    tail's reach: the same matches as trying every place there that does not follow a letter or digit."""
    def at_every_place(pattern, tail, text):
        for t in tail.pattern.finditer(text):
            for place in range(max(0, t.start() - tail.reach), t.start() + 1):
                if place and text[place - 1].isalnum():
                    continue
                m = pattern.match(text, place)
                if m and m.end() == t.end():
                    yield m
                    break

    tails = [(pattern, tail._replace(opens_with_month=False)) for _, pattern, _, tail, _ in _compiled() if isinstance(tail, Tail)]
    assert len(tails) >= 20
    rng = random.Random(3)
    words = ("last this next early mid late the The that That year week month weekend day night later ago two 2 Twenty "
             "years days March January's Christmas Eve New Year's Day pre post Mid FY 1990s '98 in In _ x5 é").split()
    randoms = ["".join(rng.choice(words) + rng.choice([" ", "  ", "-", "_", "", "\n"]) for _ in range(rng.randint(1, 10)))
               for _ in range(1500)]
    for text in [doc.text for doc in corpus] + [GATED_EXAMPLES] + randoms:
        for pattern, tail in tails:
            expected = [(m.span(), m.groupdict()) for m in at_every_place(pattern, tail, text)]
            assert [(m.span(), m.groupdict()) for m in _finditer(pattern, tail, text)] == expected, (pattern.pattern[:60], text)


def test_rules_found_from_scouts_find_what_a_scan_finds(corpus):
    """A case-blind rule tried only where its scouts match the text in lower case finds what
    ``finditer`` finds, in every case form (the long s, the dotless i and the Kelvin sign read as
    their ASCII letters) and with any white space between its words."""
    scouted = [(pattern, finder, anchor) for _, pattern, _, finder, anchor in _compiled() if isinstance(finder, Scouts)]
    assert scouted
    rng = random.Random(8)
    words = ("today TODAY Today tonight yesterday Yesterday tomorrow this This THIS morning afternoon evening last "
             "LAST night Night the The day Day before after x _ 5 ſ İ ı \u212a toDay t’ - ,").split()
    seps = [" ", "  ", "\n\n", "", ",", "-", "\t", "\u00a0", "\u2003"]
    randoms = ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in [doc.text for doc in corpus] + randoms:
        for pattern, finder, anchor in scouted:
            assert [(m.span(), m.groupdict()) for m in _finditer(pattern, finder, text, anchor)] == \
                   [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text


def test_words_before_counts_words_as_a_walk_back_does():
    """The count of words before a place, read in the reversed text, is the walk back over
    separators and words one character at a time, on random texts of words and separators."""
    from newsbook.temporal_rules import _WORD_SEPARATORS, _words_before

    def walk_back(text: str, end: int, count: int) -> int:
        at = end
        for _ in range(count):
            while at and (text[at - 1].isspace() or text[at - 1] in _WORD_SEPARATORS):
                at -= 1
            while at and not (text[at - 1].isspace() or text[at - 1] in _WORD_SEPARATORS):
                at -= 1
        return at

    rng = random.Random(3)
    alphabet = ["a", "b", " ", ",", "-", "–", "\t", "\n", "\x1c", "\u00a0", "x-y", "é", "5th"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 15)))
        for end in range(len(text) + 1):
            for count in range(9):
                assert _words_before(text, end, count) == walk_back(text, end, count), (text, end, count)


def test_words_before_a_month_are_read_back_no_further_than_the_floor():
    from newsbook.temporal_rules import _words_before

    text = "On the 5th - 6th of January"
    month = text.index("January")
    assert _words_before(text, month, 3) == text.index("5th")
    assert _words_before(text, month, 3, floor=text.index("6th")) == text.index("6th")  # the floor comes first
    assert _words_before(text, month, 3, floor=2) == text.index("5th")  # a floor before the words changes nothing
    run = "Jan" * 50  # a run with no separator: read back only to the floor
    assert _words_before(run, 120, 6, floor=117) == 117
