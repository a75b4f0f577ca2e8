// Plays a call's clips back to back with the Web Audio API: each clip is fetched and decoded once
// (a voice set is ~120 short clips, so the cache is bounded), then the whole call is scheduled on
// the audio clock, so there is no gap or stutter between "หมายเลข", "เอ" and "ศูนย์".

/** The browser would not start audio without a tap (no autoplay permission). */
export class AutoplayBlockedError extends Error {
  constructor() {
    super('audio needs a user gesture');
    this.name = 'AutoplayBlockedError';
  }
}

export interface ClipPlayer {
  /** Resolves when the last clip has ended. */
  play: (urls: readonly string[]) => Promise<void>;
  /** After a tap: lets audio start (true when it may). */
  unlock: () => Promise<boolean>;
  close: () => void;
}

// How long to wait for the audio device to start before calling it blocked.
const RESUME_WAIT_MS = 400;
// A clip ends on the audio clock; this much later we stop waiting for it (a stalled device).
const END_GRACE_MS = 2000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createClipPlayer(rate = 1): ClipPlayer {
  let ctx: AudioContext | null = null;
  const buffers = new Map<string, Promise<AudioBuffer>>();

  const context = () => (ctx ??= new AudioContext());

  function load(url: string): Promise<AudioBuffer> {
    let buffer = buffers.get(url);
    if (!buffer) {
      buffer = fetch(url)
        .then((res) => {
          if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
          return res.arrayBuffer();
        })
        .then((data) => context().decodeAudioData(data));
      // A failed load is tried again next time (the hub may have been restarting).
      buffer.catch(() => buffers.delete(url));
      buffers.set(url, buffer);
    }
    return buffer;
  }

  async function running(ac: AudioContext): Promise<boolean> {
    if (ac.state === 'running') return true;
    // Without autoplay permission resume() neither resolves nor fails until a gesture: time it out.
    await Promise.race([ac.resume().catch(() => undefined), wait(RESUME_WAIT_MS)]);
    return (ac.state as AudioContextState) === 'running';
  }

  return {
    async play(urls) {
      const ac = context();
      const clips = await Promise.all(urls.map(load));
      if (!(await running(ac))) throw new AutoplayBlockedError();
      let at = ac.currentTime + 0.05;
      let last: AudioBufferSourceNode | null = null;
      const sources: AudioBufferSourceNode[] = [];
      for (const clip of clips) {
        const source = ac.createBufferSource();
        source.buffer = clip;
        source.playbackRate.value = rate;
        source.connect(ac.destination);
        source.start(at);
        at += clip.duration / rate;
        sources.push(source);
        last = source;
      }
      if (!last) return;
      const lastSource = last;
      const total = (at - ac.currentTime) * 1000;
      await Promise.race([new Promise<void>((resolve) => (lastSource.onended = () => resolve())), wait(total + END_GRACE_MS)]);
      for (const s of sources) s.disconnect();
    },
    async unlock() {
      const ac = context();
      await ac.resume().catch(() => undefined);
      return ac.state === 'running';
    },
    close() {
      buffers.clear();
      void ctx?.close().catch(() => undefined);
      ctx = null;
    },
  };
}
