import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type InjectedSinks } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { decodedPayloadValue, encryptedEncoding, payloadFromJson, type JsonPayload } from '@leercyclus/codec';
import { testDataConverter } from '../support/temporal.js';
import type { ReplaySinks } from './scheduledActivities.js';

const folder = fileURLToPath(new URL('../histories/', import.meta.url));
const files = readdirSync(folder).filter((file) => file.endsWith('.json'));

interface HistoryFile {
  events: {
    eventType: string;
    activityTaskScheduledEventAttributes?: {
      activityType: { name: string };
      input?: { payloads?: JsonPayload[] };
    };
  }[];
}

const read = (file: string) => JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as HistoryFile;
/** Histories recorded since payloads are encrypted (with the TEST key): their payloads' encoding says so. */
const encrypted = files.filter((file) =>
  readFileSync(`${folder}${file}`, 'utf8').includes(Buffer.from(encryptedEncoding).toString('base64')),
);

/**
 * The activities a history scheduled, with their inputs as the record received them: decrypted with the TEST key
 * when the history was recorded encrypted (a payload recorded before passes through).
 */
function recordedActivities(history: HistoryFile) {
  return Promise.all(
    history.events.flatMap((event) => {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (!scheduled) return [];
      const args = (scheduled.input?.payloads ?? []).map((payload) =>
        decodedPayloadValue(testDataConverter, payloadFromJson(payload)),
      );
      return [
        Promise.all(args).then((decoded) => ({ activityType: scheduled.activityType.name, args: decoded })),
      ];
    }),
  );
}

describe('recorded histories replay on the current workflow code', () => {
  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has encrypted histories, which the workflow code cannot read without their key', async () => {
    expect(encrypted.length).toBeGreaterThan(0);
    expect(encrypted.length).toBeLessThan(files.length);
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: inject('workflowBundlePath') } },
        read(encrypted[0]!),
        encrypted[0],
      ),
    ).rejects.toThrow(/Unknown encoding: binary\/encrypted/);
  });

  it.each(files)('%s replays without a determinism error', async (file) => {
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: inject('workflowBundlePath') }, dataConverter: testDataConverter },
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
      { workflowBundle: { codePath: inject('replayBundlePath') }, sinks, dataConverter: testDataConverter },
      read(file),
      file,
    );
    expect(JSON.parse(JSON.stringify(scheduled))).toEqual(await recordedActivities(read(file)));
  });
});
