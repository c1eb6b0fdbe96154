/** The network the explorer draws: organisations and ties for a filter, as of a date. */
import {
  connectionPaths,
  loadEgoNetwork,
  loadSubnetwork,
  type ConnectionPath,
  type NetworkEdge,
  type NetworkNode,
  type PathLink,
  type PathStep,
  type Subnetwork,
} from '../services/network.ts';
import { isoDate } from '../domain/dates.ts';
import { builder } from './builder.ts';

const NetworkNodeRef = builder.objectRef<NetworkNode>('NetworkNode').implement({
  description: 'An organisation as a node of the network',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable organisation id' }),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy', { nullable: true, description: 'Welsh name, where it has one' }),
    kind: t.exposeString('kind'),
    sectorId: t.exposeString('sectorId', { nullable: true }),
    areaIds: t.exposeStringList('areaIds'),
    themeIds: t.exposeStringList('themeIds'),
    distance: t.exposeInt('distance', { nullable: true, description: 'Hops from the centre of an ego network' }),
  }),
});

export const NetworkEdgeRef = builder.objectRef<NetworkEdge>('NetworkEdge').implement({
  description: 'A tie between two organisations, active on the asOf date',
  fields: (t) => ({
    id: t.exposeString('id'),
    source: t.exposeString('source'),
    target: t.exposeString('target'),
    kind: t.exposeString('kind'),
    origin: t.exposeString('origin', { description: 'How the tie was recorded: survey, coordinator, import, minutes' }),
    trust: t.exposeInt('trust', { nullable: true }),
    value: t.exposeInt('value', { nullable: true }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
  }),
});

const SubnetworkRef = builder.objectRef<Subnetwork>('Network').implement({
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    nodes: t.field({ type: [NetworkNodeRef], resolve: (n) => n.nodes }),
    edges: t.field({ type: [NetworkEdgeRef], resolve: (n) => n.edges }),
  }),
});

export const NetworkFilterInput = builder.inputType('NetworkFilter', {
  fields: (t) => ({
    areaId: t.string({ required: false, description: 'Only organisations in this area or its sub-areas' }),
    sectorId: t.string({ required: false }),
    kind: t.string({ required: false }),
    themeId: t.string({ required: false }),
    bodyId: t.string({ required: false, description: 'Only members of, or seat holders on, this body' }),
  }),
});

builder.queryField('network', (t) =>
  t.field({
    type: SubnetworkRef,
    description: 'The organisations matching a filter and the ties among them, as of a date (default today)',
    args: {
      filter: t.arg({ type: NetworkFilterInput, required: false }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) => loadSubnetwork(ctx.db, { ...(args.filter ?? {}), asOf: isoDate(args.asOf) }),
  }),
);

builder.queryField('egoNetwork', (t) =>
  t.field({
    type: SubnetworkRef,
    description: 'An organisation, the organisations within `depth` ties of it (1-3), and the ties among them',
    args: {
      key: t.arg.string({ required: true }),
      depth: t.arg.int({ required: false, defaultValue: 1 }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) => loadEgoNetwork(ctx.db, args.key, args.depth ?? 1, isoDate(args.asOf)),
  }),
);

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One node on a connection path: an organisation, person, seat or body',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Organisation, Person, Seat or Body' }),
    key: t.exposeString('key'),
    name: t.exposeString('name', { nullable: true }),
    role: t.exposeString('role', { nullable: true, description: 'For a person: their job title' }),
  }),
});

const PathLinkRef = builder.objectRef<PathLink>('PathLink').implement({
  fields: (t) => ({
    type: t.exposeString('type', { description: 'TIE, WORKS_FOR, HOLDS, ON or MEMBER_OF' }),
    key: t.exposeString('key', { nullable: true }),
    kind: t.exposeString('kind', { nullable: true }),
    trust: t.exposeInt('trust', { nullable: true }),
  }),
});

const ConnectionPathRef = builder.objectRef<ConnectionPath>('ConnectionPath').implement({
  description: 'A shortest chain from one organisation to another; links[i] joins steps[i] and steps[i+1]',
  fields: (t) => ({
    steps: t.field({ type: [PathStepRef], resolve: (p) => p.steps }),
    links: t.field({ type: [PathLinkRef], resolve: (p) => p.links }),
    length: t.int({ resolve: (p) => p.links.length }),
  }),
});

builder.queryField('connectionPaths', (t) =>
  t.field({
    type: [ConnectionPathRef],
    description: 'How two organisations are connected as of a date: shortest paths through ties, people, seats and bodies',
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      limit: t.arg.int({ required: false, defaultValue: 5 }),
    },
    resolve: (_root, args, ctx) => connectionPaths(ctx.db, args.from, args.to, isoDate(args.asOf), Math.min(Math.max(args.limit ?? 5, 1), 20)),
  }),
);
