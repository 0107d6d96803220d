import type { ReactNode } from 'react';
import { Tabs } from '@mantine/core';
import { useSearchParam } from './useSearchParam';

export interface AddressTab {
  value: string;
  label: string;
  /** Beside the tab's name: a count, say. */
  rightSection?: ReactNode;
  panel: ReactNode;
}

/** A page's tabs, the chosen one kept in the address (`?tab=`); the first is the one shown when none is. */
export function AddressTabs({ tabs }: { tabs: readonly [AddressTab, ...AddressTab[]] }) {
  const [requested, setTab] = useSearchParam('tab');
  const fallback = tabs[0].value;
  const tab = tabs.some((candidate) => candidate.value === requested) ? requested : fallback;
  return (
    <Tabs value={tab} onChange={(next) => setTab(next ?? fallback)} keepMounted={false}>
      <Tabs.List>
        {tabs.map(({ value, label, rightSection }) => (
          <Tabs.Tab key={value} value={value} rightSection={rightSection}>
            {label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map(({ value, panel }) => (
        <Tabs.Panel key={value} value={value} pt="md">
          {panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
