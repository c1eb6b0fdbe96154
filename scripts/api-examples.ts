/**
 * Runs every example in docs/api.md against a running server and checks each answers as
 * documented: a ```graphql block (with an optional `# variables: {...}` first line) followed by
 * the ```json response it must return, exactly.
 *
 *   pnpm api:examples [--url http://127.0.0.1:4000/graphql] [--sign-in EMAIL:PASSWORD] [--write]
 *
 * The mutation example needs a signed-in user: --sign-in signs in through /auth/sign-in as the
 * web app does (the demo admin is admin@demo.cyswllt.cymru:demo-admin-cyswllt), or set
 * CYSWLLT_TOKEN to an API token.
 *
 * --write replaces each documented response with what the server answered (review the diff).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { REPO_ROOT } from '../server/src/db/config.ts';

export const API_DOC = join(REPO_ROOT, 'docs', 'api.md');

export interface Example {
  title: string;
  query: string;
  variables: Record<string, unknown>;
  expected: unknown;
  /** character range of the json block body, for --write */
  jsonStart: number;
  jsonEnd: number;
}

export function parseExamples(markdown: string): Example[] {
  const pattern = /^### (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```\s*\n+```json\n([\s\S]*?)```/gm;
  const examples: Example[] = [];
  for (const match of markdown.matchAll(pattern)) {
    const [, title, body, json] = match as unknown as [string, string, string, string];
    const firstLine = body.split('\n')[0] ?? '';
    const variables = firstLine.startsWith('# variables:') ? (JSON.parse(firstLine.slice('# variables:'.length)) as Record<string, unknown>) : {};
    const jsonStart = match.index! + match[0].length - 3 - json.length;
    examples.push({ title, query: body, variables, expected: JSON.parse(json), jsonStart, jsonEnd: jsonStart + json.length });
  }
  return examples;
}

export interface ExampleOutcome {
  title: string;
  ok: boolean;
  actual: unknown;
}

/** Headers of a signed-in session (cookie + CSRF token), as the web app sends them. */
export async function signInHeaders(graphqlUrl: string, email: string, password: string): Promise<Record<string, string>> {
  const origin = new URL(graphqlUrl).origin;
  const res = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in as ${email} failed (${res.status})`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, 'x-cyswllt-csrf': csrfToken, origin };
}

export async function runExamples(
  url: string,
  markdown = readFileSync(API_DOC, 'utf8'),
  headers: Record<string, string> = {},
): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const example of parseExamples(markdown)) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const actual: unknown = await response.json();
    outcomes.push({ title: example.title, ok: isDeepStrictEqual(actual, example.expected), actual });
  }
  return outcomes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
      'sign-in': { type: 'string' },
      write: { type: 'boolean', default: false },
    },
  });
  let headers: Record<string, string> = {};
  if (values['sign-in']) {
    const split = values['sign-in'].indexOf(':');
    headers = await signInHeaders(values.url!, values['sign-in'].slice(0, split), values['sign-in'].slice(split + 1));
  } else if (process.env.CYSWLLT_TOKEN) {
    headers = { authorization: `Bearer ${process.env.CYSWLLT_TOKEN}` };
  }
  let markdown = readFileSync(API_DOC, 'utf8');
  const outcomes = await runExamples(values.url!, markdown, headers);
  const examples = parseExamples(markdown);
  if (values.write) {
    for (let i = examples.length - 1; i >= 0; i--) {
      const e = examples[i]!;
      markdown = markdown.slice(0, e.jsonStart) + JSON.stringify(outcomes[i]!.actual, null, 2) + '\n' + markdown.slice(e.jsonEnd);
    }
    writeFileSync(API_DOC, markdown);
  }
  for (const o of outcomes) console.log(`${o.ok ? 'ok  ' : 'FAIL'} ${o.title}${o.ok ? '' : `\n     got ${JSON.stringify(o.actual)}`}`);
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  if (failed && !values.write) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
