// Place names are French: they sort in French order whatever the interface's language (issue #9),
// "Île des Pins" under I, "Ouégoa" before "Ouvéa", as the server's ORDER BY does (db/collation.ts).
const collator = new Intl.Collator('fr');

/** Compares two names in French order, for Array.prototype.sort. */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/** Compares two things by their `name`, in French order. */
export const byName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);
