/* ふりがな switch. Without this file the header's 「ふりがな」 is a plain link to the page with
 * (or without) ?furigana=1. With it, the link becomes a toggle button (aria-pressed): pressing it
 * fetches the other version of this page and swaps the header, the main content and the footer
 * in place; the choice is remembered in localStorage (never a cookie, so cached pages stay
 * shared) and applied to the next page the reader opens. A page whose content came from a POST
 * (the advert reader's result) is posted again with the new choice instead, so nothing typed is
 * lost. Form fields keep what the reader chose. No inline script: a strict CSP works. */
(function () {
  "use strict";

  var KEY = "furigana";
  var REGIONS = ["header.site-header", "main", "footer.site-footer"];

  function stored() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (error) {
      return null;
    }
  }

  function store(value) {
    try {
      window.localStorage.setItem(KEY, value);
    } catch (error) {
      /* private mode: the choice lasts for this page only */
    }
  }

  function isOn() {
    return document.documentElement.getAttribute("data-furigana") === "on";
  }

  function enhance() {
    var link = document.querySelector("a[data-furigana-switch]");
    if (!link) return null;
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.setAttribute("data-furigana-switch", "");
    button.setAttribute("data-furigana-on", link.getAttribute("data-furigana-on"));
    button.setAttribute("data-furigana-off", link.getAttribute("data-furigana-off"));
    button.setAttribute("aria-pressed", isOn() ? "true" : "false");
    button.textContent = "ふりがな";
    link.parentNode.replaceChild(button, link);
    return button;
  }

  /* A form whose result came from a POST: it is posted again rather than fetched. */
  function postedForm() {
    var form = document.querySelector("form[data-furigana-resubmit]");
    if (!form) return null;
    var filled = Array.prototype.some.call(form.querySelectorAll("textarea"), function (area) {
      return area.value.trim() !== "";
    });
    return filled ? form : null;
  }

  function withParameter(url, on) {
    var parsed = new URL(url, window.location.href);
    if (on) parsed.searchParams.set(KEY, "1");
    else parsed.searchParams.delete(KEY);
    return parsed.pathname + parsed.search + parsed.hash;
  }

  function fieldStates() {
    return Array.prototype.map.call(document.querySelectorAll("main input, main textarea"), function (field) {
      return { name: field.name, type: field.type, value: field.value, checked: field.checked, id: field.id };
    });
  }

  function restoreFields(states) {
    states.forEach(function (state) {
      if (!state.name || state.type === "hidden") return;
      if (state.type === "checkbox" || state.type === "radio") {
        document.querySelectorAll("main input").forEach(function (field) {
          if (field.name === state.name && field.value === state.value) field.checked = state.checked;
        });
      } else if (state.id) {
        var field = document.getElementById(state.id);
        if (field && field.name === state.name) field.value = state.value;
      }
    });
  }

  function swap(on, moveFocus) {
    var button = document.querySelector("[data-furigana-switch]");
    if (!button) return;
    var url = button.getAttribute(on ? "data-furigana-on" : "data-furigana-off");
    var form = postedForm();
    if (form) {
      form.action = withParameter(form.getAttribute("action") || window.location.href, on);
      HTMLFormElement.prototype.submit.call(form); // a plain POST, not htmx's
      return;
    }
    if (!window.fetch || !window.DOMParser) {
      window.location.assign(url);
      return;
    }
    button.disabled = true;
    var fields = fieldStates();
    window
      .fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (text) {
        var fresh = new DOMParser().parseFromString(text, "text/html");
        REGIONS.forEach(function (selector) {
          var next = fresh.querySelector(selector);
          var current = document.querySelector(selector);
          if (next && current) current.innerHTML = next.innerHTML;
        });
        if (on) document.documentElement.setAttribute("data-furigana", "on");
        else document.documentElement.removeAttribute("data-furigana");
        window.history.replaceState(window.history.state, "", url);
        restoreFields(fields);
        if (window.htmx) window.htmx.process(document.body);
        var again = enhance();
        if (again && moveFocus) again.focus();
        document.dispatchEvent(new CustomEvent("furigana:swapped", { detail: { on: on } }));
      })
      .catch(function () {
        window.location.assign(url);
      });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-furigana-switch]");
    if (!button) return;
    var on = button.getAttribute("aria-pressed") !== "true";
    store(on ? "on" : "off");
    swap(on, true);
  });

  enhance();
  if (stored() === "on" && !isOn() && !postedForm()) swap(true, false);
})();
