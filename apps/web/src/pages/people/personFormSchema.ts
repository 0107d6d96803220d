import { personSchema } from '@leercyclus/domain';

/** What a person's form checks before sending: the record's own rules of the three fields. */
export const personFieldsSchema = personSchema.pick({ name: true, email: true, organisation: true });
