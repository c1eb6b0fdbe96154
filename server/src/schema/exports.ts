/** `exportNetwork`: one file of a filtered network as of a date, for the web's download buttons. */
import { canSeePerson } from '../auth/enforce.ts';
import { isoDate } from '../domain/dates.ts';
import { exportNetwork, type ExportFile } from '../exports/index.ts';
import { builder } from './builder.ts';
import { NetworkFilterInput } from './network.ts';

const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: 'GEXF 1.3 (Gephi), GraphML, JSON, or one of the CSV files (nodes, edges, people) that re-import',
  values: ['GEXF', 'GRAPHML', 'JSON', 'CSV_NODES', 'CSV_EDGES', 'CSV_PEOPLE'] as const,
});

const ExportFileRef = builder.objectRef<ExportFile>('ExportFile').implement({
  fields: (t) => ({
    filename: t.exposeString('filename'),
    mimeType: t.exposeString('mimeType'),
    content: t.exposeString('content', { description: 'The file text (UTF-8)' }),
  }),
});

const CSV_FILE = { CSV_NODES: 'nodes.csv', CSV_EDGES: 'edges.csv', CSV_PEOPLE: 'people.csv' } as const;

builder.queryField('exportNetwork', (t) =>
  t.field({
    type: ExportFileRef,
    description: 'A filtered network as of a date (default today) as a file; anonymise replaces people by their roles. People whose personal data the caller may not see are always exported anonymised.',
    args: {
      filter: t.arg({ type: NetworkFilterInput, required: false }),
      asOf: t.arg({ type: 'Date', required: false }),
      format: t.arg({ type: ExportFormatEnum, required: true }),
      anonymise: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const format = args.format.startsWith('CSV_') ? 'csv' : (args.format.toLowerCase() as 'gexf' | 'graphml' | 'json');
      const files = await exportNetwork(ctx.db, format, { filter: args.filter ?? {}, asOf: isoDate(args.asOf), anonymise: args.anonymise ?? false,
        // names and e-mails only for those the personal-data guard lets see them (auth/enforce.ts)
        canSeePerson: (id) => canSeePerson(ctx, id) });
      const wanted = args.format.startsWith('CSV_') ? CSV_FILE[args.format as keyof typeof CSV_FILE] : files[0]!.filename;
      return files.find((f) => f.filename === wanted)!;
    },
  }),
);
