/**
 * `npm start` runs each app as a child of tools/start.mjs, in its own process group so that a
 * terminal's Ctrl-C reaches the launcher first, which then stops the apps in order. Node has no
 * parent-death signal (PR_SET_PDEATHSIG), so a launcher killed outright (`kill -9`) would leave
 * the apps running, holding their ports and the embedded PostgreSQL. The launcher names itself
 * in MPP_LAUNCHER_PID; while that is set, the app checks twice a second that its parent is still
 * that process, and once it is not (the app was reparented), calls `onGone`, which stops the app
 * as SIGTERM would. Decision 0009.
 */
export function watchLauncher(
  env: Record<string, string | undefined>,
  onGone: (launcherPid: number) => void,
  intervalMs = 500,
): () => void {
  const launcherPid = Number(env['MPP_LAUNCHER_PID']);
  if (!Number.isInteger(launcherPid) || launcherPid <= 0) return () => undefined;
  const check = () => {
    if (process.ppid === launcherPid) return;
    clearInterval(timer);
    onGone(launcherPid);
  };
  const timer = setInterval(check, intervalMs);
  // The watch alone must not keep a stopping app alive.
  timer.unref();
  check();
  return () => clearInterval(timer);
}
