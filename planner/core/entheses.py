"""The body-chart sites (entheses and digits) and the MASES, SPARCC and Leeds enthesitis counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.errors import Problem, ValidationError

# CLINICAL.md §10. MASES: Heuft-Dorenbosch L, et al. Ann Rheum Dis 2003;62:127–132 (13 sites).
# SPARCC (16 sites, Maksymowych 2009) and LEI (6 sites, Healy & Helliwell 2008) as listed in §10.
# One anatomical site has one id, and counts towards every index that includes it.
MASES, SPARCC, LEI = "mases", "sparcc", "lei"
INDEX_LABELS: dict[str, str] = {
    MASES: "MASES (Maastricht)",
    SPARCC: "SPARCC",
    LEI: "Leeds Enthesitis Index",
}
INDEX_SIZES: dict[str, int] = {MASES: 13, SPARCC: 16, LEI: 6}
VIEWS: tuple[str, ...] = ("front", "back", "hand", "foot")


@dataclass(frozen=True)
class ChartSite:
    id: str
    label: str
    side: str                   # "left", "right" or "midline"
    view: str                   # where the chart shows it: one of VIEWS
    indices: frozenset[str]     # the enthesitis indices that count it
    kind: str = "enthesis"      # or "dactylitis" (a whole swollen finger or toe)


def _pair(base: str, label: str, view: str, *indices: str, kind: str = "enthesis") -> list[ChartSite]:
    return [ChartSite(f"{base}_{side}", f"{label}, {side}", side, view, frozenset(indices), kind)
            for side in ("left", "right")]


_FINGERS = (("thumb", "Thumb"), ("index_finger", "Index finger"), ("middle_finger", "Middle finger"),
            ("ring_finger", "Ring finger"), ("little_finger", "Little finger"))
_TOES = (("big_toe", "Big toe"), ("second_toe", "Second toe"), ("third_toe", "Third toe"),
         ("fourth_toe", "Fourth toe"), ("little_toe", "Little toe"))

CHART_SITES: tuple[ChartSite, ...] = (
    *_pair("costochondral_1", "First rib joint at the breastbone (1st costochondral)", "front", MASES),
    *_pair("costochondral_7", "Seventh rib joint at the breastbone (7th costochondral)", "front", MASES),
    *_pair("asis", "Front point of the pelvis (anterior superior iliac spine)", "front", MASES),
    *_pair("iliac_crest", "Top of the pelvis (iliac crest)", "front", MASES),
    *_pair("psis", "Back point of the pelvis (posterior superior iliac spine)", "back", MASES),
    ChartSite("l5_spinous_process", "Bony point of the 5th lumbar vertebra (L5 spinous process)",
              "midline", "back", frozenset({MASES})),
    *_pair("achilles", "Achilles tendon insertion at the heel", "back", MASES, SPARCC, LEI),
    *_pair("medial_epicondyle", "Inner elbow (medial epicondyle of the humerus)", "front", SPARCC),
    *_pair("lateral_epicondyle", "Outer elbow (lateral epicondyle of the humerus)", "back", SPARCC, LEI),
    *_pair("supraspinatus_insertion", "Top of the shoulder (supraspinatus at the greater tuberosity)",
           "front", SPARCC),
    *_pair("greater_trochanter", "Outer hip (greater trochanter)", "back", SPARCC),
    *_pair("quadriceps_insertion", "Top of the kneecap (quadriceps insertion)", "front", SPARCC),
    *_pair("patellar_ligament_insertion", "Below the kneecap (patellar ligament at patella or tibia)",
           "front", SPARCC),
    *_pair("plantar_fascia", "Sole of the heel (plantar fascia insertion)", "foot", SPARCC),
    *_pair("medial_femoral_condyle", "Inner knee (medial femoral condyle)", "front", LEI),
    *_pair("hamstring_origin", "Sitting bone (hamstring origin at the ischial tuberosity)", "back"),
    *(site for key, name in _FINGERS for site in _pair(f"dactylitis_{key}", name, "hand", kind="dactylitis")),
    *(site for key, name in _TOES for site in _pair(f"dactylitis_{key}", name, "foot", kind="dactylitis")),
)
SITES_BY_ID: dict[str, ChartSite] = {site.id: site for site in CHART_SITES}


def unknown_sites(ids: Iterable[str]) -> list[str]:
    return [site_id for site_id in ids if site_id not in SITES_BY_ID]


def _known(ids: Iterable[str]) -> set[str]:
    marked = set(ids)
    unknown = unknown_sites(sorted(marked))
    if unknown:
        raise ValidationError(Problem("entheses", f"unknown body-chart site '{s}'") for s in unknown)
    return marked


def index_count(index: str, tender_ids: Iterable[str]) -> int:
    """How many of `index`'s own sites are marked tender; other charted sites never count."""
    return sum(1 for site_id in _known(tender_ids) if index in SITES_BY_ID[site_id].indices)


def mases_count(tender_ids: Iterable[str]) -> int:
    """MASES, 0–13."""
    return index_count(MASES, tender_ids)


def sparcc_count(tender_ids: Iterable[str]) -> int:
    """SPARCC, 0–16."""
    return index_count(SPARCC, tender_ids)


def lei_count(tender_ids: Iterable[str]) -> int:
    """Leeds Enthesitis Index, 0–6."""
    return index_count(LEI, tender_ids)


def dactylitis_count(marked_ids: Iterable[str]) -> int:
    """How many fingers and toes are marked as wholly swollen (0–20)."""
    return sum(1 for site_id in _known(marked_ids) if SITES_BY_ID[site_id].kind == "dactylitis")
