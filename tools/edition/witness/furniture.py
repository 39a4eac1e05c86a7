"""Furniture of web pages and PDF extractions, recognised by its form.

A page copied from a web site brings its menus and calls to action along;
a text extracted from a PDF brings the page's running heads and numbers.
None of it is the author's, and none of it may be lost: the layout sets it
aside as furniture, with the reason given here, and the apparatus lists it.

Every rule here looks at the form of a line, never at the site it came
from: a line of short items between separators is a menu wherever it was
copied, a line with two small numbers and a word or two is a page counter
in any language. The words the rules know are closed classes (the names
of languages in their own language, months, the verbs of a site's calls
to action), like the months a date line is read with.

Tested in ``tests/test_conversion.py`` (``-k furniture``), on small texts,
and on the corpus in ``tests/corpus/``; a whole page's links, one to a line
(:func:`link_item`), in ``tests/test_web_chrome.py``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .script import words

#: month names in English, for date lines
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = rf"(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
#: a month in Roman figures, I to XII (the longer first, so that "XII" is never read as "X")
_ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
#: a date as a line gives it: "12 June 2015", "June 12, 2015", "Monday, 1 May 2018", "JUNE 1999",
#: "2001 March 27" (the year first, as a diary or a chronicle dates its entries), "2015-06-12", "12/06/2015"
DATE_TEXT = (
    rf"{_WEEKDAY}(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+\d{{4}}"
    rf"|\d{{4}},?\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}"
    # the month in Roman figures, as Russian and other European letters date them ("15. I. 1920", "3.XII.1917")
    rf"|\d{{1,2}}\.\s?{_ROMAN_MONTH}\.\s?\d{{4}}"
    # a site's date whose day and year the copy ran together, the space between them lost ("Feb 282022":
    # "Feb 28" and "2022"); a day of one or two figures, then a year of this century or the last two
    rf"|{_MONTH}\s+(?:0?[1-9]|[12]\d|3[01])(?:1[89]|20)\d\d)"
)
#: the time of day a news site or a blog gives after its date: ", 10:41", " at 9.30 am", " - 14:05 GMT"
DATE_TIME = (
    r"(?:\s*[,|·•–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:UTC|GMT|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|CT|[+-]\d{2}:?\d{2}))?)?"
)
#: a line that is a date and nothing else (perhaps with its time, perhaps in brackets): "(March 1976)",
#: "Tuesday 12 March 2019, 10:41"; a year alone only in brackets ("(1976)"): "1917" may head a chronology
DATE_LINE_RE = re.compile(rf"^\(?\s*(?:{DATE_TEXT}){DATE_TIME}\s*\)?$|^\(\d{{4}}\)$", re.IGNORECASE)
#: a short line that ends with a date: "Speech delivered 30 December 1920", "Written 1928", in brackets or
#: not ("(Draft of October 7, 2013)" under a paper's authors)
DATED_LINE_RE = re.compile(
    rf"^\(?[A-Z][^.!?;:]{{0,60}}\s(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}},)?\s+\d{{4}}"
    rf"|(?:delivered|written|dated|given|held|spoken|signed|published)\s+(?:in\s+|on\s+)?\d{{4}})\)?$",
    re.IGNORECASE,
)
#: a blog's date line, with its author: "Posted on 12 June 2015 by Jane Doe";
#: group 1 is the author's name
_POSTED_DATE = (
    rf"(?:{_WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
)
_POSTED_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?"  # "… 13 March 2019, 10:41"
_POSTED_NAME = r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
POSTED_RE = re.compile(
    rf"^(?:Posted|Published|Written|Updated)(?: on)?:?\s+({_POSTED_DATE}){_POSTED_TIME}"
    rf"(?:\s+by\s+{_POSTED_NAME})?\s*$",
    re.IGNORECASE,
)
#: the same with the author first: "Posted by Jane Doe on 12 June 2015"; group 1 is the name, group 2 the date
POSTED_BY_RE = re.compile(
    rf"^(?:Posted|Published|Written|Updated)\s+by\s+{_POSTED_NAME}\s+on\s+({_POSTED_DATE}){_POSTED_TIME}\s*$",
    re.IGNORECASE,
)

#: a date, then its author: "Tuesday 15 October 2019 by Jane Doe"; group 1 is the date, group 2 the name (in
#: capitals: "7 May 2021 by the river" is no author's)
DATE_BY_RE = re.compile(rf"^((?i:{_POSTED_DATE})){_POSTED_TIME}\s+by\s+{_POSTED_NAME}\s*$")


#: a site's line of metadata names its author with "author" or "posted" and "by NAME"
_META_KEYWORD_RE = re.compile(r"\b(?:author|posted)\b", re.IGNORECASE)
_META_BY_RE = re.compile(r"\bby\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:\s+(\S+))?")
#: its date, in any language: a day and a year ("lunedì marzo 20, 2006 21:48", "20 mars 2006"), or a date as
#: a blog gives it; the words before the day are the month's and the weekday's, never "author" or "by"
_META_DATE_RE = re.compile(
    rf"(?:{_POSTED_DATE}|(?:(?!(?:author|posted|by)\b)[^\W\d_]+,?\s+){{0,2}}\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+[^\W\d_]+\.?\s+\d{{4}})(?:,?\s+\d{{1,2}}:\d{{2}})?",
    re.IGNORECASE,
)
#: the words that may follow a name on a meta line: "by Jane Doe on 12 June 2015"
_META_NAME_FOLLOWERS = frozenset("on at in for from and with the".split())


def meta_line(text: str) -> tuple[str, str] | None:
    """A site's line of metadata that names the author and the date: (name, date), or None.

    "category history | opinion / analysis author lunedì marzo 20, 2006 21:48author by Jane Doe
    Report this": the words "author" or "posted", "by" and a name, and a date with its year, on a
    line that is no sentence. The name is the run of capitalised words after "by"; a last
    capitalised word followed by a word in lower case starts the site's next label ("Anarcho
    Segnalare questo …" → "Anarcho").
    """
    stripped = text.strip()
    if stripped.endswith((".", "?", "!")) or not _META_KEYWORD_RE.search(stripped):
        return None
    by = _META_BY_RE.search(stripped)
    date = _META_DATE_RE.search(stripped)
    if by is None or date is None:
        return None
    names = by.group(1).split()
    after = by.group(2)
    if len(names) > 1 and after and after[0].islower() and after.lower() not in _META_NAME_FOLLOWERS:
        names = names[:-1]
    return " ".join(names), date.group(0).strip()


def posted_line(text: str) -> tuple[str, str] | None:
    """A blog's "Posted on DATE by NAME" or "Posted by NAME on DATE" line, or "DATE by NAME": (name or "", date),
    or None."""
    stripped = text.strip()
    m = POSTED_RE.match(stripped)
    if m:
        return m.group(2) or "", m.group(1)
    m = POSTED_BY_RE.match(stripped)
    if m:
        return m.group(1), m.group(2)
    m = DATE_BY_RE.match(stripped)  # "Tuesday 15 October 2019 by Jane Doe": the verb left out
    if m:
        return m.group(2), m.group(1)
    return None
#: a byline's name: capitalised words, "and" or "&" between two names ("Jane Roe and John Doe")
_BYLINE_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w.’'-]*){0,5}"
#: a byline by its form: "By Jane Roe", "by Jane Roe", "Written by Jane Roe", "— Jane Roe" (a dash before the
#: name, as a signed article prints it), perhaps with its date after a comma or a bar ("by Jane Roe | March 27,
#: 2001", "— Jane Roe, 27 March 2001"); group ``name`` is the name, ``date`` the date
BYLINE_RE = re.compile(
    rf"^(?:(?:(?:Written|Reported|Words|Text|Story|Article)\s+)?(?:By|by|BY)\s+|(?:[—–]|--)\s*)"
    rf"(?P<name>{_BYLINE_NAME})(?:\s*(?:,|\||·|•|[—–])\s*(?P<date>{DATE_TEXT}){DATE_TIME}"
    # the writer's post after a comma: "By Jane Roe, Industrial Correspondent", "by Jane Roe, in Moscow"
    r"|,\s*(?P<post>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,3}))?$"
)
#: a news site's line of the date, then the name after a bar or a dot: "27 March 2001 | Jane Roe"
DATE_THEN_NAME_RE = re.compile(
    rf"^(?P<date>{DATE_TEXT}){DATE_TIME}\s*(?:\||·|•|[—–])\s*(?:(?:By|by|BY)\s+)?(?P<name>{_BYLINE_NAME})$"
)


#: a news site's byline opens with "By" and a name (:func:`news_byline`)
NEWS_BYLINE_START_RE = re.compile(r"^(?:By|BY|by)\s+(?=[A-Z])")
#: the tail of a news site's byline: the writer's handle and an invitation to follow it ("Follow @janeroe")
NEWS_FOLLOW_TAIL_RE = re.compile(r"[\s,;]+(?:Follow(?:\s+on\s+Twitter)?:?\s+)?@\w+\s*$", re.IGNORECASE)
#: a handle glued to the name or beside it ("Jane Roe@janeroe"), never an address ("roe@example.org")
NEWS_HANDLE_RE = re.compile(r"\s*@\w+(?![\w.@])")
#: a handle in lower case with the month of the date glued to it, the copy's space lost ("@janeroeDec 10")
NEWS_GLUED_MONTH_RE = re.compile(rf"(@[a-z0-9_]+?)({_MONTH}\s+\d)")
#: a date at the end of a news site's byline, its year perhaps left out ("March 18 at 12:22 PM"), its time after it
#: ("Dec 10, 2016, 10:20am EST")
#: (or in figures with the year's two last figures, the time of day after it, as an American site prints it: "10/9/10
#: 7:15 AM EDT", "10/ 5/11 09:19 PM ET"; the time makes it a date, no fraction's or a section's number)
NEWS_DATE_RE = re.compile(
    rf"(?i:(?P<date>{DATE_TEXT}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])"
    r"|\d{1,2}/\s?\d{1,2}/\d\d(?=\s*[,|]?\s*\d{1,2}:\d\d))"
    rf"(?P<time>{DATE_TIME}))\s*$"
)
#: the most words of a byline's other items between bars ("Page 9", "Updated")
NEWS_ITEM_MAX_WORDS = 3


def news_byline(text: str) -> tuple[str, str] | None:
    """The name and the date of a news site's byline, or None: "By" and the name, then its date in the same
    line, after a bar or not, perhaps without the year and with the time ("By Jane Roe March 18 at 12:22 PM"),
    the writer's handle glued to the name or after it ("By Jane Roe@janeroe Dec 10, 2016, 10:20am EST",
    "… Follow @janeroe"), the page's other items between bars ("By Jane Roe | March 3, 2006 | Page 9").

    A date must be there (the name alone is :data:`BYLINE_RE`'s), and nothing else but short items
    between bars: "By Train | By Bus | By Car" is a menu, "By Jane Roe March 18 the troops left" a sentence.
    """
    stripped = " ".join(text.split())
    start = NEWS_BYLINE_START_RE.match(stripped)
    if not start or stripped.endswith((".", ";", ":", "?", "!")):
        return None
    rest = NEWS_FOLLOW_TAIL_RE.sub("", stripped[start.end():])
    parts = [part.strip() for part in re.split(r"\s*[|·•]\s*", rest)]
    head = NEWS_GLUED_MONTH_RE.sub(r"\1 \2", parts[0])  # "@janeroeDec 10, 2016": the handle, then the date
    head, date = NEWS_HANDLE_RE.sub(" ", head).strip(), ""
    m = NEWS_DATE_RE.search(head)
    if m:
        head, date = head[:m.start()].strip().rstrip(","), m.group("date").strip().rstrip(",").replace("/ ", "/")
    for item in parts[1:]:
        dated = NEWS_DATE_RE.match(item)
        if not date and dated and dated.end() == len(item):
            date = dated.group("date").strip().rstrip(",")
        elif (not item or len(words(item)) > NEWS_ITEM_MAX_WORDS or NEWS_BYLINE_START_RE.match(item)
              or item.endswith((".", ",", ";"))):
            return None
    if not date or not re.fullmatch(_BYLINE_NAME, head):
        return None
    return head, date


#: the count of readers' comments a site sets after its byline, glued to the name or a space after it
#: ("By Jane Roe and John Doe24 comments", "By Jane Roe 3 Comments"): the site's, no part of the name
COMMENT_COUNT_RE = re.compile(r"(?<=[^\W\d_.])\s*(?P<count>\d{1,6}\s*(?:comments?|responses?|repl(?:y|ies)))$",
                              re.IGNORECASE)


def comment_count(text: str) -> int:
    """Where the comment count a byline ends with begins (:data:`COMMENT_COUNT_RE`), or -1: "By Jane Roe
    3 Comments" → 12. Only after a byline's "By NAME": "24 comments" alone, or after a sentence, is none."""
    stripped = text.rstrip()
    if not NEWS_BYLINE_START_RE.match(stripped.lstrip()):
        return -1
    m = COMMENT_COUNT_RE.search(stripped)
    return -1 if m is None else m.start("count")


#: a news site's byline without its "By": the name in title case, then the date and its time ("Ann Lee Dec 28 2014,
#: 8:01 AM ET"); the time makes it a stamp, no rubric's date ("Culture Desk Nov 22, 2014")
NAME_DATE_RE = re.compile(
    r"^(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.\s?)*[A-Z][a-z][\w’'-]*){1,3})\s+"
    rf"(?P<date>(?i:{DATE_TEXT}|{_MONTH}\s+\d{{1,2}}\s+\d{{4}}))"
    r",?\s*(?:at\s+)?(?i:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?$"
)
#: words that end no name before a date: a weekday's abbreviation ("Tue"), a month's
_NOT_NAME_END = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def name_date_byline(text: str) -> tuple[str, str] | None:
    """The name and the date of a byline that has no "By" (:data:`NAME_DATE_RE`), or None."""
    m = NAME_DATE_RE.match(" ".join(text.split()))
    if m is None or m.group("name").split()[-1].casefold() in _NOT_NAME_END:
        return None
    if any(w.casefold() in ("and", "of", "the") for w in m.group("name").split()):
        return None
    return m.group("name"), m.group("date")


#: a news site's byline with the writer's post and the site after the name, no comma between name and post:
#: "By" and the name (two to four capitalised words or initials), the post (a capitalised word perhaps, then one to
#: three words in lower case: "Health editor", "chief correspondent"), perhaps the site after a comma ("BBC News
#: website"); a line of its own, no sentence's stop
POST_BYLINE_RE = re.compile(
    r"^(?:By|BY)\s+(?P<caps>(?:[A-Z][\w.’'-]*\s+){2,5})(?P<post>[a-z][a-z’'-]+(?:\s+[a-z][a-z’'-]+){0,2})"
    r"(?:,\s*(?P<site>[A-Z][\w.’'&-]*(?:\s+[\w.’'&-]+){0,4}))?$"
)
#: words that are no writer's post, the little words and verbs of a sentence ("… was written", "… and the rest")
POST_REFUSED_WORDS = frozenset(
    "a an the and or but of to in on at for with from by that this who which was were is are be been has have had "
    "will would can could may might shall should did does do not no it its he she they we you i his her their our "
    "went came said says wrote written made took".split()
)
#: the fewest capitalised words before the post from which the last one is the post's ("Health" in "By Ann Lee
#: Health editor"); two are the name alone ("By Ann Lee chief correspondent")
POST_QUALIFIED_MIN = 3


def post_byline(text: str) -> str:
    """The name of a news site's byline with the writer's post after it (:data:`POST_BYLINE_RE`: "By Ann Lee
    Health editor, The Ledger" → "Ann Lee"), or "". The capitalised words before the post are the name, the last
    of three or more the post's qualifier ("Health editor", "Political correspondent"): a guess where the name has
    three words."""
    m = POST_BYLINE_RE.match(" ".join(text.split()))
    if m is None or text.rstrip().endswith("."):
        return ""
    caps = m.group("caps").split()
    if any(w.casefold() in ("and", "of", "the", "in") for w in caps) or any(
            w in POST_REFUSED_WORDS for w in m.group("post").split()):
        return ""  # "By Mary Shelley Frankenstein was written": a sentence, its verb in the "post"
    name = caps[:-1] if len(caps) >= POST_QUALIFIED_MIN else caps
    return " ".join(name)


#: the names of the days of the week, which end no name before a byline's date
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def byline(text: str) -> tuple[str, str] | None:
    """The name and the date (or "") of a byline (:data:`BYLINE_RE`, :data:`DATE_THEN_NAME_RE`, a news site's
    :func:`news_byline`), or None.

    The name is capitalised words (and "and" between two names): "By the time we came"
    and "Written by hand" are sentences; after a dash or a date, two words at least ("— Yes"
    is a line of dialogue, "12 March 2019 | News" the date and a rubric).
    """
    if (count := comment_count(text)) >= 0:
        text = text[:count]  # "By Jane Roe 3 Comments": the count the site's, the byline before it
    by = BYLINE_RE.match(text.strip())
    m = by or DATE_THEN_NAME_RE.match(text.strip())
    if not m:
        if text.lstrip()[:1] in "Bb":
            return news_byline(text) or ((name, "") if (name := post_byline(text)) else None) or _bare_byline(text)
        return name_date_byline(text)
    name = m.group("name").rstrip(".,")
    if m.group("date") and len(name.split()) > 2 and name.split()[-1].casefold() in _WEEKDAYS:
        name = name.rsplit(None, 1)[0]  # "By Ann Lee Tuesday, Aug. 17, 2010": the weekday the date's
    names = [w for w in name.split() if w not in ("and", "&")]
    if (not by or text.strip()[:1] in "—–-") and len(names) < 2:
        # "— Yes": a dash before a word is a line of dialogue, never a signature; "12 March 2019 | News": a rubric
        return None
    return name, (m.group("date") or "")


#: a byline with the writer's long post after the name and a comma ("By Jane Roe, Senior Staff Technologist, the
#: Speech, Privacy, and Technology Project"), of :data:`LONG_POST_MAX_WORDS` words at most, no sentence
LONG_POST_RE = re.compile(rf"^(?:By|by|BY)\s+(?P<name>{_BYLINE_NAME}),\s+(?P<post>[A-Z][^.;:!?]*)$")
LONG_POST_MAX_WORDS = 20
#: the small words a post in title case may hold ("Director of the Speech and Technology Project")
POST_SMALL_WORDS = frozenset("and of the for in at on & a an to".split())


def _bare_byline(text: str) -> tuple[str, str] | None:
    """A byline read once the writer's handle is cut ("By Jane Roe@janeroe", "By Jane Roe @janeroe"), or one with
    the writer's long post in title case after a comma (:data:`LONG_POST_RE`): its name, no date; None if
    neither."""
    stripped = " ".join(text.split())
    cut = NEWS_FOLLOW_TAIL_RE.sub("", NEWS_HANDLE_RE.sub(" ", stripped)).strip()
    if cut != stripped and (m := BYLINE_RE.match(cut)):
        return m.group("name").rstrip(".,"), m.group("date") or ""
    if len(words(stripped)) <= LONG_POST_MAX_WORDS and (m := LONG_POST_RE.match(stripped)) and all(
            w[:1].isupper() or w.casefold() in POST_SMALL_WORDS for w in re.findall(r"[^\s,]+", m.group("post"))):
        return m.group("name").rstrip(".,"), ""  # a post in title case: "By Monday, Lenin had written" is none
    return None


#: a page's stamp at its foot: when it was last updated, its copyright
PAGE_STAMP_RE = re.compile(
    r"^(last (updated|modified|revised)|page (last )?(updated|modified)|updated( on)?\b|"
    r"this (page|article|post|site) was last (updated|modified|revised|edited)\b|"
    r"copyright\b|©|all rights reserved|powered by)",
    re.IGNORECASE,
)
#: a page's stamp that it was edited or updated: "This page was last edited on 3 May 2023, at 10:12 (UTC).",
#: "Last modified: 12 June 2015" (the end of a page's article: :func:`edition.witness.wiki.foot_marker`)
PAGE_EDITED_RE = re.compile(
    r"^(?:this (?:page|article) was last (?:edited|modified|updated)|(?:page )?last (?:edited|modified))\b"
    r".{0,80}\d{4}\b.{0,40}$",
    re.IGNORECASE,
)
#: names of languages as a language menu gives them, each in its own language
LANGUAGE_NAMES = frozenset(
    "english español espanol français francais deutsch italiano português portugues "
    "русский українська polski nederlands svenska norsk dansk suomi türkçe turkce "
    "ελληνικά čeština cestina magyar română romana hrvatski srpski српски български "
    "العربية فارسی עברית 中文 日本語 한국어 bahasa català catala euskara galego "
    "esperanto indonesia melayu tiếng việt हिन्दी বাংলা".split()
)
#: separators between the items of a menu or a navigation bar
MENU_SEPARATOR_RE = re.compile(r"\s+[|•·∙◦]\s+|\s*\|\s*")
#: separators of a breadcrumb trail: "Home > Features > History"
CRUMB_SEPARATOR_RE = re.compile(r"\s+(?:>|»|›|→|/)\s+")
#: a viewer's page counter in any language: two small numbers and at most four
#: short words ("Page 1 of 12", "Seite 1 von 12", "1 / 12", "halaman 1dari 17")
COUNTER_RE = re.compile(r"^\D{0,30}?\b(\d{1,3})\s*(?:[^\W\d]{1,8}|/)\s*\D{0,12}?\b(\d{1,3})\D{0,20}$")
#: the verbs and phrases of a site's calls to action, at the start of a line
#: (an article's own closing call, "Join the fight!", is not among them: only a
#: site's invitations to join or follow *it*, "Join us", "Follow us")
CALL_TO_ACTION_RE = re.compile(
    r"^(share( this( article| page| story)?)?|subscribe|donate|support (us|our)|"
    r"follow us|sign up|join us|like us|tweet|email this|print( this)?|"
    r"download( pdf| as pdf)?|(back|return|go) to (the )?(top|home|index|contents|main page)|"
    r"top of (the )?page|skip to|(jump|go|move) to (the )?(main |primary )?(content|navigation|menu|search)\b|"
    r"leave a (comment|reply)|comments?|tags?|categories|filed under|"
    r"posted in|read more|related( articles| posts)?|newsletter|log ?in|sign in|menu|search|click here|"
    r"(?:←\s*)?(?:previous|next|older|newer) (?:article|post|entry|story|posts|entries)|"
    r"←\s*(?:previous|next|older|newer)|(?:previous|next|older|newer)(?=:)|"
    r"submit (?:a )?comments?|\d+ (?:comments?|responses?|replies))\b",
    re.IGNORECASE,
)
#: a page number alone on its line ("12", "- 12 -", "p. 12"); a year alone
#: ("1917", a heading of a chronology) is not one
PAGE_NUMBER_RE = re.compile(r"^\s*[-–—]?\s*(?:p\.\s*)?(?!1[89]\d\d\b|20\d\d\b)\d{1,4}\s*[-–—]?\s*$")
#: a running head: page numbers with the journal's or the article's name in capitals
#: ("157 158 SCIENCE & SOCIETY", "SCIENCE & SOCIETY 159")
#: A single number must have three digits or more: "1 INTRODUCTION" and
#: "CHAPTER 3" are headings (a running head with a small page number is
#: found by its repetition, :func:`repeated_lines`)
RUNNING_HEAD_RE = re.compile(
    r"^\s*(?:\d{1,4}\s+\d{1,4}|\d{3,4})\s+[^a-z\d]*[A-Z][^a-z\d]*$"
    r"|^\s*[^a-z\d]*[A-Z][^a-z\d]*?\s+(?:\d{1,4}\s+\d{1,4}|\d{3,4})\s*$"
)
#: a preprint server's stamp, as arXiv prints it up the first page's margin and an extraction sets it on a line of
#: its own: "arXiv:2004.04906v3 [cs.CL] 30 Sep 2020" (the identifier, its subject class, the day it was posted)
PREPRINT_STAMP_RE = re.compile(
    r"^arXiv:(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\s+\[[\w.-]+\]\s+"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d$")
#: the kind of a preprint's stamp set aside
PREPRINT_STAMP = "margin stamp"
#: the most words a line of furniture has
FURNITURE_MAX_WORDS = 14
#: the most words of a call to share, subscribe or donate
CALL_MAX_WORDS = 10
#: the kinds of furniture that are the site's menus, below its masthead
MENU_KINDS = frozenset({"language switcher", "navigation bar", "breadcrumbs", "reader's toolbar"})
#: a short line met this often in a PDF text is a running head or foot
REPEATED_AT_LEAST = 3
#: a repeated line whose like is at most this many lines away is a listing's, not a running head
REPEAT_NEAR = 2


#: a date line whose day and year ran together ("Feb 282022"): the month and day, then the year
RUN_TOGETHER_DATE_RE = re.compile(rf"^({_MONTH}\s+(?:0?[1-9]|[12]\d|3[01]))((?:1[89]|20)\d\d)$", re.IGNORECASE)


def spaced_date(text: str) -> str:
    """A date line whose day and year the copy ran together, with its space again ("Feb 282022" → "Feb 28 2022");
    any other text as it is. The year is four figures, so the figures before it are the day."""
    m = RUN_TOGETHER_DATE_RE.match(text.strip())
    return f"{m.group(1)} {m.group(2)}" if m else text


#: a news agency's dateline: the place in capitals, the weekday, the date, its time ("MOSCOW Tue Dec 30, 2014
#: 4:33pm IST"); the weekday or the time must be there ("JUNE 1999" is a date line, no place's)
NEWS_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})\s*[,—–-]?\s+"
    r"(?P<weekday>(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
    rf"(?P<date>{DATE_TEXT})"
    r"(?P<time>,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?)?$"
)


