// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hostKind, ipKind } from '../../../../src/import/http/address-kind';

describe('address kinds', () => {
  it('knows loopback, private, link-local and unspecified IPv4 addresses', () => {
    expect(['127.0.0.1', '127.8.9.10'].map(ipKind)).toEqual(['loopback', 'loopback']);
    for (const ip of ['10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '255.255.255.255']) {
      expect(ipKind(ip), ip).toBe('private');
    }
    for (const ip of ['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '169.253.0.1']) expect(ipKind(ip), ip).toBe('public');
  });

  it('knows the IPv6 ranges and IPv4 addresses written as IPv6', () => {
    expect(ipKind('::1')).toBe('loopback');
    for (const ip of ['::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1', '::10.0.0.1']) {
      expect(ipKind(ip), ip).toBe('private');
    }
    expect(ipKind('::ffff:127.0.0.1')).toBe('loopback');
    expect(ipKind('2001:db8::1')).toBe('public');
    expect(ipKind('::ffff:8.8.8.8')).toBe('public');
    expect(ipKind('example.org')).toBeUndefined();
  });

  it('reads URL hostnames: brackets, localhost, and the URL parser’s normalised IPv4 forms', () => {
    expect(hostKind(new URL('http://[::1]:8080/').hostname)).toBe('loopback');
    expect(hostKind(new URL('http://[::ffff:169.254.169.254]/').hostname)).toBe('private');
    expect(hostKind(new URL('http://0xa9.254.169.254/').hostname)).toBe('private');
    expect(hostKind(new URL('http://2852039166/').hostname)).toBe('private');
    expect(hostKind('localhost')).toBe('loopback');
    expect(hostKind('cdn.example.org')).toBe('public');
  });
});
