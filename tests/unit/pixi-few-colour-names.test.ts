import { describe, expect, it } from 'vitest';
import { colord, extend } from '@pixi/colord';
import fewColourNames from '../../src/view/pixi-few-colour-names';

extend([fewColourNames as never]);

describe('the stand-in for colord\'s names plugin (vite.shared.ts)', () => {
  it('parses the colour names Pixi\'s own defaults use', () => {
    expect(colord('black').toHex()).toBe('#000000');
    expect(colord('WHITE').toHex()).toBe('#ffffff');
    expect(colord('red').toHex()).toBe('#ff0000');
    expect(colord('transparent').alpha()).toBe(0);
  });

  it('knows no other names, and none from Object.prototype', () => {
    expect(colord('cornflowerblue').isValid()).toBe(false);
    expect(colord('constructor').isValid()).toBe(false);
  });
});
