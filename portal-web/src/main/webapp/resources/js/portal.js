/*
 * Regioportaal: the little script the page frame needs (loaded from the app's own resources, so the
 * Content Security Policy allows it without a nonce). Without it the pages still work: the menu
 * panel then stays open on narrow screens.
 *
 * 1. The menu button (narrow screens): opens and closes the panel with the main menu and the
 *    account bar; aria-expanded says which; Escape closes it and returns focus to the button.
 * 2. Tables that scroll sideways (a PrimeFaces table's wrapper, .scroll-x): while they are wider
 *    than their card they get tabindex="0", role="region" and a name, so keyboard users can scroll
 *    them too (WCAG 2.1.1); when they fit, those are taken away again.
 * 3. PrimeFaces 15 renders the file chooser of p:fileUpload mode="simple" (without skin) as the
 *    visible native input but with aria-hidden="true", which hides a focusable, labelled control
 *    from assistive technology: the attribute is taken away.
 */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var nl = function () {
    return (document.documentElement.lang || "nl").indexOf("en") !== 0;
  };

  function initMenu() {
    var button = document.getElementById("menuToggle");
    var panel = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!button || !panel) {
      return;
    }
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      panel.classList.toggle("is-open", open);
    }
    button.hidden = false;
    set(false);
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (e) {
      if ((e.key === "Escape" || e.key === "Esc") && button.getAttribute("aria-expanded") === "true"
          && getComputedStyle(button).display !== "none") {
        set(false);
        button.focus();
      }
    });
  }

  function labelOf(box) {
    var table = box.querySelector("table");
    var caption = table && table.querySelector("caption");
    if (caption && caption.textContent.trim()) {
      return caption.textContent.trim();
    }
    var node = box.closest(".ui-datatable") || box;
    for (var prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (/^H[1-6]$/.test(prev.tagName)) {
        return prev.textContent.trim();
      }
    }
    return nl() ? "Tabel" : "Table";
  }

  function markScrollers() {
    var boxes = document.querySelectorAll(".ui-datatable-tablewrapper, .scroll-x, .table-scroll");
    Array.prototype.forEach.call(boxes, function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", labelOf(box) + (nl() ? " (schuift opzij)" : " (scrolls sideways)"));
        box.setAttribute("data-rp-scroll", "");
      } else if (!scrolls && box.hasAttribute("data-rp-scroll")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
        box.removeAttribute("data-rp-scroll");
      }
    });
  }

  var pending = null;
  function later() {
    if (pending === null) {
      pending = window.setTimeout(function () {
        pending = null;
        unhideFileInputs();
        markScrollers();
      }, 100);
    }
  }

  function unhideFileInputs() {
    var inputs = document.querySelectorAll('input[type="file"][aria-hidden="true"]');
    Array.prototype.forEach.call(inputs, function (input) {
      if (!input.closest(".ui-fileupload-simple")) {
        input.removeAttribute("aria-hidden");
      }
    });
  }

  function init() {
    initMenu();
    unhideFileInputs();
    markScrollers();
    window.addEventListener("resize", later);
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", later);
    }
    // a row expansion or an update can change a table's width without an ajax event of its own
    if (window.MutationObserver) {
      new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
