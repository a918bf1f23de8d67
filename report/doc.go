// Package report renders a scan report for people (text) and tools (JSON);
// SARIF lives in package sarif.
package report