def news_dateline(text: str) -> str:
    """The date of a news agency's dateline (:data:`NEWS_DATELINE_RE`: "MOSCOW Tue Dec 30, 2014 4:33pm IST" →
    "Dec 30, 2014"), or ""."""
    m = NEWS_DATELINE_RE.match(" ".join(text.split()))
    if m is None or not (m.group("weekday") or m.group("time")):
        return ""
    return m.group("date")


#: a news site's stamp of when its article was changed, after the date it was published ("… Last modified on
#: Friday 13 November 2015 14.20 GMT", "… Updated 14:20")
MODIFIED_RE = re.compile(r"\s+(?:last\s+)?(?:modified|updated|edited)\b", re.IGNORECASE)


def modified_stamp(text: str) -> str:
    """The date a news site published its article on, when its stamp of the last change follows it on the line
    ("Friday 13 November 2015 07.40 GMT   Last modified on Friday 13 November 2015 14.20 GMT" → "Friday 13
    November 2015 07.40 GMT"), or "": the line's head a date line (:func:`is_date_line`), nothing else before
    "Last modified"."""
    stripped = " ".join(text.split())
    m = MODIFIED_RE.search(stripped)
    if m is None or not m.start():
        return ""
    head = stripped[:m.start()].rstrip(" ,;|·•–—-")
    return head if is_date_line(head) else ""


