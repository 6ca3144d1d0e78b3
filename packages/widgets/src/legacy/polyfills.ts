/**
 * Runtime features the widgets and their dependencies use that tier 2 engines (Chromium 72 to 96)
 * lack, each from core-js's module for that one feature (not a blanket set): syntax is lowered by
 * the legacy build, these fill what syntax cannot. Bundled only into the legacy loader.
 */
import 'core-js/actual/array/at';
import 'core-js/actual/array/find-last';
import 'core-js/actual/object/has-own';
import 'core-js/actual/object/from-entries';
import 'core-js/actual/string/replace-all';
import 'core-js/actual/string/match-all';
import 'core-js/actual/promise/all-settled';
import 'core-js/actual/structured-clone';
