/**
 * Makes text from the corpus or from a user safe to show in Slack mrkdwn: it can never become a
 * link, a user or group mention, or a broadcast (`<!channel>`, `<!here>`, `<!everyone>`, or a bare
 * `@channel` that Slack may still expand).
 */

/** Words Slack broadcasts to a whole channel or workspace when written after "@". */
const BROADCAST = /@(channel|here|everyone)\b/gi;
/** Zero-width joiner: keeps "@here" readable while stopping Slack from treating it as a broadcast. */
const ZWJ = "\u200D";

/** Escapes `&`, `<`, `>` (Slack's control characters) and defuses bare broadcasts. */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(BROADCAST, `@${ZWJ}$1`);
}

/**
 * Corpus text made safe for a `plain_text` object (a menu option, a button): Slack shows it as
 * typed, so nothing is entity-escaped; angle brackets become look-alikes and broadcasts are
 * defused all the same, so no text can ever read as a mention.
 */
export function plainSlackText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/</g, "‹").replace(/>/g, "›").replace(BROADCAST, `@${ZWJ}$1`);
}

/**
 * Turns Slack-formatted input (a slash command's text, a message) back into what the user typed:
 * mentions of users dropped, links and channel names shown by their label, entities decoded.
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<[#!]?[^>|]*\|([^>]*)>/g, "$1")
    .replace(/<([^>]*)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Shortens already-escaped mrkdwn to at most `limit` characters, ending with an ellipsis, without
 * cutting an entity (`&amp;`) in half.
 */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let kept = text.slice(0, Math.max(0, limit - 1));
  const amp = kept.lastIndexOf("&");
  if (amp >= 0 && amp > kept.length - 5 && !kept.slice(amp).includes(";")) kept = kept.slice(0, amp);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1); // half an emoji
  return kept.trimEnd() + "…";
}
