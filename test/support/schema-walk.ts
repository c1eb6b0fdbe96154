/**
 * Walks the GraphQL schema to build, for every Query and Mutation field, a request whose
 * arguments are minimal valid values, with one String argument (at any depth in input objects)
 * replaced by a chosen value. Used by the injection test and the fuzz proof script.
 */
/** The parts of graphql-js types this walker uses (structural: `graphql` is not a test dependency). */
export type GraphQLInputType = any;
export interface GraphQLArgument { name: string; type: any }
export interface GraphQLField<_S = unknown, _C = unknown> { name: string; type: any; args: readonly GraphQLArgument[] }
export interface GraphQLSchema { getQueryType(): any; getMutationType(): any }

// Duck-typed checks (graphql-js types name themselves via Symbol.toStringTag), so this file works
// from scripts run by tsx, where `graphql` is not resolvable from test/ and a second copy would be
// another realm.
const tag = (t: unknown) => (t as { [Symbol.toStringTag]?: string } | null)?.[Symbol.toStringTag];
export const isNonNullType = (t: unknown): t is { ofType: any } => tag(t) === 'GraphQLNonNull';
export const isListType = (t: unknown): t is { ofType: any } => tag(t) === 'GraphQLList';
export const isEnumType = (t: unknown): t is { getValues(): { value: unknown }[] } => tag(t) === 'GraphQLEnumType';
export const isScalarType = (t: unknown): t is { name: string } => tag(t) === 'GraphQLScalarType';
export const isInputObjectType = (t: unknown): t is { getFields(): Record<string, { name: string; type: any }> } => tag(t) === 'GraphQLInputObjectType';
export const isObjectType = (t: unknown) => tag(t) === 'GraphQLObjectType';
const isInterfaceType = (t: unknown) => tag(t) === 'GraphQLInterfaceType';
export const isUnionType = (t: unknown) => tag(t) === 'GraphQLUnionType';
export function getNamedType(t: any): any {
  while (t && (isNonNullType(t) || isListType(t))) t = t.ofType;
  return t;
}

export interface StringSlot {
  operation: 'query' | 'mutation';
  field: string;
  /** path to the String: argument name, then input field names (lists take one item) */
  path: string[];
}

/** A plain-value stand-in for each scalar, valid for its parser. */
export function sampleScalar(name: string): unknown {
  switch (name) {
    case 'Int': return 1;
    case 'Float': return 1.5;
    case 'Boolean': return true;
    case 'ID': return 'id-1';
    case 'Date': return '2024-01-01';
    case 'DateTime': return '2024-01-01T00:00:00Z';
    default: return 'x';
  }
}

/** A minimal valid value: required input fields only (or all, with `full`). */
export function sampleValue(type: GraphQLInputType, full = false, depth = 0): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, full, depth);
  if (isListType(type)) return [sampleValue(type.ofType, full, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type)) return sampleScalar(type.name);
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || full) out[f.name] = sampleValue(f.type, full, depth + 1);
    }
    return out;
  }
  return null;
}

/** Every path to a String (or ID) inside a type, as input field names. */
function stringPaths(type: GraphQLInputType, prefix: string[], depth = 0): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? [prefix] : [];
  if (isInputObjectType(named) && depth < 4) {
    return Object.values(named.getFields()).flatMap((f) => stringPaths(f.type, [...prefix, f.name], depth + 1));
  }
  return [];
}

export function stringSlots(schema: GraphQLSchema): StringSlot[] {
  const slots: StringSlot[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField[]) {
      for (const arg of field.args) for (const path of stringPaths(arg.type, [arg.name])) slots.push({ operation, field: field.name, path });
    }
  }
  return slots;
}

/** Sets `value` at `path` inside args built for `field`, following lists into their first item. */
export function argsWith(field: GraphQLField<unknown, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type) || arg.name === path[0]) args[arg.name] = sampleValue(arg.type);
  let container: any = args;
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (i === path.length - 1) {
      const inner = isNonNullType(type) ? type.ofType : type;
      container[key] = isListType(inner) ? [value] : value;
      break;
    }
    // descend into an input object (taking the first list item)
    let next = container[key];
    let named: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    if (isListType(named)) {
      if (!Array.isArray(next) || !next.length) next = container[key] = [sampleValue(named.ofType)];
      container = next[0];
      named = isNonNullType(named.ofType) ? named.ofType.ofType : named.ofType;
    } else {
      if (next === undefined || next === null) next = container[key] = sampleValue(named);
      container = next;
    }
    const fields = isInputObjectType(named) ? named.getFields() : {};
    type = fields[path[i + 1]!]!.type;
    if (container[path[i + 1]!] === undefined && i + 1 < path.length - 1) container[path[i + 1]!] = sampleValue(type);
  }
  return args;
}

function selection(type: any): string {
  const named = getNamedType(type);
  if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) return ' { __typename }';
  return '';
}

/** A document calling `field` with its arguments passed as variables (so any value is legal syntax). */
export function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): string {
  const used = field.args.filter((a: GraphQLArgument) => a.name in args);
  const vars = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field.type)} }`;
}

export function fieldOf(schema: GraphQLSchema, operation: 'query' | 'mutation', name: string): GraphQLField<unknown, unknown> {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return root.getFields()[name]! as GraphQLField<unknown, unknown>;
}
