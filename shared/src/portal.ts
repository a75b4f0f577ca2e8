// The citizen portal's contract (docs/portal.md): accounts, consent, service requests with documents,
// bookings, kiosk check-in, feedback, and what staff see of a citizen's request. The hub validates
// with these and publishes them as OpenAPI; the portal page infers its types here.
import { z } from 'zod';
import { Id, Localized } from './domain.js';
import { isValidCitizenId, normalizeCitizenId } from './thai-id.js';
import { Ticket } from './ticket.js';
import { CODE_ALPHABET } from './tracking-code.js';

/** One line of text a person typed: trimmed, not empty, no control characters. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters');
/** Free text (new lines allowed) that may be empty. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'no control characters');
const IsoTime = z.string();

// ---------------------------------------------------------------------------------------------
// Accounts

export const CitizenUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, 'use 3–32 letters, digits, dot, dash or underscore');
export const CitizenPassword = z.string().min(8, 'at least 8 characters').max(256);
export const CitizenIdInput = z
  .string()
  .max(32)
  .transform(normalizeCitizenId)
  .refine(isValidCitizenId, 'not a valid Thai citizen ID (13 digits with a correct check digit)');
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{7,18}$/, 'a phone number such as 081-234-5678');
export const Email = z.string().trim().max(200).pipe(z.email());

export const ContactPreference = z.enum(['phone', 'email', 'line', 'none']);
export type ContactPreference = z.infer<typeof ContactPreference>;

export const CitizenProfileFields = z.object({
  name: line(200),
  phone: Phone,
  email: Email,
  address: text(500),
  /** "Hide my personal data": staff see a masked name until they reveal it (logged). */
  hidePersonal: z.boolean(),
});

export const CitizenRegisterBody = CitizenProfileFields.extend({
  citizenId: CitizenIdInput,
  username: CitizenUsername,
  password: CitizenPassword,
  /** The terms version the citizen read and accepted (GET /terms/current). */
  termsVersion: z.number().int().positive(),
  acceptTerms: z.literal(true),
});
export type CitizenRegisterBody = z.input<typeof CitizenRegisterBody>;

/** PATCH /citizens/me: a LINE Login account completes its profile here; all fields optional. */
export const CitizenPatchBody = CitizenProfileFields.partial().extend({ citizenId: CitizenIdInput.optional() });
export type CitizenPatchBody = z.input<typeof CitizenPatchBody>;

export const CitizenLoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type CitizenLoginBody = z.infer<typeof CitizenLoginBody>;

export const ConsentBody = z.object({ termsVersion: z.number().int().positive(), acceptTerms: z.literal(true) });
export type ConsentBody = z.infer<typeof ConsentBody>;

export const Citizen = z.object({
  id: Id,
  username: z.string().nullable(),
  name: z.string(),
  /** Only the last four digits are ever kept in clear (PDPA). */
  citizenIdLast4: z.string().nullable(),
  /** Staff checked it against the ID card; a typed ID is only a claim until then. */
  citizenIdVerified: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  hidePersonal: z.boolean(),
  lineLinked: z.boolean(),
  /** The terms version last accepted, and whether a newer one waits for consent. */
  consentVersion: z.number().int().nullable(),
  needsConsent: z.boolean(),
  /** A profile without a name or contact (a fresh LINE Login) should be completed first. */
  profileComplete: z.boolean(),
});
export type Citizen = z.infer<typeof Citizen>;

export const CitizenResponse = z.object({ citizen: Citizen });
export type CitizenResponse = z.infer<typeof CitizenResponse>;

export const PasswordResetRequestBody = z.object({ email: Email });
export const PasswordResetConfirmBody = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a reset token'),
  password: CitizenPassword,
});
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBody>;

/** The same answer whether or not an account exists. */
export const AcceptedResponse = z.object({ accepted: z.literal(true) });

// ---------------------------------------------------------------------------------------------
// Service requests and documents

export const REQUEST_STATUSES = ['draft', 'submitted', 'cancelled'] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const RequestCreateBody = z.object({
  serviceId: Id,
  subject: line(200),
  details: text(4000),
  contact: ContactPreference,
});
export type RequestCreateBody = z.infer<typeof RequestCreateBody>;

