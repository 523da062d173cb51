import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog';
import { appCodeOf, appErrorMessage } from './app-error';

const i18n = createInstance();
beforeAll(() => i18n.init({ resources: { 'zh-CN': { translation: catalog['zh-CN'] }, en: { translation: catalog.en } }, lng: 'zh-CN', interpolation: { escapeValue: false } }));

/** The shape a TRPCClientError has after our API's error formatter. */
const apiError = (data: Record<string, unknown>) => Object.assign(new Error('x'), { data });

describe('appErrorMessage', () => {
  it('translates the code', () => {
    expect(appErrorMessage(apiError({ appCode: 'auth.invalid_credentials' }), i18n.t, 'zh-CN')).toBe('用户名或密码不正确。');
  });

  it('says when the lockout ends, in Beijing time', () => {
    const error = apiError({ appCode: 'auth.locked', details: { until: '2026-11-22T06:35:00.000Z' } });
    expect(appErrorMessage(error, i18n.getFixedT('zh-CN'), 'zh-CN')).toContain('2026/11/22 14:35');
    expect(appErrorMessage(error, i18n.getFixedT('en'), 'en')).toContain('11/22/2026, 14:35');
  });

  it('says in whole minutes how long a rate limit asks to wait', () => {
    const error = (seconds: number) => apiError({ appCode: 'rate_limit.exceeded', details: { retryAfterSeconds: seconds } });
    expect(appErrorMessage(error(61), i18n.getFixedT('zh-CN'), 'zh-CN')).toBe('查询或提交过于频繁，请 2 分钟后再试。');
    expect(appErrorMessage(error(5), i18n.getFixedT('en'), 'en')).toBe('Too many attempts. Please try again in 1 minute.');
  });

  it('shows the per-field codes of a validation refusal', () => {
    const error = apiError({ appCode: 'validation.invalid', issues: [{ path: 'username', code: 'auth.username_required' }] });
    expect(appErrorMessage(error, i18n.t, 'zh-CN')).toBe('请输入用户名。');
  });

  it('falls back to the generic validation text for issue codes it cannot translate', () => {
    const error = apiError({ appCode: 'validation.invalid', issues: [{ path: 'x', code: 'too_small' }] });
    expect(appErrorMessage(error, i18n.t, 'zh-CN')).toBe(i18n.t('errors.validation.invalid'));
  });

  it('quotes an unknown code instead of showing a raw key', () => {
    expect(appErrorMessage(apiError({ appCode: 'future.thing' }), i18n.t, 'zh-CN')).toBe('操作未完成（错误代码 future.thing），请联系系统管理员。');
  });

  it('reports a request that got no answer as a network problem', () => {
    expect(appCodeOf(new TypeError('Failed to fetch'))).toBeNull();
    expect(appErrorMessage(new TypeError('Failed to fetch'), i18n.t, 'zh-CN')).toBe(i18n.t('errors.common.network'));
  });
});
