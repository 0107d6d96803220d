import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { Worker, type InjectedSinks } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import type { ReplaySinks } from './scheduledActivities.js';

const folder = fileURLToPath(new URL('../histories/', import.meta.url));
const files = readdirSync(folder).filter((file) => file.endsWith('.json'));

interface HistoryFile {
  events: {
    eventType: string;
    activityTaskScheduledEventAttributes?: {
      activityType: { name: string };
      input?: { payloads?: Payload[] };
    };
  }[];
}

const read = (file: string) => JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as HistoryFile;

/** The activities a history scheduled, with their inputs as the record received them. */
function recordedActivities(history: HistoryFile) {
  return history.events.flatMap((event) => {
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (!scheduled) return [];
    const payloads = (scheduled.input?.payloads ?? []).map((p) => fromJson(p));
    return [{ activityType: scheduled.activityType.name, args: payloads }];
  });
}

/** A payload as JSON sees it (the history file holds its data in base64). */
function fromJson(payload: Payload): unknown {
  const bytes = (data: unknown) =>
    typeof data === 'string' ? Buffer.from(data, 'base64') : (data as Uint8Array | undefined);
  const metadata = Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([k, v]) => [k, bytes(v)]));
  return defaultPayloadConverter.fromPayload({ metadata, data: bytes(payload.data) } as Payload);
}

describe('recorded histories replay on the current workflow code', () => {
  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without a determinism error', async (file) => {
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: inject('workflowBundlePath') } },
        read(file),
        file,
      ),
    ).resolves.toBeUndefined();
  });

  // Commands alone do not say what reached the record: the record events are the product.
  it.each(files)('%s hands the record and routing exactly the recorded inputs', async (file) => {
    const scheduled: { activityType: string; args: unknown[] }[] = [];
    const sinks: InjectedSinks<ReplaySinks> = {
      replay: {
        scheduled: {
          fn: (_info, activityType, args) => {
            scheduled.push({ activityType, args });
          },
          callDuringReplay: true,
        },
      },
    };
    await Worker.runReplayHistory(
      { workflowBundle: { codePath: inject('replayBundlePath') }, sinks },
      read(file),
      file,
    );
    expect(JSON.parse(JSON.stringify(scheduled))).toEqual(recordedActivities(read(file)));
  });
});
