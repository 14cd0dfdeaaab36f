/** Types of ./bench-report.mjs, for the unit test of the table it writes. */
export function withTable(page: string, table: string): string;
