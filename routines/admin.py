from django.contrib import admin

from .models import Routine


@admin.register(Routine)
class RoutineAdmin(admin.ModelAdmin):
    """Administrators only (curators have no permission): saved answers are health data, so the list
    shows no answers and nothing here can be edited."""

    list_display = ["token_prefix", "created_at", "catalogue_version"]
    list_filter = ["created_at"]
    fields = ["token", "created_at", "catalogue_version"]
    readonly_fields = fields

    @admin.display(description="token")
    def token_prefix(self, obj):
        return f"{obj.token[:6]}…"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
