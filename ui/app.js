// Made by `make bundle` (esbuild 0.28.2) from the modules under ui/: do not edit; edit them and run it again.
// sources: api.js lib/banners.js lib/data.js lib/dates.js lib/day-factors.js lib/dom.js lib/entries.js lib/entry-form.js lib/events.js lib/forms.js lib/i18n.js lib/insights.js lib/labels.js lib/lock.js lib/report-form.js lib/screens.js lib/signs.js lib/sync.js lib/totals.js main.js vendor/fluent-bundle/builtins.js vendor/fluent-bundle/bundle.js vendor/fluent-bundle/index.js vendor/fluent-bundle/memoizer.js vendor/fluent-bundle/resolver.js vendor/fluent-bundle/resource.js vendor/fluent-bundle/scope.js vendor/fluent-bundle/types.js views/guidance.js views/history.js views/lock.js views/profile.js views/recovery.js views/settings.js views/today.js views/trends.js
// sha256: 2f089c2e434b35a3029aafa4d6ae6701c98aeba87b4a10f23f7151295f064e8f
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// ui/api.js
async function call(command, args = {}) {
  try {
    return await window.__TAURI__.core.invoke(command, args);
  } catch (error2) {
    if (error2 && typeof error2 === "object") throw new ApiError(error2);
    throw new ApiError({ code: "ipc", message: String(error2) });
  }
}
var ApiError, booting, api;
var init_api = __esm({
  "ui/api.js"() {
    ApiError = class extends Error {
      /** @param {{code?: string, message?: string, field?: string}} shape */
      constructor(shape) {
        super(shape.message || "Something went wrong.");
        this.code = shape.code || "unknown";
        this.field = shape.field || null;
      }
    };
    performance.mark("mend:ipc-start");
    booting = call("startup");
    booting.then(() => performance.mark("mend:ipc-end"), () => {
    });
    api = {
      /** @returns {Promise<object>} the profile, with `configured` false before the first save */
      getProfile: () => call("get_profile"),
      /** @param {object} profile */
      saveProfile: (profile) => call("save_profile", { profile }),
      /** @param {EntryKind} kind @param {object} entry */
      log: (kind, entry) => call(`log_${kind}`, { entry }),
      /** @param {EntryKind} kind @param {number} id @param {object} entry */
      update: (kind, id, entry) => call(`update_${kind}`, { id, entry }),
      /** @param {EntryKind} kind @param {number} id */
      remove: (kind, id) => call("delete_entry", { kind, id }),
      /** @param {string} date YYYY-MM-DD */
      daySummary: (date) => call("day_summary", { date }),
      /** @param {'exercise' | 'calcium'} kind @param {string} date copies the day before onto `date` */
      copyPreviousDay: (kind, date) => call("copy_previous_day", { kind, date }),
      /** @param {string} date @param {number | null} hours 0–24 in half hours; null clears */
      setSleep: (date, hours) => call("set_sleep", { date, hours }),
      /** @param {string} date @param {number | null} mood 0–10; null clears */
      setMood: (date, mood) => call("set_mood", { date, mood }),
      /** @returns {Promise<{id: number, name: string, retired: boolean}[]>} in use first, by name */
      listTags: () => call("list_tags"),
      /** @param {string} name */
      createTag: (name) => call("create_tag", { name }),
      /** @param {number} id @param {string} name */
      renameTag: (id, name) => call("rename_tag", { id, name }),
      /** @param {number} id @param {boolean} retired false brings it back */
      retireTag: (id, retired) => call("retire_tag", { id, retired }),
      /** @param {string} date @param {number} tagId @param {boolean} on */
      setDayTag: (date, tagId, on) => call("set_day_tag", { date, tagId, on }),
      /** @param {{from: string, to: string}} range */
      trends: (range2) => call("trends", { range: range2 }),
      /** @param {{chart: string, from: string, to: string, theme: 'light' | 'dark'}} request */
      chart: (request) => call("chart_svg", { request }),
      /** @param {{before?: string, days?: number, kind?: string}} query */
      history: (query) => call("history", { query }),
      /** @returns {Promise<{first: string | null, last: string | null}>} */
      dataSpan: () => call("data_span"),
      /**
       * Makes the report and saves it where she chooses (native dialog).
       * @param {{from: string, to: string, notes: boolean, questions: string, paper: 'a4' | 'letter'}} request
       * @returns {Promise<string | null>} the saved file's path, or null if the dialog was cancelled
       */
      saveReport: (request) => call("save_report", { request }),
      /** @param {{from: string, to: string}} range */
      insights: (range2) => call("insights", { range: range2 }),
      /** @param {boolean} on */
      setDemoMode: (on) => call("set_demo_mode", { on }),
      listGuidance: () => call("list_guidance"),
      /** @param {string} id */
      getGuidance: (id) => call("get_guidance", { id }),
      /** @param {string} query */
      searchGuidance: (query) => call("search_guidance", { query }),
      listReminders: () => call("list_reminders"),
      /** @param {string} id @param {{enabled?: boolean, time?: string, minutes?: number}} settings */
      updateReminder: (id, settings) => call("update_reminder", { id, settings }),
      /** @param {string} id @param {number} minutes */
      snoozeReminder: (id, minutes) => call("snooze_reminder", { id, minutes }),
      /** @param {string} id */
      dismissReminder: (id) => call("dismiss_reminder", { id }),
      /** @returns {Promise<object[]>} reminder banners to show (and sends any due notifications) */
      dueReminders: () => call("due_reminders"),
      quietHours: () => call("quiet_hours"),
      /** @param {{enabled?: boolean, start?: string, end?: string}} quiet */
      saveQuietHours: (quiet) => call("save_quiet_hours", { quiet }),
      desktopSettings: () => call("desktop_settings"),
      saveDesktopSettings: (settings) => call("save_desktop_settings", { settings }),
      /** @param {string} lang e.g. "zh-CN" @returns {Promise<{lang: string, messages: string}>} the window's new catalog */
      setLanguage: (lang2) => call("set_language", { lang: lang2 }),
      redFlagList: () => call("red_flag_list"),
      /** @param {string} date @param {string[]} flags */
      saveRedFlags: (date, flags) => call("save_red_flags", { date, flags }),
      /** @returns {Promise<object[]>} today's warnings and red flags, most serious first */
      alerts: () => call("alerts"),
      /**
       * Tells the app the first screen shows real data, with the page's clock and its start-up
       * marks (ms from navigation start), which the start-up benchmark reads.
       * @param {Record<string, number>} marks
       */
      appReady: (marks) => call("app_ready", { at: performance.now(), marks }),
      recoveryStatus: () => call("recovery_status"),
      /** @param {'restore_backup' | 'start_new'} action */
      recover: (action) => call("recover", { action }),
      listBackups: () => call("list_backups"),
      backupNow: () => call("backup_now"),
      /** @param {string} file a backup's file name */
      restoreBackup: (file) => call("restore_backup", { file }),
      /** @param {'json' | 'csv'} format @returns {Promise<string | null>} the path, or null if cancelled */
      exportData: (format) => call("export_data", { format }),
      /** @returns {Promise<{token: string, name: string} | null>} the picked file, or null if cancelled */
      pickImportFile: () => call("pick_import_file"),
      /**
       * @param {string} file the token of a picked file
       * @param {{leaveOut: string[], map: object | null}} [options] columns left out, her column mapping
       */
      previewImport: (file, options) => call("preview_import", { file, options }),
      /**
       * @param {string} file the token of a picked file
       * @param {{leaveOut: string[], map: object | null}} [options] the choices the preview showed
       */
      importData: (file, options) => call("import_data", { file, options }),
      /** @returns {Promise<{encrypted: boolean, locked: boolean, keychain: boolean, idleLockMinutes: number | null, idleLockMs: number | null, kdf: object | null}>} */
      lockStatus: () => call("lock_status"),
      /** Unlocks with the passphrase, or the recovery code when `passphrase` is null. */
      unlock: (passphrase, recoveryCode = null) => call("unlock", { passphrase, recoveryCode }),
      lockNow: () => call("lock_now"),
      /** @returns {Promise<{recoveryCode: string, leftPlain: string[]}>} */
      encryptDiary: (passphrase, keychain) => call("encrypt_diary", { passphrase, keychain }),
      decryptDiary: (passphrase) => call("decrypt_diary", { passphrase }),
      /** A new passphrase, given the current one, or the recovery code when `current` is null. */
      changePassphrase: (current2, recoveryCode, newPassphrase) => call("change_passphrase", { current: current2, recoveryCode, newPassphrase }),
      setKeychain: (on) => call("set_keychain", { on }),
      /** @param {number | null} minutes */
      setIdleLock: (minutes) => call("set_idle_lock", { minutes }),
      /** @returns {Promise<string | null>} where the PDF was saved, or null if cancelled */
      saveRecoveryCode: (code) => call("save_recovery_code", { code }),
      /** @returns {Promise<{on: boolean, folder: string | null, device: string | null, lastSync: string | null, pending: number, devices: {id: string, name: string, lastChange: string | null}[], problems: {code: string, file: string, message: string}[]}>} */
      syncStatus: () => call("sync_status"),
      /** @returns {Promise<{token: string, path: string, inUse: boolean} | null>} null if cancelled */
      pickSyncFolder: () => call("pick_sync_folder"),
      /** @returns {Promise<{sent: number, received: number, problems: object[]}>} */
      syncStart: (folder, phrase) => call("sync_start", { folder, phrase }),
      syncNow: () => call("sync_now"),
      syncRemoveDevice: (device2) => call("sync_remove_device", { device: device2 }),
      syncStop: () => call("sync_stop"),
      /**
       * Runs `handler` whenever the app emits `event`.
       * @param {string} event
       * @param {() => void} handler
       */
      listen: (event, handler) => window.__TAURI__.event.listen(event, handler)
    };
  }
});

// ui/lib/dom.js
function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === void 0) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === void 0 || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}
function delegate(root, type, selector, handler) {
  root.addEventListener(type, (event) => {
    const target = (
      /** @type {Element} */
      event.target.closest(selector)
    );
    if (target && root.contains(target)) handler(
      event,
      /** @type {HTMLElement} */
      target
    );
  });
}
function announce(text, action) {
  const status = qs("#status");
  status.replaceChildren(h("span", {}, text), ...action ? [action] : []);
  status.dataset.visible = "true";
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => {
    status.dataset.visible = "false";
  }, action ? 8e3 : 3e3);
}
function trackInputModality() {
  const root = document.documentElement;
  addEventListener("keydown", () => {
    root.dataset.input = "keyboard";
  }, true);
  addEventListener("pointerdown", () => {
    root.dataset.input = "pointer";
  }, true);
}
var qs, qsa;
var init_dom = __esm({
  "ui/lib/dom.js"() {
    qs = (selector, scope = document) => scope.querySelector(selector);
    qsa = (selector, scope = document) => [...scope.querySelectorAll(selector)];
    announce.timer = void 0;
  }
});

// ui/vendor/fluent-bundle/types.js
var FluentType, FluentNone, FluentNumber, FluentDateTime;
var init_types = __esm({
  "ui/vendor/fluent-bundle/types.js"() {
    FluentType = class {
      /**
       * Create a `FluentType` instance.
       *
       * @param value The JavaScript value to wrap.
       */
      constructor(value) {
        this.value = value;
      }
      /**
       * Unwrap the raw value stored by this `FluentType`.
       */
      valueOf() {
        return this.value;
      }
    };
    FluentNone = class extends FluentType {
      /**
       * Create an instance of `FluentNone` with an optional fallback value.
       * @param value The fallback value of this `FluentNone`.
       */
      constructor(value = "???") {
        super(value);
      }
      /**
       * Format this `FluentNone` to the fallback string.
       */
      toString(scope) {
        return `{${this.value}}`;
      }
    };
    FluentNumber = class extends FluentType {
      /**
       * Create an instance of `FluentNumber` with options to the
       * `Intl.NumberFormat` constructor.
       *
       * @param value The number value of this `FluentNumber`.
       * @param opts Options which will be passed to `Intl.NumberFormat`.
       */
      constructor(value, opts = {}) {
        super(value);
        this.opts = opts;
      }
      /**
       * Format this `FluentNumber` to a string.
       */
      toString(scope) {
        if (scope) {
          try {
            const nf = scope.memoizeIntlObject(Intl.NumberFormat, this.opts);
            return nf.format(this.value);
          } catch (err) {
            scope.reportError(err);
          }
        }
        return this.value.toString(10);
      }
    };
    FluentDateTime = class _FluentDateTime extends FluentType {
      static supportsValue(value) {
        if (typeof value === "number")
          return true;
        if (value instanceof Date)
          return true;
        if (value instanceof FluentType)
          return _FluentDateTime.supportsValue(value.valueOf());
        if ("Temporal" in globalThis) {
          const _Temporal = globalThis.Temporal;
          if (value instanceof _Temporal.Instant || value instanceof _Temporal.PlainDateTime || value instanceof _Temporal.PlainDate || value instanceof _Temporal.PlainMonthDay || value instanceof _Temporal.PlainTime || value instanceof _Temporal.PlainYearMonth) {
            return true;
          }
        }
        return false;
      }
      /**
       * Create an instance of `FluentDateTime` with options to the
       * `Intl.DateTimeFormat` constructor.
       *
       * @param value The number value of this `FluentDateTime`, in milliseconds.
       * @param opts Options which will be passed to `Intl.DateTimeFormat`.
       */
      constructor(value, opts = {}) {
        if (value instanceof _FluentDateTime) {
          opts = { ...value.opts, ...opts };
          value = value.value;
        } else if (value instanceof FluentType) {
          value = value.valueOf();
        }
        if (typeof value === "object" && "calendarId" in value && opts.calendar === void 0) {
          opts = { ...opts, calendar: value.calendarId };
        }
        super(value);
        this.opts = opts;
      }
      [Symbol.toPrimitive](hint) {
        return hint === "string" ? this.toString() : this.toNumber();
      }
      /**
       * Convert this `FluentDateTime` to a number.
       * Note that this isn't always possible due to the nature of Temporal objects.
       * In such cases, a TypeError will be thrown.
       */
      toNumber() {
        const value = this.value;
        if (typeof value === "number")
          return value;
        if (value instanceof Date)
          return value.getTime();
        if ("epochMilliseconds" in value) {
          return value.epochMilliseconds;
        }
        if ("toZonedDateTime" in value) {
          return value.toZonedDateTime("UTC").epochMilliseconds;
        }
        throw new TypeError("Unwrapping a non-number value as a number");
      }
      /**
       * Format this `FluentDateTime` to a string.
       */
      toString(scope) {
        if (scope) {
          try {
            const dtf = scope.memoizeIntlObject(Intl.DateTimeFormat, this.opts);
            return dtf.format(this.value);
          } catch (err) {
            scope.reportError(err);
          }
        }
        if (typeof this.value === "number" || this.value instanceof Date) {
          return new Date(this.value).toISOString();
        }
        return this.value.toString();
      }
    };
  }
});

