import net from 'node:net';

// Tests must never reach the internet: any connection to a host other than loopback fails loudly.
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const options = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as { host?: unknown; path?: unknown };
  const host = typeof options.host === 'string' ? options.host : 'localhost';
  if (options.path === undefined && !LOOPBACK.test(host)) {
    throw new Error(`test tried to connect to ${host}: tests may only use 127.0.0.1`);
  }
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
