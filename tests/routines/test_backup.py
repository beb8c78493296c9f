import json
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routines.backup import validate_record
from routines.models import SavedRoutine
from tests.factories import catalogue_once, pregnant_answers, valid_answers
from tests.factories import make_routine as make_saved_routine

pytestmark = pytest.mark.django_db

FIELDS = ("token", "answers", "routine", "catalogue_version", "created_at")


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


PEOPLE = [valid_answers(), pregnant_answers(), valid_answers(isotretinoin="yes", skin_type="dry")]


def make_routine(n, **fields):
    routine = make_saved_routine(**PEOPLE[n % len(PEOPLE)])
    # Distinct, older creation times with microseconds, to show that the import keeps them exactly.
    SavedRoutine.objects.filter(pk=routine.pk).update(
        created_at=fields.pop("created_at", datetime(2026, 1, n + 1, 9, 30, 0, 123456 + n, tzinfo=UTC))
    )
    return routine


def raw_rows():
    """Each routine as the database stores it: JSON columns as text, byte for byte."""
    table = connection.ops.quote_name(SavedRoutine._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT token, CAST(answers AS TEXT), CAST(routine AS TEXT), catalogue_version FROM {table} ORDER BY token"
        )
        return cursor.fetchall()


def rows():
    return sorted(SavedRoutine.objects.values_list(*FIELDS))


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
    SavedRoutine.objects.all().delete()

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
    assert record["created_at"] == "2026-01-02T09:30:00.123457Z"


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
    assert routine.routine["am"] != ["tampered"]


def test_import_skips_bad_records_with_a_clear_message_and_imports_the_rest(tmp_path):
    good = make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    SavedRoutine.objects.all().delete()
    record = json.loads(backup.read_text())
    no_answers = {**record, "token": "b" * 32}
    del no_answers["answers"]
    naive_time = {**record, "token": "c" * 32, "created_at": "2026-01-01T10:00:00"}
    backup.write_text("\n".join(json.dumps(r) for r in [no_answers, record, naive_time, [1, 2]]) + "\n")

    out, err = import_(backup)

    assert list(SavedRoutine.objects.values_list("token", flat=True)) == [good.token]
    assert "Skipped record 1: missing answers." in err
    assert "Skipped record 3: created_at must be an ISO 8601 date and time with a time zone." in err
    assert "Skipped record 4: not a JSON object." in err
    assert "Imported 1 routine(s); 0 already saved and left unchanged; 3 bad record(s) skipped." in out


def test_a_file_that_is_not_json_gives_a_clear_error_and_changes_nothing(tmp_path):
    make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    SavedRoutine.objects.all().delete()
    good_line = backup.read_text()
    backup.write_text(good_line + '{"token": "truncated\n')

    with pytest.raises(CommandError, match=r"Line 2 is not valid JSON .* Nothing was imported\."):
        import_(backup)
    assert SavedRoutine.objects.count() == 0


def test_a_missing_file_gives_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Can't read"):
        import_(tmp_path / "nope.jsonl")


def test_import_accepts_a_json_array(tmp_path):
    make_routine(1)
    before = rows()
    backup = tmp_path / "routines.jsonl"
    export(backup)
    SavedRoutine.objects.all().delete()
    array = tmp_path / "routines.json"
    array.write_text(json.dumps([json.loads(line) for line in backup.read_text().splitlines()]))

    import_(array)

    assert rows() == before


def test_routines_made_after_the_backup_survive_a_restore(tmp_path):
    make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    later = make_routine(2)
    later_created = SavedRoutine.objects.get(pk=later.pk).created_at

    import_(backup)

    assert SavedRoutine.objects.count() == 2
    assert SavedRoutine.objects.get(pk=later.pk).created_at == later_created
    assert later_created - datetime(2026, 1, 3, 9, 30, 0, 123458, tzinfo=UTC) == timedelta(0)


def test_a_round_trip_is_exact_json_bytes_and_microseconds(tmp_path):
    for n in range(3):
        make_routine(n)
    before, times = raw_rows(), sorted(SavedRoutine.objects.values_list("token", "created_at"))
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    export(first)
    SavedRoutine.objects.all().delete()

    import_(first)
    export(second)

    assert raw_rows() == before
    assert sorted(SavedRoutine.objects.values_list("token", "created_at")) == times
    assert all(moment.microsecond for _, moment in times)
    assert second.read_bytes() == first.read_bytes()


def test_export_keeps_the_json_as_saved_without_sorting_keys(tmp_path):
    routine = make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    record = json.loads(backup.read_text(encoding="utf-8"))
    assert list(record) == list(FIELDS)
    assert list(record["routine"]) == list(SavedRoutine.objects.get(pk=routine.pk).routine)


def junk_backup(tmp_path, **changes):
    make_routine(1)
    backup = tmp_path / "routines.jsonl"
    export(backup)
    record = json.loads(backup.read_text(encoding="utf-8"))
    SavedRoutine.objects.all().delete()
    lines = []
    for n, (where, value) in enumerate(changes.items()):
        bad = json.loads(json.dumps(record))
        bad["token"] = f"{n:02d}" + "b" * 30
        section, _, key = where.partition("__")
        if key:
            bad[section][key] = value
        else:
            bad[section] = value
        lines.append(json.dumps(bad))
    backup.write_text("\n".join([*lines, json.dumps(record)]) + "\n", encoding="utf-8")
    return backup, record


def test_import_skips_records_whose_routine_or_answers_do_not_fit_with_the_reason(tmp_path):
    backup, good = junk_backup(
        tmp_path,
        routine__am=5,
        routine__weekly={"mon": []},
        routine__warnings=[{"code": "pregnancy"}],
        answers__skin_type="scaly",
        answers__pregnancy=None,
        routine={"pm": []},
    )

    out, err = import_(backup)

    assert list(SavedRoutine.objects.values_list("token", flat=True)) == [good["token"]]
    assert "Skipped record 1: Routine.am: expected a list, got int." in err
    assert "Skipped record 2: Routine.weekly: Week: missing 'tue'." in err
    assert "Skipped record 3: Routine.warnings: WarningNote: missing 'title'." in err
    assert "Skipped record 4: answers don't fit the questionnaire ('scaly' is not a valid SkinType)." in err
    assert "Skipped record 5: answers don't fit the questionnaire" in err
    assert "Skipped record 6: Routine: missing 'am'." in err
    assert "6 bad record(s) skipped" in out
    assert Client().get(f"/r/{good['token']}/").status_code == 200


# Any JSON value, to put in place of a part of a valid record.
junk = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def paths(value, prefix=()):
    """Every place inside a JSON value, as a tuple of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_the_import_accepts_renders_as_a_page_and_json(data):
    routine = SavedRoutine.objects.first() or make_routine(2)
    record = dict(SavedRoutine.objects.values(*FIELDS).get(pk=routine.pk))
    record["token"] = "y" * 32
    record["created_at"] = "2026-01-01T00:00:00Z"
    place = data.draw(st.sampled_from([p for p in paths(record["routine"]) if p]))
    target = record["routine"]
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = data.draw(junk)
    try:
        validate_record(record)
    except ValueError:
        return
    SavedRoutine.objects.create(**{k: v for k, v in record.items() if k != "created_at"})
    try:
        assert Client().get(f"/r/{record['token']}/").status_code == 200
        assert Client().get(f"/r/{record['token']}.json").status_code == 200
    finally:
        SavedRoutine.objects.filter(token=record["token"]).delete()
