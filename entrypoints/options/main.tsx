import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
