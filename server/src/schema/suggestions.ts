/** Brokering suggestions: `suggestions(organisationKey, need, limit, asOf)` with signals, introducer path and sentences. */
import { isoDate } from '../domain/dates.ts';
import type { PathLink, PathStep, Signal, Suggestion } from '../brokering/types.ts';
import type { TieKind } from '../domain/model.ts';
import { suggestions } from '../services/suggestions.ts';
import { builder } from './builder.ts';
import { BilingualTextRef } from './gaps.ts';
import { OrganisationRef } from './organisation.ts';
import { TieKindEnum } from './tie.ts';

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
    nameCy: t.string({ nullable: true, description: 'Welsh name, where it has one', resolve: (s) => s.nameCy ?? null }),
    label: t.exposeString('label', { description: 'Organisation, Body or Person' }),
  }),
});

const PathLinkViaEnum = builder.enumType('PathLinkVia', {
  values: { tie: { description: 'an existing tie between the two organisations' }, body: { description: 'both sit on the same body' } } as const,
});

const IntroducerLinkRef = builder.objectRef<PathLink>('IntroducerLink').implement({
  description: 'What joins two consecutive steps of an introducer path',
  fields: (t) => ({
    via: t.field({ type: PathLinkViaEnum, resolve: (l) => l.via }),
    tieKey: t.string({ nullable: true, description: 'The tie the path goes through (the most trusted one between the two)', resolve: (l) => l.tieKey }),
    kind: t.field({ type: TieKindEnum, nullable: true, resolve: (l) => (l.kind as TieKind | null) ?? null }),
    trust: t.int({ nullable: true, description: 'PARTNER-style 1-4; null when not rated', resolve: (l) => l.trust }),
  }),
});

const IntroducerPathRef = builder.objectRef<NonNullable<Suggestion['introducerPath']>>('IntroducerPath').implement({
  description: 'The chain of existing ties (or a shared body) from the focal organisation to the candidate; the middle steps are the introducers',
  fields: (t) => ({
    steps: t.field({ type: [IntroducerStepRef], resolve: (p) => p.steps }),
    links: t.field({ type: [IntroducerLinkRef], description: 'links[i] joins steps[i] and steps[i + 1]', resolve: (p) => p.links }),
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
