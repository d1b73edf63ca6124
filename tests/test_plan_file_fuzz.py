"""Property: any mutation of a good plan file is either imported whole or refused with no change at all."""

from __future__ import annotations

import copy
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safety_data import add_full_plan
from test_plan_file import database_fingerprint
from verktoykasse.exchange.plan_json import PlanImportError, dumps, import_plan_document, parse_plan_bytes
from verktoykasse.exchange.plan_json import plan_document as make_document
from verktoykasse.storage.db import open_database
from verktoykasse.storage.models import Plan

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["gap-1", "goal-2", "contact-1", "2027-02-30", "2027-01-01", "high", "nav-ips", ""]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def paths_in(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths_in(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths_in(value, (*prefix, index))


@st.composite
def mutated_files(draw, document):
    kind = draw(st.sampled_from(["replace", "delete", "add", "duplicate", "truncate", "flip"]))
    if kind in ("truncate", "flip"):
        raw = bytearray(dumps(document).encode("utf-8"))
        at = draw(st.integers(min_value=0, max_value=len(raw) - 1))
        if kind == "truncate":
            return bytes(raw[:at])
        raw[at] = draw(st.integers(min_value=0, max_value=255))
        return bytes(raw)
    changed = copy.deepcopy(document)
    paths = [p for p in paths_in(changed) if p]
    path = draw(st.sampled_from(paths))
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if kind == "replace":
        parent[last] = draw(JSON_VALUES)
    elif kind == "delete":
        del parent[last]
    elif kind == "add" and isinstance(parent, dict):
        parent[draw(st.text(max_size=12))] = draw(JSON_VALUES)
    elif kind == "add":
        parent.insert(last, draw(JSON_VALUES))
    elif isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    else:
        parent[last] = copy.deepcopy(parent[last])
    return dumps(changed).encode("utf-8")


@pytest.fixture(scope="module")
def fuzz_database(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("fuzz") / "verktoykasse.sqlite3")
    with database.session() as session:
        document = make_document(add_full_plan(session))
    yield database, document
    database.close()


@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_mutated_plan_file_is_imported_whole_or_refused_without_a_trace(fuzz_database, data):
    database, document = fuzz_database
    raw = data.draw(mutated_files(document))
    before = database_fingerprint(database.path)
    with database.session() as session:
        plans_before = session.query(Plan).count()
        try:
            checked = parse_plan_bytes(raw)
            plan = import_plan_document(session, checked)
        except PlanImportError as exc:
            assert str(exc)
            assert database_fingerprint(database.path) == before
            return
        # Accepted: the whole plan is there, and it exports as the file said (apart from its new name).
        assert session.query(Plan).count() == plans_before + 1
        again = make_document(plan)
        expected = copy.deepcopy(checked)
        expected["plan"]["name"] = again["plan"]["name"]
        assert again["plan"]["measures"] == expected["plan"]["measures"]
        assert again["plan"]["goals"] == expected["plan"]["goals"]
    con = sqlite3.connect(database.path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
