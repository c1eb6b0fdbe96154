/** The evaluator report in the API: printable HTML for an area or body between two dates (PDF: the CLI). */
import { isoDate } from '../domain/dates.ts';
import { REPORT_LANGUAGES } from '../reports/strings.ts';
import { evaluatorReport, type ReportFile } from '../services/reports.ts';
import { builder } from './builder.ts';

const ReportLanguageEnum = builder.enumType('ReportLanguage', { values: REPORT_LANGUAGES });

const ReportFileRef = builder.objectRef<ReportFile>('ReportFile').implement({
  description: 'A generated report: one self-contained HTML page (A4 print CSS, inline SVG picture)',
  fields: (t) => ({
    filename: t.exposeString('filename'),
    mediaType: t.string({ resolve: () => 'text/html; charset=utf-8' }),
    html: t.exposeString('html'),
  }),
});

const ReportFilterInput = builder.inputType('ReportFilter', {
  fields: (t) => ({
    areaId: t.string({ required: false, description: 'An area (with its sub-areas)...' }),
    bodyId: t.string({ required: false, description: '...or a partnership body: its members' }),
  }),
});

builder.queryField('evaluatorReport', (t) =>
  t.field({
    type: ReportFileRef,
    description: 'The evaluator report for an area or body between two dates: network picture, key metrics and their change, cross-sector links, representation, gaps, introductions, each with its definition',
    args: {
      filter: t.arg({ type: ReportFilterInput, required: true }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      language: t.arg({ type: ReportLanguageEnum, required: false, defaultValue: 'en' }),
    },
    resolve: (_root, args, ctx) =>
      evaluatorReport(ctx.db, { areaId: args.filter.areaId ?? null, bodyId: args.filter.bodyId ?? null }, isoDate(args.from)!, isoDate(args.to)!, args.language ?? 'en'),
  }),
);
