/* クリニックの製品チェック: small progressive enhancements. Everything works without this file.
 * - Focus: on load, an error summary takes focus; after htmx swaps a step, focus moves to the
 *   error summary or else to the new <h1>, so screen readers announce the new question.
 * - If htmx gets an error it cannot show, fall back to a normal page load of that URL.
 * - 「わからない」/「どれも…ない」 checkboxes clear the others, and the others clear them.
 * - Copy (the share link's address) and print buttons, hidden until this script shows them.
 * No inline scripts or styles are needed, so a strict Content-Security-Policy works. */
(function () {
  "use strict";

  function focusStep(root) {
    var summary = root.querySelector("[data-error-summary]");
    var target = summary || root.querySelector("h1");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }

  function enhanceButtons(root) {
    root.querySelectorAll("[data-copy-button]").forEach(function (button) {
      if (navigator.clipboard && window.isSecureContext) button.hidden = false;
    });
    root.querySelectorAll("[data-print-button]").forEach(function (button) {
      if (typeof window.print === "function") button.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.focus();
    enhanceButtons(document);
  });

  // ふりがな switched in place (furigana.js): the step was replaced, show its buttons again.
  document.addEventListener("furigana:swapped", function () {
    enhanceButtons(document);
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var step = document.getElementById("check-step");
    if (!step) return;
    enhanceButtons(step);
    focusStep(step);
  });

  function fallBack(event) {
    var detail = event.detail || {};
    var xhr = detail.xhr;
    var url = (xhr && xhr.responseURL) || (detail.pathInfo && detail.pathInfo.finalRequestPath);
    if (url) window.location.assign(url);
  }
  document.addEventListener("htmx:responseError", fallBack);
  document.addEventListener("htmx:sendError", fallBack);

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-exclusive-group] input[type=checkbox]")) return;
    if (!input.checked) return;
    var group = input.closest("[data-exclusive-group]");
    var exclusive = input.hasAttribute("data-exclusive");
    group.querySelectorAll("input[type=checkbox]").forEach(function (other) {
      if (other === input) return;
      if (exclusive || other.hasAttribute("data-exclusive")) other.checked = false;
    });
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-print-button")) {
      window.print();
      return;
    }
    var sourceId = button.getAttribute("data-copy-button");
    if (!sourceId) return;
    var source = document.getElementById(sourceId);
    var status = document.querySelector("[data-copy-status]");
    // The link's full address (its text is a plain name, never the long address itself).
    navigator.clipboard.writeText(source.href).then(
      function () {
        if (status) status.textContent = "コピーしました。";
      },
      function () {
        if (status) status.textContent = "コピーできませんでした。リンクを長押しして、コピーしてください。";
      }
    );
  });
})();
