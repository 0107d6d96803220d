import { apiClient, type ApiClient } from '../system/apiClient.js';
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

const clients = new Map<string, ApiClient>();

/** A tRPC client of the system's API for a development user, reused across calls. */
export function as(system: RunningSystem, userId: string): ApiClient {
  const key = `${system.apiUrl} ${userId}`;
  let client = clients.get(key);
  if (!client) {
    client = apiClient(system.apiUrl, userId);
    clients.set(key, client);
  }
  return client;
}
