/** `npm run record:histories`: new recordings of the replayed histories (tools/harness/src/recordHistories.ts). */
import '@leercyclus/harness/record-histories';
