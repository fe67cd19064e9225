/* 「このページは役に立ちましたか」: with JavaScript, each step is swapped into the article in
   place (the same markup the server gives without JavaScript, as a fragment). Any failure falls
   back to the ordinary page. */
(function () {
  "use strict";

  function fallback(form, submitter, url) {
    if (form.method.toLowerCase() === "get") {
      window.location.assign(url);
    } else {
      form.removeAttribute("data-feedback-form");
      form.requestSubmit(submitter || undefined);
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-feedback-form]");
    var section = form && form.closest("[data-feedback]");
    if (!section || !window.fetch) return;
    event.preventDefault();
    var submitter = event.submitter;
    var data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var options = { headers: { "X-Feedback-Fragment": "1" }, credentials: "same-origin" };
    var url = form.action;
    if (form.method.toLowerCase() === "post") {
      options.method = "POST";
      options.body = data;
    } else {
      url += (url.indexOf("?") < 0 ? "?" : "&") + new URLSearchParams(data).toString();
    }
    fetch(url, options)
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("[data-feedback]");
        if (!fresh) throw new Error("no fragment");
        section.replaceWith(fresh);
        fresh.focus();
      })
      .catch(function () { fallback(form, submitter, url); });
  });
})();
