// What the admin, report and device routes get: the admin context and the login check.
import { ErrorBody } from '@oss/shared';
import type { AdminContext } from '../../admin/admin-context.js';
import type { Sessions } from '../../auth/sessions.js';
import type { Queue } from '../../queue/queue.js';

export interface AdminRouteDeps {
  admin: AdminContext;
  sessions: Sessions;
  queue: Queue;
}

export const adminErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
