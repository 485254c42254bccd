"""The parts of an exercise card: header band, steps with pictures, dose boxes, options, stop line, note."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

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

# Share of the card's width the pictures take beside the steps, on top, or beside the stacked doses.
PICTURE_COLUMN = {"left": 0.42, "top": 1.0, "doses": 0.45}

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


def cell_table(rows: list[list[object]], widths: list[float], commands: list[tuple]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        *commands,
    ]))
    return table


def header(number: int, entry: PrintableItem, styles: Styles, width: float) -> Table:
    exercise = entry.exercise
    badge = Badge(str(number), styles.body_size * 1.25, fill=WHITE, ink=ACCENT)
    title = [para(exercise.name, styles.card_title)]
    where = " · ".join(x for x in (POSITION_LABELS.get(exercise.position, ""), _you_need(exercise.equipment)) if x)
    if where:
        title.append(para(where, styles.band))
    return cell_table([[badge, title]], [badge.width + styles.gap * 0.8, None],
                       [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def _dose_content(title: str, dosage: Dosage | None, side: str, styles: Styles, inner: float, colour: Color,
                  missing: str, with_tiles: bool) -> list[Flowable]:
    content: list[Flowable] = [labelled(title, "", styles.subheading, colour)]
    if dosage is None:
        return [*content, para(missing, styles.body)]
    tiles = dose_tiles(dosage, side, styles, colour, inner) if with_tiles else None
    if tiles is not None:
        content += [tiles, Spacer(1, styles.gap * 0.4)]
    return [*content, para(describe_dosage(dosage, side), styles.body)]


def dose_boxes(entry: PrintableItem, styles: Styles, width: float, stacked: bool, with_tiles: bool) -> Table:
    """'How much' and 'On a flare day' in two tinted boxes, side by side at one height, or stacked."""
    exercise, item = entry.exercise, entry.item
    gap = styles.gap * (0.5 if stacked else 1)
    box_width = width if stacked else (width - gap) / 2
    pad = styles.gap * 0.6
    contents = [
        _dose_content("How much", item.dosage, exercise.side, styles, box_width - 2 * pad, ACCENT, "", with_tiles),
        _dose_content("On a flare day", item.flare_dosage, exercise.side, styles, box_width - 2 * pad, FLARE,
                      "Rest this exercise on a flare day. Start again when the flare settles.", with_tiles),
    ]
    height = None
    if not stacked:
        height = max(sum(f.wrap(box_width - 2 * pad, 1e6)[1] + f.getSpaceAfter() for f in c) for c in contents)
        height += pad * 1.2
    boxes = []
    for content, colour, tint in zip(contents, (ACCENT, FLARE), (ACCENT_TINT, FLARE_TINT), strict=True):
        box = Table([[content]], colWidths=[box_width], rowHeights=[height])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), tint), ("BOX", (0, 0), (-1, -1), 1.2, colour),
            ("ROUNDEDCORNERS", [5, 5, 5, 5]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.7),
        ]))
        boxes.append(box)
    return _side_by_side(boxes[0], boxes[1], width, gap, stacked)


def _side_by_side(left: Flowable, right: Flowable, width: float, gap: float, stacked: bool) -> Table:
    if stacked:
        return cell_table([[left], [Spacer(1, gap)], [right]], [width], [])
    half = (width - gap) / 2
    return cell_table([[left, "", right]], [half, gap, half], [])


def _stop_line(entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float) -> Table:
    exercise = entry.exercise
    lines = [labelled("Stop", CARD_STOP_LINE.removeprefix("Stop "), styles.body, STOP)]
    if exercise.caution_notes and exercise.caution_matches(plan.conditions):
        lines.append(labelled("Take care", exercise.caution_notes, styles.body, STOP))
    pad = styles.gap * 0.6
    return cell_table([[lines]], [width], [
        ("BACKGROUND", (0, 0), (-1, -1), STOP_TINT), ("LINEBEFORE", (0, 0), (0, -1), 4, STOP),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.3),
    ])


@dataclass(frozen=True)
class Layout:
    stacked: bool                    # dose boxes and options one above the other, not side by side
    placement: str = "none"          # pictures "left" of the steps, on "top", beside the "doses", or "none"
    picture: Flowable | None = None
    tiles: bool = True               # the dose in figures as well as words (words alone take less room)
    row_per_step: bool = False       # last resort for a card taller than a page: it may split between steps


def _sections(entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
              layout: Layout) -> list[list[Flowable]]:
    """The card's body in sections (table rows); a card is only ever split between rows, as a last resort."""
    exercise, gap = entry.exercise, styles.gap
    if layout.row_per_step:
        steps = [[bullets([step], styles, numbered=True, first=n)] for n, step in enumerate(exercise.instructions, 1)]
        return [*steps, [dose_boxes(entry, styles, width, True, False)], *closing(entry, plan, styles, width, True)]
    steps = bullets(exercise.instructions, styles, numbered=True)
    picture, column = layout.picture, width * PICTURE_COLUMN.get(layout.placement, 0)
    first: list[Flowable] = [steps]
    if picture is not None and layout.placement == "top":
        first = [picture, Spacer(1, gap * 0.5), steps]
    elif picture is not None and layout.placement == "left":
        first = [cell_table([[picture, "", steps]], [column, gap, width - column - gap],
                             [("VALIGN", (0, 0), (0, 0), "MIDDLE")])]
    if picture is not None and layout.placement == "doses":   # the doses stack in the other column
        doses: Flowable = cell_table(
            [[picture, "", dose_boxes(entry, styles, width - column - gap, True, layout.tiles)]],
            [column, gap, width - column - gap], [("VALIGN", (0, 0), (0, 0), "MIDDLE")])
    else:
        doses = dose_boxes(entry, styles, width, layout.stacked, layout.tiles)
    return [first, [doses], *closing(entry, plan, styles, width, layout.stacked)]


