"""Word knowledge: is a string an English word, and how common is it?

Two decisions rest on this: whether a hyphen at a line end is a soft
hyphen to remove or part of a compound to keep, and whether a token is two
words glued together by a PDF extraction. Both look first at the witness
itself (a form used elsewhere in the same text wins) and then at word
frequencies from :mod:`wordfreq` (Zipf scale: 7 is "the", 3 is a word seen
once per million words, 0 is unknown).
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from ..files import cache_folder, write_whole

#: a Zipf frequency at or above which a string counts as a known word
KNOWN = 3.0
#: a token rarer than this may be a gluing of words
RARE = 1.5
#: first elements that make compounds, kept hyphenated at a line end
COMPOUND_PREFIXES = frozenset(
    "self anti non neo quasi semi pseudo ultra post ex co inter intra trans extra".split()
)
#: words that may stand alone as one-letter parts of a separation
ONE_LETTER_WORDS = frozenset({"a", "i"})
#: short (function) words that may be a part of a separation; any other part
#: needs four letters or more, so that names ("Kwena", "Orsag") are not cut
#: into syllables
SHORT_WORDS = frozenset(
    "a i an as at be by do go he if in is it me my no of on or so to up us we "
    "all and any are but can few for had has her him his how its may new not "
    "now off one our out own per she the too two was who why yet you".split()
)

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: a compound written on one line: "self-managing". A match can only start where
#: a run of letters starts (the lookbehind says so, which spares the regex engine
#: a quadratic search inside every word without a hyphen)
COMPOUND_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]+)+")


#: the rarest words the compact lexicon keeps: every decision here compares a
#: frequency with a threshold at or above this one (RARE), so a rarer word
#: may count as unknown (0) without changing any decision
LEXICON_FLOOR = RARE
#: words the compact lexicon holds (others are looked up in wordfreq itself)
PLAIN_WORD_RE = re.compile(r"[^\W\d_]+")
_lexicon: Lexicon | None = None
#: the layout of the cache file; a new layout makes a new cache
LEXICON_FORMAT = 3


class Lexicon:
    """Words and their Zipf frequencies, kept as the words in order and the frequencies in hundredths
    (wordfreq's values are rounded to hundredths): read from a file in a tenth of the time a dict
    takes to be rebuilt, and looked up by bisection.

    :param words: the words, sorted
    :param hundredths: the frequency of each, times 100
    """

    MAGIC = b"edition-lexicon"

    def __init__(self, words: list[str], hundredths: array):
        self.words = words
        self.hundredths = hundredths

    @classmethod
    def of(cls, frequencies: dict[str, float]) -> Lexicon:
        words = sorted(frequencies)
        return cls(words, array("H", [round(frequencies[w] * 100) for w in words]))

    def get(self, word: str, default: float = 0.0) -> float:
        i = bisect_left(self.words, word)
        if i < len(self.words) and self.words[i] == word:
            return self.hundredths[i] / 100
        return default

    def __len__(self) -> int:
        return len(self.words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and self.words == other.words and self.hundredths == other.hundredths

    def to_bytes(self) -> bytes:
        """A header (its format, its count of words, the SHA-256 of the rest), the words one a line
        in UTF-8, then the frequencies as little-endian 16-bit numbers: data only."""
        numbers = array("H", self.hundredths)
        if sys.byteorder == "big":
            numbers.byteswap()
        body = "\n".join(self.words).encode("utf-8") + b"\n" + numbers.tobytes()
        head = b" ".join([self.MAGIC, str(LEXICON_FORMAT).encode(), str(len(self.words)).encode(),
                          hashlib.sha256(body).hexdigest().encode()])
        return head + b"\n" + body

    @classmethod
    def from_bytes(cls, data: bytes) -> Lexicon | None:
        """The lexicon :meth:`to_bytes` wrote, or ``None`` for anything else (another format, a file cut short)."""
        head, _, body = data.partition(b"\n")
        fields = head.split(b" ")
        if len(fields) != 4 or fields[:2] != [cls.MAGIC, str(LEXICON_FORMAT).encode()] or not fields[2].isdigit():
            return None
        if hashlib.sha256(body).hexdigest().encode() != fields[3]:
            return None
        count = int(fields[2])
        text, numbers = body[: len(body) - 2 * count], body[len(body) - 2 * count:]
        words = text.decode("utf-8").split("\n")
        if len(words) != count + 1 or words.pop():
            return None
        hundredths = array("H")
        hundredths.frombytes(numbers)
        if sys.byteorder == "big":
            hundredths.byteswap()
        return cls(words, hundredths)


def lexicon_cache_path() -> Path:
    """Where the compact lexicon is kept between runs: ``$EDITION_CACHE`` or the user's cache folder.

    The name carries a digest of wordfreq's English word list as installed
    (its path, size and time), found without importing wordfreq: another
    version or another list makes another cache.
    """
    spec = importlib.util.find_spec("wordfreq")
    data = Path(spec.origin).parent / "data" / "large_en.msgpack.gz" if spec and spec.origin else None
    try:
        stat = data.stat() if data else None
        key = f"{data}|{stat.st_size}|{stat.st_mtime_ns}" if stat else "none"
    except OSError:
        key = "none"
    digest = hashlib.sha256(f"{key}|{LEXICON_FLOOR}|{LEXICON_FORMAT}".encode()).hexdigest()[:16]
    return cache_folder() / f"lexicon-en-{digest}.lexicon"


def compact_lexicon() -> Lexicon:
    """The Zipf frequencies of the English words of :data:`PLAIN_WORD_RE` at or above :data:`LEXICON_FLOOR`.

    Made once from wordfreq's word list and kept in :func:`lexicon_cache_path`
    (a :class:`Lexicon` file, read in a fiftieth of the time wordfreq takes to
    import and load its list); made again when wordfreq's version changes. A
    cache that cannot be written or read is only a loss of time.
    """
    global _lexicon
    if _lexicon is not None:
        return _lexicon
    path = lexicon_cache_path()
    try:
        _lexicon = Lexicon.from_bytes(path.read_bytes())
    except (OSError, ValueError):
        _lexicon = None
    if _lexicon is not None:
        return _lexicon
    from wordfreq import get_frequency_dict

    _lexicon = Lexicon.of({
        word: zipf_of
        for word, freq in get_frequency_dict("en").items()
        if freq > 0 and (zipf_of := round(math.log10(freq) + 9, 2)) >= LEXICON_FLOOR
        and PLAIN_WORD_RE.fullmatch(word)
    })
    try:
        write_whole(path, _lexicon.to_bytes())  # for a run alongside
    except OSError:
        pass
    return _lexicon


@cache
def zipf(word: str) -> float:
    """Zipf frequency of *word* (case-insensitive) in English.

    Plain words are looked up in the compact lexicon (:func:`compact_lexicon`),
    which gives wordfreq's own value for every word it holds; other strings
    (accents, apostrophes) in wordfreq itself, imported only then.
    """
    lower = word.lower()
    if PLAIN_WORD_RE.fullmatch(lower):
        # wordfreq's own normal form of a word: composed, case-folded
        return compact_lexicon().get(unicodedata.normalize("NFC", lower).casefold(), 0.0)
    from wordfreq import zipf_frequency

    return zipf_frequency(lower, "en")


def is_word(word: str) -> bool:
    """Whether *word* is a known English word (single letters only for *a*, *I*)."""
    if len(word) == 1:
        return word.lower() in ONE_LETTER_WORDS
    return zipf(word) >= KNOWN


class TextVocabulary:
    """The word forms a witness itself uses, counted, lower-cased.

    :param text: the witness text
    """

    def __init__(self, text: str):
        self.text = text
        self.words = Counter(map(str.lower, WORD_RE.findall(text)))
        # hyphenated compounds written on one line, e.g. "self-managing"
        # (looked for on the lines with a hyphen only: a compound is on one line)
        self.compounds = Counter(map(str.lower, (c for line in text.splitlines() if "-" in line
                                                 for c in COMPOUND_RE.findall(line))))
        #: first elements of those compounds: "anarcho" in "anarcho-syndicalism"
        self.compound_heads = {c.split("-", 1)[0] for c in self.compounds}

    def uses(self, word: str) -> bool:
        return word.lower() in self.words

    def uses_as_a_word(self, token: str) -> bool:
        """Whether the witness writes *token* as a word of its own elsewhere: unseparated twice or more, in any
        case ("Primecoin" and "primecoin"), counting its possessive and its plural ("Primecoin's",
        "Primecoins"), or closed up from a compound it writes with a hyphen ("antiauthoritarianism" beside
        "anti-authoritarianism"). Such a token is the author's word, not words an extraction ran together."""
        lower = token.lower()
        count = sum(self.words.get(form, 0) for form in (lower, f"{lower}'s", f"{lower}’s", f"{lower}s"))
        return count > 1 or lower in self.closed_compounds

    @cached_property
    def closed_compounds(self) -> frozenset[str]:
        """The hyphenated compounds of the witness, their hyphens removed ("antiauthoritarianism")."""
        return frozenset(c.replace("-", "") for c in self.compounds)

    @cached_property
    def names(self) -> frozenset[str]:
        """The capitalised words of the witness ("Bitcoin", "Primecoin"), lower-cased: made at the first
        question, from one search of the text."""
        return frozenset(m.group(0).lower() for m in NAME_RE.finditer(self.text))

    def names_a_coinage_of(self, parts: list[str]) -> bool:
        """Whether the witness writes a name made as the separation *parts* would be, of a word and the same
        last word ("Bitcoin", "Primecoin" for "peercoin": a coinage's family), other than the token itself:
        the last part is then an element its coinages are made of, not a word of its own."""
        last = parts[-1].lower()
        token = "".join(parts).lower()
        return any(name != token and name.endswith(last) and len(name) - len(last) >= STEM_LEAST
                   and (head := name[: len(name) - len(last)]) not in GLUE_WORDS and is_word(head)
                   for name in self.names)

    @cached_property
    def address_words(self) -> frozenset[str]:
        """The runs of letters the witness writes as a part of an address: before a dot and a lower-case
        letter ("theanarchistlibrary.org", "primecoin.io"), after "www.", "@" or "//". Made at the first
        question, from one search of the text: a run so written is a name, not words run together."""
        return frozenset(m.group(1).lower() for m in ADDRESS_WORD_RE.finditer(self.text)) | frozenset(
            m.group(1).lower() for m in ADDRESSED_WORD_RE.finditer(self.text))

    def uses_compound(self, compound: str) -> bool:
        return compound.lower() in self.compounds

    @cached_property
    def drops_spaces_before_capitals(self) -> bool:
        """Whether the witness shows its extraction losing the space before a capital.

        A function word glued to a capitalised word ("withWestern", "inNorthAfrica")
        shows it: no name or identifier is spelled so. Identifiers that begin with
        a content word or a letter ("timeSeries", "eBook", "iPhone") show nothing.
        """
        return any(m.group(1) in GLUE_WORDS and is_word(m.group(2))
                   for m in SPACE_LOST_RE.finditer(self.text))

    def uses_phrase(self, parts: list[str]) -> bool:
        """Whether the witness writes *parts* apart, as words of their own, elsewhere ("Red Army")."""
        pattern = r"(?<![^\W\d_])" + r"\s+".join(map(re.escape, parts)) + r"(?![^\W\d_])"
        return re.search(pattern, self.text) is not None


def keep_line_end_hyphen(first: str, second: str, vocabulary: TextVocabulary) -> bool:
    """Decide whether ``first-`` at a line end followed by ``second`` is a compound.

    The witness's own usage decides first: if it writes ``first-second`` on one
    line elsewhere the hyphen is real; if it writes ``firstsecond`` the hyphen
    was a soft one. Then compound-forming prefixes (*self-*, *anti-*) keep the
    hyphen, then word frequencies decide; by default a line-end hyphen is a
    soft hyphen and is removed.

    :return: ``True`` to keep the hyphen, ``False`` to join the parts
    """
    joined = first + second
    if vocabulary.uses_compound(f"{first}-{second}"):
        return True
    if vocabulary.words.get(joined.lower(), 0) > 0:
        return False
    if first.lower() in vocabulary.compound_heads and is_word(second):
        return True
    if first.lower() in COMPOUND_PREFIXES:
        return True
    if second[:1].isupper() or first[-1:].isdigit():
        return True
    if zipf(joined) >= 2.0:
        return False
    # two words, joined no word: a compound ("correspondingly-" / "revised"), the first part a rarer word
    # than the threshold of is_word allows, but a word ("correspondingly", Zipf 2.8)
    return (is_word(first) or (zipf(joined) == 0 and zipf(first) >= COMPOUND_PART_ZIPF)) and is_word(second)


#: the least frequency (Zipf) of a compound's first part that is no common word, where the parts joined
#: are no word at all
COMPOUND_PART_ZIPF = 2.5


def joins_across_the_line(first: str, second: str) -> bool:
    """Whether ``first`` at a line's end and ``second`` at the next line's start are one word broken there.

    An OCR or an extraction may drop the hyphen of a word broken at the
    line's end ("Acqui" / "sition", "In" / "creasing"): the parts are one
    word when together they make a known word and are not both words
    themselves ("in" / "deed" stays two words).
    """
    return zipf(first + second) >= KNOWN and not (is_word(first) and is_word(second))


#: conjunctions that join the first element of a compound to another ("upper- and lower-case")
SUSPENDING_CONJUNCTIONS = ("and", "or", "nor", "und", "oder", "et", "ou")


def suspended_hyphen(token: str, compound: str, vocabulary: TextVocabulary | None = None) -> str | None:
    """The first element of a suspended compound that an extraction joined to the conjunction after it.

    "upper-" at a line's end and "and lower-case" on the next line come out
    of pdftotext as "upperand lower-case": the token is no word (nor one
    the witness uses elsewhere), it ends in a conjunction, what comes before
    the conjunction is a word, and a hyphenated compound follows.

    :return: the first element ("upper"), or ``None``
    """
    if "-" not in compound or is_word(token) or (vocabulary is not None and vocabulary.uses(token)
                                                 and vocabulary.words[token.lower()] > 1):
        return None
    lower = token.lower()
    for conjunction in SUSPENDING_CONJUNCTIONS:
        first = token[: len(token) - len(conjunction)]
        if lower.endswith(conjunction) and len(first) >= 3 and is_word(first) and token[len(first):].islower():
            return first
    return None


def split_glued(token: str, vocabulary: TextVocabulary | None = None) -> list[str] | None:
    """Separate a token that is several words run together, if it is one.

    A token is split only when it is not itself a word (rare in English and not
    otherwise used in the witness: :meth:`TextVocabulary.uses_as_a_word`, nor a
    part of an address there) and it splits into at most three known
    words; among the candidates the split whose rarest part is most common wins.
    A token written with letters English does not use (accents, another
    script), a known word with affixes (:func:`derived_word`), and a separation
    that cuts a foreign ending (:func:`cuts_a_foreign_ending`), stands on
    syllables (:func:`rests_on_syllables`) or makes two content words as the
    witness makes its names (:meth:`TextVocabulary.names_a_coinage_of`) are refused.

    :return: the parts, or ``None`` if the token should stay as it is
    """
    if len(token) < 4 or not token.isalpha() or not token.isascii():
        return None
    if zipf(token) >= RARE:
        return None
    if vocabulary is not None and vocabulary.uses_as_a_word(token):
        return None
    found = _split_glued(token, vocabulary)
    if found is None or (vocabulary is not None and token.lower() in vocabulary.address_words):
        return None
    if derived_word(token) or cuts_a_foreign_ending(token, found) or rests_on_syllables(token, found):
        return None
    content_words = len(found) == 2 and not any(p.lower() in GLUE_WORDS or p.lower() in PROSE_WORDS for p in found)
    if content_words and vocabulary is not None and vocabulary.names_a_coinage_of(found):
        return None  # "peercoin" beside "Bitcoin": two content words, made as the witness makes its names
    return found


def _split_glued(token: str, vocabulary: TextVocabulary | None) -> list[str] | None:
    """The separation of *token* by its capitals and its words' frequencies, before :func:`split_glued`'s
    refusals."""
    # A capital inside a word may mark the join of "theWest", "RedArmy" (a word in capitals after it, "dlVP",
    # is an acronym or a literal: no join)
    inner_caps = [i for i in range(1, len(token) - 1)
                  if token[i].isupper() and token[i - 1].islower() and token[i + 1].islower()]
    if inner_caps:
        parts = _split_at(token, inner_caps)
        if all(is_word(p) for p in parts) and _joined_at_a_capital(parts, vocabulary):
            return parts
        return None
    if not token[1:].islower():
        return None  # all-caps and oddly cased tokens are names or acronyms
    found = (split_long_run(token) if len(token) >= LONG_RUN else None) or _best_short_split(token)
    if found and token[0].isupper() and not _capitalised_run(found):
        return None  # "Ruthanasia" is a coinage, no "Ruth an asia"
    return found


#: the forms of words of :func:`derived_word` and :func:`cuts_a_foreign_ending` (editorial data)
WORD_FORMS_FILE = Path(__file__).resolve().parent.parent / "data" / "word-forms.txt"
#: the most affixes :func:`derived_word` takes off a word ("anti-authoritarian-ism", "final-isation-s")
DERIVATION_MOST = 3
#: the fewest letters of a stem that affixes make a word of ("final" in "finalisations")
STEM_LEAST = 3


@dataclass(frozen=True)
class Affix:
    """A prefix or a suffix of :data:`WORD_FORMS_FILE`, with what a stem may end in before it.

    :param form: the affix ("isation")
    :param stem_endings: what the stem ends in before it, besides nothing and "e" ("ise", "ize")
    """

    form: str
    stem_endings: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordForms:
    """The kinds of :data:`WORD_FORMS_FILE`: prefixes, suffixes (longest first) and foreign endings."""

    prefixes: tuple[Affix, ...]
    suffixes: tuple[Affix, ...]
    foreign_endings: tuple[str, ...]


@cache
def word_forms() -> WordForms:
    """The forms of :data:`WORD_FORMS_FILE`, read at the first question (a separation to judge)."""
    kinds: dict[str, list[Affix]] = {}
    kind = ""
    for line in WORD_FORMS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1]
            continue
        form, *endings = line.split()
        kinds.setdefault(kind, []).append(Affix(form.casefold(), tuple(endings)))

    def longest_first(kind: str) -> tuple[Affix, ...]:
        return tuple(sorted(kinds.get(kind, []), key=lambda a: -len(a.form)))

    return WordForms(longest_first("prefixes"), longest_first("suffixes"),
                     tuple(a.form for a in longest_first("foreign endings")))


