// Progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // After htmx swaps in a questionnaire step: say where we are (title) and move focus there,
  // to the error summary when the answers need fixing, else to the step's heading.
  function focusNewContent(root) {
    var target = root.querySelector("#error-summary") || root.querySelector("[data-focus-after-swap]");
    if (target) {
      target.focus();
    }
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    var root = document.getElementById("guided") || event.detail.elt;
    if (root && root.dataset && root.dataset.title) {
      document.title = root.dataset.title;
    }
    focusNewContent(root || document);
  });

  function enhanceCopyLink(root) {
    root.querySelectorAll("[data-copy-link]").forEach(function (button) {
      if (!navigator.clipboard) {
        return;
      }
      var status = document.getElementById(button.getAttribute("aria-controls"));
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.dataset.copyLink || window.location.href).then(
          function () {
            status.textContent = button.dataset.copied;
          },
          function () {
            status.textContent = button.dataset.copyFailed;
          }
        );
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
    enhanceCopyLink(document);
  });
})();
