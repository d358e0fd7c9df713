import { AGREEMENT_CASES } from './agreements';
import { COMMAND_LINE_CASES } from './commandLines';
import { SHEET_CASES } from './sheets';
import { SIDE_TABLE_CASES } from './sideTables';
import { STATE_CASES } from './states';
import { Case } from './types';

export type { Case, Expected, Family } from './types';

/** Every case of the catalogue, by family. */
export const CATALOGUE: readonly Case[] = [...SHEET_CASES, ...AGREEMENT_CASES, ...STATE_CASES, ...COMMAND_LINE_CASES, ...SIDE_TABLE_CASES];
