/** The public entry of core/check: what the rest of the product may use of it. */
export { checkLettings } from './checkLettings';
export type { CheckResult } from './checkLettings';
export { checkTables } from './report';
