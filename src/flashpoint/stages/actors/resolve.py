"""Resolve: turn matched spans into `ActorMention` records, using the parse.

Rules (each a versioned name recorded on the mention it produced):
- actors.name.v1: a country name, demonym or alias ("Azerbaijan", "Iranian").
- actors.capital.v1: a capital; the government (GOV) when it acts as subject,
  agent or possessor ("Baku refused"), a place otherwise ("in Baku").
- actors.seat.v1: a seat of an institution ("the Kremlin" = RUS GOV).
- actors.igo.v1: an international organisation.
- actors.role.v1: a country word modifying a title or sector noun, through
  amod/compound/poss/nmod, a conjunction, or "of"/"in" ("Azerbaijani police",
  "Iran's Supreme Leader", "the army of Iran", "U.S. and Israeli diplomats").
- actors.role.its.v1: a sector noun after "its" takes the country of the subject
  named before it in its sentence or the one before ("Iran said its troops").
- actors.person.v1: a listed office-holder in office on the publication date;
  actors.person.former.v1 when out of office (country kept, no sector);
  actors.person.title.v1: an unlisted name after a title tied to a country
  ("Azerbaijani Foreign Minister Elmar Mammadyarov").
Ambiguous names ("Jordan", "Chad", "Georgia") count only where spaCy's NER
calls them a place or nationality, and never inside a person's or an
organisation's name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, MentionKind, Person, Sector, TextField
from .gazetteer import FAMILY_NAME_FIRST, Entry, Gazetteer, Role, after_surname
from .recognise import Candidates

MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}
LINKING_PREPS = {"of", "in", "from"}
PLACE_LABELS = {"GPE", "NORP", "LOC"}
LIKENED_NOT = {"PERSON", "DATE", "ORDINAL", "CARDINAL"}  # "the Iraq of Saddam Hussein" is Iraq
NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PRODUCT"}
PRIVATE_INSTITUTION_WORDS = {
    "University",
    "College",
    "Academy",
    "Journal",
    "Society",
    "Association",
    "Institute",
    "Museum",
    "School",
    "Review",
    "Magazine",
    "Club",
    "Foundation",
    "Festival",
}
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}

CONFIDENCE = {
    MentionKind.COUNTRY: 0.95,
    MentionKind.DEMONYM: 0.9,
    MentionKind.CAPITAL: 0.85,
    MentionKind.SEAT: 0.85,
    MentionKind.IGO: 0.9,
}

# Divided countries whose halves news calls "the North" and "the South"
DIVIDED = ({"North": "PRK", "South": "KOR"}, {"North": "SDN", "South": "SSD"})
# a military rank the press puts before a ruler's name in place of his office: "Colonel
# Qaddafi", "Captain Sankara", "Marshal Tito", "General Zia"
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Madame", "Mme", "Mme.", "Herr", "Signor"})
RANKS = frozenset({"general", "colonel", "captain", "marshal", "major", "lieutenant", "admiral", "brigadier"})
HONOURED_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
RULING_OFFICES = frozenset({"head_of_state", "head_of_government"})
# "the Reagan Administration": a leader's surname before one of these words is their government
GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet", "regime"})
TITLE_WORDS = 4  # "the Chancellor of the Exchequer"
HEADS = ("president", "prime minister", "chancellor", "premier")  # offices that head a government


@dataclass(frozen=True, slots=True)
class Context:
    field: TextField
    published: date | None


def resolve(doc: Doc, candidates: Candidates, gazetteer: Gazetteer, context: Context) -> list[ActorMention]:
    """All actor mentions of one Doc, sorted by offset, without overlaps."""
    counted = [(span, entry) for span, entry in candidates.names if _counts(span, entry)]
    counted += _one_sense(doc, candidates.names, counted)
    counted += _listed_among_countries(candidates.names, counted)
    counted += _capitals_of_named_countries(candidates.names, counted)
    names = [
        (span, current)
        for span, entry in sorted(counted, key=lambda named: named[0].start)
        if (current := gazetteer.in_era(entry, context.published)) is not None
    ]
    as_states = _us_state_readings(candidates.us_states, names)
    names = [(span, entry) for span, entry in names if span.start not in as_states]
    people = list(_people(doc, candidates, gazetteer, names, context))
    taken = {t.i for m, span in people for t in span}
    names = [(s, e) for s, e in names if not taken.intersection(t.i for t in s)]
    roles = {span.root.i: (span, role) for span, role in candidates.roles}
    mentions = [m for m, _ in people]
    mentions += [_name_mention(span, entry, roles, context) for span, entry in names]
    mentions += _unresolved_roles(doc, candidates, mentions, context)
    mentions += _compass_halves(doc, mentions, context)
    mentions = _ships(doc, gazetteer.ship_prefixes, mentions, context)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _ships(
    doc: Doc, prefixes: dict[str, str], mentions: list[ActorMention], context: Context
) -> list[ActorMention]:
    """ "the USS Stark", "HMS Montrose": a ship whose prefix names its navy is that state's
    military (actors.ship.v1); a name inside the ship's ("USS Ronald Reagan") is no actor."""
    ships = []
    for token in doc:
        country = prefixes.get(token.text)
        if country is None or token.i + 1 >= len(doc) or not doc[token.i + 1].is_title:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        span = doc[token.i : max(end, token.i + 2)]
        seat = MentionKind.SEAT
        ships.append(
            _span_mention(span, context, seat, country, Sector.MIL, "actors.ship.v1", CONFIDENCE[seat])
        )
    kept = [m for m in mentions if not any(s.start < m.end and m.start < s.end for s in ships)]
    return kept + ships


