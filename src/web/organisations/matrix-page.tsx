import { type Key, useState } from 'react';
import { FUNCTION_SCHEMES } from '../api/enums';
import { useTranslation } from 'react-i18next';
import { ProvincePicker } from '../areas/province-picker';
import { SelectInput } from '../common/fields';
import { PageHeader } from '../common/page';
import { EmptyState, ErrorState, Loading } from '../common/states';
import { useMatrix } from './organisations.queries';
import { MatrixTable } from './components/matrix-table';

/** Who decides, implements, is consulted or informed, per function, in one province. */
export function MatrixPage() {
  const { t } = useTranslation('organisations');
  const [scheme, setScheme] = useState<string>(FUNCTION_SCHEMES[0]);
  const [area, setArea] = useState<{ code: string; label: string } | null>(null);
  const matrix = useMatrix(scheme, area?.code ?? '');

  return (
    <div className="page">
      <PageHeader title={t('matrix.title')} subtitle={t('matrix.intro')} />
      <div className="toolbar toolbar-grid">
        <SelectInput
          label={t('matrix.scheme')}
          options={FUNCTION_SCHEMES.map((s) => ({ id: s, label: t(`schemes.${s}`) }))}
          value={scheme}
          onChange={(key: Key | null) => setScheme(String(key ?? ''))}
        />
        <ProvincePicker
          label={t('matrix.area')}
          description={t('matrix.areaHint')}
          onSelect={(option) => setArea(option ? { code: option.id, label: option.label } : null)}
        />
      </div>
      {!area ? (
        <EmptyState title={t('matrix.chooseArea')} />
      ) : matrix.isPending ? (
        <Loading />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} />
      ) : matrix.data.functions.length === 0 ? (
        <EmptyState title={t('matrix.empty')} />
      ) : (
        <MatrixTable matrix={matrix.data} areaLabel={area.label} />
      )}
    </div>
  );
}
