/** An update applied in an earlier run, with the answer it got. */
export interface AppliedUpdate {
  id: string;
  result: unknown;
}

/** How many recent updates a run hands to the next: far more than a client retries within. */
const kept = 64;

/**
 * Temporal refuses a repeated update id only within one run. This window carries the ids (and answers) of the
 * latest updates across continue-as-new, so a retry that straddles it is answered, not applied again. The ids
 * carried in stay known for the whole run; within the run Temporal itself refuses repeats.
 */
export class AppliedUpdates {
  private readonly previous: Map<string, unknown>;
  private readonly latest: AppliedUpdate[] = [];

  constructor(private readonly carriedIn: readonly AppliedUpdate[] = []) {
    this.previous = new Map(carriedIn.map((applied) => [applied.id, applied.result]));
  }

  has(id: string | undefined): boolean {
    return id !== undefined && this.previous.has(id);
  }

  answerTo(id: string): unknown {
    return this.previous.get(id);
  }

  /** Keeps a copy: the answer is a live part of the state, which later commands change. */
  remember<R>(id: string | undefined, result: R): R {
    if (id === undefined) return result;
    const copy = result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
    this.latest.push({ id, result: copy });
    this.latest.splice(0, Math.max(0, this.latest.length - kept));
    return result;
  }

  /** What the next run needs: the latest updates of this run, topped up with those carried in. */
  get carried(): AppliedUpdate[] {
    return [...this.carriedIn, ...this.latest].slice(-kept);
  }
}
