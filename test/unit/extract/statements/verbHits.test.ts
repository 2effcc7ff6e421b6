import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

describe('speech verb hits', () => {
  it.each(['Laila Ozoliņa', 'Ana Šantić', 'Tomas Silva'])('reads "%s said" as speech whatever letters end the name', (name) => {
    const speaker = person(name);
    const body = `Minister ${name} said the cabinet was "ready to talk to every neighbour".`;
    const { statements } = statementsOf(body, [[name, speaker]]);
    expect(statements.map((s) => [s.speaker, s.verb, s.quote])).toEqual([[speaker, 'said', 'ready to talk to every neighbour']]);
  });

  it('still treats "a warning" after a real article as a noun, not speech', () => {
    const body = 'The envoy issued a warning about the convoy.';
    const { statements } = statementsOf(body, [['The envoy', person('Unnamed Envoy')]]);
    expect(statements).toEqual([]);
  });
});
