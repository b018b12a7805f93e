// Distances on the ground as the public reads them (issue #5): metres near by, kilometres further,
// in the reader's language (`850 m`, `2,3 km` in French, `2.3 km` in English, `1 234 km`).

/** Metres under 1 km (to the 10 m above 100 m), km with one decimal under 10 km, whole km beyond. */
export function formatDistance(metres: number, locale: string): string {
  const m = Math.max(0, metres);
  if (m < 995) {
    const rounded = m < 100 ? Math.round(m) : Math.round(m / 10) * 10;
    return unit(locale, 'meter', 0).format(rounded);
  }
  const km = m / 1000;
  if (km < 9.95) return unit(locale, 'kilometer', 1).format(km);
  return unit(locale, 'kilometer', 0).format(km);
}

function unit(locale: string, name: 'meter' | 'kilometer', decimals: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}
