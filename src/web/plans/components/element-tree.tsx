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

interface Row { element: ElementView; depth: number; hasChildren: boolean }

/** Children by parent, each sibling list in its saved order: built once per tree, O(n log n). */
function indexTree(elements: ElementView[]) {
  const children = new Map<string | null, ElementView[]>();
  for (const e of elements) {
    const list = children.get(e.parentId) ?? [];
    list.push(e);
    children.set(e.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder);
  return children;
}

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

  const rows = useMemo(() => {
    const out: Row[] = [];
    const stack: Array<{ element: ElementView; depth: number }> = [...(children.get(null) ?? [])].reverse().map((element) => ({ element, depth: 0 }));
    while (stack.length > 0) {
      const { element, depth } = stack.pop()!;
      const kids = children.get(element.id) ?? [];
      out.push({ element, depth, hasChildren: kids.length > 0 });
      if (!collapsed.has(element.id)) for (let i = kids.length - 1; i >= 0; i--) stack.push({ element: kids[i], depth: depth + 1 });
    }
    return out;
  }, [children, collapsed]);

  const toggle = useCallback((id: string) => setCollapsed((old) => {
    const next = new Set(old);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  }), []);
  const onAdd = useCallback((parent: ElementView) => setDialog({ mode: 'add', parent }), []);
  const onEdit = useCallback((element: ElementView) => setDialog({ mode: 'edit', element }), []);
  const resetRemove = remove.reset;
  const onDelete = useCallback((element: ElementView) => { resetRemove(); setDeleting(element); }, [resetRemove]);

  return (
    <section aria-labelledby="elements-heading" className="element-tree-section">
      <div className="section-header">
        <h2 id="elements-heading">{t('tree.title')}</h2>
        <div className="button-row">
          <Button className="button button-small button-ghost" onPress={() => setCollapsed(new Set())}>{t('tree.expandAll')}</Button>
          <Button className="button button-small button-ghost" onPress={() => setCollapsed(new Set(elements.filter((e) => children.has(e.id)).map((e) => e.id)))}>{t('tree.collapseAll')}</Button>
          {editable && <Button className="button button-small button-primary" onPress={() => setDialog({ mode: 'add', parent: null })}>{t('tree.addTop')}</Button>}
        </div>
      </div>
      <FormError message={remove.error ? formErrorMessage(remove.error, t) : null} />
      {rows.length === 0 ? <EmptyState title={t('tree.empty')} /> : (
        <ul className="element-tree" aria-label={t('tree.title')}>
          {rows.map((row) => (
            <TreeRow
              key={row.element.id} row={row} editable={editable} isCollapsed={collapsed.has(row.element.id)}
              onToggle={toggle} onAdd={onAdd} onEdit={onEdit} onDelete={onDelete}
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
              <Button className="button button-secondary" onPress={close} autoFocus>{t('common:form.cancel')}</Button>
              <Button className="button button-danger" onPress={() => { if (deleting) remove.mutate(deleting); close(); }}>{t('element.delete')}</Button>
            </div>
          </>
        )}
      </FormModal>
    </section>
  );
}

/** Branches below the second level start closed (one pass over the tree). */
function initiallyCollapsed(elements: ElementView[], children: Map<string | null, ElementView[]>): Set<string> {
  const closed = new Set<string>();
  for (const top of children.get(null) ?? []) for (const second of children.get(top.id) ?? []) if (children.has(second.id)) closed.add(second.id);
  // deeper branches sit under a closed one; closing them too keeps "expand" one level at a time
  for (const e of elements) if (children.has(e.id) && e.parentId && !children.get(null)?.some((r) => r.id === e.parentId)) closed.add(e.id);
  return closed;
}

interface TreeRowProps {
  row: Row; editable: boolean; isCollapsed: boolean;
  onToggle: (id: string) => void; onAdd: (e: ElementView) => void; onEdit: (e: ElementView) => void; onDelete: (e: ElementView) => void;
}

/** One row; memoised so expanding one branch does not re-render the other 1,999. */
const TreeRow = memo(function TreeRow({ row, editable, isCollapsed, onToggle, onAdd, onEdit, onDelete }: TreeRowProps) {
  const { t } = useTranslation('plans');
  const title = useTitle();
  const { element, depth, hasChildren } = row;
  const name = title(element);
  return (
    <li className="element-row" style={{ paddingInlineStart: `${depth * 1.5}rem` }} data-testid="element-row">
      {hasChildren ? (
        <Button className="tree-chevron" aria-expanded={!isCollapsed} aria-label={t(isCollapsed ? 'tree.expand' : 'tree.collapse', { name })} onPress={() => onToggle(element.id)}>
          <span aria-hidden="true">{isCollapsed ? '▸' : '▾'}</span>
        </Button>
      ) : <span className="tree-spacer" aria-hidden="true" />}
      <span className="visually-hidden">{t('tree.level', { level: depth + 1 })} </span>
      <span className="badge badge-muted">{t(`kinds.${element.kind}`)}</span>
      {element.code && <span className="code">{element.code}</span>}
      <Link to="/plan-elements/$id" params={{ id: element.id }} className="element-title">{name}</Link>
      {editable && (
        <span className="element-actions">
          <Button className="button button-small button-ghost" aria-label={t('tree.addChildOf', { name })} onPress={() => onAdd(element)}>{t('tree.addChild')}</Button>
          <Button className="button button-small button-ghost" aria-label={t('tree.editNamed', { name })} onPress={() => onEdit(element)}>{t('tree.edit')}</Button>
          <Button className="button button-small button-ghost" aria-label={t('tree.deleteNamed', { name })} onPress={() => onDelete(element)}>{t('element.delete')}</Button>
        </span>
      )}
    </li>
  );
});
