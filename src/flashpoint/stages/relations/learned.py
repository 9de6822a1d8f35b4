"""Relations learned from annotated articles (relations.learned.v1).

Hand rules read a relation off one construction ("allied with", "on chummy terms"); op-eds
state alignments in ever new phrasings, so a classifier over every pair of countries named
in one sentence adds what the rules do not see. Each pair becomes one bag of features over
the sentences that name both: the sentence's lemmas with the two parties masked
("partya", "partyb", any other state "otherstate"), the lemmas between the nearest
mentions of the two ("btw_"), the dependency path joining them ("path_"), the class our
lexicons give a lemma (a relation cue's kind, an event word's CAMEO quad class: "cls_"),
the events coded between the two, and how prominent the pair is in the article. Classes
let a few hundred annotated pairs generalise from words seen to words of the same kind.
A spaCy bag-of-words text classifier (`textcat_multilabel`, no torch) scores POS and NEG
for the pair, and ALLIANCE and HOSTILE for the stronger kind of each. The model ships in
data/models/relations and is trained by `make train-relations` from the gold files
(flashpoint.learn; figures in docs/stages.md).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from itertools import combinations
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Event, Relation, RelationKind, TextField
from ..events.lexicon import Lexicon
from ..events.reference import ActorIndex
from .syntax import INDICATIONS, set_aside, venue_named

RULE = "relations.learned.v1"

MODEL_DIR = "data/models/relations"

LABELS = ("POS", "NEG", "ALLIANCE", "HOSTILE")

# Lemmas between two mentions further apart than this say little about the pair.
BETWEEN_MAX = 15

# Rank and co-occurrence buckets: how central a pair is to the article (the standoff it is
# about is named together again and again).
TOP_RANKS = 4
COOCCURRENCE_CAP = 4

# A sign is said only when its score beats the other sign's by this much: a pair scored
# high for both is a relation of unclear sign, and cross-validation found those wrong.
SIGN_MARGIN = 0.1
ALLEGING = frozenset({"claim", "allege"})  # what is only claimed ties no one
UNASSERTING_AUX = frozenset({"would", "could", "might", "may"})  # a main verb only possible
# verbs of wish or intention, whose denial says no tie ("they do not want Pakistan driven into
# Peking's arms"), and nouns of a sign of one ("there is no sign that Peking intends ...")
INTENDING = frozenset({"want", "intend", "plan", "wish", "mean", "seek", "expect", "hope", "mind"})
# what a state may only be used as or made into ("could be used as a launching pad")
USING = frozenset({"use", "make", "turn", "become"})

ORIGIN_WORDS = frozenset({"made", "built", "designed", "produced", "manufactured", "supplied", "owned"})

PARTY_A, PARTY_B, OTHER = "partya", "partyb", "otherstate"


@dataclass(frozen=True, slots=True)
class PairContext:
    """The sentences naming both countries of a pair, and the features read from them."""

    a: str
    b: str
    sentences: tuple[Span, ...]
    sentence_features: tuple[str, ...]  # one string of features per sentence
    pair_features: str  # events between the two, prominence

    @property
    def features(self) -> str:
        return " ".join((*self.sentence_features, self.pair_features))

    def one_sentence(self, k: int) -> str:
        """The features the classifier would see if only sentence k named the pair."""
        return f"{self.sentence_features[k]} {self.pair_features}"


def word_classes(lexicon: Lexicon, *kinds: dict[str, RelationKind]) -> dict[str, tuple[str, ...]]:
    """Lemma -> its classes: the kind a relation lexicon gives it, the quad class of its
    general event sense ("attack": material_conflict)."""
    classes: dict[str, list[str]] = defaultdict(list)
    for table in kinds:
        for word, kind in table.items():
            classes[word].append(f"cls_{kind.value}")
    for senses in (lexicon.verbs, lexicon.nouns):
        for lemma, group in senses.items():
            general = next((s for s in group if not s.objects), group[0])
            classes[lemma].append(f"cls_{general.code.quad.value}")
    return {word: tuple(dict.fromkeys(found)) for word, found in classes.items()}


def pair_contexts(
    doc: Doc,
    mentions: Sequence[ActorMention],
    classes: dict[str, tuple[str, ...]],
    events: Sequence[Event] = (),
    known: Iterable[Relation] = (),
    denied: dict[int, set[frozenset[str]]] | None = None,
) -> list[PairContext]:
    """Every pair of countries named together in a sentence of the body, with its features;
    `known` are the rules' relations, which may already account for a sentence's pairs, and
    `denied` the pairs whose tie a sentence sets aside (see stated.denied_pairs)."""
    by_sentence = _countries_by_sentence(doc, mentions)
    partners = _partners_by_sentence(known)
    together: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for sentence, named in by_sentence:
        if not _asserted(sentence):
            continue  # "Azerbaijan will not likely agree to allow Israel ...": no tie is said
        alleged = _alleged(sentence)
        said = {c for i, c in named.items() if i not in alleged}
        bound = partners.get(sentence.start_char, {})
        set_aside = (denied or {}).get(sentence.start_char, set())
        for a, b in combinations(sorted(set(named.values())), 2):
            if a not in said and b not in said:
                continue  # not two named only in what someone claims
            if frozenset((a, b)) in set_aside:
                continue  # "who were Pakistan's patrons for most of the Cold War": said to be over
            if bound.get(a, set()) - {b} and bound.get(b, set()) - {a}:
                # each tied by a rule to another here: "Paris, Yaoundé's patron; London, Abuja's friend"
                continue
            if _a_third_party(sentence, named, a, b):
                continue  # "Clinton, addressing growing tensions between Iran and Azerbaijan"
            if _only_set_aside(sentence, named, a) or _only_set_aside(sentence, named, b):
                continue  # "fighting again, this time not against France but against the Moroccans"
            if _only_a_neighbour(sentence, named, a, b) or _only_a_neighbour(sentence, named, b, a):
                continue  # "As a small country bordering Russia, ..., Azerbaijan has much to lose"
            if _unasserted_link(sentence, named, a, b):
                continue  # "there is no sign that Peking intends to send troops into Korea"
            together[(a, b)].append(sentence)
    ranked = [c for c, _ in Counter(m.country for m in mentions if _counted(m)).most_common()]
    token_country = {i: c for _, named in by_sentence for i, c in named.items()}
    out = []
    for (a, b), sentences in together.items():
        per_sentence = tuple(" ".join(sentence_features(s, token_country, a, b, classes)) for s in sentences)
        pair = _event_features(events, a, b) + _prominence(ranked, a, b, len(sentences))
        out.append(PairContext(a, b, tuple(sentences), per_sentence, " ".join(pair)))
    return out


# verbs of what a place borders
BORDERING = frozenset({"border", "neighbour", "neighbor", "adjoin"})
# nouns for a tie "between" two states, whoever else the sentence names
TIE_NOUNS = frozenset(
    {"tension", "relation", "relationship", "tie", "conflict", "war", "dispute", "row", "feud", "rivalry"}
    | {"crisis", "standoff", "hostility", "friction", "quarrel", "rapprochement", "talks", "border"}
)


def _a_third_party(sentence: Span, named: dict[int, str], a: str, b: str) -> bool:
    """Whether one of a pair is named only as a side of a tie "between" it and another state,
    a phrase the other of the pair stands outside: "Secretary of State Hillary Clinton,
    addressing growing tensions between Iran and Azerbaijan" relates the United States to
    neither side."""
    doc = sentence.doc
    for side, other in ((a, b), (b, a)):
        phrases = [_between(doc[i]) for i, c in named.items() if c == side]
        found = [p for p in phrases if p is not None]
        if not phrases or len(found) < len(phrases):
            continue  # named outside any tie "between" too
        inside = {i for p in found for i in range(p.left_edge.i, p.right_edge.i + 1)}
        others_in = {named[i] for i in inside if i in named} - {side}
        if others_in and not any(i in inside for i, c in named.items() if c == other):
            return True
    return False


def _only_set_aside(sentence: Span, named: dict[int, str], country: str) -> bool:
    """Whether every naming of the country in the sentence is one it denies (see set_aside)."""
    return all(set_aside(sentence.doc[i]) for i, c in named.items() if c == country)


def _only_a_neighbour(sentence: Span, named: dict[int, str], country: str, other: str) -> bool:
    """Whether the country is named only as what a place borders ("a small country bordering
    Russia"), with the other of the pair outside that phrase: a border is geography, no tie.
    "Russia, a nation closely allied with the Islamic Republic" keeps what its own phrase says."""
    doc = sentence.doc
    tokens = [doc[i] for i, c in named.items() if c == country]
    if not all(t.dep_ == "dobj" and t.head.lemma_.lower() in BORDERING for t in tokens):
        return False
    inside = {s.i for t in tokens for s in t.subtree}
    return all(i not in inside for i, c in named.items() if c == other)


def _between(token: Token) -> Token | None:
    """The "between" of a tie's phrase the token is in ("tensions between Iran and Azerbaijan";
    not a place: "the Neutral Zone between Saudi Arabia and Kuwait")."""
    between = next((t for t in token.ancestors if t.lower_ == "between"), None)
    return between if between is not None and between.head.lemma_.lower() in TIE_NOUNS else None


def _partners_by_sentence(known: Iterable[Relation]) -> dict[int, dict[str, set[str]]]:
    """For each sentence (by its start), the actors each actor is related to there."""
    out: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in known:
        out[r.sentence_start][r.a].add(r.b)
        out[r.sentence_start][r.b].add(r.a)
    return out


def _asserted(sentence: Span) -> bool:
    """A sentence whose main verb is neither negated nor only possible."""
    hedges = (c for c in sentence.root.children if c.dep_ in ("neg", "aux"))
    return not any(c.dep_ == "neg" or c.lower_ in UNASSERTING_AUX for c in hedges)


def _unasserted_link(sentence: Span, named: dict[int, str], a: str, b: str) -> bool:
    """Whether the words joining the nearest two mentions of a pair, up to the clause they meet
    in, deny a wish or sign or make a use only possible: "they do not want Pakistan driven
    into Peking's arms", "there is no sign that Peking intends to send troops into Korea",
    "fears that Azerbaijan could be used as a launching pad for an Israeli attack"."""
    pair = _nearest_pair(sentence, named, a, b)
    if pair is None:
        return False
    left, right = pair
    meet = next(t for t in (left, *left.ancestors) if t.left_edge.i <= right.i <= t.right_edge.i)
    # the clause the two meet in, up to where it joins another clause by coordination
    above = [meet]
    while above[-1].dep_ not in ("conj", "ROOT"):
        above.append(above[-1].head)
    return any(_unasserting(t) for t in (*_path(left, right), *above))


def _unasserting(token: Token) -> bool:
    """A wish or intention denied ("do not want", "no sign that ... intends") or a use or state
    only possible ("could be used", "could be the staging ground"). Not every negation: "no love
    for the country that took its provinces", "careful not to offend Moscow, its partner" and
    "has no friends left except Iran" state the tie they deny a part of."""
    lemma = token.lemma_.lower()
    return any(
        (c.dep_ == "neg" and lemma in INTENDING)
        or (c.dep_ == "det" and c.lower_ == "no" and lemma in INDICATIONS)
        or (c.dep_ == "aux" and c.lower_ in UNASSERTING_AUX and _becoming(token))
        for c in token.children
    )


def _becoming(token: Token) -> bool:
    """A use or a state only possible: "could be used as a launching pad", "could be the staging
    ground for an attack"."""
    return (token.pos_ == "VERB" and token.lemma_.lower() in USING) or token.lemma_.lower() == "be"


