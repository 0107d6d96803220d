import type { SearchAttributeType } from '@temporalio/common';

/** A search attribute's name and type, as `defineSearchAttributeKey` returns it. */
export interface AttributeKey {
  name: string;
  type: SearchAttributeType;
}