def derived_word(token: str) -> bool:
    """Whether *token* is a known word with prefixes and suffixes (:data:`WORD_FORMS_FILE`), and so one word.

    "finalisations" is "final" + "isation" + "s", "antiauthoritarianism" is "anti" + "authoritarianism",
    "postrevolutionary" is "post" + "revolutionary": an inflected or a derived form, rarer than the
    lexicon's words but no run of words ("final is at ions"). The stem is a known word of
    :data:`STEM_LEAST` letters or more and no function word ("thereing" is no form of "there"); a
    suffix's stem may have lost its "e" ("finalising": "finalise") or doubled its last consonant
    ("planned"), or end otherwise as the data says ("authorities": "authority").

    >>> derived_word("finalisations"), derived_word("antiauthoritarianism"), derived_word("themeans")
    (True, True, False)
    """
    return _derived(token.lower(), 0)


@cache
def _derived(word: str, depth: int) -> bool:
    if depth and len(word) >= STEM_LEAST and word not in GLUE_WORDS and zipf(word) >= KNOWN:
        return True
    if depth >= DERIVATION_MOST:
        return False
    forms = word_forms()
    for prefix in forms.prefixes:
        rest = word[len(prefix.form):]
        if word.startswith(prefix.form) and len(rest) >= STEM_LEAST and _derived(rest, depth + 1):
            return True
    for suffix in forms.suffixes:
        base = word[: len(word) - len(suffix.form)]
        if not word.endswith(suffix.form) or len(base) < STEM_LEAST - 1:
            continue
        stems = [base, base + "e", *(base + ending for ending in suffix.stem_endings)]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
            stems.append(base[:-1])  # "planned": "plan"
        if any(len(stem) >= STEM_LEAST and _derived(stem, depth + 1) for stem in stems):
            return True
    return False


