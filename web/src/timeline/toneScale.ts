import { scaleLinear } from 'd3-scale';
import { TONE_COLORS } from '../graph/kinds';

const scale = scaleLinear<string>().domain([-10, 0, 10]).range([TONE_COLORS.hostile, TONE_COLORS.neutral, TONE_COLORS.cooperative]).clamp(true);

/** The colour of a Goldstein tone (−10 red … 0 grey … +10 green), the same scale as the graph's SPOKE_ABOUT edges. */
export function toneColor(tone: number | null): string {
  return tone === null ? TONE_COLORS.neutral : scale(tone);
}
