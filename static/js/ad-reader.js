/* The ad-text reader (/check/ad/): after htmx swaps in the result (or an error), move focus to
 * the error summary or to the result's heading, so keyboard and screen-reader users land on what
 * changed. Everything works without this file: the form is a plain POST. No inline script. */
(function () {
  "use strict";

  document.addEventListener("htmx:afterSettle", function (event) {
    var root = document.getElementById("ad-reader");
    if (!root) return;
    var target = root.querySelector("[data-error-summary]") || root.querySelector("#ad-result-heading");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
    if (target.scrollIntoView) target.scrollIntoView({ block: "start" });
  });
})();
