import { enc } from "../api";
import { h } from "../dom";
import type { ClientCard } from "../types";
import { act, button, field, infoBar, load, section, segmented, type PaneContext } from "../ui";

export function clientCardView(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const root = h("div", { className: "view stack", "data-view": "client" });
  const address = ctx.host.currentItem()?.from?.address;
  if (!address) {
    root.appendChild(infoBar(t.clientNone));
    return root;
  }
  const holder = h("div");
  root.appendChild(section(t.clientCard, holder));
  void load(holder, t, async () => cardForm(ctx, address, await ctx.api.find<ClientCard>(`/api/clients/match?address=${enc(address)}`)));
  return root;
}

function cardForm(ctx: PaneContext, address: string, card: ClientCard | null): HTMLElement {
  const { t } = ctx;
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  let key = card?.key ?? address.toLowerCase();
  const text = (value: string | null | undefined, max = 200) => {
    const input = h("input", { type: "text", className: "input", maxlength: max });
    input.value = value ?? "";
    return input;
  };
  const lines = (values: string[] | undefined) => {
    const area = h("textarea", { rows: 3, className: "input" });
    area.value = (values ?? []).join("\n");
    return area;
  };
  const displayName = text(card?.displayName ?? ctx.host.currentItem()?.from?.name);
  const timelines = lines(card?.agreedTimelines);
  const deliverables = lines(card?.deliverables);
  const constraints = lines(card?.constraints);
  const promise = text(card?.responseTimePromise);
  const checkIn = h("input", { type: "number", min: 1, max: 365, className: "input" });
  checkIn.value = card?.checkInEveryDays ? String(card.checkInEveryDays) : "";
  const notes = h("textarea", { rows: 3, className: "input", maxlength: 2000 });
  notes.value = card?.notes ?? "";
  let language = card?.preferredLanguage ?? "";
  let form = card?.formOfAddress ?? "";
  const status = h("div", { "aria-live": "polite" });
  const split = (area: HTMLTextAreaElement) => area.value.split("\n").map((l) => l.trim()).filter(Boolean);
  const save = button(t.save, () =>
    void act(save, status, t, async () => {
      await ctx.api.put<ClientCard>(`/api/clients/${enc(key)}/card`, {
        displayName: displayName.value.trim() || null,
        agreedTimelines: split(timelines),
        deliverables: split(deliverables),
        constraints: split(constraints),
        responseTimePromise: promise.value.trim() || null,
        preferredLanguage: language || null,
        formOfAddress: form || null,
        checkInEveryDays: checkIn.value ? Number(checkIn.value) : null,
        notes: notes.value.trim() || null,
      });
      return t.saved;
    }), "primary");
  return h(
    "form",
    { className: "card-form", "data-testid": "client-card", onsubmit: (e: Event) => e.preventDefault() },
    card ? null : infoBar(t.clientNoCard),
    h("div", { className: "field" }, h("span", { className: "label" }, t.cardFor),
      segmented(t.cardFor, [{ value: address.toLowerCase(), label: `${address} (${t.keyAddress})` }, { value: domain, label: `${domain} (${t.keyDomain})` }], key, (v) => { key = v; })),
    field(t.displayName, displayName),
    field(t.agreedTimelines, timelines),
    field(t.deliverables, deliverables),
    field(t.constraints, constraints),
    field(t.responseTimePromise, promise),
    h("div", { className: "grid-2" },
      h("div", { className: "field" }, h("span", { className: "label" }, t.preferredLanguage),
        segmented(t.preferredLanguage, [{ value: "", label: t.none }, { value: "de", label: "DE" }, { value: "en", label: "EN" }], language, (v) => { language = v; })),
      h("div", { className: "field" }, h("span", { className: "label" }, t.formOfAddress),
        segmented(t.formOfAddress, [{ value: "", label: t.none }, { value: "sie", label: "Sie" }, { value: "du", label: "du" }], form, (v) => { form = v; }))),
    field(t.checkInEveryDays, checkIn),
    field(t.notesField, notes),
    h("div", { className: "actions" }, save),
    status,
  );
}
