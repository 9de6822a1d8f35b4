"""Relations: alliances, friendships, rivalries, hostilities between actors.

Stated relations (relations.stated.v1) come from cue words in
data/lexicon/relations.tsv, or from a neutral noun ("relations", "ties") and
its modifier in data/lexicon/relation_modifiers.tsv ("strained relations"),
and the actors the cue governs: a list after
of/between/among, the subjects of its clause, a with-phrase, or a possessor
paired with the actor its phrase is in apposition to. Each names its evidence.
A pair keeps one positive and one negative relation at most: a trading partner
can be a trade rival too.

Aid relations (relations.aid.v1) come from aid_value claims: a state that gives
aid to another is on friendly terms with it. They are marked `stated: false`.

Inferred relations (relations.inferred.v1) come from the counted events of a
dyad, in both directions: a net Goldstein score (appeals weigh nothing, see
_leaning) of HOSTILE_AT or below is
hostile (not from one refusal alone); FRIENDLY_AT or above over at least two
events is friendly. They are
marked `stated: false` and never replace a stated relation of the same pair.

Comrades in arms (relations.comrades.v1): two or more states doing one act of force together
("American and British ships fired 110 Tomahawks") are on friendly terms.

Membership relations (relations.membership.v1, membership.py) bind members of a standing
alliance named in one sentence (data/actors/alliances.tsv), unless they are at odds.

War relations (relations.war.v1, wars.py) bind the two sides of a war going on when the
article was published (data/actors/wars.tsv), where a sentence speaks of its fighting.

Learned relations (relations.learned.v1, learned.py) come from a classifier over every
pair of countries named in one sentence, for signs no rule found.
"""

from .derived import aid_relations, comrades_in_arms, focus_relations, inferred_relations
from .learned import RelationClassifier, learned_relations, load_classifier, pair_contexts, word_classes
from .lexicon import load_cues, load_focus_words, load_modifiers
from .membership import Membership, load_alliances, membership_relations
from .stated import denied_pairs, stated_relations
from .wars import War, load_wars, war_relations

__all__ = [
    "Membership",
    "RelationClassifier",
    "War",
    "aid_relations",
    "comrades_in_arms",
    "denied_pairs",
    "focus_relations",
    "inferred_relations",
    "learned_relations",
    "load_alliances",
    "load_classifier",
    "load_cues",
    "load_focus_words",
    "load_modifiers",
    "load_wars",
    "membership_relations",
    "pair_contexts",
    "stated_relations",
    "war_relations",
    "word_classes",
]
