// Starts Pagefind's search UI; the bundle path and base URL come from the page, so a path prefix is honoured.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;

  // Pagefind makes sub-results from headings; point each one at the paragraph (#pN) where its first match is.
  function toParagraphs(result) {
    var paragraphs = (result.anchors || []).filter(function (anchor) {
      return /^p\d+$/.test(anchor.id);
    });
    (result.sub_results || []).forEach(function (sub) {
      var first = (sub.locations || [])[0];
      if (first === undefined) return;
      var paragraph;
      paragraphs.forEach(function (anchor) {
        if (anchor.location <= first) paragraph = anchor;
      });
      if (!paragraph || (sub.anchor && paragraph.location < sub.anchor.location)) return;
      sub.url = result.url.split("#")[0] + "#" + paragraph.id;
      sub.title = sub.title + " · paragraph " + paragraph.id.slice(1);
    });
    return result;
  }

  new PagefindUI({
    element: "#search",
    bundlePath: element.getAttribute("data-bundle-path"),
    baseUrl: element.getAttribute("data-base-url"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    processResult: toParagraphs,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  var input = element.querySelector("input");
  if (query && input) {
    input.value = query;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
})();
