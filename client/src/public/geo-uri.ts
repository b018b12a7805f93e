// Directions in a map app, by platform (issues #5, #9): on Android a `geo:` URI (RFC 5870) with the
// query form `geo:lat,lon?q=lat,lon(label)`, which its map apps open as "a pin here, named so"; on an
// iPhone or iPad, an Apple Maps link (the Maps app opens it); on a desktop, where `geo:` does nothing,
// OpenStreetMap's directions on foot. Each is a link only: the answer itself needs no map service.

export type Platform = 'android' | 'ios' | 'desktop';

/** Six decimals is about ten centimetres: more says nothing. */
const coordinate = (value: number) => String(Number(value.toFixed(6)));

/** From the browser's user agent; iPadOS says "Macintosh" but has a touch screen. */
export function platformOf(userAgent: string, maxTouchPoints = 0): Platform {
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'ios';
  return 'desktop';
}

/** This browser's platform. */
export function currentPlatform(): Platform {
  return typeof navigator === 'undefined'
    ? 'desktop'
    : platformOf(navigator.userAgent, navigator.maxTouchPoints);
}

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

export interface Directions {
  to: { lat: number; lon: number; label: string };
  /** Where the walk starts, when known (the reader's position). */
  from?: { lat: number; lon: number } | null;
  /** On foot (the default), or only a pin to look at: a terminal across the sea is no walk. */
  walk?: boolean;
}

/** The link that opens directions (or the place) in a map app on this platform. */
export function directionsUrl(platform: Platform, { to, from = null, walk = true }: Directions): string {
  const point = `${coordinate(to.lat)},${coordinate(to.lon)}`;
  if (platform === 'android') return geoUri(to.lat, to.lon, to.label);
  if (platform === 'ios') {
    const query = new URLSearchParams({ ll: point, q: to.label.trim() || point });
    if (walk) {
      query.set('daddr', point);
      query.set('dirflg', 'w');
      if (from) query.set('saddr', `${coordinate(from.lat)},${coordinate(from.lon)}`);
    }
    return `https://maps.apple.com/?${query.toString()}`;
  }
  const pin = `mlat=${coordinate(to.lat)}&mlon=${coordinate(to.lon)}#map=17/${point.replace(',', '/')}`;
  if (!walk) return `https://www.openstreetmap.org/?${pin}`;
  const start = from ? `${coordinate(from.lat)},${coordinate(from.lon)}` : '';
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${encodeURIComponent(`${start};${point}`)}`;
}
