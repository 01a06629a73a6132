"""Dataset.build's fast sort key orders meetings exactly as Meeting.sort_key does (newest first)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_gui.core.model import Dataset, Meeting, PartialDate

dates = st.builds(
    lambda y, m, d, precision: PartialDate(y, m if precision > 0 else None, d if precision > 1 else None),
    st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28), st.integers(0, 2))
ids = st.text(alphabet="abz019-", min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(ids, dates), max_size=40))
def test_build_orders_as_the_sort_key(items):
    meetings = [Meeting(id=i, title="t", date=d) for i, d in items]
    built = Dataset.build({}, {}, meetings).meetings
    assert [m.sort_key() for m in built] == sorted((m.sort_key() for m in meetings), reverse=True)


def test_partial_dates_sort_by_their_first_day_and_the_more_precise_first():
    meetings = [Meeting(id="year", title="t", date=PartialDate(2023)),
                Meeting(id="month", title="t", date=PartialDate(2023, 1)),
                Meeting(id="day", title="t", date=PartialDate(2023, 1, 1)),
                Meeting(id="later", title="t", date=PartialDate(2023, 1, 2)),
                Meeting(id="earlier", title="t", date=PartialDate(999, 12, 31))]
    assert [m.id for m in Dataset.build({}, {}, meetings).meetings] == ["later", "year", "month", "day", "earlier"]
