import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';

/** A request as a person shared it (curl command or raw HTTP), read into its parts. */
export interface SharedRequest {
  kind: 'curl' | 'http';
  method: string;
  url: URL;
  /** Header names in lower case, in the order given. */
  headers: [string, string][];
  body?: string;
}

/** Splits a shell command line into words: quotes ('…', "…", $'…'), backslash escapes and line continuations. */
function shellWords(text: string): Outcome<string[], string> {
  const words: string[] = [];
  let word: string | undefined;
  const push = (chars: string): void => {
    word = (word ?? '') + chars;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '\\' && (text[index + 1] === '\n' || text.startsWith('\r\n', index + 1))) {
      index += text[index + 1] === '\r' ? 2 : 1;
      continue;
    }
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      continue;
    }
    if (char === "'" || (char === '$' && text[index + 1] === "'")) {
      const ansi = char === '$';
      const start = index + (ansi ? 2 : 1);
      let end = start;
      let value = '';
      for (; end < text.length && text[end] !== "'"; end++) {
        if (ansi && text[end] === '\\' && end + 1 < text.length) {
          end++;
          const escaped = text[end] ?? '';
          value +=
            ({ n: '\n', t: '\t', r: '\r', "'": "'", '\\': '\\', '"': '"' } as Record<string, string>)[escaped] ??
            `\\${escaped}`;
        } else value += text[end] ?? '';
      }
      if (end >= text.length) return fail("a quote (') is not closed");
      push(value);
      index = end;
      continue;
    }
    if (char === '"') {
      let end = index + 1;
      let value = '';
      for (; end < text.length && text[end] !== '"'; end++) {
        if (text[end] === '\\' && /["\\$`\n]/.test(text[end + 1] ?? '')) end++;
        value += text[end] ?? '';
      }
      if (end >= text.length) return fail('a quote (") is not closed');
      push(value);
      index = end;
      continue;
    }
    if (char === '\\' && index + 1 < text.length) {
      index++;
      push(text[index] ?? '');
      continue;
    }
    push(char);
  }
  if (word !== undefined) words.push(word);
  return ok(words);
}

const DATA_OPTIONS = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
  '--json',
]);
const VALUE_OPTIONS = new Set([
  '-o',
  '--output',
  '-w',
  '--write-out',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-e',
  '--referer',
  '-x',
  '--proxy',
  '--cacert',
  '--cert',
  '--key',
]);

/** Reads a curl command line (a terminal's, or a browser's "copy as cURL"). */
function readCurl(text: string): Outcome<SharedRequest, string> {
  const split = shellWords(text.trim());
  if (!split.ok) return split;
  const words = split.value.slice(1);
  let method: string | undefined;
  let url: string | undefined;
  const headers: [string, string][] = [];
  const data: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    const value = (): string => words[++index] ?? '';
    if (word === '-X' || word === '--request') method = value().toUpperCase();
    else if (word === '-H' || word === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon > 0) headers.push([header.slice(0, colon).trim().toLowerCase(), header.slice(colon + 1).trim()]);
    } else if (DATA_OPTIONS.has(word)) {
      if (word === '--json') headers.push(['content-type', 'application/json']);
      data.push(value());
    } else if (word === '-u' || word === '--user') {
      headers.push(['authorization', `Basic ${Buffer.from(value()).toString('base64')}`]);
    } else if (word === '-b' || word === '--cookie') headers.push(['cookie', value()]);
    else if (word === '-A' || word === '--user-agent') headers.push(['user-agent', value()]);
    else if (word === '--url') url = value();
    else if (VALUE_OPTIONS.has(word)) value();
    else if (!word.startsWith('-')) url ??= word;
  }
  if (!url) return fail('the curl command has no URL');
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return fail(`"${url}" is not a URL`);
  }
  const body = data.length > 0 ? data.join('&') : undefined;
  if (body !== undefined && !headers.some(([name]) => name === 'content-type'))
    headers.push(['content-type', 'application/x-www-form-urlencoded']);
  return ok({
    kind: 'curl',
    method: method ?? (body !== undefined ? 'POST' : 'GET'),
    url: parsed,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
}

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/i;

/** Reads a raw HTTP request: request line, headers, a blank line, the body. */
function readHttp(text: string): Outcome<SharedRequest, string> {
  const lines = text.replace(/^\s+/, '').split(/\r?\n/);
  const match = REQUEST_LINE.exec(lines[0] ?? '');
  if (!match) return fail('the first line is not a request line such as "POST /api/v2/conversations/calls HTTP/1.1"');
  const headers: [string, string][] = [];
  let index = 1;
  for (; index < lines.length && (lines[index] ?? '').trim() !== ''; index++) {
    const line = lines[index] ?? '';
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  const body = lines
    .slice(index + 1)
    .join('\n')
    .trim();
  const target = match[2] ?? '/';
  const host = headers.find(([name]) => name === 'host')?.[1];
  let url: URL;
  try {
    url = /^[a-z]+:\/\//i.test(target) ? new URL(target) : new URL(target, `https://${host ?? 'unknown.host'}`);
  } catch {
    return fail(`"${target}" is not a request target`);
  }
  return ok({
    kind: 'http',
    method: (match[1] ?? 'GET').toUpperCase(),
    url,
    headers,
    ...(body !== '' ? { body } : {}),
  });
}

/** Whether a pasted text is a request as people share it, rather than a JSON body. */
export const looksLikeSharedRequest = (text: string): boolean =>
  /^\s*curl(\.exe)?\s/i.test(text) || REQUEST_LINE.test(text.trimStart().split(/\r?\n/)[0] ?? '');

/** Reads a curl command line or a raw HTTP request, saying what is unreadable when it is not one. */
export function readSharedRequest(text: string): Outcome<SharedRequest, string> {
  return /^\s*curl(\.exe)?\s/i.test(text) ? readCurl(text) : readHttp(text);
}
