import type { SearchAttributeType } from '@temporalio/common';
import type { AttributeKey } from './attributeKey.js';

const cliTypeNames: Record<SearchAttributeType, string> = {
  TEXT: 'Text',
  KEYWORD: 'Keyword',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

/** `--search-attribute Name=Type` pairs that register custom search attributes on `temporal server start-dev`. */
export function searchAttributeFlags(keys: readonly AttributeKey[]): string[] {
  return keys.flatMap((key) => ['--search-attribute', `${key.name}=${cliTypeNames[key.type]}`]);
}