def cuts_a_foreign_ending(token: str, parts: list[str]) -> bool:
    """Whether the separation *parts* of *token* cuts an ending English words seldom have
    (:data:`WORD_FORMS_FILE`: "forcejeando" in "force jean do", "-ovich", "-skaya"): the token is a word
    of another language, or a name transliterated, whose syllables are English words by chance. A
    function word of three letters or more before the cut shows an English run ("wecando": "we can do",
    "whendo": "when do"); a shorter one is as often a syllable ("cantando" is no "cant an do")."""
    lower = token.lower()
    last = parts[-1]
    before = parts[-2].lower() if len(parts) > 1 else ""
    return bool(before) and not (len(before) >= 3 and before in GLUE_WORDS) and any(
        lower.endswith(ending) and len(last) < len(ending) for ending in word_forms().foreign_endings)


#: short words that are syllables of many words as often as words ("at", "an", "do", "in"): a separation that
#: stands on them needs the evidence of :func:`rests_on_syllables`
SYLLABLE_WORDS = frozenset(w for w in SHORT_WORDS if len(w) == 2) - frozenset("of is to by it he we my me us".split())


def rests_on_syllables(token: str, parts: list[str]) -> bool:
    """Whether the separation *parts* of *token* stands on short words that are as often syllables
    (:data:`SYLLABLE_WORDS`: "force jean do", "final is at ions") with no evidence of prose.

    Such a word after the first part, where the separation has three parts or more and words of one or
    two letters are a third of them or more, needs a function word first ("in military", "I make no
    plea") or one of three letters or more among the parts ("the", "was", "which"). A longer run of
    longer words carries its short one ("workers went on strike"); a run of two ending on one
    ("Party in") stays as :func:`split_glued` decides it.
    """
    if len(parts) < 3 or not any(p.lower() in SYLLABLE_WORDS for p in parts[1:]):
        return False
    if 3 * sum(len(p) <= 2 for p in parts[1:]) < len(parts):
        return False
    first = parts[0].lower()
    if first in GLUE_WORDS or first in PROSE_WORDS or first in ONE_LETTER_WORDS:
        return False
    return not any(len(p) >= 3 and p.lower() in STRONG_GLUE_WORDS for p in parts)


