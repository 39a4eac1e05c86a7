"""A letter's own lines, by their form: its heading, its salutation, its dateline, its closing.

An archive prints a letter under a heading that names its writer and the one it is
written to ("Marx to Ludwig Kugelmann", "Engels to August Bebel, 30 April 1883"),
perhaps under the collection's series line ("Marx-Engels Correspondence 1868"); the
letter opens with a dateline ("London, 6 March 1868") and a salutation ("Dear
Kugelmann,", "My dear Friend") and ends with a closing ("Yours faithfully,", "Salut",
"Yours KM") and a signature ("K. M."). None of these is a heading of the text; the
salutation names the addressee, never the author; the heading names the author.
"""

from __future__ import annotations

import re
from functools import cache

from .furniture import DATE_TEXT
from .lexicon import zipf

#: a name's word: capitalised ("Kugelmann", "Marx-Aveling", "O’Brien"), an initial ("K.", "F"), a particle
#: ("von", "de", "van der"), or a title of address ("Dr", "Dr.", "Mrs.")
_NAME_WORD = r"(?:[A-Z][\w’'-]*\.?|von|van|de|der|den|du|la|le|di|da|dos|del|y)"
#: a letter's heading: "Marx to Ludwig Kugelmann", "Karl Marx to Ludwig Kugelmann, 12 October 1868", "ENGELS TO
#: MARX", "Engels To Marx In London"; the writer is one to four words of a name, the addressee one to six
_LETTER_HEADING_RE_SOURCE = (
    rf"^(?P<writer>[A-Z][\w’'.-]*(?:\s+{_NAME_WORD}){{0,3}})\s+(?:to|To|TO)\s+"
    rf"(?P<to>(?:the\s+|The\s+|THE\s+)?[A-Z][\w’'.-]*(?:\s+(?:{_NAME_WORD}|of|OF|and|AND)){{0,7}}?)"
    rf"(?:\s*,\s*(?P<date>(?:[A-Z][\w’'-]*,\s*)?(?:\w+\s+)?(?:{DATE_TEXT}|\d{{4}})))?\.?$"
)
#: the words of a heading that make it no letter's: "Introduction to Marx", "Guide To Hanover", "Return to Sender"
NOT_A_WRITER = frozenset(
    "introduction guide preface foreword answer reply response letter letters note notes appendix supplement "
    "return road way path journey key contribution approach addendum postscript afterword welcome "
    "index back go jump skip from the a an how what why".split()
)
#: a writer's word this common in English is a thing's name, no person's ("Transition", "Welcome"), unless the
#: writer has a first name too ("Karl Marx")
COMMON_WORD_ZIPF = 4.2
#: the ending of a word that names a state, a doing or a thing, never a person: "Condemned", "Going", "Socialism"
NOT_A_NAME_END_RE = re.compile(r"(?i)(?:ed|ing|ism|ion|ment|ness|ity|ance|ence)$")
#: a note's marker after the heading ("Engels to Eugenie Papritz[1]")
_TRAILING_MARKER_RE = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\))$")
#: a salutation: "Dear Kugelmann,", "My dear Friend", "Dearest Jenny!", "Dear Citizen Cafiero:", "Dear Sir or Madam"
_SALUTATION_RE_SOURCE = (
    r"^(?:(?:My|my|Our|our)\s+)?(?:(?:very|most)\s+)?(?:[Dd]ear(?:est)?|DEAR)\s+"
    r"(?:[A-Z][\w’'.-]*|old|young|good|little|friend|friends|comrade|comrades|sir|madam)"
    r"(?:\s+(?:[A-Z][\w’'.-]*|and|or|old|friend|friends|comrade|comrades|sir|madam)){0,4}\s*[,!:;.]?$"
)
#: a closing of a letter: "Yours", "Yours faithfully,", "Yours truly", "Ever yours,", "Your old friend",
#: "Salut", "Salut et fraternité", "With best greetings,", "Best regards", "Sincerely", "Cordially yours";
#: perhaps with the signature after it on the line ("Yours KM", "Your F. E.", "Salut. K. M.")
_CLOSING_RE_SOURCE = (
    r"^(?:(?:(?:Ever|ever|Always|Very|Most|Cordially|Faithfully|Sincerely|Truly|Affectionately|Fraternally|"
    r"Respectfully)\s+)?(?:[Yy]ours|[Yy]our)(?:\s+(?:very\s+|most\s+)?(?:faithfully|sincerely|truly|"
    r"respectfully|fraternally|affectionately|cordially|ever|devotedly|old|own|friend|comrade|[Ff]riend|[Mm]oor|"
    r"General))*"
    r"|(?:Sincerely|Faithfully|Cordially|Fraternally|Respectfully|Affectionately)(?:\s+yours)?"
    r"|Salut(?:\s+et\s+fraternit[ée])?|Salutations|Greetings|Regards|Cheers|Adieu|Farewell"
    r"|(?:With\s+)?(?:(?:my|our|very|best|kind|kindest|warm|warmest|fraternal|cordial|heartiest|many|all\s+the\s+best)"
    r"\s+)+(?:greetings|regards|wishes|thanks|salutations)(?:\s+to\s+(?:you|all)(?:\s+and\s+\w+){0,2})?"
    r"|(?:Best|Kind|Warm|Warmest|Kindest)\s+(?:regards|wishes))"
    r"\s*[,.!]?(?:\s+(?P<signature>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))?\s*[,.!]?$"
)
#: a signature of initials alone: "K. M.", "F. E.", "F.E.", "K M", or an initial and the name: "K Marx", "F. Engels"
#: (capitals run together, "USA", "FAQ", "UK", are an acronym's: a heading may be one)
INITIALS_RE = re.compile(r"^(?:[A-Z](?:\.\s?|\s)){1,3}[A-Z]\.?$|^(?:[A-Z]\.?\s){1,2}[A-Z][a-z’'-]+$")
#: a dateline: a place and a date, "London, 6 March 1868", "Manchester, 10 March 1868", "Paris, le 3 mai 1871"
_DATELINE_RE_SOURCE = (
    rf"^(?P<place>[A-Z][\w’'.-]*(?:[ -][A-Z][\w’'.-]*){{0,3}}),\s+(?P<date>(?:le\s+)?{DATE_TEXT})\.?$")


