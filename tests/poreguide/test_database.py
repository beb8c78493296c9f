import pytest
from django.conf import settings
from django.db.utils import ConnectionHandler

IS_SQLITE = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


@pytest.mark.skipif(not IS_SQLITE, reason="SQLite only: PostgreSQL manages its own journal and locks")
def test_sqlite_files_are_opened_in_wal_mode_with_a_busy_timeout(tmp_path, django_db_blocker):
    # The test database lives in memory, which has no WAL; open a file with the same settings.
    handler = ConnectionHandler({"default": {**settings.DATABASES["default"], "NAME": str(tmp_path / "db.sqlite3")}})
    connection = handler["default"]
    try:
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] == settings.DATABASES["default"]["OPTIONS"]["timeout"] * 1000
    finally:
        connection.close()