#: a capitalised word of letters (a name, or a sentence's first word)
NAME_RE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{4,}(?![^\W\d_])")
#: a run of letters written as a part of an address: before a dot and a lower-case letter ("primecoin.io"),
#: not after a dot (the site's name, not its domain's ending); after "www.", "@" or "//"
ADDRESS_WORD_RE = re.compile(r"(?<![^\W\d_])(?<!\.)([^\W\d_]{4,})\.[a-z]")
ADDRESSED_WORD_RE = re.compile(r"(?:www\.|@|//)([^\W\d_]{4,})")
#: what may stand between a sentence's end and its next word: spaces, opening quotes and brackets, emphasis
SENTENCE_OPENING = " \t\n\u00a0“\"‘'([«*_"
#: what ends a sentence, or a heading's label, before a capital that begins the next
SENTENCE_ENDS = ".?!:…"
#: the words either side of a token that say what language it stands in (:func:`in_english`)
CONTEXT_WORDS = 8
#: the least share of English's commonest words among them in English prose (the five witnesses: at
#: least 0.125 in every stretch of 16 words; a Spanish or Italian stretch: 0 to 0.07)
ENGLISH_SHARE = 0.12
#: what bounds a token's sentence or quotation for :func:`in_english`: quotation marks, a sentence's end
CONTEXT_BOUNDS = "“”«»„\".?!;"
#: English's 300 commonest words, as wordfreq ranks them (data shared with the glossary's checks)
COMMON_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "common-words.txt"


