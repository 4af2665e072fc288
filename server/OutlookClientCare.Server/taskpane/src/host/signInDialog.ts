import { PublicClientApplication } from "@azure/msal-browser";
import { consentScopes, type SignInConfig } from "./signIn";

// Runs in the sign-in dialog (the last fallback): MSAL redirect sign-in, then the token goes back to the pane.
async function run(): Promise<void> {
  await new Promise<void>((resolve) => Office.onReady(() => resolve()));
  const reply = (payload: { token?: string; error?: string }) => Office.context.ui.messageParent(JSON.stringify(payload));
  try {
    const config = (await (await fetch("/pane/config.json")).json()) as SignInConfig;
    const app = new PublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority, redirectUri: `${location.origin}/pane/signin.html` } });
    await app.initialize();
    const done = await app.handleRedirectPromise();
    if (done?.accessToken) {
      reply({ token: done.accessToken });
      return;
    }
    // What the pane passed on from a consent-required problem (see dialogUrl in signIn.ts).
    const query = new URLSearchParams(location.search);
    // Only permissions our server uses: a crafted link cannot make the user grant others.
    const consent = consentScopes(config, query.getAll("consent"));
    await app.acquireTokenRedirect({
      scopes: [config.apiScope],
      ...(consent.length > 0 ? { extraScopesToConsent: consent } : {}),
      ...(query.get("claims") ? { claims: query.get("claims") ?? undefined } : {}),
    });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : "Sign-in failed." });
  }
}

void run();
