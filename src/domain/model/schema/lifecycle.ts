import { z } from 'zod';
import type { PartialDate } from '../../dates/index.ts';
import { dateField, idSchema } from './common.ts';

/**
 * Whether a document is in force: the same three keys on an SOP and a Standar Pelayanan.
 * `status` defaults to `berlaku`; a draft is checked but never published; a superseded or revoked
 * document stays readable at its URL with a banner and leaves the default catalogue and search.
 */

export const STATUS_VALUES = ['berlaku', 'draf', 'digantikan', 'dicabut'] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

export type DocumentStatus = 'in-force' | 'draft' | 'superseded' | 'revoked';

const STATUS_OF: Record<StatusValue, DocumentStatus> = {
  berlaku: 'in-force',
  draf: 'draft',
  digantikan: 'superseded',
  dicabut: 'revoked',
};

/** The frontmatter word of each status, for messages and open data. */
export const STATUS_WORD: Record<DocumentStatus, StatusValue> = {
  'in-force': 'berlaku',
  draft: 'draf',
  superseded: 'digantikan',
  revoked: 'dicabut',
};

export interface Lifecycle {
  status: DocumentStatus;
  /** Id (file name) of the document of the same kind that replaces this one. */
  supersededBy?: string;
  /** The date it stopped being in force, as the revoking decree prints it. */
  withdrawnOn?: PartialDate;
}

/** Spread into a document's strictObject: new top-level keys only. */
export const lifecycleFields = {
  /** berlaku (default) | draf (not published) | digantikan (needs digantikan_oleh) | dicabut. */
  status: z
    .enum(STATUS_VALUES, { error: `status harus salah satu dari: ${STATUS_VALUES.join(', ')}` })
    .default('berlaku'),
  /** Id of the document (same kind) that replaces this one; only with status: digantikan. */
  digantikan_oleh: idSchema.optional(),
  /** The date the document stopped being in force, as printed; only with status digantikan or dicabut. */
  tanggal_dicabut: dateField,
};

interface LifecycleInput {
  status: StatusValue;
  digantikan_oleh?: string;
  tanggal_dicabut?: PartialDate;
}

/** Keys that contradict the status are errors: a document is never shown as in force by mistake. */
export function checkLifecycle(fm: LifecycleInput, ctx: z.RefinementCtx): void {
  if (fm.digantikan_oleh !== undefined && fm.status !== 'digantikan')
    ctx.addIssue({
      code: 'custom', path: ['digantikan_oleh'],
      message: `digantikan_oleh hanya untuk dokumen yang digantikan; tulis "status: digantikan" (kini: ${fm.status})`,
    });
  if (fm.tanggal_dicabut !== undefined && (fm.status === 'berlaku' || fm.status === 'draf'))
    ctx.addIssue({
      code: 'custom', path: ['tanggal_dicabut'],
      message: `tanggal_dicabut hanya untuk dokumen yang dicabut atau digantikan; tulis "status: dicabut" atau "status: digantikan" (kini: ${fm.status})`,
    });
}

export function lifecycleOf(fm: LifecycleInput): Lifecycle {
  return {
    status: STATUS_OF[fm.status],
    ...(fm.digantikan_oleh === undefined ? {} : { supersededBy: fm.digantikan_oleh }),
    ...(fm.tanggal_dicabut === undefined ? {} : { withdrawnOn: fm.tanggal_dicabut }),
  };
}

export const isInForce = (doc: { data: { lifecycle: Lifecycle } }) => doc.data.lifecycle.status === 'in-force';
