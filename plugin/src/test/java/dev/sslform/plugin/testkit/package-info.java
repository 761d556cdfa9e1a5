/** Test fakes shared across the plugin's tests: a settable clock and a sleeper that advances it. */
package dev.sslform.plugin.testkit;
