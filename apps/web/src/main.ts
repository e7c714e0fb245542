import { createApp } from 'vue';
import App from './App.vue';
import { ensureChineseFont } from './ui-font.ts';
import './styles.css';

void ensureChineseFont().then(() => createApp(App).mount('#app'));
