import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../common/states';
import { useLocalized } from '../../common/use-localized';
import { type Chain, useChain } from '../plans.queries';

type ChainNode = Chain['nodes'][number];
type ChainEdge = Chain['edges'][number];

/**
 * The chain from this element up to the top (a community project up to the National Strategy),
 * drawn as nested lists: the top first, each step indented under what it serves, with the kind of
 * step (part of / linked as <mode>, <weight> %). A nested list is its own text alternative and
 * reads in order with a screen reader; a one-line summary of each path sits above it.
 */
export function ChainDiagram({ elementId }: { elementId: string }) {
  const { t } = useTranslation('plans');
  const { language } = useLocalized();
  const chain = useChain(elementId);
  if (chain.isPending) return <Loading />;
  if (chain.isError) return <ErrorState error={chain.error} />;
  const nodes = new Map(chain.data.nodes.map((n) => [n.id, n]));
  const edgeOf = (from: string, to: string) => chain.data.edges.find((e) => e.from === from && e.to === to);
  const name = (n: ChainNode | undefined) => (n ? `${n.code ? `${n.code} ` : ''}${language === 'th' ? n.titleTh : n.titleEn}` : '');
  const paths = chain.data.paths.filter((p) => p.length > 1);
  if (paths.length === 0) return <p>{t('chain.none')}</p>;

  return (
    <div className="chain">
      {paths.map((path, index) => {
        const topDown = [...path].reverse();
        return (
          <figure key={path.join('>')} className="chain-path" aria-labelledby={`chain-${index}`}>
            <figcaption id={`chain-${index}`}>
              {t('chain.path', { n: index + 1, total: paths.length })}: {path.map((id) => name(nodes.get(id))).join(' → ')}
            </figcaption>
            <ol className="chain-list">{renderStep(topDown, 0)}</ol>
          </figure>
        );
      })}
      {chain.data.truncated && <p className="muted">{t('chain.truncated')}</p>}
    </div>
  );

  function renderStep(topDown: string[], i: number): ReactNode {
    const node = nodes.get(topDown[i]);
    if (!node) return null;
    const below = topDown[i + 1];
    return (
      <li>
        <div className="chain-node">
          <span className="badge badge-muted">{t(`kinds.${node.kind}`)}</span>{' '}
          {node.id === elementId ? (
            <strong>{name(node)}</strong>
          ) : (
            <Link to="/plan-elements/$id" params={{ id: node.id }}>
              {name(node)}
            </Link>
          )}
          <span className="muted"> — {language === 'th' ? node.planTitleTh : node.planTitleEn}</span>
        </div>
        {below && (
          <ol>
            <li className="chain-edge">
              <EdgeLabel edge={edgeOf(below, node.id)} />
            </li>
            {renderStep(topDown, i + 1)}
          </ol>
        )}
      </li>
    );
  }
}

function EdgeLabel({ edge }: { edge: ChainEdge | undefined }) {
  const { t, i18n } = useTranslation('plans');
  if (!edge || edge.kind === 'parent') return <span>↑ {t('chain.partOf')}</span>;
  const weight = edge.weight === null ? '' : ` ${new Intl.NumberFormat(i18n.language).format(edge.weight)} %`;
  return (
    <span>
      ↑ {t('chain.linked', { mode: edge.mode ? t(`modes.${edge.mode}`) : '' })}
      {weight}
    </span>
  );
}
