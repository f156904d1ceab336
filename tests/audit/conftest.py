"""Storage fixtures: the same tests run against a SQLite file and a real PostgreSQL server.

The server is started once per test session (per xdist worker that runs a postgres-group
test) on 127.0.0.1 from Debian's binaries under /usr/lib/postgresql/*/bin; each test gets its
own database in it. Without the binaries the PostgreSQL tests skip, except under CI=true,
where they fail: CI must not pass by silently testing SQLite only.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.db import dispose_engines
from bot.settings import Settings

PG_SUPERUSER = "conduct"  # the database role initdb creates; trust auth on loopback only
PG_OS_USER = "postgres"  # PostgreSQL refuses to run as root; Debian's package creates this user

POSTGRES = [pytest.mark.postgres, pytest.mark.xdist_group("postgres")]


@dataclass
class PostgresServer:
    port: int
    root: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{PG_SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database, so each test starts from nothing; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=PG_SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"{reason}; CI=true requires the PostgreSQL tests to run "
            "(scripts/system-deps.sh installs the Debian 'postgresql' package)",
            pytrace=False,
        )
    pytest.skip(reason)


def _bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin directory."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        return None

    def major(path: str) -> int:
        version = Path(path).parent.parent.name
        return int(version) if version.isdigit() else 0

    return Path(max(found, key=major)).parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server on loopback, stopped and deleted at the end."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        _unavailable("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin")
    as_user: dict[str, int] = {}
    # /tmp rather than $TMPDIR: the socket path must stay under ~100 bytes, and as root the
    # server's user must be able to reach the directory (pytest's own tmp dirs are 0700).
    root = Path(tempfile.mkdtemp(prefix="conduct-pg-", dir="/tmp" if os.path.isdir("/tmp") else None))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam(PG_OS_USER)
        except KeyError:
            shutil.rmtree(root)
            _unavailable(f"running as root and there is no {PG_OS_USER!r} OS user to run PostgreSQL as")
        os.chown(root, account.pw_uid, account.pw_gid)
        as_user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    data, log = root / "data", root / "server.log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        # cwd: the server's user may not be allowed into the directory pytest runs from.
        return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=120, **as_user)

    try:
        done = run(
            str(bin_dir / "initdb"), "-D", str(data), "-U", PG_SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        if done.returncode != 0:
            pytest.fail(f"initdb failed:\n{done.stdout}\n{done.stderr}", pytrace=False)
        for _attempt in range(3):  # another process may take the free port before the server does
            port = _free_port()
            options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
            done = run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
            if done.returncode == 0:
                break
        else:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            pytest.fail(
                f"PostgreSQL did not start:\n{done.stdout}\n{done.stderr}\n{server_log}", pytrace=False
            )
        try:
            yield PostgresServer(port=port, root=root)
        finally:
            dispose_engines()  # close pooled connections so the server stops at once
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=POSTGRES)])
def db_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings for an empty database of each backend.

    SQLite uses the default location (DATABASE_URL empty, a not-yet-existing DATA_DIR), so the
    default path and directory creation are exercised too.
    """
    url = ""
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_server").create_database()
    settings = Settings(
        _env_file=None,
        DATA_DIR=tmp_path / "var",
        DATABASE_URL=url,
        AUDIT_RETENTION_DAYS=30,
        CONVERSATION_TTL_HOURS=24,
    )
    yield settings
    dispose_engines()
