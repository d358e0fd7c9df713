// ---- The task pane's "Simulér" tab ----
export const simulateTab = {
  intro:
    'Sammenlign aftalevarianter på en historik over ledige boliger (arket i projektmappen): hvor mange boliger kommunen får, hvor mange dens borgere kan betale, hvad tomgangslejen koster, og hvordan ventelisten bevæger sig.',
  chooseVariants: 'Aftaler der sammenlignes (mindst to)',
  params: {
    affordable: ['Betalbar husleje (kr. pr. måned)', 'Husleje inkl. forbrug minus huslejenedsættelse, som målgruppen kan betale. Standard 4.000 kr.'],
    reductionUnits: ['Huslejenedsættelser (antal boliger)', 'Fonden for Blandede Byer: 15.000 kr. om året til boliger med husleje 4.500–6.500 kr. Standard 0.'],
    answerDays: ['Svarfrist (arbejdsdage)', 'Dage kommunen betaler tomgangsleje for en bolig, den ikke kan bruge. Standard 7.'],
    queue: ['Borgere på ventelisten ved start', 'Standard 0.'],
    arrivals: ['Nye borgere pr. måned', 'Standard 0.'],
  } as const,
  run: 'Lav sammenligning',
  running: 'Beregner …',
  progress: (done: number, total: number) => `Beregner aftale ${Math.min(done + 1, total)} af ${total} …`,
  notWritten: 'Sammenligningen er ikke skrevet i et ark (annulleret).',
  needTwo: 'Vælg mindst to aftaler at sammenligne.',
  done: (sheet: string) => `Sammenligningen med diagrammer er lagt i arket "${sheet}".`,
  sheetName: 'Sammenligning',
  summaryTitle: 'Sammenligning',
  perYearTitle: 'Betalbare kommunale boliger pr. år',
  queueTitle: 'Borgere på ventelisten ved udgangen af hver måned',
  variantColumn: 'Aftale',
  yearColumn: 'År',
  monthColumn: 'Måned',
};