// ui/vendor/fluent-bundle/resolver.js
function match(scope, selector, key) {
  if (key === selector) {
    return true;
  }
  if (key instanceof FluentNumber && selector instanceof FluentNumber && key.value === selector.value) {
    return true;
  }
  if (selector instanceof FluentNumber && typeof key === "string") {
    let category = scope.memoizeIntlObject(Intl.PluralRules, selector.opts).select(selector.value);
    if (key === category) {
      return true;
    }
  }
  return false;
}
function getDefault(scope, variants, star) {
  if (variants[star]) {
    return resolvePattern(scope, variants[star].value);
  }
  scope.reportError(new RangeError("No default"));
  return new FluentNone();
}
function getArguments(scope, args) {
  const positional = [];
  const named = /* @__PURE__ */ Object.create(null);
  for (const arg of args) {
    if (arg.type === "narg") {
      named[arg.name] = resolveExpression(scope, arg.value);
    } else {
      positional.push(resolveExpression(scope, arg));
    }
  }
  return { positional, named };
}
function resolveExpression(scope, expr) {
  switch (expr.type) {
    case "str":
      return expr.value;
    case "num":
      return new FluentNumber(expr.value, {
        minimumFractionDigits: expr.precision
      });
    case "var":
      return resolveVariableReference(scope, expr);
    case "mesg":
      return resolveMessageReference(scope, expr);
    case "term":
      return resolveTermReference(scope, expr);
    case "func":
      return resolveFunctionReference(scope, expr);
    case "select":
      return resolveSelectExpression(scope, expr);
    default:
      return new FluentNone();
  }
}
function resolveVariableReference(scope, { name }) {
  let arg;
  if (scope.params) {
    if (Object.prototype.hasOwnProperty.call(scope.params, name)) {
      arg = scope.params[name];
    } else {
      return new FluentNone(`$${name}`);
    }
  } else if (scope.args && Object.prototype.hasOwnProperty.call(scope.args, name)) {
    arg = scope.args[name];
  } else {
    scope.reportError(new ReferenceError(`Unknown variable: $${name}`));
    return new FluentNone(`$${name}`);
  }
  if (arg instanceof FluentType) {
    return arg;
  }
  switch (typeof arg) {
    case "string":
      return arg;
    case "number":
      return new FluentNumber(arg);
    case "object":
      if (FluentDateTime.supportsValue(arg)) {
        return new FluentDateTime(arg);
      }
    // eslint-disable-next-line no-fallthrough
    default:
      scope.reportError(new TypeError(`Variable type not supported: $${name}, ${typeof arg}`));
      return new FluentNone(`$${name}`);
  }
}
function resolveMessageReference(scope, { name, attr }) {
  const message = scope.bundle._messages.get(name);
  if (!message) {
    scope.reportError(new ReferenceError(`Unknown message: ${name}`));
    return new FluentNone(name);
  }
  if (attr) {
    const attribute2 = message.attributes[attr];
    if (attribute2) {
      return resolvePattern(scope, attribute2);
    }
    scope.reportError(new ReferenceError(`Unknown attribute: ${attr}`));
    return new FluentNone(`${name}.${attr}`);
  }
  if (message.value) {
    return resolvePattern(scope, message.value);
  }
  scope.reportError(new ReferenceError(`No value: ${name}`));
  return new FluentNone(name);
}
function resolveTermReference(scope, { name, attr, args }) {
  const id = `-${name}`;
  const term = scope.bundle._terms.get(id);
  if (!term) {
    scope.reportError(new ReferenceError(`Unknown term: ${id}`));
    return new FluentNone(id);
  }
  if (attr) {
    const attribute2 = term.attributes[attr];
    if (attribute2) {
      scope.params = getArguments(scope, args).named;
      const resolved2 = resolvePattern(scope, attribute2);
      scope.params = null;
      return resolved2;
    }
    scope.reportError(new ReferenceError(`Unknown attribute: ${attr}`));
    return new FluentNone(`${id}.${attr}`);
  }
  scope.params = getArguments(scope, args).named;
  const resolved = resolvePattern(scope, term.value);
  scope.params = null;
  return resolved;
}
function resolveFunctionReference(scope, { name, args }) {
  let func = scope.bundle._functions[name];
  if (!func) {
    scope.reportError(new ReferenceError(`Unknown function: ${name}()`));
    return new FluentNone(`${name}()`);
  }
  if (typeof func !== "function") {
    scope.reportError(new TypeError(`Function ${name}() is not callable`));
    return new FluentNone(`${name}()`);
  }
  try {
    let resolved = getArguments(scope, args);
    return func(resolved.positional, resolved.named);
  } catch (err) {
    scope.reportError(err);
    return new FluentNone(`${name}()`);
  }
}
function resolveSelectExpression(scope, { selector, variants, star }) {
  let sel = resolveExpression(scope, selector);
  if (sel instanceof FluentNone) {
    return getDefault(scope, variants, star);
  }
  for (const variant of variants) {
    const key = resolveExpression(scope, variant.key);
    if (match(scope, sel, key)) {
      return resolvePattern(scope, variant.value);
    }
  }
  return getDefault(scope, variants, star);
}
function resolveComplexPattern(scope, ptn) {
  if (scope.dirty.has(ptn)) {
    scope.reportError(new RangeError("Cyclic reference"));
    return new FluentNone();
  }
  scope.dirty.add(ptn);
  const result = [];
  const useIsolating = scope.bundle._useIsolating && ptn.length > 1;
  for (const elem of ptn) {
    if (typeof elem === "string") {
      result.push(scope.bundle._transform(elem));
      continue;
    }
    scope.placeables++;
    if (scope.placeables > MAX_PLACEABLES) {
      scope.dirty.delete(ptn);
      throw new RangeError(`Too many placeables expanded: ${scope.placeables}, max allowed is ${MAX_PLACEABLES}`);
    }
    if (useIsolating) {
      result.push(FSI);
    }
    result.push(resolveExpression(scope, elem).toString(scope));
    if (useIsolating) {
      result.push(PDI);
    }
  }
  scope.dirty.delete(ptn);
  return result.join("");
}
function resolvePattern(scope, value) {
  if (typeof value === "string") {
    return scope.bundle._transform(value);
  }
  return resolveComplexPattern(scope, value);
}
var MAX_PLACEABLES, FSI, PDI;
var init_resolver = __esm({
  "ui/vendor/fluent-bundle/resolver.js"() {
    init_types();
    MAX_PLACEABLES = 100;
    FSI = "⁨";
    PDI = "⁩";
  }
});

// ui/vendor/fluent-bundle/scope.js
var Scope;
var init_scope = __esm({
  "ui/vendor/fluent-bundle/scope.js"() {
    Scope = class {
      constructor(bundle2, errors, args) {
        this.dirty = /* @__PURE__ */ new WeakSet();
        this.params = null;
        this.placeables = 0;
        this.bundle = bundle2;
        this.errors = errors;
        this.args = args;
      }
      reportError(error2) {
        if (!this.errors || !(error2 instanceof Error)) {
          throw error2;
        }
        this.errors.push(error2);
      }
      memoizeIntlObject(ctor, opts) {
        let cache2 = this.bundle._intls.get(ctor);
        if (!cache2) {
          cache2 = {};
          this.bundle._intls.set(ctor, cache2);
        }
        let id = JSON.stringify(opts);
        if (!cache2[id]) {
          cache2[id] = new ctor(this.bundle.locales, opts);
        }
        return cache2[id];
      }
    };
  }
});

// ui/vendor/fluent-bundle/builtins.js
function values(opts, allowed) {
  const unwrapped = /* @__PURE__ */ Object.create(null);
  for (const [name, opt] of Object.entries(opts)) {
    if (allowed.includes(name)) {
      unwrapped[name] = opt.valueOf();
    }
  }
  return unwrapped;
}
function NUMBER(args, opts) {
  let arg = args[0];
  if (arg instanceof FluentNone) {
    return new FluentNone(`NUMBER(${arg.valueOf()})`);
  }
  if (arg instanceof FluentNumber) {
    return new FluentNumber(arg.valueOf(), {
      ...arg.opts,
      ...values(opts, NUMBER_ALLOWED)
    });
  }
  if (arg instanceof FluentDateTime) {
    return new FluentNumber(arg.toNumber(), {
      ...values(opts, NUMBER_ALLOWED)
    });
  }
  throw new TypeError("Invalid argument to NUMBER");
}
function DATETIME(args, opts) {
  let arg = args[0];
  if (arg instanceof FluentNone) {
    return new FluentNone(`DATETIME(${arg.valueOf()})`);
  }
  if (arg instanceof FluentDateTime || arg instanceof FluentNumber) {
    return new FluentDateTime(arg, values(opts, DATETIME_ALLOWED));
  }
  throw new TypeError("Invalid argument to DATETIME");
}
var NUMBER_ALLOWED, DATETIME_ALLOWED;
var init_builtins = __esm({
  "ui/vendor/fluent-bundle/builtins.js"() {
    init_types();
    NUMBER_ALLOWED = [
      "unitDisplay",
      "currencyDisplay",
      "useGrouping",
      "minimumIntegerDigits",
      "minimumFractionDigits",
      "maximumFractionDigits",
      "minimumSignificantDigits",
      "maximumSignificantDigits"
    ];
    DATETIME_ALLOWED = [
      "dateStyle",
      "timeStyle",
      "fractionalSecondDigits",
      "dayPeriod",
      "hour12",
      "weekday",
      "era",
      "year",
      "month",
      "day",
      "hour",
      "minute",
      "second",
      "timeZoneName"
    ];
  }
});

// ui/vendor/fluent-bundle/memoizer.js
function getMemoizerForLocale(locales) {
  const stringLocale = Array.isArray(locales) ? locales.join(" ") : locales;
  let memoizer = cache.get(stringLocale);
  if (memoizer === void 0) {
    memoizer = /* @__PURE__ */ new Map();
    cache.set(stringLocale, memoizer);
  }
  return memoizer;
}
var cache;
var init_memoizer = __esm({
  "ui/vendor/fluent-bundle/memoizer.js"() {
    cache = /* @__PURE__ */ new Map();
  }
});

// ui/vendor/fluent-bundle/bundle.js
var FluentBundle;
var init_bundle = __esm({
  "ui/vendor/fluent-bundle/bundle.js"() {
    init_resolver();
    init_scope();
    init_types();
    init_builtins();
    init_memoizer();
    FluentBundle = class {
      /**
       * Create an instance of `FluentBundle`.
       *
       * @example
       * ```js
       * let bundle = new FluentBundle(["en-US", "en"]);
       *
       * let bundle = new FluentBundle(locales, {useIsolating: false});
       *
       * let bundle = new FluentBundle(locales, {
       *   useIsolating: true,
       *   functions: {
       *     NODE_ENV: () => process.env.NODE_ENV
       *   }
       * });
       * ```
       *
       * @param locales - Used to instantiate `Intl` formatters used by translations.
       * @param options - Optional configuration for the bundle.
       */
      constructor(locales, { functions, useIsolating = true, transform = (v) => v } = {}) {
        this._terms = /* @__PURE__ */ new Map();
        this._messages = /* @__PURE__ */ new Map();
        this.locales = Array.isArray(locales) ? locales : [locales];
        this._functions = {
          NUMBER,
          DATETIME,
          ...functions
        };
        this._useIsolating = useIsolating;
        this._transform = transform;
        this._intls = getMemoizerForLocale(locales);
      }
      /**
       * Check if a message is present in the bundle.
       *
       * @param id - The identifier of the message to check.
       */
      hasMessage(id) {
        return this._messages.has(id);
      }
      /**
       * Return a raw unformatted message object from the bundle.
       *
       * Raw messages are `{value, attributes}` shapes containing translation units
       * called `Patterns`. `Patterns` are implementation-specific; they should be
       * treated as black boxes and formatted with `FluentBundle.formatPattern`.
       *
       * @param id - The identifier of the message to check.
       */
      getMessage(id) {
        return this._messages.get(id);
      }
      /**
       * Add a translation resource to the bundle.
       *
       * @example
       * ```js
       * let res = new FluentResource("foo = Foo");
       * bundle.addResource(res);
       * bundle.getMessage("foo");
       * // → {value: .., attributes: {..}}
       * ```
       *
       * @param res
       * @param options
       */
      addResource(res, { allowOverrides = false } = {}) {
        const errors = [];
        for (let i = 0; i < res.body.length; i++) {
          let entry = res.body[i];
          if (entry.id.startsWith("-")) {
            if (allowOverrides === false && this._terms.has(entry.id)) {
              errors.push(new Error(`Attempt to override an existing term: "${entry.id}"`));
              continue;
            }
            this._terms.set(entry.id, entry);
          } else {
            if (allowOverrides === false && this._messages.has(entry.id)) {
              errors.push(new Error(`Attempt to override an existing message: "${entry.id}"`));
              continue;
            }
            this._messages.set(entry.id, entry);
          }
        }
        return errors;
      }
      /**
       * Format a `Pattern` to a string.
       *
       * Format a raw `Pattern` into a string. `args` will be used to resolve
       * references to variables passed as arguments to the translation.
       *
       * In case of errors `formatPattern` will try to salvage as much of the
       * translation as possible and will still return a string. For performance
       * reasons, the encountered errors are not returned but instead are appended
       * to the `errors` array passed as the third argument.
       *
       * If `errors` is omitted, the first encountered error will be thrown.
       *
       * @example
       * ```js
       * let errors = [];
       * bundle.addResource(
       *     new FluentResource("hello = Hello, {$name}!"));
       *
       * let hello = bundle.getMessage("hello");
       * if (hello.value) {
       *     bundle.formatPattern(hello.value, {name: "Jane"}, errors);
       *     // Returns "Hello, Jane!" and `errors` is empty.
       *
       *     bundle.formatPattern(hello.value, undefined, errors);
       *     // Returns "Hello, {$name}!" and `errors` is now:
       *     // [<ReferenceError: Unknown variable: name>]
       * }
       * ```
       */
      formatPattern(pattern, args = null, errors = null) {
        if (typeof pattern === "string") {
          return this._transform(pattern);
        }
        let scope = new Scope(this, errors, args);
        try {
          let value = resolveComplexPattern(scope, pattern);
          return value.toString(scope);
        } catch (err) {
          if (scope.errors && err instanceof Error) {
            scope.errors.push(err);
            return new FluentNone().toString(scope);
          }
          throw err;
        }
      }
    };
  }
});

