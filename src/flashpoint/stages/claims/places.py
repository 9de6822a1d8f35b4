"""Where a loss or an arrest happened: a country or capital in its stretch of the sentence,
a US state, region or city, the government that reports its own losses; and the places an
article names."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...records import MentionKind
from ..events.reference import ActorIndex
from .naming import PLACE_KINDS, named_by, reporting_speaker
from .parties import AN_ORGANISATION, NOT_A_COUNTRY, party_named
from .syntax import Located, Window, between_semicolons, verb_of

ENEMY_PEOPLE = frozenset(
    {"militant", "terrorist", "insurgent", "rebel", "fighter", "gunman", "jihadist", "attacker", "enemy"}
)
# verbs of counting others' dead: their subject is the counter, not whose dead they are
TALLYING = frozenset({"count", "tally", "estimate", "put", "record", "report", "document", "confirm"})
WORLDWIDE = frozenset({"worldwide", "globally", "global"})
MEETING_VERBS = frozenset(
    {"meet", "visit", "talk", "hold", "host", "attend", "sign", "travel", "fly", "speak"}
)


def worldwide(item: Located, window: Window) -> bool:
    words = {t.lower_ for t in item.span.doc[window.start : window.end]}
    return bool(words & WORLDWIDE)


def place_of(
    item: Located,
    window: Window,
    index: ActorIndex,
    places: dict[int, str],
    scene: Callable[[], str | None] = lambda: None,
) -> str | None:
    """Where a count happened: "in <country>" in its stretch of the sentence, after it first;
    a US state ("on a Florida highway") is in the United States, a region ("the war in Darfur")
    in its state; with none named in the sentence, where the sentences before place the story
    (`scene`), before a country the sentence names otherwise ("The real test will come in
    Yemen. Eight years of war, in which the Saudi-led coalition has fought ..., have killed
    more than 150,000 people")."""
    doc = item.span.doc
    after = [t for t in doc[item.span.end : window.end] if t.lower_ in ("in", "on")]
    before = [t for t in doc[window.start : item.span.start] if t.lower_ in ("in", "on")]
    for prep in [*after, *reversed(before)]:
        party = party_named(prep, index)
        if party not in (None, NOT_A_COUNTRY, AN_ORGANISATION):
            return party
        # "killed some 95 people at a memorial ... in Kerman": a city or region named right after
        if prep in after and (place := next((places[t.i] for t in prep.subtree if t.i in places), None)):
            return place
    sentence = item.span.sent
    rest = [t for t in doc[item.span.end : sentence.end] if t.lower_ in ("in", "on")]
    if place := next((p for t in rest if (p := _the_city_before(t, places, index))), None):
        # "700 people were killed and 2,900 wounded in the fighting for the city": Goma's; "their
        # bombers struck Helsinki. Nearly a hundred people died in the capital": Finland's
        return place
    if (reporter := _reporting_own_losses(item.span, index)) is not None:
        return reporter  # "Pakistan's military says 40 civilians and 11 soldiers were killed"
    named = [m for t in sentence if (m := index.at(t)) and m.country]
    # a country named as a place before a nationality: "An Australian ... appeared in
    # Christchurch District Court, New Zealand, ... the death of at least 50 people"
    named_places = [m for m in named if m.kind in PLACE_KINDS]
    if named_places:
        return named_places[0].country
    if (place := next((country for t in sentence if (country := places.get(t.i))), None)) is not None:
        return place
    if (where := scene()) is not None:
        return where
    # no place named: a country the sentence names, a nationality only in the count's own
    # stretch ("Twenty-four Ukrainian sailors were captured"; not "One man, a Russian citizen,
    # was stabbed to death; more than 150 people were hurt" in Tallinn)
    stretch = between_semicolons(item.span)
    named = [m for m in named if m.kind is not MentionKind.DEMONYM or stretch[0] <= m.start < stretch[1]]
    named = [m for m in named if not _the_counter(doc.char_span(m.start, m.end, alignment_mode="expand"))]
    return named[0].country if named else None


def _the_counter(mention: Span | None) -> bool:
    """A country that counts the dead ("American intelligence counted 1,429 dead"), not whose
    dead they are; but a health ministry counts its own country's."""
    if mention is None:
        return False
    noun = mention.root
    while noun.dep_ in ("amod", "compound", "poss", "nmod"):
        noun = noun.head
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TALLYING and not health_ministry(noun)


def health_ministry(noun: Token | None) -> bool:
    """ "Lebanon's health ministry counted some 550 dead": the ministry that counts a country's
    own dead (its hospitals' and morgues' count)."""
    if noun is None or noun.lemma_.lower() != "ministry":
        return False
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(w.lower_ == "health" for w in words)


def a_venue(place: Token) -> bool:
    """A place named as where people meet or talk: "met Xi in Beijing", "talks in Geneva"."""
    verb = verb_of(place)
    return verb is not None and verb.lemma_.lower() in MEETING_VERBS


def _the_city_before(prep: Token, places: dict[int, str], index: ActorIndex) -> str | None:
    """The country of the last city or region named before "the city" or "the town" a place
    phrase speaks of, or of the last capital before "the capital"."""
    city = next(
        (
            t
            for t in prep.subtree
            if t.lemma_.lower() in ("city", "town", "capital")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        ),
        None,
    )
    if city is None:
        return None
    for i in range(city.i - 1, -1, -1):
        if city.doc[i].is_space and "\n" in city.doc[i].text:
            return None  # named in another paragraph
        if i in places:
            return places[i]
        capital = index.by_token.get(i)
        if capital is not None and capital.kind is MentionKind.CAPITAL and capital.country:
            return capital.country
    return None


def _reporting_own_losses(quantity: Span, index: ActorIndex) -> str | None:
    """The country whose government or forces report a loss of civilians or soldiers with no
    place or nationality named: its own. Not the enemy's ("20 militants were killed")."""
    counted = quantity.root.head if quantity.root.dep_ == "nummod" else quantity.root
    if counted.lemma_.lower() in ENEMY_PEOPLE:
        return None
    verb = verb_of(quantity.root)
    if verb is not None and verb.lemma_.lower() in TALLYING and any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "Kerry said American intelligence counted 1,429 dead": a count of others'
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head
    speaker = reporting_speaker(verb) if verb is not None else None
    return named_by(speaker, index, strict=True) if speaker is not None else None


def place_tokens(doc: Doc, names: dict[str, str]) -> dict[int, str]:
    """Tokens that begin the name of a US state or a region, with the state it lies in (not
    actors: they only place a count)."""
    if not names:
        return {}
    text = doc.text  # built anew on each access: read it once
    found = {}
    for token in doc:
        if not token.is_title:
            continue
        name = next((n for n in names if n[0] == token.text[0] and _names_at(text, n, token.idx)), None)
        if name is not None:
            found[token.i] = names[name]
    return found


def _names_at(text: str, name: str, at: int) -> bool:
    """The whole name stands at this offset ("Georgia", not "Georgian")."""
    end = at + len(name)
    return text.startswith(name, at) and (end == len(text) or not text[end].isalnum())
