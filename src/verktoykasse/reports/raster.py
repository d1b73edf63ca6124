"""A chart of the report (a reportlab ``Drawing``) as a PNG picture, for the Word file.

reportlab's own bitmap renderer needs Cairo, which has no wheels; the charts use a handful of shapes
(rectangles, lines, dashed lines, polylines, circles and strings in DejaVu Sans), so they are drawn here
with Pillow, which reportlab already brings. The same drawing as in the PDF, so a change to a chart shows
in both.
"""

from __future__ import annotations

import io
from functools import cache
from itertools import pairwise

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SCALE = 2  # pixels per point: 144 dots an inch, sharp on screen and on paper at the size Word shows it


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` after ``n`` (reportlab's order: a group's transform applies inside its parent's)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


@cache
def _font(name: str, size: float):
    from PIL import ImageFont

    from verktoykasse.reports import styles as st
    from verktoykasse.resources import resource_path

    file_name = st.FONT_FILES.get(name, st.FONT_FILES[st.FONT])
    return ImageFont.truetype(str(resource_path("fonts", file_name)), max(1, round(size * SCALE)))


def _colour(value) -> tuple[int, int, int] | None:
    if value is None:
        return None
    alpha = getattr(value, "alpha", 1)
    if alpha is not None and alpha <= 0:
        return None
    return (round(value.red * 255), round(value.green * 255), round(value.blue * 255))


class _Painter:
    def __init__(self, width: float, height: float) -> None:
        from PIL import Image, ImageDraw

        self.height = height
        self.image = Image.new("RGB", (max(1, round(width * SCALE)), max(1, round(height * SCALE))), "white")
        self.draw = ImageDraw.Draw(self.image)

    def point(self, matrix: Matrix, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * SCALE, (self.height - py) * SCALE

    def width(self, shape, matrix: Matrix) -> int:
        scale = (abs(matrix[0]) + abs(matrix[3])) / 2 or 1
        return max(1, round((getattr(shape, "strokeWidth", 1) or 1) * scale * SCALE))

    def line(self, points: list[tuple[float, float]], colour, width: int, dashes) -> None:
        if colour is None or len(points) < 2:
            return
        if not dashes:
            self.draw.line(points, fill=colour, width=width, joint="curve")
            return
        on, off = (d * SCALE for d in (list(dashes) * 2)[:2])
        for (x1, y1), (x2, y2) in pairwise(points):
            length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
            step = 0.0
            while step < length:
                end = min(step + on, length)
                self.draw.line(
                    [
                        (x1 + (x2 - x1) * step / length, y1 + (y2 - y1) * step / length),
                        (x1 + (x2 - x1) * end / length, y1 + (y2 - y1) * end / length),
                    ],
                    fill=colour,
                    width=width,
                )
                step = end + off

    def shape(self, shape, matrix: Matrix) -> None:
        from reportlab.graphics import shapes

        if isinstance(shape, shapes.Group):
            inner = _multiply(matrix, tuple(shape.transform))  # type: ignore[arg-type]
            for child in shape.contents:
                self.shape(child, inner)
            return
        stroke = _colour(getattr(shape, "strokeColor", None))
        fill = _colour(getattr(shape, "fillColor", None))
        dashes = getattr(shape, "strokeDashArray", None)
        if isinstance(shape, shapes.Rect):
            corners = [
                self.point(matrix, shape.x, shape.y),
                self.point(matrix, shape.x + shape.width, shape.y + shape.height),
            ]
            (x1, y1), (x2, y2) = corners
            box = [min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)]
            self.draw.rectangle(
                box, fill=fill, outline=stroke, width=self.width(shape, matrix) if stroke else 0
            )
        elif isinstance(shape, shapes.Line):
            ends = [self.point(matrix, shape.x1, shape.y1), self.point(matrix, shape.x2, shape.y2)]
            self.line(ends, stroke, self.width(shape, matrix), dashes)
        elif isinstance(shape, shapes.Circle):
            x, y = self.point(matrix, shape.cx, shape.cy)
            r = shape.r * SCALE * ((abs(matrix[0]) + abs(matrix[3])) / 2 or 1)
            box = [x - r, y - r, x + r, y + r]
            self.draw.ellipse(
                box, fill=fill, outline=stroke, width=self.width(shape, matrix) if stroke else 0
            )
        elif isinstance(shape, shapes.Polygon):
            points = [
                self.point(matrix, *shape.points[i : i + 2]) for i in range(0, len(shape.points) - 1, 2)
            ]
            if len(points) > 2:
                self.draw.polygon(points, fill=fill, outline=stroke)
        elif isinstance(shape, shapes.PolyLine):
            points = [
                self.point(matrix, *shape.points[i : i + 2]) for i in range(0, len(shape.points) - 1, 2)
            ]
            self.line(points, stroke, self.width(shape, matrix), dashes)
        elif isinstance(shape, shapes.String):
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
            font = _font(shape.fontName, shape.fontSize * ((abs(matrix[0]) + abs(matrix[3])) / 2 or 1))
            self.draw.text(
                self.point(matrix, shape.x, shape.y),
                shape.text,
                fill=fill or (0, 0, 0),
                font=font,
                anchor=anchor,
            )


def drawing_png(drawing) -> bytes:
    """The drawing as a PNG at ``SCALE`` pixels per point, on white."""
    painter = _Painter(drawing.width, drawing.height)
    matrix = tuple(getattr(drawing, "transform", IDENTITY))
    for shape in drawing.contents:
        painter.shape(shape, matrix)  # type: ignore[arg-type]
    buffer = io.BytesIO()
    painter.image.save(buffer, "PNG", compress_level=1)  # a chart is mostly white: fast is small enough
    return buffer.getvalue()
