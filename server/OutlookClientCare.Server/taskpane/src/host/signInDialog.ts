import { PublicClientApplication } from "@azure/msal-browser";
import type { SignInConfig } from "./signIn";

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
    await app.acquireTokenRedirect({ scopes: [config.apiScope] });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : "Sign-in failed." });
  }
}

void run();
