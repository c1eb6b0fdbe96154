/** Seats on bodies, who held them over time, vacancies and report-backs. */
import { isoDate, todayIso } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { SEAT_TYPES } from '../domain/model.ts';
import {
  createSeat,
  endSeat,
  fillSeat,
  holdingOn,
  listSeats,
  logReportBack,
  reportBacksOfSeats,
  seatExistsOn,
  seatsByKeys,
  updateSeat,
  vacantOn,
  vacateSeat,
  type ReportBackRecord,
  type SeatHoldingRecord,
  type SeatRecord,
} from '../services/seats.ts';
import { BodyRef } from './body.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { OrganisationRef } from './organisation.ts';
import { keyedConnection } from './paging.ts';
import { PersonRef } from './person.ts';

export const SeatTypeEnum = builder.enumType('SeatType', { values: SEAT_TYPES });

const SeatHoldingRef = builder.objectRef<SeatHoldingRecord>('SeatHolding').implement({
  description: 'One period in which a person held a seat',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (h) => h.personId }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
  }),
});

const ReportBackRef = builder.objectRef<ReportBackRecord>('ReportBack').implement({
  description: 'A representative reporting back to the sector from a seat',
  fields: (t) => ({
    key: t.exposeString('id'),
    date: t.expose('date', { type: 'Date' }),
    summary: t.exposeString('summary'),
    by: t.field({ type: PersonRef, nullable: true, resolve: (r) => r.personId ?? null }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', nullable: true }),
  }),
});


export const SeatRef = builder.loadableNode('Seat', {
  description: 'A seat on a body, held by a person on behalf of an organisation; vacant when nobody holds it',
  id: { resolve: (s: SeatRecord) => s.id },
  load: async (keys: string[], ctx) => (await seatsByKeys(ctx.db, keys)).map((s, i) => s ?? new NotFoundError('Seat', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id'),
    body: t.field({ type: BodyRef, resolve: (s) => s.bodyId }),
    seatType: t.field({ type: SeatTypeEnum, resolve: (s) => s.seatType as (typeof SEAT_TYPES)[number] }),
    onBehalfOf: t.field({ type: OrganisationRef, nullable: true, resolve: (s) => s.onBehalfOfId }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
    holder: t.field({
      type: PersonRef,
      nullable: true,
      description: 'Who held it on asOf (default today); null when vacant',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: (s, args) => holdingOn(s, isoDate(args.asOf) ?? todayIso())?.personId ?? null,
    }),
    holderSince: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the holder on asOf (default today) started',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: (s, args) => holdingOn(s, isoDate(args.asOf) ?? todayIso())?.since ?? null,
    }),
    vacant: t.boolean({
      description: 'The seat existed on asOf (default today) and nobody held it',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: (s, args) => vacantOn(s, isoDate(args.asOf) ?? todayIso()),
    }),
    holdings: t.field({ type: [SeatHoldingRef], description: 'Every holding period, earliest first', resolve: (s) => s.holdings }),
    reportBacks: t.loadableList({
      type: ReportBackRef,
      description: 'Report-backs from this seat, newest first',
      load: (keys: string[], ctx) => reportBacksOfSeats(ctx.db, keys),
      resolve: (s) => s.id,
    }),
    lastReportBack: t.loadable({
      type: ReportBackRef,
      nullable: true,
      description: 'The most recent report-back, if any',
      load: async (keys: string[], ctx) => (await reportBacksOfSeats(ctx.db, keys)).map((list) => list[0] ?? null),
      resolve: (s) => s.id,
    }),
  }),
});
addHistoryField(SeatRef);

builder.objectField(BodyRef, 'seats', (t) =>
  t.field({
    type: [SeatRef],
    description: 'Seats on the body that existed on asOf (default today)',
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (b, args, ctx) => {
      const date = isoDate(args.asOf) ?? todayIso();
      const loaded = await SeatRef.getDataloader(ctx).loadMany(b.seatIds);
      return loaded.filter((s): s is SeatRecord => !(s instanceof Error) && seatExistsOn(s, date)).sort((x, y) => x.id.localeCompare(y.id));
    },
  }),
);

