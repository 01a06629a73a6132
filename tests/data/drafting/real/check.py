"""Check the real drafting corpus by hand-independent rules (run after editing an annotation).

    python tests/data/drafting/real/check.py

Every file has its provenance keys; every quote (or each of its parts) stands in the text once
white space is normalised; every speaker, participant and role id is in people.yaml, and every
person there is used; forms and statuses are from the documented sets; people.yaml loads
without problems in Diplo's loader. Prints the problems and the counts; exit 1 on a problem.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KEYS = ("source_url", "publisher", "kind", "licence", "retrieved_via", "trimmed", "published", "text", "quotes",
        "meetings")
FORMS = {"phone", "video", "in-person"}
STATUSES = {"held", "planned"}


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check() -> tuple[list[str], dict[str, int]]:
    people = yaml.safe_load((HERE / "people.yaml").read_text(encoding="utf-8"))["people"]
    ids = {person["id"] for person in people}
    problems = [f"people.yaml: duplicate id {i}" for i in ids if sum(p["id"] == i for p in people) > 1]
    used: set[str] = set()
    counts = {"texts": 0, "quotes": 0, "meetings": 0, "participants": 0}
    for path in sorted(HERE.glob("*/[0-9]*.yaml")):
        name = f"{path.parent.name}/{path.name}"
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        counts["texts"] += 1
        problems += [f"{name}: no {key}" for key in KEYS if key not in gold]
        if not isinstance(gold.get("published"), dt.date):
            problems.append(f"{name}: published is not a date")
        text = normalised(gold.get("text") or "")
        for quote in gold.get("quotes") or []:
            counts["quotes"] += 1
            for part in quote.get("parts") or [quote["text"]]:
                if normalised(part) not in text:
                    problems.append(f"{name}: quote not in the text: {part[:60]!r}")
            if quote["speaker"] is not None:
                used.add(quote["speaker"])
        for meeting in gold.get("meetings") or []:
            counts["meetings"] += 1
            counts["participants"] += len(meeting["participants"])
            used.update(meeting["participants"])
            if meeting.get("form", "in-person") not in FORMS:
                problems.append(f"{name}: form {meeting['form']!r}")
            if meeting.get("status", "held") not in STATUSES:
                problems.append(f"{name}: status {meeting['status']!r}")
        used.update(gold.get("roles") or {})
        problems += [f"{name}: unknown person {i}" for i in sorted(used - ids)]
    problems += [f"people.yaml: {i} is in no text" for i in sorted(ids - used)]
    return problems, counts


def main() -> int:
    problems, counts = check()
    sys.path.insert(0, str(HERE.parents[3]))
    from diplo_gui.core import loading

    problems += [str(problem) for problem in loading.load([HERE / "people.yaml"]).problems]
    print(*problems, sep="\n")
    print(", ".join(f"{value} {key}" for key, value in counts.items()))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