@cache
def common_words() -> frozenset[str]:
    """The words of :data:`COMMON_WORDS_FILE`."""
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def in_english(raw: str, start: int, end: int) -> bool:
    """Whether the token at ``raw[start:end]`` stands among English words: of the :data:`CONTEXT_WORDS`
    words before it and after it, at least :data:`ENGLISH_SHARE` are among English's commonest
    (:func:`common_words`; Spanish "de", "la", "que" are English words to the lexicon, but none of its
    commonest). The words are those of its sentence or quotation (up to a quotation mark or a sentence's
    end, :data:`CONTEXT_BOUNDS`: a Spanish quotation in an English paragraph is Spanish), or of its
    paragraph around it where the sentence has fewer than four; fewer than four words say nothing: English.
    Words of :data:`LONG_RUN` letters or more are not counted: long words and runs of words
    ("freedfromthelegalandmoral") say nothing of the language.
    """
    reach = 20 * CONTEXT_WORDS
    left, right = raw[max(0, start - reach):start], raw[end:end + reach]
    cut_left = max(left.rfind(c) for c in CONTEXT_BOUNDS) + 1
    cut_right = min((i for i in (right.find(c) for c in CONTEXT_BOUNDS) if i >= 0), default=len(right))
    for before_text, after_text in ((left[cut_left:], right[:cut_right]), (left, right)):
        # long tokens say nothing of the language: long words, or words run together themselves
        before = [w for w in WORD_RE.findall(before_text) if len(w) < LONG_RUN]
        after = [w for w in WORD_RE.findall(after_text) if len(w) < LONG_RUN]
        around = [w.lower() for w in before[-CONTEXT_WORDS:] + after[:CONTEXT_WORDS]]
        if len(around) >= 4:
            common = common_words()
            return sum(w in common for w in around) >= ENGLISH_SHARE * len(around)
    return True


def inside_a_sentence(raw: str, start: int) -> bool:
    """Whether the token at ``raw[start]`` stands inside a sentence, not at its start: what comes before it,
    past spaces and opening quotes or brackets, is no end of a sentence (:data:`SENTENCE_ENDS`) nor the
    paragraph's start."""
    i = start
    while i > 0 and raw[i - 1] in SENTENCE_OPENING:
        i -= 1
    return i > 0 and raw[i - 1] not in SENTENCE_ENDS


