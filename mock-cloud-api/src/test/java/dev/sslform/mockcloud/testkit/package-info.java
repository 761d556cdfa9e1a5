/** Test helpers shared by mockcloud's tests: a signing REST Assured client and server fixtures. */
package dev.sslform.mockcloud.testkit;
