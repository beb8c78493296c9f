from django.apps import AppConfig


class PoreGuideConfig(AppConfig):
    name = "poreguide"
    verbose_name = "Pore Guide"

    def ready(self):
        from . import checks  # noqa: F401  registers the deployment checks
