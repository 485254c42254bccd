"""One exercise card: pictures and numbered steps, the dose and the flare-day dose, options, when to stop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.core.advice import CARD_STOP_LINE
from planner.core.dosage import Dosage, describe_dosage
from planner.core.printable import PrintableItem, PrintablePlan
from planner.core.vocab import POSITION_LABELS
from planner.report.blocks import Badge, bullets, labelled, para
from planner.report.dose_tiles import dose_tiles
from planner.report.styles import (
    ACCENT,
    ACCENT_TINT,
    FLARE,
    FLARE_TINT,
    STOP,
    STOP_TINT,
    WHITE,
    Styles,
)

# (column width, most height) -> the start and end pictures laid out in that space, or None.
Pictures = Callable[[float, float], Flowable | None]

EQUIPMENT_WORDS: dict[str, str] = {
    "chair": "a firm chair", "wall": "a clear wall", "mat": "a mat or rug", "towel": "a towel",
    "band": "an exercise band", "ball": "a ball", "foam-roller": "a foam roller", "stick": "a broom handle",
    "step": "a step or stair", "bike": "an exercise bike", "pool": "a swimming pool",
}


def _you_need(equipment: tuple[str, ...]) -> str:
    words = [EQUIPMENT_WORDS[e] for e in equipment if e in EQUIPMENT_WORDS]
    if not words:
        return ""
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"You need {listed}"


def _cell_table(rows: list[list[object]], widths: list[float], commands: list[tuple]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        *commands,
    ]))
    return table


def _header(number: int, entry: PrintableItem, styles: Styles, width: float) -> Table:
    exercise = entry.exercise
    badge = Badge(str(number), styles.body_size * 1.25, fill=WHITE, ink=ACCENT)
    title = [para(exercise.name, styles.card_title)]
    where = " · ".join(x for x in (POSITION_LABELS.get(exercise.position, ""), _you_need(exercise.equipment)) if x)
    if where:
        title.append(para(where, styles.band))
    return _cell_table([[badge, title]], [badge.width + styles.gap * 0.8, None],
                       [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def _dose_box(title: str, dosage: Dosage | None, side: str, styles: Styles, width: float,
              colour: Color, tint: Color, missing: str) -> Table:
    pad = styles.gap * 0.6
    inner = width - 2 * pad
    content: list[Flowable] = [labelled(title, "", styles.subheading, colour)]
    if dosage is None:
        content.append(para(missing, styles.body))
    else:
        tiles = dose_tiles(dosage, side, styles, colour, inner)
        if tiles is not None:
            content += [tiles, Spacer(1, styles.gap * 0.4)]
        content.append(para(describe_dosage(dosage, side), styles.body))
    table = Table([[content]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), tint), ("BOX", (0, 0), (-1, -1), 1.2, colour),
        ("ROUNDEDCORNERS", [5, 5, 5, 5]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.7),
    ]))
    return table


def _side_by_side(left: Flowable, right: Flowable, width: float, gap: float, stacked: bool) -> Table:
    if stacked:
        return _cell_table([[left], [Spacer(1, gap)], [right]], [width], [])
    half = (width - gap) / 2
    return _cell_table([[left, "", right]], [half, gap, half], [])


def _stop_line(entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float) -> Table:
    exercise = entry.exercise
    lines = [labelled("Stop", CARD_STOP_LINE.removeprefix("Stop "), styles.body, STOP)]
    if exercise.caution_notes and exercise.caution_matches(plan.conditions):
        lines.append(labelled("Take care", exercise.caution_notes, styles.body, STOP))
    pad = styles.gap * 0.6
    return _cell_table([[lines]], [width], [
        ("BACKGROUND", (0, 0), (-1, -1), STOP_TINT), ("LINEBEFORE", (0, 0), (0, -1), 4, STOP),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.3),
    ])


@dataclass(frozen=True)
class _Layout:
    stacked: bool            # dose boxes and options one above the other, not side by side
    picture_height: float    # 0: no pictures


def _sections(entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
              pictures: Pictures | None, layout: _Layout) -> list[list[Flowable]]:
    """The card's body in sections; a card is only ever split between sections, as a last resort."""
    exercise, item = entry.exercise, entry.item
    gap = styles.gap
    steps = bullets(exercise.instructions, styles, numbered=True)
    # Large print puts the pictures above the steps: beside them the steps column would be too narrow.
    on_top = plan.options.large_print
    picture_width = width if on_top else width * 0.4
    drawn = pictures(picture_width, layout.picture_height) if pictures and layout.picture_height else None
    if drawn is None:
        first: list[Flowable] = [steps]
    elif on_top:
        first = [drawn, Spacer(1, gap * 0.5), steps]
    else:
        first = [_cell_table([[drawn, "", steps]], [picture_width, gap, width - picture_width - gap],
                             [("VALIGN", (0, 0), (0, 0), "MIDDLE")])]
    box_width = width if layout.stacked else (width - gap) / 2
    dose = _dose_box("How much", item.dosage, exercise.side, styles, box_width, ACCENT, ACCENT_TINT, "")
    flare = _dose_box("On a flare day", item.flare_dosage, exercise.side, styles, box_width, FLARE, FLARE_TINT,
                      "Rest this exercise on a flare day. Start again when the flare settles.")
    sections = [first, [_side_by_side(dose, flare, width, gap * (0.5 if layout.stacked else 1), layout.stacked)]]
    options = [labelled(label, tip, styles.body) for label, tip in
               (("Easier:", exercise.easier_tip), ("Harder:", exercise.harder_tip)) if tip]
    last: list[Flowable] = []
    if len(options) == 2 and not layout.stacked:
        last.append(_side_by_side(options[0], options[1], width, gap, stacked=False))
    else:
        last += options
    last += [Spacer(1, gap * 0.3), _stop_line(entry, plan, styles, width)]
    if item.note:
        who = f"Note from {plan.therapist.name}:" if plan.therapist.name else "Your therapist's note:"
        last += [Spacer(1, gap * 0.4), labelled(who, item.note, styles.body, ACCENT)]
    return [*sections, last]


def _card_table(number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
                pictures: Pictures | None, layout: _Layout) -> Table:
    pad = styles.gap * 0.8
    inner = width - 2 * pad
    sections = _sections(entry, plan, styles, inner, pictures, layout)
    table = Table([[_header(number, entry, styles, inner)], *([s] for s in sections)], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, ACCENT), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROUNDEDCORNERS", [8, 8, 8, 8]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, 0), pad * 0.5), ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 0.5),
        ("TOPPADDING", (0, 1), (-1, -1), pad * 0.7), ("BOTTOMPADDING", (0, 1), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), pad), ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ]))
    return table


def exercise_card(number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
                  page_height: float, pictures: Pictures | None, picture_height: float) -> Flowable:
    """The card, kept whole on one page: side-by-side boxes, then smaller pictures, before any split.

    Only a card taller than a whole page even without pictures is split, and then between sections.
    """
    arrangements = (True, False) if plan.options.large_print else (False,)
    for height in (picture_height, picture_height * 0.75, picture_height * 0.5, 0.0):
        for stacked in arrangements:
            card = _card_table(number, entry, plan, styles, width, pictures, _Layout(stacked, height))
            if card.wrap(width, page_height)[1] <= page_height:
                card.spaceBefore = styles.gap
                return KeepTogether([card])
    card.spaceBefore = styles.gap
    return KeepTogether([card])
