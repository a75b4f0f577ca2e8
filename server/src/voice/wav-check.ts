// Is this upload a WAV file? Checked from the bytes, not from what the client says it is: a RIFF
// header of type WAVE whose chunks include a plausible `fmt ` and a `data` chunk.

export interface WavInfo {
  /** 1 = PCM, 3 = IEEE float, 0xFFFE = extensible; browsers decode these. */
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataBytes: number;
}

export function readWav(buf: Buffer): WavInfo | null {
  if (buf.length < 44 || buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WAVE') return null;
  let fmt: Omit<WavInfo, 'dataBytes'> | null = null;
  let offset = 12;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('latin1', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > buf.length) return null;
      fmt = {
        format: buf.readUInt16LE(body),
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bitsPerSample: buf.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!fmt || body >= buf.length) return null;
      const plausible =
        fmt.channels >= 1 && fmt.channels <= 8 && fmt.sampleRate >= 4000 && fmt.sampleRate <= 192_000 && fmt.bitsPerSample > 0;
      return plausible ? { ...fmt, dataBytes: Math.min(size, buf.length - body) } : null;
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  return null;
}
