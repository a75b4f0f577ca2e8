// The office's settings, terms, audit log and backups (admin role), the reports and the citizens'
// suggestions (supervisor), and the TV's voice sets (docs/display.md).
import { z } from 'zod';
import {
  AuditQuery,
  AuditResponse,
  SettingsPatchBody,
  SettingsResponse,
  TermsCreateBody,
  TermsListResponse,
  TermsResponse,
} from '../admin.js';
import { BackupResponse, BackupsResponse } from '../backups.js';
import { FeedbackListQuery, FeedbackListResponse } from '../portal.js';
import { ReportQuery, ReportSummary } from '../reports.js';
import { ClipId, VOICE_CLIP_MAX_BYTES, VoiceClipResponse, VoiceSetName, VoiceSetsResponse } from '../voice.js';
import { adminErrors } from './admin.js';
import { defineRoute, fileAnswer } from './spec.js';

const guard = ['unauthorized', 'forbidden'] as const;
const tags = ['admin'];

export const VoiceSetParams = z.object({ set: VoiceSetName });
export const VoiceClipParams = z.object({ set: VoiceSetName, clip: ClipId });
const voiceErrors = [
  'bad-request',
  ...guard,
  'voice-set-not-found',
  'voice-clip-not-found',
  'voice-set-reserved',
  'payload-too-large',
  'unsupported-media-type',
] as const;

export const officeRoutes = {
  settings: defineRoute({
    method: 'GET',
    path: '/admin/settings',
    access: 'admin',
    tags,
    description: 'Office, LINE and mail settings. Secrets are never returned: only {set: true|false}.',
    answer: SettingsResponse,
    errors: adminErrors,
  }),
  updateSettings: defineRoute({
    method: 'PATCH',
    path: '/admin/settings',
    access: 'admin',
    tags,
    description: 'Changes only the fields given; a secret set to null is cleared. Office changes make the screens refresh.',
    body: SettingsPatchBody,
    answer: SettingsResponse,
    errors: adminErrors,
  }),
  listTerms: defineRoute({
    method: 'GET',
    path: '/admin/terms',
    access: 'admin',
    tags,
    answer: TermsListResponse,
    errors: adminErrors,
  }),
  addTerms: defineRoute({
    method: 'POST',
    path: '/admin/terms',
    access: 'admin',
    tags,
    description: 'Adds a new version; it becomes the current one.',
    body: TermsCreateBody,
    answer: TermsResponse,
    status: 201,
    errors: adminErrors,
  }),
  audit: defineRoute({
    method: 'GET',
    path: '/admin/audit',
    access: 'admin',
    tags,
    description: 'Newest first. Page with ?before=<nextBefore of the previous page>; filter with ?entity=.',
    query: AuditQuery,
    answer: AuditResponse,
    errors: adminErrors,
  }),
  listBackups: defineRoute({
    method: 'GET',
    path: '/admin/backups',
    access: 'admin',
    tags,
    description: 'The backups in <data dir>/backups, newest first, with how many are kept and when the nightly one runs.',
    answer: BackupsResponse,
    errors: [...guard, 'storage-unavailable'],
  }),
  takeBackup: defineRoute({
    method: 'POST',
    path: '/admin/backups',
    access: 'admin',
    tags,
    description:
      'Takes a backup now (SQLite online backup; the hub keeps serving). The oldest beyond OSS_BACKUP_KEEP are deleted. A full disk is 503 storage-unavailable.',
    answer: BackupResponse,
    status: 201,
    errors: [...guard, 'storage-unavailable'],
  }),
  reportSummary: defineRoute({
    method: 'GET',
    path: '/reports/summary',
    access: 'supervisor',
    tags: ['reports'],
    description: 'Business days from..to (inclusive, at most 366; to defaults to from), in the office’s time zone.',
    query: ReportQuery,
    answer: ReportSummary,
    errors: ['bad-request', ...guard],
  }),
  reportCsv: defineRoute({
    method: 'GET',
    path: '/reports/summary.csv',
    access: 'supervisor',
    tags: ['reports'],
    description: 'The same report as CSV for Excel: UTF-8 with BOM, CRLF, quoted fields, every comment.',
    query: ReportQuery,
    answer: fileAnswer('text/csv'),
    errors: ['bad-request', ...guard],
  }),
  feedbackList: defineRoute({
    method: 'GET',
    path: '/feedback',
    access: 'supervisor',
    tags: ['reports'],
    query: FeedbackListQuery,
    answer: FeedbackListResponse,
    errors: ['bad-request', ...guard],
  }),
  voiceSets: defineRoute({
    method: 'GET',
    path: '/voice-sets',
    access: 'public',
    tags: ['voice'],
    description: 'The voice sets the TVs can play: the built-in one (espeak-ng, if the build had it) and recorded ones.',
    answer: VoiceSetsResponse,
    errors: [],
  }),
  putVoiceClip: defineRoute({
    method: 'PUT',
    path: '/admin/voice-sets/:set/clips/:clip',
    access: 'admin',
    tags: ['voice'],
    description: `Uploads one recorded clip (a WAV file as the raw body, at most ${VOICE_CLIP_MAX_BYTES / 1024 / 1024} MB; the type is read from the bytes). Creates the set if needed; replaces the clip if there was one.`,
    params: VoiceClipParams,
    answer: VoiceClipResponse,
    status: 201,
    also: [200],
    errors: voiceErrors,
  }),
  deleteVoiceClip: defineRoute({
    method: 'DELETE',
    path: '/admin/voice-sets/:set/clips/:clip',
    access: 'admin',
    tags: ['voice'],
    params: VoiceClipParams,
    answer: z.null(),
    status: 204,
    errors: voiceErrors,
  }),
  deleteVoiceSet: defineRoute({
    method: 'DELETE',
    path: '/admin/voice-sets/:set',
    access: 'admin',
    tags: ['voice'],
    params: VoiceSetParams,
    answer: z.null(),
    status: 204,
    errors: voiceErrors,
  }),
};
