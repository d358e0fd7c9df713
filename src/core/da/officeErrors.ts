// ---- Errors from Excel, in words a user can act on (codes from Excel.ErrorCodes and OfficeExtension.ErrorCodes) ----
export const officeErrors = {
  InvalidOperationInCellEditMode:
    'Excel er ved at redigere en celle. Tryk Enter eller Esc for at afslutte redigeringen, og prøv igen.',
  AccessDenied:
    'Excel tillader ikke ændringen. Arket eller projektmappen er måske beskyttet eller åbnet skrivebeskyttet: fjern beskyttelsen (Gennemse > Fjern arkbeskyttelse), og prøv igen.',
  ItemNotFound: 'Et ark eller en tabel, som tilføjelsen brugte, findes ikke længere (er det omdøbt eller slettet?). Tryk "Læs data igen", og prøv igen.',
  ItemAlreadyExists: 'Der findes allerede et ark eller en tabel med det navn. Omdøb det, og prøv igen.',
  InvalidArgument: 'Excel afviste en værdi fra tilføjelsen. Prøv igen; sker det igen, så send teksten under "Detaljer" til support.',
  InvalidReference: 'Området, tilføjelsen ville bruge, findes ikke i arket. Tryk "Læs data igen", og prøv igen.',
  InvalidSelection: 'Markeringen er ikke et celleområde (er et diagram eller en figur markeret?). Klik i en celle i arket, og prøv igen.',
  InvalidOperation: 'Excel kunne ikke udføre handlingen i arket, som det er nu. Tryk "Læs data igen", og prøv igen.',
  Conflict: 'Projektmappen blev ændret samtidig af en anden. Tryk "Læs data igen", og prøv igen.',
  EditConflict: 'Projektmappen blev ændret samtidig af en anden. Tryk "Læs data igen", og prøv igen.',
  InsertDeleteConflict: 'Excel kunne ikke indsætte eller slette celler, fordi det ville flytte en tabel eller et filter. Prøv igen efter at have flyttet dem.',
  FilteredRangeConflict: 'Arket har et filter, der skjuler rækker. Ryd filteret (Data > Ryd), og prøv igen.',
  MergedRangeConflict: 'Arket har flettede celler, hvor tilføjelsen skal skrive. Ophæv fletningen, og prøv igen.',
  RangeExceedsLimit: 'Området er for stort til, at Excel kan læse eller skrive det på én gang.',
  payload: 'Excel kunne ikke sende så mange data på én gang. Prøv igen; hjælper det ikke, så del arket i mindre ark.',
  ActivityLimitReached: 'Excel har fået for mange forespørgsler på kort tid. Vent et øjeblik, og prøv igen.',
  RequestAborted: 'Excel afbrød handlingen, før den var færdig. Prøv igen.',
  ServiceNotAvailable: 'Excel-tjenesten svarer ikke lige nu. Vent et øjeblik, og prøv igen.',
  Unauthenticated: 'Du er ikke logget ind, eller logind er udløbet. Log ind i Excel igen, og prøv igen.',
  ApiNotFound: 'Denne version af Excel mangler en funktion, tilføjelsen bruger. Opdatér Excel, og prøv igen.',
  NotImplemented: 'Denne version af Excel kan ikke udføre handlingen. Opdatér Excel, og prøv igen.',
  UnsupportedOperation: 'Denne version af Excel kan ikke udføre handlingen. Opdatér Excel, og prøv igen.',
  GeneralException: 'Excel meldte en fejl uden nærmere forklaring. Gem projektmappen, og prøv igen; sker det igen, så luk og åbn projektmappen.',
  unknown: 'Der skete en uventet fejl. Prøv igen; sker det igen, så send teksten under "Detaljer" til support.',
} as const;
