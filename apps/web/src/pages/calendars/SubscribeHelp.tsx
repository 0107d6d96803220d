import { Accordion, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const applications = ['outlook', 'google', 'apple'] as const;

/** How to add the address in the calendars people use, one panel each. */
export function SubscribeHelp() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" chevronPosition="left">
      {applications.map((application) => (
        <Accordion.Item key={application} value={application}>
          <Accordion.Control>{t(`calendars.help.${application}.title`)}</Accordion.Control>
          <Accordion.Panel>
            <Text size="sm">{t(`calendars.help.${application}.text`)}</Text>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
