"""flashpoint: reads news and codes who did what to whom.

The public API is what `__all__` lists; everything else is private and may change.
"""

from .api import Flashpoint, IngestReport, package_version
from .config import Settings, load_settings
from .errors import (
    ConfigError,
    DataError,
    ErrorCode,
    FlashpointError,
    GoldError,
    InputError,
    ModelError,
    StoreError,
)
from .records import (
    ActorMention,
    Analysis,
    Article,
    CleanText,
    Failure,
    MentionKind,
    RemovalReason,
    RemovedLine,
    Sector,
    TextField,
)
from .store import Store

__all__ = [
    "ActorMention",
    "Analysis",
    "Article",
    "CleanText",
    "ConfigError",
    "DataError",
    "ErrorCode",
    "Failure",
    "Flashpoint",
    "FlashpointError",
    "GoldError",
    "IngestReport",
    "InputError",
    "MentionKind",
    "ModelError",
    "RemovalReason",
    "RemovedLine",
    "Sector",
    "Settings",
    "Store",
    "StoreError",
    "TextField",
    "load_settings",
    "package_version",
]
