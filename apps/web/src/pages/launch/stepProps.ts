import type { WizardForm } from './wizardForm';

export interface StepProps {
  form: WizardForm;
  /** Messages beside the fields, by path (`districts.0.name`). */
  errors: Record<string, string>;
  /** Changes the form; the errors of the named paths go, as the user is fixing them. */
  update: (change: (form: WizardForm) => WizardForm, ...paths: string[]) => void;
}
