from django.apps import AppConfig


class IngredientsConfig(AppConfig):
    name = "ingredients"
    verbose_name = "Pore-care catalogue"

    def ready(self):
        from . import signals

        signals.connect()
