// A citizen ID typed on the portal is a claim, not a fact (docs/portal.md, "Citizen IDs"): anyone
// can type anyone's number, so claims are not unique (a squatter's claim cannot block the owner's
// registration, and no answer says whether a number is registered). Staff who see the ID card at
// the counter verify it; a verified number belongs to one account only (the partial unique index).
// 004's cid_hash was UNIQUE on every claim; SQLite cannot drop a UNIQUE column, so it is emptied
// and no longer used, and the claims move to cid_claim.
// Also: a citizen's live bookings are counted on every booking (OSS_CITIZEN_MAX_BOOKINGS).
// Shipped once merged: never edit. Add a new numbered migration instead.
export const name = '007-citizen-id-claims';

export const sql = `
-- HMAC-SHA256 (per-install secret) of the 13 digits, as the citizen or staff set it; not unique.
ALTER TABLE citizens ADD COLUMN cid_claim TEXT;
-- When staff verified the claim against the ID card (null: self-declared only).
ALTER TABLE citizens ADD COLUMN cid_verified_at INTEGER;
UPDATE citizens SET cid_claim = cid_hash, cid_hash = NULL WHERE cid_hash IS NOT NULL;
CREATE INDEX citizens_cid_claim ON citizens (cid_claim) WHERE cid_claim IS NOT NULL;
CREATE UNIQUE INDEX citizens_cid_verified ON citizens (cid_claim) WHERE cid_verified_at IS NOT NULL;

CREATE INDEX bookings_citizen_live ON bookings (citizen_id, business_day) WHERE status = 'booked';
`;
