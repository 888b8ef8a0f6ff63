import * as assert from 'node:assert/strict';
import { mentionsStatus, plausibleStatus } from '../../src/core/evidence/vocabulary';

/** Which expressions read an HTTP status: the receiver chain before the name decides. */
describe('vocabulary: a status expression and its receiver', () => {
  const rows: Array<[receiver: string, tail: string, httpNearby: boolean, plausible: boolean]> = [
    ['res.', 'status', false, true],
    ['order.', 'status', false, false],
    ['$order->', 'status', false, false],
    ['client.get(url).', 'status', false, true],
    ['jobs[0].', 'status', false, true],
    ['', 'Status', false, false],
    ['resp.', 'Status', false, true],
    // A bare `code` needs an HTTP receiver, a status before it, or HTTP words nearby.
    ['response.', 'code', false, true],
    ['$response->', 'code', false, true],
    ['err.', 'code', false, false],
    ['res.status.', 'code', false, true],
    ['res.statusCode.', 'Code', false, true],
    ['', 'code', true, true],
    ['', 'code', false, false],
    ['', 'Code', true, true],
    ['', 'status', false, true],
    // The last member decides, spaced, called or prefixed with a sigil.
    ['$order', 'status', false, false],
    ['$res', 'code', false, true],
    ['$order', 'code', false, false],
    ['x.Status', 'code', false, true],
    ['x.status_code', 'code', false, true],
    ['x.statuses', 'code', false, false],
    ['res . body', 'code', false, false],
    ['res.body()', 'code', false, false],
    ['res', 'Status', false, true],
    // sttp's status object: `r.code.code` is the response's status number.
    ['r.code.', 'code', false, true],
    ['response.code.', 'code', false, true],
    ['err.code.', 'code', false, false],
    // Only a `code` tail looks through a `.code` member; a call's arguments are not part of the name.
    ['order.code.', 'status', false, true],
    ['resp.Code.', 'Code', false, true],
    ['code.', 'code', true, false],
    ['res.codes.', 'code', false, false],
    ['order(42).', 'status', false, false],
    ['foo.', 'code', false, false],
    ['x.order_status.', 'code', false, false],
  ];
  for (const [receiver, tail, near, plausible] of rows) {
    it(`${receiver}${tail}${near ? ' (HTTP nearby)' : ''}: ${plausible ? 'a status' : 'not one'}`, () => {
      assert.equal(plausibleStatus(receiver, tail, near), plausible);
    });
  }

  it('finds a plausible status expression anywhere in a text, and none where every one is another thing\'s', () => {
    assert.equal(mentionsStatus('const s = order.status || res.status;'), true);
    assert.equal(mentionsStatus('const s = order.status;'), false);
    assert.equal(mentionsStatus('if (err.code === "E1")'), false);
    assert.equal(mentionsStatus('if (code === 1)', true), true);
    assert.equal(mentionsStatus('nothing here'), false);
    assert.equal(mentionsStatus('x["status"] == 1'), true, 'a quoted status key names a status by itself');
    assert.equal(mentionsStatus('(int)res.code'), true);
    assert.equal(mentionsStatus('code'), false);
    assert.equal(mentionsStatus('code', true), true);
  });
});
