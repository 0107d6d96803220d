import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** The custom search attributes (docs/architecture.md), registered on every Temporal server we run on. */
export const searchAttributes = {
  programmeId: defineSearchAttributeKey('ProgrammeId', SearchAttributeType.KEYWORD),
  processKind: defineSearchAttributeKey('ProcessKind', SearchAttributeType.KEYWORD),
  processStatus: defineSearchAttributeKey('ProcessStatus', SearchAttributeType.KEYWORD),
  overdueCheckpoints: defineSearchAttributeKey('OverdueCheckpoints', SearchAttributeType.INT),
  nextEventAt: defineSearchAttributeKey('NextEventAt', SearchAttributeType.DATETIME),
  districts: defineSearchAttributeKey('Districts', SearchAttributeType.KEYWORD_LIST),
  /** Changes the record refused as invalid data (set once there is one): `RecordFailures > 0` finds them. */
  recordFailures: defineSearchAttributeKey('RecordFailures', SearchAttributeType.INT),
} as const;

export const allSearchAttributeKeys = Object.values(searchAttributes);

export const processKinds = ['learningCycle', 'actionLearningGroup', 'managementTable'] as const;
export type ProcessKind = (typeof processKinds)[number];

export const processStatuses = ['running', 'closed'] as const;
export type ProcessStatus = (typeof processStatuses)[number];
