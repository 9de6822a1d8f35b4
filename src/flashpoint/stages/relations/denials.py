"""Relations a sentence sets aside (see stated.py): a tie denied ("no friend of"), said to
be over ("the Americans, who were Pakistan's patrons for most of the Cold War"), refused,
only feared, or a label the author calls a mistake."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import INDICATIONS, MODALS, REFUSALS

BYGONE = frozenset({"once", "formerly", "former", "erstwhile", "onetime", "one-time", "ex"})
PERIOD_PREPS = frozenset({"for", "during", "throughout", "in"})  # "allies during the Cold War"
ENDING_VERBS = frozenset({"end", "stop", "halt", "win", "lose", "survive", "escape", "resolve", "settle"})
DOUBTS = frozenset({"unlikely", "reluctant", "unwilling", "refuse", "decline", "appetite"})
# what calling a tie by the wrong name is
MISTAKEN = frozenset({"mistake", "error", "wrong", "misleading", "naive", "folly", "misread"})
# "since the end of the war", "after the Iran-Iraq war ended": a war in a time phrase is
# history the sentence dates from, not a standing state
TEMPORAL_WORDS = frozenset({"since", "after", "before", "until", "during", "following"})

# "terms" only with a modifier of its own: "on warm terms with Washington"
NEUTRAL_NOUNS = frozenset({"relation", "relations", "relationship", "tie", "ties", "terms"})
COPULAS = frozenset({"be", "remain"})
NEVER_NOUNS = frozenset({"point", "time", "circumstance", "stage", "way", "account"})  # "at no point"
SHARES = frozenset({"party", "part", "role", "hand", "stake"})  # what one has in a quarrel
# nouns for one side of a tie, not for the tie itself ("an ally of", not "the alliance of")
MEMBER_NOUNS = frozenset(
    {"ally", "partner", "friend", "enemy", "rival", "client", "patron", "foe", "adversary"}
    | {"protector", "backer", "guarantor", "benefactor"}
)


def said_to_be_over(cue: Token) -> bool:
    """A tie the sentence puts in the past: "Delhi and the Taliban, once bitter enemies",
    "former allies", "the Americans, who were Pakistan's patrons for most of the Cold War"."""
    modifiers = [c for c in cue.children if c.dep_ in ("amod", "advmod")]
    copula = cue
    while copula.dep_ in ("attr", "pobj", "prep", "acomp") and copula.head.i != copula.i:
        copula = copula.head  # "the two governments were once the closest of allies"
    if copula is not cue and copula.lemma_.lower() in COPULAS:
        # not "are once again close allies"
        modifiers += [c for c in copula.children if c.dep_ == "advmod" and not once_again(c)]
    if any(w.lower_ in BYGONE for m in modifiers for w in (m, *m.children)):
        return True
    return copula is not cue and copula.tag_ == "VBD" and _past_period(copula, cue)


def denied(cue: Token) -> bool:
    """A relation the sentence sets aside: "creditors rather than guarantors", "refused to join
    Western sanctions on Russia", "is unlikely to fight Russia", "fought Yemen in 1995" (a dated
    past act, not a standing state)."""
    before = cue.doc[max(cue.sent.start, cue.i - 3) : cue.i]
    if "rather than" in before.text.lower():
        return True
    if (
        cue.pos_ == "NOUN"
        and cue.i > 0
        and cue.doc[cue.i - 1].lower_ in ("not", "no")
        and cue.dep_ in ("conj", "appos")
    ):
        return True  # "want talks, not confrontation"
    if none_of(cue) or imagined_state(cue) or _no_part_in(cue) or _no_sign_of(cue):
        return True
    if said_to_be_over(cue) or _mistaken_for(cue):
        return True
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ == "dobj"
        and cue.lemma_.lower() not in MEMBER_NOUNS
        and _not_risked(cue.head)
    ):
        # "Moscow would not risk a wider war for Hanoi": a war no one will wage; but "will not
        # fight its Chinese ally" still calls China its ally
        return True
    if cue.pos_ == "VERB" and any(c.dep_ == "neg" for c in cue.children):
        return True  # "Khartoum would not side with Asmara"
    if cue.pos_ == "VERB" and _at_no_point(cue):
        return True  # "At no point was the United States prepared to fight Russia"
    if (
        cue.pos_ == "VERB"
        and cue.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
    ):
        return True  # "Kuwait, which had bankrolled Baghdad": a tie that held before the story
    if cue.pos_ == "VERB" and any(t.lower_ in ("nor", "neither") for t in before):
        return True  # "nor will Moscow fight for Lukashenko"
    if cue.pos_ == "VERB" and any(
        g.lower_ == "neither" for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children
    ):
        return True  # "Neither Santiago nor Buenos Aires will side openly with either party"
    path = [cue, *cue.ancestors]
    at = next((n for n, a in enumerate(path) if a.pos_ in ("VERB", "AUX")), None)
    verb = path[at] if at is not None else None
    in_subject = at is not None and at > 0 and path[at - 1].dep_ in ("nsubj", "nsubjpass")
    if (
        verb is not None
        and not in_subject
        and (
            verb.lemma_.lower() in REFUSALS or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS)
        )
    ):
        return True
    if cue.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        head = cue.head
        if head.lemma_.lower() in DOUBTS or any(c.dep_ == "neg" for c in head.children):
            return True
    if cue.pos_ == "VERB":
        years = [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
        return any(g.like_num and len(g.text) == 4 and g.text.isdigit() for g in years)
    return False


def _no_sign_of(cue: Token) -> bool:
    """ "there is no sign that the Russians will risk a war with the United States": a tie in
    what no sign, evidence or indication shows."""
    return any(
        a.lemma_.lower() in INDICATIONS and any(c.dep_ == "det" and c.lower_ == "no" for c in a.children)
        for a in cue.ancestors
    )


def _at_no_point(verb: Token) -> bool:
    """A clause negated by a phrase: "at no point", "at no time", "under no circumstances",
    on the verb or a verb it completes."""
    for node in (verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX", "ADJ"))):
        for prep in (c for c in node.children if c.dep_ == "prep"):
            if any(
                g.lemma_.lower() in NEVER_NOUNS and any(d.lower_ == "no" for d in g.children)
                for g in prep.children
            ):
                return True
        if node.dep_ not in ("xcomp", "acomp", "ccomp"):
            break
    return False


def _no_part_in(cue: Token) -> bool:
    """ "they are no party to the quarrel", "has no part in the war": a share in it denied."""
    if cue.dep_ != "pobj" or cue.head.dep_ != "prep":
        return False
    # the parser may hang "to the quarrel" on the copula beside its "no party"
    holders = [cue.head.head, *(c for c in cue.head.head.children if c.dep_ == "attr")]
    return any(
        h.lemma_.lower() in SHARES and any(c.dep_ == "det" and c.lower_ == "no" for c in h.children)
        for h in holders
    )


def imagined_state(cue: Token) -> bool:
    """ "a Kinshasa friendly to Kigali and Kampala might reopen them": a state with an indefinite
    article is one imagined, not the one that is."""
    described = cue.head if cue.dep_ in ("amod", "acl") else None
    return (
        described is not None
        and described.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in described.children)
    )


def none_of(cue: Token) -> bool:
    """ "Mr. Assad is no friend of Mr. Erdoğan", "Beijing has no quarrel with the intervention":
    the tie is denied (but "no diplomatic relations" is a state of its own, read by _kind)."""
    no_tie = cue.pos_ == "NOUN" and cue.lemma_.lower() not in NEUTRAL_NOUNS | {"love"}
    if not (no_tie and any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children)):
        return False
    if any(c.dep_ in ("relcl", "acl") for c in cue.children):
        return False  # "has no allies who will fight for it": allies that will not fight
    # "Syria has no friends left among the governments that count except Iran": one is named
    after = cue.doc[cue.i + 1 : cue.sent.end]
    return (
        not any(t.lower_ in ("except", "save", "besides") for t in after) and "other than" not in after.text
    )


def _mistaken_for(cue: Token) -> bool:
    """A label the author calls a mistake: "It would be a mistake to treat the axis as an
    alliance"."""
    if not (cue.dep_ == "pobj" and cue.head.lower_ == "as"):
        return False
    return any(a.lemma_.lower() in MISTAKEN for a in cue.head.ancestors)


