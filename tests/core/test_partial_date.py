import datetime as dt

import pytest

from diplo_gui.core.model import PartialDate, Precision


@pytest.mark.parametrize(("text", "precision", "first", "last"), [
    ("2023", Precision.YEAR, dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ("2023-06", Precision.MONTH, dt.date(2023, 6, 1), dt.date(2023, 6, 30)),
    ("2023-06-18", Precision.DAY, dt.date(2023, 6, 18), dt.date(2023, 6, 18)),
    ("2024-02-29", Precision.DAY, dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
])
def test_a_date_keeps_its_precision(text, precision, first, last):
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert (date.first_day(), date.last_day()) == (first, last)
    assert str(date) == text


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "2023-00-10", "23-06-18", "2023/06/18", "June 2023", ""])
def test_an_impossible_date_is_refused_with_a_reason(text):
    with pytest.raises(ValueError, match=r"."):
        PartialDate.parse(text)


def test_a_partial_date_sorts_by_its_first_day():
    dates = [PartialDate.parse(t) for t in ("2023-06-18", "2023", "2023-06", "2022-12-31")]
    assert [str(d) for d in sorted(dates, key=PartialDate.sort_key)] == ["2022-12-31", "2023", "2023-06", "2023-06-18"]
