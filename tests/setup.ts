import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor poll until their condition holds; this is only the bound. Testing Library's
// default of one second fails on a loaded two-core machine (a save that takes 1.3 s to show "Saved").
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
