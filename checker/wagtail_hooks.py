"""Wagtail admin hooks of the checker: a criterion page cannot be copied (each criterion has
exactly one page; its `criterion_key` is unique, so a copy could never be saved)."""

from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages

from .models import CriterionPage

COPY_REFUSED = (
    "「チェックの項目」のページは、複製できません。項目ごとにページは1つだけです。"
    "内容を変えるときは、そのページを編集してください。"
)


def _copies_a_criterion_page(request, page):
    if issubclass(page.specific_class or type(page), CriterionPage):
        return True
    copy_subpages = request.method == "POST" and request.POST.get("copy_subpages")
    return bool(copy_subpages) and page.get_descendants().type(CriterionPage).exists()


@hooks.register("before_copy_page")
def refuse_to_copy_criterion_pages(request, page):
    if _copies_a_criterion_page(request, page):
        messages.error(request, COPY_REFUSED)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None
