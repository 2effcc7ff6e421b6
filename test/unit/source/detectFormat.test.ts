import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../api/src/source/detectFormat';

describe('detectFormat', () => {
  it.each([
    ['a.jsonl', 'jsonl'],
    ['a.ndjson', 'jsonl'],
    ['a.json', 'json'],
    ['a.htm', 'html'],
    ['a.txt', 'seed'],
  ] as const)('trusts the extension of %s', (name, format) => {
    expect(detectFormat('anything', name)).toBe(format);
  });

  it('sniffs content when there is no file name', () => {
    expect(detectFormat('{"text":"a"}')).toBe('json');
    expect(detectFormat('[{"text":"a"}]')).toBe('json');
    expect(detectFormat('{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl');
    expect(detectFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>')).toBe('rss');
    expect(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('rss');
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('The minister said on Monday that talks would resume.')).toBe('seed');
  });

  it('keeps JSON Lines with a malformed line as JSON Lines', () => {
    expect(detectFormat('{"text":"a"}\n{oops\n{"text":"c"}')).toBe('jsonl');
  });

  it('reads a .json file holding JSON Lines as JSON Lines', () => {
    expect(detectFormat('{"text":"a"}\n{"text":"b"}\n', 'batch.json')).toBe('jsonl');
    expect(detectFormat('{"text":"a"}\n', 'one.json')).toBe('json');
  });

  it('lets an .xml file holding HTML be HTML', () => {
    expect(detectFormat('<!doctype html><html></html>', 'page.xml')).toBe('html');
  });
});
