"""`make run` never overwrites a curated catalogue; a newer fixture goes in only through a reviewed update."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from ingredients import catalogue_sync
from ingredients import models as m
from tests.admin_helpers import admin_url, form_data, make_curator

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "fixtures" / "catalogue.json"

pytestmark = pytest.mark.django_db


def run_command(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def make_run_commands() -> list[str]:
    """The commands `make run` runs before it serves, read from the Makefile itself (`make -n`)."""
    result = subprocess.run(
        ["make", "-n", "-o", ".venv/.run-installed", "run", f"PY={sys.executable}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    # Compiling the interface's translations (only while a .mo is older than its .po) is not about the
    # catalogue: tests/poreguide/test_messages.py covers it.
    lines = [line for line in result.stdout.splitlines() if "manage.py" in line and "compile_translations" not in line]
    assert lines and "runserver" in lines[-1], result.stdout
    return lines[:-1]


def fixture_records() -> list[dict]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def changed_fixture(tmp_path, edit) -> Path:
    records = fixture_records()
    edit(records)
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(records, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def find(records, model, slug):
    return next(r for r in records if r["model"] == f"ingredients.{model}" and r["fields"].get("slug") == slug)


# --- make run ------------------------------------------------------------------------------------


def test_make_run_migrates_loads_only_an_empty_catalogue_and_serves():
    commands = make_run_commands()
    assert [shlex.split(c)[-2:] for c in commands] == [
        ["migrate", "--noinput"],
        ["manage.py", "load_catalogue_if_empty"],
    ]


def test_a_curated_edit_survives_make_run_twice(client):
    """The commands `make run` runs, around a curator's edit in admin: the edit is still there after."""
    for command in make_run_commands():
        call_command(*shlex.split(command)[shlex.split(command).index("manage.py") + 1 :], stdout=StringIO())
    myth = m.Myth.objects.get(slug="pores_open_close")
    ingredient_count = m.Ingredient.objects.count()

    client.force_login(make_curator())
    page = client.get(admin_url(m.Myth, "change", myth.pk))
    response = client.post(admin_url(m.Myth, "change", myth.pk), form_data(page, reality_en="Edited by a curator."))
    assert response.status_code == 302, response.context["adminform"].form.errors
    deleted = m.Ingredient.objects.get(slug="salicylic-acid")
    response = client.post(admin_url(m.Ingredient, "delete", deleted.pk), {"post": "yes"})
    assert response.status_code == 302  # a curator's delete sticks too

    out = StringIO()
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_catalogue_if_empty", stdout=out)
    assert "left as it is" in out.getvalue()
    assert m.Myth.objects.get(slug="pores_open_close").reality == "Edited by a curator."
    assert m.Ingredient.objects.count() == ingredient_count - 1


def test_load_catalogue_if_empty_loads_the_whole_fixture_with_history():
    out = run_command("load_catalogue_if_empty")
    assert f"loaded {len(fixture_records())} rows" in out
    assert m.Ingredient.objects.count() == sum(r["model"] == "ingredients.ingredient" for r in fixture_records())
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    (record,) = ingredient.history.all()
    assert record.history_type == "+" and "Loaded from" in record.history_change_reason
    assert {s.slug for s in ingredient.sources.all()} == {
        ref[0] for ref in find(fixture_records(), "ingredient", "salicylic-acid")["fields"]["sources"]
    }
    # Rows without a slug keep the fixture's pk, and the next new one still gets a free pk (PostgreSQL).
    conflicts = [r for r in fixture_records() if r["model"] == "ingredients.conflict"]
    assert sorted(m.Conflict.objects.values_list("pk", flat=True)) == sorted(r["pk"] for r in conflicts)
    new = m.Conflict.objects.create(class_a="clay", class_b="peptide", text="t")
    assert new.pk not in {r["pk"] for r in conflicts}


