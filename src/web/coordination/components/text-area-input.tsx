import { FieldError, TextArea, TextField } from 'react-aria-components';
import { FieldLabel } from '../../common/fields';

/** A labelled multi-line input (minutes, resolution text, follow-up notes). */
export function TextAreaInput({
  label,
  name,
  isRequired,
  defaultValue,
  rows = 3,
  lang,
}: {
  label: string;
  name: string;
  isRequired?: boolean;
  defaultValue?: string;
  rows?: number;
  lang?: string;
}) {
  return (
    <TextField className="field" name={name} isRequired={isRequired} defaultValue={defaultValue}>
      <FieldLabel label={label} isRequired={isRequired} />
      <TextArea rows={rows} lang={lang} />
      <FieldError className="field-error" />
    </TextField>
  );
}
