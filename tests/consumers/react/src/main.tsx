import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FocusAreas } from '@gentofte/ledelsesgrundlag/react/focus-areas';
import { Search } from '@gentofte/ledelsesgrundlag/react/search';
import { TaskPicker } from '@gentofte/ledelsesgrundlag/react/task-picker';

/** The README's snippet, controlled, in an app that also keeps state of its own in onInput. */
function App() {
  const [value, setValue] = useState('drift=3');
  const [inputs, setInputs] = useState(0);
  const [opened, setOpened] = useState('');
  return (
    <main>
      <FocusAreas headingLevel="2" />
      <Search
        value="trio"
        onLgOpen={(e) => {
          e.preventDefault();
          setOpened(e.detail.target);
        }}
      />
      <TaskPicker name="fokus" noStorage value={value} onInput={() => setInputs((n) => n + 1)} onChange={(e) => setValue(e.currentTarget.value)} />
      <output id="value">{value}</output>
      <output id="inputs">{inputs}</output>
      <output id="opened">{opened}</output>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
