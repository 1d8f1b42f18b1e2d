import { newWebhookSecret, signWebhook, verifyWebhook } from './webhook-signer';

describe('Standard Webhooks signer', () => {
  // The example published with the specification (standard-webhooks/spec, "Signature scheme").
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs the specification example as published', () => {
    expect(signWebhook(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies among several signatures, and refuses a changed body or an old timestamp', () => {
    const signature = `v1,bm9wZQ== ${signWebhook(secret, id, timestamp, body)}`;
    const headers = { id, timestamp: String(timestamp), signature };
    expect(verifyWebhook(secret, headers, body, timestamp + 10)).toBe(true);
    expect(verifyWebhook(secret, headers, body.replace('2', '3'), timestamp + 10)).toBe(false);
    expect(verifyWebhook(secret, headers, body, timestamp + 3_600)).toBe(false);
  });

  it('makes whsec_ secrets of 24 random bytes', () => {
    expect(newWebhookSecret()).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });
});
