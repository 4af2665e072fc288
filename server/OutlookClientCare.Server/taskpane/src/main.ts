import { Api, ApiError } from "./api";
import { clear, h } from "./dom";
import type { HostAdapter } from "./host/contract";
import { OfficeHost } from "./host/officeHost";
import type { SignInConfig } from "./host/signIn";
import { findStandInMailbox, StandInHost } from "./host/standInHost";
import { languageOf, locale, sendCheckStrings, stringsFor } from "./i18n";
import { errorBar, type PaneContext, type TabName } from "./ui";
import { clientCardView } from "./views/clientCard";
import { composeView } from "./views/compose";
import { followUpsView } from "./views/followUps";
import { settingsView } from "./views/settings";
import { situationView } from "./views/situation";
import { timeBlocksView } from "./views/timeBlocks";

/** How long to wait for Office.js to find its host before acting as a plain browser page. */
const officeReadyTimeoutMs = 3000;

async function pickHost(): Promise<HostAdapter> {
  // The demo page is an explicit stand-in: no need to wait for Office.
  const standIn = findStandInMailbox();
  if (standIn) return new StandInHost(standIn);
  if (typeof Office === "undefined") return new StandInHost(null);
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => window.setTimeout(() => resolve(null), officeReadyTimeoutMs)),
  ]);
  if (!info || info.host !== Office.HostType.Outlook || !Office.context?.mailbox) return new StandInHost(null);
  let config: SignInConfig;
  try {
    config = (await (await fetch("/pane/config.json")).json()) as SignInConfig;
  } catch {
    throw new ApiError("network", "");
  }
  return new OfficeHost(config);
}

const tabs: { name: TabName; label: (ctx: PaneContext) => string; view: (ctx: PaneContext) => HTMLElement }[] = [
  { name: "situation", label: (c) => c.t.tabSituation, view: situationView },
  { name: "compose", label: (c) => c.t.tabCompose, view: composeView },
  { name: "follow-ups", label: (c) => c.t.tabFollowUps, view: followUpsView },
  { name: "time", label: (c) => c.t.tabTime, view: timeBlocksView },
  { name: "client", label: (c) => c.t.tabClient, view: clientCardView },
  { name: "settings", label: (c) => sendCheckStrings(c.lang).tabSettings, view: settingsView },
];

function start(host: HostAdapter): void {
  const lang = languageOf(host.displayLanguage());
  document.documentElement.lang = lang;
  const main = h("main", { id: "content", className: "content", tabindex: "-1" });
  const tabList = h("div", { className: "tabs", role: "tablist", "aria-label": stringsFor(lang).appName });
  let current: TabName = "situation";
  const ctx: PaneContext = { host, api: new Api(host), t: stringsFor(lang), lang, locale: locale(lang), show };

  function show(name: TabName, focus = false): void {
    current = name;
    for (const button of tabList.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
      const selected = button.dataset.tab === name;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      if (selected && focus) button.focus();
    }
    clear(main);
    const tab = tabs.find((t) => t.name === name)!;
    main.setAttribute("aria-labelledby", `tab-${name}`);
    main.appendChild(tab.view(ctx));
  }

  for (const tab of tabs) {
    tabList.appendChild(
      h("button", { type: "button", role: "tab", id: `tab-${tab.name}`, "aria-controls": "content", "data-tab": tab.name, className: "tab", onclick: () => show(tab.name) }, tab.label(ctx)),
    );
  }
  // Arrow keys move between tabs, as in Fluent's TabList.
  tabList.addEventListener("keydown", (event) => {
    const index = tabs.findIndex((t) => t.name === current);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    show(tabs[(index + step + tabs.length) % tabs.length].name, true);
  });

  const app = document.getElementById("app")!;
  clear(app);
  // Outlook titles the pane itself; the heading is for screen readers.
  app.append(h("h1", { className: "visually-hidden" }, ctx.t.appName), h("nav", {}, tabList), main);
  // A new draft opens the compose view; a newly selected message the situation, unless the user is in settings or the card.
  const openDefault = () => {
    const mode = host.currentItem()?.mode;
    show(mode === "compose" ? "compose" : current === "compose" || current === "follow-ups" ? "situation" : current);
  };
  host.onItemChanged(openDefault);
  show(host.currentItem()?.mode === "compose" ? "compose" : "situation");
}

function showStartError(error: unknown): void {
  const app = document.getElementById("app")!;
  clear(app);
  app.appendChild(errorBar(stringsFor(languageOf(navigator.language)), error, () => location.reload()));
}

void pickHost().then(start, showStartError);