const SeatFilterInput = builder.inputType('SeatFilter', {
  fields: (t) => ({
    bodyKey: t.string({ required: false }),
    seatTypes: t.field({ type: [SeatTypeEnum], required: false }),
    onBehalfOfKey: t.string({ required: false }),
    holderKey: t.string({ required: false, description: 'Seats this person held on asOf' }),
    areaKey: t.string({ required: false, description: 'On a body covering this area or one of its sub-areas' }),
    vacant: t.boolean({ required: false, description: 'Only vacant (true) or only filled (false) seats on asOf' }),
  }),
});

const SeatInput = builder.inputType('SeatInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Stable key; generated when absent on create' }),
    bodyKey: t.string({ required: true }),
    seatType: t.field({ type: SeatTypeEnum, required: true }),
    onBehalfOfKey: t.string({ required: false }),
    since: t.field({ type: 'Date', required: false }),
    until: t.field({ type: 'Date', required: false }),
  }),
});

function toServiceInput(input: typeof SeatInput.$inferInput) {
  return {
    id: input.key ?? null,
    bodyId: input.bodyKey,
    seatType: input.seatType,
    onBehalfOfId: input.onBehalfOfKey ?? null,
    since: isoDate(input.since),
    until: isoDate(input.until),
  };
}

builder.queryFields((t) => ({
  seat: t.field({
    type: SeatRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await seatsByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  seats: t.connection({
    type: SeatRef,
    description: 'Seats that existed on a date (default today), ordered by key',
    args: { filter: t.arg({ type: SeatFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listSeats(
            ctx.db,
            {
              bodyId: args.filter?.bodyKey ?? null,
              seatTypes: args.filter?.seatTypes ?? null,
              onBehalfOfId: args.filter?.onBehalfOfKey ?? null,
              holderId: args.filter?.holderKey ?? null,
              areaId: args.filter?.areaKey ?? null,
              vacant: args.filter?.vacant ?? null,
            },
            isoDate(args.asOf),
            page,
          ),
        async (keys) => (await SeatRef.getDataloader(ctx).loadMany(keys)).filter((x): x is SeatRecord => !(x instanceof Error)),
        (x) => x.id,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createSeat: t.field({
    type: SeatRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SeatInput, required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => createSeat(ctx.db, toServiceInput(args.input), ctx.actor, args.reason),
  }),
  updateSeat: t.field({
    type: SeatRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Changes seat type, dates or whom it is held for (not its body or holders)',
    args: { input: t.arg({ type: SeatInput, required: true }), version: t.arg.int({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => {
      const input = toServiceInput(args.input);
      return updateSeat(ctx.db, { ...input, id: input.id ?? '' }, args.version, ctx.actor, args.reason);
    },
  }),
  fillSeat: t.field({
    type: SeatRef,
    errors: { types: MUTATION_ERRORS },
    description: 'The person holds the seat from `since` (default today); any current holding ends that day, in the same transaction',
    args: {
      seatKey: t.arg.string({ required: true }),
      personKey: t.arg.string({ required: true }),
      since: t.arg({ type: 'Date', required: false }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => fillSeat(ctx.db, args.seatKey, args.personKey, isoDate(args.since), args.version, ctx.actor, args.reason),
  }),
  vacateSeat: t.field({
    type: SeatRef,
    errors: { types: MUTATION_ERRORS },
    description: 'The current holder stops on `until` (default today); the seat is vacant from then',
    args: {
      seatKey: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: false }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => vacateSeat(ctx.db, args.seatKey, isoDate(args.until), args.version, ctx.actor, args.reason),
  }),
  endSeat: t.field({
    type: SeatRef,
    errors: { types: MUTATION_ERRORS },
    description: 'The seat ends on `until`, and so does any holding still open',
    args: {
      key: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endSeat(ctx.db, args.key, isoDate(args.until)!, args.version, ctx.actor, args.reason),
  }),
  logReportBack: t.field({
    type: ReportBackRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Records a report-back from a seat; `personKey` defaults to whoever held the seat on `date`',
    args: {
      seatKey: t.arg.string({ required: true }),
      date: t.arg({ type: 'Date', required: true }),
      summary: t.arg.string({ required: true }),
      personKey: t.arg.string({ required: false }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      logReportBack(ctx.db, { seatId: args.seatKey, date: isoDate(args.date)!, summary: args.summary, personId: args.personKey ?? null }, ctx.actor, args.reason),
  }),
}));
