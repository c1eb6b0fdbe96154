/** The audit log: every recorded write, newest first (admins see all; others their own writes). */
import { operation } from './client.ts';

export interface AuditChange {
  key: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityKey: string;
  reason: string | null;
  before: string | null;
  after: string | null;
}

export const AUDIT_LOG_QUERY = operation<
  { auditLog: { changes: AuditChange[]; endCursor: string | null; hasNextPage: boolean } },
  { entityType: string | null; after: string | null; first: number }
>(
  'AuditLog',
  `query AuditLog($entityType: String, $after: String, $first: Int) {
    auditLog(filter: { entityType: $entityType }, after: $after, first: $first) {
      changes { key at actor action entityType entityKey reason before after }
      endCursor hasNextPage
    }
  }`,
);
