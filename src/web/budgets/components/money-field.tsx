import { TextInput } from '../../common/fields';

/**
 * A baht amount field: a text input (never type=number, which would take floats and drop Thai
 * digits) with the decimal keypad on phones. The form reads it with `readMoneyFields`.
 */
export function MoneyField({
  label,
  name,
  defaultValue,
  isRequired,
  description,
}: {
  label: string;
  name: string;
  defaultValue?: string;
  isRequired?: boolean;
  description?: string;
}) {
  return (
    <TextInput label={label} name={name} defaultValue={defaultValue} isRequired={isRequired} inputMode="decimal" autoComplete="off" description={description} />
  );
}
