/** An error whose message is already a Danish sentence for the user: shown as it is, with no details. */
export class DanishError extends Error {}
