import type { Locator, Page } from 'playwright-core';

export type TileSla = 'breached' | 'due_today' | 'at_risk' | 'on_track' | 'forecast' | 'paused';

/** The board's numbers as the API returns them. */
export interface BoardNumbers {
  totals: Record<'on_track' | 'due_today' | 'at_risk' | 'breached' | 'paused' | 'open', number>;
  forecast: { total: number; unclaimed: number };
}

/** The number of the board each tile shows. */
export const TILE_VALUE: Record<TileSla, (b: BoardNumbers) => number> = {
  breached: (b) => b.totals.breached,
  due_today: (b) => b.totals.due_today,
  at_risk: (b) => b.totals.at_risk,
  on_track: (b) => b.totals.on_track,
  forecast: (b) => b.forecast.unclaimed,
  paused: (b) => b.totals.paused,
};

/** The supervisor's SLA board, workload and audit pages. */
export class SupervisionPage {
  readonly caseList: Locator;
  readonly caseCount: Locator;

  constructor(readonly page: Page) {
    this.caseList = page.getByTestId('case-list');
    this.caseCount = page.getByTestId('case-count');
  }

  tileCount(sla: TileSla): Locator {
    return this.page.getByTestId(`tile-${sla}-count`);
  }

  async openTile(sla: TileSla): Promise<void> {
    await this.page.getByTestId(`tile-${sla}`).click();
    await this.caseList.waitFor();
  }

  /** Waits until the drill-down grid finished loading and shows `count` rows in its summary. */
  async waitForCaseCount(text: string): Promise<void> {
    await this.page.waitForFunction(([t]) => document.querySelector('[data-testid="case-count"]')?.textContent?.includes(t!) ?? false, [text]);
  }

  workloadRow(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name }).first();
  }
}
