// Sign-in for our API inside Outlook: nested app authentication (MSAL.js) first, as Microsoft
// recommends, then Office SSO (Office.auth.getAccessToken), then a dialog that signs in with MSAL
// and sends the token back. With a challenge (our server's consent-required problem) each path asks
// interactively for the missing Graph consent and passes the claims challenge on (step-up).

import type { AuthChallenge } from "./contract";

export interface SignInConfig {
  /** The server runs in demo mode: nobody signs in, requests act as a demo user. */
  demo: boolean;
  clientId: string;
  authority: string;
  apiScope: string;
  /** The Graph permissions our server uses: the only ones the pane asks consent for. */
  graphScopes?: string[];
}

/** The challenge's scopes that are ours to ask for; anything else (a crafted link) is dropped. */
export function consentScopes(config: SignInConfig, requested: readonly string[]): string[] {
  const allowed = new Set(config.graphScopes ?? []);
  return requested.filter((scope) => allowed.has(scope));
}

export class SignInRequiredError extends Error {}

async function nestedAppToken(config: SignInConfig, interactive: boolean, challenge?: AuthChallenge): Promise<string> {
  // MSAL is large; load it only inside Outlook.
  const msal = await import("@azure/msal-browser");
  const app = await msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } });
  const request = { scopes: [config.apiScope] };
  if (challenge) {
    return (await app.acquireTokenPopup({ ...request, extraScopesToConsent: consentScopes(config, challenge.scopes), claims: challenge.claims })).accessToken;
  }
  try {
    return (await app.acquireTokenSilent(request)).accessToken;
  } catch (error) {
    if (!interactive) throw error;
    return (await app.acquireTokenPopup(request)).accessToken;
  }
}

async function officeSsoToken(interactive: boolean, challenge?: AuthChallenge): Promise<string> {
  return Office.auth.getAccessToken({
    allowSignInPrompt: interactive,
    allowConsentPrompt: interactive,
    forMSGraphAccess: false,
    ...(challenge?.claims ? { authChallenge: challenge.claims } : {}),
  });
}

/** The dialog's address; the challenge travels in the query, read only by the dialog's MSAL call. */
export function dialogUrl(origin: string, challenge?: AuthChallenge): string {
  const query = new URLSearchParams();
  for (const scope of challenge?.scopes ?? []) query.append("consent", scope);
  if (challenge?.claims) query.set("claims", challenge.claims);
  const search = query.toString();
  return `${origin}/pane/signin.html${search ? `?${search}` : ""}`;
}

function dialogToken(challenge?: AuthChallenge): Promise<string> {
  const url = dialogUrl(location.origin, challenge);
  return new Promise((resolve, reject) =>
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new SignInRequiredError(opened.error.message));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const message = "message" in arg ? arg.message : "";
        const parsed = JSON.parse(message) as { token?: string; error?: string };
        if (parsed.token) resolve(parsed.token);
        else reject(new SignInRequiredError(parsed.error ?? "Sign-in was cancelled."));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => reject(new SignInRequiredError("Sign-in was cancelled.")));
    }),
  );
}

export async function signIn(config: SignInConfig, interactive: boolean, challenge?: AuthChallenge): Promise<string> {
  // NAA is not available in every Outlook yet: only where Office says NestedAppAuth 1.1.
  if (Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")) {
    try {
      return await nestedAppToken(config, interactive, challenge);
    } catch {
      // The tenant or the app registration may not allow it; the older paths follow.
    }
  }
  // Office SSO cannot be told which Graph permissions to ask for, so with a consent challenge it
  // could hand back the same token: the dialog can.
  if (!challenge?.scopes.length) {
    try {
      return await officeSsoToken(interactive, challenge);
    } catch {
      // SSO can be off for the tenant or the client.
    }
  }
  if (!interactive) throw new SignInRequiredError("Sign-in needed.");
  return dialogToken(challenge);
}
