// The browser side of the google.script.run bridge: plain JS that a page served by the local server
// includes before its own script. Semantics from guides/html/communication (PLATFORM §2): async;
// withSuccessHandler/withFailureHandler/withUserObject each return a NEW runner; any function name is
// a method; at most 10 calls in flight (an 11th waits); Date, function or DOM node arguments fail
// before anything is sent; without a failure handler failures go to the console.

import type { Emulator } from "./emulator";
import { type ClientCallResult, handleClientCall as handle } from "./script-run";

/** Browser JS (no imports) defining window.google.script.run/host, posting {name, args} to `endpointPath`. */
export function clientRunnerSource(endpointPath: string): string {
  return `(function () {
  "use strict";
  var ENDPOINT = ${JSON.stringify(endpointPath)};
  var MAX_IN_FLIGHT = 10;
  var inFlight = 0;
  var waiting = [];
  function illegal(value, path, seen) {
    if (typeof value === "function" || value instanceof Date ||
        (typeof Node !== "undefined" && value instanceof Node)) return path;
    if (value === null || typeof value !== "object") return null;
    if (seen.indexOf(value) >= 0) return path;
    seen.push(value);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var bad = illegal(value[keys[i]], keys[i], seen);
      if (bad !== null) return bad;
    }
    seen.pop();
    return null;
  }
  function pump() {
    while (inFlight < MAX_IN_FLIGHT && waiting.length) {
      inFlight++;
      waiting.shift()();
    }
  }
  function fail(handlers, error) {
    if (handlers.failure) handlers.failure(error, handlers.userObject);
    else console.error(error);
  }
  function send(handlers, name, args) {
    for (var i = 0; i < args.length; i++) {
      var bad = illegal(args[i], String(i), []);
      if (bad !== null) {
        var err = new TypeError("Failed due to illegal value in property: " + bad);
        setTimeout(function () { fail(handlers, err); }, 0);
        return;
      }
    }
    var body = JSON.stringify({ name: name, args: args });
    waiting.push(function () {
      fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
        .then(function (res) { return res.json(); })
        .then(function (out) {
          if (out && out.ok) {
            if (handlers.success) handlers.success(out.value, handlers.userObject);
          } else {
            var e = new Error(out && out.error ? out.error.message : "Request failed");
            e.name = out && out.error ? out.error.name : "Error";
            fail(handlers, e);
          }
        }, function (networkError) { fail(handlers, networkError); })
        .then(function () { inFlight--; pump(); });
    });
    pump();
  }
  function runner(handlers) {
    var base = {
      withSuccessHandler: function (fn) { return runner(Object.assign({}, handlers, { success: fn })); },
      withFailureHandler: function (fn) { return runner(Object.assign({}, handlers, { failure: fn })); },
      withUserObject: function (o) { return runner(Object.assign({}, handlers, { userObject: o })); }
    };
    return new Proxy(base, {
      get: function (target, prop) {
        if (prop in target) return target[prop];
        if (typeof prop !== "string") return undefined;
        return function () { send(handlers, prop, Array.prototype.slice.call(arguments)); };
      }
    });
  }
  var google = window.google = window.google || {};
  google.script = google.script || {};
  google.script.run = runner({});
  google.script.host = {
    origin: window.location.origin,
    close: function () {},
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} }
  };
})();
`;
}

/** Node handler for the endpoint: runs the call in the emulator and returns what to post back. */
export function handleClientCall(emulator: Emulator, body: unknown): Promise<ClientCallResult> {
  return handle(emulator, body);
}
