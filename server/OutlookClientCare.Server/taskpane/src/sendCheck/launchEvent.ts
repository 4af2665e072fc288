// Outlook's OnMessageSend handler (Smart Alerts, Mailbox 1.12). Built into one script without imports
// (launchevent.js): classic Outlook on Windows runs it alone in its script-only runtime, Outlook on
// the web, new Outlook and Mac through launchevent.html. It reads the draft, asks our server within
// 2.5 seconds and either lets the mail go or holds it with the review; every failure lets it go.

import { sendCheckSetting } from "../host/contract";
import { languageOf, sendCheckStrings } from "../i18n";
import { alertMessage, askServer, decide, type SendCheckPort, type SendDraft } from "./review";

/** Office's runtime auth (the event runtime blocks Office.auth; OfficeRuntime.auth is its replacement there). */
declare const OfficeRuntime: { auth?: { getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean; forMSGraphAccess?: boolean }): Promise<string> } } | undefined;

/**
 * The server writes its https address over this placeholder when it serves the script
 * (ManifestApi.ServerBasePlaceholder); where it has none, the placeholder stays.
 */
const servedFrom: string = "__OCC_SERVER_BASE__";

/** The compose button of both manifests: "Go back and edit" opens the pane with the coach. */
const composeButtonId = "occComposeButton";
const reviewedKey = "occ.reviewed";

function settle<T>(run: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    run((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new Error(result.error?.message ?? "refused")))),
  );
}

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

/**
 * Where our server is: the folder above /pane/ of the script Outlook loaded (Mailbox 1.14 tells the
 * script-only runtime its own URL), else the address the server wrote into the script, else that of
 * the page in the browser runtime. Null when none is known.
 */
export function serverBase(scriptUrl: string | undefined, pageUrl: string | undefined): string | null {
  const written = /^https:\/\//.test(servedFrom) ? `${servedFrom}/pane/launchevent.js` : undefined;
  for (const candidate of [scriptUrl, written, pageUrl]) {
    if (!candidate || !/^https?:\/\//i.test(candidate)) continue;
    const at = candidate.toLowerCase().lastIndexOf("/pane/");
    if (at > 0) return candidate.slice(0, at);
  }
  return null;
}

function officePort(base: string): SendCheckPort {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  let config: Promise<{ demo?: boolean; sendCheck?: boolean }> | null = null;
  const serverConfig = () => (config ??= fetch(`${base}/pane/config.json`).then((r) => r.json() as Promise<{ demo?: boolean; sendCheck?: boolean }>));
  const addresses = (field: Office.Recipients) => settle<Office.EmailAddressDetails[]>((cb) => field.getAsync(cb)).then((list) => list.map((r) => r.emailAddress));
  return {
    enabled: async () => Office.context.roamingSettings.get(sendCheckSetting) !== false && (await serverConfig()).sendCheck !== false,
    me: () => Office.context.mailbox.userProfile.emailAddress,
    readDraft: async (): Promise<SendDraft> => {
      const type = await settle<Office.CoercionType>((cb) => item.body.getTypeAsync(cb));
      const html = type === Office.CoercionType.Html;
      const [body, to, cc, subject] = await Promise.all([
        settle<string>((cb) => item.body.getAsync(html ? Office.CoercionType.Html : Office.CoercionType.Text, cb)),
        addresses(item.to),
        addresses(item.cc),
        settle<string>((cb) => item.subject.getAsync(cb)),
      ]);
      return { conversationId: item.conversationId || null, to, cc, subject, body, bodyType: html ? "html" : "text" };
    },
    ask: async (draft, signal) => {
      const headers: Record<string, string> = {};
      if (!(await serverConfig()).demo) {
        // Silent only: nobody can answer a sign-in prompt while the mail is being sent.
        const token = await OfficeRuntime!.auth!.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false, forMSGraphAccess: false });
        headers.Authorization = `Bearer ${token}`;
      }
      return askServer(`${base}/api/drafts/send-check`, headers, draft, signal);
    },
    lastReviewed: async () => (supports("1.11") ? ((await settle<string>((cb) => item.sessionData.getAsync(reviewedKey, cb)).catch(() => null)) ?? null) : null),
    rememberReviewed: async (print) => {
      if (supports("1.11")) await settle<void>((cb) => item.sessionData.setAsync(reviewedKey, print, cb)).catch(() => undefined);
    },
  };
}

export async function onMessageSendHandler(event: Office.AddinCommands.Event): Promise<void> {
  const completed = (options: Office.SmartAlertsEventCompletedOptions) => (event as unknown as Office.MailboxEvent).completed(options);
  try {
    const urls = (Office.context as unknown as { urls?: { javascriptRuntimeUrl?: string } }).urls;
    const base = serverBase(urls?.javascriptRuntimeUrl, typeof location === "undefined" ? undefined : location.href);
    if (!base) {
      completed({ allowEvent: true });
      return;
    }
    const decision = await decide(officePort(base));
    if (decision.action === "send") {
      completed({ allowEvent: true });
      return;
    }
    const t = sendCheckStrings(languageOf(Office.context.displayLanguage || "en"));
    const sendAnyway = supports("1.14");
    completed({
      allowEvent: false,
      errorMessage: alertMessage(decision.answer, t, sendAnyway),
      ...(sendAnyway ? { cancelLabel: t.goBack, commandId: composeButtonId, sendModeOverride: Office.MailboxEnums.SendModeOverride.PromptUser } : {}),
    });
  } catch {
    // Fail open: a review we could not finish never keeps a mail from going out.
    completed({ allowEvent: true });
  }
}

// Classic Outlook on Windows finds the handler only through this call; the others find it too.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
}