// ui/vendor/fluent-bundle/resource.js
var RE_MESSAGE_START, RE_ATTRIBUTE_START, RE_VARIANT_START, RE_NUMBER_LITERAL, RE_IDENTIFIER, RE_REFERENCE, RE_FUNCTION_NAME, RE_TEXT_RUN, RE_STRING_RUN, RE_STRING_ESCAPE, RE_UNICODE_ESCAPE, RE_LEADING_NEWLINES, RE_TRAILING_SPACES, RE_BLANK_LINES, RE_INDENT, TOKEN_BRACE_OPEN, TOKEN_BRACE_CLOSE, TOKEN_BRACKET_OPEN, TOKEN_BRACKET_CLOSE, TOKEN_PAREN_OPEN, TOKEN_ARROW, TOKEN_COLON, TOKEN_COMMA, TOKEN_BLANK, FluentResource, Indent;
var init_resource = __esm({
  "ui/vendor/fluent-bundle/resource.js"() {
    RE_MESSAGE_START = /^(-?[a-zA-Z][\w-]*) *= */gm;
    RE_ATTRIBUTE_START = /\.([a-zA-Z][\w-]*) *= */y;
    RE_VARIANT_START = /\*?\[/y;
    RE_NUMBER_LITERAL = /(-?[0-9]+(?:\.([0-9]+))?)/y;
    RE_IDENTIFIER = /([a-zA-Z][\w-]*)/y;
    RE_REFERENCE = /([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y;
    RE_FUNCTION_NAME = /^[A-Z][A-Z0-9_-]*$/;
    RE_TEXT_RUN = /([^{}\n\r]+)/y;
    RE_STRING_RUN = /([^\\"\n\r]*)/y;
    RE_STRING_ESCAPE = /\\([\\"])/y;
    RE_UNICODE_ESCAPE = /\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y;
    RE_LEADING_NEWLINES = /^\n+/;
    RE_TRAILING_SPACES = / +$/;
    RE_BLANK_LINES = / *\r?\n/g;
    RE_INDENT = /( *)$/;
    TOKEN_BRACE_OPEN = /{\s*/y;
    TOKEN_BRACE_CLOSE = /\s*}/y;
    TOKEN_BRACKET_OPEN = /\[\s*/y;
    TOKEN_BRACKET_CLOSE = /\s*] */y;
    TOKEN_PAREN_OPEN = /\s*\(\s*/y;
    TOKEN_ARROW = /\s*->\s*/y;
    TOKEN_COLON = /\s*:\s*/y;
    TOKEN_COMMA = /\s*,?\s*/y;
    TOKEN_BLANK = /\s+/y;
    FluentResource = class {
      constructor(source) {
        this.body = [];
        RE_MESSAGE_START.lastIndex = 0;
        let cursor = 0;
        while (true) {
          let next = RE_MESSAGE_START.exec(source);
          if (next === null) {
            break;
          }
          cursor = RE_MESSAGE_START.lastIndex;
          try {
            this.body.push(parseMessage(next[1]));
          } catch (err) {
            if (err instanceof SyntaxError) {
              continue;
            }
            throw err;
          }
        }
        function test(re) {
          re.lastIndex = cursor;
          return re.test(source);
        }
        function consumeChar(char, errorClass) {
          if (source[cursor] === char) {
            cursor++;
            return true;
          }
          if (errorClass) {
            throw new errorClass(`Expected ${char}`);
          }
          return false;
        }
        function consumeToken(re, errorClass) {
          if (test(re)) {
            cursor = re.lastIndex;
            return true;
          }
          if (errorClass) {
            throw new errorClass(`Expected ${re.toString()}`);
          }
          return false;
        }
        function match2(re) {
          re.lastIndex = cursor;
          let result = re.exec(source);
          if (result === null) {
            throw new SyntaxError(`Expected ${re.toString()}`);
          }
          cursor = re.lastIndex;
          return result;
        }
        function match1(re) {
          return match2(re)[1];
        }
        function parseMessage(id) {
          let value = parsePattern();
          let attributes = parseAttributes();
          if (value === null && Object.keys(attributes).length === 0) {
            throw new SyntaxError("Expected message value or attributes");
          }
          return { id, value, attributes };
        }
        function parseAttributes() {
          let attrs = /* @__PURE__ */ Object.create(null);
          while (test(RE_ATTRIBUTE_START)) {
            let name = match1(RE_ATTRIBUTE_START);
            let value = parsePattern();
            if (value === null) {
              throw new SyntaxError("Expected attribute value");
            }
            attrs[name] = value;
          }
          return attrs;
        }
        function parsePattern() {
          let first;
          if (test(RE_TEXT_RUN)) {
            first = match1(RE_TEXT_RUN);
          }
          if (source[cursor] === "{" || source[cursor] === "}") {
            return parsePatternElements(first ? [first] : [], Infinity);
          }
          let indent = parseIndent();
          if (indent) {
            if (first) {
              return parsePatternElements([first, indent], indent.length);
            }
            indent.value = trim(indent.value, RE_LEADING_NEWLINES);
            return parsePatternElements([indent], indent.length);
          }
          if (first) {
            return trim(first, RE_TRAILING_SPACES);
          }
          return null;
        }
        function parsePatternElements(elements = [], commonIndent) {
          while (true) {
            if (test(RE_TEXT_RUN)) {
              elements.push(match1(RE_TEXT_RUN));
              continue;
            }
            if (source[cursor] === "{") {
              elements.push(parsePlaceable());
              continue;
            }
            if (source[cursor] === "}") {
              throw new SyntaxError("Unbalanced closing brace");
            }
            let indent = parseIndent();
            if (indent) {
              elements.push(indent);
              commonIndent = Math.min(commonIndent, indent.length);
              continue;
            }
            break;
          }
          let lastIndex = elements.length - 1;
          let lastElement = elements[lastIndex];
          if (typeof lastElement === "string") {
            elements[lastIndex] = trim(lastElement, RE_TRAILING_SPACES);
          }
          let baked = [];
          for (let element of elements) {
            if (element instanceof Indent) {
              element = element.value.slice(0, element.value.length - commonIndent);
            }
            if (element) {
              baked.push(element);
            }
          }
          return baked;
        }
        function parsePlaceable() {
          consumeToken(TOKEN_BRACE_OPEN, SyntaxError);
          let selector = parseInlineExpression();
          if (consumeToken(TOKEN_BRACE_CLOSE)) {
            return selector;
          }
          if (consumeToken(TOKEN_ARROW)) {
            let variants = parseVariants();
            consumeToken(TOKEN_BRACE_CLOSE, SyntaxError);
            return {
              type: "select",
              selector,
              ...variants
            };
          }
          throw new SyntaxError("Unclosed placeable");
        }
        function parseInlineExpression() {
          if (source[cursor] === "{") {
            return parsePlaceable();
          }
          if (test(RE_REFERENCE)) {
            let [, sigil, name, attr = null] = match2(RE_REFERENCE);
            if (sigil === "$") {
              return { type: "var", name };
            }
            if (consumeToken(TOKEN_PAREN_OPEN)) {
              let args = parseArguments();
              if (sigil === "-") {
                return { type: "term", name, attr, args };
              }
              if (RE_FUNCTION_NAME.test(name)) {
                return { type: "func", name, args };
              }
              throw new SyntaxError("Function names must be all upper-case");
            }
            if (sigil === "-") {
              return {
                type: "term",
                name,
                attr,
                args: []
              };
            }
            return { type: "mesg", name, attr };
          }
          return parseLiteral();
        }
        function parseArguments() {
          let args = [];
          while (true) {
            switch (source[cursor]) {
              case ")":
                cursor++;
                return args;
              case void 0:
                throw new SyntaxError("Unclosed argument list");
            }
            args.push(parseArgument());
            consumeToken(TOKEN_COMMA);
          }
        }
        function parseArgument() {
          let expr = parseInlineExpression();
          if (expr.type !== "mesg") {
            return expr;
          }
          if (consumeToken(TOKEN_COLON)) {
            return {
              type: "narg",
              name: expr.name,
              value: parseLiteral()
            };
          }
          return expr;
        }
        function parseVariants() {
          let variants = [];
          let count = 0;
          let star;
          while (test(RE_VARIANT_START)) {
            if (consumeChar("*")) {
              star = count;
            }
            let key = parseVariantKey();
            let value = parsePattern();
            if (value === null) {
              throw new SyntaxError("Expected variant value");
            }
            variants[count++] = { key, value };
          }
          if (count === 0) {
            return null;
          }
          if (star === void 0) {
            throw new SyntaxError("Expected default variant");
          }
          return { variants, star };
        }
        function parseVariantKey() {
          consumeToken(TOKEN_BRACKET_OPEN, SyntaxError);
          let key;
          if (test(RE_NUMBER_LITERAL)) {
            key = parseNumberLiteral();
          } else {
            key = {
              type: "str",
              value: match1(RE_IDENTIFIER)
            };
          }
          consumeToken(TOKEN_BRACKET_CLOSE, SyntaxError);
          return key;
        }
        function parseLiteral() {
          if (test(RE_NUMBER_LITERAL)) {
            return parseNumberLiteral();
          }
          if (source[cursor] === '"') {
            return parseStringLiteral();
          }
          throw new SyntaxError("Invalid expression");
        }
        function parseNumberLiteral() {
          let [, value, fraction = ""] = match2(RE_NUMBER_LITERAL);
          let precision = fraction.length;
          return {
            type: "num",
            value: parseFloat(value),
            precision
          };
        }
        function parseStringLiteral() {
          consumeChar('"', SyntaxError);
          let value = "";
          while (true) {
            value += match1(RE_STRING_RUN);
            if (source[cursor] === "\\") {
              value += parseEscapeSequence();
              continue;
            }
            if (consumeChar('"')) {
              return { type: "str", value };
            }
            throw new SyntaxError("Unclosed string literal");
          }
        }
        function parseEscapeSequence() {
          if (test(RE_STRING_ESCAPE)) {
            return match1(RE_STRING_ESCAPE);
          }
          if (test(RE_UNICODE_ESCAPE)) {
            let [, codepoint4, codepoint6] = match2(RE_UNICODE_ESCAPE);
            let codepoint = parseInt(codepoint4 || codepoint6, 16);
            return codepoint <= 55295 || 57344 <= codepoint ? (
              // It's a Unicode scalar value.
              String.fromCodePoint(codepoint)
            ) : (
              // Lonely surrogates can cause trouble when the parsing result is
              // saved using UTF-8. Use U+FFFD REPLACEMENT CHARACTER instead.
              "�"
            );
          }
          throw new SyntaxError("Unknown escape sequence");
        }
        function parseIndent() {
          let start3 = cursor;
          consumeToken(TOKEN_BLANK);
          switch (source[cursor]) {
            case ".":
            case "[":
            case "*":
            case "}":
            case void 0:
              return false;
            case "{":
              return makeIndent(source.slice(start3, cursor));
          }
          if (source[cursor - 1] === " ") {
            return makeIndent(source.slice(start3, cursor));
          }
          return false;
        }
        function trim(text, re) {
          return text.replace(re, "");
        }
        function makeIndent(blank) {
          let value = blank.replace(RE_BLANK_LINES, "\n");
          let length = RE_INDENT.exec(blank)[1].length;
          return new Indent(value, length);
        }
      }
    };
    Indent = class {
      constructor(value, length) {
        this.value = value;
        this.length = length;
      }
    };
  }
});

// ui/vendor/fluent-bundle/index.js
var init_fluent_bundle = __esm({
  "ui/vendor/fluent-bundle/index.js"() {
    init_bundle();
    init_resource();
    init_types();
  }
});

// ui/lib/i18n.js
function setMessages(lang2, ftl) {
  const next = new FluentBundle(lang2, { useIsolating: false });
  const errors = next.addResource(new FluentResource(ftl));
  for (const error2 of errors) console.warn(`mend: ${lang2} catalog: ${error2.message}`);
  bundle = next;
  current = lang2;
  document.documentElement.lang = lang2;
}
function t(id, args) {
  const message = bundle?.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args ?? null);
}
function attribute(id, name, args) {
  const pattern = bundle?.getMessage(id)?.attributes?.[name];
  return pattern ? bundle.formatPattern(pattern, args ?? null) : null;
}
function localize(root) {
  if (!bundle) return;
  for (const el of qsa("[data-l10n-id]", root)) {
    const id = el.dataset.l10nId;
    const message = bundle.getMessage(id);
    if (!message) continue;
    const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : void 0;
    if (message.value && el.childElementCount === 0) el.textContent = bundle.formatPattern(message.value, args ?? null);
    for (const name of (el.dataset.l10nAttrs ?? "").split(/[\s,]+/).filter(Boolean)) {
      const value = attribute(id, name, args);
      if (value !== null) el.setAttribute(name, value);
    }
  }
}
function mark(el, id, args) {
  el.dataset.l10nId = id;
  if (args) el.dataset.l10nArgs = JSON.stringify(args);
  else delete el.dataset.l10nArgs;
  el.textContent = t(id, args);
  return el;
}
var bundle, current, lang, commaList, semicolonList;
var init_i18n = __esm({
  "ui/lib/i18n.js"() {
    init_fluent_bundle();
    init_dom();
    bundle = null;
    current = "en";
    lang = () => current;
    commaList = (items) => items.join(t("list-comma"));
    semicolonList = (items) => items.join(t("list-semicolon"));
  }
});

// ui/lib/dates.js
function isoDate(d) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
function addDays(iso, days) {
  const [y, m, d] = iso.split("-").map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}
function dateLocale() {
  const system = navigator.language || "";
  return system.split("-")[0] === lang().split("-")[0] ? system : lang();
}
function longDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(dateLocale(), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric"
  });
}
function mediumDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(dateLocale(), { day: "numeric", month: "long", year: "numeric" });
}
var today;
var init_dates = __esm({
  "ui/lib/dates.js"() {
    init_i18n();
    today = () => isoDate(/* @__PURE__ */ new Date());
  }
});

// ui/lib/forms.js
function clearErrors(form) {
  for (const node of qsa('[aria-invalid="true"]', form)) node.removeAttribute("aria-invalid");
  for (const node of qsa(".field-error", form)) node.textContent = "";
  const summary = qs(".form-error", form);
  if (summary) summary.textContent = "";
}
function showError(form, field, message) {
  const slot = field && qs(`[data-error-for="${field}"]`, form);
  const target = slot || qs(".form-error", form);
  target.textContent = message;
  const control = field && qs(`[name="${field}"]`, form);
  if (control) {
    control.setAttribute("aria-invalid", "true");
    control.focus();
  }
}
function numberOrText(raw) {
  const text = raw.trim();
  if (text === "") return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
var init_forms = __esm({
  "ui/lib/forms.js"() {
    init_dom();
  }
});

// ui/lib/labels.js
function setCatalog(catalog) {
  vocabulary = catalog.vocabulary;
  limits = catalog.limits;
  words = Object.fromEntries(Object.values(vocabulary).flat().map((t2) => [t2.id, t2.label]));
  fillControls(document);
}
function relabel(catalog) {
  vocabulary = catalog.vocabulary;
  limits = catalog.limits;
  words = Object.fromEntries(Object.values(vocabulary).flat().map((t2) => [t2.id, t2.label]));
  const named = (name) => Object.fromEntries(terms(name).map((t2) => [t2.id, t2.label]));
  for (const el of qsa("[data-vocab]")) {
    const names = named(el.dataset.vocab);
    for (const option of qsa("option", el)) if (option.value in names) option.textContent = names[option.value];
    for (const input of qsa("input[type=radio]", el)) {
      if (input.value in names) input.parentElement.lastChild.textContent = ` ${names[input.value]}`;
    }
  }
  for (const el of qsa("[data-term]")) {
    const [name, id] = el.dataset.term.split(":");
    el.textContent = named(name)[id] ?? el.textContent;
  }
}
function fillControls(root) {
  for (const el of qsa("[data-vocab]", root)) fill(el);
  for (const input of qsa("[data-limit]", root)) [input.min, input.max] = limits[input.dataset.limit].map(String);
}
function fill(el) {
  const list = vocabulary[el.dataset.vocab] ?? [];
  const byDefault = el.dataset.default;
  if (el instanceof HTMLSelectElement) {
    el.append(...list.map((t2) => {
      const option = h("option", { value: t2.id }, t2.label);
      option.defaultSelected = t2.id === byDefault;
      return option;
    }));
    return;
  }
  const radios = list.map((t2) => {
    const input = h("input", { type: "radio", name: el.dataset.name, value: t2.id });
    input.defaultChecked = t2.id === byDefault;
    return h("label", {}, input, ` ${t2.label}`);
  });
  el.querySelector("legend").after(...radios);
}
function describeEntry(kind, e) {
  const lower = (name) => label(name).toLowerCase();
  const parts = kind === "pain" ? [`${e.score}/${limits.scoreMax}`, commaList(e.locations.map(label)), e.time] : kind === "exercise" ? [t("entry-exercise", { kind: label(e.kind), minutes: e.minutes }), lower(e.intensity)] : [t("entry-calcium", { mg: e.mg }), lower(e.source), e.time];
  return [...parts, e.note].filter(Boolean).join(" · ");
}
function grouped(s) {
  return [
    ...s.pain.map((entry) => ({ kind: "pain", entry })),
    ...s.exercise.map((entry) => ({ kind: "exercise", entry })),
    ...s.calcium.map((entry) => ({ kind: "calcium", entry }))
  ];
}
var vocabulary, limits, words, terms, limit, label;
var init_labels = __esm({
  "ui/lib/labels.js"() {
    init_dom();
    init_i18n();
    vocabulary = {};
    limits = {};
    words = {};
    terms = (name) => vocabulary[name] ?? [];
    limit = (name) => limits[name];
    label = (name) => words[name] ?? name;
  }
});

// ui/lib/events.js
function dataChanged() {
  version += 1;
}
var version, dataVersion;
var init_events = __esm({
  "ui/lib/events.js"() {
    version = 0;
    dataVersion = () => version;
  }
});

// ui/lib/signs.js
function initSigns(flags, mention, dateOf, after) {
  qs("#red-flag-options").append(...signGroups(flags));
  qs("#mention-options").append(...mention.map(signOption));
  qs("#red-flag-form").addEventListener("change", () => save(dateOf(), after));
}
function save(date, after) {
  const ticked = qsa("#red-flag-form input[name=flag]:checked").map((input) => input.value);
  pending += 1;
  qs("#red-flag-form").setAttribute("aria-busy", "true");
  saved = saved.then(async () => {
    try {
      await api.saveRedFlags(date, ticked);
    } catch (error2) {
      announce(error2.message);
    } finally {
      pending -= 1;
    }
    await after();
    if (pending === 0) qs("#red-flag-form").removeAttribute("aria-busy");
    if (ticked.length) {
      qs("#notices").scrollIntoView({ block: "nearest" });
      const focused = document.activeElement;
      if (focused && qs("#red-flag-form").contains(focused)) focused.scrollIntoView({ block: "nearest" });
    }
  });
  return saved;
}
function showTicked(stored) {
  if (pending > 0) return;
  for (const box of qsa("#red-flag-form input[name=flag]")) box.checked = stored.includes(box.value);
}
function noticeElement(n) {
  const link = n.card ? t("notice-see-clinician") : t("notice-read-more");
  const more = n.articleId ? [" ", h("a", { href: `#guidance/${n.articleId}` }, link)] : [];
  if (!n.card) return h("p", { class: `notice ${n.level}`, "data-code": n.code }, n.message, more);
  const c = n.card;
  const level = levelLabel(n.level);
  return h(
    "div",
    { class: `notice card-flag ${n.level}`, "data-code": n.code, role: "group", "aria-label": t("notice-card-label", { level }) },
    h("p", { class: "flag-action" }, h("strong", {}, t("notice-level", { level })), c.action),
    h("p", {}, t("notice-you-noted", { signs: semicolonList(c.signs) })),
    c.raised ? h("p", { class: "flag-raised" }, c.raised) : [],
    h("p", { class: "flag-instinct" }, c.instinct),
    h("p", { class: "flag-script" }, t("notice-words-to-use"), h("q", { class: "script" }, c.script)),
    c.crisisLines.length ? [h("p", {}, t("notice-crisis-lines")), h("ul", { class: "crisis-lines" }, ...c.crisisLines.map((line) => h("li", {}, line)))] : [],
    h("p", {}, more)
  );
}
function signGroups(flags) {
  const groups = [];
  for (const f of flags) {
    if (groups.at(-1)?.id !== f.group) groups.push({ id: f.group, label: f.groupLabel, signs: [] });
    groups.at(-1)?.signs.push(f);
  }
  return groups.map((g) => h(
    "fieldset",
    { class: "sign-group", "data-group": g.id },
    h("legend", {}, g.label),
    ...g.signs.map(signOption)
  ));
}
function signOption(f) {
  return h(
    "label",
    { class: `check red-flag ${f.level}` },
    h("input", { type: "checkbox", name: "flag", value: f.id }),
    h("span", { "data-sign": f.id }, f.label)
  );
}
function relabelSigns(signs) {
  for (const s of signs) {
    const span = qs(`#red-flag-form [data-sign="${s.id}"]`);
    if (span) span.textContent = s.label;
    const legend = qs(`#red-flag-form [data-group="${s.group}"] > legend`);
    if (legend) legend.textContent = s.groupLabel;
  }
}
var levelLabel, saved, pending;
var init_signs = __esm({
  "ui/lib/signs.js"() {
    init_api();
    init_dom();
    init_i18n();
    levelLabel = (level) => level === "emergency" ? t("level-emergency") : t("level-urgent");
    saved = Promise.resolve();
    pending = 0;
  }
});

// ui/lib/banners.js
function initBanners() {
  delegate(qs("#reminder-banners"), "click", "button[data-act]", async (_, button) => {
    const id = button.closest("[data-reminder]").dataset.reminder;
    const act2 = button.dataset.act;
    try {
      if (act2 === "snooze") await api.snoozeReminder(id, Number(button.dataset.minutes));
      else await api.dismissReminder(id);
    } catch (error2) {
      announce(error2.message);
      return;
    }
    if (act2 === "open") location.hash = `#guidance/${button.dataset.article}`;
    if (act2 === "snooze") announce(t("reminder-snoozed", { minutes: Number(button.dataset.minutes) }));
    await refreshBanners();
  });
  api.listen("mend://reminders", () => refreshBanners());
  setInterval(() => refreshBanners(), 6e4);
  window.addEventListener("mend:language", () => {
    showBanners(shownBanners);
    showAlerts(shownAlerts);
  });
}
async function refreshBanners(given) {
  let banners = given;
  try {
    banners ??= await api.dueReminders();
  } catch (error2) {
    announce(error2.message);
    return;
  }
  showBanners(banners);
}
function showBanners(banners) {
  shownBanners = banners;
  qs("#reminder-banners").replaceChildren(...banners.map((r) => h(
    "div",
    { class: "reminder-banner", "data-reminder": r.id, role: "status" },
    h("div", {}, h("strong", {}, r.title), h("span", {}, ` ${r.text}`)),
    h(
      "div",
      { class: "banner-actions" },
      h("button", { type: "button", class: "ghost small", "data-act": "snooze", "data-minutes": 10 }, t("banner-snooze-10")),
      h("button", { type: "button", class: "ghost small", "data-act": "snooze", "data-minutes": 60 }, t("banner-snooze-60")),
      h("button", { type: "button", class: "ghost small", "data-act": "open", "data-article": r.articleId }, t("banner-open-guidance")),
      h(
        "button",
        { type: "button", class: "ghost small", "data-act": "dismiss", "aria-label": t("banner-dismiss-label", { title: r.title }) },
        t("banner-dismiss")
      )
    )
  )));
}
async function refreshAlerts(given) {
  let alerts = given ?? [];
  try {
    if (!given) alerts = await api.alerts();
  } catch (error2) {
    announce(error2.message);
  }
  showAlerts(alerts);
}
function showAlerts(alerts) {
  shownAlerts = alerts;
  const serious = alerts.filter((a) => a.level === "urgent" || a.level === "emergency");
  qs("#alert-bar").replaceChildren(...serious.map((a) => h(
    "p",
    { class: `alert ${a.level}`, "data-code": a.code },
    h("strong", {}, t("notice-level", { level: levelLabel(a.level) })),
    a.message,
    " ",
    a.card ? `${a.card.instinct} ` : "",
    h("a", { href: `#guidance/${a.articleId}` }, t("notice-see-clinician"))
  )));
}
var shownBanners, shownAlerts;
var init_banners = __esm({
  "ui/lib/banners.js"() {
    init_api();
    init_dom();
    init_signs();
    init_i18n();
    shownBanners = [];
    shownAlerts = [];
  }
});

// ui/lib/entries.js
function entryRow(kind, entry, date) {
  const text = describeEntry(kind, entry);
  const args = { kind, text, ...date ? { date: mediumDate(date) } : {} };
  const data = { "data-kind": kind, "data-id": entry.id, ...date ? { "data-date": date } : {} };
  const editLabel = date ? t("entry-edit-label-dated", args) : t("entry-edit-label", args);
  const deleteLabel = date ? t("entry-delete-label-dated", args) : t("entry-delete-label", args);
  return h(
    "li",
    { class: "entry", "data-kind": kind, "data-id": entry.id },
    h("span", { class: `badge ${kind}` }, label(kind)),
    h("span", { class: "entry-text" }, text),
    h(
      "span",
      { class: "entry-actions" },
      h("button", { type: "button", class: "ghost small", "data-action": "edit", ...data, "aria-label": editLabel }, t("entry-edit")),
      h("button", { type: "button", class: "ghost small danger", "data-action": "delete", ...data, "aria-label": deleteLabel }, t("entry-delete"))
    )
  );
}
function undoButton(kind, stored, after) {
  const { id, createdAt, updatedAt, ...entry } = stored;
  const undo = h("button", { type: "button", class: "link", id: "undo-delete" }, t("entry-undo"));
  undo.addEventListener("click", async () => {
    try {
      await api.log(kind, entry);
    } catch (error2) {
      announce(error2.message);
      return;
    }
    announce(t("entry-restored", { kind }));
    dataChanged();
    await after();
  }, { once: true });
  announce(t("entry-deleted", { kind }), undo);
}
var init_entries = __esm({
  "ui/lib/entries.js"() {
    init_api();
    init_dom();
    init_labels();
    init_events();
    init_dates();
    init_i18n();
  }
});

// ui/lib/day-factors.js
function initDayFactors(getDate, onChange2) {
  currentDate = getDate;
  changed = onChange2;
  const anchors = new Set(terms("moodAnchor").map((t2) => Number(t2.id)));
  qs("#mood-options").append(
    ...Array.from({ length: limit("moodMax") + 1 }, (_, n) => h(
      "label",
      { class: "score mood", "data-mood": n },
      h("input", { type: "radio", name: "mood", value: n, "aria-describedby": anchors.has(n) ? `mood-anchor-${n}` : null }),
      h("span", {}, n)
    ))
  );
  qs("#mood-anchors").append(...terms("moodAnchor").map((term) => h("span", { id: `mood-anchor-${term.id}` }, `${term.id} · `, h("span", { "data-term": `moodAnchor:${term.id}` }, term.label))));
  const sleepInput = qs("#sleep-hours");
  sleepInput.max = String(limit("sleepMaxHours"));
  qs("#tag-new-name").maxLength = limit("tagNameMaxChars");
  qs("#sleep-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveSleep();
  });
  qs("#mood-form").addEventListener("change", () => saveMood(checkedMood()));
  qs("#mood-clear").addEventListener("click", () => saveMood(null));
  qs("#tag-options").addEventListener("change", (event) => {
    const box = (
      /** @type {HTMLInputElement} */
      event.target
    );
    switchTag(Number(box.value), box.checked);
  });
  qs("#tag-add-form").addEventListener("submit", (event) => {
    event.preventDefault();
    addTag();
  });
  delegate(qs("#tag-list"), "submit", "form", (event, form) => {
    event.preventDefault();
    renameTag(form);
  });
  delegate(qs("#tag-list"), "click", "button[data-retire]", (_, button) => {
    retireTag(Number(button.dataset.id), button.dataset.retire === "true");
  });
  window.addEventListener("mend:language", () => renderManageList());
  loadTags();
}
function checkedMood() {
  const ticked = qs('#mood-form input[name="mood"]:checked');
  return ticked ? Number(ticked.value) : null;
}
async function loadTags() {
  try {
    tags = await api.listTags();
  } catch (error2) {
    announce(error2.message);
    return;
  }
  renderChips();
  renderManageList();
}
function renderDayFactors(factors) {
  shown = factors;
  for (const form of ["#sleep-form", "#mood-form", "#tags-form"]) clearErrors(qs(form));
  qs("#sleep-hours").value = factors.sleepHours ?? "";
  for (const radio of qs("#mood-options").querySelectorAll("input")) radio.checked = Number(radio.value) === factors.mood;
  qs("#mood-clear").hidden = factors.mood === null;
  renderChips();
}
function renderChips() {
  const on = new Set(shown.tags.map((tag) => tag.id));
  const offered = [...tags.filter((tag) => !tag.retired), ...shown.tags.filter((tag) => tag.retired)];
  qs("#tag-options").replaceChildren(...offered.map((tag) => h(
    "label",
    { class: "chip", "data-tag": tag.name },
    h("input", { type: "checkbox", name: "tagId", value: tag.id, checked: on.has(tag.id) }),
    h("span", {}, tag.retired ? t("tag-retired-chip", { name: tag.name }) : tag.name)
  )));
  qs("#tags-empty").hidden = offered.length > 0;
}
function renderManageList() {
  qs("#tag-list").replaceChildren(...tags.map((tag) => h(
    "li",
    { class: "tag-item", "data-tag": tag.name },
    h(
      "form",
      { class: "row tag-rename", novalidate: true, "data-id": tag.id },
      h(
        "label",
        { class: "field" },
        h("span", { class: "visually-hidden" }, t("tag-name-label", { name: tag.name })),
        h("input", { type: "text", name: "name", value: tag.name, maxlength: limit("tagNameMaxChars") })
      ),
      h("button", { type: "submit", class: "ghost small" }, t("tag-rename")),
      h(
        "button",
        { type: "button", class: "ghost small", "data-id": tag.id, "data-retire": String(!tag.retired) },
        tag.retired ? t("tag-bring-back") : t("tag-retire")
      ),
      tag.retired ? h("span", { class: "muted small" }, t("tag-retired")) : null,
      h("p", { class: "field-error", "data-error-for": "name", role: "alert" }),
      h("p", { class: "form-error", role: "alert" })
    )
  )));
  qs("#tag-list-empty").hidden = tags.length > 0;
}
async function attempt(form, action, done2) {
  clearErrors(form);
  try {
    await action();
  } catch (error2) {
    showError(form, error2.field, error2.message);
    return false;
  }
  announce(done2);
  dataChanged();
  await changed();
  return true;
}
function saveSleep() {
  const hours = numberOrText(qs("#sleep-hours").value);
  return attempt(
    qs("#sleep-form"),
    () => api.setSleep(currentDate(), hours),
    hours === null ? t("sleep-cleared") : t("sleep-saved")
  );
}
function saveMood(mood) {
  return attempt(
    qs("#mood-form"),
    () => api.setMood(currentDate(), mood),
    mood === null ? t("mood-cleared") : t("mood-saved")
  );
}
function switchTag(id, on) {
  const name = [...tags, ...shown.tags].find((tag) => tag.id === id)?.name ?? t("tag-fallback");
  return attempt(qs("#tags-form"), () => api.setDayTag(currentDate(), id, on), on ? t("tag-on", { name }) : t("tag-off", { name }));
}
async function addTag() {
  const form = qs("#tag-add-form");
  const name = qs("#tag-new-name").value;
  if (await attempt(form, () => api.createTag(name), t("tag-added", { name: name.trim() }))) {
    form.reset();
    await loadTags();
  }
}
async function renameTag(form) {
  const name = qs('input[name="name"]', form).value;
  if (await attempt(form, () => api.renameTag(Number(form.dataset.id), name), t("tag-renamed", { name: name.trim() }))) {
    await loadTags();
  }
}
async function retireTag(id, retired) {
  const form = qs(`#tag-list form[data-id="${id}"]`);
  if (await attempt(form, () => api.retireTag(id, retired), retired ? t("tag-retired-done") : t("tag-brought-back"))) {
    await loadTags();
  }
}
function factorLine(f) {
  const parts = [
    f.sleepHours !== null ? t("factors-sleep", { hours: f.sleepHours }) : null,
    f.mood !== null ? t("factors-mood", { mood: f.mood, max: limit("moodMax") }) : null,
    f.tags.length ? t("factors-tags", { tags: commaList(f.tags.map((tag) => tag.name)) }) : null
  ].filter(Boolean);
  if (!parts.length) return [];
  return h("p", { class: "history-factors muted" }, parts.join(" · "));
}
var tags, shown, currentDate, changed;
var init_day_factors = __esm({
  "ui/lib/day-factors.js"() {
    init_api();
    init_dom();
    init_forms();
    init_labels();
    init_events();
    init_i18n();
    tags = [];
    shown = { sleepHours: null, mood: null, tags: [] };
    currentDate = () => "";
    changed = async () => {
    };
  }
});

// ui/lib/screens.js
function ensureScreen(name) {
  const template = (
    /** @type {HTMLTemplateElement | null} */
    qs(`template[data-screen="${name}"]`)
  );
  if (!template) return;
  const content = template.content;
  fillControls(content);
  localize(content);
  template.replaceWith(content);
}
var init_screens = __esm({
  "ui/lib/screens.js"() {
    init_dom();
    init_labels();
    init_i18n();
  }
});

// ui/lib/insights.js
async function showInsights(from, to) {
  const list = qs("#insight-list");
  list.setAttribute("aria-busy", "true");
  const { insights: all, trendNote } = await api.insights({ from, to });
  const note = qs("#insight-trend-note");
  note.textContent = trendNote ?? "";
  note.hidden = !trendNote;
  const shown3 = all.filter((i) => i.difference !== null).slice(0, SHOWN);
  const waiting = all.filter((i) => i.difference === null);
  list.replaceChildren(...shown3.length ? shown3.map(item) : [h("li", { class: "muted" }, t("insights-not-enough"))]);
  qs("#insight-waiting").hidden = waiting.length === 0;
  qs("#insight-waiting-list").replaceChildren(...waiting.map((i) => h("li", { class: "small" }, i.text)));
  list.removeAttribute("aria-busy");
}
function item(i) {
  return h(
    "li",
    { class: "insight", "data-factor": i.factor, "data-clear": String(i.clear) },
    h("strong", {}, i.label),
    h("p", { class: "small" }, i.text)
  );
}
var SHOWN;
var init_insights = __esm({
  "ui/lib/insights.js"() {
    init_api();
    init_dom();
    init_i18n();
    SHOWN = 5;
  }
});

// ui/lib/report-form.js
function initReportForm() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#report-form")
  );
  qs("#report-span").addEventListener("change", () => spanChanged(form));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    save3(form);
  });
}
async function showReportForm() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#report-form")
  );
  const birth = (await api.getProfile()).birthDate;
  form.dataset.birth = birth ?? "";
  const since = qs('input[value="birth"]', form);
  since.disabled = !birth;
  qs("#report-birth-note").hidden = Boolean(birth);
  if (!birth && since.checked) qs('input[value="14"]', form).checked = true;
  spanChanged(form);
}
function spanChanged(form) {
  const custom = form.elements.span.value === "custom";
  qs("#report-dates").hidden = !custom;
  if (custom && !form.elements.from.value) {
    form.elements.to.value = today();
    form.elements.from.value = addDays(today(), -13);
  }
}
function dates(form) {
  const span = form.elements.span.value;
  if (span === "custom") return { from: form.elements.from.value, to: form.elements.to.value };
  if (span === "birth") return { from: form.dataset.birth, to: today() };
  return { from: addDays(today(), -13), to: today() };
}
async function save3(form) {
  clearErrors(form);
  const saved2 = qs("#report-saved");
  delete saved2.dataset.l10nId;
  saved2.textContent = "";
  const button = qs('button[type="submit"]', form);
  button.disabled = true;
  form.setAttribute("aria-busy", "true");
  try {
    const path = await api.saveReport({
      ...dates(form),
      notes: form.elements.notes.checked,
      questions: form.elements.questions.value,
      paper: form.elements.paper.value
    });
    if (path) {
      mark(saved2, "report-saved-to", { path });
      announce(t("report-saved"));
    }
  } catch (e) {
    showError(form, e.field ?? null, e.message);
  } finally {
    button.disabled = false;
    form.removeAttribute("aria-busy");
  }
}
var init_report_form = __esm({
  "ui/lib/report-form.js"() {
    init_api();
    init_dom();
    init_dates();
    init_forms();
    init_i18n();
  }
});

