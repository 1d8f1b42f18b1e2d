import { useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { unwrap } from '../../shared/api';
import { soundUnlocked, unlockSound } from '../../shared/chime';
import { openEventStream } from '../../shared/event-stream';
import { deviceApi, deviceStore, type PairedDevice } from '../device/device-session';
import { PairingPage } from '../device/pairing.page';
import { Announcer } from './announcer';
import { type Board, type BoardAction, initialBoardState, reduceBoard } from './board-state';

/** `/papan`: the TV board of the site this device was paired to (1920×1080, read from 5 m). */
export function BoardPage() {
  const [device, setDevice] = useState(() => deviceStore.read('board'));
  if (!device) return <PairingPage kind="board" onPaired={setDevice} />;
  return <BoardScreen device={device} onUnpaired={() => setDevice(undefined)} />;
}

function BoardScreen({ device, onUnpaired }: { device: PairedDevice; onUnpaired: () => void }) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(reduceBoard, initialBoardState);
  const [connected, setConnected] = useState(false);
  const [sound, setSound] = useState(() => unlockSound() && soundUnlocked());
  const announcer = useMemo(() => new Announcer(), []);
  const client = useMemo(() => deviceApi(device), [device]);

  useEffect(() => {
    document.title = `${t('board.title')} · ${device.name}`;
  }, [t, device.name]);

  useEffect(
    () =>
      openEventStream({
        url: `/v1/regions/${encodeURIComponent(device.regionCode)}/sites/${encodeURIComponent(device.siteCode)}/board/events`,
        headers: { 'x-device-token': device.token },
        onConnection: setConnected,
        onRefused: () => {
          deviceStore.write(undefined);
          onUnpaired();
        },
        onEvent: (event) => {
          if (!['board', 'called', 'counter', 'line'].includes(event.type)) return;
          const action = { type: event.type, data: JSON.parse(event.data) } as BoardAction;
          if (action.type === 'called') announcer.announce(action.data.announcement.id);
          dispatch(action);
        },
      }),
    [device, announcer, onUnpaired],
  );

  // A counter opened that the last snapshot did not list: read the board again for its name.
  useEffect(() => {
    if (!state.stale) return;
    void unwrap(
      client.GET('/v1/regions/{code}/sites/{siteCode}/board', { params: { path: { code: device.regionCode, siteCode: device.siteCode } } }),
    )
      .then((board) => dispatch({ type: 'names', data: board as Board }))
      .catch(() => undefined);
  }, [state.stale, client, device]);

  const [current, ...recent] = state.calls;
  const board = state.board;
  return (
    <div className="board">
      <div role="status" aria-live="assertive" className={connected ? 'board__banner board__banner--hidden' : 'board__banner'}>
        {connected ? '' : t('board.reconnecting')}
      </div>
      <main className="board__main">
        <h1 className="board__site">{device.name}</h1>
        <section className="board__current" aria-labelledby="board-current" aria-live="polite">
          <h2 id="board-current">{t('board.nowCalling')}</h2>
          {current ? (
            <p className="board__call">
              <span className="board__number">{current.ticketNumber}</span>
              <span className="board__counter">{current.counterName}</span>
            </p>
          ) : (
            <p className="board__idle">{t('board.noCall')}</p>
          )}
        </section>
        <section className="board__recent" aria-labelledby="board-recent">
          <h2 id="board-recent">{t('board.recent')}</h2>
          <ol>
            {recent.map((call) => (
              <li key={`${call.counterCode}/${call.ticketNumber}/${call.at}`}>
                <span className="board__recent-number">{call.ticketNumber}</span> <span>{call.counterName}</span>
              </li>
            ))}
          </ol>
        </section>
        <section className="board__counters" aria-labelledby="board-counters">
          <h2 id="board-counters">{t('board.counters')}</h2>
          <ul>
            {board?.counters.map((counter) => (
              <li key={`${counter.agencyCode}/${counter.counterCode}`}>
                <span>{counter.counterName}</span> <strong>{counter.ticketNumber ?? '—'}</strong>
              </li>
            ))}
          </ul>
        </section>
        <section className="board__lines" aria-labelledby="board-lines">
          <h2 id="board-lines">{t('board.waiting')}</h2>
          <ul>
            {board?.lines
              .filter((line) => line.waiting > 0)
              .map((line) => (
                <li key={`${line.agencyCode}/${line.serviceCode}`}>
                  <strong>{line.prefix}</strong> {line.serviceName}: {t('board.waitingCount', { count: line.waiting })}
                </li>
              ))}
          </ul>
        </section>
      </main>
      {board && board.runningText.length > 0 && (
        <footer className="board__ticker">
          <p>{board.runningText.join('  •  ')}</p>
        </footer>
      )}
      {!sound && (
        <button type="button" className="board__sound" onClick={() => setSound(unlockSound())}>
          {t('board.soundOn')}
        </button>
      )}
    </div>
  );
}
