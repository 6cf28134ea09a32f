import { z } from 'zod';
import { DEFAULT_PLAIN_DAY, type PlainDayRule } from '../../time/index.ts';

/**
 * The document-level key that states how plain "hari" is counted, for SOPs and Standar Pelayanan
 * alike: `hitungan_hari: hari kalender` where the source means calendar days. Absent: working days.
 */
export const DAY_RULE_VALUES = ['hari kerja', 'hari kalender'] as const;

export const dayRuleFields = {
  hitungan_hari: z.enum(DAY_RULE_VALUES, { error: `hitungan_hari harus salah satu dari: ${DAY_RULE_VALUES.join(', ')}` }).optional(),
};

export function plainDayOf(fm: { hitungan_hari?: (typeof DAY_RULE_VALUES)[number] | undefined }): PlainDayRule {
  return fm.hitungan_hari === undefined ? DEFAULT_PLAIN_DAY : fm.hitungan_hari === 'hari kalender' ? 'hari-kalender' : 'hari-kerja';
}
