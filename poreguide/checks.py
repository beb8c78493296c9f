from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def accessibility_contact_is_set(app_configs, **kwargs):
    """The accessibility statement promises a way to report a barrier: production must say where."""
    if settings.ACCESSIBILITY_CONTACT:
        return []
    return [
        Warning(
            "ACCESSIBILITY_CONTACT is not set, so the accessibility statement (/accessibility/) gives no contact.",
            hint="Set ACCESSIBILITY_CONTACT to an e-mail address or an https:// page for reporting a problem.",
            id="poreguide.W001",
        )
    ]