def is_date_line(text: str) -> bool:
    """A line that gives a date and nothing else."""
    return bool(DATE_LINE_RE.match(text.strip()))


#: a time of day on a site's clock, with its zone and the words around it ("As of 6:42 PM EST", "Updated 10:37 PM",
#: "; 10:37 PM ET"): what :func:`clock_line` takes away before it looks for the date alone
CLOCK_RE = re.compile(r"[;,|·•\s]*(?:(?:last\s+)?updated:?|as\s+of|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?"
                      r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|CET|BST)\b)?[\s.]*$", re.IGNORECASE)


def clock_line(text: str) -> bool:
    """A site's clock: a line that gives a date and a time of day and nothing else ("Tuesday, December 21, 2010
    As of 6:42 PM EST", "8 May 2019, 10:37 PM"), the day the page was copied, no title. A date alone is a date
    line (:func:`is_date_line`); a time with more words ("Meeting at 6:30 PM") is none."""
    m = CLOCK_RE.search(text)
    return m is not None and m.start() > 0 and is_date_line(text[:m.start()])


#: a date at the end of a line, after the words that introduce it ("(Draft of October 7, 2013)")
DATE_AT_END_RE = re.compile(rf"(?<!\w)({DATE_TEXT})\W*$", re.IGNORECASE)


def date_at_end(text: str) -> str:
    """The date a line ends with ("SMLI TR-94-29, November 1994" → "November 1994"), or the date of a
    :func:`dated_rubric` ("12 March 2019 | News" → "12 March 2019"), or ""."""
    m = DATE_AT_END_RE.search(text.strip())
    if m:
        return m.group(1)
    return _items(text, MENU_SEPARATOR_RE)[0] if dated_rubric(text) else ""


def dated_rubric(text: str) -> bool:
    """A date, then the site's rubric after a bar or a dot: "12 March 2019 | News", "27/03/2001 · Opinion"
    (a date and short items, no menu of the site's)."""
    items = _items(text, MENU_SEPARATOR_RE)
    return len(items) >= 2 and is_date_line(items[0]) and _short_items(items[1:], 3)


def _items(text: str, separator: re.Pattern) -> list[str]:
    return [item.strip() for item in separator.split(text.strip())]


def _short_items(items: list[str], most_words: int = 5) -> bool:
    return all(item and len(words(item)) <= most_words and not item.endswith((".", ",", ";"))
               for item in items)


