from django.contrib import admin

from poreguide.logs import token_ref

from .erase import erase_routine, erase_routines
from .models import SavedRoutine


@admin.register(SavedRoutine)
class RoutineAdmin(admin.ModelAdmin):
    """Administrators only (curators have no permission): saved answers are health data, so the list
    shows no answers and nothing here can be edited. The token is shown only by its first characters
    (as in the logs): the whole token would let an administrator open the routine and read them."""

    list_display = ["token_prefix", "created_at", "catalogue_version"]
    list_filter = ["created_at"]
    fields = ["token_prefix", "created_at", "catalogue_version"]
    readonly_fields = fields
    view_on_site = False  # its link would lead to the whole token

    @admin.display(description="token")
    def token_prefix(self, obj):
        return token_ref(obj.token)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        erase_routine(obj)

    def delete_queryset(self, request, queryset):
        erase_routines(queryset)
