// Package sarif writes a scan's result.Report as SARIF 2.1.0, shaped for
// GitHub code scanning: one run, one rule per policy with help and
// security-severity, regions with start and end line and column,
// repository-relative URIs under %SRCROOT%, partial fingerprints computed
// the way GitHub's upload action computes them, and input problems as tool
// execution notifications.
package sarif
