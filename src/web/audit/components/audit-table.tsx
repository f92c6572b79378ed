import { Fragment, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocalized } from '../../common/use-localized';
import type { AuditEntry } from '../audit.queries';
import { TableScroll } from '../../common/table-scroll';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('audit');
  const { language } = useLocalized();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <TableScroll label={t('table.caption')}>
      <table className="table audit-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.at')}</th>
            <th scope="col">{t('table.actor')}</th>
            <th scope="col">{t('table.action')}</th>
            <th scope="col">{t('table.entity')}</th>
            <th scope="col">{t('table.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            return (
              <Fragment key={entry.id}>
                <tr>
                  <td>{formatDateTime(entry.at, language)}</td>
                  <td>{entry.actor}</td>
                  <td>
                    <span className="badge">{entry.action}</span>
                  </td>
                  <td>
                    <EntityCell entry={entry} />
                  </td>
                  <td>
                    <Button className="button button-small" aria-expanded={expanded} aria-controls={`audit-${entry.id}`} onPress={() => toggle(entry.id)}>
                      {expanded ? t('table.hide') : t('table.show')}
                      <span className="visually-hidden"> {t('table.entryLabel', { action: entry.action, entity: entry.entity })}</span>
                    </Button>
                  </td>
                </tr>
                {expanded && (
                  <tr id={`audit-${entry.id}`} className="audit-detail">
                    <td colSpan={5}>
                      <div className="diff">
                        <div>
                          <h3>{t('table.before')}</h3>
                          <pre>{entry.before == null ? t('table.nothing') : JSON.stringify(entry.before, null, 2)}</pre>
                        </div>
                        <div>
                          <h3>{t('table.after')}</h3>
                          <pre>{entry.after == null ? t('table.nothing') : JSON.stringify(entry.after, null, 2)}</pre>
                        </div>
                      </div>
                      {entry.requestId && (
                        <p className="muted">
                          {t('table.requestId')}: <span className="code">{entry.requestId}</span>
                        </p>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The record's name when the entry carries one (organisations, users), linked where a page exists. */
function EntityCell({ entry }: { entry: AuditEntry }) {
  const { name } = useLocalized();
  const record = (entry.after ?? entry.before) as { nameTh?: unknown; nameEn?: unknown; name?: unknown; email?: unknown } | null;
  const label =
    typeof record?.nameTh === 'string' && typeof record?.nameEn === 'string'
      ? name({ nameTh: record.nameTh, nameEn: record.nameEn })
      : typeof record?.name === 'string'
        ? record.name
        : typeof record?.email === 'string'
          ? record.email
          : null;
  const deleted = entry.action === 'delete';
  return (
    <>
      <span>{entry.entity}</span>{' '}
      {label &&
        (entry.entity === 'organisation' && !deleted ? (
          <Link to="/organisations/$id" params={{ id: entry.entityId }}>
            {label}
          </Link>
        ) : (
          <strong>{label}</strong>
        ))}
      <br />
      <span className="muted code">{entry.entityId}</span>
    </>
  );
}
