import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../web/src/state/appState';
import { decodeUrlView, encodeUrlView } from '../../../web/src/url/urlState';

describe('URL state', () => {
  it('encodes expanded and selected ids, hidden kinds, the window and the renderer, and decodes them back', () => {
    const state = {
      ...initialAppState,
      graph: { ...initialAppState.graph, expanded: ['person:a', 'country:RUS'] },
      selection: { nodes: ['country:RUS'], edges: ['SPOKE_ABOUT:country:RUS->country:USA'] },
      filters: { hiddenKinds: ['TREATY' as const] },
      timeWindow: { since: '2025-01-01', until: null },
      view: { ...initialAppState.view, webgl: true },
    };
    const search = encodeUrlView(state);
    expect(search).toBe('?x=person%3Aa,country%3ARUS&s=country%3ARUS,SPOKE_ABOUT%3Acountry%3ARUS-%3Ecountry%3AUSA&hide=TREATY&since=2025-01-01&gl=1');
    expect(decodeUrlView(search)).toEqual({
      expanded: ['person:a', 'country:RUS'],
      selected: ['country:RUS', 'SPOKE_ABOUT:country:RUS->country:USA'],
      hidden: ['TREATY'],
      since: '2025-01-01',
      until: null,
      webgl: true,
    });
  });

  it('writes nothing for the empty view and drops unknown kinds and malformed dates', () => {
    expect(encodeUrlView(initialAppState)).toBe('');
    expect(decodeUrlView('?hide=TREATY,BOGUS&since=yesterday')).toEqual({ expanded: [], selected: [], hidden: ['TREATY'], since: null, until: null, webgl: false });
  });
});
