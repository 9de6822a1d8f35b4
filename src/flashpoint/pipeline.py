"""The pipeline: stages that declare what they need and provide, one builder.

    ingest -> clean -> parse -> actors -> events -> claims -> relations -> store

`build_pipeline` is the one place a pipeline is assembled; the CLI, the tests
and the benchmarks all call it. Building checks that every stage's
requirements are provided by an earlier stage. Stages work on whole batches
so that spaCy parses a batch in one `nlp.pipe` call; an article that fails a
stage becomes a `Failure` and the rest of the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Protocol

from spacy.tokens import Doc

from .config import Settings
from .errors import ErrorCode, FlashpointError, InputError
from .records import (
    ActorMention,
    Analysis,
    Article,
    Claim,
    ClaimCheck,
    CleanText,
    Event,
    Failure,
    Relation,
    TextField,
)
from .stages.actors import Context, Gazetteer, Recogniser, load_gazetteer, resolve
from .stages.claims import ClaimExtractor, check_claims
from .stages.claims.cues import load_cues
from .stages.claims.usd import UsdRates
from .stages.clean import clean_text
from .stages.events import EventCoder, Lexicon, load_lexicon
from .stages.ingest import failure_from
from .stages.language import check_english
from .stages.parse import Parser
from .stages.relations import (
    Membership,
    RelationClassifier,
    War,
    aid_relations,
    comrades_in_arms,
    denied_pairs,
    focus_relations,
    inferred_relations,
    learned_relations,
    load_alliances,
    load_classifier,
    load_focus_words,
    load_modifiers,
    load_wars,
    membership_relations,
    stated_relations,
    war_relations,
    word_classes,
)
from .stages.relations import load_cues as load_relation_cues

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Draft:
    """An article on its way through the stages (internal: holds spaCy Docs)."""

    article: Article
    clean: CleanText | None = None
    docs: tuple[tuple[TextField, Doc], ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    checks: tuple[ClaimCheck, ...] = ()
    relations: tuple[Relation, ...] = ()
    stages: tuple[str, ...] = ()

    @property
    def body(self) -> Doc:
        """The parsed body (captions are parsed too, for actors only)."""
        return next(doc for text_field, doc in self.docs if text_field is TextField.BODY)

    def done(self, stage: str, **changes: object) -> Draft:
        return replace(self, stages=(*self.stages, stage), **changes)


class Stage(Protocol):
    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]: ...


@dataclass(slots=True)
class CleanStage:
    settings: Settings
    name: str = "clean"
    requires: frozenset[str] = frozenset({"article"})
    provides: frozenset[str] = frozenset({"clean"})

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]:
        return [self._one(d) for d in drafts]

    def _one(self, draft: Draft) -> Draft | Failure:
        source = draft.article.source
        cleaned = clean_text(draft.article.text)
        try:
            if not cleaned.body.strip():
                raise InputError(ErrorCode.E110, source)
            check_english(cleaned.body, source, self.settings)
        except InputError as e:
            return failure_from(e, source)
        return draft.done(self.name, clean=cleaned)


@dataclass(slots=True)
class ParseStage:
    parser: Parser
    name: str = "parse"
    requires: frozenset[str] = frozenset({"clean"})
    provides: frozenset[str] = frozenset({"docs"})

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]:
        texts: list[str] = []
        owners: list[tuple[int, TextField]] = []
        for index, draft in enumerate(drafts):
            assert draft.clean is not None
            for text_field, text in _texts(draft.clean):
                texts.append(text)
                owners.append((index, text_field))
        docs: list[list[tuple[TextField, Doc]]] = [[] for _ in drafts]
        for (index, text_field), doc in zip(owners, self.parser.parse(texts), strict=True):
            docs[index].append((text_field, doc))
        return [d.done(self.name, docs=tuple(ds)) for d, ds in zip(drafts, docs, strict=True)]


def _texts(clean: CleanText) -> Iterator[tuple[TextField, str]]:
    yield TextField.BODY, clean.body
    for caption in clean.captions:
        yield TextField.CAPTION, caption


@dataclass(slots=True)
class ActorStage:
    gazetteer: Gazetteer | None = None
    name: str = "actors"
    requires: frozenset[str] = frozenset({"docs"})
    provides: frozenset[str] = frozenset({"mentions"})
    _recogniser: Recogniser | None = field(default=None, repr=False)

    def _ready(self) -> tuple[Gazetteer, Recogniser]:
        if self.gazetteer is None:
            self.gazetteer = load_gazetteer()
        if self._recogniser is None:
            self._recogniser = Recogniser(self.gazetteer)
        return self.gazetteer, self._recogniser

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]:
        gazetteer, recognise = self._ready()
        out: list[Draft | Failure] = []
        for draft in drafts:
            mentions: list[ActorMention] = []
            for text_field, doc in draft.docs:
                context = Context(text_field, draft.article.published)
                mentions += resolve(doc, recognise(doc), gazetteer, context)
            out.append(draft.done(self.name, mentions=tuple(mentions)))
        return out


@dataclass(slots=True)
class EventStage:
    lexicon: Lexicon | None = None
    unresolved_sources: bool = False
    name: str = "events"
    requires: frozenset[str] = frozenset({"docs", "mentions"})
    provides: frozenset[str] = frozenset({"events"})
    _coder: EventCoder | None = field(default=None, repr=False)

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]:
        if self._coder is None:
            lexicon = self.lexicon or load_lexicon()
            self._coder = EventCoder(lexicon, unresolved_sources=self.unresolved_sources)
        out: list[Draft | Failure] = []
        for draft in drafts:
            body = draft.body
            events = self._coder.code(
                body, draft.mentions, published=draft.article.published, article_id=draft.article.article_id
            )
            out.append(draft.done(self.name, events=events))
        return out


@dataclass(slots=True)
class ClaimStage:
    places: dict[str, str] = field(default_factory=dict)  # US states, regions, cities -> their state
    name: str = "claims"
    requires: frozenset[str] = frozenset({"docs", "mentions"})
    provides: frozenset[str] = frozenset({"claims"})
    _extractor: ClaimExtractor | None = field(default=None, repr=False)
    _usd: UsdRates = field(default_factory=UsdRates, repr=False)

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]:
        if self._extractor is None:
            self._extractor = ClaimExtractor(load_cues(), places=self.places)
        out: list[Draft | Failure] = []
        for draft in drafts:
            body, published = draft.body, draft.article.published
            found = self._extractor.extract(
                body, draft.mentions, published=published, article_id=draft.article.article_id
            )
            claims = tuple(self._usd.convert(c, published) for c in found)
            out.append(draft.done(self.name, claims=claims, checks=check_claims(claims)))
        return out


@dataclass(slots=True)
class RelationStage:
    lexicon: Lexicon | None = None
    # at or above this score the learned classifier adds a relation; above 1 turns it off
    learned_threshold: float = Settings().learned_relation_threshold
    places: dict[str, str] = field(default_factory=dict)  # regions and cities -> their state
    name: str = "relations"
    requires: frozenset[str] = frozenset({"docs", "mentions", "events", "claims"})
    provides: frozenset[str] = frozenset({"relations"})
    _cues: dict | None = field(default=None, repr=False)
    _modifiers: dict | None = field(default=None, repr=False)
    _focus: dict | None = field(default=None, repr=False)
    _classifier: RelationClassifier | None = field(default=None, repr=False)
    _alliances: tuple[Membership, ...] = field(default=(), repr=False)
    _wars: tuple[War, ...] = field(default=(), repr=False)

    def run(self, drafts: Sequence[Draft]) -> list[Draft | Failure]:
        if self._cues is None or self._focus is None:
            self._load()
        out: list[Draft | Failure] = []
        for draft in drafts:
            out.append(draft.done(self.name, relations=tuple(self._relations(draft))))
        return out

    def _load(self) -> None:
        self._cues, self._modifiers, self._focus = load_relation_cues(), load_modifiers(), load_focus_words()
        self._alliances = load_alliances()
        self._wars = load_wars()
        if self.learned_threshold <= 1:
            classes = word_classes(self.lexicon or load_lexicon(), self._cues, self._modifiers, self._focus)
            self._classifier = load_classifier(classes, self.learned_threshold)

    def _relations(self, draft: Draft) -> list[Relation]:
        body = draft.body
        stated = stated_relations(body, draft.mentions, self._cues, self._modifiers)
        aided = aid_relations(draft.claims, stated, draft.mentions)
        comrades = comrades_in_arms(draft.events, stated + aided)
        inferred = inferred_relations(draft.events, stated + aided + comrades)
        found = stated + aided + comrades + inferred
        published = draft.article.published
        found += membership_relations(body, draft.mentions, published, self._alliances, found)
        found += focus_relations(body, draft.mentions, found, self._focus)
        found += war_relations(body, draft.mentions, published, self._wars, self.places, found)
        if self._classifier is None:
            return found
        denied = denied_pairs(body, draft.mentions, self._cues, self._modifiers)
        return found + learned_relations(body, draft.mentions, draft.events, found, self._classifier, denied)


@dataclass(slots=True)
class Pipeline:
    stages: tuple[Stage, ...]
    batch_size: int

    def run(self, items: Iterable[Article | Failure]) -> Iterator[Analysis | Failure]:
        """Analyse articles batch by batch; failures pass through in order."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._run_batch(batch)

    def drafts(self, items: Iterable[Article | Failure]) -> Iterator[Draft | Failure]:
        """Like run, but each article's last draft, parses included (for training on them)."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._drafts_of(batch)

    def _run_batch(self, batch: list[Article | Failure]) -> Iterator[Analysis | Failure]:
        for result in self._drafts_of(batch):
            yield result if isinstance(result, Failure) else _finish(result)

    def _drafts_of(self, batch: list[Article | Failure]) -> list[Draft | Failure]:
        results: list[Draft | Failure] = [
            item if isinstance(item, Failure) else Draft(article=item) for item in batch
        ]
        for stage in self.stages:
            drafts = [r for r in results if isinstance(r, Draft)]
            done = iter(_run_guarded(stage, drafts)) if drafts else iter(())
            results = [r if isinstance(r, Failure) else next(done) for r in results]
        return results

    def analyse(self, article: Article) -> Analysis:
        """One article; a failure raises InputError instead of being returned."""
        result = next(self._run_batch([article]))
        if isinstance(result, Failure):
            raise InputError(ErrorCode[result.code], result.reason)
        return result


def _run_guarded(stage: Stage, drafts: list[Draft]) -> list[Draft | Failure]:
    """Run a stage on a batch; if it breaks, rerun article by article so that
    only the article that breaks it fails (E199), and the batch goes on."""
    try:
        return stage.run(drafts)
    except (FlashpointError, ValueError, KeyError, IndexError, TypeError, AttributeError):
        log.exception("stage %s failed on a batch; retrying article by article", stage.name)
    out: list[Draft | Failure] = []
    for draft in drafts:
        try:
            out += stage.run([draft])
        except (FlashpointError, ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
            reason = f"{ErrorCode.E199.value} in stage {stage.name}: {type(e).__name__}: {e}"
            out.append(Failure(draft.article.source, ErrorCode.E199.name, reason))
    return out


def _finish(draft: Draft) -> Analysis:
    assert draft.clean is not None
    return Analysis(
        draft.article,
        draft.clean,
        draft.mentions,
        draft.events,
        draft.claims,
        draft.checks,
        draft.relations,
        draft.stages,
    )


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ValueError when a stage needs something no earlier stage provides."""
    available = {"article"}
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {sorted(missing)} before it")
        available |= stage.provides


def build_pipeline(
    settings: Settings,
    *,
    parser: Parser | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
) -> Pipeline:
    """The one place stages are put together, in data-flow order."""
    gazetteer = gazetteer or load_gazetteer()
    stages: tuple[Stage, ...] = (
        CleanStage(settings),
        ParseStage(parser or Parser(settings.model, settings.batch_size)),
        ActorStage(gazetteer),
        EventStage(lexicon, settings.unresolved_sources),
        ClaimStage({**dict.fromkeys(gazetteer.us_states, "USA"), **gazetteer.cities, **gazetteer.regions}),
        RelationStage(
            lexicon, settings.learned_relation_threshold, {**gazetteer.cities, **gazetteer.regions}
        ),
    )
    check_order(stages)
    return Pipeline(stages, settings.batch_size)
