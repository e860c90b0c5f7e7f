import { promises as dns, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may send. By default only to public addresses: never to loopback, private (RFC 1918,
 * RFC 4193), link-local, carrier-grade NAT, unspecified, multicast, broadcast or other special-purpose
 * addresses (the cloud metadata service among them), whether written in the URL, in any spelling the
 * URL parser turns into one of them, as an IPv4-mapped IPv6 address, or reached through a name that
 * resolves to one. Creation checks the URL; delivery checks again every address it is about to connect
 * to, so a name that resolves elsewhere later (DNS rebinding) is caught too. A refused target gets no
 * connection attempt at all, and its refusal depends only on the address, so nothing tells an open
 * port from a closed one.
 */
export interface WebhookTargetPolicy {
  /** Let targets be internal addresses: the operator's `--allow-private-webhooks`. */
  readonly allowPrivate: boolean;
  /** Resolves a host name to all its addresses; the system resolver by default (tests inject answers). */
  readonly resolve?: ResolveHost;
}

/** Every address of a host name, as `dns.lookup(name, { all: true })` answers. */
export type ResolveHost = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The system resolver (`getaddrinfo`, so /etc/hosts counts), every address in the order it gives them. */
export const systemResolve: ResolveHost = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** A target refused by the policy; its message is the whole refusal, the same for every attempt. */
export class RefusedWebhookTarget extends Error {
  override readonly name = 'RefusedWebhookTarget';
}

/** What the refusal says after its reason, at creation and at delivery alike. */
const remedy =
  'webhooks may reach only public addresses unless the server allows private targets (segmint serve --allow-private-webhooks)';

/** The IANA global unicast block: every IPv6 address outside it is special-purpose or unassigned. */
const globalUnicast = ipaddr.parseCIDR('2000::/3');

/** Where the cloud providers' instance metadata answers; named in the refusal because it is the usual aim. */
const metadataAddresses = new Set(['169.254.169.254', 'fd00:ec2::254']);

const rangeWords: Readonly<Record<string, string>> = {
  loopback: 'a loopback address',
  private: 'a private address (RFC 1918)',
  uniqueLocal: 'a private address (RFC 4193 unique local)',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address (RFC 6598)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
};

/**
 * What kind of internal address `address` (an IP address in any form `net.isIP` accepts) is, such as
 * "a loopback address"; undefined for a public unicast address.
 *
 * @example
 * internalAddressKind('::ffff:127.0.0.1'); // 'a loopback address (IPv4 127.0.0.1 written as IPv6)'
 * internalAddressKind('93.184.215.14');    // undefined
 */
export function internalAddressKind(address: string): string | undefined {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    const ipv4 = (parsed as ipaddr.IPv6).toIPv4Address();
    const kind = internalAddressKind(ipv4.toString());
    return kind && `${kind} (IPv4 ${ipv4.toString()} written as IPv6)`;
  }
  if (metadataAddresses.has(parsed.toString())) return 'the cloud metadata address';
  const range = parsed.range();
  if (range !== 'unicast') return rangeWords[range] ?? `a special-purpose address (${range})`;
  // ipaddr.js calls the rest of ::/8 (IPv4-compatible addresses, deprecated by RFC 4291) unicast too.
  if (parsed.kind() === 'ipv6' && !parsed.match(globalUnicast)) return 'a reserved address';
  return undefined;
}

/** The host of a URL as a resolver or `net.isIP` takes it: without IPv6 brackets or a final dot. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/**
 * Why a host is refused before any name is looked up, undefined when it may be tried: an internal IP
 * address, or a name that always means this machine (`localhost`, `*.localhost`, RFC 6761).
 */
export function hostRefusal(host: string, policy: WebhookTargetPolicy): RefusedWebhookTarget | undefined {
  if (policy.allowPrivate) return undefined;
  const reason = isIP(host) ? addressReason(host) : localName(host);
  return reason === undefined ? undefined : refusal(reason);
}

/**
 * Why a webhook URL is refused at creation, undefined when it may be saved: `hostRefusal`, then the
 * addresses its name resolves to now. A name that does not resolve (yet) is accepted; delivery checks it.
 */
export async function urlRefusal(
  url: URL,
  policy: WebhookTargetPolicy,
  resolveTimeoutMs = 5_000,
): Promise<RefusedWebhookTarget | undefined> {
  const host = bareHost(url);
  const early = hostRefusal(host, policy);
  if (early || policy.allowPrivate || isIP(host)) return early;
  const addresses = await resolveWithin(policy.resolve ?? systemResolve, host, resolveTimeoutMs);
  return resolvedRefusal(host, addresses);
}

/**
 * A `lookup` for `http.request` and `net.connect` that resolves with the policy's resolver and refuses
 * (with a `RefusedWebhookTarget` error) before the socket connects when any address the name has is
 * internal. Node calls no lookup for an IP address in the URL: check those with `hostRefusal` first.
 */
export function guardedLookup(policy: WebhookTargetPolicy): LookupFunction {
  const resolve = policy.resolve ?? systemResolve;
  return (hostname, options, callback) => {
    const answer = async () => {
      const addresses = await resolve(hostname);
      const refused = policy.allowPrivate ? undefined : resolvedRefusal(hostname, addresses);
      if (refused) throw refused;
      const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      const usable = addresses.filter((a) => !family || a.family === family);
      if (usable.length === 0)
        throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
      return usable;
    };
    answer().then(
      (usable) => {
        if (options.all) callback(null, [...usable]);
        else callback(null, usable[0]?.address ?? '', usable[0]?.family);
      },
      (error: unknown) => {
        callback(error as NodeJS.ErrnoException, '');
      },
    );
  };
}

function addressReason(address: string): string | undefined {
  const kind = internalAddressKind(address);
  return kind && `${address} is ${kind}`;
}

function localName(host: string): string | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') ? `${host} names this machine` : undefined;
}

/** Refuses a name when any of its addresses is internal: the connection may use any of them. */
function resolvedRefusal(
  host: string,
  addresses: readonly LookupAddress[],
): RefusedWebhookTarget | undefined {
  const named = localName(host);
  if (named) return refusal(named);
  for (const { address } of addresses) {
    const kind = internalAddressKind(address);
    if (kind) return refusal(`${host} resolves to ${kind}`);
  }
  return undefined;
}

function refusal(reason: string): RefusedWebhookTarget {
  return new RefusedWebhookTarget(`${reason}; ${remedy}.`);
}

/** The addresses of `host`, or none when it does not resolve within `ms`. */
async function resolveWithin(
  resolve: ResolveHost,
  host: string,
  ms: number,
): Promise<readonly LookupAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<readonly LookupAddress[]>((done) => {
    timer = setTimeout(() => {
      done([]);
    }, ms);
  });
  try {
    return await Promise.race([resolve(host).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
