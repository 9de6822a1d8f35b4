"""Events: code sentences into PLOVER/CAMEO events with modality, dates, attribution."""

from .code import EventCoder
from .lexicon import Lexicon, load_lexicon

__all__ = ["EventCoder", "Lexicon", "load_lexicon"]
