import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type TestReceiver } from './webhook-test-receiver.ts';
import {
  bareHost,
  guardedLookup,
  hostRefusal,
  internalAddressKind,
  RefusedWebhookTarget,
  urlRefusal,
  type ResolveHost,
} from './webhook-target-policy.ts';

const closed = { allowPrivate: false };
const open = { allowPrivate: true };

/** A resolver that answers every name with `addresses`. */
const answering =
  (...addresses: string[]): ResolveHost =>
  () =>
    Promise.resolve(
      addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
    );

describe('internal addresses', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.255.0.9', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['10.0.0.1', 'a private address (RFC 1918)'],
    ['172.16.0.1', 'a private address (RFC 1918)'],
    ['172.31.255.255', 'a private address (RFC 1918)'],
    ['192.168.1.1', 'a private address (RFC 1918)'],
    ['fd00::1', 'a private address (RFC 4193 unique local)'],
    ['fc00::1', 'a private address (RFC 4193 unique local)'],
    ['169.254.1.1', 'a link-local address'],
    ['fe80::1', 'a link-local address'],
    ['169.254.169.254', 'the cloud metadata address'],
    ['fd00:ec2::254', 'the cloud metadata address'],
    ['100.64.0.1', 'a carrier-grade NAT address (RFC 6598)'],
    ['100.127.255.254', 'a carrier-grade NAT address (RFC 6598)'],
    ['0.0.0.0', 'the unspecified address'],
    ['::', 'the unspecified address'],
    ['224.0.0.1', 'a multicast address'],
    ['ff02::1', 'a multicast address'],
    ['255.255.255.255', 'the broadcast address'],
    ['::ffff:127.0.0.1', 'a loopback address (IPv4 127.0.0.1 written as IPv6)'],
    ['::ffff:7f00:1', 'a loopback address (IPv4 127.0.0.1 written as IPv6)'],
    ['::ffff:169.254.169.254', 'the cloud metadata address (IPv4 169.254.169.254 written as IPv6)'],
    ['::ffff:10.0.0.1', 'a private address (RFC 1918) (IPv4 10.0.0.1 written as IPv6)'],
    ['::7f00:1', 'a reserved address'], // IPv4-compatible (RFC 4291, deprecated),
    ['64:ff9b::a00:1', 'a special-purpose address (rfc6052)'],
    ['198.18.0.1', 'a special-purpose address (reserved)'],
  ])('calls %s %s', (address, kind) => {
    expect(internalAddressKind(address)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '93.184.215.14',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
  ])('lets the public address %s through', (address) => {
    expect(internalAddressKind(address)).toBeUndefined();
  });
});

describe('hosts refused before any lookup', () => {
  // The WHATWG URL parser turns every IPv4 spelling into dotted decimal, so they are caught as such.
  it.each([
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f000001/', '127.0.0.1 is a loopback address'],
    ['http://0x7f.1/', '127.0.0.1 is a loopback address'],
    ['http://017700000001/', '127.0.0.1 is a loopback address'],
    ['http://127.1/', '127.0.0.1 is a loopback address'],
    ['http://0/', '0.0.0.0 is the unspecified address'],
    ['http://[::1]:8080/', '::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is a loopback address'],
    ['http://localhost:3000/', 'localhost names this machine'],
    ['http://LocalHost./', 'localhost names this machine'],
    ['http://api.localhost/', 'api.localhost names this machine'],
  ])('refuses %s: %s', (url, reason) => {
    const refused = hostRefusal(bareHost(new URL(url)), closed);
    expect(refused).toBeInstanceOf(RefusedWebhookTarget);
    expect(refused?.message).toContain(reason);
    expect(refused?.message).toContain('--allow-private-webhooks');
  });

  it('leaves names and public addresses to the lookup', () => {
    for (const url of ['https://hooks.example.com/x', 'http://93.184.215.14/', 'http://[2606:4700::1]/'])
      expect(hostRefusal(bareHost(new URL(url)), closed)).toBeUndefined();
  });

  it('refuses nothing where the server allows private targets', () => {
    for (const url of ['http://127.0.0.1/', 'http://localhost/', 'http://[fd00:ec2::254]/'])
      expect(hostRefusal(bareHost(new URL(url)), open)).toBeUndefined();
  });

  it('says the same for every port of an address, open or closed', () => {
    const messages = ['http://127.0.0.1:1/', 'http://127.0.0.1:3000/', 'http://127.0.0.1/'].map(
      (url) => hostRefusal(bareHost(new URL(url)), closed)?.message,
    );
    expect(new Set(messages).size).toBe(1);
  });
});

