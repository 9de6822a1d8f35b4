"""Quantities in a sentence, through quantulum3, normalised to our units.

quantulum3 finds and reads "$1.6 billion", "60 tons", "ten times",
"one-seventh", "20 percent"; this module only sorts them into kinds (money,
mass, fraction, count, ratio) and normalises units (currency codes, tonnes,
fractions). Time spans ("two years") and bare years are not claims.

Two things quantulum3 does not do are done here: newswire abbreviations
("38.37 billion dlrs", "752 mln", "33 pct") are spelled out before parsing,
with offsets mapped back to the original sentence; and a scaled bare number
("from 2.02 billion a year earlier") takes the currency of the money named
beside it, or of the money in the sentences just before.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from enum import StrEnum

NUMBER_WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|third|quarter|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|fifteenth|\w+tieth|hundredth|twice|thrice|"
    r"percent|dozen)\b",
    re.IGNORECASE,
)
YEARS = re.compile(r"\b(?:19|20)\d{2}s?\b")
# quantulum3's currency names, by their last word ("japanese yen", "swiss franc").
CURRENCIES = {
    "dollar": "USD",
    "euro": "EUR",
    "sterling": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "rouble": "RUB",
    "ruble": "RUB",
    "franc": "FRF",  # quantulum3 calls every franc Swiss; a "Swiss franc" in the text is CHF
    "yuan": "CNY",
    "rupee": "INR",
    "won": "KRW",  # "south korean won"
    "real": "BRL",
}
# Currency words quantulum3 leaves unread after a scaled number ("3.2 billion marks").
CURRENCY_AFTER = re.compile(
    r"^\s+(?:(?:(?P<qualifier>French|Swiss|West German|German|Deutsche|Italian|Czech|Turkish|Kenyan|"
    r"Moroccan|Saudi|Qatari|Iraqi|Algerian|Libyan|Serbian|Danish|Norwegian)\s+)?"
    r"(?P<word>francs?|marks?|lire|lira|guilders?|pesetas?|rupees?|yuan|won|riyals?|dinars?|rand|pesos?|"
    r"crowns?|kronor|kroner|schillings?|shillings?|escudos?|drachmas?|shekels?|naira|baht|ringgit|rupiah|"
    r"zlotys?|birr|rials?|hryvnias?|taka|dirhams?|manats?|lari|drams?|tenge|dong|kyats?|cedis?|kwacha|"
    r"riels?|afghanis?|forints?|korunas?|leva?)\b)"
)
# a currency word's country where more than one issues it ("Czech crowns", "Turkish lira")
QUALIFIED_CURRENCIES = {
    ("czech", "crown"): "CZK",
    ("danish", "crown"): "DKK",
    ("danish", "kroner"): "DKK",
    ("norwegian", "crown"): "NOK",
    ("norwegian", "kroner"): "NOK",
    ("turkish", "lira"): "TRY",
    ("kenyan", "shilling"): "KES",
    ("moroccan", "dirham"): "MAD",
    ("saudi", "riyal"): "SAR",
    ("qatari", "riyal"): "QAR",
    ("iraqi", "dinar"): "IQD",
    ("algerian", "dinar"): "DZD",
    ("libyan", "dinar"): "LYD",
    ("serbian", "dinar"): "RSD",
    ("swiss", "franc"): "CHF",
}
CURRENCY_WORDS = {
    "franc": "FRF",
    "mark": "DEM",
    "lire": "ITL",
    "lira": "ITL",
    "guilder": "NLG",
    "peseta": "ESP",
    "rupee": "INR",
    "yuan": "CNY",
    "won": "KRW",
    "riyal": "SAR",
    "dinar": "KWD",
    "rand": "ZAR",
    "peso": "MXN",
    "crown": "SEK",
    "kronor": "SEK",
    "schilling": "ATS",
    "escudo": "PTE",
    "drachma": "GRD",
    "shekel": "ILS",
    "naira": "NGN",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "zloty": "PLN",
    "kroner": "DKK",
    "shilling": "KES",
    "birr": "ETB",
    "rial": "IRR",
    "hryvnia": "UAH",
    "taka": "BDT",
    "dirham": "AED",
    "manat": "AZN",
    "lari": "GEL",
    "dram": "AMD",
    "tenge": "KZT",
    "dong": "VND",
    "kyat": "MMK",
    "cedi": "GHS",
    "kwacha": "ZMW",
    "riel": "KHR",
    "afghani": "AFN",
    "forint": "HUF",
    "koruna": "CZK",
    "lev": "BGN",
    "leva": "BGN",
}
# Dollars other than the US dollar, by quantulum3's unit name and by the letters before "$"
# ("A$", "NZ$", "HK$", "S$", "NT$"); LOCAL_DOLLARS reads the names the text gives them
NAMED_DOLLARS = {
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "new zealand dollar": "NZD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "taiwan dollar": "TWD",
    "new taiwan dollar": "TWD",
}
DOLLAR_PREFIXES = {"A": "AUD", "AU": "AUD", "C": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD", "NT": "TWD"}
DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])(AU|NZ|HK|NT|A|C|S)\$$")
# a number, then a capitalised name where quantulum3 expects a unit: "250 Abrams", "250 M1"
# (not a unit symbol in capitals: "250 MW")
MODEL_AFTER_NUMBER = re.compile(r"^(?P<number>\d[\d,]*(?:\.\d+)?)\s+(?![A-Z]{1,3}$)[A-Z][A-Za-z0-9-]*$")
MASS_TO_TONNES = {"ton": 1.0, "tonne": 1.0, "metric ton": 1.0, "kilogram": 0.001}
# Newswire spellings quantulum3 misreads ("dlrs" as decilitre roentgen second).
MILLIONS_OF_MONEY = re.compile(
    "|".join(
        rf"(?<=[$£€¥]{digits})m\b"
        for digits in (r"\d", r"\d\d", r"\d\d\d", r"\d\.\d", r"\d\d\.\d", r"\d\.\d\d")
    )
)


def _crores(number: str) -> str:
    """ "1,200" crore as millions written out in full ("12000 million"), for quantulum3."""
    return f"{float(number.replace(',', '')) * 10:.10g} million"


NEWSWIRE = (
    (re.compile(r"\s*\n\s*"), " "),  # hard-wrapped wire copy: "5.45\nbillion dlrs"
    # "A$250 billion", "HK$10 billion": quantulum3 misreads the letters before "$"; they are
    # blanked here and read back in _located
    (re.compile(r"(?<![A-Za-z])(?:AU|HK|NT)(?=\$\s?\d)"), "  "),
    (re.compile(r"(?<![A-Za-z])[AS](?=\$\s?\d)"), " "),
    # "signed a $1.6 billion deal": quantulum3 reads "a $" as a rate ("dollar to the 1.6e+09")
    (re.compile(r"\b[Aa]n?(?= [$£€¥])"), "the"),
    # "two dozen MiG-29s", "a dozen Mirage 2000s": quantulum3 reads no number
    (re.compile(r"\bhalf a dozen\b", re.IGNORECASE), "6"),
    (re.compile(r"\b(?:a|one) dozen\b", re.IGNORECASE), "12"),
    (re.compile(r"\btwo dozen\b", re.IGNORECASE), "24"),
    (re.compile(r"\bthree dozen\b", re.IGNORECASE), "36"),
    # "half a million": quantulum3 reads 1.5 million
    (re.compile(r"\bhalf an? (?=million|billion)", re.IGNORECASE), "0.5 "),
    (re.compile(r"\b(?:a|one) quarter of an? (?=million|billion)", re.IGNORECASE), "0.25 "),
    # "a 169-billion-dlr trade deficit": hyphens inside a sum read as minus signs
    (re.compile(r"(?<=\d)-(?=(?:million|billion|mln|bln)-)", re.IGNORECASE), " "),
    (re.compile(r"(?<=ion|[mb]ln)-(?=(?:dlrs?|dollars?)\b)", re.IGNORECASE), " "),
    (
        re.compile(
            r"\b(?:H\.K\.|HK|Hong Kong|N\.T\.|NT|Taiwan|Canadian|Australian)\s+(?:dlrs?|dollars?)\b", re.I
        ),
        "dollars",
    ),
    (re.compile(r"\b(?:U\.S\.|US)\s+(?:dlrs?|dollars?)\b", re.IGNORECASE), "dollars"),
    (re.compile(r"\bdlrs?\b", re.IGNORECASE), "dollars"),
    # Indian usage: "Rs 5.25 lakh crore" is 5.25 trillion rupees (a lakh crore is 10^5 x 10^7)
    (re.compile(r"\bRs\.?\s?(?=\d)"), "₹"),
    (re.compile(r"\blakh crore\b", re.IGNORECASE), "trillion"),
    # "600 crore rupees": a crore is ten million
    (re.compile(r"(?<![\d,.])(\d[\d,]*(?:\.\d+)?) crore\b", re.IGNORECASE), lambda m: _crores(m[1])),
    # "169 billion dlrs U.S. trade deficit": "dollars U" would read as atomic mass units
    (re.compile(r"\bU\.S\.(?=\s+[a-z])"), "US"),
    # "$2.5bn", "£300m": British abbreviations of a scale ("m" only after a sum of money)
    (re.compile(r"(?<=\d)bn\b"), " billion"),
    (MILLIONS_OF_MONEY, " million"),
    # "a $1.2-billion deal": the hyphen would be read as a range
    (re.compile(r"(?<=\d)-(?=(?:million|billion|trillion)\b)", re.IGNORECASE), " "),
    (re.compile(r"\bmln\b", re.IGNORECASE), "million"),
    (re.compile(r"\bbln\b", re.IGNORECASE), "billion"),
    (re.compile(r"\bpct\b", re.IGNORECASE), "percent"),
    (re.compile(r"\bstg\b", re.IGNORECASE), "pounds sterling"),
    # "10.5 billion dlrs at end-1986": a unit before "at" is read as ampere-turns
    (re.compile(r"(?<=\s)at(?=\s)"), "as at"),
)
# "$87 billion, eleven times as much": quantulum3 reads a comma before a spelled number as a
# thousands separator ("87000000011"); a semicolon keeps the two apart
LISTED_NUMBER = re.compile(
    r"(?<=[a-z]),(?=\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
# "84 F-15SAs", "four Su-30SM", "250 M1A2 Abrams": a weapon's model designation, which
# quantulum3 reads as units ("per farad to the 15 siemens"); masked with letters of the same length
DESIGNATION = re.compile(
    r"\b(?:[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Za-z]{0,4}|[A-Z]{1,2}\d{1,3}[A-Z]{1,2}\d{0,2})\b"
)  # M1A2
FORCE_WORDS = re.compile(r"\b(?:soldiers|troops|men|personnel|army|armies|reservists)\b", re.IGNORECASE)
PEOPLE_AFTER = re.compile(r"\s+(?:strong|troops|soldiers|personnel|men|people|active)\b", re.IGNORECASE)
SCALE_AFTER = re.compile(r"\s+(thousand|million|billion)\b", re.IGNORECASE)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
FACTOR_BEFORE = re.compile(
    r"\bfactor of\s+(?:(?:more than|over|about|around|nearly|almost|roughly|some|at least)\s+)?$",
    re.IGNORECASE,
)
TO_ONE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?|[a-z]+)[- ]to[- ]one\b", re.IGNORECASE)
HALF_AGAIN = re.compile(r"\bhalf again as\b|\bhalf as (?:large|big|many|much|strong) again\b", re.IGNORECASE)
NUMBER_VALUES = {
    w: float(n)
    for n, w in enumerate(
        [
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
            *("eighteen", "nineteen", "twenty"),
        ]
    )
} | {
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "sixty": 60.0,
    "seventy": 70.0,
    "eighty": 80.0,
    "ninety": 90.0,
    "hundred": 100.0,
}
FRACTIONS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twelfth": 12,
    "fifteenth": 15,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
}
# tens spelled as ordinals, and the multipliers of a compound one ("a two-hundredth")
TENS_ORDINALS = {"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "thousandth": 1000}
FRACTION_RATIO = re.compile(
    r"\b(?:one|a)[- ](?P<part>(?:[a-z]+-)?(?:"
    + "|".join([*FRACTIONS, *TENS_ORDINALS])
    + r"))\b(?=\s+(?:of(?!\s+an?\s+(?:million|billion|thousand|hundred))|as|(?:the|that)\s+size)\b)",
    re.IGNORECASE,
)
MULTIPLES = {"twice": 2.0, "thrice": 3.0, "half": 0.5}
# "twice the size of Greece's", "half as much as": not "half of the troops", a share
# "twice Morocco's $4.8 billion", "nearly twice South Korea's 625,000": a possessor after it
MULTIPLE_RATIO = re.compile(
    r"\b(?:twice|thrice|half)\b(?=\s+(?:(?:that|those|as|what|the)\b|[A-Z]\w*(?:\s+[A-Z]\w*)?'s\b))",
    re.IGNORECASE,
)
# quantulum3 reads "some $4 billion" as $4 and "some 1.2 million" as 1.2: the hedge is
# blanked out (same length, so offsets hold; _approximate still reads it in the sentence)
SOME_BEFORE = re.compile(
    r"\bsome(?=\s+(?:[$£€¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))",
    re.IGNORECASE,
)
# quantulum3 reads the article in "$300 million, a fraction of" as "a year" (per annum): the comma
# becomes a semicolon (same length), which it does not read through
SCALE_THEN_ARTICLE = re.compile(r"(?<=illion),(?=\s+an?\s)", re.IGNORECASE)
# quantulum3 drops the second of "$350 million and $160 million"; it reads "... or  $160
# million" (same length) as two sums
AND_MONEY = re.compile(r"\band(?=\s+[$£€¥]\d)")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+$", re.IGNORECASE)
# "soldiers for every ...": the counted noun, then "for every" or "for each"
FOR_EACH_OF = r"\s+[a-z-]+(?:\s+[a-z-]+)?\s+for\s+(?:every|each)\s+"
FOR_EVERY = re.compile(FOR_EACH_OF + r"(?-i:[A-Z])", re.IGNORECASE)
PRICE_BELOW = 10_000  # an unscaled sum of money below this is a price or a rate
SCALED = re.compile(r"\b(?:million|billion|trillion|mln|bln)\b", re.IGNORECASE)
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}


class Kind(StrEnum):
    MONEY = "money"
    MASS = "mass"
    FRACTION = "fraction"
    COUNT = "count"
    RATIO = "ratio"  # "ten times", "one-seventh as much"


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: Kind
    value: float
    unit: str | None
    period: str | None
    start: int  # offsets in the sentence
    end: int
    surface: str
    people: bool = False  # "1.4 million strong", "1.2 million troops": never a sum of money
    ranged: bool = False  # an end of a range ("$14 to 15 billion"): approximate


def _parse(text: str):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        # quantulum3 warns at import that its optional classifier (scikit-learn)
        # is absent; its rule-based reading is what we use.
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # imported late: it takes seconds to load

        return parser.parse(text)


RANGE = re.compile(r"^(.*?\S)\s+(?:to|and)\s+(\S.*)$")


def _read(text: str):  # type: ignore[no-untyped-def]
    """quantulum3's quantities, with each range ("900 million dollars to 2.6 billion
    dollars", "fourteen to 31") read as its two ends: the first end is often a
    change and the second a level, and a mean of the two is neither."""
    out = []
    for q in _parse(text):
        start, end = q.span
        match = RANGE.match(text[start:end]) if getattr(q, "uncertainty", None) else None
        if match is None:
            out.append(q)
            continue
        for group in (1, 2):
            offset = start + match.start(group)
            for part in _parse(match.group(group)):
                out.append(_shifted(part, offset))
    return out


def _shifted(q, offset: int):  # type: ignore[no-untyped-def]
    q.span = (q.span[0] + offset, q.span[1] + offset)
    return q


def quantities(sentence: str, currency: str | None = None) -> list[Quantity]:
    """Every quantity in a sentence that can be a claim, in order.

    `currency` is the currency of money named just before this sentence; a
    scaled bare number takes it when the sentence names no money itself.
    """
    if not NUMBER_WORDS.search(YEARS.sub("", sentence)):
        return []  # only years: nothing for quantulum3, the costly step, to read
    text, to_original = spell_out(sentence)
    text = LISTED_NUMBER.sub(";", text)  # same length: the offsets still hold
    text = SOME_BEFORE.sub(lambda m: " " * len(m.group()), text)
    text = SCALE_THEN_ARTICLE.sub(";", text)
    text = AND_MONEY.sub(lambda m: m.group() if _a_range_end(text, m.start()) else "or ", text)
    text = DESIGNATION.sub(lambda m: "x" * len(m.group()), text)
    found = [q for q in (_normalise(q, text) for q in _read(text)) if q is not None]
    found = [_located(q, to_original, sentence) for q in found]
    if currency is not None and FORCE_WORDS.search(sentence):
        currency = None  # "The North has more soldiers, around 1.2 million": men, whatever came before
    found = _bare_sums_as_money(_ranges(found, sentence), currency)
    odds = _odds(sentence)
    found = [q for q in found if not any(o.start < q.end and q.start < o.end for o in odds)]
    fractions = _fractions_of(sentence, found + odds)
    found = [q for q in found if not any(f.start < q.end and q.start < f.end for f in fractions)]
    found = sorted(found + odds + fractions, key=lambda q: q.start)
    return [q for q in found if not _a_price(q)]


RANGE_JOINT = re.compile(r"^\s*(?:to|-|–|and)\s*$")
RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# "rose 11.1 billion dlrs to 54.6 billion dlrs": a change and the level it reached
CHANGED_BY = re.compile(
    r"\b(?:by|rose|rise[sn]?|fell|fall(?:s|en)?|increased|decreased|climbed|grew|jumped|dropped|declined|"
    r"cut|raised|reduced|widened|narrowed|shrank|slipped|soared|plunged|up|down)\s+$",
    re.IGNORECASE,
)


def _ranges(found: list[Quantity], sentence: str) -> list[Quantity]:
    """A range ("around $14 to 15 billion", "8,000 to 10,000 fighters", "between 100 and 150
    million") is its two ends, each marked as a range (approximate): annotators code the ends
    (its middle is nowhere stated). The first end takes the second's scale and currency when it
    has none ("$14" of "$14 to 15 billion"). Not "from 727 mln to 752 mln": a change, whose
    second end is the level."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if last is None or not _a_range(last, q, sentence):
            out.append(q)
            continue
        low = last.value
        if not SCALED.search(last.surface) and (scale := SCALED.search(q.surface)):
            low *= SCALES.get(scale.group().lower(), 1.0)
        kind, unit = (last.kind, last.unit) if last.kind is Kind.MONEY else (q.kind, q.unit)
        out[-1] = replace(last, kind=kind, unit=unit, value=low, ranged=True)
        out.append(replace(q, kind=kind, unit=unit, ranged=True))
    return out


def _a_range(low: Quantity, high: Quantity, sentence: str) -> bool:
    if not RANGE_JOINT.match(sentence[low.end : high.start]) or "respectively" in sentence.lower():
        return False  # "$2.8 billion to $7.5 billion, respectively": two figures
    before = sentence[max(0, low.start - 12) : low.start]
    if (RANGE_FROM.search(before) and "between" not in before.lower()) or CHANGED_BY.search(before):
        return False  # "from 727 mln to 752 mln", "rose 11.1 billion dlrs to 54.6 billion"
    if " and " in sentence[low.end : high.start] and "between" not in before.lower():
        return False  # "67,000 and 45,000 ... respectively": two figures
    same = low.kind is high.kind and low.unit == high.unit
    scaled_money = (
        low.kind is Kind.MONEY and high.kind in (Kind.MONEY, Kind.COUNT) and SCALED.search(high.surface)
    )
    return bool(same or scaled_money) and low.value < high.value * (1 if SCALED.search(low.surface) else 1e9)


def _odds(sentence: str) -> list[Quantity]:
    """ "a ratio of around thirty to one", "half again as large": ratios in words, read before
    quantulum3's numbers (which would make "thirty to one" a range)."""
    out = [
        Quantity(Kind.RATIO, value, None, None, m.start(), m.end(), m.group(0))
        for m in TO_ONE.finditer(sentence)
        if (value := _number_word(m.group("n"))) is not None and value > 1
    ]
    out += [
        Quantity(Kind.RATIO, 1.5, None, None, m.start(), m.end(), m.group(0))
        for m in HALF_AGAIN.finditer(sentence)
    ]
    return out


def _number_word(word: str) -> float | None:
    word = word.lower().replace(",", "")
    if word.replace(".", "", 1).isdigit():
        return float(word)
    return NUMBER_VALUES.get(word)


def _fractions_of(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """ "one-tenth of Russia's", "a tenth of what the United States spent", "twice that of
    Iran": fractions and multiples that quantulum3 leaves unread, as ratios."""
    out = []
    words = [
        (m, 1 / parts)
        for m in FRACTION_RATIO.finditer(sentence)
        if (parts := _parts(m.group("part").lower())) is not None
    ]
    words += [(m, MULTIPLES[m.group(0).lower()]) for m in MULTIPLE_RATIO.finditer(sentence)]
    for match, value in words:
        # quantulum3 reads "a two-hundredth" as the count 2: the fraction wins over a count
        if any(q.start < match.end() and match.start() < q.end and q.kind is not Kind.COUNT for q in found):
            continue
        out.append(Quantity(Kind.RATIO, value, None, None, match.start(), match.end(), match.group(0)))
    return out


def _parts(ordinal: str) -> int | None:
    """How many parts an ordinal names: "seventh" 7, "seventieth" 70, "two-hundredth" 200,
    "twenty-fifth" 25."""
    head, _, last = ordinal.rpartition("-")
    base = FRACTIONS.get(last) or TENS_ORDINALS.get(last)
    if base is None:
        return None
    if not head:
        return base
    number = NUMBER_VALUES.get(head)
    if number is None:
        return None
    return int(number * base) if base in (100, 1000) else int(number + base)


def _a_range_end(text: str, at: int) -> bool:
    """ "between $10 billion and $15 billion": the "and" of a range, which quantulum3 reads."""
    return bool(BETWEEN_BEFORE.search(text[max(0, at - 40) : at]))


def _bare_sums_as_money(found: list[Quantity], currency: str | None) -> list[Quantity]:
    """A scaled bare number takes the currency of the sum named nearest before it ("to 232 mln
    guilders from 180 mln"), else the sentence's first, else the one named just before."""
    first = next((q.unit for q in found if q.kind is Kind.MONEY), currency)
    out, last, people = [], None, False
    for q in found:
        if q.kind is Kind.MONEY:
            last, people = q.unit, False
        elif q.people:
            people = True  # "two million personnel under arms, against India's 1.4 million"
        elif (money := last or first) is not None and not people:
            q = _as_money(q, money)
        out.append(q)
    return out


def _a_price(q: Quantity) -> bool:
    """ "14.72 dlrs a barrel", "150 yen to the dollar": prices and rates, not sums anyone holds."""
    return q.kind is Kind.MONEY and not SCALED.search(q.surface) and q.value < PRICE_BELOW


def spell_out(sentence: str) -> tuple[str, list[int]]:
    """The sentence with newswire abbreviations spelled out, and each new offset's original offset."""
    text, origin = sentence, list(range(len(sentence) + 1))
    for pattern, word in NEWSWIRE:
        pieces, offsets, last = [], [], 0
        for match in pattern.finditer(text):
            pieces.append(text[last : match.start()])
            offsets += origin[last : match.start()]
            written = word(match) if callable(word) else word
            pieces.append(written)
            offsets += [origin[match.start()]] * (len(written) - 1) + [origin[match.end()] - 1]
            last = match.end()
        pieces.append(text[last:])
        offsets += origin[last:]
        text, origin = "".join(pieces), offsets
    return text, origin


LOCAL_DOLLARS = (
    (re.compile(r"H\.K\.|\bHK\b|Hong Kong"), "HKD"),
    (re.compile(r"N\.T\.|\bNT\b|Taiwan"), "TWD"),
    (re.compile(r"Canadian"), "CAD"),
    (re.compile(r"Australian"), "AUD"),
)


def _located(q: Quantity, to_original: list[int], sentence: str) -> Quantity:
    start, end = to_original[q.start], to_original[q.end - 1] + 1
    surface = sentence[start:end]
    unit = q.unit
    if unit == "USD":  # "7.45 billion H.K. Dlrs" was read as dollars: which dollars
        unit = next((code for pattern, code in LOCAL_DOLLARS if pattern.search(surface)), unit)
    if unit == "USD" and (prefix := DOLLAR_PREFIX.search(sentence[max(0, start - 3) : start + 1])):
        unit = DOLLAR_PREFIXES[prefix.group(1)]  # "A$42.2 billion"
    return replace(q, start=start, end=end, surface=surface, unit=unit)


def _as_money(q: Quantity, currency: str) -> Quantity:
    """ "from 727 mln" beside "752 mln dlrs": the same currency; not "1.4 million strong"."""
    if q.kind is Kind.COUNT and SCALED.search(q.surface) and not q.people:
        return replace(q, kind=Kind.MONEY, unit=currency)
    return q


NUMBERED_BEFORE = re.compile(
    r"\b(?:Resolution|Article|Chapter|Section|Flight|Route|Highway|Amendment|Paragraph|Protocol|Decree|"
    r"No\.|Number|Brigade|Division|Regiment|Battalion|Corps|Army|Fleet)\s+$"
)
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
MONTH_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
VAGUE_BEFORE = re.compile(
    r"\b(?:a few|few|several|many|a couple of|(?:single|double|triple)-digit)\s+$", re.IGNORECASE
)
BARE_SCALE = re.compile(r"^(?:hundred|thousand|million|billion|trillion|dozen)s?\b", re.IGNORECASE)
MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$", re.IGNORECASE
)


def _in_a_name(surface: str, sentence: str, start: int, end: int) -> bool:
    """A capitalised number word inside a sentence, before another capitalised word."""
    words = surface.replace(" ", "").replace("-", "")
    mid_sentence = bool(sentence[:start].strip(" \"'“‘("))
    return (
        words.isalpha() and surface[0].isupper() and mid_sentence and bool(NAME_AFTER.match(sentence[end:]))
    )


def _normalise(q, sentence: str) -> Quantity | None:  # type: ignore[no-untyped-def]
    name = q.unit.name
    start, end = q.span
    if MONTH_BEFORE.search(sentence[max(0, start - 12) : start]):
        return None  # "January 14": a day of the month
    if MONTH_AFTER.match(sentence[end:]):
        return None  # "arrived on 14 March": a day of the month
    if NUMBERED_BEFORE.search(sentence[max(0, start - 14) : start]):
        return None  # "Resolution 1244", "Article 5": a name, not a quantity
    if q.surface.lower().endswith(" baht"):  # quantulum3 reads "baht" as barye-hour-tonnes
        return Quantity(Kind.MONEY, float(q.value), "THB", None, start, end, q.surface)
    if _in_a_name(q.surface, sentence, start, end):
        return None  # "the \"Three Brothers 2021\" drills": a name, not a count
    if BARE_SCALE.match(q.surface) and VAGUE_BEFORE.search(sentence[max(0, start - 14) : start]):
        return None  # "a few hundred soldiers", "a couple of thousand": no figure an analyst would code
    after = sentence[end : end + 12].lower()
    base = name.split(" per ")[0]
    period = name.split(" per ")[1] if " per " in name else None
    currency = CURRENCIES.get(base.split()[-1]) if base else None
    currency = NAMED_DOLLARS.get(base, currency)  # "C$3 billion" is read as "canadian dollar"
    if currency:
        if currency == "FRF" and "swiss" in sentence[max(0, start - 20) : end + 8].lower():
            currency = "CHF"
        return Quantity(Kind.MONEY, float(q.value), currency, period, start, end, q.surface)
    if base in MASS_TO_TONNES:
        return Quantity(Kind.MASS, q.value * MASS_TO_TONNES[base], "tonne", period, start, end, q.surface)
    if name == "percentage":
        return Quantity(Kind.FRACTION, q.value / 100, "fraction", None, start, end, q.surface)
    if name == "dimensionless" and FACTOR_BEFORE.search(sentence[max(0, start - 40) : start]):
        return Quantity(Kind.RATIO, float(q.value), None, None, start, end, q.surface)  # "by a factor of ten"
    if name == "dimensionless" and FOR_EVERY.match(sentence[end:]):  # "twenty soldiers for every Djiboutian"
        return Quantity(Kind.RATIO, float(q.value), None, None, start, end, q.surface)
    if "times" in q.surface.lower() or (
        name == "dimensionless" and 0 < q.value < 1 and after.startswith(" as ")
    ):
        return Quantity(Kind.RATIO, float(q.value), None, None, start, end, q.surface)
    if name == "dimensionless" and after.startswith(" times "):  # "three times that of Pakistan"
        stretch = end + len(" times")
        return Quantity(Kind.RATIO, float(q.value), None, None, start, stretch, sentence[start:stretch])
    if base in TIME_UNITS or (
        name == "dimensionless"
        and 1900 <= q.value <= 2100
        and float(q.value).is_integer()
        and "," not in q.surface
    ):
        return None  # "two years in prison", "in 2007"
    if (
        name in ("dimensionless", "count")
        and SCALED.search(q.surface)
        and (m := CURRENCY_AFTER.match(sentence[end:]))
    ):
        word = m.group("word").lower()
        word = word if word in CURRENCY_WORDS else word.rstrip("s") or "won"
        qualifier = (m.group("qualifier") or "").lower()
        code = QUALIFIED_CURRENCIES.get((qualifier, word)) or CURRENCY_WORDS[word]
        return Quantity(
            Kind.MONEY, float(q.value), code, None, start, end + m.end(), sentence[start : end + m.end()]
        )
    if name == "dimensionless" and (scale := SCALE_AFTER.match(sentence[end:])):
        # "some 1.4 million strong": quantulum3 stops before the scale word
        stretch = end + scale.end()
        value = q.value * SCALES[scale.group(1).lower()]
        people = bool(PEOPLE_AFTER.match(sentence[stretch:]))
        return Quantity(
            Kind.COUNT, float(value), "count", None, start, stretch, sentence[start:stretch], people
        )
    if name in ("dimensionless", "count") and q.value >= 1:
        people = bool(PEOPLE_AFTER.match(sentence[end:]))
        return Quantity(Kind.COUNT, float(q.value), "count", None, start, end, q.surface, people)
    if name.startswith("per ") and SCALED.search(q.surface):  # "2.02 billion a year"
        return Quantity(Kind.COUNT, float(q.value), "count", period, start, end, q.surface)
    if (model := MODEL_AFTER_NUMBER.match(q.surface)) and q.value >= 1:
        # "250 Abrams tanks", "30 BRDM-2 armoured vehicles": quantulum3 reads the model's name as
        # a unit (attobarn roentgen..., metre, even a scale); the number alone counts
        stop = start + model.end("number")
        value = float(model.group("number").replace(",", ""))
        return Quantity(Kind.COUNT, value, "count", None, start, stop, sentence[start:stop])
    return None
