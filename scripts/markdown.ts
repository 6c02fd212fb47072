// The project's one Markdown renderer: no raw HTML, no template engine, and `{#p3}` markers that make paragraphs addressable.
import MarkdownIt from "markdown-it";

/** ASCII punctuation CommonMark lets a backslash escape: escaping all of it makes untrusted text literal. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Escapes text so Markdown shows it exactly as written: no emphasis, links, HTML, lists or headings. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, "\\$&");
}

// A paragraph that ends with an unescaped ` {#p12}` gets id="p12", and a list item ending ` {#n3}` (a brief's note 3)
// gets id="n3"; escaped seed text can never produce either.
const ANCHOR_MARKER = / \{#(p\d+|n\d+)\}$/;

/** Appends the marker that gives a paragraph its id and its visible link. */
export function anchoredParagraph(text: string, id: string): string {
  return `${text} {#${id}}`;
}

export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.after("block", "paragraph_anchors", (state) => {
    const tokens = state.tokens;
    for (let i = 1; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      const open = tokens[i - 1]!;
      if (token.type !== "inline" || open.type !== "paragraph_open") continue;
      const match = ANCHOR_MARKER.exec(token.content);
      if (!match) continue;
      token.content = token.content.slice(0, match.index);
      // A tight list hides its paragraphs: the note's id goes on the list item, which is rendered.
      const item = tokens[i - 2];
      if (match[1]!.startsWith("n") && item?.type === "list_item_open") item.attrSet("id", match[1]!);
      else open.attrSet("id", match[1]!);
    }
  });
  // Headings get an id from their words ("How recognition works" → how-recognition-works), so a section can be linked.
  md.core.ruler.push("heading_ids", (state) => {
    const taken = new Set<string>();
    state.tokens.forEach((token, i) => {
      if (token.type !== "heading_open" || token.attrGet("id")) return;
      const base = headingId(state.tokens[i + 1]?.content ?? "") || "section";
      let id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      token.attrSet("id", id);
    });
  });
  const defaultOpen = md.renderer.rules.paragraph_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.paragraph_open = (tokens, idx, options, env, self) => {
    const id = tokens[idx]!.attrGet("id");
    const html = defaultOpen(tokens, idx, options, env, self);
    if (!id || !/^p\d+$/.test(id)) return html;
    return `${html}<a class="para-link" href="#${id}" title="Link to this paragraph" data-pagefind-ignore>${id}</a> `;
  };
  return md;
}

/** A heading's id: its words in lower case, diacritics folded, joined by hyphens. */
export function headingId(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A paginated page's links to every page of its set, the current one in bold: "Pages: [1](/a/) · **2** · [3](/a/3/)". */
export function pagerLine(count: number, page: number, address: (page: number) => string): string {
  return `Pages: ${Array.from({ length: count }, (_, i) => (i + 1 === page ? `**${i + 1}**` : `[${i + 1}](${address(i + 1)})`)).join(" · ")}`;
}
