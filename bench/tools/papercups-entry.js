// What a shop adds to its page to show Papercups' chat widget, bundled by `cargo xtask bench`
// (esbuild --bundle --minify, production React) to weigh it the way ours is weighed.
import React from 'react';
import { render } from 'react-dom';
import { ChatWidget } from '@papercups-io/chat-widget';

render(
  React.createElement(ChatWidget, { accountId: 'bench', title: 'Help', primaryColor: '#1a4dd8' }),
  document.body.appendChild(document.createElement('div')),
);