def test_the_readme_run_commands_in_real_processes_keep_an_edit(tmp_path):
    """`make run`'s own commands as subprocesses on a fresh SQLite file, run twice around an edit."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "DEBUG": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)

    def run(command: str) -> str:
        done = subprocess.run(command, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    first = [run(c) for c in make_run_commands()]
    assert "The catalogue was empty: loaded" in first[-1]
    shell = f"{shlex.quote(sys.executable)} manage.py shell --no-imports -c "
    myth = "from ingredients.models import Myth; myth = Myth.objects.filter(slug='pores_open_close'); "
    run(shell + shlex.quote(myth + "myth.update(reality='Edited.')"))
    second = [run(c) for c in make_run_commands()]
    assert "left as it is" in second[-1]
    assert run(shell + shlex.quote(myth + "print(myth.get().reality)")).strip() == "Edited."


# --- update_catalogue ----------------------------------------------------------------------------


def test_update_catalogue_lists_adds_changes_and_deletes_and_changes_nothing_without_apply(tmp_path):
    run_command("load_catalogue_if_empty")

    def edit(records):
        find(records, "myth", "pores_open_close")["fields"]["reality"] = "New reality."
        records.remove(find(records, "lifestyletip", "sun-protection"))
        new = json.loads(json.dumps(find(records, "myth", "pores_open_close")))
        new["fields"].update(slug="new-myth", myth="A brand new myth.")
        records.append(new)

    path = changed_fixture(tmp_path, edit)
    before = m.Myth.objects.get(slug="pores_open_close").reality
    out = run_command("update_catalogue", str(path))

    assert "Myths:\n  + new-myth\n  ~ pores_open_close\n      reality: " in out
    assert "→ 'New reality.'" in out
    assert "Lifestyle tips:\n  - sun-protection" in out
    assert "1 to add, 1 to change, 1 to delete." in out
    assert "Dry run: nothing was changed" in out
    assert m.Myth.objects.get(slug="pores_open_close").reality == before
    assert not m.Myth.objects.filter(slug="new-myth").exists()
    assert m.LifestyleTip.objects.filter(slug="sun-protection").exists()


def test_update_catalogue_apply_does_it_all_with_history(tmp_path):
    run_command("load_catalogue_if_empty")

    def edit(records):
        find(records, "ingredient", "salicylic-acid")["fields"]["sources"] = [["dong2016"]]
        contra = next(r for r in records if r["model"] == "ingredients.contraindication")
        contra["fields"]["text"] = "Changed text."
        records.remove(find(records, "lifestyletip", "sun-protection"))

    path = changed_fixture(tmp_path, edit)
    out = run_command("update_catalogue", str(path), "--apply")
    assert "Applied in one transaction: added 0, changed 2, deleted 1 rows." in out

    salicylic = m.Ingredient.objects.get(slug="salicylic-acid")
    assert [s.slug for s in salicylic.sources.all()] == ["dong2016"]
    latest = salicylic.history.first()
    assert "update_catalogue" in latest.history_change_reason
    assert [c.field for c in latest.diff_against(latest.prev_record).changes] == ["sources"]
    assert m.Contraindication.objects.filter(text="Changed text.").count() == 1
    assert not m.LifestyleTip.objects.filter(slug="sun-protection").exists()
    assert "The database already matches the fixture" in run_command("update_catalogue", str(path))


def test_update_catalogue_apply_is_one_transaction(tmp_path, monkeypatch):
    run_command("load_catalogue_if_empty")

    def edit(records):
        find(records, "myth", "pores_open_close")["fields"]["reality"] = "Half applied?"
        find(records, "notice", "disclaimer")["fields"]["text"] = "Changed disclaimer."

    path = changed_fixture(tmp_path, edit)
    real_save = catalogue_sync._save_with_history

    def fail_on_notice(record, **kwargs):
        if record["model"] == "ingredients.notice":
            raise RuntimeError("disk full")
        real_save(record, **kwargs)

    monkeypatch.setattr(catalogue_sync, "_save_with_history", fail_on_notice)
    with pytest.raises(RuntimeError):
        call_command("update_catalogue", str(path), "--apply", stdout=StringIO())
    assert m.Myth.objects.get(slug="pores_open_close").reality != "Half applied?"


def test_update_catalogue_keeps_its_hands_off_rows_the_fixture_already_matches(tmp_path):
    run_command("load_catalogue_if_empty")
    out = run_command("update_catalogue")
    assert "The database already matches the fixture: nothing to do." in out
    assert all(record.history_type == "+" for record in m.Myth.history.all())
