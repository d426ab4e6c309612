import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

performance.mark('app:mount');
mount(App, { target: document.getElementById('app')! });
