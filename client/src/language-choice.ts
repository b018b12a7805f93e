// The language a reader chose with FR / EN, remembered in localStorage so that the next visit opens
// in it (issue #9). A language in the address (`#lang=en`, a shared link) still comes first.
import type { Language } from './api.ts';

/** Versioned: a later shape gets a new key instead of misreading this one. */
export const LANGUAGE_KEY = 'nc-infra-map:language:v1';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage where the browser allows it (private modes and some webviews throw). */
export function languageStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language chosen on an earlier visit, or null if none (or something else) is stored. */
export function rememberedLanguage(store: KeyValueStore | null): Language | null {
  try {
    const value = store?.getItem(LANGUAGE_KEY);
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(store: KeyValueStore | null, language: Language): void {
  try {
    store?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Full or refused: this visit keeps its language; only the next one forgets it.
  }
}

/** Which language a visit opens in: the address's, else the remembered one, else the default. */
export function startingLanguage(
  fromUrl: Language | null,
  remembered: Language | null,
  fallback: Language,
): Language {
  return fromUrl ?? remembered ?? fallback;
}
