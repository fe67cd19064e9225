"""Existing installs: remove Wagtail's default groups "Editors" and "Moderators" (members move to
編集者 and 監修者) and the unused default workflow. load_initial_content does the same."""

from django.db import migrations

from admin_ja.groups import remove_default_groups, retire_default_workflow


def forwards(apps, schema_editor):
    remove_default_groups(apps.get_model("auth", "Group"))
    retire_default_workflow(
        apps.get_model("wagtailcore", "Workflow"),
        apps.get_model("wagtailcore", "Task"),
        apps.get_model("wagtailcore", "WorkflowPage"),
    )


class Migration(migrations.Migration):
    dependencies = [
        # The migrations that create the default groups and give them permissions.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtailimages", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
