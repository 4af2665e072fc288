import { askServer, type SendCheckPort } from "../sendCheck/review";
import { sendCheckSetting, type BodyType, type Capability, type HostAdapter, type MailBody, type MailItem, type StandInMailbox } from "./contract";
import { replacePassage } from "./bodyEdit";

declare global {
  interface Window {
    clientCareStandIn?: StandInMailbox;
  }
}

/** The demo page's mailbox when the pane runs in its iframe (same origin), else null. */
export function findStandInMailbox(): StandInMailbox | null {
  try {
    if (window.parent !== window && window.parent.clientCareStandIn) {
      return window.parent.clientCareStandIn;
    }
  } catch {
    // A parent of another origin is not our demo page.
  }
  return null;
}

/**
 * The host when there is no Office: the demo page's sandbox mailbox, or (pane opened on its own in a
 * plain browser) no item at all, so the views that need no message still work.
 */
export class StandInHost implements HostAdapter {
  readonly kind = "stand-in" as const;

  constructor(private readonly mailbox: StandInMailbox | null) {}

  displayLanguage(): string {
    return this.mailbox?.displayLanguage ?? navigator.language ?? "en-US";
  }

  currentItem(): MailItem | null {
    return this.mailbox?.item() ?? null;
  }

  onItemChanged(listener: () => void): void {
    this.mailbox?.subscribe(listener);
  }

  async bodyType(): Promise<BodyType> {
    return this.requireMailbox().composeBody().type;
  }

  async getBody(): Promise<MailBody> {
    return this.requireMailbox().composeBody();
  }

  async insertAtCursor(html: string, text: string): Promise<void> {
    const mailbox = this.requireMailbox();
    const type = mailbox.composeBody().type;
    mailbox.insertAtCursor(type === "html" ? html : text, type);
  }

  async replaceInBody(passage: string, replacement: string): Promise<boolean> {
    const mailbox = this.requireMailbox();
    const changed = replacePassage(mailbox.composeBody(), passage, replacement);
    if (changed) mailbox.setComposeBody(changed);
    return changed !== null;
  }

  async displayReplyAllForm(html: string): Promise<void> {
    this.requireMailbox().displayReplyAllForm(html);
  }

  async openMessage(itemId: string, conversationId: string): Promise<void> {
    this.requireMailbox().openMessage(itemId, conversationId);
  }

  async authHeaders(): Promise<Record<string, string>> {
    return this.mailbox ? { "X-Demo-User": this.mailbox.userPrincipalName } : {};
  }

  sendCheckSwitch(): boolean {
    return localStorage.getItem(sendCheckSetting) !== "off";
  }

  async setSendCheckSwitch(on: boolean): Promise<void> {
    localStorage.setItem(sendCheckSetting, on ? "on" : "off");
  }

  capabilities(): Capability[] {
    // The demo page runs the review itself, shows "Send anyway" and moves the pane with the selection.
    return [
      { name: "send-check", supported: true },
      { name: "send-anyway", supported: true },
      { name: "pinning", supported: true },
    ];
  }

  /** The demo's Send button runs the same review as Outlook's OnMessageSend handler, through this host. */
  sendCheckPort(): SendCheckPort {
    const mailbox = this.requireMailbox();
    let reviewed: string | null = null;
    return {
      enabled: async () => {
        if (!this.sendCheckSwitch()) return false;
        const config = (await (await fetch("/pane/config.json")).json()) as { sendCheck?: boolean };
        return config.sendCheck !== false;
      },
      me: () => mailbox.userPrincipalName,
      readDraft: async () => {
        const item = mailbox.item();
        const body = mailbox.composeBody();
        return { conversationId: item?.conversationId ?? null, ...mailbox.composeRecipients(), subject: item?.subject ?? "", body: body.content, bodyType: body.type };
      },
      ask: async (draft, signal) => askServer(new URL("/api/drafts/send-check", location.origin).toString(), await this.authHeaders(), draft, signal),
      lastReviewed: async () => reviewed,
      rememberReviewed: async (print) => {
        reviewed = print;
      },
    };
  }

  private requireMailbox(): StandInMailbox {
    if (!this.mailbox) throw new Error("No message is open.");
    return this.mailbox;
  }
}
