"""The editorial set-up: groups 「編集者」 and 「監修者」, their permissions, and the moderation
workflow on the whole site. Called by load_initial_content; safe to run again.

- 編集者 (editors) create and edit pages, sources, glossary terms and 読み方 (reading)
  corrections and submit them for review. They cannot publish.
- 監修者 (medical/content reviewers) review, approve and publish. Approving the last task of
  the workflow publishes the page (or schedules it when it has a go-live time).

Re-running adds what is missing and never removes permissions or changes a workflow an
administrator has chosen for the site.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

EDITOR_GROUP = "編集者"
REVIEWER_GROUP = "監修者"
WORKFLOW_NAME = "監修者の確認"
TASK_NAME = "監修者による確認と公開"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

PAGE_PERMISSIONS = {
    EDITOR_GROUP: ["add_page", "change_page", "lock_page"],
    REVIEWER_GROUP: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
SNIPPET_ACTIONS = {
    EDITOR_GROUP: ["view", "add", "change", "lock"],
    REVIEWER_GROUP: ["view", "add", "change", "delete", "publish", "lock", "unlock"],
}
SNIPPET_MODELS = ["source", "glossaryterm", "readingcorrection"]


def _permission(app_label, model, codename):
    content_type = ContentType.objects.get_by_natural_key(app_label, model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def ensure_groups(stdout):
    """Create both groups with their admin, page and snippet permissions."""
    root = Page.get_first_root_node()
    access_admin = _permission("wagtailadmin", "admin", "access_admin")
    groups = {}
    for name in (EDITOR_GROUP, REVIEWER_GROUP):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            stdout.write(f"Created the group {name}.")
        group.permissions.add(access_admin)
        for action in SNIPPET_ACTIONS[name]:
            for model in SNIPPET_MODELS:
                group.permissions.add(_permission("learn", model, f"{action}_{model}"))
        for codename in PAGE_PERMISSIONS[name]:
            permission = _permission("wagtailcore", "page", codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        groups[name] = group
    return groups


def checked_approval_task():
    """The task named TASK_NAME as learn's CheckedApprovalTask (Wagtail's group approval that
    also refuses unpublished citations and banned phrases); an older plain group approval task
    of that name becomes one."""
    from .models import CheckedApprovalTask

    content_type = ContentType.objects.get_for_model(CheckedApprovalTask, for_concrete_model=False)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        return CheckedApprovalTask.objects.create(name=TASK_NAME, content_type=content_type)
    if task.content_type_id != content_type.pk:
        GroupApprovalTask.objects.filter(pk=task.pk).update(content_type=content_type)
    return CheckedApprovalTask.objects.get(pk=task.pk)


def ensure_workflow(stdout, reviewers):
    """A one-task moderation workflow (監修者 approve) on the root page and on the snippets."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        stdout.write(f"Created the workflow {WORKFLOW_NAME}.")
    task = checked_approval_task()
    task.groups.add(reviewers)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count()
        )

    root = Page.get_first_root_node()
    current = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if current is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        # Wagtail's migrations put their own "Moderators approval" workflow on the root; ours
        # replaces it. Any other choice was made by an administrator and is kept.
        current.workflow = workflow
        current.save()

    for model in SNIPPET_MODELS:
        content_type = ContentType.objects.get_by_natural_key("learn", model)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow


def ensure_editorial_setup(stdout):
    groups = ensure_groups(stdout)
    return groups, ensure_workflow(stdout, groups[REVIEWER_GROUP])
