"""System checks of the serving layer: what silently changes how pages are served."""

from django.core import checks


@checks.register()
def page_models_use_default_routing(app_configs, **kwargs):
    """ops.routing finds pages by URL path only while every page model routes like Page does;
    one model with its own route() (a RoutablePageMixin, custom routing) turns the fast lookup
    off for the whole site. Say so, rather than let page loads slow down unnoticed."""
    from wagtail.models import Page, get_page_models

    return [
        checks.Warning(
            f"{model._meta.label} overrides route(): the fast page lookup (ops.routing) is now "
            "off for every page of the site, each URL segment costs queries again.",
            hint="Keep route() as Wagtail's, or teach ops.routing about this model and "
            "re-check the query budgets (tests/ops/test_budgets.py).",
            obj=model,
            id="ops.W001",
        )
        for model in get_page_models()
        if model.route is not Page.route
    ]
