"""Compare the frozen executable's screenshot with the source tree's, for .ci/build-exe.

    python packaging/check_screenshot.py FROZEN.png REFERENCE.png EMPTY.png

FROZEN is what dist/diplo-gui/diplo-gui rendered with the bundled data, REFERENCE what
``python -m diplo_gui`` rendered from the checkout with the same options, EMPTY what the
executable rendered with ``--no-bundled``. The check passes when FROZEN looks like
REFERENCE (the same meetings, the same detail) and clearly unlike EMPTY (so the
comparison would notice the data missing). Prints both figures; exit 1 on failure.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402

# Share of pixels that may differ (any channel by more than 32 of 255) between two renderings.
SAME = 0.01  # the same window: at most antialiasing noise
DIFFERENT = 0.03  # the data missing empties the list and the detail pane: far more than this


def load(path: str) -> QImage:
    image = QImage(path)
    if image.isNull():
        raise SystemExit(f"check_screenshot: cannot read {path}")
    return image.convertToFormat(QImage.Format.Format_RGB32)


def differing_share(a: QImage, b: QImage) -> float:
    """Share of pixels that differ visibly; 1.0 when the sizes differ."""
    if a.size() != b.size():
        return 1.0
    width, height = a.width(), a.height()
    differing = 0
    for y in range(height):
        row_a = a.constBits()[y * a.bytesPerLine():y * a.bytesPerLine() + width * 4]
        row_b = b.constBits()[y * b.bytesPerLine():y * b.bytesPerLine() + width * 4]
        if row_a == row_b:
            continue
        for x in range(0, width * 4, 4):
            if any(abs(row_a[x + c] - row_b[x + c]) > 32 for c in range(3)):
                differing += 1
    return differing / (width * height)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    _app = QGuiApplication(sys.argv[:1])
    frozen, reference, empty = (load(path) for path in argv)
    # The first window fits the screen (92% of the offscreen platform's 800x800 is 736x736):
    # what this catches is a window that did not open at its size, not a small screen.
    if frozen.width() < 700 or frozen.height() < 500:
        print(f"check_screenshot: the window is only {frozen.width()}x{frozen.height()}", file=sys.stderr)
        return 1
    like_reference = differing_share(frozen, reference)
    like_empty = differing_share(frozen, empty)
    print(f"screenshot {frozen.width()}x{frozen.height()}: {like_reference:.2%} of pixels differ from "
          f"the source tree's window, {like_empty:.2%} from the window without the bundled data")
    if like_reference > SAME:
        print("check_screenshot: the executable's window does not look like the source tree's", file=sys.stderr)
        return 1
    if like_empty < DIFFERENT:
        print("check_screenshot: the executable's window looks like one without the bundled data", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
