from django.apps import AppConfig

# Fields of Wagtail's link forms (rich text → リンク) that have no label: Django shows the field
# name in English ("Link text", "Email address"), and no catalogue can translate it.
LINK_FORM_LABELS = {
    "ExternalLinkChooserForm": {"link_text": "リンクの文字"},
    "AnchorLinkChooserForm": {"link_text": "リンクの文字"},
    "EmailLinkChooserForm": {
        "email_address": "メールアドレス",
        "link_text": "リンクの文字",
        "subject": "メールの件名",
        "body": "メールの本文",
    },
    "PhoneLinkChooserForm": {"phone_number": "電話番号", "link_text": "リンクの文字"},
}


class AdminJaConfig(AppConfig):
    """The admin in Japanese: the project's own catalogue for Wagtail's strings (locale/), the
    editing guide behind the Help menu, Japanese labels where Wagtail has none, and Wagtail's
    default groups replaced by 編集者 and 監修者."""

    name = "admin_ja"
    verbose_name = "管理画面(日本語)"

    def ready(self):
        from wagtail.admin.forms import choosers

        for form_name, labels in LINK_FORM_LABELS.items():
            fields = getattr(choosers, form_name).base_fields
            for field_name, label in labels.items():
                fields[field_name].label = label
