// A file's size for a reader, in their language and in SI units as data portals print them:
// 45 056 bytes → "45,1 ko" in French, "45.1 kB" in English; 1 234 567 → "1,2 Mo" / "1.2 MB".
const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** Formats byte counts for `locale` (a BCP 47 tag, i18n.ts intlLocale). */
export function fileSizeFormatter(locale: string): (bytes: number) => string {
  // Bytes in full ("512 octets", "512 bytes"): the short English unit has no plural.
  const bytesFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  const formats = UNITS.map((unit) => ({
    unit,
    fine: new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }),
    coarse: new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 0 }),
  }));
  return (bytes) => {
    let value = bytes;
    if (Math.abs(value) < 1000) return bytesFormat.format(value);
    for (const [i, format] of formats.entries()) {
      value /= 1000;
      // Go up a unit rather than print "1 000 ko".
      if (Math.round(value * 10) / 10 < 1000 || i === formats.length - 1) {
        return (value < 100 ? format.fine : format.coarse).format(value);
      }
    }
    return bytesFormat.format(bytes);
  };
}
