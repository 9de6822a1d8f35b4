"""Verbal events about acts: agreeing to, threatening, refusing, demanding them.

CAMEO codes "agreed to buy arms" as an expression of intent (03), "threatened
to cut off aid" as a threat (13), "refused to deploy" as a rejection (12) and
"X must cooperate" as a demand (10), each in the family of the act concerned.
"""

from __future__ import annotations

# CAMEO codes voiced intentions take, by the code family of the act intended.
AGREE_CODES = {"06": "031", "07": "033", "04": "036", "08": "035", "05": "032"}
REJECT_CODES = {"06": "121", "07": "122", "04": "125", "08": "124", "03": "120", "05": "120"}
THREAT_CODES = {
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "16": "131",
    "17": "132",
    "173": "137",
    "14": "133",
    "15": "138",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1385",
}
DEMAND_CODES = {"06": "101", "07": "103", "04": "106", "08": "105", "05": "102", "03": "102"}
VERBAL_KINDS = {"agree", "threaten", "refuse"}
# Verbal and material cooperation, and appeals (02), which are not hostile acts.
COOPERATIVE_ROOTS = {"01", "02", "03", "04", "05", "06", "07", "08"}


def verbal_code(kind: str, code: str) -> str:
    """The CAMEO code of agreeing to, threatening or refusing the act `code`."""
    root = code[:2]  # "" for an act the lexicon does not know: the general code
    if kind == "agree":
        return AGREE_CODES.get(root, "030")
    if kind == "refuse":
        return REJECT_CODES.get(root, "120")
    return THREAT_CODES.get(code[:3], THREAT_CODES.get(root, "130"))
