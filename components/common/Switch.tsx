/** Props of {@link Switch}. */
export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Extra explanation, announced with the switch. */
  description?: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a native checkbox with `role="switch"`, so Space toggles it. */
export function Switch({ id, label, checked, disabled, description, onChange }: SwitchProps) {
  const descId = description ? `${id}-desc` : undefined;
  return (
    <div class="fc-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={descId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {description && (
        <p id={descId} class="fc-hint fc-switch__desc">
          {description}
        </p>
      )}
    </div>
  );
}
