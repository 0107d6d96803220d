import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { usePeople, usePersonName } from '../format/people';

interface PersonSelectProps extends Omit<NativeSelectProps, 'data'> {
  value: string;
  /** The choice of nobody, with its label; without it a person must be chosen. */
  none?: string;
}

/**
 * A choice of a person by name, among the active people the signed-in person may see (an owner, someone responsible, a
 * facilitator, a member); the value sent is the person's id.
 */
export function PersonSelect({ value, none, ...props }: PersonSelectProps) {
  // Only active people are chosen anew.
  const people = usePeople().filter((person) => person.active);
  const personName = usePersonName();
  const options = [
    ...(none !== undefined ? [{ value: '', label: none }] : []),
    ...people.map((person) => ({ value: person.id, label: person.name })),
    // Someone chosen before (by another person) whom the list does not hold stays chosen.
    ...(value && !people.some((person) => person.id === value) ? [{ value, label: personName(value) }] : []),
  ];
  return <NativeSelect {...props} value={value} data={options} />;
}
