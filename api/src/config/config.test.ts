import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database under ./data', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.database).toMatchObject({ kind: 'pglite' });
    expect(c.database.kind === 'pglite' && c.database.dataDir.endsWith('data/pgdata')).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/x',
    });
  });

  it('archives to the filesystem under DATA_DIR unless an S3 endpoint is configured', () => {
    expect(loadConfig({ DATA_DIR: '/srv/onetrip' }).archive).toEqual({ kind: 'filesystem', root: '/srv/onetrip/archive' });
    const s3 = {
      ARCHIVE_S3_ENDPOINT: 'http://minio:9000',
      ARCHIVE_S3_BUCKET: 'onetrip-archive',
      ARCHIVE_S3_ACCESS_KEY_ID: 'id',
      ARCHIVE_S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).archive).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'onetrip-archive',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: '',
    });
    expect(loadConfig({ ...s3, ARCHIVE_S3_FORCE_PATH_STYLE: 'false', ARCHIVE_S3_REGION: 'cn-north-1' }).archive).toMatchObject({ forcePathStyle: false, region: 'cn-north-1' });
    expect(() => loadConfig({ ...s3, ARCHIVE_S3_SECRET_ACCESS_KEY: undefined })).toThrow(/ARCHIVE_S3_SECRET_ACCESS_KEY: required/);
  });

  it.each([
    ['ARCHIVE_S3_ENDPOINT', 'not a url'],
    ['PORT', 'seventy'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['COOKIE_SECURE', 'yes'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '10.0.0.0/8; rm -rf'],
    ['SESSION_IDLE_MINUTES', '-5'],
    ['PUBLIC_URL', 'gjj.example.gov.cn'],
    ['PUBLIC_URL', 'ftp://gjj.example.gov.cn'],
  ])('refuses %s=%s and names the variable', (variable, value) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(JSON.stringify(value));
  });

  it('trusts X-Forwarded-For only through the proxies named: a hop count or addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.2,::1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '192.168.1.2', '::1']);
  });

  it('gives the QR codes a whole public address: PUBLIC_URL, else this machine on PORT', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://gjj.example.gov.cn' }).publicUrl).toBe('https://gjj.example.gov.cn');
  });

  it('keeps the developer inbox (sign-in codes readable by anyone) off in production unless asked for', () => {
    expect(loadConfig({}).DEV_INBOX).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).DEV_INBOX).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEV_INBOX: 'true' }).DEV_INBOX).toBe(true);
    expect(loadConfig({ DEV_INBOX: 'false' }).DEV_INBOX).toBe(false);
  });
});
