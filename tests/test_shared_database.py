"""A shared database on a PostgreSQL server: set up, upgraded, refused when newer, explained when out of
reach, and never a password in the settings, a message or the log.

These tests need the test server (benchmarks/postgres_server.py); the storage, editing, migration and exchange
tests run on both engines through the ``both_engines`` mark.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import MetaData, create_engine, insert, select, text
from sqlalchemy.engine import make_url

from safety_data import TABLES, run_cli_here
from verktoykasse.context import AppContext
from verktoykasse.logs import LOG_NAME, LogFile
from verktoykasse.paths import DataPaths
from verktoykasse.settings import Settings
from verktoykasse.storage.db import HEAD_REVISION, upgrade
from verktoykasse.storage.editing import add_row, set_value
from verktoykasse.storage.models import Plan
from verktoykasse.storage.plans import create_plan, list_plans
from verktoykasse.storage.server import (
    ServerError,
    ServerProblem,
    check_connection,
    classify_server_error,
    open_server,
    parse_url,
    remember_password,
    shown,
)

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "db" / "v0.1.0-schema-0001.sqlite3"


def with_password(url: str, password: str | None) -> str:
    return make_url(url)._replace(password=password).render_as_string(hide_password=False)


class MemoryKeyring:
    """The system's keyring, as a test stands in for it: passwords by (service, user), in memory."""

    def __init__(self) -> None:
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]
            stored: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.stored.get((service, username))

            def set_password(self, service, username, password):
                self.stored[(service, username)] = password

            def delete_password(self, service, username):
                self.stored.pop((service, username), None)

        self.backend = Backend()


@pytest.fixture
def memory_keyring():
    import keyring

    before = keyring.get_keyring()
    fake = MemoryKeyring().backend
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


def test_two_programs_on_one_server_see_each_others_plans(server_database, tmp_path):
    url = server_database()
    kari = AppContext.create(tmp_path / "kari", database_url=url)
    ola = AppContext.create(tmp_path / "ola", database_url=url)
    try:
        assert kari.database.is_server and not kari.database.read_only
        with kari.database.session() as session:
            plan = create_plan(session, "Bakeriet 2027")
            add_row(session, plan, "goals", title="Faste praksisplasser")
        with ola.database.session() as session:
            assert [p.name for p in list_plans(session)] == ["Bakeriet 2027"]
            assert [g.title for g in session.get(Plan, plan.id).goals] == ["Faste praksisplasser"]
        # The local file is not touched: the server is where the plans are.
        assert not kari.paths.database.exists()
    finally:
        kari.close()
        ola.close()


def test_an_empty_server_database_is_set_up_and_matches_the_models(server_database, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from verktoykasse.storage.models import Base

    database = open_server(server_database(empty=True), DataPaths(tmp_path))
    try:
        with database.engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
            )
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        database.close()


def test_a_0_1_0_database_copied_to_a_server_upgrades_with_every_row_kept(server_database, tmp_path):
    """The same migrations run on the server: a database at 0.1.0's schema keeps every row."""
    url = server_database(empty=True)
    engine = create_engine(url)
    upgrade(engine, "0001")
    old = create_engine(f"sqlite:///{FIXTURE_0001}")
    tables = MetaData()
    tables.reflect(old)
    counts = {}
    with old.connect() as source, engine.begin() as target:
        for table in tables.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row._mapping) for row in source.execute(select(table))]
            counts[table.name] = len(rows)
            if rows:
                target.execute(insert(table), rows)
        for table in tables.sorted_tables:  # the copied ids must not be handed out again
            if "id" in table.c:
                sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
                target.execute(text(f"SELECT setval({sequence}, max(id)) FROM {table.name}"))
    old.dispose()
    engine.dispose()
    assert all(counts[t] for t in TABLES if t in counts)

    database = open_server(url, DataPaths(tmp_path))
    try:
        with database.session() as session:
            plan = session.scalars(select(Plan)).one()
            assert plan.name == "Inkluderingsplan 2027"
            assert [g.title for g in plan.gaps] == ["Rekrutteringsprosesser", "Språk"]
            assert plan.measures[0].cost_nok == 12500.5
            assert [m.recurrence for m in plan.measures] == [""] * len(plan.measures)
            assert plan.workshop_place == ""
            add_row(session, plan, "goals", title="Nytt mål")  # a new row gets a new id
        with database.engine.connect() as connection:
            after = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in counts}
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
            )
    finally:
        database.close()
    assert after == {**counts, "goal": counts["goal"] + 1}


