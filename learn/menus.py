"""The header and footer menus, from the page tree: the home page's children that editors mark
「メニューに表示」 (show_in_menus), in the order of the tree, each in the place it asks for.

A menu entry may be a MenuLinkPage, which only points to another address on the site (the
checker's start page /check/ is a Django view, not a page)."""

from dataclasses import dataclass

from django.db import models
from django.db.models import F, Value
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .prefetch import shared

HEADER = "header"
FOOTER = "footer"


class MenuEntryMixin(models.Model):
    """Fields that say how a page appears in the menus (set in the promote tab)."""

    menu_title = models.CharField(
        "メニューでの名前",
        max_length=40,
        blank=True,
        help_text="空のときは、ページのタイトルを使います。例:「相談先」",
    )
    menu_place = models.CharField(
        "メニューの場所",
        max_length=10,
        choices=[(HEADER, "ページの上(ヘッダー)"), (FOOTER, "ページの下(フッター)")],
        default=HEADER,
    )

    # Shown in the promote tab after Wagtail's own 「メニューに表示」 (show_in_menus).
    menu_panels = [
        MultiFieldPanel(
            [FieldPanel("menu_title"), FieldPanel("menu_place")], heading="メニューでの表示"
        )
    ]

    class Meta:
        abstract = True


@dataclass(frozen=True)
class HomeChild:
    """A live, public page directly under the home page, as menus and links need it."""

    title: str
    url: str
    label: str
    place: str
    in_menu: bool
    is_glossary: bool


# The home children's SQL by (database, root path, root depth): building the UNION through the
# ORM cost more CPU than running it (issue 14's profile), and it depends on nothing else.
_compiled = {}


def _home_children_sql(root):
    from .models import ArticlePage, MenuLinkPage, SectionPage
    from .serving import public_in_one_query

    columns = ("path", "title", "url_path", "menu_title", "menu_place", "target", "show_in_menus")
    querysets = [
        public_in_one_query(model.objects.child_of(root).live())
        .annotate(target=F("link_url") if model is MenuLinkPage else Value(""))
        .order_by()
        .values_list(*columns, "content_type_id")
        for model in (SectionPage, ArticlePage, MenuLinkPage)
    ]
    return querysets[0].union(*querysets[1:]).order_by("path").query.sql_with_params()


def _home_children(site):
    """One query for every live, public child of the home page, over the page types that can be
    one (a UNION of their tables, each joined to Wagtail's page table), in tree order. The
    menus and the link to the glossary page come from it."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from .models import GlossaryPage

    root = site.root_page
    glossary_type = ContentType.objects.get_for_model(GlossaryPage).pk  # cached by Django
    key = (connection.alias, connection.vendor, root.path, root.depth)
    if key not in _compiled:
        _compiled[key] = _home_children_sql(root)
    sql, params = _compiled[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    root_path = root.url_path
    return [
        HomeChild(
            title=title,
            url=target or "/" + url_path.removeprefix(root_path),
            label=menu_title or title,
            place=place,
            in_menu=bool(show_in_menus),
            is_glossary=content_type == glossary_type,
        )
        for _path, title, url_path, menu_title, place, target, show_in_menus, content_type in rows
    ]


def home_children(site):
    """The home page's children, kept by the serving layer until the next publish."""
    return shared(("home_children", site.pk), lambda: _home_children(site))


def menu(site, place):
    """The menu entries for one place (header or footer), in tree order."""
    return [child for child in home_children(site) if child.in_menu and child.place == place]


def glossary_page(site):
    """The glossary page's title and URL (it always sits under the home page), or None."""
    return next((child for child in home_children(site) if child.is_glossary), None)


# The menus a new site starts with: (slug under the home page, menu title, place), in order.
# "check" is a MenuLinkPage to the checker's start page.
DEFAULT_MENU = [
    ("learn", "", HEADER),
    ("check", "チェックする", HEADER),
    ("help", "相談先", HEADER),
    ("about", "", FOOTER),
]
CHECK_LINK = {"title": "チェックする", "slug": "check", "link_url": "/check/"}


def ensure_default_menus(stdout, home):
    """Give a site whose home page has no menu entries yet the default menus (safe to run again:
    once any page shows in a menu, the editors' choice stands)."""
    from wagtail.models import Page

    from .models import MenuLinkPage

    if home.get_children().in_menu().exists():
        return
    children = {page.slug: page for page in home.get_children().specific()}
    if "check" not in children:
        link = MenuLinkPage(**CHECK_LINK)
        home.add_child(instance=link)
        link.save_revision().publish()
        children["check"] = link
    ordered = []
    for slug, title, place in DEFAULT_MENU:
        page = children.get(slug)
        if page is None:
            continue
        page = type(page).objects.get(pk=page.pk)  # fresh: earlier saves may have moved rows
        page.show_in_menus = True
        page.menu_title = title
        page.menu_place = place
        page.save_revision().publish()
        ordered.append(page.pk)
    # Put the entries in menu order, each right after the one before (fresh rows every time:
    # moving a page changes its siblings' tree paths).
    for before, after in zip(ordered, ordered[1:], strict=False):
        Page.objects.get(pk=after).move(Page.objects.get(pk=before), pos="right")
    stdout.write("Set up the header and footer menus.")
