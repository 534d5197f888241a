import { describe, expect, it } from 'vitest';
import { findAreasInText } from '../../src/language/area-mentions.ts';

describe('areas named in a question', () => {
  it('finds areas in text by word, capitals for short codes', () => {
    expect(findAreasInText('Groeide Nederland sneller dan de VS en Duitsland?')).toEqual(['NL', 'US', 'DE']);
    expect(findAreasInText('what did us do, is it de facto so')).toEqual([]);
    expect(findAreasInText('growth in the eu')).toEqual(['EU27']);
    expect(findAreasInText('compared with the EU and the euro area')).toEqual(['EU27', 'EA20']);
  });
});