/** Files a citizen may attach: the type is read from the content, never the name. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_REQUEST = 5;

export const DocumentInfo = z.object({
  id: Id,
  /** A cleaned display name; never used as a path. */
  name: z.string(),
  type: DocumentType,
  size: z.number().int().nonnegative(),
  uploadedAt: IsoTime,
  /** Deleted after the retention period. */
  purged: z.boolean(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const DocumentUploadQuery = z.object({ name: z.string().max(300).default('document') });
export const DocumentResponse = z.object({ document: DocumentInfo });

export const BOOKING_STATUSES = ['booked', 'checked-in', 'cancelled'] as const;
export const BookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof BookingStatus>;

export const Booking = z.object({
  id: Id,
  /** Random and unguessable: typed or scanned at the kiosk (QR text `OSSB:<code>`). */
  code: z.string(),
  requestId: Id,
  serviceId: Id,
  slotAt: IsoTime,
  businessDay: z.string(),
  status: BookingStatus,
  /** The ticket once checked in. */
  trackingCode: z.string().nullable(),
  ticketNumber: z.string().nullable(),
});
export type Booking = z.infer<typeof Booking>;

export const ServiceRequest = z.object({
  id: Id,
  serviceId: Id,
  service: z.object({ code: z.string(), name: Localized }),
  subject: z.string(),
  details: z.string(),
  contact: ContactPreference,
  status: RequestStatus,
  createdAt: IsoTime,
  submittedAt: IsoTime.nullable(),
  documents: z.array(DocumentInfo),
  /** The documents the service asks for (to bring or attach). */
  documentsNeeded: z.array(Localized),
  booking: Booking.nullable(),
  /** The same-day ticket (or the checked-in booking's): follow it at /t/<trackingCode>. */
  ticket: z.object({ id: Id, number: z.string(), trackingCode: z.string(), status: Ticket.shape.status }).nullable(),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestResponse = z.object({ request: ServiceRequest });
export const RequestsResponse = z.object({ requests: z.array(ServiceRequest) });

// ---------------------------------------------------------------------------------------------
// Bookings

export const BOOKING_QR_PREFIX = 'OSSB:';
// The tracking codes' alphabet: no 0/O, 1/I/L.
const BOOKING_CODE = new RegExp(`^[${CODE_ALPHABET}]{10}$`);

/** The QR text of a booking, scanned at the kiosk. */
export function bookingQrText(code: string): string {
  return `${BOOKING_QR_PREFIX}${code}`;
}

/** The booking code in a scan (`OSSB:<code>`) or a typed code (any case, spaces or dashes), or null. */
export function bookingCodeFromText(input: string): string | null {
  const raw = input
    .trim()
    .replace(/^OSSB:/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  return BOOKING_CODE.test(raw) ? raw : null;
}

export const SlotsQuery = z.object({
  serviceId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

export const Slot = z.object({
  at: IsoTime,
  /** "09:15" in the office's time zone. */
  time: z.string(),
  capacity: z.number().int().nonnegative(),
  available: z.number().int().nonnegative(),
});
export type Slot = z.infer<typeof Slot>;

export const SlotsResponse = z.object({
  serviceId: Id,
  timeZone: z.string(),
  days: z.array(z.object({ date: z.string(), slots: z.array(Slot) })),
});
export type SlotsResponse = z.infer<typeof SlotsResponse>;

export const BookBody = z.object({ slotAt: z.iso.datetime({ offset: true }) });
export type BookBody = z.infer<typeof BookBody>;

export const BookingResponse = z.object({ booking: Booking });

export const CheckInBody = z.object({ code: z.string().max(64) });
export type CheckInBody = z.infer<typeof CheckInBody>;

export const CheckInResponse = z.object({ ticket: Ticket });

// ---------------------------------------------------------------------------------------------
// Feedback

export const FeedbackBody = z.object({ serviceId: Id.nullable().optional(), text: text(2000).min(1) });
export type FeedbackBody = z.infer<typeof FeedbackBody>;

export const Feedback = z.object({
  id: Id,
  serviceId: Id.nullable(),
  text: z.string(),
  createdAt: IsoTime,
  /** Whether a logged-in citizen sent it (who is not shown). */
  fromCitizen: z.boolean(),
});
export type Feedback = z.infer<typeof Feedback>;

export const FeedbackResponse = z.object({ feedback: Feedback });
export const FeedbackListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
});
export const FeedbackListResponse = z.object({ feedback: z.array(Feedback), nextBefore: Id.nullable() });

// ---------------------------------------------------------------------------------------------
// What staff see of a ticket's request

export const StaffCitizenView = z.object({
  /** Masked (ส*** ใ***) when the citizen asked to hide personal data and nobody revealed it. */
  name: z.string(),
  citizenIdLast4: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  hidePersonal: z.boolean(),
  masked: z.boolean(),
});
export type StaffCitizenView = z.infer<typeof StaffCitizenView>;

/** PUT /tickets/:id/request/citizen-id (supervisor): the number on the ID card shown at the counter. */
export const CitizenIdBody = z.object({ citizenId: CitizenIdInput });
export type CitizenIdBody = z.input<typeof CitizenIdBody>;
export const CitizenIdResponse = z.object({
  citizen: z.object({ citizenIdLast4: z.string(), citizenIdVerified: z.literal(true) }),
});
export type CitizenIdResponse = z.infer<typeof CitizenIdResponse>;

export const StaffRequestResponse = z.object({
  request: ServiceRequest.omit({ booking: true, ticket: true }),
  citizen: StaffCitizenView,
});
export type StaffRequestResponse = z.infer<typeof StaffRequestResponse>;

/** GET /citizens/portal-info: which ways in this hub offers. */
export const PortalInfoResponse = z.object({ lineLogin: z.boolean() });
export type PortalInfoResponse = z.infer<typeof PortalInfoResponse>;
