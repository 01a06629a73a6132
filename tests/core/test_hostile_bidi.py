"""core.bidi.isolate: a value cannot escape its isolate, and plain text is left alone."""

from __future__ import annotations

from diplo_gui.core.bidi import FSI, PDI, isolate


def test_left_to_right_text_is_unchanged():
    for text in ("Wang Yi", "Ségolène Royal", "Генеральный секретарь", "王毅", ""):
        assert isolate(text) == text


def test_right_to_left_text_and_controls_are_isolated():
    for text in ("\u202eevil", "בנימין נתניהו", "عبد الله", "a\u200fb"):
        assert isolate(text) == FSI + text + PDI


def test_a_stray_closing_isolate_cannot_close_ours():
    # "\u2069" inside would end our isolate early and leave the override loose after it.
    assert isolate("x\u2069\u202eevil") == FSI + "x\u202eevil" + PDI
    assert isolate("\u2067open") == FSI + "\u2067open" + PDI + PDI  # an open one is closed inside ours
    assert isolate("\u2067a\u2069\u2069b") == FSI + "\u2067a\u2069b" + PDI