def _compass_halves(doc: Doc, mentions: list[ActorMention], context: Context) -> list[ActorMention]:
    """ "The North replied", "the South's economy": in a text that names both halves of a
    divided country (North and South Korea, Sudan and South Sudan), the bare compass word is
    that half (actors.compass.v1)."""
    named = {m.country for m in mentions}
    halves = next((pair for pair in DIVIDED if set(pair.values()) <= named), None)
    if halves is None:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for token in doc:
        country = halves.get(token.text)
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if country is None or token.i == 0 or doc[token.i - 1].lower_ != "the" or token.idx in taken:
            continue
        if following is not None and following.pos_ == "PROPN":
            continue  # "the South China Sea", "the North Atlantic"
        half = doc[token.i : token.i + 1]
        out.append(_span_mention(half, context, MentionKind.COUNTRY, country, None, "actors.compass.v1", 0.6))
    return out


def _unresolved_roles(
    doc: Doc, candidates: Candidates, mentions: list[ActorMention], context: Context
) -> list[ActorMention]:
    """Sector nouns that no country word claims ("police", "the rebels"): a sector, no country;
    "its troops" takes the country of the subject "its" refers to (actors.role.its.v1)."""
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for span, role in candidates.roles:
        if role.is_title and span.root.pos_ == "PROPN":
            continue  # a title before a name is part of that person's mention
        if any(start < span.end_char and span.start_char < end for start, end in covered):
            continue
        owner = _its_subject(doc, span, mentions)
        out.append(
            _span_mention(
                span,
                context,
                MentionKind.ROLE,
                owner.country if owner is not None else None,
                role.sector,
                "actors.role.its.v1" if owner is not None else "actors.role.unresolved.v1",
                0.6 if owner is not None else 0.5,
                title=span.text,
            )
        )
    return out


