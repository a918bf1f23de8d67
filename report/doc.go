// Package report renders a scan's result.Report for people (text,
// Markdown, an HTML page with the posture score and compliance sections
// the caller computes with package score) and for tools (JSON, JUnit,
// GitHub workflow commands); SARIF lives in package sarif. Summarize and
// Failing are the counts and the exit-code rule every format shares.
//
// Everything from the scanned tree (file names, values, messages that
// quote them, source lines) is shown through package display, which
// escapes what could act on a terminal, a CI runner, a Markdown or HTML
// reader, and bounds what could be large. Source lines are read from the
// report's result.Source, each file indexed once per rendering.
package report
