// The dossier's search box over Pagefind's search API (pagefind.js): a few kilobytes where Pagefind's own UI is thirty,
// so that a first search downloads little. Filters load only when the reader opens one (or the address names one).
// Beside Pagefind's results it shows sub-results that open the paragraph, excerpts from the passage that matched
// another spelling of a name, and keeps the query and filters in the address, so a search can be reloaded, shared and
// stepped through with Back. Class names are Pagefind UI's, so its familiar markup and the tests carry over.
(function () {
  var element = document.getElementById("search");
  if (!element) return;
  var bundlePath = element.getAttribute("data-bundle-path") || "/pagefind/";
  // Under a path prefix (/dossier/), Pagefind's root-relative addresses are given the prefix.
  var baseUrl = element.getAttribute("data-base-url") || "/";
  var filterNames = (element.getAttribute("data-filters") || "").split(/\s+/).filter(Boolean);
  /** Results shown at first and added by each "Load more results": the bench counts fragments for this many. */
  var PAGE_SIZE = 5;

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

  // ---- Pagefind, loaded when the reader first focuses the box or types; filters when the reader opens one. ----
  var loading = null;
  function pagefind() {
    // No web worker: the search is small enough for the page itself, and the worker's script is one more download.
    loading = loading || import(bundlePath + "pagefind.js").then(function (api) {
      return api.options({ baseUrl: baseUrl, excerptLength: 12, noWorker: true }).then(function () {
        return api;
      });
    });
    return loading;
  }

  function make(tag, className, attributes) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  var root = make("div", "pagefind-ui");
  var form = make("form", "pagefind-ui__form", { role: "search" });
  var input = make("input", "pagefind-ui__search-input", { type: "search", autocomplete: "off", placeholder: "Search", "aria-label": "Search the dossier" });
  form.appendChild(input);
  var drawer = make("div", "pagefind-ui__drawer");
  var panel = make("fieldset", "pagefind-ui__filter-panel");
  var panelLabel = make("legend", "pagefind-ui__filter-panel-label");
  panelLabel.textContent = "Filters";
  panel.appendChild(panelLabel);
  var blocks = {};
  filterNames.forEach(function (name) {
    var block = make("details", "pagefind-ui__filter-block");
    var summary = make("summary", "pagefind-ui__filter-name");
    summary.textContent = name.charAt(0).toUpperCase() + name.slice(1);
    var group = make("fieldset", "pagefind-ui__filter-group");
    var legend = make("legend", "pagefind-ui__filter-group-label");
    legend.textContent = name;
    group.appendChild(legend);
    block.appendChild(summary);
    block.appendChild(group);
    block.addEventListener("toggle", function () {
      if (block.open) loadFilters();
    });
    panel.appendChild(block);
    blocks[name] = { block: block, group: group, labels: {} };
  });
  var area = make("div", "pagefind-ui__results-area");
  var message = make("p", "pagefind-ui__message", { role: "status" });
  var list = make("ol", "pagefind-ui__results");
  var more = make("button", "pagefind-ui__button", { type: "button" });
  more.textContent = "Load more results";
  more.hidden = true;
  area.appendChild(message);
  area.appendChild(list);
  area.appendChild(more);
  if (filterNames.length) drawer.appendChild(panel);
  drawer.appendChild(area);
  root.appendChild(form);
  root.appendChild(drawer);
  element.appendChild(root);

  // ---- Filters: every value with its count, for this search once there is one. ----
  var filtersLoaded = null;
  var hasFilters = false;
  function loadFilters() {
    filtersLoaded = filtersLoaded || pagefind().then(function (api) {
      return api.filters().then(function (all) {
        hasFilters = true;
        Object.keys(blocks).forEach(function (name) {
          var values = all[name] || {};
          Object.keys(values).forEach(function (value) {
            var row = make("div", "pagefind-ui__filter-value");
            var box = make("input", "pagefind-ui__filter-checkbox", { type: "checkbox", id: name + "-" + value, name: name });
            box.value = value;
            box.checked = (current.filters[name] || []).indexOf(value) >= 0;
            var label = make("label", "pagefind-ui__filter-label", { for: name + "-" + value });
            row.appendChild(box);
            row.appendChild(label);
            blocks[name].group.appendChild(row);
            blocks[name].labels[value] = label;
          });
          showCounts(name, values);
          // A filter this dossier has no values for (no briefs, so no party) is not offered.
          if (!Object.keys(values).length) blocks[name].block.hidden = true;
        });
        // The counts of the search on screen, now that the filter indexes are here.
        if (current.q) search();
      });
    });
    return filtersLoaded;
  }

  /** Filter values reach the index HTML-escaped (scripts/site/filters.ts), so they are shown as HTML, as Pagefind's UI does. */
  function showCounts(name, counts) {
    var labels = blocks[name].labels;
    Object.keys(labels).forEach(function (value) {
      labels[value].innerHTML = value + " (" + (counts[value] || 0) + ")";
    });
  }

  function checkBoxes(filters) {
    element.querySelectorAll(".pagefind-ui__filter-checkbox").forEach(function (box) {
      box.checked = (filters[box.name] || []).indexOf(box.value) >= 0;
    });
  }

  // ---- Results: five at a time, each page's fragment fetched only when it is shown. ----
  var searchId = 0;
  var found = [];
  var shown = 0;

  function search() {
    var id = ++searchId;
    var term = current.q;
    var filters = current.filters;
    if (!term) {
      found = [];
      list.textContent = "";
      message.textContent = "";
      more.hidden = true;
      return;
    }
    pagefind()
      .then(function (api) {
        return api.search(term, { filters: filters });
      })
      .then(function (response) {
        if (id !== searchId || !response) return;
        found = response.results;
        shown = 0;
        list.textContent = "";
        var count = found.length;
        message.textContent = count === 0 ? "No results for " + term : count + (count === 1 ? " result" : " results") + " for " + term;
        if (hasFilters && response.filters) Object.keys(blocks).forEach(function (name) {
          showCounts(name, response.filters[name] || {});
        });
        showMore();
      });
  }

  function link(url, title) {
    var p = make("p", "pagefind-ui__result-title");
    var a = make("a", "pagefind-ui__result-link", { href: url });
    a.textContent = title;
    p.appendChild(a);
    return p;
  }

  /** Pagefind's excerpts are HTML it escaped itself, with the matched words in <mark>; ours are escaped above. */
  function excerpt(html) {
    var p = make("p", "pagefind-ui__result-excerpt");
    p.innerHTML = html;
    return p;
  }

  /** The three sub-results with the most matches, in page order, as Pagefind's UI thins them. */
  function thin(subs) {
    if (subs.length <= 3) return subs;
    var top = subs.slice().sort(function (a, b) {
      return (b.locations || []).length - (a.locations || []).length;
    }).slice(0, 3);
    return subs.filter(function (sub) {
      return top.indexOf(sub) >= 0;
    });
  }

  function render(item, data) {
    var inner = make("div", "pagefind-ui__result-inner");
    var url = (data.meta && data.meta.url) || data.url;
    inner.appendChild(link(url, (data.meta && data.meta.title) || ""));
    var subs = Array.isArray(data.sub_results) ? data.sub_results : [];
    var rooted = subs.length > 0 && subs[0].url === url;
    if (rooted || !subs.length) inner.appendChild(excerpt(data.excerpt || ""));
    thin(rooted ? subs.slice(1) : subs).forEach(function (sub) {
      var nested = make("div", "pagefind-ui__result-nested");
      nested.appendChild(link(sub.url, sub.title));
      nested.appendChild(excerpt(sub.excerpt || ""));
      inner.appendChild(nested);
    });
    item.textContent = "";
    item.appendChild(inner);
  }

  function showMore() {
    var id = searchId;
    found.slice(shown, shown + PAGE_SIZE).forEach(function (result) {
      var item = make("li", "pagefind-ui__result");
      list.appendChild(item);
      result.data().then(function (data) {
        if (id === searchId) render(item, withPassage(toParagraphs(data)));
      });
    });
    shown = Math.min(found.length, shown + PAGE_SIZE);
    more.hidden = shown >= found.length;
  }
  more.addEventListener("click", showMore);

  var timer = 0;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  input.addEventListener("focus", function () {
    pagefind();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (input.value === current.q) return;
      current = { q: input.value, filters: current.filters };
      record();
      search();
    }, 300);
  });

  /** Shows a search: its filters chosen and its query typed, as if the reader had done it. */
  function show(state) {
    current = state;
    if (Object.keys(state.filters).length) {
      Object.keys(state.filters).forEach(function (name) {
        if (blocks[name]) blocks[name].block.open = true;
      });
      loadFilters();
    }
    checkBoxes(state.filters);
    input.value = state.q;
    search();
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
    search();
  });
  window.addEventListener("popstate", function () {
    show(stateFrom(location.search));
  });

  history.replaceState({ q: current.q, filters: current.filters }, "", location.href);
  show(current);
})();
