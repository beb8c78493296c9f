from django.urls import path

from . import views

app_name = "ingredients"

urlpatterns = [
    path("ingredients/", views.glossary, name="glossary"),
    path("ingredients/<slug:slug>/", views.ingredient_detail, name="ingredient"),
    path("myths/", views.myths, name="myths"),
]
