"""Translations wired for real: lupdate finds every text, the Simplified Chinese one is
complete, the compiled .qm files are those of the .ts files, the window speaks the language
asked for (--lang, DIPLO_LANG, else the system's), and English plurals come from Qt."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QTextBrowser

from diplo_gui.app import parse_args, set_language
from diplo_gui.core import bundled

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

FOLDER = bundled.translations_dir()


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    """Whatever a test switches to, the next test starts in English again."""
    yield
    set_language(QApplication.instance(), "en")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, ...] | None]:
    """(context, source) -> the translation's forms, None while unfinished: what the .ts says,
    whatever the version of lupdate that wrote it."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            unfinished = translation.get("type") == "unfinished" or not any(forms)
            found[(name, message.findtext("source") or "")] = None if unfinished else forms
    return found


@pytest.mark.parametrize("name", ["diplo_zh_CN", "diplo_en"])
def test_the_compiled_translation_is_the_one_of_its_source(tmp_path, name):
    """The committed .qm translates every text as a .qm compiled now from the .ts does."""
    fresh = tmp_path / f"{name}.qm"
    update_translations.lrelease(FOLDER / f"{name}.ts", fresh)
    committed, compiled = QTranslator(), QTranslator()
    assert committed.load(str(FOLDER / f"{name}.qm")) and compiled.load(str(fresh))
    for (context, source), forms in messages(FOLDER / f"{name}.ts").items():
        for n in ((1, 2, 5) if forms and len(forms) > 1 or "%n" in source else (-1,)):
            expected = compiled.translate(context, source, None, n)
            assert expected, (context, source)
            assert committed.translate(context, source, None, n) == expected, "run packaging/update_translations.py"


@pytest.mark.parametrize(("name", "options"), [("diplo_zh_CN", ("-target-language", "zh_CN")),
                                               ("diplo_en", ("-pluralonly", "-target-language", "en"))])
def test_every_text_in_the_sources_is_in_the_translation_and_translated(tmp_path, name, options):
    ts = tmp_path / f"{name}.ts"
    shutil.copy(FOLDER / f"{name}.ts", ts)
    update_translations.lupdate(ts, *options)  # what the sources say now, with the translations kept
    now, committed = messages(ts), messages(FOLDER / f"{name}.ts")
    untranslated = sorted(key for key, forms in now.items() if forms is None)
    assert untranslated == [], "translate these (pyside6-linguist), then run packaging/update_translations.py"
    assert now == committed, "run packaging/update_translations.py"


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def test_under_zh_cn_the_window_shows_chinese_menus_and_counts(make_window, english):
    assert set_language(QApplication.instance(), "zh_CN") == "zh_CN"
    window = make_window()
    assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "前往(&G)", "搜索(&S)", "帮助(&H)"]
    assert window.counts_label.text() == "25 个会晤"
    assert window.search_box.placeholderText().startswith("搜索人物")
    assert window.open_file_action.statusTip() == "打开 YAML 数据文件；下次启动时会再次打开"
    assert window.import_action.text() == "导入(&I)…"
    assert "你自己的会晤：把 YAML 文件放在" in window.about_html()  # the About box's folder for your own files


def test_under_zh_cn_the_problems_list_names_each_problems_severity_in_chinese(make_window, write_yaml, english):
    assert set_language(QApplication.instance(), "zh_CN") == "zh_CN"
    window = make_window(write_yaml("meetings:\n  - {id: bad, title: Bad, date: 2023-02-30}\n"
                                    "  - {id: odd, title: Odd, date: 2023-02-01, colour: red}\n"),
                         include_bundled=False)
    model = window.problems_view.problem_model
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert shown == {"错误", "警告"}  # it showed "error" and "warning" in English: the word list missed them


def test_diplo_lang_chooses_the_language_and_lang_wins(monkeypatch, english):
    monkeypatch.setenv("DIPLO_LANG", "zh_CN")
    assert set_language(QApplication.instance()) == "zh_CN"
    assert set_language(QApplication.instance(), parse_args(["--lang", "en"]).lang) == "en"


def test_english_plurals_come_from_qt(make_window, write_yaml, english):
    assert set_language(QApplication.instance(), "en") == "en"
    window = make_window(write_yaml("people:\n  - {id: ana, name: Ana Example, country: PT}\n"
                                    "meetings:\n  - {id: solo, title: Alone, date: 2024-01-01, participants: [ana]}\n"),
                         include_bundled=False)
    assert window.counts_label.text() == "1 meeting"
    window.set_search("nothing-matches-this")
    assert window.counts_label.text() == "0 of 1 meeting"


def test_under_zh_cn_the_detail_pane_speaks_chinese_and_the_data_stays_as_written(make_window, english):
    """The 18 September 2023 meeting under zh_CN: Chinese headings, how each quote came to be in
    Chinese, and the related meetings too; names, titles and quotes as the data has them."""
    assert set_language(QApplication.instance(), "zh_CN") == "zh_CN"
    window = make_window()
    assert window.select_meeting("2023-09-18-blinken-han-zheng")
    shown = window.detail.toPlainText()
    lines = shown.splitlines()
    for heading in ("参与者", "引语", "议题", "摘要", "来源"):
        assert heading in lines
    for english_text in ("Participants", "Quotes", "Issues", "Sources", "via interpreter", "own words",
                         "Show in source"):
        assert english_text not in shown
    assert any(line.startswith("经口译，原话为中文 · U.S. Department of State") for line in lines)
    assert "“At present, China-U.S. relations are the most consequential relations.”" in lines
    assert "Han Zheng 韩正 · Vice President of the People's Republic of China · China" in lines
    related = window.findChild(QTextBrowser, "relatedMeetings").toPlainText()
    assert related.startswith("相关会晤")
    assert "同两国间的上一次会晤：" in related and "Previous between" not in related
    assert "同一批人物参与" in related.splitlines()
    # The explore pages translate in ExploreController's context, whichever class builds them.
    assert QCoreApplication.translate("ExploreController", "No related meeting.") == "没有相关会晤。"
