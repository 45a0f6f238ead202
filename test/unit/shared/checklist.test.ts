import assert from 'node:assert/strict';
import { emptyChecklist, formatChecklist, parseChecklist } from '../../../shared/checklist';

describe('shared/checklist', () => {
  it('round-trips ticks, sorted, dropping unticked files and unknown items', () => {
    const checklist = emptyChecklist();
    checklist.files['users/views.py'] = { divisionReviewed: true, strBytesReviewed: false };
    checklist.files['chats/models.py'] = { coveredByTests: true };
    checklist.files['empty.py'] = { runUnderPython3: false };
    const text = formatChecklist(checklist);
    assert.ok(text.indexOf('chats/models.py') < text.indexOf('users/views.py'));
    assert.ok(!text.includes('empty.py'));
    const parsed = parseChecklist(text.replace('"coveredByTests": true', '"coveredByTests": true, "bogus": true'));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.checklist.files, { 'chats/models.py': { coveredByTests: true }, 'users/views.py': { divisionReviewed: true } });
  });

  it('names what is wrong with a bad file instead of throwing', () => {
    const notObject = parseChecklist('[]');
    assert.ok(!notObject.ok && notObject.problem === 'expected a JSON object');
    const bad = parseChecklist('{"version": 2, "files": {}}');
    assert.ok(!bad.ok && bad.problem.includes('unsupported version 2'));
    const notJson = parseChecklist('nope');
    assert.ok(!notJson.ok && notJson.problem.startsWith('not valid JSON'));
  });
});
