/** Time: reading waktu texts (duration), adding them up (total), saying totals (format), an SOP's summary. */
export * from './duration.ts';
export * from './total.ts';
export * from './format.ts';
