/** The development sign-in: the chosen user's id, remembered in this browser. */
const storageKey = 'leercyclus.devUser';

export function readUserId(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function writeUserId(userId: string | null): void {
  try {
    if (userId === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, userId);
  } catch {
    // Storage disabled: the choice then lasts only until the page reloads.
  }
}
