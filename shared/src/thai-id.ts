// Thai citizen ID: 13 digits, the last a checksum of the first twelve (mod 11).

export function normalizeCitizenId(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isValidCitizenId(input: string): boolean {
  const id = normalizeCitizenId(input);
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

/** Only the last four digits may ever be shown (PDPA): `x-xxxx-xxxx9-01-2`. */
export function maskCitizenId(input: string): string {
  const d = normalizeCitizenId(input).slice(-4).padStart(4, 'x');
  return `x-xxxx-xxxx${d[0]}-${d.slice(1, 3)}-${d[3]}`;
}
