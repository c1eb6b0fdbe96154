/** The network the explorer draws: organisations and ties for a filter, as of a date. */
import { loadSubnetwork, type NetworkEdge, type NetworkNode, type Subnetwork } from '../services/network.ts';
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
  }),
});

const NetworkEdgeRef = builder.objectRef<NetworkEdge>('NetworkEdge').implement({
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
