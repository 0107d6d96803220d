import proto from '@temporalio/proto';
import type { Type } from 'protobufjs';
import protojson from 'protobufjs/ext/protojson.js';

/**
 * A workflow history as Temporal's JSON history files write it (the CLI's, the Web UI's download), which
 * `Worker.runReplayHistory` reads back. `@temporalio/proto` is a protobufjs reflection root: its message types
 * are reflection `Type`s at run time, though its type declarations present them as generated classes.
 */
export function historyToJSON(history: proto.temporal.api.history.v1.IHistory): string {
  const type = proto.temporal.api.history.v1.History as unknown as Type;
  return JSON.stringify(protojson.toJson(type, type.fromObject(history)), null, 2);
}
