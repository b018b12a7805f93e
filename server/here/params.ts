// A point on the map given as lon/lat query parameters, shared by /api/here and /api/wifi/nearest.
import { decimalParam, strictQuery } from '../validation.ts';

export const pointParams = {
  lon: decimalParam(-180, 180, 'expected a longitude in degrees from -180 to 180'),
  lat: decimalParam(-90, 90, 'expected a latitude in degrees from -90 to 90'),
};

export const pointQuery = strictQuery(pointParams);