// ui/views/trends.js
var trends_exports = {};
__export(trends_exports, {
  initTrends: () => initTrends,
  showTrends: () => showTrends
});
function initTrends() {
  for (const button of qsa("#range-buttons [data-range]")) {
    button.addEventListener("click", () => {
      range = button.dataset.range;
      for (const b of qsa("#range-buttons [data-range]")) b.setAttribute("aria-pressed", String(b === button));
      showTrends();
    });
  }
  dark.addEventListener("change", () => {
    if (!qs("#trends").hidden) showTrends();
  });
  initReportForm();
}
async function dates2() {
  const to = today();
  if (range !== "all") return { from: addDays(to, 1 - Number(range)), to };
  const span = await api.dataSpan();
  const twoWeeks = addDays(to, -13);
  return { from: span.first && span.first < twoWeeks ? span.first : twoWeeks, to };
}
async function showTrends() {
  const { from, to } = await dates2();
  const theme = dark.matches ? "dark" : "light";
  const key = `${from}|${to}|${theme}|${dataVersion()}|${lang()}`;
  showReportForm().catch((error2) => announce(error2.message));
  if (key === drawnFor) return;
  qs("#charts").dataset.state = "loading";
  try {
    await Promise.all(qsa("#charts [data-chart]").map(async (card) => {
      const chart = await api.chart({ chart: card.dataset.chart, from, to, theme });
      const img = qs("img.chart", card);
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
      img.alt = chart.summary;
      qs(".chart-summary", card).textContent = chart.summary;
      qs(".table-wrap", card).replaceChildren(table(chart.table));
    }));
    await showInsights(from, to);
    drawnFor = key;
    qs("#charts").dataset.state = "ready";
    qs("#charts").dataset.range = `${from}|${to}|${theme}`;
  } catch (error2) {
    qs("#charts").dataset.state = "error";
    announce(error2.message);
  }
}
function table(data) {
  if (!data.rows.length) return h("p", { class: "muted" }, t("trends-no-data"));
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...data.columns.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...data.rows.map((row) => h("tr", {}, ...row.map((cell, i) => i === 0 ? h("th", { scope: "row" }, cell) : h("td", {}, cell)))))
  );
}
var dark, range, drawnFor;
var init_trends = __esm({
  "ui/views/trends.js"() {
    init_api();
    init_dom();
    init_dates();
    init_events();
    init_insights();
    init_report_form();
    init_i18n();
    dark = window.matchMedia("(prefers-color-scheme: dark)");
    range = "91";
    drawnFor = "";
  }
});

