// Unit tests run under a zone west of UTC (see package.json) so that local-time bugs fail loudly.
import '@testing-library/jest-dom/vitest';
