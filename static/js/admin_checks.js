/* The editor's Japanese checks panel (templates/wagtailadmin/shared/side_panels/checks.html):
   when the panel is opened, and after each change while it is open, the editor's form is sent
   to learn.admin_views.editor_checks, which answers with the report for the unsaved text. */
(function () {
  "use strict";

  function setUp() {
    var container = document.querySelector("[data-learn-checks]");
    var preview = document.querySelector("[data-w-preview-url-value]");
    var form = document.querySelector("form[data-edit-form]") ||
      document.querySelector("#page-edit-form, #page-create-form, form[method='post'][enctype]");
    if (!container || !preview || !form) return;
    var panel = container.closest("[data-side-panel]");
    var timer = null;
    var running = false;

    function visible() {
      return !panel || !panel.hidden;
    }

    function refresh() {
      if (running || !visible()) return;
      running = true;
      var url = container.dataset.learnChecksUrl + "?preview=" +
        encodeURIComponent(preview.getAttribute("data-w-preview-url-value"));
      fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html) container.innerHTML = html;
          container.dataset.learnChecksUpdated = "true";
        })
        .catch(function () { /* keep the last report */ })
        .finally(function () { running = false; });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 1200);
    }

    container.addEventListener("click", function (event) {
      if (event.target.closest("[data-learn-checks-refresh]")) refresh();
    });
    if (panel) panel.addEventListener("show", refresh);
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    document.addEventListener("w-unsaved:add", later);
    if (visible()) refresh();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