def _alleged(sentence: Span) -> set[int]:
    """The tokens of what a sentence says someone claims or alleges: "arrested 22 people they
    claimed were planning an Iranian-backed plot to assassinate U.S. and Israeli diplomats" ties
    no Iran to the United States; the claimants' own tie is another matter."""
    alleged: set[int] = set()
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING:
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # "claimed the islands": a claim to something, not a report
        # what follows the verb, to the end of its clause: a comma, a semicolon or a conjunction
        # joining clauses (read from the words: the parser often hangs the content elsewhere)
        end = next((t.i for t in sentence if t.i > verb.i and _ends_clause(t)), sentence.end)
        alleged.update(range(verb.i + 1, end))
    return alleged


def _ends_clause(token: Token) -> bool:
    """ "Russia claimed Ukraine was to blame, while France and Germany called for calm": the
    claim ends at the comma; "U.S. and Israeli diplomats" goes on."""
    return token.text in (",", ";") or (token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX"))


def _counted(mention: ActorMention) -> bool:
    return mention.field is TextField.BODY and mention.country is not None


def _origin(doc: Doc, last: int) -> bool:
    """ "Chinese-made drones", "an Iranian-built assembly line": where goods come from, no party."""
    after = doc[last + 1 : last + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in ORIGIN_WORDS


def _countries_by_sentence(doc: Doc, mentions: Sequence[ActorMention]) -> list[tuple[Span, dict[int, str]]]:
    """Each sentence with the country of every token inside a country's mention."""
    index = ActorIndex.build(doc, tuple(m for m in mentions if _counted(m)))
    last = {id(m): i for i, m in sorted(index.by_token.items())}  # each mention's last token
    named = {
        i: m.country
        for i, m in index.by_token.items()
        if m.country and not _origin(doc, last[id(m)]) and not venue_named(doc[i], m)
    }
    return [(s, inside) for s in doc.sents if (inside := {t.i: named[t.i] for t in s if t.i in named})]


def sentence_features(
    sentence: Span, named: dict[int, str], a: str, b: str, classes: dict[str, tuple[str, ...]]
) -> list[str]:
    """Masked lemmas of the sentence and their classes, the lemmas between the pair and the
    path joining it, and theirs."""
    # a sentence that names other states too ("Clinton, in Baku, spoke of tensions between Iran
    # and Azerbaijan") says its words of another pair as often as of this one: only the words
    # that join the two count there
    alone = all(named.get(i) in (None, a, b) for i in range(sentence.start, sentence.end))
    words = _masked_lemmas(sentence, named, a, b) if alone else []
    words += [c for w in words for c in classes.get(w, ())]
    first = _nearest_pair(sentence, named, a, b)
    if first is None:
        return words
    left, right = first
    between = [t for t in sentence.doc[left.i + 1 : right.i] if t.i not in named]
    if len(between) <= BETWEEN_MAX:
        lemmas = [w for t in between if (w := _word(t))]
        words += ["btw_" + w for w in lemmas] + ["btw" + c for w in lemmas for c in classes.get(w, ())]
    path = [w for t in _path(left, right) if t.i not in named and (w := _word(t))]
    words += ["path_" + w for w in path] + ["path" + c for w in path for c in classes.get(w, ())]
    if any(t.dep_ == "neg" for t in sentence):
        words.append("zznegated")
    return words


def _event_features(events: Sequence[Event], a: str, b: str) -> list[str]:
    """The quad class of each event coded between the two, and whether it counts."""
    out = []
    for e in events:
        if e.target is None or {e.source.country, e.target.country} != {a, b}:
            continue
        out.append(f"ev_{e.quad.value}" + ("" if e.counted else "_uncounted"))
    return out


def _masked_lemmas(sentence: Span, named: dict[int, str], a: str, b: str) -> list[str]:
    out: list[str] = []
    previous = None
    for token in sentence:
        country = named.get(token.i)
        if country is not None:
            mask = PARTY_A if country == a else PARTY_B if country == b else OTHER
            if mask != previous:
                out.append(mask)
            previous = mask
            continue
        previous = None
        if word := _word(token):
            out.append(word)
    return out


def _word(token: Token) -> str:
    """A lemma in lower case; punctuation and numbers carry nothing here."""
    if token.is_punct or token.is_space or token.like_num:
        return ""
    return token.lemma_.lower() if token.pos_ != "PROPN" else token.lower_


def _nearest_pair(sentence: Span, named: dict[int, str], a: str, b: str) -> tuple[Token, Token] | None:
    """The closest tokens of the two parties, in text order."""
    of_a = [i for i in range(sentence.start, sentence.end) if named.get(i) == a]
    of_b = [i for i in range(sentence.start, sentence.end) if named.get(i) == b]
    if not of_a or not of_b:
        return None
    i, j = min(((i, j) for i in of_a for j in of_b), key=lambda p: abs(p[0] - p[1]))
    doc = sentence.doc
    return (doc[i], doc[j]) if i < j else (doc[j], doc[i])


def _path(left: Token, right: Token) -> list[Token]:
    """Tokens on the dependency path between two tokens, ends excluded."""
    up_left = [left, *left.ancestors]
    up_right = [right, *right.ancestors]
    on_right = {t.i: k for k, t in enumerate(up_right)}
    meet = next((k for k, t in enumerate(up_left) if t.i in on_right), None)
    if meet is None:
        return []
    nodes = up_left[1 : meet + 1] + up_right[1 : on_right[up_left[meet].i]]
    return [t for t in nodes if t.i not in (left.i, right.i)]


def _prominence(ranked: list[str], a: str, b: str, together: int) -> list[str]:
    ra, rb = sorted(ranked.index(c) if c in ranked else TOP_RANKS for c in (a, b))
    return [f"zzrank{min(ra, TOP_RANKS - 1)}{min(rb, TOP_RANKS)}", f"zzcooc{min(together, COOCCURRENCE_CAP)}"]


@dataclass(frozen=True, slots=True)
class RelationClassifier:
    """The trained model, the word classes its features use, and the score that adds a relation."""

    model: Language
    classes: dict[str, tuple[str, ...]]
    threshold: float


def model_path() -> Path:
    """Where the trained classifier ships inside the package."""
    return Path(str(files("flashpoint").joinpath(MODEL_DIR)))


def load_classifier(classes: dict[str, tuple[str, ...]], threshold: float) -> RelationClassifier:
    return RelationClassifier(spacy.load(model_path()), classes, threshold)


def learned_relations(
    doc: Doc,
    mentions: Sequence[ActorMention],
    events: Sequence[Event],
    known: Iterable[Relation],
    classifier: RelationClassifier,
    denied: dict[int, set[frozenset[str]]] | None = None,
) -> list[Relation]:
    """Pairs no rule relates that the classifier scores at or above its threshold, for a sign
    it prefers clearly to the other."""
    # a pair the rules relate keeps the rules' reading: where the classifier disagreed with
    # them in cross-validation it was mostly wrong about the sign
    related = {frozenset((r.a, r.b)) for r in known}
    out = []
    known = list(known)
    for context in pair_contexts(doc, mentions, classifier.classes, events, known, denied):
        if frozenset((context.a, context.b)) in related:
            continue
        cats = classifier.model(context.features).cats
        said = signs(cats, classifier.threshold)
        out += [_relation(context, cats, label, classifier.model) for label in said]
    return out


def signs(cats: dict[str, float], threshold: float) -> list[str]:
    """The sign labels said: at or above the threshold and clearly above the other sign."""
    pairs = (("POS", "NEG"), ("NEG", "POS"))
    return [one for one, other in pairs if cats[one] >= threshold and cats[other] < cats[one] - SIGN_MARGIN]


def _relation(context: PairContext, cats: dict[str, float], label: str, model: Language) -> Relation:
    if label == "POS":
        kind = RelationKind.ALLIANCE if cats["ALLIANCE"] >= 0.5 else RelationKind.FRIENDLY
    else:
        kind = RelationKind.HOSTILE if cats["HOSTILE"] >= 0.5 else RelationKind.RIVAL
    # the evidence is the sentence that says most by itself
    scores = [model(context.one_sentence(k)).cats[label] for k in range(len(context.sentences))]
    sentence = context.sentences[max(range(len(scores)), key=scores.__getitem__)]
    return Relation(
        a=context.a,
        b=context.b,
        kind=kind,
        stated=False,  # a reading of the wording, not a statement: no bloc is built on it
        evidence=sentence.text.strip(),
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
        rule=RULE,
        confidence=round(cats[label], 3),
    )
