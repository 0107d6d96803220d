import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormProblem, type Problem } from './FormProblem';

export interface ModalFormProps {
  /** Sends the form; not called again while it is being sent. */
  onSubmit: () => void;
  onCancel: () => void;
  /** What is wrong with the form, shown above its fields. */
  problem: Problem | null;
  pending: boolean;
  submitLabel: string;
  submitColor?: string;
  children: ReactNode;
}

/** The form in a modal: what is wrong with it on top, its fields, then cancel and submit. */
export function ModalForm({
  onSubmit,
  onCancel,
  problem,
  pending,
  submitLabel,
  submitColor,
  children,
}: ModalFormProps) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) onSubmit();
      }}
      noValidate
    >
      <Stack gap="md">
        <FormProblem problem={problem} />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={submitColor} loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface FormModalProps extends Omit<ModalFormProps, 'onCancel'> {
  title: string;
  size?: MantineSize;
  /** Closing the modal and cancelling the form are one. */
  onClose: () => void;
}

/** A modal that is one form, closed by its cancel button as by the modal's own. */
export function FormModal({ title, size, onClose, ...form }: FormModalProps) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <ModalForm onCancel={onClose} {...form} />
    </Modal>
  );
}
