/**
 * Stands in for Pixi's VideoSource (see vite.shared.ts): the widget never draws video, so video textures are
 * left out of the bundle. Registered like the real one, it claims no resource.
 */
export class VideoSource {
  static extension = 'texture-source';
  static test(): boolean {
    return false;
  }
}
