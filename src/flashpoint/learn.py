"""Training the relation classifier (relations.learned.v1) from claim-and-relation gold files.

Every pair of countries named together in a sentence of an annotated article is one
example; its labels are the signs of the gold relations of that pair (optional ones too:
they are true, only not required). The classifier is spaCy's bag-of-words
`textcat_multilabel` over the features of stages/relations/learned.py, trained with a fixed
seed so that `make train-relations` rebuilds the shipped model bit for bit from the same
gold. Cross-validation holds out one gold file at a time and scores the classifier alone.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from .api import Flashpoint
from .evaluate import Ratio
from .gold import ClaimSetGold, load_claim_sets
from .pipeline import Draft
from .records import Article
from .stages.events import load_lexicon
from .stages.ingest import read_inputs
from .stages.relations import (
    denied_pairs,
    load_cues,
    load_focus_words,
    load_modifiers,
    pair_contexts,
    word_classes,
)
from .stages.relations.learned import LABELS, signs
from .stages.relations.learned import RULE as LEARNED_RULE
from .stages.relations.syntax import POSITIVE_KINDS

DESCRIPTION = "flashpoint relations.learned.v1: relation signs of country pairs named together"

POSITIVE = frozenset({"alliance", "friendly"})

# Chosen by cross-validation (docs/stages.md): unigrams generalise better than bigrams on
# unseen op-eds, and more epochs overfit the few hundred positive pairs.
EPOCHS = 6
SEED = 0
BATCH = 16
DROPOUT = 0.1
MODEL_CONFIG = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": False,
    "ngram_size": 1,
    "no_output_layer": False,
    "length": 2**16,
}


@dataclass(frozen=True, slots=True)
class PairExample:
    """One pair of countries in one annotated article, with its features and gold labels."""

    group: str  # the gold file, the unit held out in cross-validation
    article: str
    a: str
    b: str
    features: str
    cats: dict[str, float]
    rules: frozenset[str]  # the signs the rules found for the pair: "POS", "NEG"


def relation_examples(
    fp: Flashpoint, gold_files: Iterable[Path], corpora: Iterable[str]
) -> list[PairExample]:
    """Examples from every article of the gold files found in the corpora."""
    gold = {g.id: (path.name, g) for path in gold_files for g in load_claim_sets(path)}
    cues, modifiers = load_cues(), load_modifiers()
    classes = word_classes(load_lexicon(), cues, modifiers, load_focus_words())
    items = read_inputs(list(corpora), settings=fp.settings)
    wanted = (i for i in items if isinstance(i, Article) and i.external_id in gold)
    out = []
    for draft in fp.pipeline.drafts(wanted):
        if not isinstance(draft, Draft) or draft.article.external_id is None:
            continue
        group, item = gold[draft.article.external_id]
        known = [r for r in draft.relations if r.rule != LEARNED_RULE]
        denied = denied_pairs(draft.body, draft.mentions, cues, modifiers)
        for context in pair_contexts(draft.body, draft.mentions, classes, draft.events, known, denied):
            cats = gold_labels(item, context.a, context.b)
            rules = frozenset(
                "POS" if r.kind in POSITIVE_KINDS else "NEG"
                for r in draft.relations
                if {r.a, r.b} == {context.a, context.b}
            )
            out.append(PairExample(group, item.id, context.a, context.b, context.features, cats, rules))
    return out


def gold_labels(item: ClaimSetGold, a: str, b: str) -> dict[str, float]:
    kinds = {r.kind for r in item.relations if {r.a, r.b} == {a, b}}
    return {
        "POS": float(bool(kinds & POSITIVE)),
        "NEG": float(bool(kinds - POSITIVE)),
        "ALLIANCE": float("alliance" in kinds),
        "HOSTILE": float("hostile" in kinds),
    }


def train_relation_model(examples: list[PairExample], *, epochs: int = EPOCHS, seed: int = SEED) -> Language:
    """A blank English pipeline with one trained textcat_multilabel."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": MODEL_CONFIG})
    for label in LABELS:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(e.features), {"cats": e.cats}) for e in examples]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for batch in minibatch(data, size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    nlp.meta.update({"name": "flashpoint_relations", "version": "1.0.0", "description": DESCRIPTION})
    return nlp


@dataclass(frozen=True, slots=True)
class Figures:
    recall: Ratio
    precision: Ratio


@dataclass(frozen=True, slots=True)
class FoldScore:
    """One held-out gold file: the rules, the classifier alone, and both as the pipeline joins
    them (the classifier only for pairs the rules leave unrelated)."""

    group: str
    rules: Figures
    classifier: Figures
    joined: Figures


def cross_validate(examples: list[PairExample], threshold: float) -> Iterator[FoldScore]:
    """Hold out each gold file in turn and score its pairs' signs (optional relations count
    as true: a pair-level figure over pairs named together, not the eval command's)."""
    for group in sorted({e.group for e in examples}):
        held = [e for e in examples if e.group == group]
        model = train_relation_model([e for e in examples if e.group != group])
        said = [signs(model(e.features).cats, threshold) for e in held]
        joined = [e.rules or set(s) for e, s in zip(held, said, strict=True)]
        yield FoldScore(
            group,
            _figures(held, [e.rules for e in held]),
            _figures(held, said),
            _figures(held, joined),
        )


def _figures(held: list[PairExample], said: list[Iterable[str]]) -> Figures:
    gold = found = correct = 0
    for example, labels in zip(held, said, strict=True):
        labels = set(labels)
        true = {label for label in ("POS", "NEG") if example.cats[label] == 1.0}
        gold, found, correct = gold + len(true), found + len(labels), correct + len(true & labels)
    return Figures(Ratio(correct, gold), Ratio(correct, found))
