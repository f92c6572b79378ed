/**
 * Series colours: each holds at least 3:1 against white (WCAG 1.4.11 for graphics) and the first
 * few stay apart for common colour-vision deficiencies. Colour is never the only carrier of
 * meaning: every chart has its table view.
 */
export const SERIES_COLOURS = ['#1d4f91', '#c2410c', '#0f766e', '#7e22ce', '#a16207', '#be185d', '#4b5563', '#15803d'];

/** Traffic-light statuses shared by achievement figures (fill for marks, ink for text on tint). */
export const TRAFFIC_LIGHT = {
  good: { fill: '#15803d', ink: '#1e5e2f', tint: '#e5f4e9' },
  warning: { fill: '#b45309', ink: '#7a4300', tint: '#fff3df' },
  poor: { fill: '#b91c1c', ink: '#a4161a', tint: '#fdecec' },
  none: { fill: '#6b7280', ink: '#4d5560', tint: '#f4f6f8' },
} as const;
export type TrafficLight = keyof typeof TRAFFIC_LIGHT;

/** Sequential ramp for choropleths, light to dark blue; the light end still differs from the
 * near-white "no data" fill, and every area has a grey outline. */
export const SEQUENTIAL_RAMP = ['#bcd5ef', '#89b4e0', '#5590cc', '#2a66a8', '#143a6b'];
export const NO_DATA_FILL = '#f6f7f9';
export const AREA_BORDER = '#8a94a0';
