"""A small test corpus for the fast loading paths: a generated archive plus every kind of problem."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_archive.py"

PROBLEMS = """\
people:
  - {id: anne, name: Anne Example, country: "NO"}
  - {id: bad person, name: Nobody}
  - {id: bo, name: Bo Example, country: XX, shoe: 42}
issues:
  - {id: fish, name: Fishing rights}
meetings:
  - id: m-bad-date
    title: A date that does not exist
    date: 2023-02-30
    participants: [anne]
  - id: m-warnings
    title: "Warnings, but it loads \\a"
    title: twice
    date: 2023-06
    status: maybe
    location: {city: Oslo, country: NO}
    participants: [anne, p99998, {person: bo, role: Envoy}]
    quotes: [{speaker: ghost, text: words}]
    issues: [fish, unknown-issue]
    sources: [{title: Bad link, url: "javascript:alert(1)"}]
  - id: m-no-one
    title: No known participant
    date: 2022
    participants: [ghost]
  - id: m-warnings
    title: Duplicate id
    date: 2021
    participants: [anne]
"""


def generator():  # type: ignore[no-untyped-def]
    """benchmarks/generate_archive.py as a module (benchmarks/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("generate_archive", _GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpus(folder: Path, meetings: int = 600, per_file: int = 150) -> list[Path]:
    """Generated files, a file full of problems, a broken YAML file and a file that is not UTF-8."""
    written = generator().generate(meetings, folder / "archive", seed=7, per_file=per_file, people=300)
    problems = folder / "problems.yaml"
    problems.write_text(PROBLEMS, encoding="utf-8")
    broken = folder / "broken.yaml"
    broken.write_text("meetings:\n  - id: x\n    title: [unclosed\n", encoding="utf-8")
    latin1 = folder / "latin1.yaml"
    latin1.write_bytes("people:\n  - {id: jose, name: Jos\xe9}\n".encode("latin-1"))
    return [*written, problems, broken, latin1]
