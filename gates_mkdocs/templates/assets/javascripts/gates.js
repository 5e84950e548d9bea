/* The district site's own script, no server and no library: 字号 (适老化) and the 公开目录 filter.
   Without JavaScript the site still reads in full: the catalog then simply shows every row. */
(function () {
  "use strict";
  var KEY = "gates-font";

  function setFont(size) {
    var root = document.documentElement;
    root.classList.remove("gates-font--large", "gates-font--xlarge");
    if (size) root.classList.add("gates-font--" + size);
    document.querySelectorAll("[data-gates-font]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-gates-font") === size));
    });
    try { localStorage.setItem(KEY, size); } catch (e) { /* private mode: the choice lasts one page */ }
  }

  function initFont() {
    var saved = "";
    try { saved = localStorage.getItem(KEY) || ""; } catch (e) { saved = ""; }
    if (saved === "large" || saved === "xlarge") setFont(saved);
    document.querySelectorAll("[data-gates-font]").forEach(function (b) {
      b.addEventListener("click", function () { setFont(b.getAttribute("data-gates-font")); });
    });
  }

  function initCatalog() {
    var form = document.querySelector("[data-gates-catalog]");
    if (!form) return;
    var rows = Array.prototype.slice.call(document.querySelectorAll(".gates-catalog__table tbody tr"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("[data-gates-filter]"));
    var count = form.querySelector(".gates-catalog__count");
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) {
      var wanted = params.get(s.name);
      if (wanted !== null) s.value = wanted;
    });

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var ok = selects.every(function (s) {
          return !s.value || row.getAttribute("data-" + s.getAttribute("data-gates-filter")) === s.value;
        });
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      if (count) count.textContent = "共 " + shown + " 条";
    }

    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  /* Material's search panel is a dialog without a name; it only works with JavaScript, so it is named here. */
  function nameSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "站内搜索");
  }

  function init() { nameSearch(); initFont(); initCatalog(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
