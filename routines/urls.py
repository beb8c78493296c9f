from django.urls import path, register_converter

from . import follow_views, views


class TokenConverter:
    """A routine token's shape (`secrets.token_urlsafe`); anything else is a 404 before any query."""

    regex = "[A-Za-z0-9_-]{16,64}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TokenConverter, "token")

app_name = "routines"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("routine/new/", views.questionnaire, name="questionnaire"),
    # Before the step pattern, which would take "forget" for a step's slug.
    path("routine/steps/forget/", views.forget_answers, name="forget"),
    path("routine/steps/<slug:step>/", views.questionnaire_step, name="step"),
    path("r/<token:token>/", views.routine_detail, name="detail"),
    path("r/<token:token>.json", views.routine_json, name="json"),
    path("r/<token:token>.ics", views.routine_ics, name="ics"),
    path("r/<token:token>/delete/", views.routine_delete, name="delete"),
    path("r/<token:token>/rebuild/", views.routine_rebuild, name="rebuild"),
    # Following the plan (routines/follow_views.py).
    path("r/<token:token>/check-in/", follow_views.check_in, name="check_in"),
    path("r/<token:token>/irritated/", follow_views.irritated, name="irritated"),
    path("r/<token:token>/resume/", follow_views.resume, name="resume"),
    path("r/<token:token>/summary/", follow_views.summary, name="summary"),
    path("r/<token:token>/calendar/", follow_views.calendar_feed, name="calendar_feed"),
    path("calendar/<token:token>.ics", follow_views.feed, name="feed"),
]
