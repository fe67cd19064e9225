"""Create the home page and site settings idempotently. Later loaders add the rest."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

HOME_TITLE = "エクソソーム・ファクト"
HOME_SLUG = "home"


def create_tree_root():
    """Wagtail's migrations create the tree root; a flushed database (tests) has none."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Page.add_root(instance=Page(title="Root", slug="root"))


def ensure_home_page(stdout):
    from learn.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or create_tree_root()
        # Wagtail's migrations create a placeholder "Welcome" page; the site gets ours instead.
        placeholder = root.get_children().exclude(
            content_type__model="homepage", content_type__app_label="learn"
        )
        slug_taken = placeholder.filter(slug=HOME_SLUG)
        for page in slug_taken:
            page.slug = f"{page.slug}-placeholder-{page.pk}"
            page.save()
        home = HomePage(
            title=HOME_TITLE,
            slug=HOME_SLUG,
            lead="エクソソームの広告を、落ち着いて読むためのサイトです。",
            learn_intro="エクソソーム(細胞外小胞)について、わかっていることと、"
            "まだわかっていないことを、やさしく説明します。",
            check_intro="クリニックの製品について、どんな証拠が示されているかを、"
            "12の質問で確かめます。",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        stdout.write(f"Created the home page (id {home.pk}).")
        for page in placeholder:
            if not page.get_children().exists():
                page.delete()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=HOME_TITLE,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = HOME_TITLE
        site.save()
    return home


def ensure_site_settings(stdout):
    from learn.models import SiteSettings

    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.help_contacts:
        site_settings.help_contacts = [
            (
                "contact",
                {
                    "name": "医療安全支援センター",
                    "description": "受けた医療について、心配なことや困ったことを相談できます。",
                    "phone": "",
                    "url": "",
                },
            ),
            (
                "contact",
                {
                    "name": "消費者ホットライン",
                    "description": "契約やお金のことで困ったときに相談できます。",
                    "phone": "188",
                    "url": "",
                },
            ),
            (
                "contact",
                {
                    "name": "都道府県・市区町村(保健所など)",
                    "description": "医療の広告について相談できます。",
                    "phone": "",
                    "url": "",
                },
            ),
        ]
        site_settings.save()
        stdout.write("Filled in the help contacts.")


def load(stdout):
    ensure_home_page(stdout)
    ensure_site_settings(stdout)
