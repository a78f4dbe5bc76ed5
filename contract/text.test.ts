import { describe, expect, it } from 'vitest';
import { normaliseText, textLength, wordCount } from './text.ts';

describe('normaliseText', () => {
  it('removes controls, bidirectional overrides and invisible characters', () => {
    expect(normaliseText('a\u0000b\u007Fc\u009Fd')).toBe('abcd');
    expect(normaliseText('\u202Eevil\u202C \u2066x\u2069')).toBe('evil x');
    expect(normaliseText('\uFEFFzero\u200Bwidth\u2060joiner soft\u00ADhyphen')).toBe(
      'zerowidthjoiner softhyphen',
    );
  });

  it('keeps the zero-width joiner and non-joiner that emoji and some scripts need', () => {
    expect(normaliseText('👩\u200D👧 می\u200Cخواهم')).toBe('👩\u200D👧 می\u200Cخواهم');
  });

  it('composes to NFC and collapses white space runs to one space, trimmed', () => {
    expect(normaliseText('  Cafe\u0301\t\n club\u00A0\u00A0here  ')).toBe('Café club here');
  });

  it('with `lines`, keeps line breaks and at most one empty line between paragraphs', () => {
    const raw = ' First\u200B  line \r\nsecond\tline\n\n\n\n\u00ADThird\u0000 \n\n';
    expect(normaliseText(raw, { lines: true })).toBe('First line\nsecond line\n\nThird');
    expect(normaliseText(raw)).toBe('First line second line Third');
  });
});

describe('counting', () => {
  it('counts characters as people do, an emoji as one', () => {
    expect(textLength('añ👍')).toBe(3);
  });

  it('counts words between runs of white space', () => {
    expect(wordCount('  one two\u00A0three\n four ')).toBe(4);
    expect(wordCount('   ')).toBe(0);
  });
});
