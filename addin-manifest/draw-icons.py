#!/usr/bin/env python3
"""Draws the add-in icons (a speech bubble with a heart) as PNG files in assets/.

icon-N.png are the coloured icons (the XML manifest uses 16 to 128, the unified manifest 192 as its
"color" icon); outline-32.png is the unified manifest's "outline" icon: white on transparent.

Run `python3 addin-manifest/draw-icons.py` after changing the drawing; the output is
deterministic, so unchanged drawings give byte-identical files. Standard library only.
"""
import os
import struct
import zlib

SIZES = (16, 32, 64, 80, 128, 192)
OUTLINE_SIZE = 32
SUBSAMPLES = 8  # per axis: 64 samples per pixel give smooth edges even at 16 px

# Fluent-like brand blues, darker at the bottom so the bubble reads on light and dark ribbons.
TOP = (0x47, 0x9E, 0xF5)
BOTTOM = (0x0F, 0x6C, 0xBD)
HEART = (0xFF, 0xFF, 0xFF)


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    if x < left or x > right or y < top or y > bottom:
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])
    d1, d2, d3 = side((x, y), a, b), side((x, y), b, c), side((x, y), c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


class Drawing:
    """The shapes in pixel units of one size; edges are snapped to whole pixels so 16 px stays crisp."""

    def __init__(self, size):
        margin = max(1, round(size * 0.04))
        self.left, self.right = margin, size - margin
        self.top, self.bottom = margin, round(size * 0.74)
        self.radius = size * 0.2
        self.tail = ((size * 0.20, self.bottom - size * 0.06), (size * 0.46, self.bottom - size * 0.02), (size * 0.16, size - margin * 0.5))
        # (u^2 + v^2 - 1)^3 - u^2 v^3 <= 0 is a heart 2.28 units wide and 2.25 high, centred at v = 0.125.
        self.heart_scale = 2 * round(size * 0.26) / 2.28
        self.heart_x = size / 2
        self.heart_y = (self.top + self.bottom) / 2 + 0.125 * self.heart_scale

    def in_bubble(self, x, y):
        body = in_rounded_rect(x, y, self.left, self.top, self.right, self.bottom, self.radius)
        return body or in_triangle(x, y, *self.tail)

    def in_heart(self, x, y):
        u = (x - self.heart_x) / self.heart_scale
        v = (self.heart_y - y) / self.heart_scale
        return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0


def render(size, outline=False):
    rows = []
    drawing = Drawing(size)
    n = SUBSAMPLES
    for py in range(size):
        row = bytearray([0])  # PNG filter type 0 for this row
        for px in range(size):
            bubble = heart = 0
            for sy in range(n):
                for sx in range(n):
                    x = px + (sx + 0.5) / n
                    y = py + (sy + 0.5) / n
                    if drawing.in_bubble(x, y):
                        if drawing.in_heart(x, y):
                            heart += 1
                        else:
                            bubble += 1
            total = n * n
            covered = bubble + heart
            if covered == 0:
                row += bytes(4)
                continue
            if outline:
                # The heart is cut out of the white bubble, so the outline icon shows the same shape.
                row += bytes([255, 255, 255, round(bubble / total * 255)])
                continue
            t = (py + 0.5) / size
            blue = [TOP[i] + (BOTTOM[i] - TOP[i]) * t for i in range(3)]
            colour = [(blue[i] * bubble + HEART[i] * heart) / covered for i in range(3)]
            alpha = covered / total
            row += bytes(round(c) for c in colour) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "assets")
    os.makedirs(out, exist_ok=True)
    for size in SIZES:
        path = os.path.join(out, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(png(size, render(size)))
        print(path)
    path = os.path.join(out, f"outline-{OUTLINE_SIZE}.png")
    with open(path, "wb") as f:
        f.write(png(OUTLINE_SIZE, render(OUTLINE_SIZE, outline=True)))
    print(path)


if __name__ == "__main__":
    main()
