// Preloaded into a real `docusaurus build` (NODE_OPTIONS=--require) by lockFiles.test.ts: the
// first write to a file whose path contains SIG_KILL_AT writes half of its text, then the process
// kills itself with SIGKILL, as a machine losing power or an OOM killer would at that moment.
// Every way of writing a file the plugin could use is covered, so the test does not depend on it.
const fs = require('node:fs');

const needle = process.env.SIG_KILL_AT;
const aimed = (file) => typeof file === 'string' && file.includes(needle);
const die = () => process.kill(process.pid, 'SIGKILL');
const half = (data) => {
  const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  return text.slice(0, Math.floor(text.length / 2));
};

const aimedFds = new Set();
const {openSync, writeSync, writeFileSync} = fs;
fs.openSync = function (file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  if (aimed(file)) aimedFds.add(fd);
  return fd;
};
fs.writeSync = function (fd, data, ...rest) {
  if (!aimedFds.has(fd)) return writeSync.call(this, fd, data, ...rest);
  writeSync.call(this, fd, half(data));
  return die();
};
fs.writeFileSync = function (file, data, ...rest) {
  if (!aimed(file)) return writeFileSync.call(this, file, data, ...rest);
  writeFileSync.call(this, file, half(data));
  return die();
};
const writeFilePromise = fs.promises.writeFile;
fs.promises.writeFile = async function (file, data, ...rest) {
  if (!aimed(file)) return writeFilePromise.call(this, file, data, ...rest);
  await writeFilePromise.call(this, file, half(data));
  return die();
};
