"""Cues: the attribute words of data/lexicon/claims.tsv (`load_cues`), the groups of
attributes several rules treat alike, and how a word is read as a cue and linked to the
quantity it describes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from ...tables import data_dir, read_table
from .quantities import Kind
from .syntax import subject_in_aside

CUE_HEADER = ("cue", "unit", "attribute", "sign")
WHERE_IT_HAPPENED = frozenset({"fatalities", "people_injured", "people_arrested", "people_charged"})
GIVEN = frozenset({"credit_value", "loan_value", "aid_value"})  # owned by the giver
BILATERAL_ONLY = frozenset(
    {"export", "import", "shipment"}
)  # a national export total is no claim on another country
# "spending on its security forces", "120,000 troops funded by a budget": spending in a
# sentence about troops or forces is military spending too
FORCE_NOUNS = frozenset({"troop", "force", "soldier"})
CUE_REACH = (3, 2)  # hops from the quantity and from the cue to their common ancestor
ARMS_COUNTED = "arms_purchase_quantity"
FORCES = frozenset({"troop_count", "active_army_size"})
ARMS_BOUGHT = frozenset({"arms_purchase_value", ARMS_COUNTED})
DESIGNATION = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]{0,3}s?|[A-Z]{1,2}\d{2,3}s?)$"
)  # F-16s, Su-30SM, T-72s


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str
    attribute: str
    sign: int = 1  # -1: the cue names a negative quantity ("deficit")


@dataclass(frozen=True, slots=True)
class Found:
    """The cue a quantity takes its attribute from, and where it stands."""

    cue: Cue
    token: Token | None  # None when the attribute is inherited from the previous claim


def load_cues(root: Path | None = None) -> tuple[Cue, ...]:
    path = (root or data_dir()) / "lexicon" / "claims.tsv"
    cues = []
    for row in read_table(path, CUE_HEADER):
        if row["unit"] not in {k.value for k in Kind} | {"any"}:
            raise row.fail(f"unknown unit kind {row['unit']!r}")
        if row["sign"] not in ("1", "-1"):
            raise row.fail(f"sign must be 1 or -1, not {row['sign']!r}")
        cues.append(Cue(row["cue"], row["unit"], row["attribute"], int(row["sign"])))
    return tuple(cues)


# ships that carry goods or people, never arms counted
CIVIL_SHIPS = frozenset(
    {"cargo", "container", "merchant", "fishing", "cruise", "grain", "supply", "hospital"}
)
# branches whose force is not the army's manpower
BRANCHES = frozenset({"air", "naval"})


def a_branch(token: Token) -> bool:
    """ "an air force", "the naval forces": a branch, not the army's manpower."""
    modifiers = (c for c in token.children if c.dep_ in ("compound", "amod"))
    return token.lemma_.lower() == "force" and any(c.lower_ in BRANCHES for c in modifiers)


def _a_warship(ship: Token) -> bool:
    """ "two Mistral assault ships", "naval ships": a ship its modifiers make a weapon."""
    modifiers = [c.lower_ for c in ship.children if c.dep_ in ("amod", "compound")]
    return bool(modifiers) and not any(m in CIVIL_SHIPS for m in modifiers)


def cue_lemma(token: Token) -> str:
    """The word a cue is looked up by: a weapon's model designation ("F-16s", "Su-30SM",
    "MiG-29s", "T-72s") stands for the claims.tsv row `@model`; a capitalised plural in a
    name keeps its plural as its lemma ("Japan's Self-Defense Forces"), so it is singularised."""
    if DESIGNATION.match(token.text):
        return "@model"
    lemma = token.lemma_.lower()
    if lemma in FORCE_NOUNS | {"ship"} and token.tag_ in ("VBG", "VBD", "VBN", "VB", "VBZ"):
        # "forcing some 60,000 Israelis out of their homes": no armed force; "shipped 60 tons"
        return token.lower_
    if lemma == "ship" and not _a_warship(token):
        return ""  # "more than 50 ships carrying Australian coal": no arms
    if lemma == "marine" and token.dep_ in ("amod", "compound"):
        return ""  # "one Marine helicopter and its two crewmen", "a marine corps": no cue
    if token.pos_ == "PROPN" and lemma.endswith("s") and token.text[:1].isupper():
        return lemma[:-1]
    return lemma


def cue_hops(quantity: Token, cue: Token) -> int | None:
    """Hops from the quantity and the cue to their common ancestor, if within CUE_REACH."""
    up = [quantity, *quantity.ancestors][: CUE_REACH[0] + 1]
    cue_up = [cue, *cue.ancestors][: CUE_REACH[1] + 1]
    return next((n + cue_up.index(node) for n, node in enumerate(up) if node in cue_up), None)


def counts_for(quantity: Token, cue: Token) -> bool:
    """A count is the cue's when the first verb above it is the cue or governs it:
    "arrested 22 people", "39 are confirmed dead", "the deaths of 29 miners";
    not "phoned 911" or "aged 17" beside "arrested"."""
    if cue.head == quantity and cue.dep_ in ("amod", "acl"):
        return True  # "counted some 550 dead": the parser hangs the cue on the number
    if cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head == quantity:
        return True  # "has sent about 48,000 of its own troops": a part of them, counted
    for node in quantity.ancestors:
        if node == cue:
            return True
        # "3,000 Japanese and 1,500 Australian troops": a demonym read as the counted noun
        demonym = node.pos_ in ("PROPN", "ADJ") or node.ent_type_ == "NORP"
        if (
            not demonym
            and node.pos_ == "NOUN"
            and cue in node.conjuncts
            and cue.pos_ == "NOUN"
            and any(c.dep_ == "nummod" for c in cue.children)
        ):
            # "1,000 Saudi soldiers and some 500 police": the police are counted as such; but
            # "about 200 police and soldiers" counts both
            return False
        if node.pos_ in ("NOUN", "PROPN", "ADJ") and any(
            cue in n.children or cue == n for n in node.conjuncts
        ):
            return True
        if node.pos_ in ("NOUN", "PROPN") and any(cue in n.children for n in [node, *node.conjuncts]):
            return True  # "150 security forces, 95 civilians and hundreds of Taliban killed"
        if node.dep_ == "relcl" and node.head == cue:
            return True  # "Japan's Self-Defense Forces, which number about 247,000"
        if node.pos_ in ("VERB", "AUX"):  # "the number of casualties rose to 1,035": in the subject
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and (aside := subject_in_aside(node)) is not None:
                subjects = [aside]  # "Saudi active forces, counting the National Guard, approach 230,000"
            governed = cue.head == node and cue.dep_ != "conj"  # "infected 4,200 and killed 62": not killed
            return governed or any(cue in s.subtree for s in subjects)
    return False
