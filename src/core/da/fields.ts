import { kr } from './format';

// ---- Number fields in the task pane ----
export const fields = {
  notANumber: (text: string, whole: boolean) =>
    whole
      ? `"${text}" er ikke et helt tal. Skriv fx 150, eller lad feltet stå tomt for standardværdien.`
      : `"${text}" er ikke et tal. Skriv fx 4.500 eller 4500, eller lad feltet stå tomt for standardværdien.`,
  negative: 'Tallet må ikke være negativt.',
  notWhole: 'Skriv et helt tal (uden decimaler).',
  defaultValue: (value: number) => `Tomt felt: standardværdien ${kr(value)} bruges.`,
};
