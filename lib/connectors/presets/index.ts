import { GOOGLE_CALENDAR_PRESET } from './google-calendar';
import { HUBSPOT_PRESET } from './hubspot';
import { JOBBER_PRESET } from './jobber';
import { PIPEDRIVE_PRESET } from './pipedrive';
import { QBO_PRESET } from './qbo';
import { SCRATCH_PRESET } from './scratch';
import { XERO_PRESET } from './xero';
import type { ConnectorPreset } from './types';

export { defaultRestSettings } from './scratch';
export { fitCanonicals, type ConnectorPreset, type PresetInput, type PresetParam } from './types';

/** Starting points in the "Add system" form: from scratch first, then the vendor presets. */
export const PRESETS: ConnectorPreset[] = [
  SCRATCH_PRESET,
  HUBSPOT_PRESET,
  QBO_PRESET,
  XERO_PRESET,
  JOBBER_PRESET,
  PIPEDRIVE_PRESET,
  GOOGLE_CALENDAR_PRESET,
];

export function findPreset(id: string): ConnectorPreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
