import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code they test. Renderer tests opt into a DOM with
// a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
