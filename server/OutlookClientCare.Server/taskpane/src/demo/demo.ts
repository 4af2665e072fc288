import { clear, h } from "../dom";
import type { BodyType, MailBody, MailItem, StandInMailbox } from "../host/contract";
import { StandInHost } from "../host/standInHost";
import { sendCheckStrings } from "../i18n";
import { decide, itemLine, type SendCheckAnswer } from "../sendCheck/review";
import { bodyText, safeFragment, SandboxMailbox, type DemoUser, type GraphMessage } from "./sandbox";

type Lang = "de" | "en";

const words = {
  de: {
    product: "OutlookClientCare",
    demo: "Demo",
    user: "Postfach",
    language: "Sprache",
    inbox: "Posteingang",
    drafts: "Entwürfe",
    folders: "Ordner",
    threads: "Nachrichten",
    pick: "Wählen Sie links eine Nachricht aus.",
    replyAll: "Allen antworten",
    to: "An",
    subject: "Betreff",
    format: "Format",
    html: "HTML",
    text: "Nur Text",
    body: "Antworttext",
    discard: "Verwerfen",
    send: "Senden",
    sendNote: "In der Demo wird nichts wirklich verschickt.",
    checking: "Wird vor dem Senden geprüft …",
    sent: "Gesendet. In der Demo wird nichts wirklich verschickt.",
    original: "Ursprüngliche Nachricht",
    pane: "Add-in-Bereich",
    loadFailed: "Das Demo-Postfach konnte nicht geladen werden.",
    retry: "Erneut versuchen",
    reading: "Lesebereich",
    noDrafts: "Keine Entwürfe.",
    draft: "Entwurf",
    intro: "So sieht Outlook mit dem Add-in aus: Nachricht öffnen oder antworten – der Bereich rechts folgt.",
  },
  en: {
    product: "OutlookClientCare",
    demo: "Demo",
    user: "Mailbox",
    language: "Language",
    inbox: "Inbox",
    drafts: "Drafts",
    folders: "Folders",
    threads: "Messages",
    pick: "Select a message on the left.",
    replyAll: "Reply all",
    to: "To",
    subject: "Subject",
    format: "Format",
    html: "HTML",
    text: "Plain text",
    body: "Reply text",
    discard: "Discard",
    send: "Send",
    sendNote: "Nothing really leaves the demo.",
    checking: "Checking before it goes …",
    sent: "Sent. Nothing really leaves the demo.",
    original: "Original message",
    pane: "Add-in pane",
    loadFailed: "The demo mailbox could not be loaded.",
    retry: "Try again",
    reading: "Reading pane",
    noDrafts: "No drafts.",
    draft: "Draft",
    intro: "This is Outlook with the add-in: open a message or reply, and the pane on the right follows.",
  },
};

type Words = typeof words.de;

declare global {
  interface Window {
    clientCareStandIn?: StandInMailbox;
  }
}

interface ComposeState {
  conversationId: string;
  subject: string;
  to: GraphMessage["from"] | undefined;
  original: GraphMessage | null;
  type: BodyType;
}

class DemoPage implements StandInMailbox {
  readonly userPrincipalName: string;
  readonly displayLanguage: string;
  private readonly w: Words;
  private readonly mailbox: SandboxMailbox;
  private readonly listeners: (() => void)[] = [];
  private current: MailItem | null = null;
  private compose: ComposeState | null = null;
  private editor: HTMLElement | null = null;
  private textEditor: HTMLTextAreaElement | null = null;
  private savedRange: Range | null = null;
  private folder: "inbox" | "drafts" = "inbox";
  private readonly list = h("div", { className: "thread-list", role: "list" });
  private readonly reading = h("section", { className: "reading", "aria-label": "" });
  /** One port for the page's life: like Outlook's item session, it remembers the draft last held. */
  private readonly sendCheckPort = new StandInHost(this).sendCheckPort();

  constructor(private readonly user: DemoUser, private readonly lang: Lang, private readonly users: DemoUser[]) {
    this.userPrincipalName = user.userPrincipalName;
    this.displayLanguage = lang === "de" ? "de-DE" : "en-US";
    this.w = words[lang];
    this.mailbox = new SandboxMailbox(user.userPrincipalName);
    this.reading.setAttribute("aria-label", this.w.reading);
  }

