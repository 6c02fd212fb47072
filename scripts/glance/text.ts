// Text for build-time SVG: escaping, widths from Helvetica's metrics (Liberation Sans and Arial share them), wrapping.
import { Encodings, Font, FontNames } from "@pdf-lib/standard-fonts";

const regular = Font.load(FontNames.Helvetica);
const bold = Font.load(FontNames.HelveticaBold);
// A fallback sans-serif may run a little wider than Helvetica: widths are padded by this much.
const SAFETY = 1.08;

/** Text made safe inside an SVG or HTML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function glyphWidth(char: string, font: Font): number {
  for (const candidate of [char, char.normalize("NFD")[0]!, char === "ı" ? "i" : char]) {
    const code = candidate.codePointAt(0)!;
    if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) continue;
    const width = font.getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(code).name);
    if (typeof width === "number") return width;
  }
  return 600;
}

/** The width of a line of text at a font size, in the same units as the size. */
export function textWidth(text: string, fontSize: number, weight: "normal" | "bold" = "normal"): number {
  const font = weight === "bold" ? bold : regular;
  let units = 0;
  for (const char of text) units += glyphWidth(char, font);
  return (units / 1000) * fontSize * SAFETY;
}

/**
 * Words broken into lines no wider than `width`, at most `maxLines` of them; text that does not fit ends in an
 * ellipsis, and a single word too long for a line is cut.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number, weight: "normal" | "bold" = "normal"): string[] {
  const fits = (line: string) => textWidth(line, fontSize, weight) <= width;
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const tried = current ? `${current} ${word}` : word;
    if (fits(tried)) {
      current = tried;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      return [...lines.slice(0, -1), withEllipsis(lines.at(-1)!, fits)];
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), withEllipsis(lines[maxLines - 1]!, fits)];
  return lines.map((line) => (fits(line) ? line : withEllipsis(line, fits)));
}

/** The line shortened until it fits with an ellipsis after it. */
function withEllipsis(line: string, fits: (line: string) => boolean): string {
  let cut = line.replace(/[\s,;:.…]+$/, "");
  while (cut && !fits(`${cut}…`)) {
    const space = cut.lastIndexOf(" ");
    cut = (space > 0 ? cut.slice(0, space) : cut.slice(0, -1)).replace(/[\s,;:.]+$/, "");
  }
  return `${cut}…`;
}
