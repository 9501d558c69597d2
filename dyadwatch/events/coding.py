"""From a trigger's coding to the most specific CAMEO code the sentence supports, and back.

Complements refine speech-act codes ("demanded the release of" -> 1053 REQUEST yield),
weapon words refine ASSAULT, and intent conversions follow the annotation guidelines: a
promise to help is AGREE, an announced coercive step is THREATEN, a refused one is REJECT.
"""

from __future__ import annotations

from ..codebooks import cameo_codes, cameo_goldstein
from .lexicon import Coding

COOPERATIVE = frozenset({"AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "AGREE"})
COERCIVE = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

# Speech-act type -> complement type -> (CAMEO code, mode)
_COMPLEMENT: dict[str, dict[str, tuple[str, str | None]]] = {
    "AGREE": {"AID": ("033", None), "COOPERATE": ("031", None), "SUPPORT": ("032", None),
              "CONSULT": ("036", None), "CONCEDE": ("035", None), "RETREAT": ("035", None)},
    "REQUEST": {"AID": ("103", "assist"), "COOPERATE": ("101", "assist"),
                "SUPPORT": ("102", "assist"), "CONSULT": ("106", "meet"),
                "AGREE": ("107", "meet"), "CONCEDE": ("105", "yield"),
                "RETREAT": ("105", "yield"), "PROTEST": ("104", "change"),
                "SANCTION": ("100", "change"), "COERCE": ("100", "change"),
                "ASSAULT": ("1056", "yield"), "REJECT": ("104", "change")},
    "REJECT": {"AID": ("122", "assist"), "COOPERATE": ("121", "assist"),
               "CONSULT": ("125", "meet"), "AGREE": ("127", "meet"),
               "CONCEDE": ("124", "change"), "RETREAT": ("1243", "yield"),
               "REQUEST": ("120", None), "SUPPORT": ("121", "assist")},
    "THREATEN": {"SANCTION": ("1312", "restrict"), "COERCE": ("132", "restrict"),
                 "ASSAULT": ("138", "violence"), "MOBILIZE": ("138", "violence"),
                 "PROTEST": ("133", "relations"), "REJECT": ("131", "relations"),
                 "RETREAT": ("1313", "relations")},
}
# Appeals (02x) use the parallel codes of demands (10x).
_APPEAL_FROM_DEMAND = {"103": "023", "101": "021", "102": "022", "106": "026", "107": "027",
                       "105": "025", "104": "024", "100": "020", "1056": "0256"}
_REQUEST_MODE_BY_COMPLEMENT_MODE = {("RETREAT", "release"): ("1053", "yield"),
                                    ("RETREAT", "withdraw"): ("1056", "yield"),
                                    ("RETREAT", "resign"): ("1041", "change"),
                                    ("CONCEDE", None): ("105", "yield")}
_THREAT_BY_MODE = {"arrest": ("132", "arrest"), "ban": ("1322", "restrict"),
                   "curfew": ("1323", "restrict"), "martial-law": ("1324", "restrict"),
                   "expel": ("136", "expel"), "deport": ("132", "expel"),
                   "withdraw": ("1313", "relations"), "discontinue": ("1311", "relations"),
                   "seize": ("1382", "territory"), "restrict": ("132", "restrict")}
# Weapon and manner words on an ASSAULT trigger -> (CAMEO code, mode)
ASSAULT_MODIFIERS: dict[str, tuple[str, str | None]] = {
    "bomb": ("183", "explosives"), "explosive": ("183", "explosives"),
    "car": ("1832", "explosives"), "roadside": ("1833", "explosives"),
    "suicide": ("1831", "suicide-attack"), "grenade": ("183", "explosives"),
    "ied": ("1833", "explosives"), "mine": ("183", "explosives"),
    "rocket": ("194", "heavy-weapons"), "missile": ("194", "heavy-weapons"),
    "artillery": ("194", "heavy-weapons"), "mortar": ("194", "heavy-weapons"),
    "tank": ("194", "heavy-weapons"), "shell": ("194", "heavy-weapons"),
    "air": ("195", "aerial"), "aerial": ("195", "aerial"), "airstrike": ("195", "aerial"),
    "aircraft": ("195", "aerial"), "helicopter": ("195", "aerial"), "jet": ("195", "aerial"),
    "warplane": ("195", "aerial"), "drone": ("1952", "drone"),
    "gun": ("193", "firearms"), "gunman": ("193", "firearms"), "rifle": ("193", "firearms"),
    "gunfire": ("193", "firearms"), "sniper": ("193", "firearms"),
    "knife": ("182", "primitive"), "machete": ("182", "primitive"),
    "stone": ("182", "primitive"), "chemical": ("2041", "unconventional"),
    "nerve": ("2041", "unconventional"), "terror": ("180", None),
}
_THREAT_MODE_BY_TYPE = {"SANCTION": ("1312", "restrict"), "COERCE": ("132", "restrict"),
                        "ASSAULT": ("138", "violence"), "MOBILIZE": ("138", "violence")}
_AGREE_BY_TYPE = {"AID": "033", "COOPERATE": "031", "SUPPORT": "032", "CONCEDE": "035",
                  "RETREAT": "035", "AGREE": "030"}


def refine_by_complement(coding: Coding, inner: Coding) -> Coding:
    """Code of a speech act from what it is about ("demand the release" -> 1053)."""
    table = _COMPLEMENT.get(coding.type)
    if table is None or len(coding.cameo) > 3 and coding.cameo[:3] not in ("020", "100"):
        return coding
    if coding.type == "AGREE" and inner.type == "THREATEN":
        return inner  # "vowed that Israel would pay a heavy price": the vow is the threat
    if coding.type == "THREATEN" and inner.type in COERCIVE | {"PROTEST"} or \
            coding.type == "AGREE" and inner.type in COERCIVE:
        # "threatened to shell", "vowed to fight": a threat of what is named
        return as_intent(inner) or coding
    mode: str | None
    if coding.type == "REQUEST" and (inner.type, inner.mode) in _REQUEST_MODE_BY_COMPLEMENT_MODE:
        code, mode = _REQUEST_MODE_BY_COMPLEMENT_MODE[(inner.type, inner.mode)]
    elif inner.type in table:
        code, new_mode = table[inner.type]
        mode = new_mode if new_mode is not None or coding.type != "AGREE" else coding.mode
    else:
        return coding
    if coding.type == "REQUEST" and coding.cameo.startswith("02"):
        code = _APPEAL_FROM_DEMAND.get(code, "020")
    if coding.type == "AGREE" and coding.cameo not in ("030", "032"):
        return coding
    return Coding(coding.type, mode if mode is not None else coding.mode, code)


def as_intent(coding: Coding) -> Coding | None:
    """An announced own action as the guidelines code it: AGREE or THREATEN (None: keep)."""
    if coding.type in COOPERATIVE and coding.mode != "resign":
        code = _AGREE_BY_TYPE[coding.type]
        if coding.type == "RETREAT" and coding.mode == "release":
            code = "0353"
        elif coding.type == "RETREAT" and coding.mode in ("withdraw", "ceasefire", "disarm"):
            code = "0356"
        return Coding("AGREE", None, code if coding.type != "AGREE" else coding.cameo)
    if coding.type == "MOBILIZE":
        return None  # "will deploy police officers to Haiti": a planned deployment, no threat
    if coding.type == "THREATEN":
        return coding  # "Seoul would respond": announcing a response is the threat
    if coding.type in COERCIVE:
        if coding.cameo == "192":
            return Coding("THREATEN", "territory", "1382")  # "vowed to take control of"
        if coding.cameo == "163":
            return Coding("THREATEN", "restrict", "1312")
        if coding.mode in _THREAT_BY_MODE:
            code, mode = _THREAT_BY_MODE[coding.mode]
        else:
            code, mode = _THREAT_MODE_BY_TYPE[coding.type]
        return Coding("THREATEN", mode, code)
    if coding.type == "PROTEST":
        return Coding("THREATEN", "relations", "133")
    return None


def as_refusal(coding: Coding) -> Coding | None:
    """A negated promise or concession as a refusal: REJECT (None: stays negated)."""
    if coding.type in ("AGREE", "CONCEDE", "RETREAT", "SUPPORT"):
        return refine_by_complement(Coding("REJECT", None, "120"), coding) \
            if coding.type != "AGREE" else Coding("REJECT", None, "120")
    return None


def as_request(inner: Coding) -> Coding:
    """What a speaker says another party must do, as a REQUEST ("X said Y must return ...")."""
    return refine_by_complement(Coding("REQUEST", None, "100"), inner)


def cameo_fields(code: str) -> tuple[float | None, int | None]:
    """Goldstein score and QuadClass of a CAMEO code, from the packaged codebook."""
    entry = cameo_codes().get(code)
    quad = entry.quad_class if entry is not None else None
    if quad is None and code[:2] in cameo_codes():
        quad = cameo_codes()[code[:2]].quad_class
    return cameo_goldstein(code), quad
