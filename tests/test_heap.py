"""A workstation settles its heap once after start-up (app.heap): what start-up built is out of the collector's
passes, the young generation is collected less often, and a second call (a new login, a new language) changes
nothing more."""

from __future__ import annotations

import gc

import pytest

from app import heap


@pytest.fixture
def fresh_heap(monkeypatch):
    threshold = gc.get_threshold()
    monkeypatch.setattr(heap, "_settled", False)
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_settling_freezes_what_exists_and_collects_the_young_less_often(fresh_heap):
    _, middle, old = gc.get_threshold()
    heap.settle()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (heap.YOUNG_THRESHOLD, middle, old)


def test_settling_twice_freezes_nothing_more(fresh_heap):
    heap.settle()
    frozen = gc.get_freeze_count()
    kept = [[i] for i in range(1000)]  # built after start-up: stays in the collector's sight
    heap.settle()
    assert gc.get_freeze_count() == frozen
    assert kept
