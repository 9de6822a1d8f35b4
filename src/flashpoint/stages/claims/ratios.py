"""Comparisons: what a ratio ("ten times larger than that of Azerbaijan", "one-seventh as
much", "thirty to one") compares with, and the figures and possessives that stand in a
comparison rather than name an owner."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Claim
from ..events.reference import ActorIndex
from ..events.syntax import subject_of
from .syntax import APPROXIMATE, HEDGES, before_hedges, verb_of

FIGURE_NOUNS = frozenset({"total", "figure", "tally", "strength", "count"})
MULTIPLIERS = frozenset({"several", "many", "few", "some"})  # "several times Argentina's spending"
BOUNDS = frozenset({"than", "less", "fewer", "under"})  # "more than", "less than": hedges too
POSSESSIVE = ("'s", "’s")
OWN_PHRASE_REACH = 4  # "men under arms": the words of a figure's own noun phrase before a comma
FIGURE_REACH = 8  # "six times the $10 billion spent by Pakistan": the words that name its owner


def odds_between(ratio: Span, earlier: list[Claim], attribute: str) -> tuple[str, str] | None:
    """ "thirty to one" after two countries' figures: the larger figure's owner against the other's."""
    if not ratio.text.lower().endswith(("to one", "to-one")):
        return None
    figures = {
        c.actor: c.value
        for c in earlier
        if c.attribute == attribute and c.value is not None and c.unit != "fraction"
    }
    if len(figures) != 2:
        return None
    larger, smaller = sorted(figures, key=lambda actor: -abs(figures[actor] or 0))
    return larger, smaller


def figure_named_for(ratio: Token, index: ActorIndex) -> str | None:
    """The country of a figure noun a ratio's clause makes its subject ("which makes the American
    figure more than 50 times as large")."""
    verb = next((a for a in ratio.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
    nodes = [ratio, *([verb] if verb is not None else [])]  # the parser hangs the figure on either
    subject = next((c for n in nodes for c in n.children if c.dep_ in ("nsubj", "dobj")), None)
    if subject is None or subject.lemma_.lower() not in FIGURE_NOUNS:
        return None
    named = [m for c in subject.children if c.dep_ in ("amod", "compound", "poss") and (m := index.at(c))]
    return named[0].country if named and named[0].country else None


def of_that(ratio: Span) -> bool:
    """ "a quarter of that", "a third that size": a ratio to a figure named just before."""
    doc = ratio.doc
    words = [t.lower_ for t in doc[ratio.end : min(ratio.end + 3, ratio.sent.end)]]
    if words[:2] in (["of", "that"], ["of", "this"]):
        return True
    # "Benin's armed forces, perhaps a third that size": not "a third the size of Egypt's"
    return (
        words[:1] in (["that"], ["the"])
        and words[1:2] in (["size"], ["number"], ["figure"])
        and words[2:3] != ["of"]
    )


def bare_comparison(ratio: Span) -> bool:
    """ "eleven times as much", "three times larger": a comparison that names no other side, not
    a share ("one-third of America's deficit")."""
    doc = ratio.doc
    if ratio.text.lower().endswith(("to one", "to-one", "again")) or ratio.text.lower().startswith(
        "half again"
    ):
        return True  # "a ratio of around thirty to one", "half as large again"
    following = doc[ratio.end] if ratio.end < len(doc) else None
    if following is not None and following.lower_ == "what" and ratio.end + 1 < len(doc):
        return doc[ratio.end + 1].pos_ == "PRON"  # "three and a half times what we do": the figure before
    return following is not None and (following.lower_ == "as" or following.tag_ in ("JJR", "RBR"))


def outdone_pair(ratio: Token, index: ActorIndex) -> tuple[str | None, str] | None:
    """Who outdoes whom by a ratio: "Belgrade outspends Pristina by a factor of twelve",
    "Riyadh outspends it by a factor of more than ten" (the out-verb's subject and object; the
    parser often reads "outspends" as a noun with its subject as a modifier)."""
    verb = next((a for a in ratio.ancestors if _outdoing(a)), None)
    if verb is None and (by := _by_before(ratio)) is not None:
        # "South Korea's army of some 600,000 outnumbers the North's by nearly two to one", the
        # by-phrase hung elsewhere: the out-verb just before it
        verb = next((t for t in reversed(ratio.doc[ratio.sent.start : by.i]) if _outdoing(t)), None)
    if verb is None:
        return None
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "compound")]
    doer = next((m.country for d in doers if (m := index.find(d)) is not None and m.country), None)
    # "Baku outspends Yerevan" with "outspends" read as a noun: "Yerevan" in apposition to it
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "appos")):
        if (mention := index.find(obj)) is not None and mention.country:
            return doer, mention.country
        if obj.lower_ in ("it", "them") and (antecedent := _pronoun_object(obj, index)) is not None:
            return doer, antecedent
    return None