def closing(entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
             stacked: bool) -> list[list[Flowable]]:
    """Easier and harder, the stop line, and the therapist's note."""
    exercise, item, gap = entry.exercise, entry.item, styles.gap
    options = [labelled(label, tip, styles.body) for label, tip in
               (("Easier:", exercise.easier_tip), ("Harder:", exercise.harder_tip)) if tip]
    last: list[Flowable] = []
    if len(options) == 2 and not stacked:
        last.append(_side_by_side(options[0], options[1], width, gap, stacked=False))
    else:
        last += options
    last += [Spacer(1, gap * 0.3), _stop_line(entry, plan, styles, width)]
    if item.note:
        who = f"Note from {plan.therapist.name}:" if plan.therapist.name else "Your therapist's note:"
        last += [Spacer(1, gap * 0.4), labelled(who, item.note, styles.body, ACCENT)]
    return [last]


def card_padding(styles: Styles) -> float:
    return styles.gap * 0.65


def row_paddings(styles: Styles, rows: int) -> list[tuple[float, float]]:
    """(top, bottom) padding of each row of a card: the header band, then its sections."""
    pad = card_padding(styles)
    paddings = [(pad * 0.5, pad * 0.5)]
    for row in range(1, rows):
        paddings.append((pad if row == 1 else pad * 0.7, pad if row == rows - 1 else 0.0))
    return paddings


def card_table(number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
               layout: Layout) -> Table:
    pad = card_padding(styles)
    inner = width - 2 * pad
    sections = _sections(entry, plan, styles, inner, layout)
    # The header row repeats if a card ever has to continue on the next page.
    table = Table([[header(number, entry, styles, inner)], *([s] for s in sections)], colWidths=[width],
                  repeatRows=1)
    paddings = [command for row, (top, bottom) in enumerate(row_paddings(styles, len(sections) + 1))
                for command in (("TOPPADDING", (0, row), (-1, row), top),
                                ("BOTTOMPADDING", (0, row), (-1, row), bottom))]
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, ACCENT), ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROUNDEDCORNERS", [8, 8, 8, 8]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad), *paddings,
    ]))
    return table