// ui/views/history.js
var history_exports = {};
__export(history_exports, {
  initHistory: () => initHistory,
  showHistory: () => showHistory
});
function initHistory() {
  qs("#history-kind").addEventListener("change", () => showHistory());
  qs("#history-jump").addEventListener("change", (event) => {
    const date = event.target.value;
    if (date) showHistory(addDays(date, 1));
  });
  qs("#history-more").addEventListener("click", () => loadMore());
  new IntersectionObserver((seen) => {
    if (seen.some((e) => e.isIntersecting)) loadMore();
  }, { rootMargin: "600px" }).observe(qs("#history-more"));
  delegate(qs("#history-days"), "click", "button[data-action]", (_, button) => {
    const { kind, id, date } = button.dataset;
    if (button.dataset.action === "edit") {
      location.hash = `#today/edit:${date}:${kind}:${id}`;
    } else {
      remove(
        /** @type {any} */
        kind,
        Number(id)
      );
    }
  });
}
async function showHistory(before = addDays(today(), 1)) {
  startBefore = before;
  nextBefore = before;
  shown2.clear();
  qs("#history-jump").max = today();
  qs("#history-days").replaceChildren();
  await loadMore();
}
async function loadMore() {
  if (loading || nextBefore === null) return;
  loading = true;
  try {
    const kind = qs("#history-kind").value;
    const page = await api.history({ before: nextBefore, days: 30, kind });
    qs("#history-days").append(...page.days.map(dayItem));
    nextBefore = page.nextBefore;
  } catch (error2) {
    announce(error2.message);
  } finally {
    loading = false;
  }
  qs("#history-more").hidden = nextBefore === null;
  qs("#history-empty").hidden = qs("#history-days").children.length > 0;
}
function dayItem(day) {
  return h(
    "li",
    { class: "card history-day", "data-date": day.date },
    h("h2", {}, longDate(day.date)),
    flagLine(day.redFlags),
    factorLine(day.factors),
    h("ul", { class: "entries" }, ...grouped(day).map(({ kind, entry }) => {
      shown2.set(`${kind}:${entry.id}`, entry);
      return entryRow(kind, entry, day.date);
    }))
  );
}
function flagLine(flags) {
  if (!flags.length) return [];
  const level = ["emergency", "urgent"].find((l) => flags.some((f) => f.level === l)) ?? "info";
  const title = level === "info" ? t("history-flags-noted") : t("history-flags-urgent", { level: levelLabel(level) });
  return h(
    "p",
    { class: `history-flags ${level}`, "data-flags": flags.map((f) => f.id).join(" ") },
    h("strong", {}, title),
    semicolonList(flags.map((f) => f.label)),
    t("sentence-end")
  );
}
async function remove(kind, id) {
  const stored = shown2.get(`${kind}:${id}`);
  try {
    await api.remove(kind, id);
  } catch (error2) {
    announce(error2.message);
    return;
  }
  dataChanged();
  await showHistory(startBefore);
  if (stored) undoButton(kind, stored, () => showHistory(startBefore));
}
var nextBefore, startBefore, shown2, loading;
var init_history = __esm({
  "ui/views/history.js"() {
    init_api();
    init_dom();
    init_dates();
    init_labels();
    init_entries();
    init_events();
    init_day_factors();
    init_i18n();
    init_signs();
    nextBefore = null;
    startBefore = "";
    shown2 = /* @__PURE__ */ new Map();
    loading = false;
  }
});

