// What an import may be, checked before the file is parsed (the README's "Limits" table): the
// upload's size, what a zip may unpack to (a zip bomb stops at the limit, whatever its headers
// claim), and how many features a file may hold.
export const IMPORT_LIMITS = {
  /** Bytes of the file as sent. */
  fileBytes: 64 * 1024 * 1024,
  /** Bytes a zip may unpack to, all its files together. */
  unpackedBytes: 256 * 1024 * 1024,
  /** Files a zip may hold. */
  zipEntries: 64,
  /** Features one import may read. */
  features: 200_000,
  /** Vertices one feature may have (official boundaries are detailed; a survey's raw points are not). */
  vertices: 200_000,
  /** Rejections, repairs and preview features listed in a report (the counts are always whole). */
  listed: 500,
} as const;

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
