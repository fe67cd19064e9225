"""The admin login form with Japanese labels (Wagtail's password field has no label, so Django
shows the English field name "Password"). Throttling stays that of ops.forms."""

from ops.forms import ThrottledLoginForm


class LoginForm(ThrottledLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "ユーザー名"
        self.fields["password"].label = "パスワード"