// ui/views/guidance.js
var guidance_exports = {};
__export(guidance_exports, {
  articleTitle: () => articleTitle,
  initGuidance: () => initGuidance,
  showGuidance: () => showGuidance
});
async function initGuidance() {
  let timer;
  qs("#guidance-query").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  qs("#guidance-search").addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
}
async function loadList() {
  try {
    articles = await api.listGuidance();
  } catch (error2) {
    announce(error2.message);
    return;
  }
  const item3 = (a, why) => h(
    "li",
    {},
    h("a", { href: `#guidance/${a.id}`, "data-article": a.id }, a.title),
    h("span", { class: "muted small" }, why ?? a.summary)
  );
  const mine = articles.filter((a) => a.forYou);
  qs("#for-you").hidden = mine.length === 0;
  qs("#for-you-list").replaceChildren(...mine.map((a) => item3(a, a.forYou)));
  qs("#guidance-list").replaceChildren(...articles.filter((a) => !a.forYou).map((a) => item3(a)));
}
async function showGuidance(id) {
  const fromHere = qs("#guidance").contains(document.activeElement);
  await loadList();
  const wanted = id || articles[0]?.id;
  if (!wanted) return;
  let page;
  try {
    page = await api.getGuidance(wanted);
  } catch (error2) {
    announce(error2.message);
    return;
  }
  for (const link of document.querySelectorAll("#guidance nav a[data-article]")) {
    if (link.dataset.article === page.id) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  qs("#reader").dataset.article = page.id;
  qs("#reader-title").textContent = page.title;
  qs("#reader-summary").textContent = page.summary;
  qs("#reader-body").innerHTML = page.html;
  qs("#reader-sources").replaceChildren(...page.sources.map((s) => h("li", {}, s)));
  qs("#reader-reviewed").textContent = t("guidance-reviewed", { reviewed: mediumDate(page.reviewed), next: mediumDate(page.nextReview) });
  const titles = new Intl.ListFormat(lang(), { type: "conjunction" }).format(page.reminders.map((r) => r.title));
  qs("#reader-reminders").replaceChildren(...page.reminders.length ? [h(
    "p",
    { class: "small" },
    t("guidance-reminders", { titles }),
    " ",
    h("a", { href: "#settings" }, t("guidance-reminders-settings"))
  )] : []);
  const lost = !document.activeElement || document.activeElement === document.body;
  if (fromHere && lost) qs("#reader-title").focus();
}
async function search() {
  const query = qs("#guidance-query").value.trim();
  const results = qs("#guidance-results");
  if (!query) {
    results.hidden = true;
    return;
  }
  const hits = await api.searchGuidance(query);
  results.hidden = false;
  qs("#guidance-hits").replaceChildren(...hits.length ? hits.map((hit) => h(
    "li",
    { "data-article": hit.id },
    h("a", { href: `#guidance/${hit.id}` }, hit.title),
    h("span", { class: "muted small" }, hit.snippet)
  )) : [h("li", { class: "muted" }, t("guidance-no-match", { query }))]);
}
var articles, articleTitle;
var init_guidance = __esm({
  "ui/views/guidance.js"() {
    init_api();
    init_dom();
    init_dates();
    init_i18n();
    articles = [];
    articleTitle = (id) => articles.find((a) => a.id === id)?.title ?? t("guidance-fallback-title");
  }
});

// ui/lib/data.js
function initData() {
  delegate(qs("#data-card"), "click", "[data-export]", async (_, button) => {
    error("");
    try {
      const path = await api.exportData(button.dataset.export);
      if (path) announce(t("data-exported", { path }));
    } catch (e) {
      error(e.message);
    }
  });
  qs("#import-pick").addEventListener("click", async () => {
    error("");
    try {
      const file = await api.pickImportFile();
      if (file) {
        choices = { leaveOut: [], map: null };
        await preview(file);
      }
    } catch (e) {
      error(e.message);
    }
  });
  qs("#import-apply").addEventListener("click", () => applyImport());
  qs("#import-cancel").addEventListener("click", () => {
    pending2 = null;
    qs("#import-preview").hidden = true;
  });
  delegate(qs("#import-summary"), "change", "input[data-scale]", (_, box) => {
    const column = box.dataset.scale;
    choices.leaveOut = choices.leaveOut.filter((c) => c !== column);
    if (!box.checked) choices.leaveOut.push(column);
    if (picked) preview(picked);
  });
  delegate(qs("#import-summary"), "submit", "form.import-map", (event, form) => {
    event.preventDefault();
    const data = new FormData(form);
    const map = { dateFormat: String(data.get("dateFormat")), tags: data.getAll("tags").map(String) };
    for (const field of MAP_FIELDS) {
      const column = String(data.get(field) ?? "");
      if (column) map[field] = column;
    }
    choices.map = map;
    if (picked) preview(picked);
  });
  qs("#backup-now").addEventListener("click", async () => {
    try {
      await api.backupNow();
      announce(t("backups-done"));
      await showBackups();
    } catch (e) {
      error(e.message);
    }
  });
  delegate(qs("#backup-list"), "click", "button[data-restore]", (_, button) => confirmRestore(button));
}
async function preview(file) {
  picked = file;
  try {
    const report = await api.previewImport(file.token, choices);
    if (report.needsMap) {
      pending2 = null;
      qs("#import-summary").replaceChildren(h("strong", {}, file.name), mapForm(report.needsMap));
      qs("#import-apply").hidden = true;
      qs("#import-preview").hidden = false;
      qs("#import-map-date")?.focus();
      return;
    }
    pending2 = file.token;
    qs("#import-apply").hidden = false;
    const { pain, exercise, calcium } = report.added;
    const lines = [mark(h("li"), "import-would-add-entries", { pain, exercise, calcium, duplicates: report.duplicates })];
    if (report.profileSet) lines.push(mark(h("li"), "import-would-set-profile"));
    if (report.redFlagsAdded) lines.push(mark(h("li"), "import-would-add-red-flags", { count: report.redFlagsAdded }));
    for (const r of report.remindersChanged) lines.push(mark(h("li"), "import-would-change-reminder", { reminder: r }));
    if (report.quietHoursChanged) lines.push(mark(h("li"), "import-would-set-quiet", { hours: report.quietHoursChanged }));
    if (report.dayFactorsAdded) lines.push(mark(h("li"), "import-would-add-factors", { count: report.dayFactorsAdded }));
    if (report.tagsCreated.length) {
      const tags2 = commaList(report.tagsCreated.map((name) => t("import-quoted", { name })));
      lines.push(mark(h("li"), "import-would-create-tags", { tags: tags2 }));
    }
    if (report.dayTagsAdded) lines.push(mark(h("li"), "import-would-add-day-tags", { count: report.dayTagsAdded }));
    if (report.notImported.length) {
      const list = commaList(report.notImported.map((s) => t("import-would-not-import-item", { what: s.what, count: s.count })));
      lines.push(mark(h("li"), "import-would-not-import", { list }));
    }
    const scales = report.scales.map((s) => h(
      "li",
      { class: "import-scale" },
      h(
        "label",
        {},
        h("input", { type: "checkbox", "data-scale": s.column, checked: s.included }),
        " ",
        mark(h("span"), "import-scale-choice", { app: s.app, column: s.column, max: s.max, factor: s.factor, count: s.count })
      )
    ));
    const source = report.source ? mark(h("p", { class: "muted small" }), "import-read-as", { app: report.source }) : null;
    const scaleList = scales.length ? h("ul", { class: "import-scales" }, ...scales) : null;
    const parts = [h("strong", {}, file.name), source, scaleList, h("ul", {}, ...lines)];
    qs("#import-summary").replaceChildren(...parts.filter((part) => part !== null));
    qs("#import-preview").hidden = false;
    qs("#import-apply").focus();
  } catch (e) {
    pending2 = null;
    qs("#import-preview").hidden = true;
    error(e.message);
  }
}
function mapForm(columns) {
  const map = (
    /** @type {Record<string, any>} */
    choices.map ?? {}
  );
  const option = (value, chosen) => h("option", { value, selected: value === chosen }, value);
  const rows = MAP_FIELDS.map((field) => h(
    "label",
    { class: "import-map-row" },
    mark(h("span"), `import-map-${field}`),
    h(
      "select",
      { name: field, id: `import-map-${field}`, required: field === "date" },
      mark(h("option", { value: "" }), "import-map-none"),
      ...columns.map((c) => option(c, map[field]))
    )
  ));
  const format = h(
    "label",
    { class: "import-map-row" },
    mark(h("span"), "import-map-format"),
    h("select", { name: "dateFormat" }, ...DATE_FORMATS.map((f) => option(f, map.dateFormat)))
  );
  const tags2 = h(
    "fieldset",
    { class: "import-map-tags" },
    mark(h("legend"), "import-map-tags"),
    ...columns.map((c) => h("label", {}, h("input", { type: "checkbox", name: "tags", value: c, checked: (map.tags ?? []).includes(c) }), " ", c))
  );
  return h(
    "form",
    { class: "import-map" },
    mark(h("p", { class: "muted small" }), "import-map-intro"),
    rows[0],
    format,
    ...rows.slice(1),
    tags2,
    h("div", { class: "actions" }, mark(h("button", { type: "submit", class: "primary" }), "import-map-show"))
  );
}
async function applyImport() {
  if (!pending2) return;
  try {
    const report = await api.importData(pending2, choices);
    const { pain, exercise, calcium } = report.added;
    announce(t("data-imported", { count: pain + exercise + calcium }));
    dataChanged();
  } catch (e) {
    error(e.message);
  }
  pending2 = null;
  qs("#import-preview").hidden = true;
}
async function showBackups() {
  const backups = await api.listBackups();
  const entries = (b) => b.entries === null ? t("backup-unreadable") : t("backup-entries", { count: b.entries });
  qs("#backup-list").replaceChildren(...backups.length ? backups.map((b) => h(
    "li",
    { "data-file": b.file },
    h("span", {}, b.date ?? b.file),
    h("span", { class: "muted small" }, entries(b)),
    h("button", { type: "button", class: "ghost small", "data-restore": b.file }, t("backup-restore"))
  )) : [h("li", { class: "muted" }, t("backups-none"))]);
}
function confirmRestore(button) {
  const li = button.closest("li");
  if (qs(".confirm", li)) return;
  const yes = mark(h("button", { type: "button", class: "primary small" }), "backup-restore-confirm");
  const no = mark(h("button", { type: "button", class: "ghost small" }), "cancel");
  const box = h("div", { class: "confirm" }, mark(h("span"), "backup-confirm"), " ", yes, no);
  li.append(box);
  no.addEventListener("click", () => box.remove());
  yes.addEventListener("click", async () => {
    try {
      await api.restoreBackup(button.dataset.restore);
      announce(t("backups-restored"));
      dataChanged();
    } catch (e) {
      error(e.message);
    }
    await showBackups();
  });
  yes.focus();
}
var pending2, picked, choices, MAP_FIELDS, DATE_FORMATS, error;
var init_data = __esm({
  "ui/lib/data.js"() {
    init_api();
    init_dom();
    init_events();
    init_i18n();
    pending2 = null;
    picked = null;
    choices = { leaveOut: [], map: null };
    MAP_FIELDS = ["date", "time", "pain", "note", "calcium", "sleep", "mood"];
    DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYY/MM/DD"];
    error = (text) => {
      qs("#data-error").textContent = text;
    };
  }
});

// ui/lib/lock.js
var lock_exports = {};
__export(lock_exports, {
  initLock: () => initLock,
  sameTwice: () => sameTwice,
  showLock: () => showLock,
  watchIdle: () => watchIdle
});
function initLock() {
  qs("#lock-start").addEventListener("click", () => openLockDialog());
  qs("#lock-now").addEventListener("click", () => lockNow());
  qs("#lock-change").addEventListener("click", () => openSecret("change"));
  qs("#lock-turn-off").addEventListener("click", () => openSecret("off"));
  qs("#lock-keychain").addEventListener("change", (e) => setting(() => api.setKeychain(
    /** @type {HTMLInputElement} */
    e.target.checked
  )));
  qs("#lock-idle").addEventListener("change", (e) => {
    const value = (
      /** @type {HTMLSelectElement} */
      e.target.value
    );
    setting(() => api.setIdleLock(value === "" ? null : Number(value)));
  });
  qs("#lock-form").addEventListener("submit", (e) => {
    e.preventDefault();
    lockDiary();
  });
  qs("#secret-form").addEventListener("submit", (e) => {
    e.preventDefault();
    submitSecret();
  });
  for (const close of document.querySelectorAll("#lock-dialog [data-close], #secret-dialog [data-close]")) {
    close.addEventListener("click", () => (
      /** @type {HTMLDialogElement} */
      close.closest("dialog").close()
    ));
  }
  qs("#lock-code-kept").addEventListener("change", (e) => {
    qs("#lock-code-done").disabled = !/** @type {HTMLInputElement} */
    e.target.checked;
  });
  qs("#lock-code-done").addEventListener("click", () => {
    qs("#lock-code").textContent = "";
    qs("#lock-dialog").close();
  });
  qs("#lock-code-save").addEventListener("click", async () => {
    try {
      const path = await api.saveRecoveryCode(qs("#lock-code").textContent);
      if (path) announce(t("lock-code-saved", { path }));
    } catch (e) {
      qs(".form-error", qs("#lock-form")).textContent = e.message;
    }
  });
  qs("#lock-code-print").addEventListener("click", () => window.print());
  qs("#lock-dialog").addEventListener("close", () => {
    qs("#lock-code").textContent = "";
    showLock();
  });
}
async function showLock() {
  const status = await api.lockStatus();
  qs("#lock-when-off").hidden = status.encrypted;
  qs("#data-export-plain").hidden = !status.encrypted;
  qs("#lock-when-on").hidden = !status.encrypted;
  if (status.encrypted) {
    const kdf = status.kdf;
    mark(qs("#lock-state"), "lock-state", { memory: Math.round(kdf.memoryKib / 1024), passes: kdf.iterations });
    qs("#lock-keychain").checked = status.keychain;
    const idle = (
      /** @type {HTMLSelectElement} */
      qs("#lock-idle")
    );
    idle.replaceChildren(...IDLE_CHOICES.map((m) => new Option(m === "" ? t("lock-idle-never") : t("lock-idle-minutes", { minutes: Number(m) }), m)));
    idle.value = status.idleLockMinutes == null ? "" : String(status.idleLockMinutes);
  }
  watchIdle(status.encrypted ? status.idleLockMs : null);
}
async function setting(change) {
  qs("#lock-error").textContent = "";
  try {
    await change();
    announce(t("saved"));
  } catch (e) {
    qs("#lock-error").textContent = e.message;
  }
  await showLock();
}
function openLockDialog() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#lock-form")
  );
  form.reset();
  clearErrors(form);
  qs("#lock-choose").hidden = false;
  qs("#lock-code-step").hidden = true;
  qs("#lock-dialog").showModal();
  form.elements.newPassphrase.focus();
}
function sameTwice(form) {
  if (form.elements.newPassphrase.value !== form.elements.again.value) {
    showError(form, "again", t("lock-passphrases-differ"));
    return false;
  }
  return true;
}
async function lockDiary() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#lock-form")
  );
  clearErrors(form);
  if (!sameTwice(form)) return;
  if (!form.elements.understood.checked) {
    showError(form, "understood", t("lock-tick-understood"));
    return;
  }
  form.setAttribute("aria-busy", "true");
  try {
    const locked = await api.encryptDiary(form.elements.newPassphrase.value, form.elements.keychain.checked);
    form.reset();
    qs("#lock-choose").hidden = true;
    qs("#lock-code-step").hidden = false;
    qs("#lock-code").textContent = locked.recoveryCode;
    qs("#lock-code-done").disabled = true;
    if (locked.leftPlain.length) qs(".form-error", form).textContent = t("lock-left-plain", { files: locked.leftPlain.join(", ") });
    qs("#lock-code-save").focus();
  } catch (e) {
    showError(form, e.field, e.message);
  } finally {
    form.removeAttribute("aria-busy");
  }
}
function openSecret(mode) {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#secret-form")
  );
  form.reset();
  clearErrors(form);
  form.dataset.mode = mode;
  qs("#secret-new").hidden = mode !== "change";
  mark(qs("#secret-title"), mode === "change" ? "lock-change-title" : "lock-off-title");
  mark(qs("#secret-intro"), mode === "change" ? "lock-change-intro" : "lock-off-intro");
  mark(qs("#secret-submit"), mode === "change" ? "lock-change-confirm" : "lock-off-confirm");
  qs("#secret-dialog").showModal();
  form.elements.passphrase.focus();
}
async function submitSecret() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#secret-form")
  );
  clearErrors(form);
  const change = form.dataset.mode === "change";
  if (change && !sameTwice(form)) return;
  form.setAttribute("aria-busy", "true");
  try {
    if (change) await api.changePassphrase(form.elements.passphrase.value, null, form.elements.newPassphrase.value);
    else await api.decryptDiary(form.elements.passphrase.value);
    form.reset();
    qs("#secret-dialog").close();
    announce(t(change ? "lock-changed" : "lock-turned-off"));
    await showLock();
  } catch (e) {
    showError(form, e.field, e.message);
  } finally {
    form.removeAttribute("aria-busy");
  }
}
async function lockNow() {
  try {
    await api.lockNow();
  } catch (e) {
    qs("#lock-error").textContent = e.message;
    return;
  }
  location.reload();
}
function watchIdle(ms) {
  if (onActivity) for (const type of ["keydown", "pointerdown", "wheel"]) window.removeEventListener(type, onActivity, true);
  clearTimeout(idleTimer);
  onActivity = void 0;
  if (!ms) return;
  onActivity = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => lockNow(), ms);
  };
  for (const type of ["keydown", "pointerdown", "wheel"]) window.addEventListener(type, onActivity, true);
  onActivity();
}
var IDLE_CHOICES, idleTimer, onActivity;
var init_lock = __esm({
  "ui/lib/lock.js"() {
    init_api();
    init_dom();
    init_i18n();
    init_forms();
    IDLE_CHOICES = ["", "5", "15", "30", "60"];
  }
});

