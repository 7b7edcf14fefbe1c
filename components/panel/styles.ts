/**
 * Panel styles. A page rule can still reach the host element and pass inherited properties
 * down, so `all: initial` resets them again on the panel's root. Every size is in px because
 * `rem` would follow the host page's root font size.
 */
export const PANEL_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: block; }
.panel { all: initial; display: block; box-sizing: border-box; width: 340px; max-height: 70vh; overflow: auto; padding: 12px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d2330; background: #fff;
  border: 1px solid #c9cfd8; border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); }
header { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
.brand { font-weight: 700; flex: 1; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 4px; border: 1px solid #2957c4;
  background: #2957c4; color: #fff; cursor: pointer; }
button:disabled { opacity: 0.5; cursor: default; }
button.secondary { background: #fff; color: #2957c4; }
button.link { background: none; border: none; color: #2957c4; padding: 0 4px; }
button:focus-visible, select:focus-visible { outline: 2px solid #f0a500; outline-offset: 1px; }
select { font: inherit; font-size: 13px; margin: 0 8px; padding: 3px; }
ul { list-style: none; margin: 0; padding: 0; }
.current { padding-bottom: 8px; border-bottom: 1px solid #e4e7ec; margin-bottom: 8px; }
.title { font-weight: 600; overflow-wrap: anywhere; }
.match { padding: 6px 0; border-bottom: 1px solid #f0f2f5; }
.row { display: flex; gap: 6px; align-items: baseline; }
.status { margin-left: auto; padding: 1px 6px; border-radius: 10px; background: #e8eefc; font-size: 12px; }
.status.unmapped { background: #fde7d9; }
.muted { color: #5b6472; font-size: 12px; }
.hint { margin: 2px 0 0; font-size: 12px; color: #8a5a00; }
.warning, .error { margin: 6px 0; padding: 6px; border-radius: 4px; background: #fdecea; color: #8a1c12; }
.notice { margin: 6px 0; padding: 6px; border-radius: 4px; background: #fff6df; }
.control { display: flex; align-items: center; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.confirm { margin-top: 8px; padding: 8px; border: 1px solid #d9822b; border-radius: 4px; }
.confirm button { margin-right: 6px; }
.batch { margin-top: 10px; }
.batch li { padding: 3px 0; }
.state.done { color: #176b2c; } .state.conflict, .state.needs_review { color: #8a1c12; }
.summary { font-weight: 600; }
.actions { display: flex; gap: 6px; margin-top: 4px; }
.preview { margin-top: 8px; padding: 8px; border: 1px dashed #2957c4; border-radius: 4px; }
.preview code { display: block; margin: 2px 0 4px; font: 11px/1.3 ui-monospace, monospace; overflow-wrap: anywhere; }
.preview button, .batch > button { margin-right: 6px; margin-top: 6px; }
.notice button { margin-left: 6px; }
`;
