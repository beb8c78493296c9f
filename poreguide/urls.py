from django.conf.urls.i18n import i18n_patterns
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

# Outside the languages: admin (curators edit both languages there, django-modeltranslation) and the
# health probe (plain text for machines). Static files are served by WhiteNoise before any URL.
urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]

# Every page, POST endpoint, JSON and calendar: English at P, Dutch at /nl + P.
urlpatterns += i18n_patterns(
    path("accessibility/", accessibility, name="accessibility"),
    path("privacy/", privacy, name="privacy"),
    path("", include("routines.urls")),
    path("", include("ingredients.urls")),
    path("", include("labels.urls")),
    prefix_default_language=False,
)
