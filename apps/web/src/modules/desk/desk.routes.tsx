import { Route, Switch } from 'wouter';

import { DeskPage } from './desk.page';
import { OpenCounterPage } from './open-counter.page';
import { SignInPage } from './sign-in.page';

/** The counter desk's screens, loaded only when an officer opens `/loket`. */
export default function DeskRoutes() {
  return (
    <Switch>
      <Route path="/loket" component={SignInPage} />
      <Route path="/loket/:region/:agency">{(params) => <OpenCounterPage region={params.region} agency={params.agency} />}</Route>
      <Route path="/loket/:region/:agency/:counter">
        {(params) => <DeskPage region={params.region} agency={params.agency} counter={params.counter} />}
      </Route>
    </Switch>
  );
}