// ui/lib/sync.js
function initSync() {
  qs("#sync-start").addEventListener("click", () => chooseFolder());
  qs("#sync-now").addEventListener("click", () => act(async () => done("sync-done", await api.syncNow())));
  qs("#sync-stop").addEventListener("click", () => act(async () => {
    await api.syncStop();
    announce(t("sync-stopped"));
  }));
  qs("#sync-form").addEventListener("submit", (e) => {
    e.preventDefault();
    start();
  });
  qs("#sync-remove-form").addEventListener("submit", (e) => {
    e.preventDefault();
    remove2();
  });
  for (const close of document.querySelectorAll("#sync-dialog [data-close], #sync-remove-dialog [data-close]")) {
    close.addEventListener("click", () => (
      /** @type {HTMLDialogElement} */
      close.closest("dialog").close()
    ));
  }
  qs("#sync-dialog").addEventListener("close", () => {
    picked2 = null;
    qs("#sync-form").reset();
  });
}
async function act(action) {
  qs("#sync-error").textContent = "";
  qs("#sync-card").setAttribute("aria-busy", "true");
  try {
    await action();
  } catch (e) {
    qs("#sync-error").textContent = e.message;
  } finally {
    qs("#sync-card").removeAttribute("aria-busy");
  }
  await showSync();
}
function done(id, report) {
  announce(t(id, { sent: report.sent, received: report.received }));
}
function when(iso) {
  return iso ? new Date(iso).toLocaleString(lang(), { dateStyle: "medium", timeStyle: "short" }) : t("sync-never");
}
async function showSync() {
  const s = await api.syncStatus();
  qs("#sync-when-off").hidden = s.on;
  qs("#sync-when-on").hidden = !s.on;
  if (!s.on) return;
  const args = { folder: s.folder, last: when(s.lastSync), pending: s.pending };
  mark(qs("#sync-state"), s.pending ? "sync-state-pending" : "sync-state", args);
  qs("#sync-devices").replaceChildren(...s.devices.length ? s.devices.map(device) : [h("li", { class: "muted small" }, t("sync-no-devices"))]);
  qs("#sync-problems").replaceChildren(...s.problems.map((p) => h("li", { class: "small" }, p.message)));
}
function device(d) {
  const said = d.lastChange ? t("sync-device", { name: d.name, last: when(d.lastChange) }) : t("sync-device-unknown", { name: d.name });
  const button = h("button", { type: "button", class: "ghost small", "aria-label": t("sync-remove-label", { name: d.name }) }, t("sync-remove"));
  button.addEventListener("click", () => {
    removing = d;
    mark(qs("#sync-remove-title"), "sync-remove-title", { name: d.name });
    qs("#sync-remove-dialog").showModal();
  });
  return h("li", { "data-device": d.id }, h("span", {}, said), button);
}
async function chooseFolder() {
  qs("#sync-error").textContent = "";
  try {
    picked2 = await api.pickSyncFolder();
  } catch (e) {
    qs("#sync-error").textContent = e.message;
    return;
  }
  if (!picked2) return;
  const form = (
    /** @type {HTMLFormElement} */
    qs("#sync-form")
  );
  clearErrors(form);
  qs("#sync-folder").textContent = picked2.path;
  mark(qs("#sync-dialog-intro"), picked2.inUse ? "sync-intro-join" : "sync-intro-first");
  qs("#sync-again").hidden = picked2.inUse;
  form.elements.phrase.autocomplete = picked2.inUse ? "current-password" : "new-password";
  qs("#sync-dialog").showModal();
  form.elements.phrase.focus();
}
async function start() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#sync-form")
  );
  clearErrors(form);
  if (!picked2.inUse && form.elements.phrase.value !== form.elements.again.value) {
    showError(form, "again", t("sync-phrases-differ"));
    return;
  }
  form.setAttribute("aria-busy", "true");
  try {
    const report = await api.syncStart(picked2.token, form.elements.phrase.value);
    qs("#sync-dialog").close();
    done("sync-started", report);
  } catch (e) {
    showError(form, e.field, e.message);
  } finally {
    form.removeAttribute("aria-busy");
  }
  await showSync();
}
async function remove2() {
  const form = (
    /** @type {HTMLFormElement} */
    qs("#sync-remove-form")
  );
  try {
    await api.syncRemoveDevice(removing.id);
    qs("#sync-remove-dialog").close();
    announce(t("sync-removed", { name: removing.name }));
  } catch (e) {
    qs(".form-error", form).textContent = e.message;
  }
  await showSync();
}
var picked2, removing;
var init_sync = __esm({
  "ui/lib/sync.js"() {
    init_api();
    init_dom();
    init_i18n();
    init_forms();
    picked2 = null;
    removing = null;
  }
});

// ui/views/settings.js
var settings_exports = {};
__export(settings_exports, {
  initSettings: () => initSettings,
  showSettings: () => showSettings
});
function initSettings() {
  initData();
  initLock();
  initSync();
  delegate(qs("#reminder-list"), "change", "input", (_, input) => saveReminder(input.closest("li")));
  qs("#quiet-form").addEventListener("change", () => saveQuiet());
  qs("#desktop-form").addEventListener("change", (e) => saveDesktop(
    /** @type {HTMLInputElement} */
    e.target
  ));
  qs("#language-form").addEventListener("change", () => saveLanguage());
}
async function saveLanguage() {
  const form = qs("#language-form");
  clearErrors(form);
  let view;
  try {
    view = await api.setLanguage(form.elements.lang.value);
  } catch (e) {
    form.elements.lang.value = lang();
    showError(form, e.field, e.message);
    return;
  }
  setMessages(view.lang, view.messages);
  window.dispatchEvent(new CustomEvent("mend:language", { detail: view }));
  announce(t("language-changed"));
}
async function showSettings() {
  qs("#language-form").elements.lang.value = lang();
  const [reminders, quiet] = await Promise.all([api.listReminders(), api.quietHours()]);
  qs("#reminder-list").replaceChildren(...reminders.map(item2));
  const form = qs("#quiet-form");
  form.elements.enabled.checked = quiet.enabled;
  form.elements.start.value = quiet.start;
  form.elements.end.value = quiet.end;
  showDesktop(await api.desktopSettings());
  await Promise.all([showLock(), showSync(), showBackups()]);
}
function showDesktop(d) {
  const form = qs("#desktop-form");
  form.elements.closeToTray.checked = d.trayAvailable && d.closeToTray;
  form.elements.closeToTray.disabled = !d.trayAvailable;
  form.elements.startAtLogin.checked = d.startAtLogin;
  const label2 = qs("span", form.elements.closeToTray.closest("label"));
  mark(label2, d.menuBar ? "desktop-close-to-tray-macos" : "desktop-close-to-tray");
  const inTray = d.menuBar ? t("desktop-note-tray-macos") : t("desktop-note-tray");
  qs("#desktop-note").textContent = !d.trayAvailable ? t("desktop-note-no-tray") : d.closeToTray ? inTray : t("desktop-note-quit");
}
async function saveDesktop(input) {
  const form = qs("#desktop-form");
  qs(".form-error", form).textContent = "";
  try {
    showDesktop(await api.saveDesktopSettings({ [input.name]: input.checked }));
    announce(t("saved"));
  } catch (e) {
    input.checked = !input.checked;
    qs(".form-error", form).textContent = e.message;
  }
}
function item2(r) {
  const s = r.schedule;
  const timing = s.kind === "interval" ? h(
    "label",
    { class: "field timing" },
    t("reminder-every-minutes"),
    h("input", { type: "number", name: "minutes", min: 5, max: 240, step: 5, value: s.minutes })
  ) : h(
    "label",
    { class: "field timing" },
    s.kind === "daily" ? t("reminder-at") : t("reminder-check-at"),
    h("input", { type: "time", name: "time", value: s.time })
  );
  const when2 = s.kind === "interval" ? t("reminder-when-interval") : s.kind === "daily" ? t("reminder-when-daily") : t("reminder-when-condition");
  return h(
    "li",
    { class: "reminder", "data-reminder": r.id },
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "enabled", checked: r.enabled }), h("strong", {}, r.title)),
    h("p", { class: "muted small" }, r.text),
    h("div", { class: "row" }, timing, h(
      "p",
      { class: "small reminder-source" },
      `${t("reminder-from", { when: when2 })} `,
      h("a", { href: `#guidance/${r.articleId}` }, r.articleTitle)
    )),
    h("p", { class: "field-error", role: "alert" })
  );
}
async function saveReminder(li) {
  const settings = { enabled: qs("[name=enabled]", li).checked };
  const time = qs("[name=time]", li);
  const minutes = qs("[name=minutes]", li);
  if (time) settings.time = time.value;
  if (minutes) settings.minutes = minutes.value === "" ? null : Number(minutes.value);
  const error2 = qs(".field-error", li);
  error2.textContent = "";
  try {
    await api.updateReminder(li.dataset.reminder, settings);
  } catch (e) {
    error2.textContent = e.message;
    return;
  }
  announce(t("reminder-saved"));
  await refreshBanners();
}
async function saveQuiet() {
  const form = qs("#quiet-form");
  qs(".form-error", form).textContent = "";
  try {
    await api.saveQuietHours({ enabled: form.elements.enabled.checked, start: form.elements.start.value, end: form.elements.end.value });
    announce(t("quiet-saved"));
  } catch (e) {
    qs(".form-error", form).textContent = e.message;
  }
}
var init_settings = __esm({
  "ui/views/settings.js"() {
    init_api();
    init_dom();
    init_banners();
    init_data();
    init_lock();
    init_sync();
    init_i18n();
    init_forms();
  }
});

// ui/views/recovery.js
var recovery_exports = {};
__export(recovery_exports, {
  recoveryNeeded: () => recoveryNeeded
});
async function recoveryNeeded(given) {
  const status = given === void 0 ? await api.recoveryStatus() : given;
  if (!status) return false;
  document.body.dataset.recovery = "true";
  ensureScreen("recovery");
  for (const section of document.querySelectorAll("main > .screen")) section.hidden = section.id !== "recovery";
  qs(".app-header nav").hidden = true;
  qs("#recovery-message").textContent = status.message;
  const restore = qs("#recover-backup");
  const newest = status.newestBackup;
  if (newest) mark(restore, "recovery-restore-newest", { backup: newest.date ?? newest.file, count: newest.entries });
  else {
    restore.disabled = true;
    mark(restore, "recovery-no-backup");
  }
  const act2 = async (action) => {
    try {
      await api.recover(action);
      location.hash = "#today";
      location.reload();
    } catch (e) {
      qs("#recovery-error").textContent = e.message;
    }
  };
  restore.addEventListener("click", () => act2("restore_backup"));
  qs("#recover-new").addEventListener("click", () => act2("start_new"));
  return true;
}
var init_recovery = __esm({
  "ui/views/recovery.js"() {
    init_api();
    init_dom();
    init_screens();
    init_i18n();
  }
});

// ui/views/lock.js
var lock_exports2 = {};
__export(lock_exports2, {
  showLockScreen: () => showLockScreen
});
function showLockScreen() {
  document.body.dataset.locked = "true";
  ensureScreen("lock");
  for (const section of document.querySelectorAll("main > .screen")) section.hidden = section.id !== "lock";
  qs(".app-header nav").hidden = true;
  const form = (
    /** @type {HTMLFormElement} */
    qs("#unlock-form")
  );
  let withCode = false;
  const show = () => {
    qs("#unlock-with-passphrase").hidden = withCode;
    qs("#unlock-with-code").hidden = !withCode;
    mark(qs("#unlock-switch"), withCode ? "unlock-use-passphrase" : "unlock-use-code");
    mark(qs("#unlock-submit"), withCode ? "unlock-submit-code" : "unlock-submit");
    clearErrors(form);
    (withCode ? form.elements.recoveryCode : form.elements.passphrase).focus();
  };
  qs("#unlock-switch").addEventListener("click", () => {
    withCode = !withCode;
    show();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearErrors(form);
    const el = form.elements;
    if (withCode && !sameTwice(form)) return;
    form.setAttribute("aria-busy", "true");
    try {
      if (withCode) {
        await api.changePassphrase(null, el.recoveryCode.value, el.newPassphrase.value);
        await api.unlock(el.newPassphrase.value);
      } else {
        await api.unlock(el.passphrase.value);
      }
    } catch (error2) {
      form.removeAttribute("aria-busy");
      showError(form, error2.field, error2.message);
      return;
    }
    form.reset();
    location.hash = "#today";
    location.reload();
  });
  show();
}
var init_lock2 = __esm({
  "ui/views/lock.js"() {
    init_api();
    init_dom();
    init_screens();
    init_i18n();
    init_lock();
    init_forms();
  }
});

// ui/views/profile.js
var profile_exports = {};
__export(profile_exports, {
  initProfile: () => initProfile,
  openProfile: () => openProfile
});
function initProfile(changed2) {
  onChange = changed2;
  const dialog = qs("#profile-dialog");
  const form = qs("#profile-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save4(readForm(form));
  });
  qs("#profile-skip").addEventListener("click", () => skip());
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    skip();
  });
}
async function openProfile() {
  const profile = await api.getProfile();
  const form = qs("#profile-form");
  clearErrors(form);
  form.elements.birthDate.value = profile.birthDate ?? "";
  for (const radio of form.querySelectorAll('[name="deliveryType"]')) radio.checked = radio.value === (profile.deliveryType ?? "");
  form.elements.epidural.checked = profile.epidural;
  form.elements.breastfeeding.checked = profile.breastfeeding;
  form.elements.ageBand.value = profile.ageBand;
  form.dataset.configured = String(profile.configured);
  qs("#profile-dialog").showModal();
}
function readForm(form) {
  const data = new FormData(form);
  return {
    birthDate: String(data.get("birthDate") ?? ""),
    deliveryType: String(data.get("deliveryType") ?? ""),
    epidural: data.has("epidural"),
    breastfeeding: data.has("breastfeeding"),
    ageBand: String(data.get("ageBand") ?? "19-50")
  };
}
async function save4(profile) {
  const form = qs("#profile-form");
  clearErrors(form);
  try {
    await api.saveProfile(profile);
  } catch (error2) {
    showError(form, error2.field, error2.message);
    return;
  }
  closeDialog();
  announce(t("profile-saved"));
  onChange?.();
}
function closeDialog() {
  const dialog = qs("#profile-dialog");
  dialog.close();
  const now = document.activeElement;
  if (!now || now === document.body || dialog.contains(now)) qs("#main").focus();
}
async function skip() {
  const form = qs("#profile-form");
  if (form.dataset.configured === "false") {
    try {
      await api.saveProfile({});
    } catch (error2) {
      showError(form, error2.field, error2.message);
      return;
    }
  }
  closeDialog();
  onChange?.();
}
var onChange;
var init_profile = __esm({
  "ui/views/profile.js"() {
    init_api();
    init_dom();
    init_forms();
    init_i18n();
    onChange = null;
  }
});

