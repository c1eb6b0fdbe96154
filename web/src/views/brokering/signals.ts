/**
 * Readable names and meanings of the suggestion signals (server/src/brokering/signals.ts). A signal
 * the web app does not know yet still shows, under a readable form of its name.
 */
import { humanise, isMessageKey, type MessageKey } from '../../i18n/i18n.tsx';

export function signalLabel(t: (key: MessageKey) => string, name: string): string {
  const key = `brokering.signal.${name}`;
  return isMessageKey(key) ? t(key) : humanise(name);
}

export function signalMeaning(t: (key: MessageKey) => string, name: string): string | null {
  const key = `brokering.signal.${name}.meaning`;
  return isMessageKey(key) ? t(key) : null;
}

/** Signals in the order they first appear in a list of suggestions. */
export function signalNames(suggestions: { signals: { name: string }[] }[]): string[] {
  return [...new Set(suggestions.flatMap((s) => s.signals.map((x) => x.name)))];
}
