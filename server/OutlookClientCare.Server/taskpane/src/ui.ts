import { ApiError, type Api } from "./api";
import type { HostAdapter } from "./host/contract";
import { h, clear, uid } from "./dom";
import type { Lang, Strings } from "./i18n";

export interface PaneContext {
  host: HostAdapter;
  api: Api;
  t: Strings;
  lang: Lang;
  locale: string;
  show(tab: TabName): void;
}

export type TabName = "situation" | "compose" | "time" | "follow-ups" | "client" | "settings";

/** A short human sentence for any failure; never a stack trace. */
export function messageFor(t: Strings, error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case "network":
        return t.errNetwork;
      case "unavailable":
        return t.errUnavailable;
      case "sign-in":
        return t.errSignIn;
      case "consent":
        return t.errConsent;
      case "not-found":
        return t.errNotFound;
      case "conflict":
        return error.message ? `${t.errConflict} ${error.message}` : t.errConflict;
      case "bad-input":
        return `${t.errBadInput} ${error.message}`;
      default:
        return t.errUnknown;
    }
  }
  return error instanceof Error && error.message ? `${t.errOutlook} ${error.message}` : t.errUnknown;
}

export function spinner(label: string): HTMLElement {
  return h("div", { className: "progress", role: "status" }, h("span", { className: "spinner", "aria-hidden": "true" }), h("span", {}, label));
}

export function errorBar(t: Strings, error: unknown, retry: () => void): HTMLElement {
  return h(
    "div",
    { className: "message-bar error", role: "alert" },
    h("span", { className: "message-text" }, messageFor(t, error)),
    h("button", { type: "button", className: "btn btn-subtle", onclick: retry }, t.retry),
  );
}

export function infoBar(text: string, kind: "info" | "success" | "warning" = "info"): HTMLElement {
  return h("div", { className: `message-bar ${kind}`, role: "status" }, h("span", { className: "message-text" }, text));
}

/** Fills a container from async work, with progress while it runs and a retry when it fails. */
export async function load(container: HTMLElement, t: Strings, work: () => Promise<Node>): Promise<void> {
  clear(container);
  container.setAttribute("aria-busy", "true");
  container.appendChild(spinner(t.loading));
  try {
    const node = await work();
    clear(container);
    container.appendChild(node);
  } catch (error) {
    clear(container);
    container.appendChild(errorBar(t, error, () => void load(container, t, work)));
  } finally {
    container.removeAttribute("aria-busy");
  }
}

/** Runs a button's action: disabled with progress while it runs, a result or an error with retry after. */
export async function act(button: HTMLButtonElement, status: HTMLElement, t: Strings, work: () => Promise<Node | string | null>): Promise<void> {
  clear(status);
  button.disabled = true;
  status.appendChild(spinner(t.working));
  try {
    const result = await work();
    clear(status);
    if (typeof result === "string") status.appendChild(infoBar(result, "success"));
    else if (result) status.appendChild(result);
  } catch (error) {
    clear(status);
    status.appendChild(errorBar(t, error, () => void act(button, status, t, work)));
  } finally {
    button.disabled = false;
  }
}

export function section(title: string, ...children: (Node | null | false)[]): HTMLElement {
  const id = uid("section");
  return h("section", { className: "card", "aria-labelledby": id }, h("h2", { id, className: "card-title" }, title), ...children);
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid("field");
  control.id = id;
  return h("div", { className: "field" }, h("label", { for: id }, label), control, hint ? h("span", { className: "hint" }, hint) : null);
}

export function button(label: string, onclick: (event: Event) => void, kind: "primary" | "secondary" | "subtle" = "secondary"): HTMLButtonElement {
  return h("button", { type: "button", className: `btn btn-${kind}`, onclick }, label);
}

export function switchControl(label: string, checked: boolean, onchange: (on: boolean) => void): HTMLElement {
  const input = h("input", { type: "checkbox", role: "switch", className: "switch-input" });
  input.checked = checked;
  input.addEventListener("change", () => onchange(input.checked));
  return h("label", { className: "switch" }, input, h("span", { className: "switch-track", "aria-hidden": "true" }), h("span", {}, label));
}

export function segmented(label: string, options: { value: string; label: string }[], value: string, onchange: (value: string) => void): HTMLElement {
  const name = uid("seg");
  const group = h("div", { className: "segmented", role: "radiogroup", "aria-label": label });
  for (const option of options) {
    const input = h("input", { type: "radio", name, value: option.value });
    input.checked = option.value === value;
    input.addEventListener("change", () => input.checked && onchange(option.value));
    group.appendChild(h("label", {}, input, h("span", {}, option.label)));
  }
  return group;
}

export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: hours < 10 ? 1 : 0 }).format(hours);
}

export function formatDate(isoDate: string, locale: string, withWeekday = true): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: withWeekday ? "short" : undefined, day: "numeric", month: "short" }).format(date);
}
