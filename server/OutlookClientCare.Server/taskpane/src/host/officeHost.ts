import { sendCheckSetting, type AuthChallenge, type BodyType, type Capability, type HostAdapter, type MailBody, type MailItem } from "./contract";
import { replacePassage } from "./bodyEdit";
import { signIn, type SignInConfig } from "./signIn";

// The only module that touches Office.*. Everything Office.js offers as callbacks becomes a promise here.

function settle<T>(run: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    run((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new Error(result.error?.message ?? "Outlook refused the request.")),
    ),
  );
}

/** Office's own answer whether this Outlook has a requirement set; false when it cannot say. */
export function supports(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

function person(details: Office.EmailAddressDetails | undefined): MailItem["from"] {
  return details ? { name: details.displayName || null, address: details.emailAddress } : null;
}

export class OfficeHost implements HostAdapter {
  readonly kind = "office" as const;
  private token: { value: string; until: number } | null = null;
  private signingIn: Promise<string> | null = null;

  constructor(private readonly config: SignInConfig) {}

  private get mailbox(): Office.Mailbox {
    return Office.context.mailbox;
  }

  displayLanguage(): string {
    return Office.context.displayLanguage || "en-US";
  }

  currentItem(): MailItem | null {
    const item = this.mailbox.item;
    if (!item) return null;
    // Only a draft's body can take data at the cursor.
    const compose = typeof (item as Office.MessageCompose).body?.setSelectedDataAsync === "function";
    if (compose) {
      const draft = item as Office.MessageCompose;
      return { mode: "compose", itemId: null, conversationId: draft.conversationId || null, subject: "", from: null };
    }
    const read = item as Office.MessageRead;
    return {
      mode: "read",
      itemId: read.itemId ? this.mailbox.convertToRestId(read.itemId, Office.MailboxEnums.RestVersion.v2_0) : null,
      conversationId: read.conversationId || null,
      subject: read.subject ?? "",
      from: person(read.from),
    };
  }

  onItemChanged(listener: () => void): void {
    // Pinned panes get ItemChanged when the user opens another message (Mailbox 1.5); without it the
    // pane shows the message it was opened for, and the settings say so.
    if (!supports("Mailbox", "1.5")) return;
    this.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => listener());
  }

  private compose(): Office.MessageCompose {
    const item = this.mailbox.item as Office.MessageCompose | null;
    if (!item?.body?.setSelectedDataAsync) throw new Error("No draft is open.");
    return item;
  }

  async bodyType(): Promise<BodyType> {
    const type = await settle<Office.CoercionType>((cb) => this.compose().body.getTypeAsync(cb));
    return type === Office.CoercionType.Html ? "html" : "text";
  }

  async getBody(): Promise<MailBody> {
    const type = await this.bodyType();
    const coercion = type === "html" ? Office.CoercionType.Html : Office.CoercionType.Text;
    const content = await settle<string>((cb) => this.compose().body.getAsync(coercion, cb));
    return { type, content };
  }

  async insertAtCursor(html: string, text: string): Promise<void> {
    // setSelectedDataAsync with HTML fails on a plain-text body.
    const type = await this.bodyType();
    await settle<void>((cb) =>
      this.compose().body.setSelectedDataAsync(type === "html" ? html : text, { coercionType: type === "html" ? Office.CoercionType.Html : Office.CoercionType.Text }, cb),
    );
  }

  async replaceInBody(passage: string, replacement: string): Promise<boolean> {
    const changed = replacePassage(await this.getBody(), passage, replacement);
    if (!changed) return false;
    const coercion = changed.type === "html" ? Office.CoercionType.Html : Office.CoercionType.Text;
    await settle<void>((cb) => this.compose().body.setAsync(changed.content, { coercionType: coercion }, cb));
    return true;
  }

  async displayReplyAllForm(html: string): Promise<void> {
    const item = this.mailbox.item as Office.MessageRead;
    // Mailbox 1.9 tells us when Outlook refuses the form; before it, the form opens without a word.
    if (supports("Mailbox", "1.9")) {
      await settle<void>((cb) => item.displayReplyAllFormAsync({ htmlBody: html }, cb));
      return;
    }
    item.displayReplyAllForm({ htmlBody: html });
  }

  async openMessage(itemId: string): Promise<void> {
    this.mailbox.displayMessageForm(this.mailbox.convertToEwsId(itemId, Office.MailboxEnums.RestVersion.v2_0));
  }

  sendCheckSwitch(): boolean {
    // Roaming settings follow the user to every Outlook, and the OnMessageSend handler reads the same one.
    return Office.context.roamingSettings.get(sendCheckSetting) !== false;
  }

  setSendCheckSwitch(on: boolean): Promise<void> {
    Office.context.roamingSettings.set(sendCheckSetting, on);
    return settle<void>((cb) => Office.context.roamingSettings.saveAsync(cb));
  }

  capabilities(): Capability[] {
    return [
      { name: "send-check", supported: supports("Mailbox", "1.12") },
      { name: "send-anyway", supported: supports("Mailbox", "1.14") },
      { name: "pinning", supported: supports("Mailbox", "1.5") },
      { name: "naa", supported: supports("NestedAppAuth", "1.1") },
      { name: "reply-form", supported: supports("Mailbox", "1.9") },
    ];
  }

  async authHeaders(interactive: boolean, challenge?: AuthChallenge): Promise<Record<string, string>> {
    // Sideloaded against a demo server: it acts as its first demo user without sign-in.
    if (this.config.demo) return {};
    // An interactive call follows a refusal of the token we have: never hand that one out again.
    if (interactive || !this.token || this.token.until < Date.now()) {
      this.token = null;
      // Calls refused together share one sign-in: one popup or dialog, not one per call.
      this.signingIn ??= signIn(this.config, interactive, challenge).finally(() => (this.signingIn = null));
      const value = await this.signingIn;
      // Tokens live an hour; ask again well before.
      this.token = { value, until: Date.now() + 45 * 60 * 1000 };
    }
    return { Authorization: `Bearer ${this.token.value}` };
  }
}
