// Bounds on what one filter may ask, so that a hostile or careless filter fails with a 400
// instead of exhausting the stack, the CPU or the database.

/** Longest CQL2-Text filter, in UTF-16 units. */
export const MAX_TEXT_LENGTH = 10_000;
/** Deepest nesting of NOT, parentheses, CASEI, logical operators and geometry collections. */
export const MAX_DEPTH = 50;
/** Most values in one IN list. */
export const MAX_IN_LIST = 1_000;
/** Most coordinate pairs in one geometry literal. */
export const MAX_COORDINATES = 10_000;
/** Most JSON values (objects, arrays, scalars) in one CQL2-JSON filter. */
export const MAX_JSON_NODES = 50_000;
