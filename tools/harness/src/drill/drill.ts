import type { RecordReader } from '../system/recordReader.js';
import type { RunningSystem } from '../system/system.js';

export interface DrillContext {
  system: RunningSystem;
  record: RecordReader;
  quick: boolean;
  progress(line: string): void;
}

/** What a drill did to the system, what it found afterwards, and what was wrong (none: it passed). */
export interface DrillOutcome {
  injected: string;
  found: string[];
  problems: string[];
  details?: Record<string, unknown>;
}

export interface Drill {
  number: number;
  name: string;
  run(context: DrillContext): Promise<DrillOutcome>;
}