# nouns that begin like an out-verb: "output rose by a third" is no one outdoing another
OUT_NOUNS = frozenset(
    {"out", "output", "outcome", "outbreak", "outlay", "outlook", "outpost", "outflow", "outset"}
)


def _outdoing(token: Token) -> bool:
    """ "outspends", "outnumbers", "outguns": a verb (or the noun the parser makes of it)."""
    lemma = token.lemma_.lower()
    return lemma.startswith("out") and lemma not in OUT_NOUNS and token.pos_ in ("VERB", "NOUN")


def _by_before(ratio: Token) -> Token | None:
    """The "by" a ratio follows, hedges aside ("by nearly two to one")."""
    for token in reversed(ratio.doc[ratio.sent.start : ratio.left_edge.i + 1]):
        if token.lower_ == "by":
            return token
        if token.i < ratio.left_edge.i - 3:
            return None
    return None


def _pronoun_object(pronoun: Token, index: ActorIndex) -> str | None:
    """The country an object pronoun stands for: the subject of the clause before, else the
    nearest country named before that is not the verb's own subject."""
    subject = subject_of(pronoun.head)
    own = index.find(subject).country if subject is not None and index.find(subject) else None
    for i in range(pronoun.i - 1, max(-1, pronoun.i - 60), -1):
        mention = index.by_token.get(i)
        if mention is not None and mention.country and mention.country != own:
            return mention.country
    return None


def last_compared(earlier: list[Claim], owner: str) -> str | None:
    """What the owner's last ratio in the sentence compared it with."""
    compared = [c.relative_to for c in earlier if c.actor == owner and c.relative_to is not None]
    return compared[-1] if compared else None


