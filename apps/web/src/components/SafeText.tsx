import {
  TagsInput,
  Textarea,
  TextInput,
  type TagsInputProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { usePersonalDataWarning } from './usePersonalDataWarning';

/*
 * The panel's free-text fields: each warns beside itself, while the text is typed, when it seems to hold
 * personal data ("Dit lijkt een geboortedatum; noteer geen persoonsgegevens"), before anything is sent. An
 * error the form found is shown instead. Fields for people's own names and e-mail addresses, codes and slugs
 * are plain inputs.
 */

export function SafeTextInput(props: TextInputProps) {
  const warning = usePersonalDataWarning(props.value);
  return <TextInput {...props} error={props.error || warning} />;
}

export function SafeTextarea(props: TextareaProps) {
  const warning = usePersonalDataWarning(props.value);
  return <Textarea {...props} error={props.error || warning} />;
}

export function SafeTagsInput(props: TagsInputProps) {
  const warning = usePersonalDataWarning(props.value);
  return <TagsInput {...props} error={props.error || warning} />;
}
