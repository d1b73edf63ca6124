"""The plan's description and the database agree: a column added to a model and nowhere else fails here.

The description (``domain.plan_description``) decides what a plan file carries, what the next cycle copies
and what a step asks for; a column it does not know would silently be left out of all three.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, MetaData, String, Text

from verktoykasse.domain.plan_description import (
    JOIN_TABLES,
    PLAN,
    ROW_TRACKING,
    Table,
    tables,
)
from verktoykasse.domain.vocabulary import CONTACT_DEFAULT_KIND
from verktoykasse.exchange.plan_json import plan_document
from verktoykasse.storage import models
from verktoykasse.storage.models import Base

# What each kind of field is in the database: the column type, and whether it may be empty (NULL).
COLUMN_OF_KIND = {
    "text": (Text, False),
    "name": (String, False),
    "bool": (Boolean, False),
    "date": (Date, False),
    "date?": (Date, True),
    "datetime": (DateTime, False),
    "number": (Float, False),
    "number?": (Float, True),
    "count?": (Integer, True),
    "score?": (Integer, True),
    "choice": (String, False),
    "key": (String, False),
}


def structural_columns(table: Table) -> set[str]:
    """Columns that are not the user's values: the id, the owner, the position, links, internal ones."""
    columns = {"id", *table.internal, *ROW_TRACKING}
    if table.parent_column:
        columns.add(table.parent_column)
    if table.positioned:
        columns.add("position")
    columns.update(link.column for link in table.links if link.column)
    return columns


def disagreements(metadata: MetaData) -> list[str]:
    """Every way the database's tables and the plan's description differ (empty when they agree)."""
    problems = []
    described = {table.name: table for table in tables()}
    for name, sql_table in metadata.tables.items():
        if name in JOIN_TABLES:
            if set(sql_table.columns.keys()) != set(JOIN_TABLES[name]):
                problems.append(f"{name}: the join table has other columns")
            continue
        table = described.get(name)
        if table is None:
            problems.append(f"{name}: a table the description does not have")
            continue
        fields = {field.name for field in table.fields}
        structural = structural_columns(table)
        for column in sql_table.columns:
            if column.key not in fields and column.key not in structural:
                problems.append(f"{name}.{column.key}: a column the description does not have")
        for field in table.fields:
            column = sql_table.columns.get(field.name)
            if column is None:
                problems.append(f"{name}.{field.name}: described but not in the database")
                continue
            kind_type, nullable = COLUMN_OF_KIND[field.kind]
            if not isinstance(column.type, kind_type) or column.nullable != nullable:
                problems.append(f"{name}.{field.name}: a {field.kind} field cannot be {column.type!r}")
            default = column.default.arg if column.default is not None else None
            if field.kind == "choice" and default is not None and default not in field.choices:
                problems.append(f"{name}.{field.name}: the default {default!r} is not one of its choices")
        for missing in structural - set(sql_table.columns.keys()):
            problems.append(f"{name}.{missing}: described as a column but not in the database")
    for name in set(described) - set(metadata.tables):
        problems.append(f"{name}: described but not in the database")
    return problems


def test_every_column_of_every_model_is_in_the_plan_description():
    assert disagreements(Base.metadata) == []


def test_a_column_added_to_a_model_and_nowhere_else_is_caught():
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    metadata.tables["measure"].append_column(Column("budget_note", Text, nullable=False, default=""))
    metadata.tables["kpi"].append_column(
        Column("target", Text, nullable=False, default=""), replace_existing=True
    )
    assert disagreements(metadata) == [
        "kpi.target: a number? field cannot be Text()",
        "measure.budget_note: a column the description does not have",
    ]


def test_every_list_of_the_description_is_a_relationship_of_its_model():
    for table in PLAN.walk():
        model = getattr(models, table.model)
        for child in table.children:
            relationship = getattr(model, child.attribute).property
            assert relationship.mapper.class_ is getattr(models, child.model), (table.name, child.key)
            owner = getattr(getattr(models, child.model), child.owner).property
            assert owner.mapper.class_ is model, (child.name, child.owner)
        for link in table.links:
            assert hasattr(model, link.attribute), (table.name, link.key)


def test_a_new_contact_gets_a_kind_the_catalogue_knows():
    from verktoykasse.catalogue.labels import KINDS

    assert CONTACT_DEFAULT_KIND in KINDS
    assert models.Contact.__table__.columns["kind"].default.arg == CONTACT_DEFAULT_KIND


def test_a_full_plan_file_has_every_described_list_and_field(database):
    """``add_full_plan`` fills every table, so the plan-file fixtures made from it cover every field."""
    from safety_data import add_full_plan

    with database.session() as session:
        document = plan_document(add_full_plan(session))

    seen: dict[str, int] = {}

    def count(table: Table, row: dict) -> None:
        seen[table.name] = seen.get(table.name, 0) + 1
        assert {f.name for f in table.exported()} <= set(row), table.name
        for child in table.children:
            for item in row[child.key]:
                count(child, item)

    count(PLAN, document["plan"])
    assert [table.name for table in PLAN.walk() if not seen.get(table.name)] == []
    assert document["contacts"]


def test_every_field_and_list_has_its_own_name_for_people():
    """Where fields are listed for a person (a table's columns, an export's headings) each has a name."""
    for table in tables():
        assert table.label, table.name
        labels = [field.label for field in table.fields]
        assert all(labels), table.name
        assert len(set(labels)) == len(labels), f"{table.name}: two fields with the same name"
