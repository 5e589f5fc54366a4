import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCommand } from '../fakes/slack-signing.ts';
import { CLERK, MEMBER, SECRET, blocksText, startHarness, type Harness } from './harness.ts';

let h: Harness;
const CHANNEL = 'C0COMMITTEE';

/** Runs `/scrutiny <text>` as Slack does and returns what the bot posted to the response_url. */
async function slash(text: string, user = CLERK, channel = CHANNEL) {
  const responseUrl = h.fake.responseUrl();
  const res = await postCommand(h.url, SECRET, {
    token: 'x', team_id: 'T043DB835ML', channel_id: channel, channel_name: 'children', user_id: user, user_name: 'someone',
    command: '/scrutiny', text, api_app_id: 'A0442TUPHGR', response_url: responseUrl, trigger_id: '1.2.3',
  });
  expect(res.status).toBe(200);
  return (await h.fake.waitFor('response_url', (c) => c.url === responseUrl)).body;
}

beforeAll(async () => {
  h = await startHarness({ seeds: true });
});
afterAll(async () => h?.close());

describe('/scrutiny', () => {
  it('refuses a member who tries to link a channel, politely naming who can', async () => {
    const body = await slash('link Children', MEMBER);
    expect(body.text).toMatch(/only the committee clerks and chairs can link channels/);
    expect(body.text).toContain(`<@${CLERK}>`);
  });

  it('links a channel for a clerk, and answers there cite only that committee', async () => {
    const body = await slash('link Children');
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('*Children*');
    const other = await slash('link Adults', CLERK, 'C0OTHER');
    expect(other.text).toContain('*Adults*');
    const asked = await slash('ask How many children in care are there in Birmingham?', MEMBER, 'C0OTHER');
    expect(blocksText(asked)).toMatch(/don't answer/);
  });

  it('answers `ask` in the channel with the quote', async () => {
    const body = await slash('ask How many children in care are there in Birmingham?', MEMBER);
    expect(body.response_type).toBe('in_channel');
    expect(blocksText(body)).toMatch(/children in care/i);
    expect(JSON.stringify(body.blocks)).toContain('"text":">');
  });

  it('lists papers and shows help', async () => {
    expect(blocksText(await slash('papers', MEMBER))).toMatch(/5 paper\(s\)/);
    expect(blocksText(await slash('help', MEMBER))).toContain('/scrutiny actions');
    expect(blocksText(await slash('frobnicate', MEMBER))).toContain("I don't know `frobnicate`");
  });

  it('adds and lists meetings (clerks only)', async () => {
    expect((await slash('meeting add 2025-03-10 Budget scrutiny', MEMBER)).text).toMatch(/only the committee clerks and chairs can manage meetings/);
    const added = await slash(`meeting add 2025-03-10 Budget scrutiny <@UCHAIR01|chair>`);
    expect(added.text).toContain('children-2025-03-10');
    expect(added.text).toContain('<@UCHAIR01>');
    expect(blocksText(await slash('meeting list', MEMBER))).toContain('Budget scrutiny');
  });

  it('removes a meeting (clerks only), and names an unknown one with the meetings there are', async () => {
    await slash('meeting add 2025-04-10 Spare meeting');
    expect((await slash('meeting remove children-2025-04-10', MEMBER)).text).toMatch(/only the committee clerks and chairs can manage meetings/);
    expect((await slash('meeting remove children-2025-04-10')).text).toMatch(/Meeting removed by/);
    expect((await slash('meeting remove children-2025-04-10')).text).toMatch(/No meeting "children-2025-04-10".*children-2025-03-10/);
  });

  it('lists commitments overdue first, and marks one', async () => {
    const body = await slash('actions', MEMBER);
    expect(body.response_type).toBe('ephemeral');
    const text = blocksText(body);
    expect(text).toMatch(/Commitments: Children/);
    expect((await slash('mark nosuchid achieved done', CLERK)).text).toMatch(/no commitment with id `nosuchid`/);
    expect((await slash('mark nosuchid achieved', MEMBER)).text).toMatch(/only the committee clerks and chairs/);
    const id = /`([0-9a-f]{16})`/.exec(text)?.[1];
    expect(id).toBeDefined();
    expect((await slash(`mark ${id} on-track reported in March`, CLERK)).text).toContain('marked a commitment *on-track*');
  });

  it('drafts challenge questions', async () => {
    const body = await slash('challenge children in care', MEMBER);
    expect(blocksText(body)).toMatch(/Challenge questions/);
  });

  it('uploads the briefing pack PDF to the channel with files.uploadV2', async () => {
    const responseUrl = h.fake.responseUrl();
    await postCommand(h.url, SECRET, { channel_id: CHANNEL, user_id: MEMBER, command: '/scrutiny', text: 'brief children-2025-03-10', response_url: responseUrl, team_id: 'T043DB835ML', trigger_id: '1' });
    const done = await h.fake.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === CHANNEL);
    const id = (done.body.files as Array<{ id: string }>)[0]!.id;
    expect(h.fake.uploaded.get(id)!.subarray(0, 5).toString()).toBe('%PDF-');
    const asked = h.fake.callsTo('files.getUploadURLExternal').find((c) => String(c.body.filename).includes('children-2025-03-10'));
    expect(asked).toBeDefined();
  });
});
