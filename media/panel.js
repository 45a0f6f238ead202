// The migration panel's page script. It draws the model the extension posts ({type:'model'})
// with DOM calls only (rule messages contain code: nothing is ever parsed as HTML), and posts the user's clicks
// back. The extension validates every message it receives (client/src/panel/messages.ts).
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  /** @type {any} */
  let model = null;

  /** Which categories are expanded, kept across re-renders and reloads of the view. */
  const state = vscode.getState() || { open: {} };

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attrs]
   * @param {(Node | string)[]} [children]
   */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children || []) node.append(c);
    return node;
  }

  function post(message) {
    vscode.postMessage(message);
  }

  function guideLink(text, guide, anchor, key, about) {
    const a = el('a', { href: '#', class: 'guide', 'data-key': key, 'aria-label': `Guide: ${about}`, title: `Open ${guide}${anchor ? '#' + anchor : ''}` }, [text]);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      post({ type: 'openGuide', guide, anchor });
    });
    return a;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  }

  function renderCategory(c) {
    const open = state.open[c.category] === true;
    const done = c.findings === 0;
    const li = el('li', { class: `category ${done ? 'done' : 'todo'}` });
    const heading = el('div', { class: 'row' });
    const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': String(open && !done), 'data-key': `toggle:${c.category}` }, [
      el('span', { class: 'mark', 'aria-hidden': 'true' }, [done ? '\u2713' : open ? '\u25BE' : '\u25B8']),
      `${c.label} `,
      el('span', { class: 'count' }, [done ? 'done' : plural(c.findings, 'finding')]),
    ]);
    if (done) toggle.setAttribute('disabled', '');
    toggle.addEventListener('click', () => {
      state.open[c.category] = !open;
      vscode.setState(state);
      render();
    });
    // The actions stay together at the right edge, so a narrow sidebar never splits a row in two.
    const actions = el('span', { class: 'actions' });
    if (c.safeFixes > 0) {
      const fix = el('button', { type: 'button', class: 'fix', 'data-key': `fix:${c.category}`, title: `Apply the safe fixes of the ${c.label} findings` }, [
        `Fix ${c.safeFixes} safe`,
      ]);
      fix.addEventListener('click', () => post({ type: 'fixCategory', uri: model.uri, category: c.category }));
      fix.setAttribute('aria-label', `Fix all safe ${c.label} findings (${c.safeFixes})`);
      actions.append(fix);
    }
    actions.append(guideLink('Guide', c.guide, c.anchor, `guide:${c.category}`, c.label));
    heading.append(toggle, actions);
    li.append(heading);
    if (open && !done && c.items.length > 0) {
      const list = el('ul', { class: 'findings' });
      c.items.forEach((f, i) => {
        const item = el('li', { class: `finding ${f.severity}` });
        const go = el('button', { type: 'button', class: 'link', 'data-key': `reveal:${c.category}:${i}`, title: 'Show in the editor' }, [
          el('span', { class: 'line' }, [`${f.line + 1}:${f.character + 1}`]),
          ` ${f.message}`,
        ]);
        go.addEventListener('click', () => post({ type: 'reveal', uri: model.uri, line: f.line, character: f.character }));
        const rule = el('a', { href: '#', class: 'rule', 'data-key': `rule:${c.category}:${i}`, title: `About ${f.ruleId}` }, [f.ruleId]);
        rule.addEventListener('click', (event) => {
          event.preventDefault();
          post({ type: 'openRule', ruleId: f.ruleId });
        });
        item.append(go, ' ', rule);
        list.append(item);
      });
      li.append(list);
    }
    return li;
  }

  function renderManual() {
    const section = el('section', { class: 'manual', 'aria-labelledby': 'manual-heading' }, [el('h2', { id: 'manual-heading' }, ['Manual checks'])]);
    if (model.ticksUnavailable) section.append(el('p', { class: 'note' }, [model.ticksUnavailable]));
    const list = el('ul', { class: 'checklist' });
    for (const item of model.manual) {
      const id = `tick-${item.id}`;
      const box = el('input', { type: 'checkbox', id, 'data-key': `tick:${item.id}` });
      const input = /** @type {HTMLInputElement} */ (box);
      input.checked = item.ticked;
      if (model.ticksUnavailable) input.disabled = true;
      input.addEventListener('change', () => post({ type: 'setTick', uri: model.uri, item: item.id, value: input.checked }));
      const row = el('li', { class: 'row' }, [box, el('label', { for: id }, [item.label])]);
      if (item.guide) row.append(' ', guideLink('Guide', item.guide, item.anchor, `guide:${item.id}`, item.label));
      list.append(row);
    }
    section.append(list);
    return section;
  }

  function render() {
    // Re-rendering replaces the nodes: put keyboard focus back on the same control.
    const focused = document.activeElement && document.activeElement.getAttribute('data-key');
    root.replaceChildren();
    if (!model) {
      root.append(el('p', { class: 'empty' }, ['Open a Python file to see its migration status.']));
      return;
    }
    root.append(
      el('header', {}, [
        el('h1', { class: 'file', title: model.file }, [model.file]),
        el('p', { class: `status ${model.status} ${model.state}` }, [el('strong', {}, [model.statusLabel]), ' \u2014 ', model.statusDetail]),
      ]),
    );
    if (model.state === 'ok') {
      const categories = el('section', { class: 'categories', 'aria-labelledby': 'categories-heading' }, [
        el('h2', { id: 'categories-heading' }, [`Checklist (${plural(model.findings, 'finding')})`]),
      ]);
      const list = el('ul', { class: 'checklist' });
      for (const c of model.categories) list.append(renderCategory(c));
      categories.append(list);
      root.append(categories);
    }
    root.append(renderManual());
    if (focused) {
      const again = root.querySelector(`[data-key="${CSS.escape(focused)}"]`);
      if (again instanceof HTMLElement) again.focus();
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'model') return;
    model = message.model;
    render();
  });
  post({ type: 'ready' });
})();