describe('URLs refused at creation', () => {
  const url = new URL('https://hooks.example.com/segmint');

  it('refuses a name that resolves to an internal address', async () => {
    const refused = await urlRefusal(url, { allowPrivate: false, resolve: answering('10.1.2.3') });
    expect(refused?.message).toMatch(/^hooks\.example\.com resolves to a private address \(RFC 1918\); /);
  });

  it('refuses a name when any one of its addresses is internal', async () => {
    const resolve = answering('93.184.215.14', '::1');
    expect((await urlRefusal(url, { allowPrivate: false, resolve }))?.message).toContain(
      'resolves to a loopback address',
    );
  });

  it('accepts a name that resolves to public addresses only', async () => {
    const resolve = answering('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c');
    expect(await urlRefusal(url, { allowPrivate: false, resolve })).toBeUndefined();
  });

  it('accepts a name that does not resolve, or not in time, leaving the check to delivery', async () => {
    const failing: ResolveHost = () => Promise.reject(new Error('ENOTFOUND'));
    const hanging: ResolveHost = () => new Promise(() => undefined);
    expect(await urlRefusal(url, { allowPrivate: false, resolve: failing })).toBeUndefined();
    expect(await urlRefusal(url, { allowPrivate: false, resolve: hanging }, 20)).toBeUndefined();
  });

  it('looks nothing up where the server allows private targets', async () => {
    const resolve: ResolveHost = () => Promise.reject(new Error('not to be called'));
    expect(await urlRefusal(url, { allowPrivate: true, resolve })).toBeUndefined();
  });
});

describe('the guarded lookup', () => {
  const receivers: TestReceiver[] = [];
  afterEach(async () => {
    for (const r of receivers.splice(0)) await r.close();
  });

  const lookup = (policy: Parameters<typeof guardedLookup>[0], options: { all?: boolean; family?: number }) =>
    new Promise<{ error: unknown; address: unknown; family: unknown }>((resolve) => {
      guardedLookup(policy)('hooks.example.com', options, (error, address, family) => {
        resolve({ error, address, family });
      });
    });

  it('answers in the form Node asks for: one address, or all of them', async () => {
    const resolve = answering('93.184.215.14', '2606:4700::1');
    expect(await lookup({ allowPrivate: false, resolve }, {})).toEqual({
      error: null,
      address: '93.184.215.14',
      family: 4,
    });
    expect(await lookup({ allowPrivate: false, resolve }, { family: 6 })).toMatchObject({
      address: '2606:4700::1',
      family: 6,
    });
    expect((await lookup({ allowPrivate: false, resolve }, { all: true })).address).toEqual([
      { address: '93.184.215.14', family: 4 },
      { address: '2606:4700::1', family: 6 },
    ]);
  });

  it('fails with the refusal when the name resolves to an internal address', async () => {
    const { error } = await lookup(
      { allowPrivate: false, resolve: answering('169.254.169.254') },
      { all: true },
    );
    expect(error).toBeInstanceOf(RefusedWebhookTarget);
    expect((error as Error).message).toMatch(/^hooks\.example\.com resolves to the cloud metadata address; /);
  });

  it('stops the socket before it connects to a listener the name resolves to', async () => {
    const r = await startReceiver();
    receivers.push(r);
    const error = await new Promise<unknown>((resolve) => {
      http
        .get({
          host: 'rebound.example',
          port: r.port,
          lookup: guardedLookup({ allowPrivate: false, resolve: answering('127.0.0.1') }),
        })
        .on('error', resolve);
    });
    expect(error).toBeInstanceOf(RefusedWebhookTarget);
    expect(r.connections()).toBe(0);
  });
});
