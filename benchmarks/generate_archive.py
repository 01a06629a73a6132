"""Write a synthetic archive of N meetings in Diplo's data format, for benchmarks.

    python benchmarks/generate_archive.py 100000 /tmp/archive-100k [--seed 1]

Everything is invented and says so: people are ``Synthetic`` persons with made-up
syllable names, titles start with "Synthetic", links point to example.org (reserved
for examples) and quotes are word salad. The same N and seed always give the same
bytes. Shape (per the issue): about 5,000 people and 200 issues in ``people.yaml``,
then ``meetings-NNN.yaml`` files of 5,000 meetings each, with realistic field sizes
(about 400 bytes of YAML per meeting) and a few deliberate data problems (one meeting
in 2,000 names an unknown person) so that problems are part of what is measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
from pathlib import Path

PEOPLE = 5000
ISSUES = 200
PER_FILE = 5000
_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tor", "vel", "zu", "bri", "dan", "e", "fio", "gar", "hu", "is",
              "jo", "ke", "lu", "mar", "no", "pe", "qui", "ra", "sel", "ti", "ul", "va", "wen", "xa", "yo")
_ACCENTED = ("é", "ö", "ñ", "å", "ç")
_WORDS = ("talks", "dialogue", "cooperation", "security", "trade", "climate", "energy", "border", "summit",
          "visit", "agreement", "partnership", "relations", "exchange", "framework", "investment", "maritime",
          "regional", "stability", "development", "water", "health", "education", "transport", "migration",
          "fisheries", "sanctions", "ceasefire", "humanitarian", "technology", "supply", "chains", "minerals")
_COUNTRIES = ("US", "CN", "FR", "DE", "GB", "JP", "IN", "BR", "ZA", "NO", "SE", "KE", "NG", "EG", "TR", "RU",
              "UA", "PL", "IT", "ES", "MX", "AR", "CA", "AU", "ID", "VN", "KR", "SA", "AE", "QA", "CH", "AT")
_CITIES = ("Aldmere", "Borovan", "Castelny", "Dunsk", "Esterby", "Falmora", "Gravenholt", "Hesperin", "Ilvaro",
           "Jorvik Sands", "Kestria", "Lunaport", "Marrowgate", "Nordhaven", "Ostrava Nova", "Pellucid")
_ROLES = ("Foreign Minister", "Prime Minister", "President", "Trade Minister", "Ambassador", "Special Envoy",
          "Defence Minister", "Finance Minister", "National Security Adviser", "Deputy Foreign Minister")
_STATUSES = ("held",) * 17 + ("planned", "postponed", "cancelled")


def _name(rng: random.Random, syllables: int) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(syllables))
    if rng.random() < 0.05:  # some accents, so search must fold them
        i = rng.randrange(len(word))
        word = word[:i] + rng.choice(_ACCENTED) + word[i + 1:]
    return word.capitalize()


def _q(text: str) -> str:
    """A double-quoted YAML scalar (our text never holds quotes or backslashes)."""
    return f'"{text}"'


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))


def _date(rng: random.Random) -> tuple[str, str | None]:
    year = rng.randint(1990, 2025)
    kind = rng.random()
    if kind < 0.03:
        return f"{year}", None
    month = rng.randint(1, 12)
    if kind < 0.10:
        return f"{year}-{month:02d}", None
    day = rng.randint(1, 28)
    end = f"{year}-{month:02d}-{min(28, day + rng.randint(1, 2)):02d}" if rng.random() < 0.08 else None
    return f"{year}-{month:02d}-{day:02d}", end


def people_file(rng: random.Random, people: int = PEOPLE) -> str:
    lines = ["# SYNTHETIC DATA written by benchmarks/generate_archive.py: invented people and issues.",
             "people:"]
    for i in range(people):
        lines.append(f"  - id: p{i:05d}")
        lines.append(f"    name: {_q(_name(rng, 2) + ' ' + _name(rng, 3))}")
        lines.append(f"    country: {rng.choice(_COUNTRIES)}")
        if rng.random() < 0.7:
            lines.append(f"    role: {_q(rng.choice(_ROLES))}")
        if rng.random() < 0.1:
            lines.append(f"    native_name: {_q(_name(rng, 2))}")
    lines.append("issues:")
    for i in range(ISSUES):
        lines.append(f"  - id: issue-{i:03d}")
        lines.append(f"    name: {_q(_words(rng, 1, 3).capitalize())}")
        if rng.random() < 0.5:
            lines.append(f"    description: {_q(_words(rng, 6, 14).capitalize() + '.')}")
    return "\n".join(lines) + "\n"


def meetings_file(rng: random.Random, first: int, count: int, people_count: int = PEOPLE) -> str:
    lines = ["# SYNTHETIC DATA written by benchmarks/generate_archive.py: invented meetings, not real events.",
             "meetings:"]
    for n in range(first, first + count):
        date, end = _date(rng)
        people = rng.sample(range(people_count), rng.randint(2, 4))
        lines.append(f"  - id: m{n:07d}")
        lines.append(f"    title: {_q('Synthetic ' + _words(rng, 3, 7))}")
        lines.append(f"    date: {date}")
        if end:
            lines.append(f"    end_date: {end}")
        status = rng.choice(_STATUSES)
        if status != "held":
            lines.append(f"    status: {status}")
        lines.append(f"    location: {{city: {rng.choice(_CITIES)}, country: {rng.choice(_COUNTRIES)}}}")
        lines.append("    participants:")
        for k, p in enumerate(people):
            if k == 0 and rng.random() < 0.3:
                lines.append(f"      - {{person: p{p:05d}, role: {_q(rng.choice(_ROLES))}}}")
            else:
                lines.append(f"      - p{p:05d}")
        if n % 2000 == 500:  # a deliberate problem: an unknown participant (a warning; the meeting stays)
            lines.append("      - p99999")
        if rng.random() < 0.4:
            lines.append("    quotes:")
            for _ in range(1 if rng.random() < 0.8 else 2):
                lines.append(f"      - {{speaker: p{rng.choice(people):05d}, text: {_q(_words(rng, 6, 14))}}}")
        issues = rng.sample(range(ISSUES), rng.randint(1, 3))
        lines.append(f"    issues: [{', '.join(f'issue-{i:03d}' for i in issues)}]")
        if rng.random() < 0.6:
            lines.append(f"    summary: {_q(_words(rng, 8, 20).capitalize() + '.')}")
        lines.append(f"    sources: [{{title: Synthetic Wire, url: \"https://example.org/synthetic/m{n:07d}\"}}]")
    return "\n".join(lines) + "\n"


def generate(meetings: int, folder: Path, seed: int = 1, per_file: int = PER_FILE, people: int = PEOPLE) -> list[Path]:
    """Write the archive into ``folder`` (created); returns the files written, in load order."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = [folder / "people.yaml"]
    written[0].write_text(people_file(rng, people), encoding="utf-8")
    for number, first in enumerate(range(0, meetings, per_file), start=1):
        path = folder / f"meetings-{number:03d}.yaml"
        path.write_text(meetings_file(rng, first, min(per_file, meetings - first), people), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("meetings", type=int, help="how many meetings (e.g. 100000)")
    parser.add_argument("folder", type=Path, help="where to write the .yaml files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-file", type=int, default=PER_FILE, help="meetings per file (default %(default)s)")
    args = parser.parse_args(argv)
    files = generate(args.meetings, args.folder, args.seed, args.per_file)
    size = sum(f.stat().st_size for f in files)
    print(f"wrote {args.meetings:,} meetings in {len(files)} files, {size / 1e6:.1f} MB, to {args.folder}")
    return 0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PySide6 import __version__ as pyside

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    return (f"{os.cpu_count()} cores (nproc {usable}),"
            f" {cpu}; Python {platform.python_version()}, PySide6 {pyside}, {platform.system()}")


def prepare(meetings: int, given: Path | None) -> tuple[Path, list[Path], int, Path, dict[str, str]]:
    """The archive (generated once into the temporary folder unless one is given), its files and
    size, and a child environment with an empty home: no cache, user data or settings of a user's."""
    archive = given or Path(tempfile.gettempdir()) / f"diplo-archive-{meetings}"
    if given is None and not (archive / "people.yaml").exists():
        main([str(meetings), str(archive)])
    files = sorted(archive.glob("*.yaml"))
    home = Path(tempfile.mkdtemp(prefix="diplo-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return archive, files, sum(f.stat().st_size for f in files), home, env


if __name__ == "__main__":
    sys.exit(main())
