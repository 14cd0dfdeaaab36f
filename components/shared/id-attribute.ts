/**
 * The converter of an attribute that names one of a closed set of ids (`area`, `level`, `mode`, `variant`): an
 * editor's `area="Drift"` or `area=" drift "` means `drift`, so case and surrounding spaces are forgiven. What is
 * still unknown after that reaches the element as it is (lower-cased), which shows its notice.
 */
export const idAttribute = {
  fromAttribute: (value: string | null): string | null => (value == null ? null : value.trim().toLowerCase()),
};
