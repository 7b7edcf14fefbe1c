/**
 * Wraps an event handler so it runs only for events from the user's own input. The panel sits
 * in the host page's DOM, so a page script could otherwise click Apply or Confirm for the user.
 * Its synthetic events have `isTrusted` false and are ignored.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
