import { describe, expect, it } from 'vitest';
import { statusWords } from './status-words';

describe('status words', () => {
  it('names the review step while in review, and the status otherwise', () => {
    expect(statusWords('in_review', 'review_2').zh).toBe('复审中');
    expect(statusWords('resubmitted', 'review_1').zh).toBe('已补正，初审中');
    expect(statusWords('transfer_pending', null)).toEqual({ zh: '审批通过，正在转账', en: 'Approved; payment in progress' });
  });
});