@cache
def _pattern(name: str) -> re.Pattern:
    """A letter's pattern, compiled when first asked for: an import of the converter compiles none of them."""
    return re.compile({"heading": _LETTER_HEADING_RE_SOURCE, "salutation": _SALUTATION_RE_SOURCE,
                        "closing": _CLOSING_RE_SOURCE, "dateline": _DATELINE_RE_SOURCE}[name])


def letter_heading(text: str) -> tuple[str, str, str] | None:
    """The writer, the addressee and the date (or "") of a letter's heading ("Marx to Ludwig Kugelmann",
    "Karl Marx to Ludwig Kugelmann, 12 October 1868"), or None. A heading whose first word names a thing
    ("Introduction to Marx", "Return to Sender") is no letter's; the writer's words are a name's (capitalised)."""
    stripped = _TRAILING_MARKER_RE.sub("", " ".join(text.split()))
    if len(stripped) > 120:
        return None
    m = _pattern("heading").match(stripped)
    if not m:
        return None
    writer = m.group("writer")
    if writer.split()[0].casefold() in NOT_A_WRITER:
        return None
    names = writer.split()
    if any(w.casefold() in NOT_A_WRITER for w in names):
        return None
    if len(names) == 1 and (zipf(names[0]) >= COMMON_WORD_ZIPF or NOT_A_NAME_END_RE.search(names[0])):
        return None  # "Transition to Socialism", "CONDEMNED TO DEATH": a thing, a state, no writer
    return writer, m.group("to").rstrip("."), m.group("date") or ""


#: a letter's address above its text: "To Comrade Smith", "To Citizen Roe", "To the Editor", "To the Editors of
#: Pravda" (a title of address, then a name; "To the Workers of All Countries", an appeal's title, has none)
ADDRESSEE_RE = re.compile(
    r"^To\s+(?:(?:Comrades?|Citizens?|Mr\.?|Mrs\.?|Miss|Ms\.?|Dr\.?|Professor|Herr|Frau|Monsieur|Madame)\s+"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+Editors?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?)"
    r"\s*[,.:]?$")


def addressee(text: str) -> bool:
    """A letter's address above its text ("To Comrade Smith", "To the Editor"): the letter's, never a heading."""
    return bool(ADDRESSEE_RE.match(" ".join(text.split())))


def salutation(text: str) -> bool:
    """A letter's salutation ("Dear Kugelmann,", "My dear Friend"): it names the addressee, never the author."""
    return bool(_pattern("salutation").match(" ".join(text.split())))


def closing(text: str) -> bool:
    """A letter's closing ("Yours faithfully,", "Salut", "Yours KM"), its signature perhaps after it."""
    return bool(_pattern("closing").match(" ".join(text.split())))


def signature_initials(text: str) -> bool:
    """A signature of initials ("K. M.", "F. E.", "KM"): two or three capitals, no word of a heading."""
    stripped = " ".join(text.split())
    if not INITIALS_RE.match(stripped) or sum(c.isupper() for c in stripped) < 2 or len(stripped) > 20:
        return False
    last = stripped.split()[-1]
    if len(last) > 2 and "." not in stripped:
        # "K Marx", never "A Note", "I Am": an initial without its stop before a rare word, a name
        return stripped[0] not in "AIO" and zipf(last) < COMMON_WORD_ZIPF
    return True


def closing_lines(lines: list[str]) -> bool:
    """Whether the lines of a block are a letter's closing and signature ("Yours", then "K Marx"; "Salut.",
    "Yours", "K. M."): a closing first, then at most two short lines of a signature."""
    lines = [" ".join(line.split()) for line in lines if line.strip()]
    if not lines or not closing(lines[0]):
        return False
    rest = lines[1:]
    return len(rest) <= 3 and all(closing(line) or signature_initials(line) or _short_name(line) for line in rest)


def _short_name(text: str) -> bool:
    """A signature's name: one to three capitalised words ("K Marx", "Frederick Engels", "Jenny")."""
    parts = text.rstrip(".,").split()
    return 0 < len(parts) <= 3 and all(p[:1].isupper() for p in parts)


def dateline(text: str) -> str:
    """The date of a letter's dateline ("London, 6 March 1868" → "6 March 1868"), or ""."""
    m = _pattern("dateline").match(" ".join(text.split()))
    return m.group("date") if m else ""
