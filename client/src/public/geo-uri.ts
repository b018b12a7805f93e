// Directions in the phone's own map app: a `geo:` URI (RFC 5870) with the Android query form
// `geo:lat,lon?q=lat,lon(label)`, which map apps read as "a pin here, named so" (issue #5).

/** Six decimals is about ten centimetres: more says nothing. */
const coordinate = (value: number) => String(Number(value.toFixed(6)));

/**
 * `geo:lat,lon?q=lat,lon(label)`, the label percent-encoded, parentheses included, so that a
 * name like "Maison commune (Tribu de Riri)" cannot close the label early.
 */
export function geoUri(lat: number, lon: number, label: string): string {
  const point = `${coordinate(lat)},${coordinate(lon)}`;
  const name = encodeURIComponent(label.trim()).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return name ? `geo:${point}?q=${point}(${name})` : `geo:${point}?q=${point}`;
}
