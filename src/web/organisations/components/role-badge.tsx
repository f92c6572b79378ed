import { useTranslation } from 'react-i18next';
import type { ResponsibilityRole } from '../../api/enums';

const LETTER: Record<ResponsibilityRole, string> = { decides: 'D', implements: 'I', consulted: 'C', informed: 'N' };

/** A responsibility role as text and a letter, never colour alone. */
export function RoleBadge({ role }: { role: ResponsibilityRole }) {
  const { t } = useTranslation('organisations');
  return (
    <span className={`badge role-${role}`}>
      <span aria-hidden="true" className="badge-letter">
        {LETTER[role]}
      </span>{' '}
      {t(`responsibilityRoles.${role}`)}
    </span>
  );
}