def test_a_server_database_of_a_newer_version_is_refused_untouched(server_database, tmp_path):
    url = server_database()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(ServerError) as caught:
        open_server(url, DataPaths(tmp_path))
    assert caught.value.problem is ServerProblem.NEWER
    assert "newer version" in str(caught.value)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_what_goes_wrong_with_a_server_is_said_plainly_without_the_password(server_database, tmp_path):
    url = server_database()
    folder = DataPaths(tmp_path)
    cases = {
        ServerProblem.LOGIN: with_password(url, "wrong-secret"),
        ServerProblem.NO_DATABASE: make_url(url)
        .set(database="no_such_db")
        .render_as_string(hide_password=False),
        ServerProblem.UNKNOWN_HOST: "postgresql://kari:wrong-secret@no-such-host.invalid/verktoykasse",
        ServerProblem.DOWN: make_url(url)
        .set(query={"host": str(tmp_path)})
        .render_as_string(hide_password=False),
    }
    for problem, address in cases.items():
        with pytest.raises(ServerError) as caught:
            open_server(address, folder)
        assert caught.value.problem is problem, (problem, caught.value.detail)
        message = str(caught.value)
        assert "wrong-secret" not in message and "throwaway" not in message
    with pytest.raises(ServerError) as caught:
        open_server("mysql://kari@server/verktoykasse", folder)
    assert caught.value.problem is ServerProblem.BAD_URL
    assert "postgresql://" in str(caught.value)
    # Over TCP a server without TLS refuses "sslmode=require"; libpq says so in these words.
    assert classify_server_error(Exception("server does not support SSL, but SSL was required")) is (
        ServerProblem.NO_TLS
    )


def test_a_password_is_never_written_to_the_settings_or_the_log(server_database, tmp_path):
    url = server_database()
    secret = make_url(url).password
    assert secret and "throwaway" in url  # the test server's password starts so (URL-encoded after it)
    data = DataPaths(tmp_path / "data").ensure()
    logger = logging.getLogger("verktoykasse")
    handler, level = LogFile(data.root / LOG_NAME), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        _use_the_server_and_its_settings(url, data)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        handler.close()
    log = (data.root / LOG_NAME).read_text(encoding="utf-8")
    assert "opened the shared database" in log and "a careless line about postgresql" in log
    assert "throwaway" not in log and "wrong-secret" not in log
    assert "throwaway" not in shown(url)


def _use_the_server_and_its_settings(url: str, data: DataPaths) -> None:
    settings = Settings(database_url=url)
    settings.save(data.settings)
    stored = json.loads(data.settings.read_text(encoding="utf-8"))["database_url"]
    assert "throwaway" not in data.settings.read_text(encoding="utf-8")
    assert make_url(stored).database == make_url(url).database and make_url(stored).password is None
    with pytest.raises(ServerError):
        open_server(with_password(url, "wrong-secret"), data)
    open_server(url, data).close()
    logging.getLogger("verktoykasse.elsewhere").warning("a careless line about %s", url)  # cleaned too


def test_a_password_in_the_keyring_opens_the_server_without_being_typed(
    server_database, tmp_path, memory_keyring
):
    url = server_database()
    secret = make_url(url).password
    bare = with_password(url, None)
    with pytest.raises(ServerError) as caught:
        open_server(bare, DataPaths(tmp_path))
    assert caught.value.needs_password
    assert remember_password(parse_url(bare), secret)
    database = open_server(bare, DataPaths(tmp_path))
    database.close()
    check_connection(parse_url(bare), secret)


