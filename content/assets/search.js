// Starts Pagefind's search UI; the bundle path and base URL come from the page, so a path prefix is honoured.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    bundlePath: element.getAttribute("data-bundle-path"),
    baseUrl: element.getAttribute("data-base-url"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  var input = element.querySelector("input");
  if (query && input) {
    input.value = query;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
})();
