import type { Connection } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import type { AttributeKey } from './attributeKey.js';
import proto from '@temporalio/proto';

const { IndexedValueType } = proto.temporal.api.enums.v1;

const indexedValueTypes: Record<SearchAttributeType, proto.temporal.api.enums.v1.IndexedValueType> = {
  TEXT: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/**
 * Registers custom search attributes through the operator service: for a server not started by our scripts
 * (the time-skipping test server, a self-hosted cluster). Attributes already there are left alone.
 */
export async function registerSearchAttributes(
  connection: Connection,
  namespace: string,
  keys: readonly AttributeKey[],
): Promise<string[]> {
  const existing = await connection.operatorService
    .listSearchAttributes({ namespace })
    .then((list) => new Set(Object.keys(list.customAttributes ?? {})))
    .catch(() => new Set<string>());
  const missing = keys.filter((key) => !existing.has(key.name));
  if (missing.length === 0) return [];
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((key) => [key.name, indexedValueTypes[key.type]])),
  });
  return missing.map((key) => key.name);
}
