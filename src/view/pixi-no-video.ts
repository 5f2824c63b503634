/**
 * Stands in for Pixi's VideoSource (see vite.shared.ts): the widget never makes a texture from a <video>, so
 * Pixi's video texture source (and its video alpha-mode probe) is left out. Pixi registers this stand-in as an
 * extension of no type, which registers nothing: a video given to `Texture.from` finds no source type.
 */
export const VideoSource = { extension: { type: [], name: 'video-source-not-bundled' } };
