// The one interface the UI talks to. OfficeHost implements it over Office.js; StandInHost over the
// demo page's sandbox mailbox. The UI never calls Office.* itself.

export type ItemMode = "read" | "compose";
export type BodyType = "html" | "text";

export interface Person {
  name: string | null;
  address: string;
}

export interface MailItem {
  mode: ItemMode;
  /** Graph/REST id of the message (read mode); null for a new draft. */
  itemId: string | null;
  conversationId: string | null;
  subject: string;
  from: Person | null;
}

export interface MailBody {
  type: BodyType;
  content: string;
}

export interface HostAdapter {
  readonly kind: "office" | "stand-in";
  /** BCP 47 tag of Outlook's display language, e.g. "de-DE". */
  displayLanguage(): string;
  currentItem(): MailItem | null;
  onItemChanged(listener: () => void): void;
  bodyType(): Promise<BodyType>;
  getBody(): Promise<MailBody>;
  /** Inserts at the cursor: the HTML when the body is HTML, else the text. */
  insertAtCursor(html: string, text: string): Promise<void>;
  /** Replaces the first occurrence of a passage of the draft; false when it is not there (any more). */
  replaceInBody(passage: string, replacement: string): Promise<boolean>;
  /** Opens a reply-all form with this HTML (at most 32 KB, checked by the caller). */
  displayReplyAllForm(html: string): Promise<void>;
  openMessage(itemId: string, conversationId: string): Promise<void>;
  /**
   * Headers that authenticate a call to our API (a bearer token, or the demo user). With a
   * challenge, a new token is obtained interactively, asking for that consent or step-up.
   */
  authHeaders(interactive: boolean, challenge?: AuthChallenge): Promise<Record<string, string>>;
  /** The user's own switch for the review at Send (on unless switched off). */
  sendCheckSwitch(): boolean;
  setSendCheckSwitch(on: boolean): Promise<void>;
  /** The optional features this Outlook offers, as isSetSupported answers at run time. */
  capabilities(): Capability[];
}

export type CapabilityName = "send-check" | "send-anyway" | "pinning" | "naa" | "reply-form";

export interface Capability {
  name: CapabilityName;
  supported: boolean;
}

/** Where the user's switch for the review at Send is kept (Outlook's roaming settings, or the demo's local storage). */
export const sendCheckSetting = "occ.sendCheck";

/** What our server said Microsoft Graph still needs from the user (a consent-required problem). */
export interface AuthChallenge {
  /** Graph permissions to consent to. */
  scopes: string[];
  /** Entra ID's claims challenge, passed unchanged to the sign-in (Conditional Access step-up). */
  claims?: string;
}

/**
 * What the demo page exposes on `window.clientCareStandIn` for the pane in its iframe (same origin).
 * It behaves like Outlook: an item is open in read mode, or a reply is being composed.
 */
export interface StandInMailbox {
  readonly userPrincipalName: string;
  readonly displayLanguage: string;
  item(): MailItem | null;
  subscribe(listener: () => void): void;
  composeBody(): MailBody;
  insertAtCursor(data: string, type: BodyType): void;
  setComposeBody(body: MailBody): void;
  displayReplyAllForm(html: string): void;
  openMessage(itemId: string, conversationId: string): void;
  /** The addresses of the reply being composed. */
  composeRecipients(): { to: string[]; cc: string[] };
}

export const replyFormLimitBytes = 32 * 1024;
