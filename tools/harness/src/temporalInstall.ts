import { findTemporalBinary } from '@leercyclus/toolchain';

/** Makes sure the Temporal CLI and the time-skipping test server are at hand (installing them when missing). */
for (const which of ['cli', 'testServer'] as const) {
  const found = findTemporalBinary(which);
  console.log(`temporal ${which === 'cli' ? 'CLI' : 'test server'}: ${found.path} (${found.source})`);
}
