"""Draw the application icon once: a friendly red toolbox with a heart on a teal tile.

Run from the checkout (``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py``); the output
is committed in ``resources/icons/`` so neither the build nor the program ever needs this script:

- ``verktoykasse.png`` (256 px, the window icon) and ``verktoykasse-<size>.png`` for 16…1024 px
  (the Linux desktop entry and hicolor theme sizes),
- ``verktoykasse.ico`` (Windows: exe, Start menu, uninstaller; 16–256 px in one file),
- ``verktoykasse.icns`` (macOS .app bundle).

Drawn with QPainter in a 1024-unit square and scaled, so every size is sharp; the .ico and .icns are
written by Pillow from those PNGs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

TILE = QColor("#1f7a6d")  # calm teal
TILE_LIGHT = QColor("#2a9a8a")
BOX = QColor("#e4572e")  # warm toolbox red
BOX_DARK = QColor("#b8401f")
HANDLE = QColor("#2d3142")
LATCH = QColor("#f4c542")
HEART = QColor("#ffffff")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 1024, size / 1024)

    # Rounded tile, lighter at the top.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TILE)
    painter.drawRoundedRect(QRectF(32, 32, 960, 960), 200, 200)
    painter.setBrush(TILE_LIGHT)
    painter.drawRoundedRect(QRectF(32, 32, 960, 420), 200, 200)
    painter.drawRect(QRectF(32, 300, 960, 152))

    # Handle: a thick arch above the lid.
    pen = QPen(HANDLE, 64)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    handle = QPainterPath(QPointF(372, 360))
    handle.lineTo(372, 290)
    handle.quadTo(372, 230, 432, 230)
    handle.lineTo(592, 230)
    handle.quadTo(652, 230, 652, 290)
    handle.lineTo(652, 360)
    painter.drawPath(handle)

    # Body and lid.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BOX)
    painter.drawRoundedRect(QRectF(152, 350, 720, 470), 56, 56)
    painter.setBrush(BOX_DARK)
    painter.drawRoundedRect(QRectF(132, 340, 760, 150), 48, 48)
    painter.setBrush(BOX)
    painter.drawRoundedRect(QRectF(132, 330, 760, 130), 48, 48)

    # Latches.
    painter.setBrush(LATCH)
    for x in (250, 714):
        painter.drawRoundedRect(QRectF(x, 430, 60, 90), 16, 16)

    # A heart on the front: the toolbox is for including people.
    heart = QPainterPath(QPointF(512, 760))
    heart.cubicTo(QPointF(380, 670), QPointF(360, 600), QPointF(400, 560))
    heart.cubicTo(QPointF(440, 520), QPointF(500, 535), QPointF(512, 585))
    heart.cubicTo(QPointF(524, 535), QPointF(584, 520), QPointF(624, 560))
    heart.cubicTo(QPointF(664, 600), QPointF(644, 670), QPointF(512, 760))
    painter.setBrush(QBrush(HEART))
    painter.drawPath(heart)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"verktoykasse-{size}.png"))
    draw(256).save(str(OUT / "verktoykasse.png"))

    from PIL import Image

    largest = Image.open(OUT / "verktoykasse-1024.png")
    # Pillow scales the largest image for each listed size; hand-drawn small sizes go in via append_images.
    smaller = [Image.open(OUT / f"verktoykasse-{s}.png") for s in ICO_SIZES]
    smaller[-1].save(OUT / "verktoykasse.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=smaller[:-1])
    largest.save(OUT / "verktoykasse.icns")
    del app
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
