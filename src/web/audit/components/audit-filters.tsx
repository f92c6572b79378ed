import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../common/fields';
import type { AuditFilters as Filters } from '../audit.queries';

/** Filters apply on submit, so a half-typed actor name does not fire a query per key. */
export function AuditFilters({ value, onChange }: { value: Filters; onChange: (filters: Filters) => void }) {
  const { t } = useTranslation('audit');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim() || undefined;
    onChange({ entity: text('entity'), entityId: text('entityId'), actor: text('actor'), action: text('action'), from: text('from'), to: text('to') });
  };
  return (
    <Form validationBehavior="aria" className="filters" onSubmit={onSubmit} role="search" aria-label={t('filters.label')}>
      <TextInput name="entity" label={t('filters.entity')} defaultValue={value.entity} description={t('filters.entityHint')} />
      <TextInput name="entityId" label={t('filters.entityId')} defaultValue={value.entityId} />
      <TextInput name="actor" label={t('filters.actor')} defaultValue={value.actor} />
      <TextInput name="action" label={t('filters.action')} defaultValue={value.action} description={t('filters.actionHint')} />
      <TextInput name="from" type="date" label={t('filters.from')} defaultValue={value.from} />
      <TextInput name="to" type="date" label={t('filters.to')} defaultValue={value.to} />
      <div className="filters-actions">
        <Button type="submit" className="button button-primary">
          {t('filters.apply')}
        </Button>
        <Button type="reset" className="button button-secondary" onPress={() => onChange({})}>
          {t('filters.clear')}
        </Button>
      </div>
    </Form>
  );
}
