from django.urls import path

from . import views

app_name = "labels"

urlpatterns = [
    path("check/", views.check, name="check"),
    path("check.json", views.check_json, name="check_json"),
]
