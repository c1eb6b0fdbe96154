/** Brokering suggestions: `suggestions(organisationKey, need, limit, asOf)` with signals, introducer path and sentences. */
import { isoDate } from '../domain/dates.ts';
import type { PathStep, Signal, Suggestion } from '../brokering/types.ts';
import { suggestions } from '../services/suggestions.ts';
import { builder } from './builder.ts';
import { BilingualTextRef } from './gaps.ts';
import { OrganisationRef } from './organisation.ts';

const NeedInput = builder.inputType('NeedInput', {
  description: 'What a coordinator is looking for when there is no focal organisation (or to narrow one)',
  fields: (t) => ({
    themeKey: t.string({ required: false }),
    areaKey: t.string({ required: false }),
    sectorKey: t.string({ required: false }),
  }),
});

const SuggestionSignalRef = builder.objectRef<Signal>('SuggestionSignal').implement({
  description: 'One piece of evidence for a suggestion: its value (0-1), its weight in the score, and what it rests on',
  fields: (t) => ({
    name: t.exposeString('name'),
    value: t.exposeFloat('value'),
    weight: t.exposeFloat('weight'),
    detail: t.exposeString('detail'),
  }),
});

const IntroducerStepRef = builder.objectRef<PathStep>('IntroducerStep').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    label: t.exposeString('label', { description: 'Organisation, Body or Person' }),
  }),
});

const IntroducerPathRef = builder.objectRef<NonNullable<Suggestion['introducerPath']>>('IntroducerPath').implement({
  description: 'The chain of existing ties (or a shared body) from the focal organisation to the candidate; the middle steps are the introducers',
  fields: (t) => ({
    steps: t.field({ type: [IntroducerStepRef], resolve: (p) => p.steps }),
    introducers: t.field({
      type: [IntroducerStepRef],
      description: 'Who can make the introduction',
      resolve: (p) => (p.steps.length > 2 ? p.steps.slice(1, -1) : p.steps.slice(0, 1)),
    }),
    cost: t.exposeFloat('cost', { description: 'Sum of 5 - trust over the ties (lower is a more trusted chain)' }),
  }),
});

const SuggestionRef = builder.objectRef<Suggestion>('Suggestion').implement({
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (s) => s.organisationId }),
    organisationKey: t.exposeString('organisationId'),
    score: t.exposeFloat('score'),
    signals: t.field({ type: [SuggestionSignalRef], resolve: (s) => s.signals }),
    introducerPath: t.field({ type: IntroducerPathRef, nullable: true, resolve: (s) => s.introducerPath }),
    explanation: t.field({ type: BilingualTextRef, resolve: (s) => s.explanation }),
  }),
});

builder.queryField('suggestions', (t) =>
  t.field({
    type: [SuggestionRef],
    description: 'Ranked partners to broker for an organisation (never an existing partner), or organisations that fit a need',
    args: {
      organisationKey: t.arg.string({ required: false }),
      need: t.arg({ type: NeedInput, required: false }),
      limit: t.arg.int({ required: false, defaultValue: 10 }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) =>
      suggestions(ctx.db, {
        organisationKey: args.organisationKey ?? null,
        need: args.need ? { themeId: args.need.themeKey ?? null, areaId: args.need.areaKey ?? null, sectorId: args.need.sectorKey ?? null } : null,
        limit: args.limit ?? 10,
        asOf: isoDate(args.asOf),
      }),
  }),
);
