/** Dates: ISO text read and checked, a git timestamp's day, dates as printed, dates as the pages say them. */
export * from './dates.ts';
