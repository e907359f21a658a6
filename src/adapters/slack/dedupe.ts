/**
 * Remembers which Slack deliveries were already taken, so each question is answered once even
 * though Slack retries deliveries and sends both `app_mention` and `message` for one mention.
 * Memory is bounded: the oldest keys are forgotten first.
 */
export class DeliveryMemory {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /**
   * Claims a delivery by all the keys that identify it (event id, channel + message ts). Returns
   * false when any of them was claimed before. Synchronous, so two concurrent deliveries cannot
   * both win.
   */
  claim(keys: readonly (string | undefined)[]): boolean {
    const present = keys.filter((k): k is string => Boolean(k));
    if (present.some((k) => this.seen.has(k))) return false;
    for (const k of present) {
      this.seen.add(k);
      if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value as string);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
