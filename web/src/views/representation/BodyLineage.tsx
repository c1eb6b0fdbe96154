/**
 * Lineage: bodies that replaced or were replaced by others (an LSB by its PSB, a lapsed sub-group
 * by its new name), each line as an ordered list, oldest first.
 */
import type { BodyRef } from '../../api/representation.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function BodyLineage({ chains }: { chains: BodyRef[][] }) {
  const { t, name, date } = useI18n();
  if (chains.length === 0) return <p className="muted">{t('representation.lineage.none')}</p>;
  const period = (b: BodyRef) =>
    b.validFrom && b.validTo
      ? t('representation.lineage.between', { from: date(b.validFrom), to: date(b.validTo) })
      : b.validFrom
        ? t('representation.lineage.from', { from: date(b.validFrom) })
        : b.validTo
          ? t('representation.lineage.until', { to: date(b.validTo) })
          : '';
  return (
    <ul className="rep-lineage" data-testid="lineage">
      {chains.map((chain) => (
        <li key={chain.map((b) => b.key).join('>')} data-testid="lineage-chain">
          <ol className="rep-lineage-chain">
            {chain.map((b, i) => (
              <li key={b.key} data-body={b.key}>
                <span className="rep-lineage-name">{name(b.name, b.nameCy)}</span>{' '}
                <span className="muted small">
                  ({t(`representation.bodyType.${b.type}`)}, {period(b)}, {t(`representation.status.${b.status}`)})
                </span>
                {i < chain.length - 1 && <span className="rep-lineage-next small">{t('representation.lineage.followedBy')}</span>}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
