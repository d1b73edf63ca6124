"""Kari's program talks to the shared database over the office network: encrypted when the server offers
TLS, and with ``sslmode=require`` in the address never without it.

The test server listens on 127.0.0.1 too (benchmarks/postgres_server.py); TLS is switched on there with a
certificate made for this test, and off again after it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from verktoykasse.paths import DataPaths
from verktoykasse.storage.plans import create_plan, list_plans
from verktoykasse.storage.server import ServerError, ServerProblem, open_server, server_message


def self_signed_certificate(folder: Path) -> tuple[bytes, bytes]:
    """A certificate for "localhost" and its key (PEM): with the openssl program, else ``cryptography``."""
    if shutil.which("openssl"):
        key, cert = folder / "server.key", folder / "server.crt"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost"],
            check=True, capture_output=True,
        )  # fmt: skip
        return cert.read_bytes(), key.read_bytes()
    x509 = pytest.importorskip("cryptography.x509", reason="neither openssl nor cryptography is installed")
    import datetime as dt

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .sign(private, hashes.SHA256())
    )
    key = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key


@pytest.fixture
def office_server(postgres_cluster, server_database):
    """The URL of a fresh database over TCP, with ``sslmode=require``."""
    if postgres_cluster.port is None:
        pytest.skip("the TLS test needs the throwaway cluster, which it may configure")
    name = make_url(server_database()).database
    return postgres_cluster.tcp_url(name) + "?sslmode=require"


def test_a_server_without_tls_is_refused_under_sslmode_require_with_a_plain_message(
    postgres_cluster, office_server, tmp_path
):
    postgres_cluster.reload_with(ssl="off")
    with pytest.raises(ServerError) as caught:
        open_server(office_server, DataPaths(tmp_path / "kari"))
    assert caught.value.problem is ServerProblem.NO_TLS
    assert str(caught.value) == server_message(ServerProblem.NO_TLS, make_url(office_server))
    assert "does not offer an encrypted connection" in str(caught.value)


def test_with_tls_on_the_server_the_connection_is_encrypted_and_plans_are_saved(
    postgres_cluster, office_server, tmp_path
):
    certificate, key = self_signed_certificate(tmp_path)
    cert_file = postgres_cluster.server_file("server.crt", certificate)
    key_file = postgres_cluster.server_file("server.key", key)
    postgres_cluster.reload_with(ssl="on", ssl_cert_file=str(cert_file), ssl_key_file=str(key_file))
    try:
        database = open_server(office_server, DataPaths(tmp_path / "kari"))
        try:
            with database.session() as session:
                create_plan(session, "Bakeriet 2027")
                encrypted, protocol = session.execute(
                    text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                ).one()
                assert [plan.name for plan in list_plans(session)] == ["Bakeriet 2027"]
            assert encrypted is True and protocol.startswith("TLS")
        finally:
            database.close()
    finally:
        postgres_cluster.reload_with(ssl="off")
