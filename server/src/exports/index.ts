/** Export of any filtered network as of a date: collect once, render in the asked format. */
import type { Database } from '../db/database.ts';
import { collectExport, type ExportOptions } from './collect.ts';
import { renderExport, type ExportFile, type ExportFormat } from './formats.ts';

export { EXPORT_FORMATS, type ExportFile, type ExportFormat } from './formats.ts';
export { resolveArea, resolveSector, type ExportData } from './collect.ts';

export async function exportNetwork(db: Database, format: ExportFormat, options: ExportOptions = {}): Promise<ExportFile[]> {
  return renderExport(await collectExport(db, options), format);
}
