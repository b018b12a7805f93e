// The place the public asks about: where they stand, a place they searched for, or a spot of the map.

export type PlaceKind = 'position' | 'search' | 'point';

export interface Place {
  kind: PlaceKind;
  lon: number;
  lat: number;
  /** The searched place's name; null for a position or a spot, which are named in the reader's language. */
  label: string | null;
}

/** The territory with a margin (the map's own limits): a position beyond it has nothing near. */
const TERRITORY = { west: 158, south: -26, east: 174, north: -16 };

export function inTerritory(lon: number, lat: number): boolean {
  return lon >= TERRITORY.west && lon <= TERRITORY.east && lat >= TERRITORY.south && lat <= TERRITORY.north;
}
