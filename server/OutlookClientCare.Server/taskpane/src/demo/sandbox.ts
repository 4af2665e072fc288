// The demo page reads the sandbox mailbox the way a mail client reads Graph.

export interface GraphPerson {
  emailAddress: { name?: string; address: string };
}

export interface GraphMessage {
  id: string;
  subject?: string;
  from?: GraphPerson;
  toRecipients?: GraphPerson[];
  ccRecipients?: GraphPerson[];
  receivedDateTime?: string;
  sentDateTime?: string;
  conversationId: string;
  bodyPreview?: string;
  isRead?: boolean;
  isDraft?: boolean;
  body?: { contentType: string; content: string };
}

export interface DemoUser {
  userPrincipalName: string;
  displayName: string;
  preferredLanguage?: string;
}

const base = "/graph-sandbox/v1.0";

export class SandboxMailbox {
  constructor(private readonly upn: string) {}

  static async users(): Promise<DemoUser[]> {
    const response = await fetch(`${base}/users?$select=userPrincipalName,displayName,preferredLanguage`);
    if (!response.ok) throw new Error(`users: ${response.status}`);
    return ((await response.json()) as { value: DemoUser[] }).value;
  }

  private async get<T>(path: string): Promise<T> {
    const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer sandbox:${this.upn}` } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  /** The newest message of each conversation in a folder, newest first. */
  async threads(folder: "inbox" | "drafts"): Promise<GraphMessage[]> {
    const page = await this.get<{ value: GraphMessage[] }>(
      `/me/mailFolders/${folder}/messages?$select=id,subject,from,toRecipients,receivedDateTime,conversationId,bodyPreview,isRead,isDraft&$top=200`,
    );
    const newest = new Map<string, GraphMessage>();
    for (const message of page.value) {
      const seen = newest.get(message.conversationId);
      if (!seen || (message.receivedDateTime ?? "") > (seen.receivedDateTime ?? "")) newest.set(message.conversationId, message);
    }
    return [...newest.values()].sort((a, b) => (b.receivedDateTime ?? "").localeCompare(a.receivedDateTime ?? ""));
  }

  /** All messages of a conversation, newest first. */
  async conversation(conversationId: string): Promise<GraphMessage[]> {
    const filter = encodeURIComponent(`conversationId eq '${conversationId.replace(/'/g, "''")}'`);
    const page = await this.get<{ value: GraphMessage[] }>(
      `/me/messages?$filter=${filter}&$select=id,subject,from,toRecipients,ccRecipients,receivedDateTime,sentDateTime,conversationId,body,isDraft&$top=100`,
    );
    return page.value.filter((m) => !m.isDraft).sort((a, b) => (b.sentDateTime ?? b.receivedDateTime ?? "").localeCompare(a.sentDateTime ?? a.receivedDateTime ?? ""));
  }

  async message(id: string): Promise<GraphMessage> {
    return this.get<GraphMessage>(`/me/messages/${encodeURIComponent(id)}?$select=id,subject,from,toRecipients,ccRecipients,receivedDateTime,sentDateTime,conversationId,body,isDraft`);
  }
}

/** Readable text of a (hostile) HTML body, without running or loading anything from it. */
export function bodyText(body: GraphMessage["body"]): string {
  if (!body) return "";
  const content = body.content.slice(0, 200_000);
  if (body.contentType.toLowerCase() !== "html") return content;
  const doc = new DOMParser().parseFromString(content, "text/html");
  doc.querySelectorAll("script, style, head, title").forEach((n) => n.remove());
  doc.querySelectorAll("br").forEach((n) => n.replaceWith("\n"));
  doc.querySelectorAll("p, div, li, tr, blockquote, h1, h2, h3, h4").forEach((n) => n.append("\n"));
  return (doc.body?.textContent ?? "").replace(/\u00a0/g, " ").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** Keeps only harmless markup of HTML our own server rendered, as Outlook does with inserted HTML. */
export function safeFragment(html: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = html;
  template.content.querySelectorAll("script, iframe, object, embed, style, link, meta, form, input").forEach((n) => n.remove());
  template.content.querySelectorAll("*").forEach((element) => {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith("on") || value.startsWith("javascript:") || value.startsWith("data:")) element.removeAttribute(attribute.name);
    }
  });
  return template.content;
}