def test_a_read_only_role_reads_the_plans_and_may_not_change_them(
    postgres_cluster, server_database, tmp_path
):
    url = server_database()
    writer = AppContext.create(tmp_path / "owner", database_url=url)
    with writer.database.session() as session:
        create_plan(session, "Bakeriet 2027")
    writer.close()
    name = make_url(url).database
    postgres_cluster.execute("postgres", "DROP ROLE IF EXISTS board_member")
    postgres_cluster.execute("postgres", "CREATE ROLE board_member LOGIN PASSWORD 'board-pw'")
    for statement in (
        f"GRANT CONNECT ON DATABASE {name} TO board_member",
        "GRANT USAGE ON SCHEMA public TO board_member",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO board_member",
    ):
        postgres_cluster.execute(name, statement)
    reader_url = make_url(url).set(username="board_member", password="board-pw")
    reader = open_server(reader_url.render_as_string(hide_password=False), DataPaths(tmp_path / "board"))
    try:
        assert reader.read_only
        with reader.session() as session:
            assert [p.name for p in list_plans(session)] == ["Bakeriet 2027"]
            plan = session.scalars(select(Plan)).one()
            with pytest.raises(Exception, match="permission denied"):
                set_value(session, plan, "org_name", "Noe annet")
    finally:
        reader.close()
        postgres_cluster.execute(name, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM board_member")
        postgres_cluster.execute(name, "REVOKE ALL ON SCHEMA public FROM board_member")
        postgres_cluster.execute("postgres", f"REVOKE ALL ON DATABASE {name} FROM board_member")


def test_the_command_line_takes_the_server_from_its_option_or_the_environment(
    server_database, data_dir, capsys, monkeypatch
):
    url = server_database()
    context = AppContext.create(data_dir, database_url=url)
    with context.database.session() as session:
        create_plan(session, "Kiosken")
    context.close()
    code, out, err = run_cli_here(capsys, "--database-url", url, "plans")
    assert code == 0, err
    assert "Kiosken" in out
    monkeypatch.setenv("VERKTOYKASSE_DATABASE_URL", url)
    code, out, err = run_cli_here(capsys, "plans")
    assert (code, "Kiosken" in out) == (0, True), err
    monkeypatch.delenv("VERKTOYKASSE_DATABASE_URL")
    code, out, err = run_cli_here(capsys, "--database-url", with_password(url, "wrong-secret"), "plans")
    assert code == 1
    assert "did not accept the user name" in err
    assert "wrong-secret" not in err and "Traceback" not in err


def test_settings_test_the_connection_in_place_before_it_is_chosen(qtbot, server_database):
    from PySide6.QtCore import Qt

    from verktoykasse.ui.settings_dialog import SettingsDialog

    url = server_database()
    dialog = SettingsDialog(Settings(), database_url="")
    qtbot.addWidget(dialog)
    assert dialog.database.local.isChecked() and not dialog.database.url.isEnabled()
    dialog.database.server.setChecked(True)
    dialog.database.url.setText(with_password(url, None))
    dialog.database.password.setText("wrong-secret")
    qtbot.mouseClick(dialog.database.test, Qt.MouseButton.LeftButton)
    assert "did not accept" in dialog.database.result.text()
    dialog.database.password.setText(make_url(url).password)
    assert dialog.database.test_connection()
    assert dialog.database.result.text() == "The connection works."
    assert dialog.database.chosen_url() == with_password(url, None)


def test_the_window_asks_for_the_password_and_opens_the_shared_plans(
    qtbot, server_database, data_dir, answer_next_dialog
):
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    url = server_database()
    seed = AppContext.create(data_dir, database_url=url)
    with seed.database.session() as session:
        create_plan(session, "Delt plan")
    seed.close()
    create_application()
    window = MainWindow(AppContext.create(data_dir, database_url=with_password(url, None)))
    qtbot.addWidget(window)
    window.show()
    answer_next_dialog("serverPasswordOk", make_url(url).password)
    window.load_data()
    try:
        assert window.database is not None and window.database.is_server
        with window.database.session() as session:
            assert [p.name for p in list_plans(session)] == ["Delt plan"]
        assert window.context.password == make_url(url).password  # in memory for this run only
    finally:
        window.context.close()


def test_without_an_address_anywhere_the_local_file_is_used(data_dir):
    context = AppContext.create(data_dir)
    try:
        assert context.database_url == ""
        assert not context.database.is_server
        assert context.paths.database.is_file()
    finally:
        context.close()


def readme_sql(marker: str, name: str) -> list[str]:
    """The SQL statements of the README's setup block after ``<!-- marker -->``, for database ``name``."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split(f"<!-- {marker} -->", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    return [s.strip().replace("verktoykasse", name) for s in block.split(";") if s.strip()]


def test_the_readmes_least_privilege_setup_lets_the_program_in_and_the_board_only_read(
    postgres_cluster, tmp_path
):
    name = f"vk_readme_{os.getpid()}"
    for statement in readme_sql("setup-server", name):
        postgres_cluster.execute("postgres", statement)
    try:
        for statement in readme_sql("setup-database", name):
            postgres_cluster.execute(name, statement)
        base = make_url(postgres_cluster.url(name))
        app = base._replace(username=name, password="change-me").render_as_string(hide_password=False)
        board = base._replace(username=f"{name}_board", password="change-me-too")
        database = open_server(app, DataPaths(tmp_path / "owner"))  # the first start makes the tables
        assert not database.read_only
        with database.session() as session:
            create_plan(session, "Bakeriet 2027")
        database.close()
        reader = open_server(board.render_as_string(hide_password=False), DataPaths(tmp_path / "board"))
        assert reader.read_only
        with reader.session() as session:
            assert [p.name for p in list_plans(session)] == ["Bakeriet 2027"]
        reader.close()
        with pytest.raises(ServerError) as caught:  # the program's user may not make another database
            other = base._replace(username=name, password="change-me", database="postgres")
            engine = create_engine(other.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
            try:
                with engine.connect() as connection:
                    connection.execute(text(f"CREATE DATABASE {name}_more"))
            except Exception as exc:
                raise ServerError(classify_server_error(exc), str(exc)) from exc
            finally:
                engine.dispose()
        assert caught.value.problem is ServerProblem.NO_RIGHTS
    finally:
        postgres_cluster.execute("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        postgres_cluster.execute("postgres", f"DROP ROLE IF EXISTS {name}_board")
        postgres_cluster.execute("postgres", f"DROP ROLE IF EXISTS {name}")


@pytest.fixture
def two_at_one_plan(qtbot, server_database, tmp_path):
    """Kari's window on a plan of the shared database, and Ola's program on the same database."""
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.plan_workspace import PlanWorkspace

    url = server_database()
    kari = open_server(url, DataPaths(tmp_path / "kari"))
    ola = open_server(url, DataPaths(tmp_path / "ola"))
    kari.sessions.configure(info={"user": "Kari"})
    ola.sessions.configure(info={"user": "Ola"})
    with kari.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        add_row(session, plan, "goals", title="Faste praksisplasser")
        plan_id = plan.id
    create_application()
    workspace = PlanWorkspace(kari, plan_id)
    qtbot.addWidget(workspace)
    workspace.show()
    yield workspace, ola, plan_id
    workspace.shutdown()
    kari.close()
    ola.close()


def test_a_field_both_changed_shows_both_versions_and_keeps_the_one_chosen(
    two_at_one_plan, qtbot, answer_next_dialog
):
    workspace, ola, plan_id = two_at_one_plan
    with ola.session() as session:
        set_value(session, session.get(Plan, plan_id), "problem_statement", "Ola: vi mangler folk i helgene.")
    answer_next_dialog("conflictKeepMine")
    with qtbot.waitSignal(workspace.saver.conflict) as caught:
        workspace.saver.set(workspace.plan, "problem_statement", "Kari: vi trenger lærlinger.")
    assert (caught.args[0].by, caught.args[0].theirs) == ("Ola", "Ola: vi mangler folk i helgene.")
    qtbot.waitUntil(lambda: workspace.plan.problem_statement == "Kari: vi trenger lærlinger.", timeout=5000)
    with ola.session() as session:
        assert session.get(Plan, plan_id).problem_statement == "Kari: vi trenger lærlinger."


def test_choosing_theirs_keeps_the_colleagues_text_and_shows_it(two_at_one_plan, qtbot, answer_next_dialog):
    workspace, ola, plan_id = two_at_one_plan
    with ola.session() as session:
        set_value(session, session.get(Plan, plan_id), "problem_statement", "Ola sin tekst")
    answer_next_dialog("conflictUseTheirs")
    workspace.saver.set(workspace.plan, "problem_statement", "Kari sin tekst")
    qtbot.waitUntil(
        lambda: not workspace.saver.has_unsaved and workspace.plan.problem_statement == "Ola sin tekst"
    )
    with ola.session() as session:
        assert session.get(Plan, plan_id).problem_statement == "Ola sin tekst"


def test_rows_a_colleague_adds_appear_without_a_restart_and_say_who_added_them(two_at_one_plan):
    workspace, ola, plan_id = two_at_one_plan
    assert workspace.others_timer.isActive()  # looked for every few seconds on a shared database
    assert workspace.check_for_others() is False  # nothing new yet
    with ola.session() as session:
        add_row(session, session.get(Plan, plan_id), "goals", title="Språkopplæring")
    assert workspace.check_for_others() is True
    assert [g.title for g in workspace.plan.goals] == ["Faste praksisplasser", "Språkopplæring"]
    assert workspace.plan.goals[1].changed_by == "Ola"
    assert workspace.saved_label.text() == "Changes made by others are shown."
    workspace.go_to("goals")
    assert "Changed by Kari" in " ".join(
        label.text() for label in workspace.current_page().findChildren(QLabel, "goalChangedNote")
    )


def test_every_plan_moves_to_the_server_checked_and_back(server_database, database, tmp_path):
    """File → Move to shared database… and back: every plan, list and contact arrives as it was."""
    from safety_data import add_full_plan
    from verktoykasse.exchange.example_plan import add_example_plan
    from verktoykasse.exchange.plan_json import dumps, plan_document
    from verktoykasse.exchange.transfer import copy_every_plan
    from verktoykasse.storage.db import open_database
    from verktoykasse.storage.models import Contact

    with database.session() as session:
        add_full_plan(session, name="Bakeriet 2027")
        add_example_plan(session)
        session.add(Contact(name="Mentor uten plan", organisation="Nettverket"))
        session.commit()
        originals = {p.name: dumps(plan_document(p)) for p in session.scalars(select(Plan))}
    server = open_server(server_database(), DataPaths(tmp_path))
    try:
        with database.session() as source, server.session() as target:
            assert copy_every_plan(source, target) == 2
        with server.session() as session:
            copies = {p.name: dumps(plan_document(p)) for p in session.scalars(select(Plan))}
            assert "Mentor uten plan" in {c.name for c in session.scalars(select(Contact))}
        strip = lambda text: "\n".join(line for line in text.splitlines() if '"program_version"' not in line)  # noqa: E731
        assert {n: strip(t) for n, t in copies.items()} == {n: strip(t) for n, t in originals.items()}
        back = open_database(tmp_path / "back" / "verktoykasse.sqlite3")
        with server.session() as source, back.session() as target:
            assert copy_every_plan(source, target) == 2
        with back.session() as session:
            assert sorted(p.name for p in list_plans(session)) == sorted(originals)
        back.close()
    finally:
        server.close()


def test_a_move_that_fails_half_way_leaves_the_target_as_it_was(
    server_database, database, tmp_path, monkeypatch
):
    from verktoykasse.exchange import transfer

    with database.session() as session:
        for name in ("Første", "Andre", "Tredje"):
            create_plan(session, name)
    server = open_server(server_database(), DataPaths(tmp_path))
    made = []

    def build_then_fail(session, document, *, example=False):
        if made:
            raise transfer.TransferError("the disk on the server is full")
        made.append(document)
        return original(session, document, example=example)

    original = transfer.build_plan
    monkeypatch.setattr(transfer, "build_plan", build_then_fail)
    try:
        with database.session() as source, server.session() as target, pytest.raises(transfer.TransferError):
            transfer.copy_every_plan(source, target)
        with server.session() as session:
            assert list_plans(session) == []
    finally:
        server.close()


def test_back_up_now_on_a_server_writes_every_plan_as_an_importable_plan_file(server_database, tmp_path):
    from safety_data import add_full_plan
    from verktoykasse.exchange.plan_json import import_plan_file
    from verktoykasse.exchange.transfer import back_up_as_plan_files
    from verktoykasse.storage.db import open_database

    server = open_server(server_database(), DataPaths(tmp_path))
    try:
        with server.session() as session:
            add_full_plan(session, name="Bakeriet 2027")
            create_plan(session, "Kiosken")
            folder = back_up_as_plan_files(session, tmp_path / "backups")
    finally:
        server.close()
    files = sorted(folder.glob("*.json"))
    assert [f.name for f in files] == ["0001 Bakeriet 2027.json", "0002 Kiosken.json"]
    local = open_database(tmp_path / "restored" / "verktoykasse.sqlite3")
    with local.session() as session:
        for file in files:
            import_plan_file(session, file)
        assert sorted(p.name for p in list_plans(session)) == ["Bakeriet 2027", "Kiosken"]
    local.close()


def test_the_window_moves_every_plan_to_the_server_and_works_there(
    start_window, server_database, answer_next_dialog, qtbot
):
    from verktoykasse.ui.move_actions import move_to_server

    url = server_database()
    window = start_window()
    with window.database.session() as session:
        create_plan(session, "Bakeriet 2027")
    answer_next_dialog("moveOk", url)  # the address, with its password, typed into the dialog
    assert move_to_server(window.context, window, window)
    assert window.database.is_server and window.context.database_url == with_password(url, None)
    with window.database.session() as session:
        assert [p.name for p in list_plans(session)] == ["Bakeriet 2027"]
    settings = (window.context.paths.settings).read_text(encoding="utf-8")
    assert "throwaway" not in settings and make_url(url).database in settings


def test_a_read_only_user_sees_the_plan_can_read_every_field_and_is_told_why_nothing_changes(
    postgres_cluster, server_database, tmp_path, qtbot
):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.plan_workspace import PlanWorkspace

    url = server_database()
    owner = open_server(url, DataPaths(tmp_path / "owner"))
    with owner.session() as session:
        plan = create_plan(session, "Bakeriet 2027")
        set_value(session, plan, "problem_statement", "Vi mangler folk i helgene.")
        plan_id = plan.id
    owner.close()
    name = make_url(url).database
    postgres_cluster.execute("postgres", "DROP ROLE IF EXISTS board_reader")
    postgres_cluster.execute("postgres", "CREATE ROLE board_reader LOGIN PASSWORD 'board-pw'")
    for statement in (
        f"GRANT CONNECT ON DATABASE {name} TO board_reader",
        "GRANT USAGE ON SCHEMA public TO board_reader",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO board_reader",
    ):
        postgres_cluster.execute(name, statement)
    reader_url = make_url(url)._replace(username="board_reader", password="board-pw")
    reader = open_server(reader_url.render_as_string(hide_password=False), DataPaths(tmp_path / "board"))
    create_application()
    workspace = PlanWorkspace(reader, plan_id)
    qtbot.addWidget(workspace)
    try:
        assert "Read-only" in workspace.saved_label.text()
        edits = workspace.current_page().findChildren(QLineEdit) + workspace.current_page().findChildren(
            QPlainTextEdit
        )
        assert edits and all(edit.isReadOnly() for edit in edits)
        assert workspace.saver.set(workspace.plan, "problem_statement", "Endret") is False
        assert not workspace.banner.isVisible()  # no "could not save": there was nothing to save
    finally:
        workspace.shutdown()
        reader.close()
        postgres_cluster.execute(name, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM board_reader")
        postgres_cluster.execute(name, "REVOKE ALL ON SCHEMA public FROM board_reader")
        postgres_cluster.execute("postgres", f"REVOKE ALL ON DATABASE {name} FROM board_reader")


def test_plans_a_colleague_adds_appear_in_the_list_without_a_restart(
    qtbot, server_database, data_dir, tmp_path
):
    from verktoykasse.ui.app import create_application
    from verktoykasse.ui.main_window import MainWindow

    url = server_database()
    create_application()
    window = MainWindow(AppContext.create(data_dir, database_url=url))
    qtbot.addWidget(window)
    window.show()
    window.load_data()
    colleague = open_server(url, DataPaths(tmp_path / "ola"))
    try:
        assert window.home.check_for_others() is False
        with colleague.session() as session:
            create_plan(session, "Olas plan")
        assert window.home.check_for_others() is True
        assert window.home.plan_names() == ["Olas plan"]
    finally:
        colleague.close()
        window.context.close()


def test_a_measures_goals_ticked_by_both_show_both_lists_and_keep_the_one_chosen(
    two_at_one_plan, qtbot, answer_next_dialog
):
    from verktoykasse.storage.editing import set_measure_goals
    from verktoykasse.ui.wizard.conflict import shown_value

    workspace, ola, plan_id = two_at_one_plan
    measure = workspace.saver.run(lambda: add_row(workspace.session, workspace.plan, "measures", title="Nav"))
    assert measure.goals == []  # Kari sees no goal ticked
    goal_id = workspace.plan.goals[0].id
    with ola.session() as session:
        set_measure_goals(session, session.get(Plan, plan_id).measures[0], [goal_id])
    answer_next_dialog("conflictKeepMine")
    with qtbot.waitSignal(workspace.saver.conflict) as caught:
        workspace.saver.run(lambda: set_measure_goals(workspace.session, measure, []))
    assert caught.args[0].by == "Ola"
    assert shown_value(caught.args[0].theirs) == "Faste praksisplasser"  # the dialog shows the goals
    qtbot.waitUntil(lambda: measure.goals == [], timeout=5000)
    with ola.session() as session:
        assert session.get(Plan, plan_id).measures[0].goals == []
