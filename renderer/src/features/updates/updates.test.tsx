import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { initialUpdateState, type UpdateState } from '../../../../shared/updates/updateState';
import type { KopspeksDatabase } from '../../db/database';
import { setLocal } from '../../db/local';
import { useSyncStore } from '../../db/sync/syncStore';
import { createTestDatabase, renderWithApp } from '../../test/renderWithApp';
import { UpdateSection } from './UpdateSection';
import { UpdatesBanner } from './UpdatesBanner';
import type { UpdatesApi } from './useUpdateState';

function fakeApi(initial: Partial<UpdateState>) {
  let state: UpdateState = { ...initialUpdateState('1.0.0'), ...initial };
  const answer = (): Promise<IpcResult<UpdateState>> => Promise.resolve({ ok: true, value: state });
  const api = {
    'update:getState': vi.fn(answer),
    'update:checkNow': vi.fn(() => {
      state = { ...state, status: 'checking' };
      return answer();
    }),
    'update:install': vi.fn(() => {
      state = { ...state, installWhenIdle: true };
      return answer();
    }),
    'update:setBusy': vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
  } satisfies UpdatesApi;
  return { api, set: (patch: Partial<UpdateState>) => (state = { ...state, ...patch }) };
}

let db: KopspeksDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  useSyncStore.getState().set({ phase: 'signedOut' });
});
afterEach(async () => {
  await db.close();
});

describe('Settings → About: updates', () => {
  it('shows the status and the last check, and checks on demand', async () => {
    const { api } = fakeApi({ status: 'upToDate', lastCheckedAt: '2026-11-26T08:30:00.000Z' });
    await renderWithApp(<UpdateSection api={api} isDesktop />, { db, locale: 'en' });
    expect(await screen.findByText('You have the latest version.')).toBeTruthy();
    expect(screen.getByText(/^Last checked: .*2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Checking for a newer version…')).toBeTruthy();
    expect(api['update:checkNow']).toHaveBeenCalledOnce();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Check now' }).disabled).toBe(
      true,
    );
  });

  it('offers "Restart to update" once downloaded, and says when it waits for a sync', async () => {
    const { api } = fakeApi({ status: 'ready', availableVersion: '1.1.0' });
    const idle = vi.spyOn(db, 'requestIdlePromise');
    await renderWithApp(<UpdateSection api={api} isDesktop />, { db, locale: 'lv' });
    expect(await screen.findByText(/Versija 1\.1\.0 ir lejupielādēta/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restartēt un atjaunināt' }));
    await waitFor(() => expect(api['update:install']).toHaveBeenCalledOnce());
    expect(idle).toHaveBeenCalled();
    expect(await screen.findByText(/restartēsies, tiklīdz beigsies sinhronizācija/)).toBeTruthy();
  });

  it('says plainly that updates are not available in the browser', async () => {
    const { api } = fakeApi({ status: 'unavailable' });
    await renderWithApp(<UpdateSection api={api} isDesktop={false} />, { db, locale: 'en' });
    expect(await screen.findByText(/Updates are not available in the browser/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check now' })).toBeNull();
  });

  it("shows download progress in the user's locale", async () => {
    const { api } = fakeApi({
      status: 'downloading',
      availableVersion: '1.1.0',
      downloadPercent: 42,
    });
    await renderWithApp(<UpdateSection api={api} isDesktop />, { db, locale: 'lv' });
    expect(await screen.findByText(/Lejupielādē versiju 1\.1\.0 \(42\s?%\)/)).toBeTruthy();
  });
});

describe('the updates banner', () => {
  const renderBanner = (api: UpdatesApi, isDesktop = true) =>
    renderWithApp(
      <MemoryRouter>
        <UpdatesBanner api={api} isDesktop={isDesktop} />
      </MemoryRouter>,
      { db, locale: 'en' },
    );

  it('offers the restart without interrupting, and "Later" hides it', async () => {
    const { api } = fakeApi({ status: 'ready', availableVersion: '1.1.0' });
    await renderBanner(api);
    expect(await screen.findByText('A new version of Kopspēks (1.1.0) is ready.')).toBeTruthy();
    expect(api['update:install']).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of Kopspēks (1.1.0) is ready.')).toBeNull();
  });

  it('tells the user plainly when data from a newer version arrived', async () => {
    const { api } = fakeApi({ status: 'upToDate' });
    await renderBanner(api);
    expect(screen.queryByRole('alert')).toBeNull();
    await act(() =>
      setLocal(db, 'syncIssue:olaine|need-1', {
        communityId: 'olaine',
        docId: 'need-1',
        kind: 'newerVersion',
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Data from a newer version of Kopspēks has arrived.');
    expect(alert.textContent).toContain('Update Kopspēks to see it.');
    fireEvent.click(screen.getByRole('button', { name: 'Check for updates' }));
    expect(api['update:checkNow']).toHaveBeenCalledOnce();
  });

  it('does not count other sync issues as newer data', async () => {
    const { api } = fakeApi({ status: 'upToDate' });
    await setLocal(db, 'syncIssue:olaine|need-2', {
      communityId: 'olaine',
      docId: 'need-2',
      kind: 'invalid',
    });
    await renderBanner(api);
    await waitFor(() => expect(api['update:getState']).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a running sync to the main process', async () => {
    const { api } = fakeApi({ status: 'idle' });
    await renderBanner(api);
    await waitFor(() => expect(api['update:setBusy']).toHaveBeenLastCalledWith({ busy: false }));
    act(() => useSyncStore.getState().set({ phase: 'syncing' }));
    await waitFor(() => expect(api['update:setBusy']).toHaveBeenLastCalledWith({ busy: true }));
    act(() => useSyncStore.getState().set({ phase: 'upToDate' }));
    await waitFor(() => expect(api['update:setBusy']).toHaveBeenLastCalledWith({ busy: false }));
  });
});
