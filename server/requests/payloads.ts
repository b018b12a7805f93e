// The payloads of requests and comments, one zod schema each for the server and the client. Text
// is stored as given (it is shown as text, never as HTML); only what PostgreSQL cannot store, or
// could not be read back, is refused.
import { z } from 'zod';
import { NC_EXTENT } from '../../db/geometry.ts';
import { requestStatus } from '../../db/schema.ts';

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;

export const MAX_TEXT = 2_000;
const text = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_TEXT, `at most ${MAX_TEXT} characters`)
  .refine((value) => value.trim().length > 0, 'must not be blank')
  .refine((value) => !/(?![\n\r\t])\p{Cc}/u.test(value), 'no control characters but line breaks and tabs');

export const requestStatuses = requestStatus.enumValues;
export type RequestStatus = (typeof requestStatuses)[number];

export const newRequest = z
  .strictObject({
    lon: z.number().min(minLon).max(maxLon),
    lat: z.number().min(minLat).max(maxLat),
    text,
    layerId: z.string().max(40).nullable().default(null),
    featureId: z.number().int().positive().nullable().default(null),
  })
  .refine((r) => (r.layerId === null) === (r.featureId === null), {
    message: 'give layerId and featureId together, or neither',
    path: ['featureId'],
  });

export const requestAnswer = z.strictObject({
  status: z.enum(requestStatuses),
  answer: text.nullable().default(null),
});

export const requestsQuery = z.strictObject({
  commune: z
    .string()
    .regex(/^988\d\d$/, 'expected the INSEE code of a commune (988xx)')
    .optional(),
  status: z.enum(requestStatuses).optional(),
});

export const newComment = z.strictObject({
  layerId: z.string().max(40),
  featureId: z.number().int().positive(),
  text,
});

export const commentsQuery = z.strictObject({
  layerId: z.string().max(40),
  featureId: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'expected a feature number')
    .transform(Number),
});
