/** The selected suggestion's introducer path: a diagram, and the same path as an ordered list. */
import type { IntroducerStep, OrganisationSummary, Suggestion } from '../../api/suggestions.ts';
import { useEnumLabel, useI18n } from '../../i18n/i18n.tsx';
import { PathDiagram, type DiagramEdge, type DiagramNode, type StepPart } from './PathDiagram.tsx';

function partOf(step: IntroducerStep, index: number, count: number, hasFocal: boolean): StepPart {
  if (step.label !== 'Organisation') return 'body';
  if (index === count - 1) return 'candidate';
  if (index === 0 && hasFocal) return 'focal';
  return 'introducer';
}

export function IntroducerPathPanel({ suggestion, focal }: { suggestion: Suggestion; focal: OrganisationSummary | null }) {
  const { t, name } = useI18n();
  const enumLabel = useEnumLabel();
  const path = suggestion.introducerPath;
  const steps = path?.steps ?? [];
  const links = path?.links ?? [];
  const candidateName = name(suggestion.organisation.name, suggestion.organisation.nameCy);
  const stepName = (s: IntroducerStep) => name(s.name, s.nameCy);
  const linkLabel = (i: number, short = false): string => {
    const link = links[i];
    if (link?.via === 'body') return t('brokering.path.sitsOn');
    if (!link?.kind) return t('brokering.path.link');
    if (link.trust == null) return enumLabel('tie', link.kind);
    return t(short ? 'brokering.path.tieShort' : 'brokering.path.tie', { kind: enumLabel('tie', link.kind), trust: link.trust });
  };

  const nodes: DiagramNode[] = steps.map((s, i) => ({ id: `${s.label}:${s.key}`, label: stepName(s), part: partOf(s, i, steps.length, !!focal) }));
  const edges: DiagramEdge[] = steps.slice(0, -1).map((s, i) => ({
    source: `${s.label}:${s.key}`,
    target: `${steps[i + 1]!.label}:${steps[i + 1]!.key}`,
    label: linkLabel(i, true),
  }));
  const textSteps = steps.map((s) => stepName(s)).join(' → ');

  return (
    <section id="introducer-path" className="introducer-path" aria-labelledby="introducer-path-title" data-testid="introducer-path">
      <h2 id="introducer-path-title">{t('brokering.path.title', { name: candidateName })}</h2>
      {!path || steps.length === 0 ? (
        <p className="muted">{t('brokering.path.none')}</p>
      ) : (
        <>
          <PathDiagram nodes={nodes} edges={edges} label={t('brokering.path.diagram', { steps: textSteps })} />
          <ol className="path-steps introducer-steps" data-testid="introducer-steps">
            {steps.map((s, i) => (
              <li key={`${s.key}-${i}`}>
                {i > 0 && (
                  <span className="path-link">{links[i - 1]?.via === 'body' ? linkLabel(i - 1) : t('brokering.path.via', { link: linkLabel(i - 1) })}</span>
                )}
                <span className="path-step">
                  <span className={`path-kind path-part-${nodes[i]!.part}`}>{t(`brokering.part.${nodes[i]!.part}`)}</span> {stepName(s)}
                </span>
              </li>
            ))}
          </ol>
          <p className="small muted">{t('brokering.path.cost', { cost: path.cost })}</p>
        </>
      )}
    </section>
  );
}