// ui/main.js
init_api();
init_dom();

// ui/views/today.js
init_api();
init_dom();
init_dates();
init_forms();

// ui/lib/entry-form.js
init_forms();
init_labels();
init_i18n();
function readEntry(form, kind, date) {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? "");
  const base = { date, note: text("note") };
  if (kind === "pain") {
    const score = data.get("score");
    return { ...base, time: text("time") || null, score: score === null ? null : Number(score), locations: data.getAll("locations") };
  }
  if (kind === "exercise") {
    return { ...base, kind: text("kind"), minutes: numberOrText(text("minutes")), intensity: text("intensity") };
  }
  return { ...base, time: text("time") || null, mg: numberOrText(text("mg")), source: text("source") };
}
function comfortCheck(kind, entry) {
  const whole = (v, [min, max]) => Number.isInteger(v) && v >= min && v <= max;
  const minutes = limit("minutes");
  const mg = limit("mg");
  if (kind === "pain" && entry.score === null) return ["score", t("entry-score-missing", { max: limit("scoreMax") })];
  if (kind === "exercise" && !whole(entry.minutes, minutes)) return ["minutes", t("entry-minutes-invalid", { min: minutes[0], max: minutes[1] })];
  if (kind === "calcium" && !whole(entry.mg, mg)) return ["mg", t("entry-mg-invalid", { min: mg[0], max: mg[1] })];
  return null;
}

// ui/views/today.js
init_labels();
init_events();
init_banners();
init_signs();
init_entries();

// ui/lib/totals.js
init_dom();
init_labels();
init_i18n();
function renderTotals(s) {
  const pain = s.painMax === null ? t("totals-pain-none") : t("totals-pain-summary", { max: s.painMax, mean: s.painMean, count: s.pain.length });
  const meter = h("meter", {
    id: "calcium-meter",
    min: 0,
    max: Math.round(s.calciumUl * 1.2),
    low: s.calciumRda,
    high: s.calciumUl,
    optimum: s.calciumRda,
    value: s.calciumMg,
    "aria-label": t("totals-calcium-meter")
  });
  const average = s.calciumAverage;
  const status = s.calciumMg > s.calciumUl ? t("totals-calcium-too-much") : s.calciumMg >= s.calciumRda ? t("totals-calcium-fine") : !average ? t("totals-calcium-average-none") : average.mg < s.calciumRda ? t("totals-calcium-below", { mg: average.mg }) : t("totals-calcium-average-fine", { mg: average.mg });
  qs("#totals").replaceChildren(
    h("div", {}, h("dt", {}, t("totals-pain")), h("dd", { id: "total-pain" }, pain)),
    h("div", {}, h("dt", {}, t("totals-exercise")), h(
      "dd",
      {},
      h("strong", { id: "total-exercise" }, t("totals-minutes", { minutes: s.exerciseMinutes })),
      h("span", { class: "muted" }, t("totals-exercise-aim", { minutes: limit("exerciseMinutesPerWeek") }))
    )),
    h("div", {}, h("dt", {}, t("totals-calcium")), h(
      "dd",
      {},
      h("strong", { id: "total-calcium" }, t("totals-mg", { mg: s.calciumMg })),
      h("span", { class: "muted" }, t("totals-calcium-target", { mg: s.calciumRda })),
      meter,
      h("span", { id: "calcium-status", class: "small" }, status),
      h("span", { class: "muted small" }, t("totals-calcium-limit", { mg: s.calciumUl }))
    ))
  );
}

// ui/views/today.js
init_day_factors();
init_i18n();
var state = {
  /** The day being logged, YYYY-MM-DD. */
  date: today(),
  /** The last day summary shown. @type {any} */
  summary: null,
  /** The id being edited in each form, or null when the form adds a new entry. */
  editing: (
    /** @type {Record<Kind, number | null>} */
    { pain: null, exercise: null, calcium: null }
  )
};
var formFor = (kind) => qs(`#${kind}-form`);
async function initToday(flags, mention) {
  initSigns(flags, mention, () => state.date, () => refresh());
  initDayFactors(() => state.date, () => refresh());
  qs("#score-options").append(
    ...Array.from({ length: limit("scoreMax") + 1 }, (_, n) => h(
      "label",
      { class: "score", "data-score": n },
      // The ends of the scale are read out with their words ("0 · No pain").
      h("input", { type: "radio", name: "score", value: n, "aria-describedby": n === 0 || n === limit("scoreMax") ? `score-anchor-${n}` : null }),
      h("span", {}, n)
    ))
  );
  qs("#location-options").append(
    ...terms("location").map((term) => h(
      "label",
      { class: "chip" },
      h("input", { type: "checkbox", name: "locations", value: term.id }),
      h("span", { "data-term": `location:${term.id}` }, term.label)
    ))
  );
  const day = qs("#day");
  day.addEventListener("change", () => day.value && showDay(day.value));
  qs("#day-prev").addEventListener("click", () => showDay(addDays(state.date, -1)));
  qs("#day-next").addEventListener("click", () => showDay(addDays(state.date, 1)));
  qs("#day-today").addEventListener("click", () => showDay(today()));
  for (
    const kind of
    /** @type {Kind[]} */
    ["pain", "exercise", "calcium"]
  ) {
    const form = formFor(kind);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      save2(kind);
    });
    qs(".cancel-edit", form).addEventListener("click", () => resetForm(kind));
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") resetForm(kind);
    });
  }
  delegate(qs("#calcium-form"), "click", "[data-quick-mg]", (_, button) => quickCalcium(button));
  for (const button of qsa("[data-copy]")) button.addEventListener("click", () => copyYesterday(button.dataset.copy));
  delegate(qs("#entries"), "click", "button[data-action]", (_, button) => {
    const kind = (
      /** @type {Kind} */
      button.dataset.kind
    );
    const id = Number(button.dataset.id);
    if (button.dataset.action === "edit") startEdit(kind, id);
    else removeEntry(kind, id);
  });
  prepareDay(state.date);
}
async function showDay(date) {
  prepareDay(date);
  await refresh();
}
function prepareDay(date) {
  const now = today();
  state.date = date > now ? now : date;
  for (
    const kind of
    /** @type {Kind[]} */
    ["pain", "exercise", "calcium"]
  ) resetForm(kind);
  const picker = qs("#day");
  picker.max = now;
  picker.min = "2000-01-01";
  picker.value = state.date;
  qs("#day-next").disabled = state.date >= now;
  mark(qs("#today-title"), state.date === now ? "today-title" : "today-title-earlier");
  qs("#day-long").textContent = longDate(state.date);
}
async function refresh(given) {
  const useGiven = given && given.date === state.date;
  try {
    state.summary = useGiven ? given : await api.daySummary(state.date);
    render(state.summary);
  } catch (error2) {
    announce(error2.message);
  }
  const serious = (n) => n.level !== "info";
  await refreshAlerts(useGiven ? given.notices.filter(serious) : void 0);
}
async function save2(kind, entry = readEntry(formFor(kind), kind, state.date), id = state.editing[kind]) {
  const form = formFor(kind);
  clearErrors(form);
  const problem = comfortCheck(kind, entry);
  if (problem) return showError(form, ...problem);
  try {
    if (id === null) await api.log(kind, entry);
    else await api.update(kind, id, entry);
  } catch (error2) {
    showError(form, error2.field, error2.message);
    return;
  }
  resetForm(kind);
  announce(id === null ? t("entry-saved", { kind }) : t("entry-updated", { kind }));
  dataChanged();
  await refresh();
}
async function copyYesterday(kind) {
  try {
    const copied = await api.copyPreviousDay(kind, state.date);
    announce(t("entry-copied", { kind, count: copied }));
  } catch (error2) {
    announce(error2.message);
    return;
  }
  dataChanged();
  await refresh();
}
async function showToday(param, summary) {
  const [action, date, kind, id] = (param ?? "").split(":");
  if (action === "log-pain") {
    history.replaceState(null, "", "#today");
    await showDay(today());
    qs('#pain-form input[name="score"]')?.focus();
    return;
  }
  if (action !== "edit") return refresh(summary);
  history.replaceState(null, "", "#today");
  await showDay(date);
  startEdit(
    /** @type {Kind} */
    kind,
    Number(id)
  );
}
function quickCalcium(button) {
  return save2("calcium", {
    date: state.date,
    time: null,
    mg: Number(button.dataset.quickMg),
    source: "food",
    note: button.dataset.quickNote
  }, null);
}
function resetForm(kind) {
  const form = formFor(kind);
  form.reset();
  clearErrors(form);
  state.editing[kind] = null;
  form.dataset.editing = "false";
  mark(qs('button[type="submit"]', form), `${kind}-save`);
  qs(".cancel-edit", form).hidden = true;
}
function startEdit(kind, id) {
  const stored = state.summary?.[kind].find((e) => e.id === id);
  if (!stored) return;
  resetForm(kind);
  const form = formFor(kind);
  for (const control of qsa("input, select, textarea", form)) {
    const value = stored[control.name];
    if (control.type === "radio") control.checked = String(value) === control.value;
    else if (control.type === "checkbox") control.checked = Array.isArray(value) && value.includes(control.value);
    else if (value !== void 0) control.value = value ?? "";
  }
  state.editing[kind] = id;
  form.dataset.editing = "true";
  mark(qs('button[type="submit"]', form), "save-changes");
  qs(".cancel-edit", form).hidden = false;
  form.scrollIntoView({ block: "nearest" });
  qs("input, select, textarea", form).focus();
}
async function removeEntry(kind, id) {
  const stored = state.summary?.[kind].find((e) => e.id === id);
  try {
    await api.remove(kind, id);
  } catch (error2) {
    announce(error2.message);
    return;
  }
  if (state.editing[kind] === id) resetForm(kind);
  dataChanged();
  await refresh();
  if (stored) undoButton(kind, stored, refresh);
}
function render(s) {
  qs("#day-long").textContent = longDate(state.date);
  renderTotals(s);
  qs("#notices").replaceChildren(...s.notices.map(noticeElement));
  showTicked(s.redFlags);
  renderDayFactors(s.factors);
  const items = grouped(s).map(({ kind, entry }) => entryRow(kind, entry));
  qs("#entries").replaceChildren(...items.length ? items : [h("li", { class: "empty muted" }, t("entries-empty"))]);
}

// ui/main.js
init_banners();
init_labels();
init_signs();
init_screens();
init_i18n();
performance.mark("mend:modules");
document.body.getBoundingClientRect();
performance.mark("mend:layout");
var lazy = {
  trends: [() => Promise.resolve().then(() => (init_trends(), trends_exports)), "initTrends", "showTrends"],
  history: [() => Promise.resolve().then(() => (init_history(), history_exports)), "initHistory", "showHistory"],
  guidance: [() => Promise.resolve().then(() => (init_guidance(), guidance_exports)), "initGuidance", "showGuidance"],
  settings: [() => Promise.resolve().then(() => (init_settings(), settings_exports)), "initSettings", "showSettings"]
};
var loaded = {};
function screen(name) {
  loaded[name] ??= (async () => {
    const [load, init, show] = lazy[name];
    const module = await load();
    await module[init]();
    return module[show];
  })();
  return loaded[name];
}
var reveal = () => {
  document.documentElement.classList.remove("l10n-pending");
  performance.mark("mend:revealed");
  requestAnimationFrame(() => performance.mark("mend:frame"));
};
function startupMarks() {
  const nav = (
    /** @type {PerformanceNavigationTiming | undefined} */
    performance.getEntriesByType("navigation")[0]
  );
  const marks = { html: nav?.responseEnd ?? 0 };
  for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("mend:")) marks[m.name.slice(5)] = m.startTime;
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  marks.paint = paint?.startTime ?? marks.frame;
  return marks;
}
setTimeout(reveal, 2e3);
var screens = {
  today: (param, summary) => showToday(param, summary),
  ...Object.fromEntries(Object.keys(lazy).map((name) => [name, async (param) => (await screen(name))(param)]))
};
async function route(summary) {
  const [hashName, param] = location.hash.slice(1).split("/");
  const name = hashName in screens ? hashName : "today";
  ensureScreen(name);
  for (const section of qsa("main > .screen")) section.hidden = section.id !== name;
  for (const link of qsa(".nav-link")) {
    if (link.dataset.screen === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.body.dataset.screen = name;
  await screens[name](param, summary);
}
function initDemo(demo) {
  document.body.dataset.demo = String(demo);
  qs("#demo-banner").hidden = !demo;
  const toggle = qs("#toggle-demo");
  mark(toggle, demo ? "demo-leave" : "demo-explore");
  const flip = async () => {
    await api.setDemoMode(!demo);
    location.reload();
  };
  toggle.addEventListener("click", flip);
  qs("#leave-demo").addEventListener("click", flip);
}
async function start2() {
  trackInputModality();
  const boot = await booting;
  performance.mark("mend:boot");
  setMessages(boot.lang, boot.messages);
  performance.mark("mend:fluent");
  localize(document);
  if (boot.recovery) {
    await (await Promise.resolve().then(() => (init_recovery(), recovery_exports))).recoveryNeeded(boot.recovery);
    reveal();
    document.body.dataset.ready = "true";
    return;
  }
  if (boot.locked) {
    (await Promise.resolve().then(() => (init_lock2(), lock_exports2))).showLockScreen();
    reveal();
    document.body.dataset.ready = "true";
    return;
  }
  setCatalog(boot.catalog);
  const profile = () => Promise.resolve().then(() => (init_profile(), profile_exports)).then((m) => {
    m.initProfile(refresh);
    return m;
  });
  let profileModule;
  const openProfile2 = async () => (await (profileModule ??= profile())).openProfile();
  qs("#open-profile").addEventListener("click", () => openProfile2());
  initBanners();
  initDemo(boot.demo);
  await initToday(boot.redFlags, boot.mentionSigns);
  window.addEventListener("hashchange", () => route());
  window.addEventListener("mend:language", (e) => {
    relabel(e.detail.catalog);
    relabelSigns([...e.detail.redFlags, ...e.detail.mentionSigns]);
    localize(document);
    route();
  });
  api.listen("mend://navigate", () => {
    location.hash = "#today/log-pain";
  });
  await route(boot.today);
  performance.mark("mend:today");
  reveal();
  if (!boot.profile.configured && !boot.demo) await openProfile2();
  window.addEventListener("focus", () => route());
  api.listen("mend://synced", () => {
    if (!document.activeElement?.matches("input, textarea, select")) route();
  });
  await refreshBanners(boot.banners);
  document.body.dataset.ready = "true";
  await api.appReady(startupMarks());
  const { watchIdle: watchIdle2 } = await Promise.resolve().then(() => (init_lock(), lock_exports));
  watchIdle2((await api.lockStatus()).idleLockMs);
}
start2().catch((error2) => {
  reveal();
  document.body.dataset.ready = "error";
  document.body.prepend(Object.assign(document.createElement("p"), { className: "fatal", textContent: t("mend-could-not-start", { message: error2.message }) }));
});
