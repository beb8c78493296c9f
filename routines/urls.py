from django.urls import path

from . import views

app_name = "routines"

urlpatterns = [
    path("", views.landing, name="landing"),
]