def claims_before(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """The claims of the sentence just before this one."""
    if sentence.start == 0:
        return []
    start = sentence.doc[sentence.start - 1].sent.start_char
    return [c for c in claims if c.sentence_start == start]


def other_figure_owner(earlier: list[Claim], owner: str, attribute: str) -> str | None:
    """The owner of the last figure of the same attribute its sentence gave another country."""
    others = [
        c.actor for c in earlier if c.attribute == attribute and c.value is not None and c.actor != owner
    ]
    return others[-1] if others else None


def compared_side(figure: Span, earlier: list[Claim], attribute: str) -> str | None:
    """The owner of a figure set "against" another when a ratio before them compared two
    states: "ten times what Ukraine does ..., some $65bn a year against roughly $6bn"."""
    doc = figure.doc
    start = figure.start
    while start > figure.sent.start and (
        doc[start - 1].lower_ in APPROXIMATE or doc[start - 1].lower_ in HEDGES
    ):
        start -= 1
    if start == figure.sent.start or doc[start - 1].lower_ not in ("against", "versus"):
        return None
    ratios = [c for c in earlier if c.attribute == attribute and c.relative_to is not None]
    if not ratios:
        return None
    compared = ratios[-1]
    set_against = [c for c in earlier if c.attribute == attribute and c.value is not None]
    if not set_against or set_against[-1].actor != compared.actor:
        return None
    return compared.relative_to


def contrasted_subject(ratio: Span, index: ActorIndex, owner: str) -> str | None:
    """ "On paper Syria has an army of around 300,000, ... and Israel spends roughly five times
    as much on defence": with no figure to compare, the other state an earlier clause of the
    sentence is about."""
    subjects = [
        mention.country
        for token in ratio.sent
        if token.i < ratio.start
        and token.dep_ in ("nsubj", "nsubjpass")
        and (mention := index.at(token)) is not None
        and mention.country not in (None, owner)
    ]
    return subjects[-1] if subjects else None


def figure_after(ratio: Span, index: ActorIndex) -> str | None:
    """ "nearly six times the $10 billion Pakistan spends": a ratio of a figure named right after
    it compares with that figure's owner."""
    doc = ratio.doc
    if ratio.end + 1 < len(doc) and doc[ratio.end].lower_ == "what":
        # "some 13 times what Kyiv can muster": the subject of the clause after "what"
        for token in doc[ratio.end + 1 : min(len(doc), ratio.end + 4)]:
            if token.pos_ in ("VERB", "AUX"):
                break
            if (named := index.at(token)) is not None and named.country:
                return named.country
        return None
    start = ratio.end + (ratio.end < len(doc) and doc[ratio.end].lower_ == "the")
    while start < len(doc) and doc[start].lower_ in APPROXIMATE:
        start += 1  # "four times the roughly 33,000 in the Rwanda Defence Force"
    named = index.at(doc[start]) if start < len(doc) else None
    after = start + 1
    while (
        named is not None
        and after < len(doc)
        and doc[after].lower_ not in POSSESSIVE
        and index.at(doc[after]) == named
    ):
        after += 1  # "nearly twice South Korea's 625,000": past the whole name, to its "'s"
    if after < len(doc) and doc[after].lower_ in POSSESSIVE:
        return named.country if named is not None else None  # "nearly six times Pakistan's outlay"
    if named is not None and doc[start].dep_ == "amod" and doc[start].head.i > start:
        return named.country  # "roughly twice the Italian army": the army a demonym names
    if start >= len(doc) or not (
        doc[start].like_num or doc[start].is_currency or _abbreviated_currency(doc[start])
    ):
        return None
    for token in doc[start : min(len(doc), start + FIGURE_REACH)]:
        if token.is_punct or (
            token.pos_ in ("VERB", "AUX", "CCONJ") and token.i > start + 1 and not _qualifies(token)
        ):
            # "three times the Rs 5.25 lakh crore, or $70 billion, that India set aside"
            return object_of_relative_after(doc[start : token.i], index) if token.i > start else None
        if (mention := index.at(token)) is not None and mention.country:
            return mention.country
    return None


def _abbreviated_currency(word: Token) -> bool:
    """ "Rs 5.25 lakh crore": a currency abbreviation the parser reads as a noun."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].like_num and word.text in ("Rs", "Rs.")


def _qualifies(verb: Token) -> bool:
    """A verb inside the figure's own phrase: "the $10 billion Pakistan spends", "spent by Pakistan"."""
    return verb.dep_ in ("relcl", "acl") or (verb.pos_ == "VERB" and verb.tag_ == "VBN")


def set_off_after_figure(ratio: Span, previous: Claim | None) -> bool:
    """A ratio right after the figure before it, a comma and hedges between: "approach 230,000,
    nearly twenty times as many" compares that figure's owner."""
    if previous is None or previous.value is None or previous.sentence_start != ratio.sent.start_char:
        return False
    between = [t for t in ratio.doc[ratio.sent.start : ratio.start] if t.idx >= previous.end]
    # "roughly 135,000 active troops, more than four times", "350,000 men under arms, ten times":
    # the figure's own phrase, with no verb of another clause, may come before the comma
    comma = next((n for n, t in enumerate(between) if t.text == ","), None)
    if comma is None:
        comma = 0 if not between or between[0].is_punct else len(between)
    own_phrase = between[:comma]
    if len(own_phrase) > OWN_PHRASE_REACH or any(t.pos_ in ("VERB", "AUX") for t in own_phrase):
        return False
    between = between[comma:]
    return bool(between) and all(t.is_punct or t.lower_ in APPROXIMATE | HEDGES for t in between)


def compares(of: Token, index: ActorIndex) -> bool:
    """ "one-tenth of Russia's", "that of Pakistan", "a tenth of what the United States spent"
    compare; "one-third of America's overall deficit" is a share of it, not a comparison."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if not objects:
        return of.i + 1 < len(of.doc) and of.doc[of.i + 1].lower_ == "what"
    pobj = objects[0]
    # "of Pakistan's approximately 650,000", not "of America's overall deficit" (a share)
    owners = [c for c in pobj.children if c.dep_ in ("poss", "amod", "compound") and index.at(c) is not None]
    owned = bool(owners) and (pobj.pos_ == "NUM" or pobj.lemma_.lower() in FIGURE_NOUNS)  # "the Saudi total"
    return pobj.lower_ in ("that", "those", "what") or index.at(pobj) is not None or owned


def object_of_relative_after(quantity: Span, index: ActorIndex) -> str | None:
    """The country that is the subject of a relative clause right after a figure, the figure its
    object ("the $70 billion that India set aside"), conversions ("or $70 billion") between.
    Read from the words: the parser hangs such a clause anywhere."""
    doc, at = quantity.doc, quantity.end
    while at < quantity.sent.end and (
        doc[at].lower_ in (",", "or")
        or doc[at].like_num
        or doc[at].ent_type_ == "MONEY"
        or doc[at].is_currency
    ):
        at += 1
    if at + 2 >= quantity.sent.end or doc[at].lower_ not in ("that", "which") or doc[at].dep_ != "dobj":
        return None
    mention = index.at(doc[at + 1])
    if mention is None or not mention.country:
        return None
    end = mention_end = at + 1
    while end < quantity.sent.end and index.at(doc[end]) is mention:
        mention_end = end
        end += 1
    after = mention_end + 1
    while after < quantity.sent.end and doc[after].pos_ == "ADV":
        after += 1  # "that Moscow officially budgets"
    verb = doc[after] if after < quantity.sent.end else None
    return mention.country if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def own_clause_cue(ratio: Span, cue: Token, previous: Claim) -> bool:
    """A cue in the clause of the ratio's verb ("it spends about twice what Chile does"), a
    clause the figure before it is not in."""
    verb = verb_of(ratio.root)
    if verb is None:
        return False
    clause = set(verb.subtree)
    first, last = min(clause, key=lambda t: t.i), max(clause, key=lambda t: t.i)
    outside = not first.idx <= previous.start < last.idx + len(last)
    return cue in clause and outside


def as_many_what(ratio: Span) -> Token | None:
    """The noun "as many" counts after a ratio: "twice as many tanks" (tanks)."""
    doc, at = ratio.doc, ratio.end
    if doc[at : at + 2].text.lower() not in ("as many", "as much") or at + 2 >= ratio.sent.end:
        return None
    noun = doc[at + 1].head  # "four times as many main battle tanks": tanks
    return noun if noun.pos_ == "NOUN" and noun.i > at + 1 else None


def after_uncounted_figure(ratio: Span, previous: Claim | None) -> bool:
    """A ratio set off after a count that is no claim: "the Indian Air Force has close to 700
    combat aircraft, almost twice as many as its Pakistani rival" compares aircraft."""
    doc, at = ratio.doc, before_hedges(ratio, BOUNDS)
    if at <= ratio.sent.start or doc[at].text != ",":
        return False
    noun = doc[at - 1]
    counts = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
    claimed = previous is not None and previous.sentence_start == ratio.sent.start_char
    return bool(counts) and not (claimed and previous.start <= counts[0].idx < previous.end)


def compared_after_ratio(quantity: Span, ratio: Claim | None) -> bool:
    """A count right after a ratio, only a possessor between: "four times Niger's 30,000"."""
    if ratio is None or (ratio.relative_to is None and ratio.ratio is None):
        return False
    between = [t for t in quantity.doc[quantity.sent.start : quantity.start] if t.idx >= ratio.end]
    return bool(between) and all(t.pos_ == "PROPN" or t.lower_ in ("'s", "’s", "the") for t in between)


def compared_noun(cue: Token) -> bool:
    """A cue noun that names what a figure is compared with: "several times Argentina's spending"."""
    if cue.pos_ != "NOUN":
        return False
    # before its phrase, or before its possessor where the parser hung "times" on the noun ("six
    # times Uganda's army")
    possessors = [c for c in cue.children if c.dep_ == "poss"]
    start = cue.left_edge.i
    before = [*cue.doc[max(cue.sent.start, start - 3) : start]]
    inside = [*cue.doc[start : cue.i]]  # "roughly twice the Italian army": one phrase
    if possessors:
        owner = possessors[0].left_edge.i
        before += cue.doc[max(cue.sent.start, owner - 3) : owner]
    # a ratio's "times" ("several times", "ten times"), not "at times"; or "twice the Italian army"
    return any(
        t.lower_ == "times" and t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).lower_ in MULTIPLIERS)
        for t in before
    ) or any(t.lower_ in ("twice", "thrice") for t in before + inside)


def compared_figure(word: Token) -> bool:
    """The possessor of a figure a ratio compares with: "four times Niger's 30,000", or a
    possessive standing for the figure itself: "its population twice the North's"."""
    elliptical = word.dep_ != "poss" and any(c.dep_ == "case" for c in word.children)
    if not elliptical and (word.dep_ != "poss" or not word.head.like_num):
        return False
    before = word.doc[max(word.sent.start, word.i - 3) : word.i]
    return any(t.lower_ in ("times", "than", "as", "twice", "thrice", "half") for t in before)


def elliptical_of(word: Token) -> bool:
    """ "the size of Ethiopia's": a possessive standing for a figure it is compared with."""
    return word.head.lower_ == "of" and any(c.dep_ == "case" for c in word.children)
