/** The public entry of core/diff: what the rest of the product may use of it. */
export { diffAgreements } from './agreementDiff';
export type { AgreementDiff } from './agreementDiff';