def _past_period(copula: Token, cue: Token) -> bool:
    """A past copula dated to a period gone by: "were Pakistan's patrons for most of the Cold
    War", "was Iraq's ally during the 1980s"."""
    phrases = [
        c for node in (copula, cue) for c in node.children if c.dep_ == "prep" and c.lower_ in PERIOD_PREPS
    ]
    return any(_a_period(t) for p in phrases for t in p.subtree)


def _a_period(token: Token) -> bool:
    text = token.text
    decade = len(text) == 5 and text.endswith("s") and text[:4].isdigit()
    year = len(text) == 4 and text.isdigit()
    return token.lemma_.lower() in ("war", "decade", "century") or decade or year


def _not_risked(verb: Token) -> bool:
    """A verb both negated and modal ("would not risk", "will not start"), save those that
    end what exists ("will not end the war")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ENDING_VERBS:
        return False
    children = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")}
    return bool(children & MODALS) and bool(children & {"not", "n't", "never"})


def in_time_phrase(cue: Token) -> bool:
    """A cue inside "since/after/before ..." names a time, not the pair's present state."""
    for node in [cue, *cue.ancestors]:
        if node.dep_ == "prep" and node.lower_ in TEMPORAL_WORDS:
            return True
        if any(c.dep_ == "mark" and c.lower_ in TEMPORAL_WORDS for c in node.children):
            return True
        if node.dep_ in ("ccomp", "ROOT", "conj", "relcl"):
            return False  # the clause the cue states
    return False


def once_again(word: Token) -> bool:
    """ "once again": again, not formerly."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ == "again"
