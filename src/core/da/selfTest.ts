import { shown } from './format';

// ---- "Selvtest": what the add-in tried in the user's own Excel, and what it does where a probe failed ----
export const selfTest = {
  heading: 'Selvtest',
  intro:
    'Selvtesten prøver i din Excel det, som tilføjelsen bruger, men som ingen af Microsofts sider lover. Den bruger et midlertidigt ark, som slettes igen; Excel kan ikke fortryde en sletning, så listen over handlinger, du kan fortryde (Ctrl+Z), ryddes.',
  run: 'Kør selvtest',
  running: 'Kører selvtesten …',
  onlyExcel: 'Selvtesten er for Excel: den prøver Excels egen opførsel. Arbejdsbordet bruger ikke Excel, så her er intet at prøve.',
  allOk: 'Alt virkede, som tilføjelsen forventer, i denne Excel.',
  someFailed: (n: number) =>
    n === 1 ? '1 ting virkede ikke som forventet; tilføjelsen tager den sikre vej, som står nedenfor.' : `${n} ting virkede ikke som forventet; tilføjelsen tager den sikre vej, som står nedenfor.`,
  probes: {
    textStaysText: {
      title: 'Tekst, der begynder med =, +, - eller @',
      ok: 'bliver stående som tekst i celler med formatet Tekst (@), så tilføjelsen aldrig skriver en formel.',
      failed: 'blev ikke stående som tekst i celler med formatet Tekst (@). Tilføjelsen skriver derfor ikke sådan tekst, men stopper og siger, hvilken celle det gælder.',
    },
    xmlRoundTrip: {
      title: 'Tællere og aftale gemt i projektmappen',
      ok: 'en del på 1 MB kom tilbage fra projektmappen præcis, som den blev gemt.',
      failed: 'en del på 1 MB kom ikke tilbage præcis, som den blev gemt. Tilføjelsen gemmer derfor i dele på 100 KB; kom de heller ikke tilbage uændret, gemmer den intet og siger det.',
    },
    chartSeries: {
      title: 'Diagrammerne i sammenligningen',
      ok: 'Excel læser en kolonne af årstal som kategorier, én serie pr. aftale.',
      failed: 'Excel læste årstallene som endnu en dataserie. Tilføjelsen sætter selv hver serie og dens kategorier, så diagrammerne er rigtige alligevel.',
    },
    conditionalFormats: {
      title: 'Markering af rækker (betinget formatering)',
      ok: 'Excel viser et områdes egne regler og ikke andres.',
      failed: 'Excel viste også regler uden for området. Tilføjelsen sletter kun sine egne regler inden for området, så dine egne bliver stående.',
    },
  },
  formulaTextRefused: (sheet: string, cell: string, text: string) =>
    `Arket "${sheet}", celle ${cell}: "${shown(text)}" ville blive en formel eller et tal i denne Excel (selvtesten viste, at formatet Tekst ikke holder den som tekst). Intet er skrevet. Ret teksten, så den ikke begynder med =, +, - eller @, og prøv igen.`,
  storageRefused:
    'Selvtesten viste, at denne Excel ikke giver tilføjelsens gemte data tilbage uændret. Derfor gemmes intet i projektmappen, og intet er skrevet. Brug Excel i browseren eller på en anden computer.',
};
