"""Claims: quantities bound to actors and attributes, and their consistency."""

from .consistency import check_claims
from .extract import ClaimExtractor

__all__ = ["ClaimExtractor", "check_claims"]
