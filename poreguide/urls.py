from django.contrib import admin
from django.urls import include, path

from poreguide.views import accessibility, healthz, privacy

admin.site.site_header = "Pore Guide catalogue"
admin.site.site_title = "Pore Guide admin"
admin.site.index_title = "Curate the pore-care catalogue"

handler400 = "poreguide.views.bad_request"
handler403 = "poreguide.views.permission_denied"
handler404 = "poreguide.views.page_not_found"
handler500 = "poreguide.views.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("accessibility/", accessibility, name="accessibility"),
    path("privacy/", privacy, name="privacy"),
    path("", include("routines.urls")),
    path("", include("ingredients.urls")),
    path("", include("labels.urls")),
]
