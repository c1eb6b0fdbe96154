/**
 * The evidence stored with a brokered introduction (`suggestionEvidence`): the suggestion's sentence,
 * score, signals and introducer path as plain text, so the board can say later why it was suggested.
 * English, like the signal details the API gives.
 */
import type { OrganisationSummary, Suggestion } from '../../api/suggestions.ts';

export function suggestionEvidence(suggestion: Suggestion, focal: OrganisationSummary): string {
  const lines = [
    `Suggested partner for ${focal.name}: ${suggestion.organisation.name} (score ${suggestion.score.toFixed(2)}).`,
    suggestion.explanation.en,
    'Signals:',
    ...suggestion.signals.map((s) => `- ${s.name}: ${s.value.toFixed(2)} (weight ${s.weight}) - ${s.detail}`),
  ];
  if (suggestion.introducerPath?.steps.length) {
    lines.push(`Introducer path: ${suggestion.introducerPath.steps.map((s) => s.name).join(' > ')}`);
  }
  return lines.join('\n');
}
