import { kr } from './format';

// ---- The value grammar: one cell of an agreement sheet (or the pane's editor) on one fact ----
const valueShown = (v: string | number) => (typeof v === 'number' ? kr(v) : v);

export const grammar = {
  /** The sentence for a cell the grammar cannot read; `header` is the fact's column name. */
  problem: (p: import('../agreement/grammar/grammarProblem').GrammarProblem, header: string): string => {
    switch (p.code) {
      case 'badNumber':
        return `"${p.text}" er ikke et tal eller en betingelse på tal. Skriv fx 4.000, under 4.000, højst 4.000, mindst 4.000, 4.000–6.000 eller 1; 2.`;
      case 'badDate':
        return `"${p.text}" er ikke en dato eller en betingelse på datoer. Skriv fx 01.03.2024, fra 01.03.2024 eller 01.01.2024–31.12.2024.`;
      case 'notWhole':
        return `"${p.text}" er et decimaltal (et komma uden mellemrum efter er et decimalkomma), men ${header} er et helt tal${p.suggestion ? ` – mente du "${p.suggestion}"?` : '.'}`;
      case 'unknownLabel':
        return `"${p.text}" er ikke en kendt værdi i ${header}${p.suggestion ? ` – mente du "${p.suggestion}"?` : ''} (mulige: ${p.allowed.join(', ')}; flere adskilles med semikolon).`;
      case 'comparisonOnText':
        return `${header} er ikke et tal, så "${p.text}" kan ikke sammenligne med under/over; skriv værdierne som en liste, fx 103; 106.`;
      case 'rangeOnText':
        return `${header} er tekst, så "${p.text}" kan ikke være et interval; skriv værdierne som en liste, fx 103; 104; 105.`;
      case 'rangeReversed':
        return `I "${p.text}" er ${valueShown(p.min)} større end ${valueShown(p.max)}; skriv den mindste først (${valueShown(p.max)}–${valueShown(p.min)}).`;
      case 'dateInCell':
        return `Excel har gemt "${p.text}" som en dato. Formatér cellen som tekst, og skriv betingelsen igen.`;
      case 'emptyNegation':
        return `"${p.text}" siger ikke, hvad der ikke må gælde; skriv fx ikke Intern.`;
      case 'unknownFact':
        return `"${p.text}" er ikke en kolonne, en aftale kan stille betingelser til.`;
    }
  },
};
