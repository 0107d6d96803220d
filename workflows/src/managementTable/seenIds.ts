/** How many escalation ids a table remembers: far more than a source re-sends within its retries. */
const kept = 1_000;

/**
 * The escalation ids a table has taken in, so a re-sent escalation is one item. Ids are unique per execution
 * chain of their source, so only re-deliveries repeat one: the latest thousand are enough, carried across runs.
 */
export class SeenIds {
  private readonly ids: string[];
  private readonly set: Set<string>;

  constructor(carried: readonly string[] = []) {
    this.ids = carried.slice(-kept);
    this.set = new Set(this.ids);
  }

  /** Adds the id; false when it was seen already. */
  add(id: string): boolean {
    if (this.set.has(id)) return false;
    this.ids.push(id);
    this.set.add(id);
    for (const old of this.ids.splice(0, Math.max(0, this.ids.length - kept))) this.set.delete(old);
    return true;
  }

  get carried(): string[] {
    return [...this.ids];
  }
}
