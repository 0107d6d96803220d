import { log } from '@temporalio/workflow';
import {
  defaultTableName,
  tableConfigSchema,
  type TableConfig,
  type TableConfigInput,
} from '@leercyclus/domain/workflow';

/**
 * The configuration a table starts with. Its senders give a complete one; should one not hold, the table still
 * starts, on the defaults with its own slug, and says so: workflow code never throws on data.
 */
export function startingConfig(input: TableConfigInput): TableConfig {
  const parsed = tableConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
  log.warn('Table configuration refused; starting on the defaults', { slug: input.slug, fields });
  const defaults = tableConfigSchema.parse({ slug: 'table', name: 'Managementtafel' });
  return { ...defaults, slug: input.slug, name: defaultTableName(input.slug) };
}
