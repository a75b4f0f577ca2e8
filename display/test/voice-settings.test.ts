// How a screen's voice is set: unpaired defaults, the device's settings, the address's overrides;
// and that the build can make every clip of the catalogue.
import { CLIP_IDS, DEFAULT_DISPLAY_SETTINGS, VOICE_CLIPS, type DisplaySettings } from '@oss/shared';
import { describe, expect, it } from 'vitest';
import { synthFor } from '../scripts/voice-phonemes.js';
import { voiceSettings } from '../src/renderer/voice/voice-settings.js';

const q = (s = '') => new URLSearchParams(s);

describe('voice settings', () => {
  it('an unpaired screen says every call in Thai, digit by digit, from the default clips', () => {
    expect(voiceSettings(null, q())).toEqual({
      enabled: true,
      stub: false,
      languages: ['th'],
      numbers: 'digits',
      engine: 'clips',
      set: 'default',
      rate: 1,
      log: false,
    });
  });

  it('a paired screen follows its device settings', () => {
    const device: DisplaySettings = {
      ...DEFAULT_DISPLAY_SETTINGS,
      voice: false,
      languages: ['th', 'en'],
      voiceNumbers: 'words',
      voiceEngine: 'speech',
      voiceSet: 'office',
    };
    expect(voiceSettings(device, q())).toMatchObject({
      enabled: false,
      languages: ['th', 'en'],
      numbers: 'words',
      engine: 'speech',
      set: 'office',
    });
    // The paired defaults: voice on, Thai then English.
    expect(voiceSettings(DEFAULT_DISPLAY_SETTINGS, q())).toMatchObject({
      enabled: true,
      languages: ['th', 'en'],
      set: 'default',
    });
  });

  it('takes overrides from the address, and ignores bad ones', () => {
    expect(
      voiceSettings(
        DEFAULT_DISPLAY_SETTINGS,
        q('voice=off&voicelang=en,th&numbers=words&engine=speech&voiceset=hall-2&voicerate=4&voicelog=1'),
      ),
    ).toEqual({
      enabled: false,
      stub: false,
      languages: ['en', 'th'],
      numbers: 'words',
      engine: 'speech',
      set: 'hall-2',
      rate: 4,
      log: true,
    });
    expect(voiceSettings(null, q('voice=stub'))).toMatchObject({ enabled: true, stub: true });
    expect(voiceSettings(null, q('voicelang=fr&numbers=roman&engine=robot&voiceset=../x&voicerate=99'))).toMatchObject({
      languages: ['th'],
      numbers: 'digits',
      engine: 'clips',
      set: 'default',
      rate: 1,
    });
    expect(voiceSettings(null, q('voicelang=th,th')).languages).toEqual(['th']);
  });
});

describe('the default set', () => {
  it('has an espeak-ng input for every spoken clip: phonemes for Thai, words for English', () => {
    for (const id of CLIP_IDS) {
      const synth = synthFor(id);
      if (id === 'chime') {
        expect(synth).toBeNull();
        continue;
      }
      expect(synth?.voice, id).toBe(VOICE_CLIPS[id]!.lang);
      if (synth?.voice === 'th') expect(synth.input, id).toMatch(/^\[\[[a-zA-Z@?:0-9 ]+\]\]$/);
    }
    expect(synthFor('en-letter-w')?.input).toBe('double you');
    expect(synthFor('en-n-13')?.input).toBe('thirteen');
  });
});
