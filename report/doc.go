// Package report renders a scan report for people (text, Markdown, HTML)
// and tools (JSON, JUnit, GitHub workflow commands); SARIF lives in package
// sarif. Everything from the scanned tree (file names, values, messages
// that quote them, source lines) is shown through package display, which
// escapes what could act on a terminal, a CI runner or a Markdown reader
// and bounds what could be large.
package report
