/**
 * The Danish texts of building, serving and sideloading (scripts/start.js, scripts/sideload.js,
 * webpack.config.js). Kept apart from src/core/da and free of imports: the scripts load the
 * compiled lib/scripts/da.js on its own.
 */

export const dev = {
  banner: (base: string, http: 'flag' | 'no-certificate' | null) =>
    [
      '',
      '─'.repeat(70),
      ` Anvisningsaftaler kører på ${base}`,
      '',
      ' Arbejdsbordet (opgaveruden i en almindelig browser, uden Excel):',
      `   ${base}workbench.html`,
      '',
      ' Tilføjelsesprogrammet i Excel – kør i en anden terminal, mens denne kører:',
      '   Excel på computeren (Windows/Mac):  npm run sideload:desktop',
      '   Excel på nettet:                    npm run sideload:web -- --document "<adresse på en projektmappe i OneDrive/SharePoint>"',
      '   Fjern det igen:                     npm run sideload:stop',
      ...(http === null
        ? []
        : [
            '',
            http === 'flag' ? ' Bemærk: serveren kører med http, fordi DEV_SERVER_HTTP=1.' : ' Bemærk: serveren kører med http, fordi der ikke kunne laves et udviklercertifikat.',
            ' Excel indlæser kun tilføjelsesprogrammer over https. Kør "npx office-addin-dev-certs install"',
            ' (kræver administrator/sudo) og start igen for at bruge Excel; arbejdsbordet virker allerede.',
          ]),
      '',
      ' Stop serveren med Ctrl+C.',
      '─'.repeat(70),
      '',
    ].join('\n'),
  portBusy: (port: number) => `Port ${port} er optaget. Kører udviklingsserveren allerede? Stop den (eller "npm run sideload:stop") og prøv igen.`,
  notReady: (host: string, port: number, minutes: number) => `Udviklingsserveren svarede ikke på ${host}:${port} inden for ${minutes} minutter.`,
  sideloadUsage: 'Brug: node scripts/sideload.js desktop | web --document "<adresse på projektmappe>" | stop',
  toolsMissing: (names: string[]) =>
    [
      `Microsofts værktøj til at indlæse tilføjelsen i Excel mangler: ${names.join(' og ')} er ikke installeret.`,
      'De er valgfrie afhængigheder, og "npm ci" springer dem over, når keytar (langt nede i dem) ikke kan bygges.',
      'Installér byggeværktøjerne og prøv igen – på Debian/Ubuntu:',
      '  sudo apt-get install -y libsecret-1-dev build-essential',
      '  npm ci',
      'Arbejdsbordet (npm start) og alle test virker uden dem. Du kan også uploade manifest.xml selv i Excel: Hjem > Tilføjelsesprogrammer > Flere indstillinger > Upload mit tilføjelsesprogram.',
    ].join('\n'),
  toolFailed: (why: string) => `Kunne ikke starte office-addin-debugging: ${why}`,
  desktopOnlyWindowsMac: 'Excel på computeren findes kun til Windows og Mac. Brug "npm run sideload:web -- --document <adresse>" eller arbejdsbordet.',
  webNeedsDocument:
    'Excel på nettet skal have en projektmappe at åbne: læg en .xlsx i OneDrive eller SharePoint, åbn den i browseren, ' +
    'kopiér adressen, og kør\n  npm run sideload:web -- --document "<adressen>"\n' +
    'Du kan også uploade manifest.xml selv: Hjem > Tilføjelsesprogrammer > Flere indstillinger > Upload mit tilføjelsesprogram.',
  unknownChoice: (what: string) => `Ukendt valg: ${what}`,
  publicUrlUnset: (fallback: string) => `Bemærk: ADDIN_PUBLIC_URL er ikke sat; dist/manifest.xml peger på ${fallback}. Sæt den til adressen, hvor dist/ skal ligge.`,
  publicUrlInvalid: (raw: string) => `ADDIN_PUBLIC_URL er ikke en gyldig adresse: ${raw}`,
  publicUrlNotHttps: (raw: string) => `ADDIN_PUBLIC_URL skal begynde med https:// (Office kræver det): ${raw}`,
  publicUrlQuery: (raw: string) => `ADDIN_PUBLIC_URL må ikke have ? eller #: ${raw}`,
  noCertificate: (reason: string, port: number) =>
    [
      '',
      `Bemærk: intet udviklercertifikat til https://localhost (${reason}).`,
      `Udviklingsserveren kører derfor med almindelig http på http://localhost:${port}/.`,
      `Arbejdsbordet virker fint over http: http://localhost:${port}/workbench.html`,
      'Excel kræver https for at indlæse tilføjelsesprogrammet. Kør "npx office-addin-dev-certs install"',
      '(kræver administrator/sudo), og start igen.',
      '',
    ].join('\n'),
};
