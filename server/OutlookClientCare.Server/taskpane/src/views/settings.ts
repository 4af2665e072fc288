import { h } from "../dom";
import { sendCheckStrings } from "../i18n";
import { infoBar, section, switchControl, type PaneContext } from "../ui";

/** The user's switch for the review at Send, and what this Outlook can and cannot do, each with a short reason. */
export function settingsView(ctx: PaneContext): HTMLElement {
  const s = sendCheckStrings(ctx.lang);
  const status = h("div", { "aria-live": "polite" });
  const admin = h("div");
  const toggle = switchControl(s.sendCheckSwitch, ctx.host.sendCheckSwitch(), (on) => {
    void ctx.host.setSendCheckSwitch(on).then(
      () => status.replaceChildren(infoBar(s.sendCheckSaved, "success")),
      () => status.replaceChildren(infoBar(ctx.t.errUnknown, "warning")),
    );
  });
  toggle.setAttribute("data-testid", "send-check-switch");
  void fetch("/pane/config.json")
    .then((r) => r.json() as Promise<{ sendCheck?: boolean }>)
    .then((config) => {
      if (config.sendCheck === false) admin.replaceChildren(infoBar(s.sendCheckAdminOff, "warning"));
    })
    .catch(() => undefined);

  const list = h("ul", { className: "capabilities", "data-testid": "capabilities" });
  for (const capability of ctx.host.capabilities()) {
    const [yes, no] = s.capabilities[capability.name];
    list.appendChild(
      h("li", { className: capability.supported ? "capability on" : "capability off", "data-capability": capability.name }, h("span", { "aria-hidden": "true" }, capability.supported ? "✓ " : "– "), capability.supported ? yes : no),
    );
  }
  return h(
    "div",
    { className: "view stack", "data-view": "settings" },
    section(s.sendCheckTitle, toggle, h("p", { className: "hint" }, s.sendCheckHint), admin, status),
    section(s.capabilitiesTitle, list),
  );
}
