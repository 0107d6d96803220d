import type { WizardStepProps } from './useWizard';

/**
 * One list of rows in a wizard's form (districts, members, checkpoints) as it stands, `rows`, and the changes to
 * it, each clearing the errors the user is fixing with it.
 */
export function useRowList<
  Form extends Record<Field, Row[]>,
  Field extends string,
  Row extends { key: number },
>({ errors, update }: Pick<WizardStepProps<Form>, 'errors' | 'update'>, field: Field, rows: readonly Row[]) {
  const withRows = (form: Form, change: (rows: Row[]) => Row[]): Form => ({
    ...form,
    [field]: change(form[field]),
  });
  // Row numbers shift: every error of the list goes, the next check names what is still wrong.
  const listPaths = () => Object.keys(errors).filter((path) => path.startsWith(field));

  return {
    rows,
    /** Changes a row; its fields' errors go, the row's own, and the `alsoClears` paths. */
    change: (index: number, change: Partial<Omit<Row, 'key'>>, ...alsoClears: string[]) =>
      update(
        (current) =>
          withRows(current, (rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row))),
        ...Object.keys(change).map((name) => `${field}.${index}.${name}`),
        `${field}.${index}`,
        ...alsoClears,
      ),
    remove: (index: number) =>
      update((current) => withRows(current, (rows) => rows.filter((_, i) => i !== index)), ...listPaths()),
    add: (row: Row) => update((current) => withRows(current, (rows) => [...rows, row])),
    /** Replaces every row. */
    replace: (replacing: Row[]) => update((current) => withRows(current, () => replacing), ...listPaths()),
  };
}
