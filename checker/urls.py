"""URLs of クリニックの製品チェック, mounted at /check/ (contract: docs/checker.md)."""

from django.urls import path

from . import ad_views, views

app_name = "checker"
urlpatterns = [
    path("ad/", ad_views.ad_reader, name="ad_reader"),
    path("", views.start, name="start"),
    path("q/<str:key>/", views.question, name="question"),
    path("answers/", views.answers, name="answers"),
    path("result/", views.result, name="result"),
    path("questions/", views.questions, name="questions"),
]
