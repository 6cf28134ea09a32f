/** The monitoring cycle of each SOP: last monitored and evaluated, overdue, told to revise and unchanged since. */
export * from './state.ts';
