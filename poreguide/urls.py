from django.contrib import admin
from django.urls import include, path

from poreguide.views import healthz

admin.site.site_header = "Pore Guide catalogue"
admin.site.site_title = "Pore Guide admin"
admin.site.index_title = "Curate the pore-care catalogue"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("routines.urls")),
    path("", include("ingredients.urls")),
    path("", include("labels.urls")),
]
