"""URL routes: the questionnaire, site search, the admin, then Wagtail's page tree (catch-all)."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from learn.search_views import search
from ops.pagecache import cache_for_visitors

handler500 = "ops.views.server_error"  # a database outage gets the Japanese 503 page

urlpatterns = [
    path("check/", include("checker.urls")),
    # The page cache stores search results per query and page (purged on every publish).
    path("search/", cache_for_visitors("q", "page")(search), name="search"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
