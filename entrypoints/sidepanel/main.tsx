import { render } from 'preact';
import { PanelApp } from '../../components/panel/PanelApp';
import '../../components/common/page.css';
import '../../components/passage/passage.css';
import '../../components/panel/panel.css';

render(<PanelApp />, document.getElementById('app')!);
