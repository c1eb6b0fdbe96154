/** What each signal shown in the list means, in the current language. */
import { useI18n } from '../../i18n/i18n.tsx';
import { signalLabel, signalMeaning } from './signals.ts';

export function SignalGlossary({ names }: { names: string[] }) {
  const { t } = useI18n();
  return (
    <section className="signal-glossary" aria-labelledby="signal-glossary-title" data-testid="signal-glossary">
      <h2 id="signal-glossary-title">{t('brokering.glossary.title')}</h2>
      <p className="small muted">{t('brokering.glossary.intro')}</p>
      <dl>
        {names.map((n) => (
          <div key={n}>
            <dt>{signalLabel(t, n)}</dt>
            <dd>{signalMeaning(t, n) ?? t('brokering.glossary.unknown')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
