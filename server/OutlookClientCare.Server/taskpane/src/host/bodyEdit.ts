import type { MailBody } from "./contract";

/** Escapes text for an HTML body; the coach reports passages as text. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The body with the first occurrence of a passage replaced, or null when it is not there. */
export function replacePassage(body: MailBody, passage: string, replacement: string): MailBody | null {
  if (passage.length === 0) return null;
  if (body.type === "text") {
    const at = body.content.indexOf(passage);
    return at < 0 ? null : { type: "text", content: body.content.slice(0, at) + replacement + body.content.slice(at + passage.length) };
  }
  for (const form of [escapeHtml(passage), passage.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")]) {
    const at = body.content.indexOf(form);
    if (at >= 0) {
      return { type: "html", content: body.content.slice(0, at) + escapeHtml(replacement) + body.content.slice(at + form.length) };
    }
  }
  return null;
}
