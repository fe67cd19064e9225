"""The article editor's form: ASCII slugs made from the title, ledger errors that name their
part, and the rules of learn.editor_checks that stop publishing and approval (a draft is saved
and the editor is warned instead, see wagtail_hooks.warn_about_publication_problems)."""

from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm

from .blocks import ledger_part
from .editor_checks import LEDGER_FIELDS, STREAM_FIELDS, TEXT_FIELDS, blocking_problems
from .slugs import ascii_slug

SLUG_HELP = (
    "ページの URL の最後の部分です。半角の英小文字・数字・ハイフンだけで書きます"
    "(例:tenteki-no-fukusayo)。空のままにすると、題名のよみから自動で作ります。"
)


def publishes_or_approves(data):
    """Whether the posted editor form asks to publish the page or approve it in the workflow."""
    if data.get("action-publish"):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == (
        "approve"
    )


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = SLUG_HELP
        for name, part in LEDGER_FIELDS.items():
            if name in self.fields:
                self.fields[name].clean = self._in_part(self.fields[name].clean, part)

    @staticmethod
    def _in_part(clean, part):
        def clean_in_part(value):
            token = ledger_part.set(part)
            try:
                return clean(value)
            finally:
                ledger_part.reset(token)

        return clean_in_part

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        title = self.cleaned_data.get("title") or self.data.get("title") or ""
        # Wagtail's editor fills the slug from the title as the editor types, dropping every
        # Japanese character (「エクソソーム2025」 → "2025"). Such a slug, or none, is replaced
        # by the romanised title while the page is not live; a slug the editor typed, and the
        # slug of a live page, are kept.
        made_by_the_editor = not (slug == slugify(title) and not title.isascii())
        if slug and (made_by_the_editor or (self.instance.pk and self.instance.live)):
            return slug
        base = ascii_slug(title)
        if self.parent_page is None:
            return base
        slug, n = base, 1
        while not self.instance._slug_is_available(slug, self.parent_page, self.instance):
            n += 1
            slug = f"{base}-{n}"
        return slug

    def user_can_publish(self):
        user = self.for_user
        if user is None:
            return False
        if self.instance.pk:
            return self.instance.permissions_for_user(user).can_publish()
        if self.parent_page is not None:
            return self.parent_page.permissions_for_user(user).can_publish_subpage()
        return False

    def clean(self):
        cleaned_data = super().clean()
        if publishes_or_approves(self.data) and (
            self.user_can_publish() or self.data.get("action-workflow-action")
        ):
            fields = {
                name: cleaned_data.get(name)
                for name in TEXT_FIELDS + STREAM_FIELDS
                if name in self.fields
            }
            for problem in blocking_problems(fields):
                self.add_error(None, problem)
        return cleaned_data
