"""Typed, immutable records passed between stages.

Each stage's output is one of these frozen, slotted dataclasses. Offsets
(`start`, `end`) are character offsets into the text of the record's `field`
(the cleaned body unless said otherwise), so `text[start:end]` is the mention.
Every extracted fact carries the `rule` that produced it (a versioned name
whose behaviour never changes) and a `confidence` in [0, 1].
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

_ISO3 = re.compile(r"^[A-Z]{3}$")


class Sector(StrEnum):
    """CAMEO-style agent codes used as an actor's sector."""

    GOV = "GOV"  # government, its officials and diplomats
    MIL = "MIL"  # armed forces
    COP = "COP"  # police
    JUD = "JUD"  # courts, judges, prosecutors
    LEG = "LEG"  # legislatures and legislators
    MED = "MED"  # media and journalists
    REB = "REB"  # rebels and armed groups
    OPP = "OPP"  # political opposition
    REL = "REL"  # religious
    CVL = "CVL"  # civilians
    BUS = "BUS"  # business
    SPY = "SPY"  # intelligence services
    IGO = "IGO"  # intergovernmental organisations (no country)
    NGO = "NGO"  # non-governmental organisations


class PloverType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Quad(StrEnum):
    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"


class TextField(StrEnum):
    """Which text of an article offsets point into."""

    BODY = "body"
    CAPTION = "caption"


class MentionKind(StrEnum):
    COUNTRY = "country"  # "Azerbaijan", "the Islamic Republic"
    DEMONYM = "demonym"  # "Azerbaijani", "Iranian-backed"
    CAPITAL = "capital"  # "Baku" (a location, or the government when it acts)
    SEAT = "seat"  # "the Kremlin", "the Pentagon"
    PERSON = "person"  # a named person resolved through a role
    ROLE = "role"  # a title or sector noun tied to a country: "Azerbaijani police"
    IGO = "igo"  # "the United Nations"


class RemovalReason(StrEnum):
    CAPTION = "caption"
    DUPLICATE = "duplicate"
    BYLINE = "byline"
    AUTHOR_BIO = "author_bio"
    FOOTER = "footer"
    CHROME = "chrome"  # share buttons, cookie notices, navigation


def check_country(code: str | None) -> None:
    """Raise ValueError unless `code` is None or looks like ISO 3166-1 alpha-3."""
    if code is not None and not _ISO3.match(code):
        raise ValueError(f"not an ISO 3166-1 alpha-3 code: {code!r}")


def check_confidence(value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence outside [0, 1]: {value}")


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read, before cleaning."""

    article_id: str  # content hash prefix: the same text is the same article
    source: str  # file path, "path:line" for JSONL, or "<stdin>"
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    content_hash: str = ""
    external_id: str | None = None  # the id a JSONL record gave it


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line taken out of the body by cleaning, and why."""

    text: str
    reason: RemovalReason
    line_no: int  # 0-based line number in the article's raw text
    rule: str


@dataclass(frozen=True, slots=True)
class CleanText:
    body: str
    captions: tuple[str, ...] = ()
    removed: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """A named office-holder from the actor tables."""

    name: str
    country: str
    sector: Sector
    office: str
    title: str
    start: date
    end: date | None

    def in_office(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span that names a political actor, resolved to country and sector."""

    field: TextField
    start: int
    end: int
    text: str  # the whole span: "Azerbaijani police"
    anchor: str  # the part that fixes the country: "Azerbaijani"
    kind: MentionKind
    country: str | None
    sector: Sector | None
    rule: str
    confidence: float
    igo: str | None = None
    person: str | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        check_country(self.country)
        check_confidence(self.confidence)
        if self.end <= self.start:
            raise ValueError(f"empty span {self.start}:{self.end}")
        if self.country is None and self.igo is None and self.sector is None:
            raise ValueError(f"mention {self.text!r} resolves to nothing")


class DateGranularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, resolved against the publication date."""

    value: str | None  # ISO day, month or year ("2012-05-29", "2012-02", "1990"); None if unresolved
    granularity: DateGranularity | None
    rule: str  # e.g. "date.ago.v1", "date.inherited.v1", "date.none.v1"
    text: str | None = None  # the expression it came from ("two weeks ago")
    until: str | None = None  # end of a range ("1993" for "the early 1990s")


@dataclass(frozen=True, slots=True)
class EventActor:
    """One side of an event: a country and sector, and the words that named it."""

    country: str | None
    sector: Sector | None
    text: str
    start: int
    end: int
    igo: str | None = None

    def __post_init__(self) -> None:
        check_country(self.country)

    @property
    def resolved(self) -> bool:
        """Whether the actor is a country or an international organisation."""
        return self.country is not None or self.igo is not None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when, with modality flags and provenance."""

    event_id: str
    group_id: str  # events from one trigger with several actors share it
    source: EventActor
    target: EventActor | None
    cameo: str
    plover: PloverType | None
    mode: str | None
    goldstein: float
    quad: Quad
    trigger: str
    trigger_start: int
    sentence_start: int
    sentence_end: int
    sentence: str
    date: EventDate
    negated: bool
    hypothetical: bool
    future: bool
    historical: bool
    asserted_by: str | None  # country code of who reports it, "unattributed" for "reportedly"
    rule: str
    confidence: float

    def __post_init__(self) -> None:
        check_confidence(self.confidence)

    @property
    def counted(self) -> bool:
        """Whether it happened: negated, hypothetical and future events did not."""
        return not (self.negated or self.hypothetical or self.future)


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantity bound to an actor and an attribute, absolute or relative to another actor."""

    claim_id: str
    actor: str | None
    attribute: str
    value: float | None
    unit: str | None  # "USD", "tonne", "fraction", "count"
    relative_to: str | None
    ratio: float | None
    counterpart: str | None  # seller, buyer, partner
    period: str | None  # "year" for "$400 million a year"
    date: str | None
    approximate: bool
    text: str  # the quantity as written
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    rule: str
    confidence: float
    value_usd: float | None = None  # a sum of money at the ECB rate of its date (claims/usd.py)

    def __post_init__(self) -> None:
        check_country(self.actor)
        check_confidence(self.confidence)


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """What one claim implies about another: agreement or contradiction."""

    claims: tuple[str, ...]  # claim ids: the comparative claim, then the two it is checked against
    consistent: bool
    stated: float
    implied: float
    rule: str


class RelationKind(StrEnum):
    ALLIANCE = "alliance"
    FRIENDLY = "friendly"
    RIVAL = "rival"
    HOSTILE = "hostile"


@dataclass(frozen=True, slots=True)
class Relation:
    """A standing relation between two actors, stated in the text or inferred from events."""

    a: str
    b: str
    kind: RelationKind
    stated: bool
    evidence: str  # the words that state it, or the events that imply it
    sentence_start: int | None
    sentence_end: int | None
    rule: str
    confidence: float

    def __post_init__(self) -> None:
        check_country(self.a)
        check_country(self.b)
        check_confidence(self.confidence)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed, kept so the batch can go on."""

    source: str
    code: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.reason} [{self.code}]"


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline found in one article."""

    article: Article
    clean: CleanText
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    checks: tuple[ClaimCheck, ...] = ()
    relations: tuple[Relation, ...] = ()
    stages: tuple[str, ...] = field(default=())

    def body_mentions(self) -> tuple[ActorMention, ...]:
        return tuple(m for m in self.mentions if m.field is TextField.BODY)