def fits_its_place(raw: str, start: int, end: int, parts: list[str]) -> bool:
    """Whether the separation *parts* of the token at ``raw[start:end]`` fits where the token stands.

    Refused: a token attached to an address's dot ("theanarchistlibrary.org": a site's name); a token among
    words that are not English (:func:`in_english`); a capitalised token inside a sentence ("the
    Primecoin network"), a name or a coinage, unless a function word shows the join ("the Russian
    Revolutionwhich", "in Moscowthe", "the Partyin"); a capitalised token at a sentence's start is
    :func:`split_glued`'s to decide ("Humannature", "Theirauthoritydid").
    """
    if raw[end:end + 1] == "." and raw[end + 1:end + 2].islower():
        return False
    token = raw[start:end]
    if token[:1].isupper() and token[1:].islower() and inside_a_sentence(raw, start) and not (
            parts[0].lower() in GLUE_WORDS or any(p.lower() in GLUE_WORDS for p in parts[1:])):
        return False
    return in_english(raw, start, end)


#: the most letters of a part of a capitalised separation that may be a fragment of a name ("marc", "fran")
FRAGMENT_MOST = 4
#: the most parts a capitalised name splits into by chance ("Inter marc he")
NAME_PARTS_MOST = 3
#: the least frequency (Zipf) of such a short part that is a word by itself, not a fragment ("make", "Lord")
CAPITALISED_PART_ZIPF = 4.5


def _function_word(word: str) -> bool:
    """A function word, lower case: one that shows the join of words run together ("their", "he", "I")."""
    return word in GLUE_WORDS or word in PROSE_WORDS or word in ONE_LETTER_WORDS


def _capitalised_run(parts: list[str]) -> bool:
    """Whether a capitalised token of one piece ("Theirauthoritydid", "Humannature", "Ruthanasia"), unknown to
    the lexicon, is surely words run together in the separation *parts*: a capitalised word may be a name or a
    coinage (Ruth + euthanasia) whose syllables are words by chance, and a short word in the middle of a
    separation is such a syllable as often as a word ("an", "in", "on", "as", "be": "Ruth an asia"). It is
    words run together when no part after the first is so short (every part a word by itself: "Human nature",
    "Fully fifty percent"), or a function word shows the join: the first part ("Their authority did", "I make
    no plea"), a later one of :data:`STRONG_GLUE_WORDS` ("Revolution which", "Gambling is increasing"), or the
    last ("Party in"). A short part of no function word, rarer than :data:`CAPITALISED_PART_ZIPF` ("marc",
    "fran"), is a fragment of a name ("Intermarche", "Franprix": no "Inter marc he"), unless the first part
    is a function word: the join shows there ("I make no plea"); a name splits into
    :data:`NAME_PARTS_MOST` parts at most, a longer run is a sentence's words ("Lest the preceding …").
    """
    first = parts[0].lower()
    if len(parts) <= NAME_PARTS_MOST and not _function_word(first) and any(
            len(p) <= FRAGMENT_MOST and not _function_word(p.lower()) and zipf(p) < CAPITALISED_PART_ZIPF
            for p in parts):
        return False
    if all(len(p) > 2 for p in parts[1:]):
        return True
    if first in GLUE_WORDS or first in PROSE_WORDS or first in ONE_LETTER_WORDS or parts[-1].lower() in GLUE_WORDS:
        return True
    return any(p.lower() in STRONG_GLUE_WORDS for p in parts[1:])


def _joined_at_a_capital(parts: list[str], vocabulary: TextVocabulary | None) -> bool:
    """Whether a token with a capital inside ("theWest", "RedArmy", "FrameMaker") is words run together.

    A capital inside a token is the author's spelling of a name (CamelCase: "FrameMaker",
    "MakeIndex", "timeSeries", "eBook") unless the evidence says the extraction lost a space:
    a lower-case function word before the capital ("theWest", "withWestern": no name is
    spelled so); a capitalised first word only in a witness that loses spaces before capitals
    elsewhere, and then only a function word ("ThatMr") or a pair the witness also writes
    apart ("RedArmy" beside "Red Army").
    """
    first = parts[0]
    if first.islower():
        return first in GLUE_WORDS
    if vocabulary is None or not vocabulary.drops_spaces_before_capitals:
        return False
    return first.lower() in GLUE_WORDS or vocabulary.uses_phrase(parts)


def _best_short_split(token: str) -> list[str] | None:
    """The likeliest separation of *token* into two or three known words, or None.

    Among the candidates the split whose rarest part is most common wins.
    """
    best: tuple[float, list[str]] | None = None
    for parts in _segmentations(token, 3):
        if len(parts) < 2 or not all(_plausible_part(p, i) for i, p in enumerate(parts)):
            continue
        if any(p.lower() in WORD_ENDINGS for p in parts[1:]):
            continue  # "intrenchment" is one word, not "in trench ment"
        score = min(zipf(p) for p in parts) - 0.5 * len(parts)
        if best is None or score > best[0]:
            best = (score, parts)
    return best[1] if best else None


