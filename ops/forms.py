"""The admin login form with throttling (WAGTAILADMIN_USER_LOGIN_FORM). See ops.throttle."""

from django import forms
from wagtail.admin.forms.auth import LoginForm

from . import throttle


class ThrottledLoginForm(LoginForm):
    def clean(self):
        username = self.cleaned_data.get("username", "")
        refused = throttle.refusal(self.request, username)
        if refused:
            raise forms.ValidationError(refused, code="locked")
        try:
            cleaned_data = super().clean()
        except forms.ValidationError as error:
            if getattr(error, "code", None) == "invalid_login":
                throttle.record_failure(self.request, username)
                refused = throttle.refusal(self.request, username)
                if refused:
                    raise forms.ValidationError(refused, code="locked") from None
            raise
        throttle.record_success(self.request, username)
        return cleaned_data
