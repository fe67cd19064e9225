"""URL routes: the questionnaire, site search, the admin, then Wagtail's page tree (catch-all)."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from feedback.views import feedback
from learn import discovery
from learn.search_views import search

handler500 = "ops.views.server_error"  # a database outage gets the Japanese 503 page

urlpatterns = [
    path("check/", include("checker.urls")),
    path("search/", search, name="search"),
    path("sitemap.xml", discovery.sitemap, name="sitemap"),
    path("robots.txt", discovery.robots_txt, name="robots_txt"),
    path("updates/", discovery.updates_page, name="updates"),
    path("updates.xml", discovery.updates_feed, name="updates_feed"),
    path("feedback/", feedback, name="feedback"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
