/**
 * Discord's embed limits, and `fitEmbed`, which brings any embed within them by cutting text
 * (with an ellipsis) instead of letting the API reject the whole reply.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { APIEmbed, APIEmbedField } from "discord.js";
import { truncate } from "./text.js";

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/** A field's name and value may not be empty; this blank stands in. */
const BLANK = "\u200b";

/**
 * The text parts that may be shortened to meet the 6,000 total, as slots that can be read and cut.
 * The title (the verdict) is not among them: at most 256, it always fits beside the rest.
 */
interface Slot {
  get(): string;
  set(text: string): void;
}

function slotsOf(embed: APIEmbed): Slot[] {
  const slots: Slot[] = [];
  if (embed.description) slots.push({ get: () => embed.description ?? "", set: (t) => (embed.description = t) });
  for (const field of embed.fields ?? []) {
    slots.push({ get: () => field.name, set: (t) => (field.name = t) });
    slots.push({ get: () => field.value, set: (t) => (field.value = t) });
  }
  const footer = embed.footer;
  if (footer) slots.push({ get: () => footer.text, set: (t) => (footer.text = t) });
  return slots;
}

const slotsLength = (slots: readonly Slot[]) => slots.reduce((sum, s) => sum + s.get().length, 0);

/** Cut to `max`; undefined when nothing visible is left (Discord rejects blank parts). */
function cut(text: string | undefined, max: number): string | undefined {
  return text?.trim() ? truncate(text, max) : undefined;
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    name: cut(field.name, EMBED_LIMITS.fieldName) ?? BLANK,
    value: cut(field.value, EMBED_LIMITS.fieldValue) ?? BLANK,
    ...(field.inline === undefined ? {} : { inline: field.inline }),
  };
}

/**
 * Returns a copy of the embed within every Discord limit. Each part is first cut to its own
 * limit; fields beyond 25 are replaced by a last field saying how many were left out; then, while
 * the whole is over 6,000, the longest part is shortened, so every answer stays visible.
 */
export function fitEmbed(input: APIEmbed): APIEmbed {
  const { title, description, footer, ...rest } = input;
  const embed: APIEmbed = { ...rest };
  const fitTitle = cut(title, EMBED_LIMITS.title);
  const fitDescription = cut(description, EMBED_LIMITS.description);
  const footerText = cut(footer?.text, EMBED_LIMITS.footer);
  if (fitTitle) embed.title = fitTitle;
  if (fitDescription) embed.description = fitDescription;
  if (footer && footerText) embed.footer = { ...footer, text: footerText };
  if (embed.fields) {
    let fields = embed.fields.map(fitField);
    if (fields.length > EMBED_LIMITS.fields) {
      const kept = fields.slice(0, EMBED_LIMITS.fields - 1);
      fields = [...kept, { name: BLANK, value: `…and ${fields.length - kept.length} more not shown.` }];
    }
    embed.fields = fields;
  }

  const slots = slotsOf(embed);
  const budget = EMBED_LIMITS.total - (embed.title?.length ?? 0);
  for (let over = slotsLength(slots) - budget; over > 0; over = slotsLength(slots) - budget) {
    const longest = slots.reduce((a, b) => (b.get().length > a.get().length ? b : a));
    const length = longest.get().length;
    // Cut by the overflow, but never more than half at once, so the cut is shared among long parts.
    longest.set(truncate(longest.get(), Math.max(1, length - over, Math.ceil(length / 2))));
  }
  return embed;
}
