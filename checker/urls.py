"""URLs of クリニックの製品チェック, mounted at /check/ (see shared/spec/checker.md)."""

app_name = "checker"
urlpatterns = []