def menu_kind(text: str) -> str | None:
    """The kind of menu a line is, by its form, or None."""
    stripped = text.strip()
    if not stripped:
        return None
    if toolbar_line(stripped):
        return "reader's toolbar"
    if byline(stripped):
        return None  # "by Jane Roe | March 27, 2001": a byline and its date, between bars as a menu's items are
    kind = _short_menu_kind(stripped) if len(words(stripped)) <= FURNITURE_MAX_WORDS else None
    return kind or ("breadcrumbs" if long_trail(stripped) else None)


#: the arrows between the steps of a breadcrumb trail (a slash may part the words of a sentence)
TRAIL_ARROW_RE = re.compile(r"\s+(?:>|»|›|→)\s+")
#: the most words of a step of a trail that ends in the page's own title
TRAIL_STEP_MAX_WORDS = 8


def long_trail(text: str) -> bool:
    """A breadcrumb trail whose steps are titles: "HOME > Classical Novels > Ten Days That Shook the World > Chapter 5".

    Three steps at least between arrows, the first a word or two (the site's
    home), each a title of at most :data:`TRAIL_STEP_MAX_WORDS` words that
    begins with a capital or a figure and ends no clause.
    """
    steps = _items(text, TRAIL_ARROW_RE)
    return (len(steps) >= 3 and len(words(steps[0])) <= 2
            and sum(len(words(step)) for step in steps) <= 2 * FURNITURE_MAX_WORDS
            and _short_items(steps, TRAIL_STEP_MAX_WORDS)
            and all(step[:1].isupper() or step[:1].isdigit() for step in steps)
            and not any(re.search(r"[.;!?]\s", step) for step in steps))


#: the choices of a reader's toolbar, in brackets, side by side: "【Large】【Middle】【Small】",
#: "[Large] [Small]"; each a word or two that begins with a capital (or in a script without
#: capitals), never "[t]he" or "[a]" in a sentence, nor labels of a letter ("[A] [B]")
TOOL_CHOICES_RE = re.compile(
    r"(?:[【〔［\[‹«][^\W\d_a-z][^【】〔〕［］\[\]‹›«».,;!?]{1,20}[】〕］\]›»]\s*(?:[|/]\s*)?){2,}"
)


#: a tool of a reader's toolbar on a web page, a whole item of it: the size of the letters, the
#: bookmarks, the order of the chapters ("Add Bookmark", "Next Chapter", "Font Size")
TOOL_ITEM_RE = re.compile(
    r"(?:add\s+(?:to\s+)?|go\s+to\s+)?(?:bookmarks?|font(?:\s+size)?|text\s+size|"
    r"(?:previous|prev|next|last|first)\s+(?:chapter|page|post|article)|"
    r"table\s+of\s+contents|contents|(?:night|dark|light|reading)\s+mode|report\s+(?:an?\s+)?error)",
    re.IGNORECASE,
)


def toolbar_line(text: str) -> bool:
    """A reader's toolbar: "Font Size:【Large】【Middle】【Small】 Add Bookmark", "Previous Chapter | Next Chapter".

    A short line (at most :data:`FURNITURE_MAX_WORDS` words once its brackets are
    parted), no sentence, with two choices in brackets, or of short items
    between separators (a bar, a colon, a wide space) one of which is a tool
    of a reader's page (:data:`TOOL_ITEM_RE`): "The Next Chapter: Stalin" is a title.
    """
    spaced = re.sub(r"[【】〔〕［］\[\]‹›«»]", "  ", text)
    if len(words(spaced)) > FURNITURE_MAX_WORDS or re.search(r"[a-z][.!?]\s+[A-Z]|[,;]\s", text):
        return False
    if TOOL_CHOICES_RE.search(text) and not text.rstrip().endswith((".", "!", "?")):
        return True
    items = [item for item in re.split(r"\s*[|•·:]\s*|\s{2,}", spaced.strip()) if item]
    return len(items) >= 2 and _short_items(items, 3) and any(TOOL_ITEM_RE.fullmatch(item) for item in items)


#: a pager's links between a page and its neighbours, by their arrows: "< backward   forward >", "« Previous",
#: "Next »", "← Older posts   Newer posts →" (a word or two beside each arrow, the arrows pointing out)
PAGER_RE = re.compile(
    r"^(?:[<«‹←]+\s*[^\W\d]+(?:\s[^\W\d]+)?(?:\s{2,}[^\W\d]+(?:\s[^\W\d]+)?\s*[>»›→]+)?"
    r"|[^\W\d]+(?:\s[^\W\d]+)?\s*[>»›→]+)$"
)
#: a navigation bar whose links' words the copy lost, their bars left: "| | | | | |"
BARS_ONLY_RE = re.compile(r"^\|(?:\s*\|)+$")


def _short_menu_kind(stripped: str) -> str | None:
    """The kind of a short menu (a language switcher, a navigation bar, breadcrumbs), or None."""
    if dated_rubric(stripped):
        return None  # "12 March 2019 | News": the article's date and rubric, no menu
    if PAGER_RE.match(stripped) or BARS_ONLY_RE.match(stripped):
        return "navigation bar"
    items = _items(stripped, MENU_SEPARATOR_RE)
    if all(item.casefold() in LANGUAGE_NAMES for item in items):
        return "language switcher"
    if len(items) >= 2 and _short_items(items) and sum(1 for i in items if i[:1].isupper()) >= len(items) - 1:
        return "navigation bar"
    crumbs = _items(stripped, CRUMB_SEPARATOR_RE)
    if len(crumbs) >= 2 and _short_items(crumbs, 4) and crumbs[0][:1].isupper() and (
        len(crumbs) >= 3 or ">" in stripped or "»" in stripped or "›" in stripped
    ):
        return "breadcrumbs"
    return None


#: a sign of mathematics, never in a viewer's page counter
MATH_SIGN_RE = re.compile(r"[=<>+≤≥≠∑∏∫±×·]")


def counter_like(text: str) -> bool:
    """A viewer's page counter: two small numbers, the first no greater, and a few short words; no sign of
    mathematics between them ("l=1   l=1", the limits of two sums side by side, is an equation's)."""
    stripped = text.strip()
    m = COUNTER_RE.match(stripped)
    if not m or len(words(stripped)) > 6 or stripped.endswith((".", ":", ";", ",")) or MATH_SIGN_RE.search(stripped):
        return False
    first, last = int(m.group(1)), int(m.group(2))
    # a code's title and its part, an acronym after the first number and a word before the second ("14 CFR
    # Part 39"): no counter, whose word between its numbers is its own ("3 of 21", "3 OF 21", "Seite 3 von 21")
    between = stripped[m.end(1):m.start(2)].split()
    if len(between) >= 2 and len(between[0]) >= 2 and between[0].isalpha() and between[0].isupper():
        return False
    letters = re.sub(r"[^\w]|\d|_", "", stripped)
    return 0 < first <= last and len(letters) <= 20


def dated_line(text: str) -> bool:
    """A short line ending with a date, as an archive dates a speech or a letter."""
    stripped = text.strip()
    return len(words(stripped)) <= 8 and bool(DATED_LINE_RE.match(stripped))


#: a web archive's or a viewer's banner over its copy: "Archived View for … captured on 2023-07-10 at 17:41:56"
ARCHIVE_BANNER_RE = re.compile(
    r"\b(?:archived|captured)\b(?:\s+\w+)?\s+(?:on|at|from|for)\b.*?(?:\d{4}-\d\d-\d\d|\d{1,2}:\d\d|"
    r"\b\d{1,2}\s+[^\W\d_]+\s+\d{4}|[^\W\d_]+\s+\d{1,2},\s+\d{4})",
    re.IGNORECASE,
)


def archive_banner(text: str) -> bool:
    """A web archive's banner over the page it keeps: when the copy was captured (a full date or a time)."""
    return bool(ARCHIVE_BANNER_RE.search(text)) and len(words(text)) <= 40


#: the labels of a site's frame, each a whole line: a menu's own name ("Main menu", "Navigation"), the toggles
#: of its sidebar ("move to sidebar", "hide"), a wiki's "Personal tools"
SITE_FRAME_RE = re.compile(
    r"^(?:(?:main|site|primary)\s+)?(?:menu|navigation)$|^(?:move\s+to|hide|show)(?:\s+the)?\s+sidebar$"
    r"|^(?:hide|show|toggle)$|^personal\s+tools$",
    re.IGNORECASE,
)


#: the words that name a page's regions in its skip links, in several languages (editorial data)
REGION_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "region-words.txt"
#: the most words of a skip link's label ("Zum Inhalt springen", "Skip to main content")
REGION_LABEL_MAX_WORDS = 4
#: the shortest region word that may end a compound ("metanavigation", "hauptinhalt")
REGION_COMPOUND_MIN = 5


@functools.cache
def region_words() -> frozenset[str]:
    """The words of :data:`REGION_WORDS_FILE`, lower case."""
    lines = REGION_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def region_label(text: str) -> bool:
    """A label of a page's region, as its skip links give it: a short line (:data:`REGION_LABEL_MAX_WORDS` words
    at most), no sentence, one of whose words names a region (:func:`region_words`) or ends in such a word
    ("Metanavigation", "Weitere Inhalte", "Skip to content", "Aller au contenu"). Only a run of such lines at
    the top of a page is its skip links (:func:`edition.witness.layout.skip_links`)."""
    stripped = text.strip()
    tokens = [t.strip("»«›‹>→↓.,:()[]").casefold() for t in stripped.split()]
    if not 0 < len(tokens) <= REGION_LABEL_MAX_WORDS or re.search(r"[.;!?,]\s|[.;!?,:]$", stripped):
        return False
    regions = region_words()
    return any(t in regions or any(len(r) >= REGION_COMPOUND_MIN and t.endswith(r) for r in regions)
               for t in tokens if t)


#: the phrases of a web page's widgets around its article (comments, sharing, story boxes), editorial data
WIDGET_LINES_FILE = Path(__file__).resolve().parent.parent / "data" / "widget-lines.txt"
#: the words of a comment widget's controls, a widget's only beside its firm lines, editorial data
WIDGET_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "widget-words.txt"
#: the most phrases of :data:`WIDGET_LINES_FILE` run together on one line ("Share this story About sharing")
WIDGET_PHRASES_MOST = 3
#: the most words of a widget's line
WIDGET_LINE_MAX_WORDS = 12
#: the most words of a site's name before a widget's link on its line ("The Guardian back to top")
SITE_NAME_WORDS = 3
#: what a widget's phrase may end with on the page: a stop, an ellipsis, an arrow, a colon
_WIDGET_TAIL = " .…:>›»→"


