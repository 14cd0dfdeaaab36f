// A round as a meeting runs it, in a real Chromium: the facilitator's page at 1280 px, and each participant on a
// phone of their own (a browser context each, 375 px) who opens the round's link, answers by tapping, and sends the
// answer code in the meeting's chat. The facilitator starts the round, pastes the whole chat, and reveals. Every
// click, key and paste on the facilitator's page is counted: the figure the round's target is about (≤ 5 actions from
// start to the group's picture). Used by tests/e2e/round-room.e2e.ts and scripts/bench-round.mjs.

/** Runs a round of `people` participants at `url` (a page with <lg-round>); resolves to what the facilitator did and saw. */
export async function runRound(browser, url, people, { lang = 'da' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const actions = [];
  const act = async (what, doing) => {
    actions.push(what);
    await doing();
  };
  try {
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('lg-round') && document.querySelector('lg-round')?.shadowRoot?.querySelector('form.setup'));
    await act('start', () => page.locator('lg-round form.setup button[type="submit"]').click());
    const link = await page.locator('lg-round #link').inputValue();
    // the participants, each on a phone of their own; their codes arrive in the meeting's chat
    const lines = [lang === 'da' ? 'Mødeleder: Send jeres svarkode her i chatten 🙂' : 'Facilitator: send your answer code here in the chat 🙂'];
    for (let i = 0; i < people; i++) {
      const code = await answerOnPhone(browser, link, i);
      lines.push(`Deltager ${i + 1} (10:${String(30 + i).padStart(2, '0')}): ${i % 3 === 0 ? code.toLowerCase() : code}`);
    }
    lines.push(lines[1]); // someone sends theirs twice
    const chat = lines.join('\n');
    await page.evaluate((text) => navigator.clipboard.writeText(text), chat);
    await page.locator('lg-round #answer-code').focus(); // the field has focus already after start: not an action
    await act('paste the chat', () => page.keyboard.press('ControlOrMeta+v'));
    await page.waitForFunction((n) => document.querySelector('lg-round')?.round?.answers.length === n, people);
    await act('reveal', () => page.locator('lg-round #reveal').click());
    await page.waitForFunction(() => document.querySelector('lg-round')?.shadowRoot?.querySelector('.picture'));
    const picture = await page.evaluate(() => document.querySelector('lg-round').round.revealed);
    return { actions, picture };
  } finally {
    await context.close();
  }
}

/** One participant: opens the link on a phone, taps a step in each area, makes the code, reads it. */
export async function answerOnPhone(browser, link, i) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('lg-round form.answer').waitFor(); // the round may be inside another element (<lg-meeting>)
    for (const [n, area] of ['faglighed', 'innovation', 'mening', 'drift'].entries())
      await page.locator(`lg-round input[name="step-${area}"]`).nth((i + n) % 4).tap();
    await page.locator('lg-round form.answer button[type="submit"]').tap();
    return (await page.locator('lg-round #answer-code').textContent()).trim();
  } finally {
    await context.close();
  }
}
