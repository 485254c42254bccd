"""Closed vocabularies shared by exercise files, assessments and plans.

Source: ../shared/clinical/EXERCISES-OUTLINE.md section 1 (categories, regions, positions, equipment,
caution and target tags) and ARCHITECTURE.md (condition tags). Condition tags and caution tags are one
vocabulary: hyphen and underscore count as the same, so every tag is kept in its hyphen form.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "mobility", "stretch", "strength", "posture", "breathing", "aerobic", "balance", "relaxation",
)

CATEGORY_LABELS: dict[str, str] = {
    "mobility": "Mobility",
    "stretch": "Stretch",
    "strength": "Strength",
    "posture": "Posture",
    "breathing": "Breathing",
    "aerobic": "Aerobic activity",
    "balance": "Balance",
    "relaxation": "Relaxation",
}

BODY_REGIONS: tuple[str, ...] = (
    "cervical", "thoracic", "lumbar", "hip", "shoulder", "whole-body", "ankle-foot", "knee",
)

REGION_LABELS: dict[str, str] = {
    "cervical": "Neck",
    "thoracic": "Upper back and ribs",
    "lumbar": "Low back",
    "hip": "Hips",
    "shoulder": "Shoulders",
    "whole-body": "Whole body",
    "ankle-foot": "Ankle and foot",
    "knee": "Knee",
}

POSITIONS: tuple[str, ...] = (
    "standing", "sitting", "lying-supine", "lying-prone", "side-lying", "four-point-kneeling", "wall",
    "kneeling",
)

POSITION_LABELS: dict[str, str] = {
    "standing": "Standing",
    "sitting": "Sitting",
    "lying-supine": "Lying on your back",
    "lying-prone": "Lying face down",
    "side-lying": "Lying on your side",
    "four-point-kneeling": "On hands and knees",
    "wall": "At a wall",
    "kneeling": "Kneeling",
}

# Positions on the floor: moving between them and standing is what makes a patient get up and down.
FLOOR_POSITIONS: frozenset[str] = frozenset(
    {"lying-supine", "lying-prone", "side-lying", "four-point-kneeling", "kneeling"}
)

EQUIPMENT: tuple[str, ...] = (
    "none", "chair", "wall", "mat", "towel", "band", "ball", "foam-roller", "stick", "step", "bike", "pool",
)

SIDES: tuple[str, ...] = ("both", "alternate", "each-side", "n/a")

CAUTION_TAGS: tuple[str, ...] = (
    "osteoporosis", "spinal-fusion", "cervical-fusion", "hip-replacement", "acute-flare",
    "balance-impaired", "high-fall-risk", "pregnancy", "shoulder-impingement", "knee-pain", "wrist-pain",
    "cardiovascular", "enthesitis-achilles", "enthesitis-plantar", "kyphosis-severe", "uveitis-not-relevant",
)

# Conditions a patient can have (ARCHITECTURE.md assessment contract). Those that are also caution
# tags exclude matching exercises; uveitis, psoriasis and ibd change the advice printed, not the choice.
CONDITIONS: tuple[str, ...] = (
    "osteoporosis", "spinal-fusion", "cervical-fusion", "hip-replacement", "uveitis", "psoriasis", "ibd",
    "pregnancy", "balance-impaired", "high-fall-risk", "cardiovascular", "shoulder-impingement",
    "knee-pain", "wrist-pain", "enthesitis-achilles", "enthesitis-plantar", "kyphosis-severe",
)

CONDITION_LABELS: dict[str, str] = {
    "osteoporosis": "Osteoporosis or osteopenia",
    "spinal-fusion": "Fused (ankylosed) spine",
    "cervical-fusion": "Fused or very stiff neck",
    "hip-replacement": "Hip replacement",
    "uveitis": "Uveitis (eye inflammation)",
    "psoriasis": "Psoriasis",
    "ibd": "Crohn's disease or colitis",
    "pregnancy": "Pregnancy",
    "balance-impaired": "Poor balance",
    "high-fall-risk": "High risk of falls",
    "cardiovascular": "Heart or circulation disease",
    "shoulder-impingement": "Painful shoulder (impingement)",
    "knee-pain": "Knee pain",
    "wrist-pain": "Wrist pain",
    "enthesitis-achilles": "Achilles enthesitis (heel)",
    "enthesitis-plantar": "Plantar enthesitis (sole of foot)",
    "kyphosis-severe": "Severe stoop (cannot lie flat)",
}

TARGET_TAGS: tuple[str, ...] = (
    "neck-rotation", "neck-side-flexion", "neck-retraction", "neck-flexion-extension", "thoracic-extension",
    "thoracic-rotation", "thoracic-side-flexion", "lumbar-flexion", "lumbar-extension", "lumbar-side-flexion",
    "lumbar-rotation", "chest-expansion", "breathing-control", "posture-kyphosis", "posture-awareness",
    "morning-stiffness", "hip-extension", "hip-flexion", "hip-rotation", "hip-abduction", "hamstring-length",
    "hip-flexor-length", "quadriceps-length", "calf-length", "achilles", "plantar-fascia",
    "hamstring-enthesitis", "shoulder-flexion", "shoulder-retraction", "pectoral-length", "scapular-control",
    "core-stability", "back-extensor-strength", "gluteal-strength", "leg-strength", "upper-body-strength",
    "balance", "falls-prevention", "cardio-fitness", "fatigue", "pain-relief", "relaxation", "sleep",
    "bone-health",
)

EVIDENCE_SOURCES: tuple[str, ...] = (
    "nass-living-well", "nass-flares", "nass-ribs", "nass-guidebook-2007", "nass-b2a", "versus-arthritis-as",
    "arthritis-research-uk-as", "nhs-leaflet-as", "nice-ng65", "nice-qs170", "millner-2016", "eular-pa-2018",
    "sveaas-2020", "bilberg-2020", "torell-2025", "masiero-2011", "ince-2006", "hsieh-2014", "webpass-2016",
    "extasi", "nolte-2021", "pontone-2022", "liang-2015", "perrotta-2019", "physiopedia-as",
    "rheumatologist-2019", "saa-posture", "pure-physio", "ttf-2014", "ssst-2022", "mayo-falls",
    "msd-achilles", "myas-feet", "wger", "exercemus",
)


def normalize_tag(tag: str) -> str:
    """One spelling for a tag: lower case, hyphens (``spinal_fusion`` == ``spinal-fusion``)."""
    return tag.strip().lower().replace("_", "-")
