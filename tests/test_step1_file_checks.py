"""Step 1's file checks without running a program: the relaid file before an error command, and what "by id
ascending" accepts for number and string ids."""

from __future__ import annotations

import json

import pytest

from checkers.taskcli.ordering import by_id, id_keys
from checkers.taskcli.relayout import other_layout
from checkers.taskcli.tasks_file import FileProblem, read_tasks

WRITTEN = [
    json.dumps({"next_id": 3, "tasks": [{"id": 1, "title": "Café «x»", "due": None, "priority": "low", "done": True}]},
               indent=2, ensure_ascii=False).encode(),
    json.dumps([{"id": "t1", "title": "a", "due": "2026-12-01", "priority": "high", "status": "pending"}]).encode(),
    json.dumps([{"id": 1, "title": "a", "due": None, "priority": "low", "completed": False}],
               separators=(",", ":")).encode(),
]


@pytest.mark.parametrize("data", WRITTEN)
def test_the_file_is_relaid_with_the_same_data_and_other_bytes(data: bytes):
    relaid = other_layout(data)
    assert relaid is not None and relaid != data
    assert json.loads(relaid) == json.loads(data)
    assert read_tasks(relaid) == read_tasks(data)


def test_a_relaid_object_has_its_keys_in_another_order():
    data = WRITTEN[0]
    assert list(json.loads(other_layout(data))) == list(reversed(list(json.loads(data))))


@pytest.mark.parametrize("data", [b'[{"id": 1, "title": "Half-writ', b"\xff\xfe", b"[" * 100_000, b"[1e999]"])
def test_a_file_that_cannot_be_relaid_is_left_alone(data: bytes):
    assert other_layout(data) is None


def _tasks(*ids: object) -> list:
    items = [{"id": i, "title": f"task {i}", "due": None, "priority": "low", "done": False} for i in ids]
    return read_tasks(json.dumps(items).encode())


def _accepted(tasks: list) -> list[list[str]]:
    return [[t.id for t in sorted(tasks, key=by_id(key))] for key in id_keys(tasks)]


def test_number_ids_ascend_by_value_only():
    assert _accepted(_tasks(10, 2, 1)) == [["1", "2", "10"]]


def test_string_ids_ascend_by_their_numbers_or_as_text():
    assert _accepted(_tasks("t10", "t2", "t1")) == [["t1", "t2", "t10"], ["t1", "t10", "t2"]]


@pytest.mark.parametrize("due", ["", "2026-12-01T00:00:00.000Z", "12/01/2026", 20261201])
def test_a_due_date_that_is_not_yyyy_mm_dd_is_outside_the_contract(due: object):
    item = {"id": 1, "title": "a", "due": due, "priority": "low", "done": False}
    with pytest.raises(FileProblem, match="YYYY-MM-DD string or null"):
        read_tasks(json.dumps([item]).encode())


def test_a_file_with_far_more_tasks_than_were_added_is_refused_quickly():
    item = {"title": "a", "due": None, "priority": "low", "done": False}
    flood = json.dumps([{**item, "id": n} for n in range(200_000)]).encode()
    with pytest.raises(FileProblem, match="200000 tasks"):
        read_tasks(flood)
