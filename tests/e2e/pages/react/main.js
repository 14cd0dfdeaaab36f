// A small React app with the wrappers, built by tests/e2e/react.e2e.ts with Vite (React and @lit/react from the repo).
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FocusAreaCard, Search, TaskPicker } from '../../../../components/react.ts';

function App() {
  const [opened, setOpened] = useState('');
  const [value, setValue] = useState('');
  return h(
    'main',
    null,
    h(FocusAreaCard, { area: 'mening', variant: 'full' }),
    h(Search, {
      value: 'trio',
      onLgOpen: (e) => {
        e.preventDefault();
        setOpened(e.detail.target);
      },
    }),
    // A controlled picker, as React does it: the value it shows is the state its change handler keeps.
    h(TaskPicker, { name: 'fokus', noStorage: true, value: value || 'drift=3', onChange: (e) => setValue(e.currentTarget.value) }),
    h('output', { id: 'opened' }, opened),
    h('output', { id: 'value' }, value),
  );
}

createRoot(document.getElementById('app')).render(h(App));
