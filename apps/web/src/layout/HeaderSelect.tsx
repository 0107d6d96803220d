import { Group, NativeSelect, Text, type ComboboxItem } from '@mantine/core';

interface HeaderSelectProps {
  /** The select's id, which its visible label points at. */
  id: string;
  label: string;
  data: ComboboxItem[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** A small choice in the header, its label shown beside it on wider screens (and always its accessible name). */
export function HeaderSelect({ id, label, data, value, onChange, disabled }: HeaderSelectProps) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="label" htmlFor={id} size="sm" fw={500} visibleFrom="sm">
        {label}
      </Text>
      <NativeSelect
        id={id}
        aria-label={label}
        size="xs"
        data={data}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={disabled}
      />
    </Group>
  );
}
