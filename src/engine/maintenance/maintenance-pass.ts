import type { EvaluationContext } from '../../evaluate/index.ts';
import type { ChangeCause, StoreSession } from '../../store/index.ts';
import { MembershipSnapshot } from './membership-snapshot.ts';
import { PassRecords } from './pass-records.ts';
import { PendingMembership } from './pending-membership.ts';

/**
 * What one maintenance pass (a write's, a tick's, a manual change's) carries from segment to segment:
 * the re-checked contacts' memberships and overrides, the records read to decide segments in memory,
 * and the membership changes decided but not yet written.
 */
export class MaintenancePass {
  readonly cause: ChangeCause;
  readonly now: Date;
  readonly snapshot: MembershipSnapshot;
  readonly records: PassRecords;
  readonly pending: PendingMembership;

  #context: EvaluationContext | undefined;

  constructor(cause: ChangeCause, now: Date, records = new PassRecords()) {
    this.cause = cause;
    this.now = now;
    this.records = records;
    this.snapshot = new MembershipSnapshot(records.created('contact'));
    this.pending = new PendingMembership(cause, now);
  }

  /** What the in-memory evaluator reads in this pass: its records, its clock, its snapshot's memberships. */
  context(tx: StoreSession): EvaluationContext {
    this.#context ??= {
      schema: tx.schema(),
      records: this.records,
      now: this.now,
      isMember: (segmentId, contactId) => this.snapshot.isMember(segmentId, contactId),
    };
    return this.#context;
  }
}
