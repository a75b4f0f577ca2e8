// Builds the display renderer for the hub, which serves it at /display/.
import react from '@vitejs/plugin-react';
import { rendererConfig } from '../build/vite-renderer';

export default rendererConfig({ app: 'display', plugins: [react()] });
