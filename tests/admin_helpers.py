"""Helpers for driving Django admin as a curator does: log in, open a form, change it, submit it."""

from __future__ import annotations

from django.contrib.auth.models import Group, User
from django.urls import reverse


def make_curator(username: str = "curator") -> User:
    user = User.objects.create_user(username, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    return user


def admin_url(model, view, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def form_data(response, **changes) -> dict:
    """What a browser would submit from the admin form on this page, with `changes` applied.

    Reads the bound fields' values (the form as rendered: initial values on a GET), including the
    management forms of inlines, so a test changes only what a curator would change.
    """
    data: dict = {}

    def add(form, prefix_fields=True):
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            name = bound.html_name
            if value is True:
                data[name] = "on"
            elif isinstance(value, list | tuple):
                data[name] = [str(v) for v in value]
            else:
                data[name] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets") or []:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    data.update(changes)
    return data
