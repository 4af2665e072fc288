// The review at Send, shared by Outlook's OnMessageSend handler (launchEvent.ts) and the demo page's
// Send button: what is read, when the server is asked, and when the mail simply goes out. It never
// touches Office.* or the DOM; each caller hands in a port that reads the draft its own way.
// Failing open is the rule: any doubt, error or slowness sends the mail unchanged.

import type { BodyType } from "../host/contract";
import type { SendCheckStrings } from "../i18n";

/** Far below the 5 s after which Outlook tells the user the add-in "is taking longer than expected". */
export const sendCheckBudgetMs = 2500;

/** What Outlook's Smart Alerts dialog takes at most (errorMessage and errorMessageMarkdown). */
export const alertMaxChars = 500;

export interface SendDraft {
  conversationId: string | null;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  bodyType: BodyType;
}

/** POST /api/drafts/send-check's answer (design.md). */
export interface SendCheckAnswer {
  verdict: "send" | "review";
  title: string;
  items: { kind: string; text: string; suggestion: string | null }[];
  openAsks: string[];
}

export type SendDecision =
  | { action: "send"; why: "clean" | "switched-off" | "not-a-client" | "no-answer" | "insisted" }
  | { action: "hold"; answer: SendCheckAnswer };

export interface SendCheckPort {
  /** The user's own switch in the pane's settings, and the administrator's on the server. */
  enabled(): Promise<boolean>;
  /** The user's own address, to tell colleagues from clients. */
  me(): string;
  readDraft(): Promise<SendDraft>;
  /** Posts the draft to the server; rejects on any failure. */
  ask(draft: SendDraft, signal: AbortSignal): Promise<SendCheckAnswer>;
  /** The fingerprint of the draft the user was last shown an alert for (Send again unchanged = send anyway). */
  lastReviewed(): Promise<string | null>;
  rememberReviewed(fingerprint: string): Promise<void>;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).trim().replace(/>$/, "").toLowerCase();
}

/** Only colleagues (the user's own domain) among the recipients: not mail to a client. */
export function onlyColleagues(draft: SendDraft, me: string): boolean {
  const recipients = [...draft.to, ...draft.cc];
  const own = domainOf(me);
  return recipients.length === 0 || (own.length > 0 && recipients.every((r) => domainOf(r) === own));
}

/** A short, stable fingerprint of what would be sent (not the text itself). */
export function fingerprint(draft: SendDraft): string {
  let hash = 2166136261;
  const text = `${draft.to.join(",")}|${draft.cc.join(",")}|${draft.subject}|${draft.body}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** Resolves with the work's result, or with undefined once the deadline has passed. */
function within<T>(work: Promise<T>, deadline: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now()));
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** Decides whether the mail goes out now or the user sees the review; never throws. */
export async function decide(port: SendCheckPort, budgetMs = sendCheckBudgetMs): Promise<SendDecision> {
  const deadline = Date.now() + budgetMs;
  if (!(await within(port.enabled(), deadline))) return { action: "send", why: "switched-off" };
  const draft = await within(port.readDraft(), deadline);
  if (!draft) return { action: "send", why: "no-answer" };
  if (!draft.conversationId || onlyColleagues(draft, port.me())) return { action: "send", why: "not-a-client" };
  const print = fingerprint(draft);
  if ((await within(port.lastReviewed(), deadline)) === print) return { action: "send", why: "insisted" };
  const abort = new AbortController();
  const answer = await within(port.ask(draft, abort.signal), deadline);
  abort.abort();
  if (!answer || (answer.verdict !== "send" && answer.verdict !== "review")) return { action: "send", why: "no-answer" };
  if (answer.verdict === "send") return { action: "send", why: "clean" };
  await within(port.rememberReviewed(print), deadline);
  return { action: "hold", answer };
}

/** POST /api/drafts/send-check at an absolute URL (Outlook's script-only runtime has no relative URLs). */
export async function askServer(url: string, headers: Record<string, string>, draft: SendDraft, signal: AbortSignal): Promise<SendCheckAnswer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...headers, Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(draft),
    signal,
  });
  if (!response.ok) throw new Error(`send-check: ${response.status}`);
  return (await response.json()) as SendCheckAnswer;
}

/** One thing to change, as the alert says it: "Schuldzuweisung: „weil du …“ – suggestion". */
export function itemLine(item: SendCheckAnswer["items"][number], t: SendCheckStrings): string {
  return `${t.kinds[item.kind] ?? item.kind}: ${t.quote(item.text)}${item.suggestion ? ` – ${item.suggestion}` : ""}`;
}

/** The lines of the alert: the title, what is still open, what to change, in the user's language. */
export function alertLines(answer: SendCheckAnswer, t: SendCheckStrings): string[] {
  const lines = [answer.title];
  if (answer.openAsks.length) lines.push(t.stillOpen, ...answer.openAsks.map((ask) => `• ${ask}`));
  for (const item of answer.items) lines.push(`• ${itemLine(item, t)}`);
  return lines;
}

/** Plain text for Outlook's dialog, cut to its 500 characters, always ending with the question. */
export function alertMessage(answer: SendCheckAnswer, t: SendCheckStrings, canSendAnyway: boolean): string {
  const question = canSendAnyway ? t.question : t.questionSendAgain;
  const room = alertMaxChars - question.length - 2;
  let text = "";
  for (const line of alertLines(answer, t)) {
    const next = text ? `${text}\n${line}` : line;
    if (next.length > room) {
      text = text ? `${text}\n…` : line.slice(0, room - 1) + "…";
      break;
    }
    text = next;
  }
  return `${text}\n\n${question}`;
}
