import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc/trpc';

/** The people the signed-in person may see, by name (`people.names`): for names on pages and in pickers. */
export function usePeople(): { id: string; name: string; active: boolean }[] {
  const trpc = useTRPC();
  const names = useQuery(trpc.people.names.queryOptions(undefined, { staleTime: 60_000 }));
  return useMemo(
    () => [...(names.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [names.data],
  );
}

/**
 * A person's name for their id, a dash for nobody; for someone the caller may not see (or while the names
 * load), ‘unknown’ rather than the id: the panel shows names, never ids.
 */
export function usePersonName(): (personId: string | null | undefined) => string {
  const { t } = useTranslation();
  const people = usePeople();
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people]);
  return useCallback(
    (personId) => (personId ? (byId.get(personId) ?? t('people.unknown')) : t('common.none')),
    [byId, t],
  );
}
