"""The README and docs/ hold together: every relative link and anchor resolves, and the README stays short."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
# [text](target) and ![alt](target); the text may hold one level of brackets (a badge, `[x]`).
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _prose(text: str) -> str:
    """The text without code blocks or inline code, where brackets are not links."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as
    hyphens, and -1, -2 … after a repeated one."""
    seen: dict[str, int] = {}
    found = set()
    for heading in HEADING.findall(FENCE.sub("", page.read_text(encoding="utf-8"))):
        text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")  # a link's text stays
        slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def broken_links(page: Path, root: Path = ROOT) -> list[str]:
    """Every relative link of a page whose file or anchor does not exist, as 'page: target'."""
    broken = []
    for target in LINK.findall(_prose(page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):  # http:, https:, mailto: …
            continue
        path_part, _, fragment = target.partition("#")
        linked = (page.parent / path_part).resolve() if path_part else page
        if not linked.exists():
            broken.append(f"{page.relative_to(root)}: {target} (no such file)")
        elif fragment and (linked.suffix != ".md" or fragment not in anchors(linked)):
            broken.append(f"{page.relative_to(root)}: {target} (no such heading)")
    return broken


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(page):
    assert broken_links(page) == []


def test_the_docs_pages_the_readme_promises_exist_and_are_linked():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("user-guide", "data-format", "console", "drafting", "trust", "performance", "architecture",
                 "packaging"):
        assert (ROOT / "docs" / f"{name}.md").is_file()
        assert f"(docs/{name}.md" in readme


def test_the_readme_is_short_and_keeps_the_test_command_ci_reads():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) < 8 * 1024
    command = readme.split("<!-- test-command -->\n", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    assert "python -m pytest" in command


def test_the_checker_finds_a_missing_file_a_missing_heading_and_ignores_code(tmp_path):
    (tmp_path / "other.md").write_text("# The console tool: `diplo-data`\n\n## Notes\n\n## Notes\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](other.md#the-console-tool-diplo-data) [ok](other.md#notes-1) [ok](#here) [web](https://example.org/x)\n"
        "[gone](missing.md) [bad anchor](other.md#nowhere) ![img](images/none.png)\n"
        "`[not a link](nowhere.md)`\n\n```text\n[nor this](nowhere.md)\n```\n\n## Here\n",
        encoding="utf-8")
    assert broken_links(page, tmp_path) == ["page.md: missing.md (no such file)", "page.md: other.md#nowhere (no such heading)",
                                  "page.md: images/none.png (no such file)"]
