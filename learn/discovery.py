"""How readers and search engines find the site and follow its changes: the sitemap, robots.txt,
the site-wide list of changes (「最近の更新」) and its Atom feed.

Everything here is public and the same for everyone, so the page cache may store it; publishing
anything empties that cache, so a correction appears in the list and the feed at once.
"""

import datetime
import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Site

# Paths search engines should not crawl: the admin, the checker's answer pages (they carry a
# patient's answers in the URL), the advert reader's results and site search.
DISALLOWED_PATHS = (
    "/admin/",
    "/check/q/",
    "/check/answers/",
    "/check/result/",
    "/check/questions/",
    "/check/ad/",
    "/search/",
)
# Public pages outside Wagtail's page tree that belong in the sitemap.
STATIC_PUBLIC_PATHS = ("/check/", "/updates/")


def absolute(request, path):
    """An absolute URL on the host the reader used (the same host every link on the page uses)."""
    return request.build_absolute_uri(path)


class PageSitemap(Sitemap):
    """Every live, public page of the site, at the address readers use, with its last change."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            # Wagtail builds the address from the Site record; readers use the request's host.
            url["location"] = absolute(self.request, urlsplit(url["location"]).path)
        return urls


class StaticSitemap(Sitemap):
    """The public pages that are Django views (the checker's start page, the list of changes)."""

    def items(self):
        return list(STATIC_PUBLIC_PATHS)

    def location(self, obj):
        return absolute(self.request, obj)

    def lastmod(self, obj):
        return None

    def _urls(self, page, protocol, domain):
        return [{"item": path, "location": self.location(path)} for path in self.items()]


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": PageSitemap, "views": StaticSitemap})


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED_PATHS)]
    lines += ["", f"Sitemap: {absolute(request, reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


UPDATES_DESCRIPTION = "エクソソーム・ファクトの記事を直したり、新しく書いたりした記録です。"


@dataclass(frozen=True)
class Update:
    """One dated entry of a page's public change log (更新履歴)."""

    date: datetime.date
    text: str
    page_title: str
    url: str


def site_updates(request, limit=None):
    """Every dated change-log entry of every live public article, newest first."""
    from learn.models import ArticlePage

    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    pages = (
        ArticlePage.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)
        .only("title", "url_path", "changelog", "depth", "path")
        .order_by("path")
    )
    updates = []
    for page in pages:
        url = urlsplit(page.get_url(request) or "/").path
        for entry in page.changelog_entries:
            date = entry.get("date")
            if date and entry.get("text"):
                updates.append(Update(date, entry["text"], page.title, url))
    updates.sort(key=lambda update: (update.date, update.page_title), reverse=True)
    return updates[:limit] if limit else updates


@require_GET
def updates_page(request):
    context = {"updates": site_updates(request), "meta_description": UPDATES_DESCRIPTION}
    return render(request, "learn/updates.html", context)


class UpdatesFeed(Feed):
    """Atom feed of 「最近の更新」: one entry per change-log entry."""

    feed_type = Atom1Feed
    title = "エクソソーム・ファクト 最近の更新"
    subtitle = UPDATES_DESCRIPTION
    language = "ja"
    items_limit = 50

    def get_object(self, request, *args, **kwargs):
        return request  # the feed's links use the host the reader used, like the pages

    def link(self):
        return reverse("updates")

    def items(self, request):
        return site_updates(request, limit=self.items_limit)

    def item_title(self, item):
        return f"{item.page_title}:{item.text}"

    def item_description(self, item):
        return item.text

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        digest = hashlib.sha256(f"{item.url}|{item.date}|{item.text}".encode()).hexdigest()
        return f"urn:exosome-facts:update:{digest}"  # stable across processes and hosts

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return self.item_pubdate(item)


updates_feed = require_GET(UpdatesFeed())
