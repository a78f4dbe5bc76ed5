import { describe, expect, it } from 'vitest';
import { submissionFields } from '../../contract/submissions.ts';
import { wordCount } from '../../contract/text.ts';
import { QUOTE_MAX_WORDS } from '../../contract/vocabulary.ts';

describe('wordCount', () => {
  it('counts words between spaces, as before, in languages that write them', () => {
    expect(wordCount('We plant trees every Saturday')).toBe(5);
    expect(wordCount("  don't   stop — well-being ")).toBe(4);
    expect(wordCount('Мы сажаем деревья')).toBe(3);
    expect(wordCount('نحن نزرع الأشجار كل سبت')).toBe(5);
    expect(wordCount('')).toBe(0);
  });

  it('counts the words of Chinese and Japanese text, not one per run without spaces', () => {
    // "Our group meets every week to talk about environmental protection."
    const zh = '我们的小组每周开会讨论环境保护。';
    expect(wordCount(zh)).toBeGreaterThanOrEqual(6);
    expect(wordCount(zh)).toBeLessThanOrEqual(14);
    expect(wordCount('私たちは毎週木を植えます')).toBeGreaterThanOrEqual(4);
    // Mixed: spaced words count one each, the Chinese run by its words.
    expect(wordCount('UNICEF 儿童 俱乐部')).toBeGreaterThanOrEqual(3);
    expect(wordCount('UNICEF 儿童 俱乐部')).toBeLessThanOrEqual(5);
  });

  it('holds a long Chinese quote to the word limit, which one run used to pass', () => {
    const long = '我们每周都在学校里种树'.repeat(12);
    expect(wordCount(long)).toBeGreaterThan(QUOTE_MAX_WORDS);
    const quote = submissionFields.quote.safeParse(long);
    expect(quote.success).toBe(false);
    expect(submissionFields.quote.safeParse('我们每周都在学校里种树。').success).toBe(true);
  });
});
