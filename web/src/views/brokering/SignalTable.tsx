/**
 * A suggestion's signals as a small table: each signal's readable name, its value (0-1, also drawn
 * as a bar), its weight in the score and the evidence behind it. The evidence comes from the API in
 * English only, so it is marked lang="en" in the Welsh interface.
 */
import type { SuggestionSignal } from '../../api/suggestions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatScore, formatWeight } from './format.ts';
import { signalLabel } from './signals.ts';

export function SignalTable({ signals, caption }: { signals: SuggestionSignal[]; caption: string }) {
  const { t, lang } = useI18n();
  return (
    <table className="signal-table" data-testid="signal-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('brokering.signals.signal')}</th>
          <th scope="col" className="num">{t('brokering.signals.value')}</th>
          <th scope="col" className="num">{t('brokering.signals.weight')}</th>
          <th scope="col">{t('brokering.signals.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {signals.map((s) => (
          <tr key={s.name} className={s.weight < 0 && s.value > 0 ? 'signal-against' : undefined}>
            <th scope="row">{signalLabel(t, s.name)}</th>
            <td className="num">
              <span className="signal-value">
                <span className="signal-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(Math.max(0, Math.min(1, s.value)) * 100)}%` }} />
                </span>
                {formatScore(s.value, lang)}
              </span>
            </td>
            <td className="num">{formatWeight(s.weight, lang)}</td>
            <td lang={lang === 'en' ? undefined : 'en'}>{s.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