#: words that begin or end no compound: a rare token that starts or ends with one is two words
#: run together ("Revolutionwhich", "Themeans"), in any extraction; "be", "in", "out" do begin
#: words ("betake", "intrenchment", "outlay"), so that they alone show nothing
UNJOINABLE = frozenset("the they their them these those this that which was were and has have had is are".split())
#: function words (two letters or more) that begin no name or identifier: glued to a capitalised word
#: they show a space the extraction lost ("withWestern", "ThatMr"); a content word so glued
#: ("timeSeries", "FrameMaker") is an identifier's or a name's spelling
GLUE_WORDS = (SHORT_WORDS - ONE_LETTER_WORDS) | UNJOINABLE | frozenset(
    "with like from into upon onto unto thus than then when where what while over under about after before "
    "between through against during without within among towards toward also both each such some more most "
    "very even just once since until unless although though because whose whom will would could should "
    "must been being does did".split()
)
#: a lower-case word glued to a capitalised one: "withWestern", "inNorthAfrica"
SPACE_LOST_RE = re.compile(r"(?<![^\W\d_])([a-z]{2,})([A-Z][a-z]+)")
#: endings that make one word of what goes before them: no part of a separation after the first is one
WORD_ENDINGS = frozenset("ment ments ness ship ships hood tion tions able ible less ful "
                         "ism isms ist ists ion ions ity ities ation ations".split())
#: a token this long may be three or more words run together ("Theirauthoritydid")
LONG_RUN = 10
#: the most words a run is separated into
LONG_RUN_MOST = 10
#: the fewest words of a run in which "a" may stand as a word of its own
RUN_WITH_A_MIN = 5
#: short words that may be parts of a run of three or more (the function
#: words of :data:`SHORT_WORDS` and the commonest short verbs)
RUN_SHORT_WORDS = SHORT_WORDS | frozenset("did has was had are were its not but".split())


#: what shows a witness to be technical, a manual or a paper that quotes code: a TeX command
#: ("\\usepackage"), a name with an underscore ("file_name"), a call ("main()"). Such a witness names
#: options and commands run together from words ("keeplayout", "minipage", "noglossbreaks")
TECHNICAL_RE = re.compile(r"\\[A-Za-z@]{2,}|[a-z0-9]_[a-z]|[A-Za-z]\(\)")
#: words that begin or end no identifier, only prose: in a technical witness a separation
#: is sure only when one of them is a part of it ("themeans", "theremust"), never of
#: identifiers' parts alone ("keep layout", "no gloss breaks", "own counter")
PROSE_WORDS = UNJOINABLE | frozenset(
    "there here what when where while whom whose who our your we they he she his her its "
    "must would could should will been being than because although though".split()
)


#: function words of three letters or more, and the two-letter ones that are seldom a syllable of a word ("of",
#: "is", "to", "by", "it"), which no name and no coinage hides in its middle: a capitalised token's separation
#: needs one ("an", "in", "on", "at", "as", "be" are syllables of many words: "Ruth|an|asia")
STRONG_GLUE_WORDS = frozenset(w for w in GLUE_WORDS | PROSE_WORDS if len(w) >= 3) | frozenset(
    "of is to by it he we my me us".split())


def technical(text: str) -> bool:
    """Whether *text* is technical: it quotes code (:data:`TECHNICAL_RE`; one search of the text)."""
    return TECHNICAL_RE.search(text) is not None


def sure_separation(token: str, parts: list[str], in_technical: bool) -> bool:
    """Whether the separation of *token* into *parts* is sure, not an identifier's spelling.

    In a technical witness (:func:`technical`) a token in lower case may be the
    name of an option, a command or an environment ("keeplayout", "minipage",
    "noglossbreaks": words run together by their author, not by an extraction):
    it is separated only when a word of prose, which begins or ends no such name,
    is one of its parts ("themeans", "theremust"). A token that begins with a
    capital ("Theirauthoritydid") and every token of other witnesses are decided
    by :func:`split_glued` alone.
    """
    if not in_technical or not token.islower():
        return True
    return any(p.lower() in PROSE_WORDS for p in parts)


def split_long_run(token: str) -> list[str] | None:
    """Separate a run of three or more words, if it is one: "Theirauthoritydid".

    The run is cut where the words' frequencies make it likeliest (a unigram
    segmentation, by dynamic programming over the cut points: linear in the
    number of cuts, not exponential as a search of every split would be).
    Each part must be a known word (short ones only from a closed list), and
    the result must have three parts or more: a run of two is
    :func:`split_glued`'s to decide.

    :return: the parts, or ``None``
    """
    n = len(token)
    #: best[i]: (score, parts) of the best separation of token[:i]
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            before = best[start]
            if before is None or len(before[1]) >= LONG_RUN_MOST:
                continue
            part = token[start:end]
            if not _plausible_run_part(part, start):
                continue
            # log10 of the word's probability (Zipf is log10 per billion words, + 9)
            score = before[0] + zipf(part) - 9
            here = best[end]
            if here is None or score > here[0]:
                best[end] = (score, [*before[1], part])
    found = best[n]
    if found is None or len(found[1]) < 3:
        return None
    if "a" in found[1][1:] and len(found[1]) < RUN_WITH_A_MIN:
        return None  # "Maximalists" is no "Maxim a lists"; a long run may have its "a"
    return found[1]


def _plausible_run_part(part: str, start: int) -> bool:
    if start and not part.islower():
        return False  # a capital inside the run: a name, an acronym
    if part.lower() in WORD_ENDINGS:
        return False  # "idleness" is one word, not "idle ness"
    if len(part) < 4 and part.lower() not in RUN_SHORT_WORDS:
        return False
    if len(part) == 1 and start and part != "a":
        return False
    return is_word(part)


