// Builds the counter renderer for the hub, which serves it at /counter/.
import react from '@vitejs/plugin-react';
import { rendererConfig } from '../build/vite-renderer';

export default rendererConfig({ app: 'counter', plugins: [react()] });
