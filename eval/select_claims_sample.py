"""Pick the articles for the claims-and-relations gold set, by a fixed rule.

The rule looks only at surface words, never at flashpoint's output, so the sample
is not biased toward what the extractor already handles. Run from the repo root:

    python eval/select_claims_sample.py ../shared/corpora > sample.txt
    python eval/select_claims_sample.py ../shared/corpora --wanted 10 --exclude tests/gold

`--exclude DIR` leaves out every article already in a claims-relations gold file
there (and wire stories repeating an annotated one's title), so a new blind file
never repeats an annotated article.

Wikinews: articles of 100-1200 words. Every one with a quantity cue (money,
killed, arrested, charged, troops, per cent) and a cue of a standing relation
(ally, rival, tension, relations, dispute, condemn) is taken, since such articles
are rare; the sample is filled up from those with at least two quantity cues. Once
those pools are used up, articles with a relation cue alone come next, then those
with a single quantity cue. Reuters: stories of
120-700 words that mention credit, aid, loan or trade with a figure in dollars or
"mln"/"billion" and at least two of a fixed list of country names. Once those are
used up (`--tier political`), stories of 120-900 words naming two of those
countries with at least two words of conflict or alignment (war, attack, troops,
sanctions, retaliation, ally, rival, tension, condemn...); with that tier,
Wikinews gives its articles of 100-1200 words naming two of a list of today's
states with two such words. In each corpus
every qualifying article is numbered in file order and every k-th one is taken so
that the sample spreads over the whole file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

QUANTITY_CUES = re.compile(
    r"\$\s?\d|\b\d[\d,.]*\s*(?:million|billion|people|killed|dead|arrested|charged|troops|soldiers|per ?cent|%)"
    r"|\b(?:killed|arrested|charged)\b",
    re.IGNORECASE,
)
RELATION_CUES = re.compile(
    r"\b(?:all(?:y|ies|iance)|rival(?:s|ry)?|tensions?|relations|dispute|condemn(?:s|ed)?|hostil\w+|friendly)\b",
    re.IGNORECASE,
)
POLITICAL_CUES = re.compile(
    r"\b(?:all(?:y|ies|iance)|rival(?:s|ry)?|tensions?|hostil\w+|condemn\w*|attack\w*|war|sanctions?"
    r"|retaliat\w+|troops|military|clash\w*)\b",
    re.IGNORECASE,
)
MONEY_CUES = re.compile(
    r"\b(?:credit|aid|loan|trade)\b.{0,200}?\b\d[\d.,]*\s*(?:mln|billion|dlrs)", re.I | re.S
)


def _articles(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def _words(text: str) -> int:
    return len(text.split())


def _quantity_cues(article: dict) -> int:
    return len(QUANTITY_CUES.findall(article["text"])) if 100 <= _words(article["text"]) <= 1200 else 0


def _long_enough(article: dict) -> bool:
    return 100 <= _words(article["text"]) <= 1200


def wikinews_sample(articles: list[dict], wanted: int) -> list[dict]:
    related = [a for a in articles if _quantity_cues(a) >= 1 and RELATION_CUES.search(a["text"])]
    rest = [a for a in articles if _quantity_cues(a) >= 2 and a not in related]
    chosen = related[:wanted] + spread(rest, wanted - len(related[:wanted]))
    # fallback tiers, reached only when the pools above are used up
    relation_only = [
        a for a in articles if _long_enough(a) and RELATION_CUES.search(a["text"]) and a not in chosen
    ]
    chosen += relation_only[: wanted - len(chosen)]
    one_quantity = [a for a in articles if _quantity_cues(a) == 1 and a not in chosen]
    chosen += spread(one_quantity, wanted - len(chosen)) if len(chosen) < wanted else []
    return sorted(chosen, key=lambda a: int(a["id"].split("-")[1]))


_COUNTRY_NAMES = re.compile(
    r"\b(?:Japan|United States|U\.S\.|Britain|France|West Germany|Italy|Canada|Brazil|Mexico|Argentina|"
    r"China|Soviet Union|India|Egypt|Iran|Iraq|Saudi Arabia|Kuwait|Nigeria|Indonesia|Philippines|"
    r"Australia|South Korea|Taiwan|Pakistan|Turkey|Poland|Yugoslavia|Venezuela|Peru|Chile|Israel|"
    r"Jordan|Syria)\b"
)


def reuters_qualifies(article: dict) -> bool:
    text = article["text"]
    named = set(_COUNTRY_NAMES.findall(text))
    return 120 <= _words(text) <= 700 and MONEY_CUES.search(text) is not None and len(named) >= 2


def reuters_political(article: dict) -> bool:
    text = article["text"]
    named = set(_COUNTRY_NAMES.findall(text))
    return 120 <= _words(text) <= 900 and len(named) >= 2 and len(POLITICAL_CUES.findall(text)) >= 2


# Wikinews names today's states; this list is only for its political tier
_TODAYS_COUNTRIES = re.compile(
    r"\b(?:Iran|Iraq|Israel|Syria|Russia|China|United States|U\.S\.|Turkey|India|Pakistan|Ukraine|"
    r"Saudi Arabia|North Korea|South Korea|Japan|Afghanistan|Libya|Venezuela|Egypt|Germany|France|"
    r"United Kingdom|UK)\b"
)


def wikinews_political(article: dict) -> bool:
    text = article["text"]
    named = set(_TODAYS_COUNTRIES.findall(text))
    return _long_enough(article) and len(named) >= 2 and len(POLITICAL_CUES.findall(text)) >= 2


def spread(items: list[dict], wanted: int) -> list[dict]:
    step = max(1, len(items) // wanted)
    return items[::step][:wanted]


def annotated_ids(gold_dir: Path | None) -> set[str]:
    if gold_dir is None:
        return set()
    return {
        json.loads(line)["id"]
        for path in gold_dir.glob("claims-relations-*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def main(corpora: Path, wanted: int = 20, exclude: Path | None = None, tier: str = "money") -> None:
    done = annotated_ids(exclude)
    fresh = [a for a in _articles(corpora / "wikinews-2019-2020.jsonl.gz") if a["id"] not in done]
    if tier == "political":  # the cue tiers are used up: the same rule as the Reuters pool
        wikinews = [a for a in fresh if wikinews_political(a)][:wanted]
    else:
        wikinews = wikinews_sample(fresh, wanted)
    every_reuters = list(_articles(corpora / "reuters21578.jsonl.gz"))
    # the wire repeats stories under new ids: a repeat of an annotated one is no fresh article
    done_titles = {a["title"] for a in every_reuters if a["id"] in done}
    reuters = [
        a
        for a in every_reuters
        if QUALIFIES[tier](a) and a["id"] not in done and a["title"] not in done_titles
    ]
    print(f"# reuters qualifying: {len(reuters)}", file=sys.stderr)
    for article in wikinews + spread(reuters, wanted):
        print(article["id"], article["published"], article["title"], sep="\t")


QUALIFIES = {"money": reuters_qualifies, "political": reuters_political}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--wanted", type=int, default=20, help="articles per corpus")
    parser.add_argument("--exclude", type=Path, help="gold directory whose articles are left out")
    parser.add_argument("--tier", choices=sorted(QUALIFIES), default="money", help="Reuters pool")
    args = parser.parse_args()
    main(args.corpora, args.wanted, args.exclude, args.tier)
