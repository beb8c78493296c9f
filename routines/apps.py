from django.apps import AppConfig


class RoutinesConfig(AppConfig):
    name = "routines"
    verbose_name = "Saved routines"

    def ready(self):
        # The catalogue's admin previews an edit and checks an ingredient's reach with the engine,
        # which it may not import (it is the layer below): the engine registers both here.
        from ingredients import curator_tools

        from . import preview, reach

        curator_tools.register(preview=preview.preview_change, reach=reach.problems_of_saved)
