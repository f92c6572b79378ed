import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../common/confirm-button';
import { FormError } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { ErrorState, Loading } from '../../common/states';
import { TableScroll } from '../../common/table-scroll';
import { useLocalized } from '../../common/use-localized';
import { type LinkageView, useDeleteLinkage, useLinkages } from '../plans.queries';

/** Upward links this element makes, and the elements that link up to it. */
export function LinkagesList({ elementId, editable }: { elementId: string; editable: boolean }) {
  const { t } = useTranslation('plans');
  const linkages = useLinkages(elementId);
  const remove = useDeleteLinkage();
  if (linkages.isPending) return <Loading />;
  if (linkages.isError) return <ErrorState error={linkages.error} />;
  return (
    <>
      <FormError message={remove.error ? formErrorMessage(remove.error, t) : null} />
      <LinkageTable
        caption={t('linkages.outgoing')}
        items={linkages.data.outgoing}
        direction="target"
        onRemove={editable ? (l) => remove.mutate(l) : undefined}
      />
      <LinkageTable caption={t('linkages.incoming')} items={linkages.data.incoming} direction="source" />
    </>
  );
}

function LinkageTable({
  caption,
  items,
  direction,
  onRemove,
}: {
  caption: string;
  items: LinkageView[];
  direction: 'target' | 'source';
  onRemove?: (l: LinkageView) => void;
}) {
  const { t, i18n } = useTranslation('plans');
  const { language } = useLocalized();
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <>
      <h3>{caption}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('linkages.none')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('linkages.element')}</th>
                <th scope="col">{t('linkages.plan')}</th>
                <th scope="col">{t('link.mode')}</th>
                <th scope="col">{t('link.weight')}</th>
                <th scope="col">{t('link.rationale')}</th>
                {onRemove && (
                  <th scope="col">
                    <span className="visually-hidden">{t('linkages.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((l) => {
                const otherId = direction === 'target' ? l.targetElementId : l.sourceElementId;
                const name = language === 'th' ? l.otherTitleTh : l.otherTitleEn;
                return (
                  <tr key={l.id}>
                    <td>
                      <Link to="/plan-elements/$id" params={{ id: otherId }}>
                        {name}
                      </Link>
                    </td>
                    <td>{language === 'th' ? l.otherPlanTitleTh : l.otherPlanTitleEn}</td>
                    <td>{t(`modes.${l.mode}`)}</td>
                    <td>{percent.format(l.weight)} %</td>
                    <td>{l.rationale}</td>
                    {onRemove && (
                      <td>
                        <ConfirmButton
                          label={t('linkages.removeNamed', { name })}
                          title={t('linkages.removeTitle')}
                          message={t('linkages.removeMessage', { name })}
                          confirmText={t('linkages.remove')}
                          onConfirm={() => onRemove(l)}
                        >
                          {t('linkages.remove')}
                        </ConfirmButton>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
