// Zod without its compiled fast path: that path tests `new Function`, which the app's
// Content-Security-Policy forbids (no eval). Imported before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });
