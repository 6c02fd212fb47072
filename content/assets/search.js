// Starts Pagefind's search UI (bundle path and base URL from the page, so a path prefix is honoured) and adds what it
// lacks: sub-results that open the paragraph, excerpts from the passage that matched another spelling of a name, and
// the query and filters kept in the address, so a search can be reloaded, shared, and stepped through with Back.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;

  // ---- Sub-results: Pagefind makes them from headings; point each at the paragraph (#pN) of its first match. ----
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

  // ---- Excerpts: a page found through another spelling (its "spellings" metadata) gets the passage that names it. ----
  var groups = [];
  try {
    groups = JSON.parse(element.getAttribute("data-spellings") || "[]");
  } catch (error) {
    groups = [];
  }

  /** Lower case, no diacritics, dotless ı as i: how names are compared. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").toLowerCase();
  }

  /** The folded text, and for each of its characters the index of the character it came from. */
  function foldWithMap(text) {
    var out = "";
    var from = [];
    for (var i = 0; i < text.length; i++) {
      var folded = fold(text[i]);
      for (var j = 0; j < folded.length; j++) {
        out += folded[j];
        from.push(i);
      }
    }
    from.push(text.length);
    return { text: out, from: from };
  }

  /** Every spelling of every name one of the query's words belongs to, longest first. */
  function spellingsFor(term) {
    var words = fold(term).split(/[^\p{L}\p{N}'’-]+/u).filter(function (w) {
      return w.length >= 3;
    });
    var forms = [];
    groups.forEach(function (group) {
      var hit = group.some(function (form) {
        return fold(form).split(/\s+/).some(function (word) {
          return words.some(function (w) {
            return word.indexOf(w) === 0;
          });
        });
      });
      if (hit) forms = forms.concat(group.map(fold));
    });
    return forms.sort(function (a, b) {
      return b.length - a.length;
    });
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /** Where `text` first mentions one of `forms` (folded, whole words), as [start, end) in `text`; null when nowhere. */
  function firstMention(text, forms) {
    var folded = foldWithMap(text);
    var best = null;
    forms.forEach(function (form) {
      var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")(?![\\p{L}\\p{N}])", "u");
      var m = pattern.exec(folded.text);
      if (!m) return;
      var start = m.index + m[1].length;
      if (!best || start < best.start) best = { start: start, end: start + m[2].length };
    });
    return best && { start: folded.from[best.start], end: folded.from[best.end] };
  }

  /** A few words either side of a mention in `text`, the mention marked, as HTML. */
  function excerptAround(text, mention) {
    var before = text.slice(0, mention.start).split(/\s+/);
    var after = text.slice(mention.end).split(/\s+/);
    var head = before.slice(Math.max(0, before.length - 9)).join(" ");
    var tail = after.slice(0, 14).join(" ");
    return escapeHtml(head) + "<mark>" + escapeHtml(text.slice(mention.start, mention.end)) + "</mark>" + escapeHtml(tail);
  }

  /**
   * A page that matched only through its "spellings" metadata has no excerpt worth showing: give it the passage that
   * names the person or place, linked to its paragraph as Pagefind does for a match in the text. The metadata itself
   * is never shown.
   */
  function withPassage(result) {
    if (result.meta) delete result.meta.spellings;
    if ((result.locations || []).length || !result.content) return result;
    var forms = spellingsFor(current.q);
    var paragraph = (result.anchors || []).filter(function (anchor) {
      return /^p\d+$/.test(anchor.id) && firstMention(anchor.text || "", forms);
    })[0];
    if (paragraph) {
      var heading = (result.anchors || []).filter(function (anchor) {
        return /^h[2-6]$/i.test(anchor.element) && anchor.location <= paragraph.location;
      }).pop();
      var excerpt = excerptAround(paragraph.text, firstMention(paragraph.text, forms));
      result.excerpt = excerpt;
      result.sub_results = [{ title: (heading ? heading.text + " · " : "") + "paragraph " + paragraph.id.slice(1), url: result.url.split("#")[0] + "#" + paragraph.id, excerpt: excerpt, locations: [paragraph.location], anchor: paragraph }];
      return result;
    }
    var mention = firstMention(result.content, forms);
    if (mention) {
      result.excerpt = excerptAround(result.content, mention);
      result.sub_results = [{ title: (result.meta && result.meta.title) || "", url: result.url, excerpt: result.excerpt, locations: [] }];
    }
    return result;
  }

  // ---- The search in the address: ?q=…&type=brief&outlet=… ----
  /** The query and the chosen filters (name → values) an address holds. */
  function stateFrom(search) {
    var params = new URLSearchParams(search);
    var filters = {};
    params.forEach(function (value, name) {
      if (name !== "q") (filters[name] = filters[name] || []).push(value);
    });
    return { q: params.get("q") || "", filters: filters };
  }

  function addressOf(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    Object.keys(state.filters).sort().forEach(function (name) {
      state.filters[name].slice().sort().forEach(function (value) {
        params.append(name, value);
      });
    });
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  var current = stateFrom(location.search);
  var lastRecorded = 0;

  /** Writes the current search into the address: a search typed in one go is one step of history, a new one another. */
  function record() {
    var address = addressOf(current);
    if (address === location.pathname + location.search) return;
    var now = Date.now();
    var state = { q: current.q, filters: current.filters };
    if (now - lastRecorded < 1500) history.replaceState(state, "", address);
    else history.pushState(state, "", address);
    lastRecorded = now;
  }

  var ui = new PagefindUI({
    element: "#search",
    bundlePath: element.getAttribute("data-bundle-path"),
    baseUrl: element.getAttribute("data-base-url"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    openFilters: Object.keys(current.filters),
    processTerm: function (term) {
      current = { q: term, filters: current.filters };
      record();
      return term;
    },
    processResult: function (result) {
      return withPassage(toParagraphs(result));
    },
  });

  var input = element.querySelector("input");

  /** Shows a search: its filters chosen and its query typed, as if the reader had done it. */
  function show(state, first) {
    var hadFilters = Object.keys(current.filters).length > 0;
    current = state;
    // On a fresh page without filters in the address, the interface's own (empty) choice stands.
    if (!first || hadFilters) ui.triggerFilters(state.filters);
    if (input && input.value !== state.q) {
      input.value = state.q;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  element.addEventListener("change", function (event) {
    if (!event.target.classList || !event.target.classList.contains("pagefind-ui__filter-checkbox")) return;
    var filters = {};
    element.querySelectorAll(".pagefind-ui__filter-checkbox").forEach(function (box) {
      if (box.checked) (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    current = { q: current.q, filters: filters };
    lastRecorded = 0; // choosing a filter is a step of its own
    record();
  });
  if (input) {
    input.addEventListener("input", function () {
      if (input.value === "" && current.q !== "") {
        current = { q: "", filters: current.filters };
        record();
      }
    });
  }
  window.addEventListener("popstate", function () {
    show(stateFrom(location.search));
  });

  history.replaceState({ q: current.q, filters: current.filters }, "", location.href);
  show(current, true);
})();
