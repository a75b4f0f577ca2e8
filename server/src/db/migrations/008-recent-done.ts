// The recent service time (the average of a service's last 20 finished tickets today) is read
// for every event now that events carry their services' figures (docs/design.md §4.4), and for
// every wait estimate. Without an index it read every ticket done today (tickets_live) and
// sorted them: most of a staff action's cost late in a busy day. This partial index holds the
// done tickets by service, day and finish time, so the read is the 20 rows it returns.
// Shipped once merged: never edit. Add a new numbered migration instead.
export const name = '008-recent-done';

export const sql = `
CREATE INDEX tickets_done_recent ON tickets (service_id, business_day, finished_at) WHERE status = 'done';
`;
