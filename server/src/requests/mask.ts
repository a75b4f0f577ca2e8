// Masking for staff eyes when a citizen chose "hide my personal data": enough to match a person at
// the counter (initials, the last digits), not enough to identify them from a screen.
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0] ?? ''}***`)
    .join(' ');
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${'x'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${[...email][0]}***@${email.slice(at + 1)}`;
}