def _phrases(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(line.split()).casefold() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def widget_phrases() -> frozenset[str]:
    """The phrases of :data:`WIDGET_LINES_FILE`, lower case."""
    return _phrases(WIDGET_LINES_FILE)


@functools.cache
def widget_words() -> frozenset[str]:
    """The words of :data:`WIDGET_WORDS_FILE`, lower case."""
    return _phrases(WIDGET_WORDS_FILE)


#: the calls of a web page's skip links ("Skip to main content", "Jump to navigation"), editorial data: the one
#: file of them, read by :func:`skip_links` alone
SKIP_LINKS_FILE = Path(__file__).resolve().parent.parent / "data" / "skip-links.txt"


@dataclass(frozen=True, slots=True)
class SkipLinks:
    """The parts of :data:`SKIP_LINKS_FILE`, each a tuple of phrases in lower case, their spaces single."""

    #: whole calls a skip link's line begins with ("skip to main content")
    calls: tuple[str, ...]
    #: the words that open a call to skip ("skip to", "aller au"), and those that end one ("springen")
    opening: tuple[str, ...]
    closing: tuple[str, ...]
    #: a wiki's calls and regions ("jump to" / "navigation"), and its calls in a script without spaces
    wiki_calls: tuple[str, ...]
    wiki_regions: tuple[str, ...]
    wiki_unspaced: tuple[str, ...]


#: the names of :data:`SKIP_LINKS_FILE`'s parts, as its brackets give them, and the fields of :class:`SkipLinks`
_SKIP_PARTS = {"calls": "calls", "opening words": "opening", "closing words": "closing", "wiki calls": "wiki_calls",
               "wiki regions": "wiki_regions", "wiki calls unspaced": "wiki_unspaced"}


@functools.cache
def skip_links() -> SkipLinks:
    """The parts of :data:`SKIP_LINKS_FILE` (one phrase a line under each part's name in brackets, "#" a
    comment)."""
    parts: dict[str, list[str]] = {field: [] for field in _SKIP_PARTS.values()}
    part = ""
    for line in SKIP_LINKS_FILE.read_text(encoding="utf-8").splitlines():
        text = " ".join(line.split()).casefold()
        if not text or text.startswith("#"):
            continue
        if text.startswith("[") and text.endswith("]"):
            part = _SKIP_PARTS[text[1:-1]]
        else:
            parts[part].append(text)
    return SkipLinks(**{field: tuple(phrases) for field, phrases in parts.items()})


def _spaced(phrase: str) -> str:
    """A phrase of the file as a pattern: its words escaped, any run of spaces between them."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


@functools.cache
def _skip_call_re() -> re.Pattern:
    """A call to skip to a region (:class:`SkipLinks`' opening and closing words), compiled when first asked."""
    data = skip_links()
    opening = "|".join(_spaced(p) for p in data.opening)
    closing = "|".join(_spaced(p) for p in data.closing)
    return re.compile(rf"^(?:{opening})\b|\b(?:{closing})$", re.IGNORECASE)


@functools.cache
def _wiki_jump_res() -> tuple[re.Pattern, re.Pattern]:
    """A wiki's line of its links to its regions (:class:`SkipLinks`' wiki parts), in a spaced script and in one
    without spaces, compiled when first asked."""
    data = skip_links()
    calls = "|".join(re.escape(p) for p in data.wiki_calls)
    regions = "|".join(re.escape(p) for p in data.wiki_regions)
    further = "|".join(re.escape(p) for p in data.wiki_regions if " " not in p)
    unspaced = "|".join(re.escape(p) for p in data.wiki_unspaced)
    return (re.compile(rf"^(?:{calls}):?\s+(?:{regions})(?:,?\s+(?:(?:{calls}):?\s+)?(?:{further}))*$",
                       re.IGNORECASE),
            re.compile(rf"^(?:{unspaced})(?:\s+(?:{unspaced}))*$"))


def skip_call(text: str) -> bool:
    """Whether a line opens with a call to skip to a region of the page, or ends with one ("Skip to content",
    "Aller au contenu", "Zum Inhalt springen"): :class:`SkipLinks`' opening and closing words."""
    return _skip_call_re().search(" ".join(text.split())) is not None


def wiki_jump_line(text: str) -> bool:
    """Whether a line is a wiki's links to its regions at the page's top ("Jump to: navigation, search", "Jump to
    navigation Jump to search", "ナビゲーションに移動 検索に移動"): :class:`SkipLinks`' wiki parts."""
    line = " ".join(text.split())
    return any(form.match(line) for form in _wiki_jump_res())


def skip_link_line(text: str) -> bool:
    """Whether a line is a skip link of a web page: it begins with a call of :class:`SkipLinks`, alone or
    followed by a colon, a dash or the site's name ("Skip to main content: Daily News (Article Page)"), never
    by more words of the call's sentence in lower case ("Skip to content with no menus": "with" runs on)."""
    line = " ".join(text.split())
    key = line.casefold()
    for phrase in skip_links().calls:
        if key == phrase:
            return True
        rest = line[len(phrase):].lstrip(" ") if key.startswith(phrase) else ""
        if rest and (rest[0] in ":-–—|»›" or line[len(phrase)] == " " and rest[0].isupper()):
            return True
    return False


def _widget_key(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(_WIDGET_TAIL)


def widget_line(text: str) -> bool:
    """A line a web page's widget prints (:func:`widget_phrases`: "View comments", "Reuse this content", "Order
    by"), or two or three of them run together ("Share this story About sharing", "Loading comments… Trouble
    loading?"): the whole line, never a sentence ("View comments on the bill before voting." is none)."""
    key = _widget_key(text)
    if not key or len(words(key)) > WIDGET_LINE_MAX_WORDS:
        return False
    phrases = widget_phrases()

    def split(rest: str, most: int) -> bool:
        rest = rest.strip(_WIDGET_TAIL + "?")
        if rest in phrases or rest.rstrip("?") in phrases:
            return True
        if most <= 1:
            return False
        tokens = rest.split()
        return any(_widget_key(" ".join(tokens[:k])).rstrip("?") in phrases and split(" ".join(tokens[k:]), most - 1)
                   for k in range(1, len(tokens)))

    if split(key, WIDGET_PHRASES_MOST):
        return True
    # the site's name before its link, the case changing between them: "The Guardian back to top"
    tokens = " ".join(text.split()).split()
    return any(all(t[:1].isupper() for t in tokens[:k]) and tokens[k][:1].islower()
               and _widget_key(" ".join(tokens[k:])) in phrases
               for k in range(1, min(SITE_NAME_WORDS, len(tokens) - 1) + 1))


def widget_word(text: str) -> bool:
    """A comment widget's control alone on its line (:func:`widget_words`: "newest", "Threads", "Show 25"), or a
    number alone (its page size, "50"): a widget's only beside its firm lines (:func:`widget_line`)."""
    key = _widget_key(text)
    return key in widget_words() or bool(re.fullmatch(r"\d{1,3}", key))


def share_targets_line(text: str) -> bool:
    """A figure's or a video's toolbar: the names of two networks or more side by side, nothing else on the line
    ("Facebook   Twitter   Pinterest": :data:`SHARE_TARGETS`); one name alone, or names joined by "and", are
    none."""
    tokens = text.casefold().split()
    return len(tokens) >= 2 and all(t in SHARE_TARGETS for t in tokens) and len(set(tokens)) == len(tokens)


def site_frame_label(text: str) -> bool:
    """A label of the site's frame (:data:`SITE_FRAME_RE`), a line of its own."""
    return bool(SITE_FRAME_RE.match(text.strip()))


def call_to_action(text: str) -> bool:
    """A site's invitation to share, subscribe, donate, follow, print…: a short line."""
    stripped = text.strip()
    # no clause of a sentence: "Join the union, they said." is text
    return (len(words(stripped)) <= CALL_MAX_WORDS and not re.search(r"[,;]\s", stripped)
            and bool(CALL_TO_ACTION_RE.match(stripped)))


#: a site's licence or copyright at its foot, in a line of any length: "Text is available under the Creative
#: Commons …", "This website … are licensed under a Creative Commons … License", "Portions of this content are
#: ©1998-2022 …"; the licence a name of a licence, never "under the terms of the treaty"
LICENCE_RE = re.compile(
    r"\b(?:available|licen[cs]ed|released|published|distributed)\s+under\s+(?:the\s+|a\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    r"(?:Creative\s+Commons|CC[- ]BY|GNU|GFDL|MIT|BSD|Apache|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+[Ll]icen[cs]e)"
    r"|©\s*\d{4}|\ball rights reserved\b",
)
#: the most words of a licence's line at a page's foot (a paragraph of terms is the text's)
LICENCE_MAX_WORDS = 80


def licence_line(text: str) -> bool:
    """A site's licence or copyright, at the page's foot (:data:`LICENCE_RE`), of a paragraph's length at most."""
    return len(words(text)) <= LICENCE_MAX_WORDS and bool(LICENCE_RE.search(text))


#: the furniture of an archive's foot under a transcribed text (and under its notes)
ARCHIVE_FOOTER = "archive footer"
#: a link back to the collection the text belongs to: "Back to the Kollontai Archive", "Return to Index"
BACK_LINK_RE = re.compile(r"^(?:Back|Return|Go\s+back)\s+to\s+(?:the\s+)?\S", re.IGNORECASE)
#: the name of an archive alone on its line: "Kollontai Archive", "Lenin Internet Archive", "Works Index"
ARCHIVE_NAME_RE = re.compile(r"^(?:[A-Z][\w’'./&-]*\s+){1,5}(?:Archives?|Index)$")
#: a transcriber's credit: "Transcribed by X for the Y, 2004", "Transcription/Markup: X", "HTML by X",
#: "Proofread by X"; the closing words of a text, "The End"
ARCHIVE_CREDIT_RE = re.compile(
    r"^(?:(?:Transcribed|Transcription|Transcriptions|Marked\s+up|Mark-?up|HTML(?:\s+[Mm]ark-?up)?|Proofread|"
    r"Proofed|Digiti[sz]ed|Scanned|Converted|Prepared)(?:\s+(?:by|for|and)\b|\s*[/:]|\s*[\\])"
    r"|(?:Online\s+[Vv]ersion|Public\s+[Dd]omain|Copyleft|Last\s+[Uu]pdated)\s*:)", re.IGNORECASE)
#: the closing words of a story or a book: "The End", "THE END", "Finis"
THE_END_RE = re.compile(r"^(?:the\s+end|finis)[.!]?$", re.IGNORECASE)
#: the most words of a line of an archive's foot (a credit may name several people and a year)
ARCHIVE_FOOTER_MAX_WORDS = 30


def archive_footer(text: str) -> bool:
    """A line of an archive's foot under a transcribed text, by its form: a link back to the collection
    (:data:`BACK_LINK_RE`, no sentence), the archive's name alone (:data:`ARCHIVE_NAME_RE`), a transcriber's
    credit (:data:`ARCHIVE_CREDIT_RE`) or the text's closing words (:data:`THE_END_RE`). Only the closing run
    of the text is searched (:func:`edition.witness.layout.trailing_furniture`): in the running text such a
    line is the text's."""
    stripped = " ".join(text.split())
    if not stripped or len(words(stripped)) > ARCHIVE_FOOTER_MAX_WORDS:
        return False
    if THE_END_RE.match(stripped) or ARCHIVE_CREDIT_RE.match(stripped):
        return True
    short = len(words(stripped)) <= LINK_MAX_WORDS and not stripped.endswith((".", ",", ";", ":", "?", "!"))
    return short and bool(BACK_LINK_RE.match(stripped) or ARCHIVE_NAME_RE.match(stripped))


#: the most words of an item of a link list: a menu's entry, a tag, a category, a month of an archive,
#: an article's title in a list of other articles
LINK_MAX_WORDS = 10
#: the fewest items one after another that make a link list (fewer: a heading and its subheading)
LINK_RUN_MIN = 4
#: a sentence ending and another beginning inside a line
_SENTENCE_INSIDE_RE = re.compile(r"[^\W\d_]{2,}[.!?][\"”’')\]]*\s+[\"“‘(]?[A-Z]")


def link_item(text: str) -> bool:
    """A line that reads as a link's label, not a sentence: the form of a menu's entry, a tag, a category, a
    language's name, a month of an archive ("Get Involved", "software-freedom", "December 2021", "Tiếng Việt").

    At most :data:`LINK_MAX_WORDS` words; no stop, comma, colon or semicolon at its end, no question or
    exclamation; no sentence ending inside it, no clause: a comma only between short names of a menu
    ("Beta, Nightly, Developer Edition"), never before words in lower case ("Official website, including …").
    """
    stripped = " ".join(text.split())
    if not 0 < len(words(stripped)) <= LINK_MAX_WORDS or stripped.endswith((".", ",", ";", ":", "!", "?", "…")):
        return False
    if _SENTENCE_INSIDE_RE.search(stripped) or re.search(r"[;!?]\s", stripped):
        return False
    parts = [part.strip() for part in stripped.split(", ")]
    return len(parts) == 1 or all(
        part and len(words(part)) <= 3 and (part[0].isupper() or part[0].isdigit()) for part in parts)


#: a line made only of rule characters: box drawing ("━━━", "───", "═══"), block elements, underscores,
#: hyphens, dashes, equals signs, tildes, in any mixture ("-=-=-=", "______"), unbroken, four or more: a
#: separator (runs of dashes with spaces between are the columns of a plain-text table: "-------- --------";
#: "---" may be a paragraph's text, as a test of markup shows)
RULE_LINE_RE = re.compile(r"^\s*[\u2500-\u259f_=~\-\u2010-\u2015]{4,}\s*$")
#: the kind of furniture a rule line is
RULE = "rule"


def rule_line(text: str) -> bool:
    """A line of rule characters only ("━━━━", "-=-=-=-=", "______"): a separator, never text."""
    return bool(RULE_LINE_RE.match(text))


#: a dialog's or a banner's button alone on its line: "Close", "×", "Dismiss", "Accept all", "Got it"
BUTTON_LABEL_RE = re.compile(
    r"^(?:[×✕✖xX]|close|close (?:this )?(?:dialog|window|menu|banner|message)|dismiss|cancel|ok|okay|got it|"
    r"accept(?: all)?(?: cookies)?|reject(?: all)?|decline|no thanks|toggle (?:navigation|menu|sidebar))\s*[×✕]?$",
    re.IGNORECASE,
)


def button_label(text: str) -> bool:
    """A button's label alone on its line ("Close", "×", "Accept all"): a dialog's, never the text's."""
    return bool(BUTTON_LABEL_RE.match(text.strip()))


def web_line_kind(text: str, *, at_edge: bool) -> str | None:
    """The kind of furniture a line of a web page is, or None.

    :param at_edge: whether the line is in the top or bottom furniture zone of
        the page, where calls to action are furniture (in the running text a
        sentence may begin "Join…")
    """
    kind = menu_kind(text)
    if kind:
        return kind
    if counter_like(text):
        return "viewer page counter"
    if print_stamp(text):
        return "running head"  # a browser's print's header or footer, in a copy that kept a paragraph a line
    if at_edge and call_to_action(text):
        return "call to action"
    if at_edge and button_label(text):
        return "button label"  # "Close" over a dialog: never the title
    if at_edge and skip_link_line(text):
        return "skip link"  # "Skip to main content: NAME (Article Page)": past the site's menus, never the title
    if at_edge and site_frame_label(text):
        return "navigation bar"  # "Main menu", "move to sidebar": the frame of the site's menus
    if at_edge and PAGE_STAMP_RE.match(text.strip()) and len(words(text)) <= FURNITURE_MAX_WORDS:
        return "page stamp"
    if at_edge and licence_line(text):
        return "licence line"
    return None


#: the time a browser printed a page, as its print sets it at the page's top: the date, the time ("12/3/26, 10:15
#: AM", "03.12.26, 10:15", "2026-12-03 10:15"), perhaps the page's title after it on the line
PRINT_TIME_RE = re.compile(
    r"^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?=\s|$)")
#: the page's address a browser's print sets at the page's foot: a reader view's ("about:reader?url=https://…"),
#: or an address with the print's page counter after it ("https://example.org/page 1/7", "… 1 of 7")
PRINT_ADDRESS_RE = re.compile(
    r"^(?:about:reader\?url=\S+|(?:https?|file)://\S+(?=\s+\d))(?:\s+\d{1,4}\s*(?:of|/)\s*\d{1,4})?$")


def print_stamp(text: str) -> bool:
    """A browser's print header or footer ("print to PDF", a reader view's print): the time it printed the page,
    perhaps the page's title after it ("12/3/26, 10:15 AM The Factory Committees"), or the page's address with
    the page's counter ("about:reader?url=https://example.org/page 1 of 7"). A sentence that begins with a date
    and a time ("12/3/26, 10:15 AM the delegates met.") is none: the title is short and ends no sentence."""
    stripped = " ".join(text.split())
    if PRINT_ADDRESS_RE.match(stripped):
        return True
    m = PRINT_TIME_RE.match(stripped)
    if not m:
        return False
    rest = stripped[m.end():].strip()
    return not rest or (len(words(rest)) <= FURNITURE_MAX_WORDS and not rest.endswith((".", ",", ";", ":", "!", "?"))
                        and not rest[:1].islower())


#: a page's address alone on its line, as a browser's print sets it at the page's foot over its counter
BARE_ADDRESS_RE = re.compile(r"^(?:about:reader\?url=)?(?:https?|file)://\S+$")


def print_address(text: str, following: str) -> bool:
    """A browser's print footer's address alone on its line, its page counter on the next ("https://example.org/
    page", then "1/7"); an address alone with no counter under it (a reference's) is the text's."""
    return bool(BARE_ADDRESS_RE.match(text.strip())) and counter_like(following)


def print_time(text: str) -> bool:
    """A browser's print header that opens with the time of the print (:func:`print_stamp`)."""
    return print_stamp(text) and bool(PRINT_TIME_RE.match(text.strip()))


def pdf_line_kind(text: str, repeated: frozenset[str] = frozenset()) -> str | None:
    """The kind of furniture a line of a PDF extraction is, or None.

    :param repeated: the text's repeated short lines (:func:`repeated_lines`)
    """
    stripped = text.strip()
    if not stripped:
        return None
    if PAGE_NUMBER_RE.match(stripped):
        return "page number"
    if PREPRINT_STAMP_RE.match(stripped):
        return PREPRINT_STAMP
    if is_date_line(stripped):
        return "date line"
    if counter_like(stripped):
        return "viewer page counter"
    if RUNNING_HEAD_RE.match(stripped) and len(words(stripped)) <= FURNITURE_MAX_WORDS:
        return "running head"
    if print_stamp(stripped):
        return "running head"  # "12/3/26, 10:15 AM Title", "about:reader?url=… 1 of 7": a browser's print's
    if line_shape(stripped) in repeated:
        return "running head"
    if len(words(stripped)) <= FURNITURE_MAX_WORDS and _short_menu_kind(stripped) == "language switcher":
        return "language switcher"
    return None


#: a line at the edge of a page with a page number at its start or its end
EDGE_NUMBER_RE = re.compile(r"^\s*\d{1,4}\s+\S|\S\s+\d{1,4}\s*$")


def page_edge_kind(text: str) -> str | None:
    """The kind of furniture the first or the last line of a PDF page is, or None.

    At a page's edge (where the extraction left a form feed) a short line
    with a page number at its start or its end is a running head or foot.
    """
    stripped = text.strip()
    if not stripped or len(words(stripped)) > FURNITURE_MAX_WORDS or (
            stripped.endswith((".", ",", ";", ":")) and not BOOK_HEAD_RE.search(stripped)):
        return None
    if EDGE_NUMBER_RE.search(stripped) and not is_date_line(stripped):
        return "running head"
    return None


#: an old book's running head: its title in capitals with a full stop, its page number apart from it at the
#: margin ("4          HISTORY OF THE PARISH.", "HISTORY OF THE PARISH.          5"); a numbered heading sets
#: its number beside its words ("2. INTRODUCTION.")
BOOK_HEAD_RE = re.compile(r"^\d{1,4}(?: {3,}|\t)[^a-z\d]*[A-Z]{2}[^a-z\d]*\.$"
                          r"|^[^a-z\d]*[A-Z]{2}[^a-z\d]*\.(?: {3,}|\t)\d{1,4}$")


#: a line in capitals ending in a full stop, as an old book sets its running head ("HISTORY OF GELLIGAER.",
#: "12 HISTORY OF GELLIGAER."): its repetition makes it one, where a line of the text ends a sentence
CAPITALS_STOP_RE = re.compile(r"^[^a-z]*[A-Z]{2}[^a-z]*\.\s*(?:\d{1,4}\s*)?$")


#: a page's number in roman numerals in lower case at the end of a line, after a space ("… PM Page xiii"),
#: the front matter's: the numbers of a running head's shape, as its arabic ones are (:func:`line_shape`)
ROMAN_FOLIO_END_RE = re.compile(r"(?<= )(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")


def line_shape(line: str) -> str:
    """A line with its numbers made alike, so that running heads with page numbers compare equal."""
    shape = ROMAN_FOLIO_END_RE.sub("#", re.sub(r"\d+", "#", " ".join(line.split())).casefold())
    if shape.endswith(" #") and not shape.startswith("# "):
        # an old book's running head, its page number at the outer margin: "12 HISTORY." on the left-hand
        # page, "HISTORY. 13" on the right-hand one, is one head
        return "# " + shape[:-2]
    return shape


def repeated_lines(lines: Iterable[str], page_breaks: frozenset[int] = frozenset()) -> frozenset[str]:
    """The short lines a PDF text repeats on its pages: running heads and feet.

    A line counts when it is short, ends no sentence and occurs at least
    :data:`REPEATED_AT_LEAST` times (its numbers aside). A running head
    stands once on its page: a line whose like stands next to it on the same
    page (at most :data:`REPEAT_NEAR` lines away) is a line of a listing or
    a table ("> sigma[2,1] <- 3/5", "> sigma[3,1] <- 1/3"), and its shape
    is no running head's anywhere in the text.

    :param page_breaks: the 0-based indices of the lines that open a page
        (a running foot and the next page's head may be alike)
    """
    counts: Counter = Counter()
    last: dict[str, tuple[int, int]] = {}
    near: set[str] = set()
    page = 0
    for i, line in enumerate(lines):
        page += i in page_breaks
        if not (line.strip() and (len(words(line)) <= FURNITURE_MAX_WORDS
                                  or len(words(unspaced_letters(line))) <= FURNITURE_MAX_WORDS)
                and not (line.rstrip().endswith(("?", "!", ":", ";", ","))
                         or line.rstrip().endswith(".") and not CAPITALS_STOP_RE.match(line))
                and re.search(r"[^\W\d_]", line)):
            continue
        shape = line_shape(line)
        if shape in last and last[shape][1] == page and i - last[shape][0] <= REPEAT_NEAR:
            near.add(shape)
        last[shape] = (i, page)
        counts[shape] += 1
    return frozenset(shape for shape, n in counts.items() if n >= REPEATED_AT_LEAST and shape not in near)


def unspaced_letters(line: str) -> str:
    """*line* with its letter-spaced runs closed up, each letter set apart by one space joined to the next ("C O
    N S T I T U T I O N   1" is "CONSTITUTION   1"): a running foot letter-spaced has the few words of one."""
    return re.sub(r"(?<![^\W\d_])([^\W\d_]) (?=[^\W\d_](?![^\W\d_]))", r"\1", line) if " " in line else line


def repeated_kind(text: str, repeated: frozenset[str]) -> str | None:
    """``running head`` for a line whose shape the text repeats (:func:`repeated_lines`), else None.

    Only at a page's edge is such a line furniture: the caller decides where
    the edges are (:func:`edition.witness.layout.furniture_lines`).
    """
    return "running head" if text.strip() and line_shape(text) in repeated else None


def number_like(text: str) -> bool:
    """A line with no letter in it and a figure or a sign (an entry of a matrix or a table, a page number)."""
    stripped = text.strip()
    return bool(stripped) and not re.search(r"[^\W\d_]", stripped)


def page_sequence(numbers: list[int]) -> set[int]:
    """Which of a text's lone numbers, in their order, fit its sequence of page numbers.

    A number is out of the sequence when the two about it are the numbers of
    pages one or two apart ("12", "3", "13"; "12", "5", "14") and it is
    neither of them nor between them: a number of the text, not of a page.

    :return: the indices into *numbers* of those that fit
    """
    out = set(range(len(numbers)))
    for i in range(1, len(numbers) - 1):
        before, this, after = numbers[i - 1], numbers[i], numbers[i + 1]
        if 0 < after - before <= 2 and not before <= this <= after:
            out.discard(i)
    return out


# -- Chrome inside a web page's body, by its form: share bars, cookie notices, a video's button -------------

#: a button of a page's bar for sharing and reading an article, a whole line: "Share on Facebook", "Share via
#: Email", "More options", "Resize Text", "Print Article", "Comments", "Copy link", "Listen to this article"
BUTTON_RE = re.compile(
    r"^(?:share(?:\s+(?:on|via|to|with)\s+[\w.+-]+(?:\s[\w.+-]+)?|\s+this(?:\s+(?:article|page|story|post))?)?"
    r"|(?:e-?mail|print|save|bookmark|tweet|pin)(?:\s+(?:this|the))?(?:\s+(?:article|page|story|post|link))?"
    r"|more\s+(?:options|sharing\s+options)|(?:resize|enlarge)\s+(?:the\s+)?text|(?:text|font)\s+size"
    r"|copy\s+(?:the\s+)?link|listen(?:\s+to\s+this\s+(?:article|story))?|comments?|\d+\s+comments?"
    r"|(?:show|view|hide)\s+comments|gift\s+(?:this\s+)?article|close|(?:a|A)\+?\s*[+-]?|A\s*A)$",
    re.IGNORECASE,
)
#: the fewest buttons one after another that make a share bar (one is a line of the text: "Comments")
BUTTON_RUN_MIN = 3
#: the places a share bar sends an article to, each a whole line beside its buttons: a closed class, as the
#: names of languages are (the networks, the readers' apps, the messengers)
SHARE_TARGETS = frozenset(
    "facebook twitter x reddit pocket flipboard linkedin whatsapp telegram pinterest tumblr mastodon bluesky "
    "threads messenger signal sms email e-mail mail gmail print copy hacker news mix digg vk vkontakte weibo "
    "wechat line viber skype evernote instapaper buffer slack discord".split()
)
#: a share bar's word for what a click did, a whole line: "Link Copied", "Copied!", "Copied to clipboard"
SHARE_STATUS_RE = re.compile(r"^(?:link\s+)?copied(?:\s+to\s+(?:the\s+)?clipboard)?!?$", re.IGNORECASE)


def share_target(text: str) -> bool:
    """A place a share bar sends to, alone on its line ("Reddit", "Flipboard", "Email": :data:`SHARE_TARGETS`)."""
    return " ".join(text.split()).lower() in SHARE_TARGETS


def share_status(text: str) -> bool:
    """A share bar's word for a click done ("Link Copied", "Copied to clipboard": :data:`SHARE_STATUS_RE`)."""
    return bool(SHARE_STATUS_RE.match(text.strip()))


def button_line(text: str) -> bool:
    """A button's label of a page's bar for sharing, printing, resizing an article (:data:`BUTTON_RE`)."""
    tokens = text.split()
    return 0 < len(tokens) <= 6 and bool(BUTTON_RE.match(" ".join(tokens)))


#: a site's notice that it sets cookies: "We use cookies to improve your experience …", "This website uses
#: cookies …", "By continuing to browse this site you agree to our use of cookies": it opens with the site's
#: "we" or "this site", and speaks of the reader's visit or consent
COOKIE_NOTICE_RE = re.compile(
    r"^(?:we(?:\s+and\s+our\s+partners)?\s+use\s+cookies|(?:this|our)\s+(?:web\s*)?site\s+uses\s+cookies"
    r"|by\s+(?:continuing|using|browsing)\b.{0,80}\bcookies)\b.{0,400}"
    r"\b(?:experience|brows\w*|site|website|visit|analytics|personali[sz]\w*|consent|agree|accept|privacy|services?)\b",
    re.IGNORECASE,
)
#: the buttons of a cookie notice, or of any notice of the site's: "More info", "OK", "Accept all", "Got it"
NOTICE_BUTTON_RE = re.compile(
    r"^(?:ok(?:ay)?|more\s+info(?:rmation)?|learn\s+more|got\s+it|i\s+(?:agree|accept|understand)|accept(?:\s+all)?"
    r"(?:\s+cookies)?|reject(?:\s+all)?|decline|dismiss|(?:manage|cookie)\s+(?:preferences|settings)|agree|close)$",
    re.IGNORECASE,
)
#: the most words of a cookie notice
NOTICE_MAX_WORDS = 80


def cookie_notice(text: str) -> bool:
    """A site's notice that it sets cookies (:data:`COOKIE_NOTICE_RE`), a paragraph's length at most."""
    if "ookie" not in text:
        return False
    stripped = " ".join(text.split())
    return len(words(stripped)) <= NOTICE_MAX_WORDS and bool(COOKIE_NOTICE_RE.match(stripped))


def notice_button(text: str) -> bool:
    """A notice's button, a whole line: "OK", "More info", "Accept all" (:data:`NOTICE_BUTTON_RE`)."""
    return bool(NOTICE_BUTTON_RE.match(" ".join(text.split())))


#: a site's notice that the reader has come to an old part of it, sending them on: "You've come to an old part
#: of … click here to go to the current home page"
OLD_PAGE_NOTICE_RE = re.compile(
    r"\b(?:old|older|archived|outdated|former|previous)\s+(?:part|version|section|page|edition)s?\s+of\b"
    r".{0,300}\b(?:click\s+here|go\s+to|visit|moved)\b"
    r"|\bclick\s+here\b.{0,80}\b(?:current|new|latest)\s+(?:home\s*page|version|site|website)\b",
    re.IGNORECASE,
)
#: the label above a site's notice, alone on its line: "NOTE:", "Notice:", "Attention!"
NOTICE_LABEL_RE = re.compile(r"^(?:note|notice|attention|please\s+note|important)\s*[:!]$", re.IGNORECASE)


def old_page_notice(text: str) -> bool:
    """A site's notice over an old page of it, sending the reader to its current pages (:data:`OLD_PAGE_NOTICE_RE`)."""
    stripped = " ".join(text.split())
    return len(words(stripped)) <= NOTICE_MAX_WORDS and bool(OLD_PAGE_NOTICE_RE.search(stripped))


#: a photo's credit in brackets at a caption's end: "(Thomas Coex/AFP/Getty Images)", "(picture-alliance/dpa)",
#: "(Photo: Jane Roe)", "(Getty Images)", "(Reuters)" (one word in capitals after a sentence's stop)
PHOTO_CREDIT_RE = re.compile(
    r"\((?:(?:photo(?:graph)?s?|image|picture|pictured|credit|courtesy|foto|source)\b\s*(?:credit)?[:.]?\s*[^()]{1,60}"
    r"|[\w.’'-]+(?:\s+[\w.’'-]+){0,3}(?:\s*/\s*[\w.’'-]+(?:\s+[\w.’'-]+){0,3})+"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:Images|Photos?|Pictures)"
    r")\)$"
    r"|(?<=[.!?”\"] )\([A-Z][A-Za-z]+\)$",
    re.IGNORECASE,
)
#: the most words of a caption with its credit
CREDIT_CAPTION_MAX_WORDS = 45


def credited_caption(text: str) -> bool:
    """A picture's caption ending in the photo's credit in brackets (:data:`PHOTO_CREDIT_RE`): "The president
    at the press conference in Paris. (Thomas Coex/AFP/Getty Images)"; a caption's length at most."""
    stripped = " ".join(text.split())
    if len(words(stripped)) > CREDIT_CAPTION_MAX_WORDS:
        return False
    m = PHOTO_CREDIT_RE.search(stripped)
    if not m:
        return False
    credit = m.group(0)
    # the first form ("(Photo: …)") takes a word in lower case; the others only a name's: "(see the map/table)"
    return bool(re.match(r"\((?:photo|image|picture|credit|courtesy|foto|source)", credit, re.IGNORECASE)
                or not re.search(r"(?<![\w/-])[a-z]{2,}\b(?![/-])", credit.strip("()")))


#: a video player's button with its length: "Watch video 02:17", "Play video", "Video 3:05"
VIDEO_BUTTON_RE = re.compile(r"^(?:(?:watch|play)\s+(?:the\s+)?video|video)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$",
                             re.IGNORECASE)
#: a link to another article of the site, with its label: "Read more: Berlin conference …", "Also read: …"
READ_MORE_RE = re.compile(r"^(?:read\s+more|read\s+also|also\s+read|more\s+on\s+this(?:\s+topic)?|related)\s*:\s+\S",
                          re.IGNORECASE)
#: the heading of a site's box of its own articles: "DW recommends", "We recommend", "Recommended for you",
#: "You may also like", "More from this author"
RECOMMENDS_RE = re.compile(
    r"^(?:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}\s+recommends|we\s+recommend|recommended(?:\s+for\s+you|\s+stories"
    r"|\s+articles|\s+reading)?|you\s+(?:may|might)\s+also\s+like|more\s+from\s+(?:this\s+author|the\s+author))$",
    re.IGNORECASE,
)
#: an article's title in a site's list of its articles, its date at its end in figures: "Berlin Libya conference:
#: A first step toward peace? 19.01.2020"
DATED_TITLE_RE = re.compile(r"^\S.{2,160}?\s+\d{1,2}\.\d{1,2}\.\d{4}$")


#: the words a photo agency's name ends with, which end a photo's credit alone on its line
CREDIT_WORDS = frozenset("images photo photos pictures press".split())
#: the most words of a photo's credit alone on its line
CREDIT_LINE_MAX_WORDS = 8


def credit_line(text: str) -> bool:
    """A photo's credit alone on its line, under its caption: the photographer's name and the agency's between
    slashes, every word capitalised, the last the word of an agency's name ("Win Lee / Getty Images", "Ann
    Lee/AFP/Getty Images"); the credit's form in brackets at a caption's end (:data:`PHOTO_CREDIT_RE`) without
    them. Two names between a slash ("Lenin / Trotsky") are no credit."""
    stripped = " ".join(text.split())
    tokens = re.findall(r"[^\s/]+", stripped)
    return ("/" in stripped and len(tokens) <= CREDIT_LINE_MAX_WORDS and tokens[-1].casefold() in CREDIT_WORDS
            and all(t[:1].isupper() for t in tokens) and bool(PHOTO_CREDIT_RE.fullmatch(f"({stripped})")))


def body_chrome_kind(text: str) -> str | None:
    """The kind of furniture a line standing alone in a web page's body is, by its form alone, or None: a
    captioned photo's credit, a video's button, a share bar's word for a link copied, a link to another
    article, a box of the site's articles."""
    tokens = text.split()
    if not tokens or len(tokens) > CREDIT_CAPTION_MAX_WORDS:
        return None
    stripped = " ".join(tokens)
    if stripped.endswith(")"):
        return "image caption" if credited_caption(stripped) else None
    if len(tokens) > 25:
        return None
    if credit_line(stripped):
        return "image caption"
    if VIDEO_BUTTON_RE.match(stripped):
        return "video player"
    if len(tokens) <= 4 and SHARE_STATUS_RE.match(stripped):
        return "share bar"  # "Link Copied" alone, its bar's buttons copied without their words
    if READ_MORE_RE.match(stripped) or RECOMMENDS_RE.match(stripped):
        return "related article"
    if (stripped[-1].isdigit() and len(tokens) <= 20 and DATED_TITLE_RE.match(stripped)
            and not re.search(r"[a-z]{2}\.\s+[A-Z]", stripped)):
        return "related article"
    return None


#: names of languages beyond a menu's few (:data:`LANGUAGE_NAMES`), each in its own language, for a language
#: switcher copied one name to a line: read only in a run of such lines (:func:`language_name`)
MORE_LANGUAGE_NAMES = frozenset(
    "afrikaans alemannisch አማርኛ aragonés asturianu azərbaycanca беларуская bosanski brezhoneg cymraeg eesti "
    "føroyskt frysk gaeilge gàidhlig ગુજરાતી hausa հայերեն ido interlingua íslenska ქართული қазақша kiswahili "
    "kurdî кыргызча latina latviešu lëtzebuergesch lietuvių limburgs македонски മലയാളം मराठी монгол "
    "नेपाली nynorsk bokmål occitan oʻzbekcha ਪੰਜਾਬੀ پښتو plattdüütsch shqip sicilianu සිංහල slovenčina "
    "slovenščina soomaaliga کوردی srpskohrvatski sunda tagalog தமிழ் татарча తెలుగు ไทย тоҷикӣ türkmençe "
    "اردو ייִדיש yorùbá 粵語 zazaki 文言 ўзбекча sámegiella kreyòl ayisyen malagasy māori te reo "
    "basa jawa sinugboanong binisaya ilokano tatar bahasa indonesia melayu tiếng việt simple english "
    "עברית 中文 正體中文 简体中文 繁體中文 日本語 한국어 ελληνικά čeština magyar română hrvatski srpski српски "
    "български polski suomi svenska dansk norsk nederlands türkçe português español français deutsch "
    "italiano русский українська english català euskara galego esperanto العربية فارسی हिन्दी বাংলা".split()
)


def language_name(text: str) -> bool:
    """A line that is a language's name in its own language ("Deutsch", "Tiếng Việt", "Қазақша"): each of its
    words one of a name (:data:`LANGUAGE_NAMES`, :data:`MORE_LANGUAGE_NAMES`), three words at most."""
    tokens = [t.strip("()") for t in text.casefold().split()]
    return 0 < len(tokens) <= 3 and all(t in LANGUAGE_NAMES or t in MORE_LANGUAGE_NAMES for t in tokens if t)


#: the headings of an ebook's publisher's own pages, before and after the text: its imprint, its colophon,
#: its statement that the text is free of copyright
EBOOK_MATTER_HEADING_RE = re.compile(r"^(?:imprint|colophon|uncopyright|about\s+this\s+e-?book)$", re.IGNORECASE)
#: what those pages say of the ebook: who produced it and from what, that it is in the public domain
EBOOK_PRODUCTION_RE = re.compile(
    r"\b(?:this|the|an?)\s+(?:particular\s+)?e-?book\b|\bpublic\s+domain\b|\bproduced\s+(?:by|for)\b"
    r"|\b(?:published|translated|written)\s+(?:from\s+[A-Z]\w+\s+)?in\s+\d{4}\s+by\b|\bdigital\s+scans?\b|\btranscriptions?\b|\bvolunteers?\b|\bcopyright\s+(?:restrictions|status|law)\b",
    re.IGNORECASE,
)


def ebook_production(text: str) -> bool:
    """An ebook publisher's statement of its production or its licence (:data:`EBOOK_PRODUCTION_RE`)."""
    return bool(EBOOK_PRODUCTION_RE.search(text))
