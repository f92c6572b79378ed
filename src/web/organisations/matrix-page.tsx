import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvincePicker } from '../areas/province-picker';
import { SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useFunctions, useMatrix } from './organisations.queries';
import { MatrixTable } from './components/matrix-table';

/** Who decides, implements, is consulted or informed, per function, in one province. */
export function MatrixPage() {
  const { t } = useTranslation('organisations');
  const functions = useFunctions();
  const [scheme, setScheme] = useState<string>('');
  const [area, setArea] = useState<{ code: string; label: string } | null>(null);
  const schemes = useMemo(() => [...new Set((functions.data?.items ?? []).map((f) => f.scheme))].sort(), [functions.data]);
  const chosenScheme = scheme || schemes[0] || '';
  const matrix = useMatrix(chosenScheme, area?.code ?? '');

  return (
    <div className="page">
      <PageHeader title={t('matrix.title')} subtitle={t('matrix.intro')} />
      <div className="toolbar toolbar-grid">
        <SelectInput
          label={t('matrix.scheme')}
          options={schemes.map((s) => ({ id: s, label: t(`schemes.${s}`, { defaultValue: s }) }))}
          value={chosenScheme || null}
          onChange={(key: Key | null) => setScheme(String(key ?? ''))}
        />
        <ProvincePicker
          label={t('matrix.area')}
          description={t('matrix.areaHint')}
          onSelect={(option) => setArea(option ? { code: option.id, label: option.label } : null)}
        />
      </div>
      {functions.isError ? <ErrorState error={functions.error} /> : !area ? (
        <EmptyState title={t('matrix.chooseArea')} />
      ) : matrix.isPending ? <Loading /> : matrix.isError ? <ErrorState error={matrix.error} /> : matrix.data.functions.length === 0 ? (
        <EmptyState title={t('matrix.empty')} />
      ) : (
        <MatrixTable matrix={matrix.data} areaLabel={area.label} />
      )}
    </div>
  );
}
