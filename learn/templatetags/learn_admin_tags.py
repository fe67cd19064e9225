"""Template tags of the admin: what a page cites (with each citation's state) and, for a source
or a term, the pages that use it."""

from django import template

register = template.Library()


@register.simple_tag
def review_summary(obj, task_state=None):
    """{"citations": [...], "problems": [...], "pages": [...]} for the approval dialog and the
    checks panel. The page is read from the revision under review when there is one."""
    from learn.admin_views import citing_pages
    from learn.editor_checks import blocking_problems, page_content
    from learn.models import ArticlePage, GlossaryTerm, Source, version_to_publish

    if task_state is not None:
        obj = version_to_publish(task_state) or obj
    if isinstance(obj, ArticlePage):
        content = page_content(obj)
        return {
            "citations": content.citations,
            "problems": blocking_problems(obj, content),
            "pages": None,
        }
    if isinstance(obj, (Source, GlossaryTerm)) and obj.pk:
        return {"citations": None, "problems": [], "pages": citing_pages(obj)}
    return {"citations": None, "problems": [], "pages": None}


@register.simple_tag
def object_report(obj):
    from learn.editor_checks import object_report as report_for

    return report_for(obj)
