from django import forms

from .models import COMMENT_MAX_LENGTH

ANSWERS = {"yes": True, "no": False}


class FeedbackForm(forms.Form):
    """The second step: the answer the reader chose, and an optional comment."""

    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    answer = forms.ChoiceField(
        choices=[("yes", "はい"), ("no", "いいえ")], widget=forms.HiddenInput
    )
    comment = forms.CharField(
        label="よければ、ひとこと教えてください(なくてもかまいません)",
        help_text=f"{COMMENT_MAX_LENGTH}文字まで。お名前や連絡先、からだのことは書かないでください。"
        "返事はできません。",
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_MAX_LENGTH}),
        error_messages={
            "max_length": f"ひとことは{COMMENT_MAX_LENGTH}文字までで書いてください"
            "(いまは%(show_value)d文字です)。"
        },
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"]
        # Control characters (other than line breaks) have no place in a comment.
        return "".join(ch for ch in comment if ch in "\n\t" or ch.isprintable()).strip()
