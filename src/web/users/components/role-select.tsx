import { useTranslation } from 'react-i18next';
import { ROLES } from '../../api/enums';
import { SelectInput } from '../../common/fields';

export function RoleSelect({ name, label, defaultValue }: { name: string; label: string; defaultValue?: string }) {
  const { t } = useTranslation();
  return <SelectInput name={name} label={label} isRequired defaultValue={defaultValue} options={ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))} />;
}
