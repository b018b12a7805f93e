// The payloads of sign-in and accounts, one zod schema each, for the server and the client alike.
import { z } from 'zod';
import { accountRole } from '../../db/schema.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.ts';

export const roles = accountRole.enumValues;
export type Role = (typeof roles)[number];

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'email: expected an email address such as name@example.nc' }))
  .transform((value) => value.toLowerCase());

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1, 'password: required').max(PASSWORD_MAX_LENGTH),
});

export const newAccount = z
  .strictObject({
    email,
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `password: at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(PASSWORD_MAX_LENGTH, `password: at most ${PASSWORD_MAX_LENGTH} characters`),
    role: z.enum(roles),
    commune: z
      .string()
      .regex(/^988\d\d$/, 'commune: expected the INSEE code of a commune (988xx)')
      .nullable()
      .default(null),
  })
  .refine((a) => (a.role === 'commune') === (a.commune !== null), {
    message: 'commune: required for a commune account, and only for one',
    path: ['commune'],
  });
export type NewAccount = z.infer<typeof newAccount>;

/** A new API token: the name its owner knows it by (the program or machine using it). */
export const newApiToken = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'name: required (e.g. "QGIS on my laptop")')
    .max(80, 'name: at most 80 characters')
    .refine((value) => !/\p{Cc}/u.test(value), 'name: no control characters'),
});
export type NewApiToken = z.infer<typeof newApiToken>;

/** The account a session belongs to, as GET /api/auth/me answers it. */
export interface SessionAccount {
  id: number;
  email: string;
  role: Role;
  commune: string | null;
}
