"""Application dates from applicability.yaml (Art. 113 as amended by Reg. (EU) 2026/1744)."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.applicability import applies_from

FEB_2025 = date(2025, 2, 2)
DEC_2026 = date(2026, 12, 2)


@pytest.mark.parametrize("pid", [f"art5.1.{p}" for p in "abcdefgh"] + [f"art5.{n}" for n in range(2, 9)])
def test_original_points_and_paragraphs(pid: str) -> None:
    assert applies_from(pid) == FEB_2025


@pytest.mark.parametrize("pid", ["art5.1.ba", "art5.1.bb", "art5.1a", "art5.1b"])
def test_inserted_provisions_apply_later(pid: str) -> None:
    assert applies_from(pid) == DEC_2026


def test_children_inherit_from_nearest_listed_ancestor() -> None:
    assert applies_from("art5.1.h.i") == FEB_2025
    assert applies_from("art5.1.c.ii") == FEB_2025
    assert applies_from("art5.1a.a.ii") == DEC_2026
    assert applies_from("art99.3") == date(2025, 8, 2)


def test_containers_apply_from_earliest_listed_part() -> None:
    assert applies_from("art5") == FEB_2025
    assert applies_from("art5.1") == FEB_2025


@pytest.mark.parametrize(
    "pid", ["art3.1", "art50", "art6.1", "recital31", "annexIII.5.b", "gl-prohibited.1", "art50.1"]
)
def test_unlisted_provisions_have_no_date(pid: str) -> None:
    assert applies_from(pid) is None
