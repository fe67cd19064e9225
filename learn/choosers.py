"""Choosers for Source and GlossaryTerm: search in Japanese through the project's search backend
(search.backend: text segmented by search.japanese_text, the last word matched as a
prefix), a filter by kind, and a 「新しい出典を作る」 tab that saves the new source as a draft
(it goes through review like any source; a page citing it cannot be approved before it is
published)."""

from django import forms
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.search.backends import get_search_backend
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)

from .models import GlossaryTerm, Source


class JapaneseSearchForm(BaseFilterForm):
    q = forms.CharField(
        label="ことばで探す",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "例:培養上清液、厚生労働省"}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = get_search_backend().autocomplete(query, objects)
            self.is_searching = True
            self.search_query = query
        return objects


class SourceFilterForm(JapaneseSearchForm):
    kind = forms.ChoiceField(
        label="種類",
        required=False,
        choices=[("", "すべての種類"), *Source.Kind.choices],
    )

    def filter(self, objects):
        kind = self.cleaned_data.get("kind")
        if kind:
            objects = objects.filter(kind=kind)  # before the search: a filtered queryset
        return super().filter(objects)


class SourceCreationForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["title", "key", "publisher", "published", "url", "kind", "note", "last_checked"]


class DraftCreateView(SnippetCreateView):
    """A source made in the chooser is a draft with its first revision, never live at once."""

    def save_form(self, form):
        obj = form.save(commit=False)
        obj.live = False
        obj.save()
        obj.save_revision(user=self.request.user, log_action=True)
        return obj


def chooser_viewset_class(filter_form, creation_form=None):
    choose_view = type("ChooseView", (ChooseView,), {"filter_form_class": filter_form})
    results_view = type(
        "ChooseResultsView", (ChooseResultsView,), {"filter_form_class": filter_form}
    )
    attrs = {"choose_view_class": choose_view, "choose_results_view_class": results_view}
    if creation_form is not None:
        attrs.update(
            creation_form_class=creation_form,
            create_view_class=DraftCreateView,
            create_action_label="新しい出典を作る(下書き)",
            creation_tab_label="新しい出典を作る",
        )
    return type("JapaneseSnippetChooserViewSet", (SnippetChooserViewSet,), attrs)


SourceChooserViewSet = chooser_viewset_class(SourceFilterForm, SourceCreationForm)
GlossaryTermChooserViewSet = chooser_viewset_class(JapaneseSearchForm)

__all__ = ["GlossaryTerm", "GlossaryTermChooserViewSet", "Source", "SourceChooserViewSet"]
