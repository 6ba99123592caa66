#!/usr/bin/env node
// `npm start`: the server, compiled when the build is current (see ./launch.js).
require('./launch')
  .load('main')
  .main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
