import { addDays, zonedInstant, type AuditFilter, type AuditOperation } from '@leercyclus/domain';
import { programmeTimeZone } from '../../format/dates';

/** The search form as the officer fills it in: empty text and no date mean "any". */
export interface AuditFilterForm {
  personId: string;
  recordType: string;
  recordId: string;
  /** Calendar dates (`YYYY-MM-DD`) in the programmes' time zone, both days included. */
  from: string | null;
  until: string | null;
  operation: AuditOperation | '';
}

export const emptyAuditFilter: AuditFilterForm = {
  personId: '',
  recordType: '',
  recordId: '',
  from: null,
  until: null,
  operation: '',
};

/** What the API is asked: the days as the instants they start and (the day after the last) end. */
export function auditFilterOf(form: AuditFilterForm): AuditFilter {
  const startOf = (date: string) => zonedInstant(date, '00:00', programmeTimeZone).toISOString();
  const text = (value: string) => value.trim() || undefined;
  const filter: AuditFilter = {
    personId: text(form.personId),
    recordType: text(form.recordType),
    recordId: text(form.recordId),
    from: form.from ? startOf(form.from) : undefined,
    until: form.until ? startOf(addDays(form.until, 1)) : undefined,
    operation: form.operation || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}
