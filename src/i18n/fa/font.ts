// Importing this module adds Vazirmatn's @font-face rules (Vite emits the CSS with this chunk).
import './font.css';
