import json
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from routines.models import Routine

pytestmark = pytest.mark.django_db

FIELDS = ("token", "answers", "routine", "catalogue_version", "created_at")


def make_routine(n, **fields):
    routine = Routine.objects.create(
        answers=fields.pop("answers", {"skin_type": "oily", "concerns": ["blackheads"], "sensitive": n % 2 == 0}),
        routine=fields.pop("routine", {"am": [{"kind": "cleanse", "title": f"Cleanse {n}"}], "note": "ü ✓"}),
        catalogue_version=fields.pop("catalogue_version", f"v{n}"),
    )
    # Distinct, older creation times, to show that the import keeps them.
    Routine.objects.filter(pk=routine.pk).update(created_at=datetime(2026, 1, n + 1, 9, 30, tzinfo=UTC))
    return routine


def rows():
    return sorted(Routine.objects.values_list(*FIELDS))


def export(path):
    call_command("export_routines", "--output", str(path), stderr=StringIO())


def import_(path):
    out, err = StringIO(), StringIO()
    call_command("import_routines", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_export_then_import_restores_the_same_rows(tmp_path):
    for n in range(3):
        make_routine(n)
    before = rows()
    backup = tmp_path / "routines.jsonl"
    export(backup)
    Routine.objects.all().delete()

    out, err = import_(backup)

    assert rows() == before
    assert "Imported 3 routine(s)" in out
    assert err == ""


def test_export_writes_one_json_object_per_line_with_the_documented_fields(tmp_path):
    make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)

    [line] = backup.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert set(record) == set(FIELDS)
    assert record["created_at"] == "2026-01-02T09:30:00Z"


def test_export_writes_to_standard_output_by_default():
    routine = make_routine(1)
    out = StringIO()
    call_command("export_routines", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["token"] == routine.token


def test_importing_twice_does_not_duplicate(tmp_path):
    for n in range(2):
        make_routine(n)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    before = rows()

    out, _ = import_(backup)

    assert rows() == before
    assert "Imported 0 routine(s); 2 already saved and left unchanged" in out


def test_import_never_overwrites_a_saved_routine(tmp_path):
    routine = make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    record = json.loads(backup.read_text())
    record["routine"] = {"am": ["tampered"]}
    backup.write_text(json.dumps(record) + "\n")

    import_(backup)

    routine.refresh_from_db()
    assert routine.routine["am"][0]["title"] == "Cleanse 1"


def test_import_skips_bad_records_with_a_clear_message_and_imports_the_rest(tmp_path):
    good = make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    Routine.objects.all().delete()
    record = json.loads(backup.read_text())
    no_answers = {**record, "token": "b" * 32}
    del no_answers["answers"]
    naive_time = {**record, "token": "c" * 32, "created_at": "2026-01-01T10:00:00"}
    backup.write_text("\n".join(json.dumps(r) for r in [no_answers, record, naive_time, [1, 2]]) + "\n")

    out, err = import_(backup)

    assert list(Routine.objects.values_list("token", flat=True)) == [good.token]
    assert "Skipped record 1: missing answers." in err
    assert "Skipped record 3: created_at must be an ISO 8601 date and time with a time zone." in err
    assert "Skipped record 4: not a JSON object." in err
    assert "Imported 1 routine(s); 0 already saved and left unchanged; 3 bad record(s) skipped." in out


def test_a_file_that_is_not_json_gives_a_clear_error_and_changes_nothing(tmp_path):
    make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    Routine.objects.all().delete()
    good_line = backup.read_text()
    backup.write_text(good_line + '{"token": "truncated\n')

    with pytest.raises(CommandError, match=r"Line 2 is not valid JSON .* Nothing was imported\."):
        import_(backup)
    assert Routine.objects.count() == 0


def test_a_missing_file_gives_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Can't read"):
        import_(tmp_path / "nope.jsonl")


def test_import_accepts_a_json_array(tmp_path):
    make_routine(1)
    before = rows()
    backup = tmp_path / "routines.jsonl"
    export(backup)
    Routine.objects.all().delete()
    array = tmp_path / "routines.json"
    array.write_text(json.dumps([json.loads(line) for line in backup.read_text().splitlines()]))

    import_(array)

    assert rows() == before


def test_routines_made_after_the_backup_survive_a_restore(tmp_path):
    make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    later = make_routine(2)
    later_created = Routine.objects.get(pk=later.pk).created_at

    import_(backup)

    assert Routine.objects.count() == 2
    assert Routine.objects.get(pk=later.pk).created_at == later_created
    assert later_created - datetime(2026, 1, 3, 9, 30, tzinfo=UTC) == timedelta(0)