def _plausible_part(part: str, index: int) -> bool:
    """A part of a separation: a known word, short ones only from a closed list."""
    lower = part.lower()
    if len(part) == 1 and index > 0:
        return False
    if len(part) < 4 and lower not in SHORT_WORDS:
        return False
    return is_word(part)


def _split_at(token: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(token)]
    return [token[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _segmentations(token: str, most: int):
    if most == 1:
        yield [token]
        return
    yield [token]
    for i in range(1, len(token)):
        head = token[:i]
        if not is_word(head):
            continue
        for rest in _segmentations(token[i:], most - 1):
            yield [head, *rest]


#: a short word in capitals rarer than this is taken for an acronym (USSR, CPSU)
ACRONYM_BELOW = 4.0
SMALL_TITLE_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to vs via with".split()
)


#: the least share of vowels of a word in capitals that reads as a word (a name: "GAVIN", "LENIN"), no acronym
#: ("USSR", "CPSU", "NPG" have few or none)
PRONOUNCEABLE_SHARE = 0.4
#: the fewest letters of such a word ("IWW", "UNO": three letters, an acronym whatever its vowels)
PRONOUNCEABLE_MIN = 4


def pronounceable(letters: str) -> bool:
    """A rare short word in capitals that reads as a word, by its form: :data:`PRONOUNCEABLE_MIN` letters at
    least, :data:`PRONOUNCEABLE_SHARE` of them vowels ("GAVIN", "MOREL"). Beside a word that is recased
    ("GAVIN WOOD") it is a name, recased with it, never left in capitals as an acronym would be; alone
    ("1.2 LATEX") it keeps its capitals."""
    if re.fullmatch(r"[IVXLCDM]+", letters):
        return False  # a Roman numeral ("VIII"), never a name
    return (len(letters) >= PRONOUNCEABLE_MIN
            and sum(c in "AEIOUYaeiouy" for c in letters) >= PRONOUNCEABLE_SHARE * len(letters))


#: a Roman numeral of a heading's number, in capitals: "II", "IV", "XIV", "XL" (no word of the language but "I")
ROMAN_NUMERAL_RE = re.compile(r"(?=[IVXLC])(?:X{0,3}|XL|L|LX{1,3}|XC|C{1,3})(?:IX|IV|V?I{0,3})")


def title_case(caps: str, kept: frozenset[str] = frozenset()) -> str:
    """Turn an ALL-CAPS heading into title case, keeping acronyms, and the words of *kept* (the text's prose
    prints them in capitals too: "WIPO", "NATO") as printed.

    >>> title_case("WHAT IS “OWNERSHIP OF THE MEANS OF PRODUCTION”?")
    'What Is “Ownership of the Means of Production”?'
    >>> title_case("END-TO-END ARGUMENTS IN SYSTEM DESIGN")
    'End-to-End Arguments in System Design'
    >>> title_case("TITLE II: GENERAL PROVISIONS")
    'Title II: General Provisions'
    >>> title_case("RIN 2120–AA64 OF THE AGENCY")
    'RIN 2120–AA64 of the Agency'
    """

    def rare(letters: str) -> bool:
        return len(letters) <= 5 and zipf(letters) < ACRONYM_BELOW

    def a_word(piece: str) -> bool:  # a word recased for its own sake: neither an acronym nor a small word
        letters = re.sub(r"[^\w]", "", piece)
        return letters.isalpha() and not rare(letters) and letters.lower() not in SMALL_TITLE_WORDS

    def fix(word: str, first: bool, beside_word: bool = False) -> str:
        letters = re.sub(r"[^\w]", "", word)
        if not letters:
            return word
        if ROMAN_NUMERAL_RE.fullmatch(letters) or (any(c.isdigit() for c in letters)
                                                   and any(c.isalpha() for c in letters)):
            return word  # a Roman numeral ("III.", "TITLE II:"), an identifier ("AA64", "2120–AA64"): as printed
        if letters.isupper() and letters in kept:
            return word  # an acronym the prose prints in capitals too ("the WIPO treaties"), never a name
        # a rare word that reads as a word beside a word recased is a name ("GAVIN WOOD"), no acronym
        acronym = rare(letters) and not (beside_word and pronounceable(letters))
        if letters.isupper() and acronym and letters.lower() not in SMALL_TITLE_WORDS:
            return word  # an acronym: USSR, CPSU, NPG
        lower = word.lower()
        if not first and letters.lower() in SMALL_TITLE_WORDS:
            return lower
        return re.sub(r"[^\W\d_]", lambda m: m.group(0).upper(), lower, count=1)

    out = []
    first = True
    tokens = [piece for piece in caps.split() if piece]
    recased = [a_word(piece) for piece in tokens]
    k = 0
    for piece in re.split(r"(\s+)", caps):
        if not piece or piece.isspace():
            out.append(piece)
            continue
        beside = (k > 0 and recased[k - 1]) or (k + 1 < len(tokens) and recased[k + 1])
        k += 1
        parts = piece.split("-")
        # a compound's later parts are capitalised but its small words ("END-TO-END": "End-to-End")
        out.append("-".join(fix(p, first and i == 0 or i > 0 and p.lower() not in SMALL_TITLE_WORDS, beside)
                            for i, p in enumerate(parts)))
        first = piece.endswith((":", "?", "!", "."))
    return "".join(out)
