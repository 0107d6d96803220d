import { Text } from '@mantine/core';
import { formatDateTime, programmeTimeZone, useLocale } from '../format/dates';

/** A moment as the programme reads it: its date and time in the programme's time zone. */
export function ProgrammeTime({ at }: { at: string }) {
  const locale = useLocale();
  return <time dateTime={at}>{formatDateTime(at, programmeTimeZone, locale)}</time>;
}

/** The next event of a cycle or group in a list, or, dimmed, that none is planned. */
export function NextEvent({ at, none }: { at: string | null; none: string }) {
  if (at) return <ProgrammeTime at={at} />;
  return (
    <Text size="sm" c="dimmed">
      {none}
    </Text>
  );
}
