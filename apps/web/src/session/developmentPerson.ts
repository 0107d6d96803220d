/**
 * The development sign-in: the picked person's id, remembered in this browser and sent as a header. Read only
 * while the API is in development mode, so a pick left over from a development run is never sent elsewhere.
 */
const storageKey = 'leercyclus.devUser';

export function readDevelopmentPerson(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function writeDevelopmentPerson(personId: string | null): void {
  try {
    if (personId === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, personId);
  } catch {
    // Storage disabled: the choice then lasts only until the page reloads.
  }
}
