"""The CSV writer behind ``python -m newsbook export``: deterministic bytes, floats to 6 significant digits."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newsbook.export import FLOAT_FORMAT, csv_bytes


def _plain(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT).encode("utf-8")


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({
            "term": ["a", "b, c", 'say "no"', "d\ne", "", "f", "g", "h"],
            "count": [1, 2, 3, 4, 5, 6, 7, 8],
            "per_1000": [1 / 3, np.nan, np.inf, -np.inf, -0.0, 1e-7, 123456789.0, 2.5],
            "z": np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1 / 7], dtype=np.float32),
            "low": pd.array([1, None, 3, 4, 5, 6, 7, 8], dtype="Int64"),
            "stable": [True, False] * 4,
        }),
        pd.DataFrame({"x": [1.5, 2.25], "y": [0.1 + 0.2, 5e300]}),
        pd.DataFrame([[1.0, 2.0]], columns=["same", "same"]),          # duplicate names: written as they are
        pd.DataFrame({"empty": pd.Series([], dtype=float)}),
    ],
)
def test_csv_bytes_are_what_to_csv_writes(frame):
    assert csv_bytes(frame) == _plain(frame)


def test_csv_bytes_leave_the_frame_alone():
    frame = pd.DataFrame({"v": [1 / 3, np.nan]})
    csv_bytes(frame)
    assert frame["v"].dtype == float and np.isnan(frame["v"].iat[1])
