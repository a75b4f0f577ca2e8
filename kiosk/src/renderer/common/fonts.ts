// Sarabun, bundled with the app (the office network may have no internet): regular, semibold, bold.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import '@fontsource/sarabun/700.css';
