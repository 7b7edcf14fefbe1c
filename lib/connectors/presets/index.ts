import { SCRATCH_PRESET } from './scratch';
import type { ConnectorPreset } from './types';

export { defaultRestSettings } from './scratch';
export type { ConnectorPreset, PresetInput, PresetParam } from './types';

/** Starting points in the "Add system" form: from scratch first, then the vendor presets. */
export const PRESETS: ConnectorPreset[] = [SCRATCH_PRESET];

export function findPreset(id: string): ConnectorPreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
