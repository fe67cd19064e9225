"""Only 編集者 and 監修者: Wagtail's default groups "Editors" and "Moderators" go away.

Wagtail's migrations create "Editors" (may edit every page) and "Moderators" (may publish every
page, bypassing 監修者) and a "Moderators approval" workflow. This site's editorial set-up (the
groups 編集者 and 監修者 and their workflow) replaces them. Anyone still in a default group is
moved to its counterpart (Editors → 編集者, Moderators → 監修者), then the default group is
deleted with its permissions. The unused default workflow and task are deleted too (kept,
deactivated, when they have a history). Safe to run again; run by a data migration (existing
installs) and by load_initial_content.
"""

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP, WAGTAIL_DEFAULT_WORKFLOW

DEFAULT_GROUPS = {"Editors": EDITOR_GROUP, "Moderators": REVIEWER_GROUP}
DEFAULT_TASK = "Moderators approval"


def remove_default_groups(group_model, stdout=None):
    """Move members of the default groups to ours and delete the default groups."""
    removed = []
    for default_name, our_name in DEFAULT_GROUPS.items():
        group = group_model.objects.filter(name=default_name).first()
        if group is None:
            continue
        members = list(group.user_set.all())
        if members:
            ours, _created = group_model.objects.get_or_create(name=our_name)
            ours.user_set.add(*members)
        group.delete()  # its page permissions and task memberships go with it
        removed.append(default_name)
        if stdout is not None:
            moved = f" ({len(members)} 人を「{our_name}」へ移しました)" if members else ""
            stdout.write(f"Removed Wagtail's default group {default_name}{moved}.")
    return removed


def retire_default_workflow(workflow_model, task_model, workflow_page_model, stdout=None):
    """Delete Wagtail's "Moderators approval" workflow and task when nothing uses them; when
    they have a history (old moderation records), keep them but deactivate them."""
    for workflow in workflow_model.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
        if workflow_page_model.objects.filter(workflow=workflow).exists():
            continue  # an administrator chose it for part of the site
        if workflow.workflow_states.exists():
            if workflow.active:
                workflow.active = False
                workflow.save(update_fields=["active"])
        else:
            workflow.delete()
            if stdout is not None:
                stdout.write(f"Removed Wagtail's default workflow {WAGTAIL_DEFAULT_WORKFLOW}.")
    for task in task_model.objects.filter(name=DEFAULT_TASK):
        if task.workflow_tasks.exists():
            continue
        if task.task_states.exists():
            if task.active:
                task.active = False
                task.save(update_fields=["active"])
        else:
            task.delete()


def load(stdout):
    """INITIAL_CONTENT_LOADERS entry: runs after the editorial set-up."""
    from django.contrib.auth.models import Group
    from wagtail.models import Task, Workflow, WorkflowPage

    remove_default_groups(Group, stdout)
    retire_default_workflow(Workflow, Task, WorkflowPage, stdout)
