import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, TIERS } from '../../api/enums';
import { SelectInput, TextInput } from '../../common/fields';
import type { OrganisationDetail } from '../organisations.queries';

/** The basic fields shared by "new sub-organisation" and "edit": names match the API body. */
export function OrganisationFields({ initial, includeCode }: { initial?: Partial<OrganisationDetail>; includeCode: boolean }) {
  const { t } = useTranslation('organisations');
  const kinds = ORGANISATION_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }));
  const tiers = TIERS.map((k) => ({ id: k, label: t(`tiers.${k}`) }));
  return (
    <div className="form-grid">
      {includeCode && <TextInput name="code" label={t('fields.code')} description={t('fields.codeHint')} isRequired maxLength={50} />}
      <TextInput name="nameTh" label={t('fields.nameTh')} defaultValue={initial?.nameTh} isRequired maxLength={300} />
      <TextInput name="nameEn" label={t('fields.nameEn')} defaultValue={initial?.nameEn} isRequired maxLength={300} />
      <TextInput name="abbreviation" label={t('fields.abbreviation')} defaultValue={initial?.abbreviation ?? ''} maxLength={50} />
      <SelectInput name="kind" label={t('fields.kind')} options={kinds} defaultValue={initial?.kind} isRequired />
      <SelectInput name="tier" label={t('fields.tier')} options={tiers} defaultValue={initial?.tier} isRequired />
      <TextInput name="website" type="url" label={t('fields.website')} defaultValue={initial?.website ?? ''} maxLength={300} />
    </div>
  );
}

/** Form values as the API wants them: empty optional text is left out, not sent as ''. */
export function readOrganisationForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (key: string) => String(data.get(key) ?? '').trim();
  const optional = (key: string) => text(key) || undefined;
  return {
    code: text('code'),
    nameTh: text('nameTh'),
    nameEn: text('nameEn'),
    abbreviation: optional('abbreviation'),
    kind: text('kind'),
    tier: text('tier'),
    website: optional('website'),
  };
}
