"""One exercise card kept whole on a page, with the biggest start and end pictures that let it fit.

A card can put its pictures beside the steps, on top, or beside the doses, at several sizes. Rather than
build every candidate, the parts that do not depend on the pictures are measured once and each layout's
height is added up from them; only the chosen layout is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, partial

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from planner.core.printable import PrintableItem, PrintablePlan
from planner.report.blocks import bullets
from planner.report.card_parts import (
    PICTURE_COLUMN,
    Layout,
    card_padding,
    card_table,
    closing,
    dose_boxes,
    header,
    row_paddings,
)
from planner.report.styles import Styles


@dataclass(frozen=True)
class Picture:
    """The start and end drawings laid out in a given space: how tall, how big the figure came out, and how
    to build them (only the chosen layout's pictures are ever built)."""

    make: Callable[[], Flowable]
    height: float
    scale: float   # drawing units per figure unit: a bigger scale is a bigger figure


# (width, most height) -> the start and end pictures laid out in that space, or None if they do not fit.
Pictures = Callable[[float, float], Picture | None]

LEFT_PREFERENCE = 1.15        # beside the steps is kept unless elsewhere the figure comes out 15 % bigger
SHRINK_STEPS = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52, 0.45)
_TALL = 1e6


def _height(content: list[Flowable], width: float) -> float:
    """The height `content` takes in a card cell `width` wide (measured the way the card's table lays it out)."""
    cell = Table([[content]], colWidths=[width])
    cell.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return cell.wrap(width, _TALL)[1]


class _Measure:
    """Heights of one card's parts, each measured once, added up for any layout."""

    def __init__(self, number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float) -> None:
        self.entry, self.plan, self.styles = entry, plan, styles
        self.inner = width - 2 * card_padding(styles)
        self.header = _height([header(number, entry, styles, self.inner)], self.inner)
        self.paddings = sum(top + bottom for top, bottom in row_paddings(styles, 4))
        self.steps = cache(self._steps)
        self.doses = cache(self._doses)
        self.closing = cache(self._closing)

    def _steps(self, width: float) -> float:
        return _height([bullets(self.entry.exercise.instructions, self.styles, numbered=True)], width)

    def _doses(self, width: float, stacked: bool, tiles: bool) -> float:
        return _height([dose_boxes(self.entry, self.styles, width, stacked, tiles)], width)

    def _closing(self, stacked: bool) -> float:
        return _height(closing(self.entry, self.plan, self.styles, self.inner, stacked)[0], self.inner)

    def card(self, layout: Layout, picture_height: float) -> float:
        inner, gap = self.inner, self.styles.gap
        column = inner * PICTURE_COLUMN.get(layout.placement, 0) + gap
        first = self.steps(inner)
        doses = self.doses(inner, layout.stacked, layout.tiles)
        if layout.placement == "top":
            first = picture_height + gap * 0.5 + first
        elif layout.placement == "left":
            first = max(picture_height, self.steps(inner - column))
        elif layout.placement == "doses":
            doses = max(picture_height, self.doses(inner - column, True, layout.tiles))
        return self.header + first + doses + self.closing(layout.stacked) + self.paddings


def _candidates(pictures: Pictures | None, measure: _Measure, picture_height: float) -> list[tuple[str, Picture]]:
    """Where the pictures could go and at what size, biggest drawing first (beside the steps slightly preferred).

    Normal print keeps every card's figures at one size. Large print makes them as big as the page allows:
    beside the steps or the doses they may be as tall as their neighbour at no cost.
    """
    if pictures is None:
        return []
    inner, gap = measure.inner, measure.styles.gap
    free = {"left": 0.0, "doses": 0.0, "top": 0.0}
    if measure.plan.options.large_print:
        free["left"] = measure.steps(inner * (1 - PICTURE_COLUMN["left"]) - gap)
        free["doses"] = measure.doses(inner * (1 - PICTURE_COLUMN["doses"]) - gap, True, True)
    found: list[tuple[float, str, Picture]] = []
    for placement in ("left", "top", "doses"):
        heights = sorted({*(picture_height * f for f in SHRINK_STEPS), free[placement]} - {0.0}, reverse=True)
        for height in heights:
            picture = pictures(inner * PICTURE_COLUMN[placement], height)
            if picture is not None:
                preference = LEFT_PREFERENCE if placement == "left" else 1.0
                found.append((picture.scale * preference, placement, picture))
    found.sort(key=lambda f: -f[0])
    return [(placement, picture) for _, placement, picture in found]


@dataclass(frozen=True)
class Card:
    """A built card: the flowable, its height, and how big its figures came out (0: none)."""

    flowable: Flowable
    height: float
    picture_scale: float


class CardMaker:
    """Builds one exercise's card to fit a given height; measurements and picture candidates are shared
    between calls, so asking again for a smaller card (to share a page) costs little."""

    def __init__(self, number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
                 pictures: Pictures | None, picture_height: float) -> None:
        self.number, self.entry, self.plan, self.styles, self.width = number, entry, plan, styles, width
        self.measure = _Measure(number, entry, plan, styles, width)
        arrangements = (True, False) if plan.options.large_print else (False,)
        self.layouts: list[tuple[Layout, Picture | None]] = []
        for placement, picture in _candidates(pictures, self.measure, picture_height):
            # A bigger picture is worth more than the dose tiles, which only repeat the words in figures.
            self.layouts += [(Layout(stacked, placement, tiles=tiles), picture)
                             for stacked in arrangements for tiles in (True, False)]
        self.layouts += [(Layout(stacked), None) for stacked in arrangements] + [(Layout(False, tiles=False), None)]

    def card(self, page_height: float) -> Card:
        """The card, kept whole in `page_height`: the biggest pictures that let it fit, side-by-side boxes if
        needed, and as a last resort the dose in words only. A card taller than a page even then is split
        between steps or sections, its header repeated on the next page.
        """
        build = partial(card_table, self.number, self.entry, self.plan, self.styles, self.width)
        for layout, picture in self.layouts:
            if self.measure.card(layout, picture.height if picture else 0.0) > page_height:
                continue
            table = build(replace(layout, picture=picture.make()) if picture else layout)
            height = table.wrap(self.width, page_height)[1]
            if height <= page_height:   # the gap above a card goes at a page top
                return self._card(table, height, picture.scale if picture else 0.0)
        table = build(Layout(True, tiles=False, row_per_step=True))
        return self._card(table, table.wrap(self.width, page_height)[1], 0.0)

    def _card(self, table: Table, height: float, scale: float) -> Card:
        table.spaceBefore = self.styles.gap
        return Card(KeepTogether([table]), height, scale)


def exercise_card(number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float,
                  page_height: float, pictures: Pictures | None, picture_height: float) -> Card:
    """The card for one exercise, as big as fits in `page_height` (see CardMaker.card)."""
    return CardMaker(number, entry, plan, styles, width, pictures, picture_height).card(page_height)
