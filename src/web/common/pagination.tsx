import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
  label: string;
}

export function Pagination({ offset, limit, total, onChange, label }: PaginationProps) {
  const { t, i18n } = useTranslation();
  if (total <= limit && offset === 0) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={label}>
      <Button className="button button-secondary" isDisabled={offset === 0} onPress={() => onChange(Math.max(0, offset - limit))}>
        {t('pagination.previous')}
      </Button>
      <p aria-live="polite">{t('pagination.range', { from: number.format(from), to: number.format(to), total: number.format(total) })}</p>
      <Button className="button button-secondary" isDisabled={to >= total} onPress={() => onChange(offset + limit)}>
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
