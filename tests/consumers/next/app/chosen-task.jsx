'use client';
import { useState } from 'react';
import { TaskPicker } from '@gentofte/ledelsesgrundlag/react/task-picker';

/** A client component with a controlled picker, as the README writes it, that also counts inputs. */
export function ChosenTask() {
  const [value, setValue] = useState('drift=3');
  const [inputs, setInputs] = useState(0);
  return (
    <section>
      <TaskPicker name="fokus" noStorage value={value} onInput={() => setInputs((n) => n + 1)} onChange={(e) => setValue(e.currentTarget.value)} />
      <output id="value">{value}</output>
      <output id="inputs">{inputs}</output>
    </section>
  );
}
