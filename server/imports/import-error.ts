// A file that cannot be imported at all (not the format it claims, truncated, empty, in a
// coordinate system that puts it far from New Caledonia…): what is wrong and where, as a 4xx.
import { httpError } from '../errors.ts';

/** `where` names the place in the file (a line, a field, a feature) when there is one. */
export function importError(detail: string, parameter = 'file', status: 400 | 413 | 415 = 400) {
  return status === 400 ? httpError(400, detail, parameter) : httpError(status, detail, parameter);
}
