"""URL routes: the questionnaire, site search, the admin, then Wagtail's page tree (catch-all)."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from feedback.views import feedback
from learn import discovery
from ops.pagecache import cache_for_visitors
from search.views import search

handler500 = "ops.views.server_error"  # a database outage gets the Japanese 503 page

urlpatterns = [
    path("check/", include("checker.urls")),
    # The page cache stores search results per query and page (purged on every publish), and
    # the sitemap, robots.txt and the list of changes, which depend on published content only.
    path("search/", cache_for_visitors("q", "page")(search), name="search"),
    path("sitemap.xml", cache_for_visitors()(discovery.sitemap), name="sitemap"),
    path("robots.txt", cache_for_visitors()(discovery.robots_txt), name="robots_txt"),
    path("updates/", cache_for_visitors()(discovery.updates_page), name="updates"),
    path("updates.xml", cache_for_visitors()(discovery.updates_feed), name="updates_feed"),
    path("feedback/", feedback, name="feedback"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
