from django.apps import AppConfig


class IngredientsConfig(AppConfig):
    name = "ingredients"
    verbose_name = "Pore-care catalogue"