def _its_subject(doc: Doc, role: Span, mentions: list[ActorMention]) -> ActorMention | None:
    """ "Iran said its troops repulsed...", "Baghdad said its forces had...": the country that is
    a subject before "its", in this sentence or the one before. Only "its": "their" is as often
    a people's as a state's, and the nearest country named ("repulsed an Iranian attack and its
    troops") is often the other side, so only a subject is taken."""
    its = next((c for c in role.root.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if its is None:
        return None
    sentence = its.sent
    earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    window = (doc[earliest].idx, its.idx)
    subjects = [
        m
        for m in mentions
        if m.country
        and m.field is TextField.BODY
        and window[0] <= m.start < window[1]
        and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        and span.root.dep_ in ("nsubj", "nsubjpass")
    ]
    return max(subjects, key=lambda m: m.start) if subjects else None


def _counts(span: Span, entry: Entry) -> bool:
    """Whether a matched name is meant as the actor here."""
    if entry.kind is not MentionKind.DEMONYM and _an_epithet(span):
        return False
    inside = _enclosing_entity(span)
    # "The People's Liberation Army" is the name itself, not a longer one
    article = int(inside is not None and inside[0].lower_ == "the")
    if inside is not None and len(inside) - article > len(span) and inside.label_ in NAME_LABELS:
        return _counts_inside_name(inside, entry)
    if entry.bound:
        return span.end < len(span.doc) and span.doc[span.end].text == "-"
    if not entry.ambiguous:
        return True
    label = span.root.ent_type_
    if label in PLACE_LABELS:
        return True
    if label in {"PERSON", "LANGUAGE"}:
        return False  # "Jordan would win", "written in English"
    # Unlabelled or tagged ORG (the small model calls "Niger" an ORG): a
    # country name or demonym is still most likely the country; a city name
    # ("Victoria", "Kingston") without a place label is not evidence enough.
    return entry.kind in (MentionKind.COUNTRY, MentionKind.DEMONYM)


def _an_epithet(span: Span) -> bool:
    """ "the Cuba of the Orient", "the Switzerland of the Middle East", "the Paris of the East":
    a name likened to a place elsewhere, not that state; "the Iraq of Saddam Hussein" and "the
    Germany of 1938" are the state in a time or under a ruler."""
    doc = span.doc
    before = span.start - 1 - (span.start > 0 and doc[span.start - 1].is_quote)  # the "Cuba of ..."
    if before < 0 or doc[before].lower_ != "the" or span.end + 1 >= len(doc):
        return False
    if doc[span.end].lower_ != "of":
        return False
    place = doc[span.end + 1 + (doc[span.end + 1].lower_ == "the")] if span.end + 2 < len(doc) else None
    return place is not None and place.pos_ == "PROPN" and place.ent_type_ not in LIKENED_NOT


def _one_sense(
    doc: Doc, names: list[tuple[Span, Entry]], counted: list[tuple[Span, Entry]]
) -> list[tuple[Span, Entry]]:
    """A country name the model tags as a person ("has said Jordan stands with Baghdad") is
    the country when the article uses the same name as the country elsewhere and names no
    person who bears it ("Michael Jordan"): one sense per article."""
    as_country = {span.text for span, entry in counted if entry.kind is MentionKind.COUNTRY}
    people = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    return [
        (span, entry)
        for span, entry in _countries_tagged_as_people(names, counted)
        if span.text in as_country and span.text not in people
    ]


def _capitals_of_named_countries(
    names: list[tuple[Span, Entry]], counted: list[tuple[Span, Entry]]
) -> list[tuple[Span, Entry]]:
    """A capital other cities share ("Santiago", "Kingston") that the model does not tag as a
    place is the government when the article names its country too: "Bolivia broke off
    relations with Santiago", in a piece about Chile. A person's name it is not."""
    taken = {span.start for span, _ in counted}
    named = {e.country for _, e in counted if e.kind in (MentionKind.COUNTRY, MentionKind.DEMONYM)}
    return [
        (span, entry)
        for span, entry in names
        if span.start not in taken
        and entry.kind is MentionKind.CAPITAL
        and entry.country in named
        and span.root.ent_type_ not in {"PERSON", "LANGUAGE"}
        and not _inside_longer_name(span)
    ]


def _inside_longer_name(span: Span) -> bool:
    """ "Port Stanley", "Santiago de Cuba": the name of a longer place or thing."""
    inside = _enclosing_entity(span)
    if inside is not None and len(inside) > len(span):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.dep_ == "compound"


def _listed_among_countries(
    names: list[tuple[Span, Entry]], counted: list[tuple[Span, Entry]]
) -> list[tuple[Span, Entry]]:
    """A country name the model tags as a person is the country when it is coordinated with
    countries: "Mali, Burkina Faso and Niger"."""
    countries = {t.i for span, entry in counted if entry.kind is MentionKind.COUNTRY for t in span}
    return [
        (span, entry)
        for span, entry in _countries_tagged_as_people(names, counted)
        if any(t.i in countries for t in _coordinated(span.root))
    ]


def _countries_tagged_as_people(
    names: list[tuple[Span, Entry]], counted: list[tuple[Span, Entry]]
) -> list[tuple[Span, Entry]]:
    """Country names not yet counted that the model tags as a person's whole name."""
    taken = {span.start for span, _ in counted}
    return [
        (span, entry)
        for span, entry in names
        if span.start not in taken
        and entry.kind is MentionKind.COUNTRY
        and span.root.ent_type_ == "PERSON"
        and (entity := _enclosing_entity(span)) is not None
        and len(entity) == len(span)
    ]


def _coordinated(token: Token) -> list[Token]:
    """The tokens coordinated with a token, from the first of its list."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [first, *first.conjuncts]


def _counts_inside_name(name: Span, entry: Entry) -> bool:
    """A country word inside a longer name: "George Washington", "Bank of Japan"."""
    if name.label_ == "PERSON" or entry.kind in (MentionKind.CAPITAL, MentionKind.SEAT):
        return False  # "Michael Jordan", "Washington Post"
    # State bodies and firms named after a country are that country's
    # ("Iranian Foreign Ministry", "US Geological Survey"); universities,
    # journals and societies named after one are not its actors.
    return not any(token.text in PRIVATE_INSTITUTION_WORDS for token in name)


def _us_state_readings(doc_states: tuple[Span, ...], names: list[tuple[Span, Entry]]) -> set[int]:
    """Token starts of names to read as US states ("Georgia" beside "Alabama")."""
    states = {span.text for span in doc_states}
    readings = set()
    for span, entry in names:
        if not entry.ambiguous or span.text not in states or len(states - {span.text}) == 0:
            continue
        other_surfaces = {s.text for s, e in names if e.country == entry.country} - {span.text}
        if not other_surfaces:  # nothing else says the country ("Tbilisi", "Georgian")
            readings.add(span.start)
    return readings


def _enclosing_entity(span: Span) -> Span | None:
    for ent in span.doc.ents:
        if ent.start <= span.start and span.end <= ent.end:
            return _without_possessive(ent)
    return None


def _without_possessive(ent: Span) -> Span:
    """The model sometimes takes the possessive into a name ("Sri Lanka's" tagged as a
    person): the name is the words before it."""
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def _with_compass(span: Span) -> Span:
    """Extend "Azerbaijan" to "North Azerbaijan", "Iran" to "Northern Iran"."""
    if span.start > 0 and span.doc[span.start - 1].text in COMPASS:
        return span.doc[span.start - 1 : span.end]
    return span


def _name_mention(
    span: Span, entry: Entry, roles: dict[int, tuple[Span, Role]], context: Context
) -> ActorMention:
    role = _governing_role(span, roles)
    if role is not None and entry.kind is not MentionKind.IGO:
        role_span, found = role
        return _role_mention(span, role_span, found, entry, context)
    span = _with_compass(span) if entry.kind is MentionKind.COUNTRY else span
    sector, rule = _name_sector(span, entry)
    confidence = CONFIDENCE[entry.kind] * (0.8 if entry.ambiguous else 1.0)
    return _span_mention(span, context, entry.kind, entry.country, sector, rule, confidence, igo=entry.igo)


def _span_mention(
    span: Span,
    context: Context,
    kind: MentionKind,
    country: str | None,
    sector: Sector | None,
    rule: str,
    confidence: float,
    *,
    igo: str | None = None,
    title: str | None = None,
) -> ActorMention:
    """A mention whose whole span names its actor (its text is its anchor)."""
    return ActorMention(
        field=context.field,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        anchor=span.text,
        kind=kind,
        country=country,
        sector=sector,
        rule=rule,
        confidence=confidence,
        igo=igo,
        title=title,
    )


def _name_sector(span: Span, entry: Entry) -> tuple[Sector | None, str]:
    if entry.kind is MentionKind.CAPITAL:
        acting = span.root.dep_ in ACTING_DEPS
        return (Sector.GOV if acting else None), "actors.capital.v1"
    if entry.kind is MentionKind.SEAT:
        return entry.sector, "actors.seat.v1"
    if entry.kind is MentionKind.IGO:
        return Sector.IGO, "actors.igo.v1"
    return None, "actors.name.v1"


def _governing_role(span: Span, roles: dict[int, tuple[Span, Role]]) -> tuple[Span, Role] | None:
    """The title or sector noun this country word modifies, if any."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in MODIFIER_DEPS and token.head.i in roles:
        return roles[token.head.i]
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ in LINKING_PREPS and preposition.head.i in roles:
        return roles[preposition.head.i]
    return None


def _role_mention(span: Span, role_span: Span, role: Role, entry: Entry, context: Context) -> ActorMention:
    doc = span.doc
    whole = doc[min(span.start, role_span.start) : max(span.end, role_span.end)]
    if any(token.dep_ == "cc" for token in whole):
        whole = span  # "U.S. and Israeli diplomats": keep "U.S." alone, no overlap
    return ActorMention(
        field=context.field,
        start=whole.start_char,
        end=whole.end_char,
        text=whole.text,
        anchor=span.text,
        kind=MentionKind.ROLE,
        country=entry.country,
        sector=role.sector,
        title=role_span.text,
        rule="actors.role.v1",
        confidence=0.85,
    )


def _people(
    doc: Doc,
    candidates: Candidates,
    gazetteer: Gazetteer,
    names: list[tuple[Span, Entry]],
    context: Context,
) -> Iterator[tuple[ActorMention, Span]]:
    """Listed office-holders, their later surnames, and titled unlisted names."""
    found: dict[str, Person | None] = {}
    titles = {span.end: (span, role) for span, role in candidates.roles if role.is_title}
    matched: set[int] = set()
    named_at = {t.i: entry.country for name, entry in names for t in name if entry.country}
    for span, surface in candidates.people:
        holders = gazetteer.people_named(surface)
        person = _in_office(holders, context.published)
        listed = person or _held_before(holders, context.published)
        whole, title = _with_title(span, titles)
        # the title's own words, and a modifier hung on it ("Deputy U.S. Trade Representative")
        before = [
            t.i
            for t in doc[max(0, whole.start - 2) : span.start]
            if title is not None
            and (t.i >= whole.start or (t.head.i >= whole.start and t.head.i < span.start))
        ]
        listed_as = listed.country if listed else None
        if any(named_at.get(i) not in (None, listed_as) for i in before):
            continue  # "Deputy U.S. Trade Representative Michael Smith": not Ireland's namesake
        matched.update(t.i for t in whole)
        if listed is None:
            continue  # "Perez de Cuellar" in 1987: a future office-holder is nobody's official yet
        found[_surname_token(span).text] = listed
        if listed.country in FAMILY_NAME_FIRST and len(span) > 1:
            found[span[0].text] = listed  # "Chiang Kai-shek ... Chiang"
        mention = _person_mention(whole, span, listed, title, in_office=person is not None, context=context)
        yield mention, whole
    for whole, name, person, title in _titled_surnames(doc, titles, gazetteer, matched, context):
        matched.update(t.i for t in whole)
        found[name.text] = person
        yield _person_mention(whole, name, person, title, in_office=True, context=context), whole
    for whole, name, person in [
        *_administrations(doc, gazetteer, matched, context),
        *_honoured_surnames(doc, gazetteer, matched, context),
        *_sole_titles(doc, gazetteer, names, matched, context),
    ]:
        matched.update(t.i for t in whole)
        found[name.text] = person
        yield _person_mention(whole, name, person, None, in_office=True, context=context), whole
    yield from _surname_mentions(doc, found, matched, context)
    yield from _titled_unknowns(doc, titles, names, matched, context)


def _surname_token(span: Span) -> Token:
    """The token a name is later referred back by: its last, save a regnal number ("Faisal II")
    or a suffix; "Burhan" of "Abdel Fattah al-Burhan"; "Hussein" of "King Hussein of Jordan"
    (a country after "of" is where the title is held, no surname)."""
    last = next((t.i - span.start - 1 for t in span if t.lower_ == "of" and t.i > span.start), len(span) - 1)
    while last > 0 and after_surname(span[last].text):
        last -= 1
    return span[last]


def _administrations(
    doc: Doc, gazetteer: Gazetteer, matched: set[int], context: Context
) -> Iterator[tuple[Span, Span, Person]]:
    """ "the Reagan Administration", "the Thatcher government": the surname of exactly one
    listed head of state or government in office on the publication date, before a word for
    their government, stands for that government."""
    if context.published is None:
        return
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if token.i in matched or token.pos_ != "PROPN" or after.lower_ not in GOVERNMENT_WORDS:
            continue
        holders = {
            p
            for p in gazetteer.people_with_surname(token.text)
            if p.in_office(context.published) and any(h in p.title.lower() for h in HEADS)
        }
        if len(holders) == 1:
            yield doc[token.i : token.i + 2], doc[token.i : token.i + 1], holders.pop()


def _honoured_surnames(
    doc: Doc, gazetteer: Gazetteer, matched: set[int], context: Context
) -> Iterator[tuple[Span, Span, Person]]:
    """ "Mr. Sadat", "Mrs Gandhi": an honorific, then the surname of exactly one listed head of
    state or government or foreign minister in office on the publication date (never guessed for
    undated articles; a "Mr. Smith" is more often anyone than a defence minister)."""
    if context.published is None:
        return
    for token in doc[:-1]:
        name = doc[token.i + 1]
        if token.text not in HONORIFICS or name.i in matched or name.pos_ != "PROPN":
            continue
        if name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN":
            continue  # "Mr. Anwar Sadat": a full name, read as such
        holders = {
            p
            for p in gazetteer.people_with_surname(name.text)
            if p.in_office(context.published) and p.office in HONOURED_OFFICES
        }
        if len({(p.name, p.country) for p in holders}) == 1:
            yield doc[token.i : name.i + 1], doc[name.i : name.i + 1], holders.pop()


def _sole_titles(
    doc: Doc, gazetteer: Gazetteer, names: list[tuple[Span, Entry]], matched: set[int], context: Context
) -> Iterator[tuple[Span, Span, Person]]:
    """ "the Shah", "the Taoiseach", "the Emir": a capitalised title with no name after it is its
    one listed holder in office on the publication date; where several states have one, the
    holder whose state the article names, if only one does ("the King" in a story naming Jordan
    and Israel). Never guessed for undated articles."""
    if context.published is None:
        return
    holders: dict[str, set[Person]] | None = None  # built once, at the first title that may be one
    named = {entry.country for _, entry in names if entry.country}
    for token in doc[:-1]:
        if token.lower_ != "the":
            continue
        for length in range(TITLE_WORDS, 0, -1):
            title = doc[token.i + 1 : token.i + 1 + length]
            after = doc[title.end] if title.end < len(doc) else None
            if len(title) < length or not all(
                t.text[:1].isupper() or (t.i > title.start and t.lower_ in ("of", "the")) for t in title
            ):
                continue
            if any(t.i in matched for t in title) or (after is not None and after.pos_ == "PROPN"):
                continue
            if after is not None and after.lower_ == "of":
                continue  # "the King of Spain": the state named after it says whose
            if holders is None:
                holders = _titles_in_office(gazetteer, context.published)
            people = set(holders.get(title.text, ()))
            if len({p.country for p in people}) > 1:
                people = {p for p in people if p.country in named}
            if len({(p.name, p.country) for p in people}) == 1:
                yield doc[token.i + 1 : title.end], title, people.pop()
                break


def _titles_in_office(gazetteer: Gazetteer, on: date) -> dict[str, set[Person]]:
    """Each title of the office-holders tables, with its holders in office on a date."""
    holders: dict[str, set[Person]] = {}
    for person in gazetteer.people:
        if person.in_office(on):
            holders.setdefault(person.title, set()).add(person)
    return holders


def _titled_surnames(
    doc: Doc, titles: dict[int, tuple[Span, Role]], gazetteer: Gazetteer, matched: set[int], context: Context
) -> Iterator[tuple[Span, Span, Person, Role]]:
    """ "President Reagan", "Prime Minister Nakasone": a title, then the surname of exactly one
    listed person in office on the publication date (never guessed for undated articles)."""
    if context.published is None:
        return
    for end, (title_span, role) in titles.items():
        if end >= len(doc) or end in matched or doc[end].pos_ != "PROPN":
            continue
        if end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            continue  # "Senator Elizabeth Warren": a first name, the name goes on
        name = doc[end : end + 1]
        office = role.term.split()[-1].lower()  # "President", "Secretary": the office must agree
        holders = {
            p
            for p in gazetteer.people_with_surname(name.text)
            if p.in_office(context.published)
            and (office in p.title.lower() or (office in RANKS and p.office in RULING_OFFICES))
        }
        if len(holders) == 1:
            yield doc[title_span.start : end + 1], name, holders.pop(), role


def _held_before(people: tuple[Person, ...], on: date | None) -> Person | None:
    """The listed person's last office begun by a date (any, undated)."""
    begun = [p for p in people if on is None or p.start <= on]
    return max(begun, key=lambda p: p.start) if begun else None


def _in_office(people: tuple[Person, ...], on: date | None) -> Person | None:
    if on is None:
        return people[0] if people else None
    return next((p for p in people if p.in_office(on)), None)


def _with_title(span: Span, titles: dict[int, tuple[Span, Role]]) -> tuple[Span, Role | None]:
    if span.start in titles:
        title_span, role = titles[span.start]
        return span.doc[title_span.start : span.end], role
    return span, None


def _person_mention(
    whole: Span, name: Span, person: Person, title: Role | None, *, in_office: bool, context: Context
) -> ActorMention:
    return ActorMention(
        field=context.field,
        start=whole.start_char,
        end=whole.end_char,
        text=whole.text,
        anchor=name.text,
        kind=MentionKind.PERSON,
        country=person.country,
        sector=person.sector if in_office else None,
        person=person.name,
        title=person.title if in_office else (title.term if title else None),
        rule="actors.person.v1" if in_office else "actors.person.former.v1",
        confidence=0.9 if in_office else 0.6,
    )


def _surname_mentions(
    doc: Doc, found: dict[str, Person | None], matched: set[int], context: Context
) -> Iterator[tuple[ActorMention, Span]]:
    """A listed person's surname later in the text refers back to them."""
    for token in doc:
        person = found.get(token.text)
        if person is None or token.i in matched or token.pos_ != "PROPN":
            continue
        span = doc[token.i : token.i + 1]
        on = context.published
        in_office = on is None or person.in_office(on)
        yield _person_mention(span, span, person, None, in_office=in_office, context=context), span


def _titled_unknowns(
    doc: Doc,
    titles: dict[int, tuple[Span, Role]],
    names: list[tuple[Span, Entry]],
    matched: set[int],
    context: Context,
) -> Iterator[tuple[ActorMention, Span]]:
    """ "Israeli Foreign Minister Avigdor Lieberman": a title tied to a country, then a name."""
    country_before = {span.end: (span, entry) for span, entry in names}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start not in titles or ent.start in matched:
            continue
        title_span, role = titles[ent.start]
        owner = _title_country(title_span, role, country_before)
        if owner is None:
            continue
        country_span, country = owner
        whole = doc[(country_span or title_span).start : ent.end]
        yield (
            ActorMention(
                field=context.field,
                start=whole.start_char,
                end=whole.end_char,
                text=whole.text,
                anchor=country_span.text if country_span is not None else ent.text,
                kind=MentionKind.PERSON,
                country=country,
                sector=role.sector,
                person=ent.text,
                title=title_span.text,
                rule="actors.person.title.v1",
                confidence=0.8,
            ),
            whole,
        )


def _title_country(
    title_span: Span, role: Role, country_before: dict[int, tuple[Span, Entry]]
) -> tuple[Span | None, str] | None:
    """The country a title belongs to: a country word just before it, else its own."""
    doc = title_span.doc
    end = title_span.start
    if end > 0 and doc[end - 1].tag_ == "POS":
        end -= 1  # "Iran's Foreign Minister"
    if end in country_before:
        span, entry = country_before[end]
        if entry.country is not None:
            return span, entry.country
    if role.country is not None:
        return None, role.country
    return None
