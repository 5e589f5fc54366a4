import { createHmac } from 'node:crypto';

/** Slack's v0 request signature headers for a raw body. */
export function signBody(secret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface PostResult {
  status: number;
  text: string;
}

/** Posts a signed request to a running Bolt HTTP receiver, the way Slack does. */
export async function postSigned(url: string, secret: string, rawBody: string, contentType: string, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signBody(secret, rawBody), ...headers },
    body: rawBody,
  });
  return { status: res.status, text: await res.text() };
}

/** Posts an Events API envelope (JSON). */
export function postEvent(url: string, secret: string, envelope: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  return postSigned(url, secret, JSON.stringify(envelope), 'application/json', headers);
}

/** Posts a slash command (form-encoded fields, as Slack sends them). */
export function postCommand(url: string, secret: string, fields: Record<string, string>): Promise<PostResult> {
  return postSigned(url, secret, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
}

/** Posts an interactivity payload (form field `payload` holding JSON). */
export function postInteraction(url: string, secret: string, payload: unknown): Promise<PostResult> {
  return postSigned(url, secret, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}