  // StandInMailbox: what the pane's stand-in host sees.
  item(): MailItem | null {
    return this.current;
  }

  subscribe(listener: () => void): void {
    this.listeners.push(listener);
  }

  composeBody(): MailBody {
    if (!this.compose) throw new Error("No reply is open.");
    return this.compose.type === "html" ? { type: "html", content: this.editor?.innerHTML ?? "" } : { type: "text", content: this.textEditor?.value ?? "" };
  }

  insertAtCursor(data: string, type: BodyType): void {
    if (type === "text" && this.textEditor) {
      const area = this.textEditor;
      area.setRangeText(data, area.selectionStart, area.selectionEnd, "end");
      return;
    }
    if (!this.editor) throw new Error("No reply is open.");
    const inEditor = this.savedRange && this.editor.contains(this.savedRange.commonAncestorContainer) ? this.savedRange : null;
    const range = inEditor ?? document.createRange();
    if (!inEditor) {
      range.selectNodeContents(this.editor);
      range.collapse(true);
    }
    range.deleteContents();
    const fragment = safeFragment(data);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
    }
    this.savedRange = range;
  }

  setComposeBody(body: MailBody): void {
    if (body.type === "html" && this.editor) {
      clear(this.editor);
      this.editor.appendChild(safeFragment(body.content));
    } else if (this.textEditor) {
      this.textEditor.value = body.content;
    }
  }

  displayReplyAllForm(html: string): void {
    if (!this.current?.conversationId) return;
    void this.startReply(this.current.conversationId, html);
  }

  openMessage(_itemId: string, conversationId: string): void {
    void this.openThread(conversationId);
  }

  composeRecipients(): { to: string[]; cc: string[] } {
    const to = this.compose?.to?.emailAddress.address;
    return { to: to ? [to] : [], cc: [] };
  }

  /** Send: the same review Outlook's OnMessageSend handler runs, through the stand-in host. */
  private async send(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
    const state = this.compose;
    if (!state) return;
    button.disabled = true;
    status.textContent = this.w.checking;
    const decision = await decide(this.sendCheckPort);
    button.disabled = false;
    status.textContent = "";
    if (decision.action === "hold" && (await this.smartAlert(decision.answer)) === "edit") {
      (this.editor ?? this.textEditor)?.focus();
      return;
    }
    await this.openThread(state.conversationId);
    const why = decision.action === "send" ? decision.why : "sent-anyway";
    this.reading.prepend(h("div", { className: "sent-notice", role: "status", "data-testid": "sent-notice", "data-why": why }, "✓ ", this.w.sent));
  }

  /** Outlook's Smart Alerts dialog as the demo draws it: the add-in's name, the review, Send anyway or Go back. */
  private smartAlert(answer: SendCheckAnswer): Promise<"send" | "edit"> {
    const s = sendCheckStrings(this.lang);
    const previous = document.activeElement as HTMLElement | null;
    return new Promise((resolve) => {
      const body = h("div", { id: "smart-alert-body", className: "smart-alert-body" }, h("p", { className: "alert-title" }, answer.title));
      if (answer.openAsks.length) {
        body.append(h("p", {}, s.stillOpen), h("ul", { className: "alert-list", "data-testid": "open-asks" }, ...answer.openAsks.map((ask) => h("li", {}, ask))));
      }
      if (answer.items.length) {
        body.append(h("ul", { className: "alert-list", "data-testid": "alert-items" }, ...answer.items.map((item) => h("li", { "data-kind": item.kind }, itemLine(item, s)))));
      }
      body.append(h("p", {}, s.question));
      const close = (choice: "send" | "edit") => {
        backdrop.remove();
        previous?.focus();
        resolve(choice);
      };
      const sendAnyway = h("button", { type: "button", className: "cmd primary", "data-action": "send-anyway", onclick: () => close("send") }, s.sendAnyway);
      const goBack = h("button", { type: "button", className: "cmd", "data-action": "go-back", onclick: () => close("edit") }, s.goBack);
      const dialog = h(
        "div",
        { className: "smart-alert", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "smart-alert-title", "aria-describedby": "smart-alert-body", "data-testid": "smart-alert" },
        h("div", { className: "smart-alert-head" }, h("span", { className: "logo small", "aria-hidden": "true" }), h("h2", { id: "smart-alert-title" }, this.lang === "de" ? "Kundenpflege" : "Client care")),
        body,
        h("div", { className: "smart-alert-actions" }, sendAnyway, goBack),
      );
      const backdrop = h("div", { className: "smart-alert-backdrop" }, dialog);
      // A modal dialog: Tab stays on its two buttons, Escape goes back to the draft.
      dialog.addEventListener("keydown", (event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          close("edit");
        } else if (event.key === "Tab") {
          event.preventDefault();
          (document.activeElement === sendAnyway ? goBack : sendAnyway).focus();
        }
      });
      document.body.appendChild(backdrop);
      sendAnyway.focus();
    });
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  // The page.
  mount(root: HTMLElement): void {
    const userSelect = h("select", { id: "demo-user", className: "top-select" });
    for (const user of this.users) {
      const option = h("option", { value: user.userPrincipalName }, user.displayName);
      option.selected = user.userPrincipalName === this.user.userPrincipalName;
      userSelect.appendChild(option);
    }
    userSelect.addEventListener("change", () => navigate(userSelect.value, null));
    const langSelect = h("select", { id: "demo-lang", className: "top-select" }, h("option", { value: "de" }, "Deutsch"), h("option", { value: "en" }, "English"));
    langSelect.value = this.lang;
    langSelect.addEventListener("change", () => navigate(this.user.userPrincipalName, langSelect.value as Lang));

    const folderButton = (folder: "inbox" | "drafts", label: string) =>
      h("button", { type: "button", className: "folder", "aria-pressed": String(this.folder === folder), "data-folder": folder, onclick: () => void this.showFolder(folder) }, label);

    root.append(
      h(
        "header",
        { className: "topbar" },
        h("div", { className: "brand" }, h("span", { className: "logo", "aria-hidden": "true" }), h("span", {}, this.w.product), h("span", { className: "badge" }, this.w.demo)),
        h("div", { className: "top-controls" },
          h("label", { for: "demo-user" }, this.w.user), userSelect,
          h("label", { for: "demo-lang" }, this.w.language), langSelect),
      ),
      h(
        "div",
        { className: "layout" },
        h("nav", { className: "folders", "aria-label": this.w.folders }, folderButton("inbox", this.w.inbox), folderButton("drafts", this.w.drafts)),
        h("section", { className: "list-pane", "aria-label": this.w.threads }, this.list),
        this.reading,
        h(
          "aside",
          { className: "addin", "aria-label": this.w.pane },
          h("div", { className: "addin-title" }, h("span", { className: "logo small", "aria-hidden": "true" }), "OutlookClientCare"),
          h("iframe", { id: "pane", title: this.w.pane, src: "/pane/taskpane.html" }),
        ),
      ),
    );
    this.showIntro();
    void this.showFolder("inbox");
  }

  private showIntro(): void {
    clear(this.reading);
    this.reading.appendChild(h("div", { className: "empty" }, h("p", { className: "empty-title" }, this.w.pick), h("p", {}, this.w.intro)));
  }

  private async showFolder(folder: "inbox" | "drafts"): Promise<void> {
    this.folder = folder;
    document.querySelectorAll<HTMLButtonElement>(".folder").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.folder === folder)));
    clear(this.list);
    this.list.appendChild(h("div", { className: "loading", role: "status" }, "…"));
    try {
      const threads = await this.mailbox.threads(folder);
      clear(this.list);
      if (!threads.length) this.list.appendChild(h("p", { className: "muted pad" }, this.w.noDrafts));
      for (const message of threads) this.list.appendChild(this.threadRow(message));
    } catch {
      clear(this.list);
      this.list.appendChild(h("div", { className: "error pad", role: "alert" }, this.w.loadFailed, " ", h("button", { type: "button", className: "link", onclick: () => void this.showFolder(folder) }, this.w.retry)));
    }
  }

  private threadRow(message: GraphMessage): HTMLElement {
    const sender = this.folder === "drafts" ? (message.toRecipients?.[0]?.emailAddress ?? { address: "" }) : (message.from?.emailAddress ?? { address: "" });
    const when = message.receivedDateTime ? new Date(message.receivedDateTime).toLocaleDateString(this.displayLanguage, { day: "2-digit", month: "2-digit" }) : "";
    return h(
      "div",
      { role: "listitem" },
      h(
        "button",
        {
          type: "button",
          className: `thread ${message.isRead === false ? "unread" : ""}`,
          "data-conversation": message.conversationId,
          "data-subject": message.subject ?? "",
          onclick: () => void (this.folder === "drafts" ? this.openDraft(message.id) : this.openThread(message.conversationId)),
        },
        h("span", { className: "thread-top" }, h("span", { className: "sender" }, this.folder === "drafts" ? `${this.w.draft}: ${sender.name ?? sender.address}` : (sender.name ?? sender.address)), h("span", { className: "when" }, when)),
        h("span", { className: "subject" }, message.subject ?? ""),
        h("span", { className: "preview" }, (message.bodyPreview ?? "").slice(0, 140)),
      ),
    );
  }

  private markSelected(conversationId: string): void {
    this.list.querySelectorAll<HTMLButtonElement>(".thread").forEach((b) => b.setAttribute("aria-current", String(b.dataset.conversation === conversationId)));
  }

  async openThread(conversationId: string): Promise<void> {
    this.markSelected(conversationId);
    clear(this.reading);
    this.reading.appendChild(h("div", { className: "loading", role: "status" }, "…"));
    try {
      const messages = await this.mailbox.conversation(conversationId);
      const latest = messages.find((m) => m.from?.emailAddress.address.toLowerCase() !== this.userPrincipalName.toLowerCase()) ?? messages[0];
      this.compose = null;
      this.editor = null;
      this.textEditor = null;
      this.current = latest
        ? {
            mode: "read",
            itemId: latest.id,
            conversationId,
            subject: latest.subject ?? "",
            from: latest.from ? { name: latest.from.emailAddress.name ?? null, address: latest.from.emailAddress.address } : null,
          }
        : null;
      clear(this.reading);
      this.reading.append(
        h("div", { className: "reading-head" },
          h("h2", { className: "reading-subject" }, latest?.subject ?? ""),
          h("button", { type: "button", className: "cmd", "data-action": "reply-all", onclick: () => void this.startReply(conversationId, "") }, "↩ ", this.w.replyAll)),
        ...messages.map((m, i) => this.messageView(m, i === 0)),
      );
      this.changed();
    } catch {
      clear(this.reading);
      this.reading.appendChild(h("div", { className: "error pad", role: "alert" }, this.w.loadFailed, " ", h("button", { type: "button", className: "link", onclick: () => void this.openThread(conversationId) }, this.w.retry)));
    }
  }

  private messageView(message: GraphMessage, open: boolean): HTMLElement {
    const from = message.from?.emailAddress ?? { address: "" };
    const when = message.sentDateTime ?? message.receivedDateTime;
    const details = h(
      "details",
      { className: "message" },
      h("summary", {},
        h("span", { className: "avatar", "aria-hidden": "true" }, (from.name ?? from.address).slice(0, 1).toUpperCase()),
        h("span", { className: "from" }, h("strong", {}, from.name ?? from.address), h("span", { className: "muted" }, ` <${from.address}>`)),
        h("span", { className: "when" }, when ? new Date(when).toLocaleString(this.displayLanguage, { dateStyle: "medium", timeStyle: "short" }) : "")),
      h("div", { className: "message-body" }, bodyText(message.body)),
    );
    details.open = open;
    return details;
  }

  private async openDraft(id: string): Promise<void> {
    clear(this.reading);
    try {
      const draft = await this.mailbox.message(id);
      this.markSelected(draft.conversationId);
      this.reading.append(h("div", { className: "reading-head" }, h("h2", { className: "reading-subject" }, draft.subject ?? "")), this.messageView(draft, true));
    } catch {
      this.reading.appendChild(h("div", { className: "error pad", role: "alert" }, this.w.loadFailed));
    }
  }

  async startReply(conversationId: string, html: string): Promise<void> {
    const messages = await this.mailbox.conversation(conversationId).catch(() => [] as GraphMessage[]);
    const original = messages.find((m) => m.from?.emailAddress.address.toLowerCase() !== this.userPrincipalName.toLowerCase()) ?? messages[0] ?? null;
    const prefix = this.lang === "de" ? "AW: " : "RE: ";
    const subject = original?.subject ? (/^(aw|re):/i.test(original.subject) ? original.subject : prefix + original.subject) : prefix;
    this.compose = { conversationId, subject, to: original?.from, original, type: "html" };
    this.current = {
      mode: "compose",
      itemId: null,
      conversationId,
      subject,
      from: original?.from ? { name: original.from.emailAddress.name ?? null, address: original.from.emailAddress.address } : null,
    };
    this.renderCompose(html);
    this.changed();
  }

  private renderCompose(html: string): void {
    const state = this.compose!;
    clear(this.reading);
    const editorHolder = h("div", { className: "editor-holder" });
    const mountEditor = () => {
      clear(editorHolder);
      if (state.type === "html") {
        this.textEditor = null;
        this.editor = h("div", { id: "compose-body", className: "editor", contenteditable: "true", role: "textbox", "aria-multiline": "true", "aria-label": this.w.body });
        const remember = () => {
          const selection = document.getSelection();
          if (selection?.rangeCount && this.editor?.contains(selection.getRangeAt(0).commonAncestorContainer)) this.savedRange = selection.getRangeAt(0).cloneRange();
        };
        for (const event of ["keyup", "mouseup", "input", "focus"]) this.editor.addEventListener(event, remember);
        document.addEventListener("selectionchange", remember);
        editorHolder.appendChild(this.editor);
      } else {
        this.editor = null;
        this.textEditor = h("textarea", { id: "compose-body", className: "editor text", "aria-label": this.w.body, rows: 12 });
        editorHolder.appendChild(this.textEditor);
      }
      this.savedRange = null;
    };
    const format = h("select", { id: "compose-format", className: "small-select" }, h("option", { value: "html" }, this.w.html), h("option", { value: "text" }, this.w.text));
    format.value = state.type;
    format.addEventListener("change", () => {
      state.type = format.value as BodyType;
      mountEditor();
    });
    mountEditor();
    if (html) this.setComposeBody({ type: "html", content: html });
    const to = state.to?.emailAddress;
    const sendStatus = h("span", { className: "muted", role: "status" });
    const sendButton: HTMLButtonElement = h("button", { type: "button", className: "cmd primary", "data-action": "send", onclick: () => void this.send(sendButton, sendStatus) }, this.w.send);
    this.reading.append(
      h("div", { className: "compose", "data-testid": "compose" },
        h("div", { className: "compose-bar" },
          sendButton,
          h("button", { type: "button", className: "cmd", onclick: () => void this.openThread(state.conversationId) }, this.w.discard),
          h("span", { className: "muted" }, this.w.sendNote),
          sendStatus),
        h("div", { className: "compose-line" }, h("span", { className: "line-label" }, this.w.to), h("span", { className: "recipient" }, to ? `${to.name ?? ""} <${to.address}>` : "")),
        h("div", { className: "compose-line" }, h("span", { className: "line-label" }, this.w.subject), h("span", {}, state.subject)),
        h("div", { className: "compose-line" }, h("label", { className: "line-label", for: "compose-format" }, this.w.format), format),
        editorHolder,
        state.original ? h("details", { className: "quoted" }, h("summary", {}, this.w.original), h("div", { className: "message-body" }, bodyText(state.original.body))) : null,
      ),
    );
    (this.editor ?? this.textEditor)?.focus();
  }
}

function navigate(upn: string, lang: Lang | null): void {
  const params = new URLSearchParams();
  params.set("user", upn);
  if (lang) params.set("lang", lang);
  location.search = params.toString();
}

async function boot(): Promise<void> {
  const root = document.getElementById("demo")!;
  const params = new URLSearchParams(location.search);
  try {
    const users = await SandboxMailbox.users();
    const user = users.find((u) => u.userPrincipalName.toLowerCase() === (params.get("user") ?? "").toLowerCase()) ?? users[0];
    const asked = params.get("lang");
    const lang: Lang = asked === "de" || asked === "en" ? asked : (user.preferredLanguage ?? "").toLowerCase().startsWith("de") ? "de" : "en";
    document.documentElement.lang = lang;
    const page = new DemoPage(user, lang, users);
    // Set before the pane's iframe loads: the pane looks for it on start.
    window.clientCareStandIn = page;
    page.mount(root);
    const open = params.get("open");
    if (open) void page.openThread(open);
  } catch {
    root.appendChild(h("div", { className: "error pad", role: "alert" }, words.en.loadFailed, " / ", words.de.loadFailed, " ", h("button", { type: "button", className: "link", onclick: () => location.reload() }, "Retry")));
  }
}

void boot();
