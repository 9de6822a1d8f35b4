"""Parse: the only module that loads spaCy and runs its pipeline."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from ..errors import ErrorCode, ModelError

log = logging.getLogger(__name__)

MODEL_INSTALL = "pip install -r requirements/model.txt   (or: make test / make demo)"


# spaCy keeps "U.S.-Japan" and "U.S.-made" as one token, so the country inside
# is never matched; a hyphen after an abbreviation's full stop is split off.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


# spaCy keeps "m." as an initial, so "a budget of perhaps $20m. Guatemala's army is..." stays one
# sentence; in news a lower-case "m" before a full stop is millions far more often than an initial.
NOT_ABBREVIATIONS = frozenset({"m."})


@Language.component("flashpoint_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never runs over a paragraph break: "...was with the U.S.\n\nVice Economic
    Minister Wang..." would otherwise stay one sentence after the abbreviation's full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if (previous.is_space and "\n\n" in previous.text) or "\n\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline package; a missing one is E201, not a traceback."""
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(
            ErrorCode.E201, f"{name!r} is not installed; install it with: {MODEL_INSTALL}"
        ) from e
    infixes = [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in NOT_ABBREVIATIONS}
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("flashpoint_paragraphs", before="parser")
    return nlp


@dataclass(slots=True)
class Parser:
    """Parses texts in batches with one `nlp.pipe` call; loads the model on first use."""

    model: str
    batch_size: int = 32
    _nlp: Language | None = field(default=None, repr=False)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.model)
            log.info("loaded spaCy model %s %s", self.model, self._nlp.meta.get("version"))
        return self._nlp

    def model_version(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        return list(self.nlp.pipe(texts, batch_size=self.batch_size))
