"""Let both editorial groups read the feedback report (safe to run again)."""

from django.contrib.auth.models import Group, Permission

from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP


def load(stdout):
    permission = Permission.objects.get(
        content_type__app_label="feedback", codename="view_pagefeedback"
    )
    for name in (EDITOR_GROUP, REVIEWER_GROUP):
        group = Group.objects.filter(name=name).first()
        if group is not None and not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            stdout.write(f"The group {name} may now read the feedback report.")
