import { Autocomplete, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  groupRoles,
  installationRoles,
  programmeRoles,
  scopedMembershipSchema,
  tableRoles,
  type Membership,
  type Person,
  type ScopeKind,
} from '@leercyclus/domain';
import { FormProblem } from '../../components/FormProblem';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { usePeopleRefresh } from './usePeopleRefresh';
import { useMembershipLabels } from '../../format/memberships';

const scopeKinds = ['programme', 'table', 'group', 'installation'] as const satisfies readonly ScopeKind[];
const rolesOf: Record<ScopeKind, readonly string[]> = {
  programme: programmeRoles,
  table: tableRoles,
  group: groupRoles,
  installation: installationRoles,
};

interface GrantValues extends Record<string, unknown> {
  scope: ScopeKind;
  scopeId: string;
  role: string;
}

/** The scope's id in the input: the whole installation has one, `installation`; the others as typed. */
function membershipOf(values: GrantValues): Membership {
  return {
    scope: values.scope,
    scopeId: values.scope === 'installation' ? 'installation' : values.scopeId.trim(),
    role: values.role,
  } as Membership;
}

/** Grants a person a role in one programme, management table or action-learning group (or as administrator). */
export function GrantMembershipForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMembershipLabels();
  const scopeIds = useScopeIds();
  const initialValues: GrantValues = { scope: 'programme', scopeId: '', role: 'participant' };
  const form = useCommandForm({
    initialValues,
    schema: scopedMembershipSchema,
    toInput: membershipOf,
    onClose: () => form.form.reset(),
    refresh: usePeopleRefresh(),
  });
  const grant = useMutation(
    trpc.memberships.grant.mutationOptions({
      onSuccess: (_result, input) =>
        form.succeeded(t('memberships.granted', { name: person.name, ...labels(input.membership) })),
      onError: form.onError,
    }),
  );
  const { scope } = form.form.values;
  const roleOptions = rolesOf[scope].map((role) => ({
    value: role,
    label: labels({ scope, scopeId: '', role } as Membership).role,
  }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!grant.isPending)
          form.submit((membership) => grant.mutate({ personId: person.id, membership }))();
      }}
    >
      <Fieldset legend={t('memberships.grant')}>
        <Stack gap="sm">
          <FormProblem problem={form.problem} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('memberships.scope')}
              data={scopeKinds.map((kind) => ({ value: kind, label: t(`scopes.${kind}`) }))}
              {...form.form.getInputProps('scope')}
              onChange={(event) => {
                const next = event.currentTarget.value as ScopeKind;
                form.form.setValues({ scope: next, scopeId: '', role: rolesOf[next][0] });
                form.form.clearErrors();
              }}
            />
            {scope !== 'installation' && (
              <Autocomplete
                label={t('memberships.scopeId')}
                description={t('memberships.scopeIdHint')}
                data={scopeIds[scope]}
                {...form.form.getInputProps('scopeId')}
                autoComplete="off"
                spellCheck={false}
                required
              />
            )}
            <NativeSelect
              label={t('memberships.role')}
              data={roleOptions}
              {...form.form.getInputProps('role')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={grant.isPending}>
              {t('memberships.grant')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

/** The codes of the programmes, management tables and groups the system knows, offered while typing. */
function useScopeIds(): Record<Exclude<ScopeKind, 'installation'>, string[]> {
  const trpc = useTRPC();
  const quiet = { retry: false } as const;
  const programmes = useQuery(trpc.programmes.list.queryOptions(undefined, quiet));
  const cycles = useQuery(trpc.cycles.list.queryOptions(undefined, quiet));
  const tables = useQuery(trpc.tables.list.queryOptions(undefined, quiet));
  const groups = useQuery(trpc.groups.list.queryOptions(undefined, quiet));
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return {
    programme: sorted([
      ...(programmes.data ?? []).map((programme) => programme.id),
      ...(cycles.data ?? []).map((cycle) => cycle.programmeId),
    ]),
    table: sorted((tables.data ?? []).map((table) => table.slug)),
    group: sorted((groups.data ?? []).map((group) => group.slug)),
  };
}
