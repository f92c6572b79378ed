import { Link } from '@tanstack/react-router';
import { memo, useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/fields';
import { formErrorMessage } from '../../common/form-error';
import { FormModal } from '../../common/modal';
import { EmptyState } from '../../common/states';
import { useTitle } from '../plan-access';
import { type ElementView, useDeleteElement } from '../plans.queries';
import { ElementDialog, type ElementDialogState } from './element-dialog';
import { indexTree, initiallyCollapsed, type TreeRow, visibleRows } from '../element-tree-rows';

/**
 * The whole element tree from one request, drawn as a flat indented list: only the rows of
 * expanded branches are rendered, so a plan of 2,000 elements stays quick. Each branch has a
 * disclosure button (aria-expanded); the depth is spoken through the row's level text.
 */
export function ElementTree({ planId, elements, editable }: { planId: string; elements: ElementView[]; editable: boolean }) {
  const { t } = useTranslation('plans');
  const children = useMemo(() => indexTree(elements), [elements]);
  // the top two levels open at first; deeper branches open on demand
  const [collapsed, setCollapsed] = useState<Set<string>>(() => initiallyCollapsed(elements, children));
  const [dialog, setDialog] = useState<ElementDialogState>(null);
  const [deleting, setDeleting] = useState<ElementView | null>(null);
  const remove = useDeleteElement();

  const rows = useMemo(() => visibleRows(children, collapsed), [children, collapsed]);

  const toggle = useCallback(
    (id: string) =>
      setCollapsed((old) => {
        const next = new Set(old);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const onAdd = useCallback((parent: ElementView) => setDialog({ mode: 'add', parent }), []);
  const onEdit = useCallback((element: ElementView) => setDialog({ mode: 'edit', element }), []);
  const resetRemove = remove.reset;
  const onDelete = useCallback(
    (element: ElementView) => {
      resetRemove();
      setDeleting(element);
    },
    [resetRemove],
  );

  return (
    <section aria-labelledby="elements-heading" className="element-tree-section">
      <div className="section-header">
        <h2 id="elements-heading">{t('tree.title')}</h2>
        <div className="button-row">
          <Button className="button button-small button-ghost" onPress={() => setCollapsed(new Set())}>
            {t('tree.expandAll')}
          </Button>
          <Button
            className="button button-small button-ghost"
            onPress={() => setCollapsed(new Set(elements.filter((e) => children.has(e.id)).map((e) => e.id)))}
          >
            {t('tree.collapseAll')}
          </Button>
          {editable && (
            <Button className="button button-small button-primary" onPress={() => setDialog({ mode: 'add', parent: null })}>
              {t('tree.addTop')}
            </Button>
          )}
        </div>
      </div>
      <FormError message={remove.error ? formErrorMessage(remove.error, t) : null} />
      {rows.length === 0 ? (
        <EmptyState title={t('tree.empty')} />
      ) : (
        <ul className="element-tree" aria-label={t('tree.title')}>
          {rows.map((row) => (
            <ElementRow
              key={row.element.id}
              row={row}
              editable={editable}
              isCollapsed={collapsed.has(row.element.id)}
              onToggle={toggle}
              onAdd={onAdd}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      <ElementDialog planId={planId} state={dialog} onClose={() => setDialog(null)} />
      <FormModal title={t('element.deleteTitle')} isOpen={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)} role="alertdialog">
        {(close) => (
          <>
            <p>{t('element.deleteMessage')}</p>
            <div className="form-actions">
              <Button className="button button-secondary" onPress={close} autoFocus>
                {t('common:form.cancel')}
              </Button>
              <Button
                className="button button-danger"
                onPress={() => {
                  if (deleting) remove.mutate(deleting);
                  close();
                }}
              >
                {t('element.delete')}
              </Button>
            </div>
          </>
        )}
      </FormModal>
    </section>
  );
}

interface TreeRowProps {
  row: TreeRow<ElementView>;
  editable: boolean;
  isCollapsed: boolean;
  onToggle: (id: string) => void;
  onAdd: (e: ElementView) => void;
  onEdit: (e: ElementView) => void;
  onDelete: (e: ElementView) => void;
}

/** One row; memoised so expanding one branch does not re-render the other 1,999. */
const ElementRow = memo(function ElementRow({ row, editable, isCollapsed, onToggle, onAdd, onEdit, onDelete }: TreeRowProps) {
  const { t } = useTranslation('plans');
  const title = useTitle();
  const { element, depth, hasChildren } = row;
  const name = title(element);
  return (
    <li className="element-row" style={{ paddingInlineStart: `${depth * 1.5}rem` }} data-testid="element-row">
      {hasChildren ? (
        <Button
          className="tree-chevron"
          aria-expanded={!isCollapsed}
          aria-label={t(isCollapsed ? 'tree.expand' : 'tree.collapse', { name })}
          onPress={() => onToggle(element.id)}
        >
          <span aria-hidden="true">{isCollapsed ? '▸' : '▾'}</span>
        </Button>
      ) : (
        <span className="tree-spacer" aria-hidden="true" />
      )}
      <span className="visually-hidden">{t('tree.level', { level: depth + 1 })} </span>
      <span className="badge badge-muted">{t(`kinds.${element.kind}`)}</span>
      {element.code && <span className="code">{element.code}</span>}
      <Link to="/plan-elements/$id" params={{ id: element.id }} className="element-title">
        {name}
      </Link>
      {editable && (
        <span className="element-actions">
          <Button className="button button-small button-ghost" aria-label={t('tree.addChildOf', { name })} onPress={() => onAdd(element)}>
            {t('tree.addChild')}
          </Button>
          <Button className="button button-small button-ghost" aria-label={t('tree.editNamed', { name })} onPress={() => onEdit(element)}>
            {t('tree.edit')}
          </Button>
          <Button className="button button-small button-ghost" aria-label={t('tree.deleteNamed', { name })} onPress={() => onDelete(element)}>
            {t('element.delete')}
          </Button>
        </span>
      )}
    </li>
  );
});
