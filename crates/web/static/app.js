// Upstander: the few behaviours that need script. No inline script anywhere (the
// Content-Security-Policy forbids it), so everything is wired here.
(function () {
  "use strict";

  // Blurred spans (slurs, abuse): revealed by a button, so keyboards and screen readers can
  // reach them. Revealing is per span and can be undone.
  function wireReveal(root) {
    root.querySelectorAll("button.reveal").forEach(function (button) {
      if (button.dataset.wired) return;
      button.dataset.wired = "1";
      button.addEventListener("click", function () {
        var target = document.getElementById(button.getAttribute("aria-controls"));
        if (!target) return;
        var shown = target.classList.toggle("revealed");
        button.setAttribute("aria-expanded", shown ? "true" : "false");
        button.textContent = shown ? "Hide" : "Show";
      });
    });
    root.querySelectorAll("button.reveal-all").forEach(function (button) {
      if (button.dataset.wired) return;
      button.dataset.wired = "1";
      button.addEventListener("click", function () {
        var shown = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", shown ? "true" : "false");
        button.textContent = shown ? "Blur offensive words again" : "Show all offensive words";
        document.querySelectorAll(".blur").forEach(function (el) {
          el.classList.toggle("revealed", shown);
        });
        document.querySelectorAll("button.reveal").forEach(function (b) {
          b.setAttribute("aria-expanded", shown ? "true" : "false");
          b.textContent = shown ? "Hide" : "Show";
        });
      });
    });
    // Confirm before irreversible or audited actions.
    root.querySelectorAll("form[data-confirm]").forEach(function (form) {
      if (form.dataset.wired) return;
      form.dataset.wired = "1";
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
      });
    });
  }

  // htmx requests carry the CSRF token from the page's meta tag.
  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    wireReveal(event.target);
  });
  document.addEventListener("DOMContentLoaded", function () {
    wireReveal(document);
  });
})();
