import { join } from 'node:path';
import type { DataConverter } from '@temporalio/common';
import { dataConverter, loadKeyRing } from '@leercyclus/codec';
import { payloadKeyFileVariable } from '@leercyclus/config';
import { projectRoot } from '@leercyclus/toolchain';

/** The TEST key the recorded histories are encrypted with: public in the repository, never used outside tests. */
export const historyKeyFile = join(projectRoot, 'tests', 'histories', 'test-payload-keys.txt');

/**
 * The data converter of the history recorder and of the tests' Temporal environments: the product's codec with
 * the TEST key, so what the tests run and record is encrypted as in production and replays with that key.
 */
export function historyDataConverter(): DataConverter {
  return dataConverter(loadKeyRing({ env: { [payloadKeyFileVariable]: historyKeyFile } }).ring);
}
