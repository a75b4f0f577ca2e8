// Line breaking for the ticket. Thai writes no spaces between words (spaces end phrases), so
// breaks inside a phrase come from ICU's Thai word segmentation, never from inside a syllable.

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

interface Piece {
  text: string;
  /** Whether a space separates it from the piece before. */
  spaced: boolean;
}

/** The text as pieces that may start a line: phrases where they fit, else Thai words, else characters. */
function pieces(text: string, fits: (line: string) => boolean): Piece[] {
  const out: Piece[] = [];
  for (const phrase of text.split(/\s+/).filter(Boolean)) {
    let first = true;
    const add = (t: string) => {
      out.push({ text: t, spaced: first });
      first = false;
    };
    if (fits(phrase)) {
      add(phrase);
      continue;
    }
    for (const { segment: word } of words.segment(phrase)) {
      if (fits(word)) add(word);
      // A single word wider than the paper (a long URL): between characters.
      else for (const { segment: g } of graphemes.segment(word)) add(g);
    }
  }
  return out;
}

/**
 * Splits `text` into lines that each satisfy `fits`, breaking at spaces first (Thai puts spaces
 * between phrases) and between Thai words only inside a phrase too long for a line.
 */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces(text, fits)) {
    const joined = current ? current + (piece.spaced ? ' ' : '') + piece.text : piece.text;
    if (!current || fits(joined)) {
      current = joined;
    } else {
      lines.push(current);
      current = piece.text;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

// Thai vowels and tone marks that sit above or below a consonant: they take no column on a
// printer that composes Thai in text mode.
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/gu;

/** Columns a line takes in a printer's text mode (combining Thai marks take none). */
export function textColumns(text: string): number {
  return [...text.replace(COMBINING, '')].length;
}
